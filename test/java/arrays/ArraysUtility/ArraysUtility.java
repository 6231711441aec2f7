import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** java.util.Arrays: sort for every type, binarySearch, fill, copyOf, asList, equals, hashCode, deep variants. */
public class ArraysUtility {
    public static void main(String[] args) {
        int[] ints = {5, -3, 9, 0, 9, -100, 42, 7};
        Arrays.sort(ints);
        System.out.println(Arrays.toString(ints));
        for (int key : new int[] {9, 8, -200, 100, -3}) System.out.println("binarySearch " + key + " -> " + (Arrays.binarySearch(ints, key) >= 0 ? "found" : "insert at " + (-Arrays.binarySearch(ints, key) - 1)));
        long[] longs = {3L, Long.MIN_VALUE, Long.MAX_VALUE, 0L};
        Arrays.sort(longs);
        System.out.println(Arrays.toString(longs));
        char[] chars = "arrays utility".toCharArray();
        Arrays.sort(chars);
        System.out.println("[" + new String(chars) + "]");
        byte[] bytes = {10, -10, 127, -128};
        Arrays.sort(bytes);
        short[] shorts = {300, -300, 0};
        Arrays.sort(shorts);
        System.out.println(Arrays.toString(bytes) + " " + Arrays.toString(shorts));
        double[] doubles = {2.5, -1.0, 3.25, -0.0, 0.0};
        Arrays.sort(doubles);
        System.out.println(Arrays.toString(doubles) + " search 3.25 -> " + Arrays.binarySearch(doubles, 3.25));
        String[] words = {"pear", "Apple", "fig", "banana", "cherry", "apple"};
        String[] natural = words.clone();
        Arrays.sort(natural);
        System.out.println(Arrays.toString(natural));
        Arrays.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(Arrays.toString(words));
        Integer[] boxed = {3, 1, 2};
        Arrays.sort(boxed, Comparator.reverseOrder());
        System.out.println(Arrays.toString(boxed));
        int[] part = {9, 8, 7, 6, 5, 4, 3};
        Arrays.sort(part, 2, 5);
        System.out.println("range sort " + Arrays.toString(part));
        int[] filled = new int[6];
        Arrays.fill(filled, 7);
        Arrays.fill(filled, 1, 3, -1);
        System.out.println("fill " + Arrays.toString(filled));
        int[] grown = Arrays.copyOf(ints, 10);
        int[] slice = Arrays.copyOfRange(ints, 2, 5);
        String[] strs = Arrays.copyOf(new String[] {"a"}, 3);
        System.out.println("copyOf " + Arrays.toString(grown) + " range " + Arrays.toString(slice) + " " + Arrays.toString(strs));
        List<String> list = Arrays.asList("x", "y", "z");
        list.set(1, "Y");
        System.out.println("asList " + list + " size " + list.size() + " contains z " + list.contains("z"));
        try {
            list.add("w");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList is fixed-size");
        }
        System.out.println("equals " + Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " " + Arrays.equals(new int[] {1, 2}, new int[] {2, 1}));
        System.out.println("hashCode " + Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new long[] {1L << 40}) + " " + Arrays.hashCode(new double[] {1.5})
                + " " + Arrays.hashCode(new String[] {"a", null, "b"}) + " " + Arrays.hashCode(new boolean[] {true, false}) + " " + Arrays.hashCode((int[]) null));
        Object[] nested = {new int[] {1}, new String[] {"deep"}, "flat"};
        Object[] nested2 = {new int[] {1}, new String[] {"deep"}, "flat"};
        System.out.println("deepEquals " + Arrays.deepEquals(nested, nested2) + " equals " + Arrays.equals(nested, nested2) + " deepHashCode " + Arrays.deepHashCode(nested));
        System.out.println(Arrays.deepToString(nested));
        System.out.println("mismatch " + Arrays.mismatch(new int[] {1, 2, 3}, new int[] {1, 2, 4}) + " compare " + Arrays.compare(new int[] {1, 2}, new int[] {1, 3}));
    }
}
