import java.util.ArrayList;
import java.util.List;

/** Index exceptions from array instructions and from String, StringBuilder and ArrayList, with their messages. */
public class IndexOutOfBounds {
    interface Action { void run(); }

    static void report(String what, Action action) {
        try {
            action.run();
            System.out.println(what + ": no exception");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] ints = new int[3];
        report("int load", () -> System.out.println(ints[5]));
        report("int store negative", () -> ints[-1] = 0);
        report("byte", () -> { byte[] b = new byte[0]; b[0] = 1; });
        report("char", () -> { char[] c = new char[2]; System.out.println(c[2]); });
        report("short", () -> { short[] s = new short[4]; s[Integer.MIN_VALUE] = 1; });
        report("long", () -> { long[] l = new long[10]; System.out.println(l[10]); });
        report("float", () -> { float[] f = new float[1]; f[1] = 1f; });
        report("double", () -> { double[] d = new double[7]; System.out.println(d[-7]); });
        report("boolean", () -> { boolean[] z = new boolean[2]; z[Integer.MAX_VALUE] = true; });
        report("object", () -> { String[] s = new String[3]; s[3] = "x"; });
        report("2d inner", () -> { int[][] m = new int[2][3]; m[1][3] = 1; });
        report("2d outer", () -> { int[][] m = new int[2][3]; m[2][0] = 1; });
        report("charAt", () -> System.out.println("abc".charAt(10)));
        report("charAt negative", () -> System.out.println("abc".charAt(-1)));
        report("substring", () -> System.out.println("hello".substring(2, 9)));
        report("substring begin > end", () -> System.out.println("hello".substring(4, 2)));
        report("StringBuilder charAt", () -> System.out.println(new StringBuilder("ab").charAt(5)));
        report("StringBuilder deleteCharAt", () -> new StringBuilder("ab").deleteCharAt(2));
        report("StringBuilder insert", () -> new StringBuilder("ab").insert(3, "x"));
        report("StringBuilder setLength", () -> new StringBuilder("ab").setLength(-1));
        List<String> list = new ArrayList<>();
        list.add("only");
        report("ArrayList get", () -> list.get(1));
        report("ArrayList get negative", () -> list.get(-1));
        report("ArrayList set", () -> list.set(3, "x"));
        report("ArrayList add at", () -> list.add(5, "x"));
        report("ArrayList remove", () -> list.remove(2));
        report("empty ArrayList get", () -> new ArrayList<Integer>().get(0));
        report("List.subList", () -> list.subList(0, 4));
    }
}
