/** Left-to-right evaluation of operands, arguments, array indexes and compound assignments. */
public class EvaluationOrder {
    static StringBuilder log = new StringBuilder();

    static int trace(String label, int value) {
        log.append(label).append(' ');
        return value;
    }

    static int[] array(String label, int[] a) {
        log.append(label).append(' ');
        return a;
    }

    static int sum3(int a, int b, int c) {
        return a * 100 + b * 10 + c;
    }

    static String flush() {
        String s = log.toString().trim();
        log.setLength(0);
        return s;
    }

    public static void main(String[] args) {
        int r = trace("a", 1) + trace("b", 2) * trace("c", 3);
        System.out.println(r + " <- " + flush());
        r = sum3(trace("x", 1), trace("y", 2), trace("z", 3));
        System.out.println(r + " <- " + flush());
        int[] data = {10, 20, 30};
        array("arr", data)[trace("idx", 1)] = trace("val", 99);
        System.out.println(data[1] + " <- " + flush());
        array("arr", data)[trace("idx", 2)] += trace("inc", 5);
        System.out.println(data[2] + " <- " + flush());
        int i = 0;
        i = i++ + ++i;
        System.out.println("i = i++ + ++i -> " + i);
        int j = 5;
        j += j++ * 2;
        System.out.println("j += j++ * 2 -> " + j);
        int k = 1;
        int[] arr = new int[4];
        arr[k] = k = 3;
        System.out.println("arr[k] = k = 3 -> " + arr[1] + " " + arr[3] + " k=" + k);
        int x = 10;
        x = x + (x = 3) * x;
        System.out.println("x + (x = 3) * x -> " + x);
        boolean b = trace("left", 0) == 1 && trace("right", 1) == 1;
        System.out.println(b + " <- " + flush());
        b = trace("left", 1) == 1 || trace("right", 1) == 1;
        System.out.println(b + " <- " + flush());
        b = trace("left", 0) == 1 & trace("right", 1) == 1;
        System.out.println(b + " <- " + flush());
        try {
            int[] none = null;
            none[trace("index", 0)] = trace("value", 1);
        } catch (NullPointerException e) {
            System.out.println("NPE after " + flush());
        }
        try {
            int[] small = new int[1];
            small[trace("index", 5)] = trace("value", 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE after " + flush());
        }
        try {
            int z = trace("num", 1) / trace("den", 0) + trace("never", 2);
            System.out.println(z);
        } catch (ArithmeticException e) {
            System.out.println("ArithmeticException after " + flush());
        }
        String s = "v" + trace("p", 1) + trace("q", 2);
        System.out.println(s + " <- " + flush());
    }
}
