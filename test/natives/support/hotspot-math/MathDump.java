import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Prints HotSpot's java.lang.Math results for sin, cos, tan, exp, log, log10, pow and both fma
 * overloads on fixed pseudo-random inputs across all ranges (test/natives/support/
 * correctly-rounded.test.ts compares Tern with it). One line per case:
 * "fn arg... result", every value as the hex of its raw bits.
 */
public class MathDump {
    static final StringBuilder out = new StringBuilder(1 << 22);
    static final Random rnd = new Random(20240617L);

    static String h(double d) {
        return Long.toHexString(Double.doubleToRawLongBits(d));
    }

    static String h(float f) {
        return Integer.toHexString(Float.floatToRawIntBits(f));
    }

    static double uniform(double lo, double hi) {
        return lo + (hi - lo) * rnd.nextDouble();
    }

    /** A random double with a uniformly chosen binary exponent in [lo, hi] and a random significand. */
    static double magnitude(int lo, int hi) {
        double m = 1 + rnd.nextDouble();
        return Math.scalb(m, lo + rnd.nextInt(hi - lo + 1)) * (rnd.nextBoolean() ? 1 : -1);
    }

    static double bits() {
        return Double.longBitsToDouble(rnd.nextLong());
    }

    static final double[] SPECIAL = {
        0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
        -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
        1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 10.0, 100.0, 1000.0, Math.E, Math.PI, -Math.PI,
        Math.PI / 2, -Math.PI / 2, Math.PI / 4, 1e-300, 1e300, 0.1, 1e-10, 1e10, 1e22, 1e23, 7.0,
        0x1p-27, 0x1p-26, 0x1p-54, -0x1p-54, 0x1p-53, 709.782712893384, 709.7827128933841,
        -745.1332191019412, -745.1332191019411, -708.3964185322641, -708.39641853226, 6381956970095103.0 * 0x1p797,
        1e15, 1e16, 4503599627370496.0, 9007199254740992.0, 1.0000000000000002, 0.9999999999999999,
    };

    static void unary(String name, java.util.function.DoubleUnaryOperator f, List<Double> xs) {
        for (double x : xs) out.append(name).append(' ').append(h(x)).append(' ').append(h(f.applyAsDouble(x))).append('\n');
    }

    static List<Double> trigInputs() {
        List<Double> xs = new ArrayList<>();
        for (double s : SPECIAL) xs.add(s);
        for (int i = 0; i < 2000; i++) xs.add(uniform(-Math.PI, Math.PI));
        for (int i = 0; i < 1000; i++) xs.add(uniform(-100, 100));
        for (int i = 0; i < 1000; i++) xs.add(uniform(-1e6, 1e6));
        for (int i = 0; i < 1000; i++) xs.add(magnitude(-40, -1));
        for (int i = 0; i < 1000; i++) xs.add(magnitude(19, 1023));
        for (int i = 0; i < 1000; i++) xs.add(bits());
        // near multiples of pi/2 (the double nearest k*pi/2 as Java computes it, and neighbours)
        for (int i = 0; i < 600; i++) {
            long k = rnd.nextInt(1 << (1 + rnd.nextInt(30)));
            double x = k * (Math.PI / 2);
            xs.add(x);
            xs.add(Math.nextUp(x));
            xs.add(Math.nextDown(x));
        }
        for (int i = 0; i < 200; i++) xs.add(Math.scalb(6381956970095103.0, 797 - rnd.nextInt(3)) * (1 + rnd.nextInt(5)));
        return xs;
    }

    static List<Double> expInputs() {
        List<Double> xs = new ArrayList<>();
        for (double s : SPECIAL) xs.add(s);
        for (int i = 0; i < 2000; i++) xs.add(uniform(-10, 10));
        for (int i = 0; i < 2000; i++) xs.add(uniform(-745.2, 709.8));
        for (int i = 0; i < 1000; i++) xs.add(magnitude(-60, -1));
        for (int i = 0; i < 500; i++) xs.add(uniform(709.5, 709.8));
        for (int i = 0; i < 500; i++) xs.add(uniform(-745.2, -708.3)); // subnormal results
        for (int i = -746; i <= 710; i++) xs.add((double) i);
        for (int i = 0; i < 500; i++) xs.add(bits());
        return xs;
    }

    static List<Double> logInputs() {
        List<Double> xs = new ArrayList<>();
        for (double s : SPECIAL) xs.add(s);
        for (int i = 0; i < 2000; i++) xs.add(Math.abs(bits()));
        for (int i = 0; i < 1000; i++) xs.add(uniform(0, 10));
        for (int i = 0; i < 1500; i++) xs.add(1 + magnitude(-52, -1));
        for (int i = 0; i < 500; i++) xs.add(Math.abs(magnitude(-1074, -1023)));
        for (int i = 0; i < 1000; i++) xs.add(Math.exp(uniform(-7, 7)));
        double p = 1;
        for (int k = 0; k <= 22; k++, p *= 10) xs.add(p);
        for (int k = -320; k <= 308; k++) xs.add(Double.parseDouble("1e" + k));
        for (int i = 1; i <= 1000; i++) xs.add((double) i);
        return xs;
    }

    static void pow(double x, double y) {
        out.append("pow ").append(h(x)).append(' ').append(h(y)).append(' ').append(h(Math.pow(x, y))).append('\n');
    }

    static void powInputs() {
        double[] ys = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0, -1.0, 2.0, -2.0, 3.0,
            -3.0, 0.5, -0.5, 1.5, 1.0 / 3, 0.25, 1e300, -1e300, Double.MIN_VALUE, 9007199254740993.0, 9007199254740991.0,
            4503599627370497.0, 1023.0, 1024.0, -1074.0, -1075.0, 7.0};
        for (double x : SPECIAL) {
            for (double y : ys) pow(x, y);
        }
        for (double y : ys) pow(-8, y);
        for (int i = 0; i < 5000; i++) pow(uniform(0, 10), uniform(-10, 10));
        for (int i = 0; i < 1500; i++) pow(1 + magnitude(-40, -5), magnitude(0, 40));
        for (int i = 0; i < 1500; i++) pow(rnd.nextInt(30) - 15, rnd.nextInt(80) - 40);
        for (int i = 0; i < 500; i++) pow(rnd.nextInt(1 << 20), 0.5 * (rnd.nextInt(8) + 1));
        for (int i = 0; i < 500; i++) pow(Math.scalb(1.0, rnd.nextInt(200) - 100), uniform(-20, 20));
        for (int i = 0; i < 1000; i++) pow(2, uniform(1020, 1025));
        for (int i = 0; i < 1000; i++) pow(0.5, uniform(1020, 1076));
        for (int i = 0; i < 500; i++) pow(10, uniform(-330, -300));
        for (int i = 0; i < 500; i++) pow(10, rnd.nextInt(40) - 20);
        for (int i = 0; i < 2000; i++) pow(Math.abs(bits()) , magnitude(-10, 3));
        for (int i = 0; i < 500; i++) pow(uniform(-10, 0), rnd.nextInt(41) - 20);
    }

    static void fma(double a, double b, double c) {
        out.append("fma ").append(h(a)).append(' ').append(h(b)).append(' ').append(h(c)).append(' ').append(h(Math.fma(a, b, c))).append('\n');
        out.append("sfma ").append(h(a)).append(' ').append(h(b)).append(' ').append(h(c)).append(' ').append(h(StrictMath.fma(a, b, c))).append('\n');
    }

    static void fmaf(float a, float b, float c) {
        out.append("fmaf ").append(h(a)).append(' ').append(h(b)).append(' ').append(h(c)).append(' ').append(h(Math.fma(a, b, c))).append('\n');
    }

    static void fmaInputs() {
        for (double a : SPECIAL) {
            for (double b : new double[] {0.0, -0.0, 1.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE, 3.0}) {
                for (double c : new double[] {0.0, -0.0, 1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, Double.MIN_VALUE}) {
                    fma(a, b, c);
                }
            }
        }
        for (int i = 0; i < 3000; i++) fma(uniform(-10, 10), uniform(-10, 10), uniform(-10, 10));
        for (int i = 0; i < 2000; i++) fma(bits(), bits(), bits());
        for (int i = 0; i < 2000; i++) {
            // cancellation: c is minus the rounded product, possibly nudged
            double a = magnitude(-100, 100), b = magnitude(-100, 100);
            double c = -(a * b);
            if (rnd.nextBoolean()) c = rnd.nextBoolean() ? Math.nextUp(c) : Math.nextDown(c);
            fma(a, b, c);
        }
        for (int i = 0; i < 2000; i++) fma(magnitude(-540, -500), magnitude(-560, -520), magnitude(-1074, -1000)); // subnormal results
        for (int i = 0; i < 1000; i++) fma(magnitude(-30, 30), magnitude(-30, 30), Math.scalb(magnitude(-30, 30), -1000)); // tiny c
        for (int i = 0; i < 1000; i++) fma(magnitude(500, 520), magnitude(490, 510), magnitude(1000, 1023)); // overflow region
        for (int i = 0; i < 1000; i++) fma(magnitude(-30, 30), magnitude(-30, 30), magnitude(-120, 120)); // ties and near-ties
        for (int i = 0; i < 1000; i++) {
            // exact product with 54..106 bits plus a c at the rounding position of the product
            double a = 1 + rnd.nextInt(1 << 27) * 0x1p-27, b = 1 + rnd.nextInt(1 << 27) * 0x1p-27;
            double c = (rnd.nextInt(9) - 4) * 0x1p-53;
            fma(a, b, c);
        }
        float[] fs = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE, 1f, -1f, 3f, 0.1f};
        for (float a : fs) for (float b : fs) for (float c : fs) fmaf(a, b, c);
        for (int i = 0; i < 3000; i++) fmaf((float) uniform(-10, 10), (float) uniform(-10, 10), (float) uniform(-10, 10));
        for (int i = 0; i < 2000; i++) fmaf(Float.intBitsToFloat(rnd.nextInt()), Float.intBitsToFloat(rnd.nextInt()), Float.intBitsToFloat(rnd.nextInt()));
        for (int i = 0; i < 3000; i++) {
            // double-rounding traps: a*b exact in 48 bits, c tiny relative to it
            float a = 1 + rnd.nextInt(1 << 23) * 0x1p-23f, b = 1 + rnd.nextInt(1 << 23) * 0x1p-23f;
            float c = Math.scalb((float) magnitude(0, 0), -(20 + rnd.nextInt(60)));
            fmaf(a, b, c);
            float p = a * b;
            fmaf(a, b, -p); // the exact rounding error of the float product
        }
        for (int i = 0; i < 1000; i++) fmaf((float) magnitude(-80, -60), (float) magnitude(-80, -60), (float) magnitude(-149, -126)); // subnormal results
        for (int i = 0; i < 1000; i++) fmaf((float) magnitude(60, 64), (float) magnitude(60, 64), (float) magnitude(100, 127)); // overflow region
    }

    public static void main(String[] args) {
        List<Double> trig = trigInputs();
        unary("sin", Math::sin, trig);
        unary("cos", Math::cos, trig);
        unary("tan", Math::tan, trig);
        unary("exp", Math::exp, expInputs());
        List<Double> logs = logInputs();
        unary("log", Math::log, logs);
        unary("log10", Math::log10, logs);
        powInputs();
        fmaInputs();
        System.out.print(out);
    }
}
