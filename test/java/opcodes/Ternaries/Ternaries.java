/** Conditional expressions: nesting, numeric promotion between branches, boxing and unboxing surprises. */
public class Ternaries {
    static String sign(int x) {
        return x > 0 ? "positive" : x < 0 ? "negative" : "zero";
    }

    static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : v > hi ? hi : v;
    }

    static String grade(int score) {
        return score >= 90 ? "A" : score >= 80 ? "B" : score >= 70 ? "C" : score >= 60 ? "D" : "F";
    }

    static Integer lookup(boolean found) {
        return found ? Integer.valueOf(42) : null;
    }

    public static void main(String[] args) {
        for (int x : new int[] {-5, 0, 5}) System.out.println(x + " is " + sign(x));
        for (int v : new int[] {-10, 3, 50}) System.out.println("clamp(" + v + ") = " + clamp(v, 0, 10));
        StringBuilder grades = new StringBuilder();
        for (int s = 55; s <= 100; s += 9) grades.append(s).append('=').append(grade(s)).append(' ');
        System.out.println(grades.toString().trim());
        boolean yes = args.length == 0;
        System.out.println("int vs double branch: " + (yes ? 1 : 2.0));
        System.out.println("char vs int constant: " + (yes ? 'x' : 0));
        int zero = 0;
        System.out.println("char vs int variable: " + (yes ? 'x' : zero));
        System.out.println("long vs int: " + (yes ? 1L << 40 : 7));
        Object o = yes ? "text" : Integer.valueOf(3);
        System.out.println("object branch: " + o);
        Integer boxed = yes ? 1000 : null;
        System.out.println("boxed: " + boxed);
        Integer missing = lookup(false);
        System.out.println("missing is null: " + (missing == null));
        try {
            int unboxed = yes ? lookup(false) : 0;
            System.out.println("unexpected " + unboxed);
        } catch (NullPointerException e) {
            System.out.println("NPE while unboxing a ternary result");
        }
        long big = yes ? Integer.MAX_VALUE + 1L : 0;
        float f = !yes ? 1 : 0.5f;
        double d = yes ? f : 2;
        System.out.println("big " + big + " f " + f + " d " + d);
        int count = 0;
        for (int i = 0; i < 20; i++) count += (i % 3 == 0) ? (i % 2 == 0 ? 10 : 1) : 0;
        System.out.println("count = " + count);
        String label = null;
        System.out.println("label = " + (label != null ? label : "default"));
        byte b = yes ? (byte) 100 : (byte) -1;
        short sh = yes ? (short) 30000 : b;
        System.out.println("byte " + b + " short " + sh);
    }
}
