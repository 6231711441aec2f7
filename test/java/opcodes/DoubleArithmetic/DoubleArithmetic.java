/** Double arithmetic: summation algorithms, signed zeros, special values and remainders. */
public class DoubleArithmetic {
    static double naiveSum(double[] xs) {
        double s = 0;
        for (double x : xs) s += x;
        return s;
    }

    static double kahanSum(double[] xs) {
        double sum = 0, c = 0;
        for (double x : xs) {
            double y = x - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        return sum;
    }

    static double newtonSqrt(double v) {
        double x = v;
        for (int i = 0; i < 30; i++) x = 0.5 * (x + v / x);
        return x;
    }

    public static void main(String[] args) {
        System.out.println("0.1 + 0.2 = " + (0.1 + 0.2));
        System.out.println("0.1 + 0.2 == 0.3: " + (0.1 + 0.2 == 0.3));
        System.out.println("1.0 / 3 = " + (1.0 / 3));
        System.out.println("1e308 * 10 = " + (1e308 * 10));
        System.out.println("-1e308 * 10 = " + (-1e308 * 10));
        System.out.println("Double.MIN_VALUE / 2 = " + (Double.MIN_VALUE / 2));
        System.out.println("1 / 0.0 = " + (1 / 0.0) + ", 1 / -0.0 = " + (1 / -0.0) + ", 0.0 / 0.0 = " + (0.0 / 0.0));
        System.out.println("7.5 % 2 = " + (7.5 % 2) + ", -7.5 % 2 = " + (-7.5 % 2) + ", 7.5 % -2 = " + (7.5 % -2));
        System.out.println("1e300 % 3 = " + (1e300 % 3) + ", 0.3 % 0.1 = " + (0.3 % 0.1));
        System.out.println("5 % 0.0 = " + (5 % 0.0) + ", inf % 1 = " + (Double.POSITIVE_INFINITY % 1) + ", 1 % inf = " + (1 % Double.POSITIVE_INFINITY));
        System.out.println("-0.0 % 5 = " + (-0.0 % 5) + ", -5.0 % 5 = " + (-5.0 % 5));
        double[] values = new double[10000];
        for (int i = 0; i < values.length; i++) values[i] = 0.1;
        System.out.println("naive sum = " + naiveSum(values));
        System.out.println("kahan sum = " + kahanSum(values));
        double[] mixed = {1e16, 1.0, -1e16, 1.0};
        System.out.println("naive mixed = " + naiveSum(mixed) + ", kahan mixed = " + kahanSum(mixed));
        System.out.println("sqrt(2) by newton = " + newtonSqrt(2) + " vs " + Math.sqrt(2));
        System.out.println("sqrt(1e10) by newton = " + newtonSqrt(1e10));
        double z = -0.0;
        System.out.println("z = " + z + ", z + 0.0 = " + (z + 0.0) + ", z * -1 = " + (z * -1) + ", -z = " + (-z) + ", 0.0 - 0.0 = " + (0.0 - 0.0));
        double nan = Double.NaN;
        System.out.println("nan * 0 = " + (nan * 0) + ", inf * 0 = " + (Double.POSITIVE_INFINITY * 0) + ", inf + -inf = " + (Double.POSITIVE_INFINITY + Double.NEGATIVE_INFINITY));
        double compound = 1000.0;
        for (int year = 1; year <= 10; year++) {
            compound *= 1.05;
            if (year % 5 == 0) System.out.println("after " + year + " years: " + compound);
        }
        double pi = 0;
        for (int k = 0; k < 100000; k++) pi += (k % 2 == 0 ? 4.0 : -4.0) / (2 * k + 1);
        System.out.println("leibniz pi = " + pi);
        double tiny = 1.0;
        int halvings = 0;
        while (tiny / 2 > 0) {
            tiny /= 2;
            halvings++;
        }
        System.out.println("halvings until zero: " + halvings + ", last = " + tiny);
        long bits = Double.doubleToLongBits(1.5);
        System.out.println("bits of 1.5 = " + Long.toHexString(bits) + ", back = " + Double.longBitsToDouble(bits + 1));
        System.out.println("raw NaN bits = " + Long.toHexString(Double.doubleToRawLongBits(Double.NaN)) + ", -0.0 bits = " + Long.toHexString(Double.doubleToLongBits(-0.0)));
        System.out.println("float bits 1.0f = " + Integer.toHexString(Float.floatToIntBits(1.0f)) + ", intBitsToFloat = " + Float.intBitsToFloat(0x40490fdb));
    }
}
