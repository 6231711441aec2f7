/** String concatenation with every type: primitives, null, char arithmetic, objects with toString, compound +=, and constants. */
public class StringConcat {
    static class Money {
        final long cents;
        Money(long cents) { this.cents = cents; }
        @Override public String toString() { return "$" + cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100; }
    }

    static class NullToString {
        @Override public String toString() { return null; }
    }

    public static void main(String[] args) {
        byte b = -8;
        short s = 300;
        char c = 'J';
        int i = -42;
        long l = 1L << 45;
        float f = 1.1f;
        double d = 1e-7;
        boolean z = true;
        String str = null;
        Object obj = null;
        System.out.println("all: " + b + " " + s + " " + c + " " + i + " " + l + " " + f + " " + d + " " + z + " " + str + " " + obj);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println('a' + 'b' + "c" + 'd' + 'e');
        System.out.println("" + c + 1 + " vs " + (char) (c + 1) + " vs " + (c + 1));
        System.out.println("money " + new Money(123456) + " " + new Money(5) + " " + new Money(-250));
        System.out.println("null toString: " + new NullToString());
        String acc = "";
        for (int k = 0; k < 5; k++) acc += k;
        acc += 'x';
        acc += 2.5;
        acc += null;
        acc += new Money(99);
        System.out.println("accumulated " + acc);
        final String constant = "con" + "stant";
        System.out.println(constant + " is interned: " + (constant == "constant"));
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, -0.0, 100.0, 1e7, 1.0e-3, 12345678.9};
        StringBuilder sb = new StringBuilder();
        for (double v : specials) sb.append(v).append(" | ");
        System.out.println(sb);
        float[] fs = {0.1f, 1e10f, -3.0f, Float.MIN_VALUE, 1.0e-3f};
        String line = "";
        for (float v : fs) line = line + v + ";";
        System.out.println(line);
        char[] chars = {'h', 'i'};
        System.out.println("char array via valueOf: " + String.valueOf(chars) + " " + chars.length);
        long big = Long.MIN_VALUE;
        int small = Integer.MIN_VALUE;
        System.out.println(big + "/" + small + "/" + Long.MAX_VALUE + "/" + Integer.MAX_VALUE);
        String multi = "line1\n" + "\tline2 \"quoted\" \\ backslash";
        System.out.println(multi);
        Object[] mixed = {1, 'c', 2.0f, "s", null, true, 7L};
        String joined = "";
        for (Object o : mixed) joined += o + ",";
        System.out.println(joined);
        String big200 = "";
        for (int k = 0; k < 200; k++) big200 += (char) ('a' + k % 26);
        System.out.println(big200.length() + " " + big200.substring(190));
    }
}
