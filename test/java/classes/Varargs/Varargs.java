/** Varargs methods: zero, one and many arguments, passing arrays and null, and overload resolution against fixed-arity methods. */
public class Varargs {
    static int sum(int... values) {
        int s = 0;
        for (int v : values) s += v;
        return s;
    }

    static String join(String separator, Object... parts) {
        if (parts == null) return "<null array>";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) sb.append(separator);
            sb.append(parts[i]);
        }
        return sb.toString() + " (" + parts.length + ")";
    }

    static String which(int a) { return "fixed(int)"; }
    static String which(long a) { return "fixed(long)"; }
    static String which(Integer a) { return "fixed(Integer)"; }
    static String which(int... a) { return "varargs(int...)"; }
    static String which(Object o) { return "fixed(Object)"; }

    static String count(String label, double... xs) {
        double total = 0;
        for (double x : xs) total += x;
        return label + ": " + xs.length + " values, total " + total;
    }

    static String kind(Object... args) { return "Object... length " + args.length; }

    public static void main(String[] args) {
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new int[] {10, 20}));
        System.out.println(join(", "));
        System.out.println(join(", ", "a"));
        System.out.println(join(", ", "a", 1, 2.5, 'c', true, null));
        System.out.println(join("-", (Object[]) new String[] {"x", "y"}));
        System.out.println(join("-", (Object) new String[] {"x", "y"}).startsWith("[Ljava.lang.String;"));
        System.out.println(join("-", (Object[]) null));
        System.out.println(join("-", (Object) null));
        byte b = 1;
        short s = 2;
        System.out.println(which(5) + " " + which(5L) + " " + which(b) + " " + which(s) + " " + which('c'));
        System.out.println(which(Integer.valueOf(5)) + " " + which() + " " + which(1, 2) + " " + which("str"));
        System.out.println(count("none") + "; " + count("mixed", 1, 2.5f, 3L));
        System.out.println(kind(1, 2) + " " + kind() + " " + kind((Object) new int[3]) + " " + kind(new Integer[] {1, 2, 3}));
        System.out.println(String.join("/", "a", "b", "c"));
    }
}
