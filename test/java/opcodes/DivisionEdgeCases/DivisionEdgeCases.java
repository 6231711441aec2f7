/** Division and remainder edge cases for int and long, compared with floorDiv/floorMod. */
public class DivisionEdgeCases {
    static String intRow(int a, int b) {
        return a + "/" + b + ": div=" + (a / b) + " rem=" + (a % b) + " floorDiv=" + Math.floorDiv(a, b) + " floorMod=" + Math.floorMod(a, b);
    }

    static String longRow(long a, long b) {
        return a + "L/" + b + "L: div=" + (a / b) + " rem=" + (a % b) + " floorDiv=" + Math.floorDiv(a, b) + " floorMod=" + Math.floorMod(a, b);
    }

    static int divideAll(int[] xs, int d) {
        int total = 0;
        for (int x : xs) total += x / d;
        return total;
    }

    public static void main(String[] args) {
        int[] as = {17, -17, 17, -17, 0, Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, 1, -1};
        int[] bs = {5, 5, -5, -5, -3, -1, 1, Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int i = 0; i < as.length; i++) System.out.println(intRow(as[i], bs[i]));
        long[] las = {17, -17, Long.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, -1};
        long[] lbs = {-5, 5, -1, 2, Long.MIN_VALUE, Long.MAX_VALUE};
        for (int i = 0; i < las.length; i++) System.out.println(longRow(las[i], lbs[i]));
        int minusOne = -1;
        System.out.println("MIN_VALUE / variable -1 = " + (Integer.MIN_VALUE / minusOne));
        System.out.println("MIN_VALUE % variable -1 = " + (Integer.MIN_VALUE % minusOne));
        long lminusOne = -1;
        System.out.println("Long.MIN_VALUE / variable -1 = " + (Long.MIN_VALUE / lminusOne));
        System.out.println("Long.MIN_VALUE % variable -1 = " + (Long.MIN_VALUE % lminusOne));
        int[] data = {100, -100, 7, -7, Integer.MIN_VALUE};
        for (int d : new int[] {1, -1, 2, -2, 3, 10, 1 << 30}) {
            System.out.println("divideAll by " + d + " = " + divideAll(data, d));
        }
        int x = 1000;
        x /= 7;
        System.out.println("x /= 7 -> " + x);
        x %= 13;
        System.out.println("x %= 13 -> " + x);
        char c = 'z';
        c /= 2;
        System.out.println("char z /= 2 -> " + (int) c);
        byte b = -128;
        b /= -1;
        System.out.println("byte -128 /= -1 -> " + b);
        short s = -32768;
        s %= 1000;
        System.out.println("short -32768 %= 1000 -> " + s);
        for (int n = -6; n <= 6; n += 3) {
            System.out.println(n + " >> 1 = " + (n >> 1) + " vs / 2 = " + (n / 2) + " vs floorDiv = " + Math.floorDiv(n, 2));
        }
    }
}
