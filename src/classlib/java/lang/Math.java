package java.lang;

import java.util.Random;

/**
 * Numeric functions. The transcendental functions, sqrt, floor, ceil and rint are VM natives
 * (the VM must give HotSpot's results); everything exact (abs, min/max with the -0.0 and NaN
 * rules, round, floorDiv/floorMod, the *Exact family, ulp, nextUp, scalb...) is Java, written
 * from the definitions in the Java SE 17 API. StrictMath shares the Java part.
 */
public final class Math {
    public static final double E = 2.718281828459045;
    public static final double PI = 3.141592653589793;

    private static final double DEGREES_TO_RADIANS = PI / 180.0;
    private static final double RADIANS_TO_DEGREES = 180.0 / PI;
    private static final long DOUBLE_SIGN = 0x8000000000000000L;
    private static final long DOUBLE_FRACTION = 0x000FFFFFFFFFFFFFL;
    private static final int FLOAT_SIGN = 0x80000000;
    private static final int FLOAT_FRACTION = 0x007FFFFF;

    private Math() {
    }

    // ---- natives (the VM implements these in both Math and StrictMath) ----

    public static native double sin(double a);

    public static native double cos(double a);

    public static native double tan(double a);

    public static native double asin(double a);

    public static native double acos(double a);

    public static native double atan(double a);

    public static native double exp(double a);

    public static native double log(double a);

    public static native double log10(double a);

    public static native double sqrt(double a);

    public static native double cbrt(double a);

    public static native double IEEEremainder(double f1, double f2);

    public static native double ceil(double a);

    public static native double floor(double a);

    public static native double rint(double a);

    public static native double atan2(double y, double x);

    public static native double pow(double a, double b);

    public static native double sinh(double x);

    public static native double cosh(double x);

    public static native double tanh(double x);

    public static native double hypot(double x, double y);

    public static native double expm1(double x);

    public static native double log1p(double x);

    /** a * b + c computed exactly and rounded once (IEEE 754 fusedMultiplyAdd). */
    public static native double fma(double a, double b, double c);

    /** a * b + c computed exactly and rounded once to float. */
    public static native float fma(float a, float b, float c);

    // ---- conversions ----

    public static double toRadians(double angdeg) {
        return angdeg * DEGREES_TO_RADIANS;
    }

    public static double toDegrees(double angrad) {
        return angrad * RADIANS_TO_DEGREES;
    }

    /** floor(a + 1/2) computed exactly; NaN is 0, out-of-range values saturate. */
    public static long round(double a) {
        double f = floor(a);
        // a - floor(a) is exact whenever it could decide the result (see the JDK's definition).
        if (a - f >= 0.5) {
            f += 1.0;
        }
        return (long) f;
    }

    /** floorf(a + 1/2) computed exactly; NaN is 0, out-of-range values saturate. */
    public static int round(float a) {
        float f = (float) floor(a);
        if (a - f >= 0.5f) {
            f += 1.0f;
        }
        return (int) f;
    }

    private static final class RandomHolder {
        static final Random RANDOM = new Random();
    }

    /** A uniform double in [0, 1) from one shared generator. */
    public static double random() {
        return RandomHolder.RANDOM.nextDouble();
    }

    // ---- exact arithmetic ----

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) r;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long r = x * y;
        if (multiplyHigh(x, y) != (r >> 63)) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a + 1L;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a - 1L;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return -a;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) value;
    }

    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    /** The high 64 bits of the signed 128-bit product. */
    public static long multiplyHigh(long x, long y) {
        // Schoolbook multiplication on 32-bit halves; the low halves are unsigned, the high
        // halves signed, so the partial products and carries stay within 64 bits.
        long x1 = x >> 32;
        long x0 = x & 0xFFFFFFFFL;
        long y1 = y >> 32;
        long y0 = y & 0xFFFFFFFFL;
        long lowLow = x0 * y0;
        long t = x1 * y0 + (lowLow >>> 32);
        long middle = (t & 0xFFFFFFFFL) + x0 * y1;
        return x1 * y1 + (t >> 32) + (middle >> 32);
    }

    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && q * y != x) {
            q--;
        }
        return q;
    }

    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && q * y != x) {
            q--;
        }
        return q;
    }

    public static int floorMod(int x, int y) {
        int m = x % y;
        if ((m ^ y) < 0 && m != 0) {
            m += y;
        }
        return m;
    }

    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    public static long floorMod(long x, long y) {
        long m = x % y;
        if ((m ^ y) < 0 && m != 0) {
            m += y;
        }
        return m;
    }

    // ---- abs, min, max ----

    public static int abs(int a) {
        return (a < 0) ? -a : a;
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException(
                    "Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return abs(a);
    }

    public static long abs(long a) {
        return (a < 0) ? -a : a;
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return abs(a);
    }

    /** Clears the sign bit, so abs(-0.0f) is 0.0f. */
    public static float abs(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & ~FLOAT_SIGN);
    }

    /** Clears the sign bit, so abs(-0.0) is 0.0. */
    public static double abs(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & ~DOUBLE_SIGN);
    }

    public static int max(int a, int b) {
        return (a >= b) ? a : b;
    }

    public static long max(long a, long b) {
        return (a >= b) ? a : b;
    }

    /** NaN if either is NaN; 0.0 is greater than -0.0. */
    public static float max(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(a) == FLOAT_SIGN) {
            return b;
        }
        return (a >= b) ? a : b;
    }

    /** NaN if either is NaN; 0.0 is greater than -0.0. */
    public static double max(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0 && b == 0.0 && Double.doubleToRawLongBits(a) == DOUBLE_SIGN) {
            return b;
        }
        return (a >= b) ? a : b;
    }

    public static int min(int a, int b) {
        return (a <= b) ? a : b;
    }

    public static long min(long a, long b) {
        return (a <= b) ? a : b;
    }

    /** NaN if either is NaN; -0.0 is less than 0.0. */
    public static float min(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(b) == FLOAT_SIGN) {
            return b;
        }
        return (a <= b) ? a : b;
    }

    /** NaN if either is NaN; -0.0 is less than 0.0. */
    public static double min(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0 && b == 0.0 && Double.doubleToRawLongBits(b) == DOUBLE_SIGN) {
            return b;
        }
        return (a <= b) ? a : b;
    }

    // ---- IEEE 754 helpers ----

    public static double signum(double d) {
        return (d == 0.0 || d != d) ? d : copySign(1.0, d);
    }

    public static float signum(float f) {
        return (f == 0.0f || f != f) ? f : copySign(1.0f, f);
    }

    public static double copySign(double magnitude, double sign) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(sign) & DOUBLE_SIGN)
                | (Double.doubleToRawLongBits(magnitude) & ~DOUBLE_SIGN));
    }

    public static float copySign(float magnitude, float sign) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(sign) & FLOAT_SIGN)
                | (Float.floatToRawIntBits(magnitude) & ~FLOAT_SIGN));
    }

    /** The unbiased exponent: MAX_EXPONENT + 1 for NaN and infinity, MIN_EXPONENT - 1 for 0. */
    public static int getExponent(double d) {
        return (int) ((Double.doubleToRawLongBits(d) >>> 52) & 0x7FF) - 1023;
    }

    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) >>> 23) & 0xFF) - 127;
    }

    /** The distance to the next larger magnitude. */
    public static double ulp(double d) {
        int exp = getExponent(d);
        if (exp == Double.MAX_EXPONENT + 1) {
            return abs(d);
        }
        if (exp == Double.MIN_EXPONENT - 1) {
            return Double.MIN_VALUE;
        }
        int ulpExp = exp - 52;
        if (ulpExp >= Double.MIN_EXPONENT) {
            return Double.longBitsToDouble((long) (ulpExp + 1023) << 52);
        }
        return Double.longBitsToDouble(1L << (ulpExp - (Double.MIN_EXPONENT - 52)));
    }

    public static float ulp(float f) {
        int exp = getExponent(f);
        if (exp == Float.MAX_EXPONENT + 1) {
            return abs(f);
        }
        if (exp == Float.MIN_EXPONENT - 1) {
            return Float.MIN_VALUE;
        }
        int ulpExp = exp - 23;
        if (ulpExp >= Float.MIN_EXPONENT) {
            return Float.intBitsToFloat((ulpExp + 127) << 23);
        }
        return Float.intBitsToFloat(1 << (ulpExp - (Float.MIN_EXPONENT - 23)));
    }

    public static double nextUp(double d) {
        if (d != d || d == Double.POSITIVE_INFINITY) {
            return d;
        }
        d += 0.0;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + ((d >= 0.0) ? 1L : -1L));
    }

    public static float nextUp(float f) {
        if (f != f || f == Float.POSITIVE_INFINITY) {
            return f;
        }
        f += 0.0f;
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + ((f >= 0.0f) ? 1 : -1));
    }

    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) {
            return d;
        }
        if (d == 0.0) {
            return -Double.MIN_VALUE;
        }
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + ((d > 0.0) ? -1L : 1L));
    }

    public static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY) {
            return f;
        }
        if (f == 0.0f) {
            return -Float.MIN_VALUE;
        }
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + ((f > 0.0f) ? -1 : 1));
    }

    public static double nextAfter(double start, double direction) {
        if (start > direction) {
            return nextDown(start);
        }
        if (start < direction) {
            return nextUp(start);
        }
        if (start == direction) {
            return direction;
        }
        return start + direction;
    }

    public static float nextAfter(float start, double direction) {
        if (start > direction) {
            return nextDown(start);
        }
        if (start < direction) {
            return nextUp(start);
        }
        if (start == direction) {
            return (float) direction;
        }
        return start + (float) direction;
    }

    /** {@code d * 2^scaleFactor} rounded once (to nearest even), built from the bits. */
    public static double scalb(double d, int scaleFactor) {
        if (d == 0.0 || d != d || Double.isInfinite(d)) {
            return d;
        }
        long bits = Double.doubleToRawLongBits(d);
        long sign = bits & DOUBLE_SIGN;
        long exponent = (bits >>> 52) & 0x7FF;
        long significand = bits & DOUBLE_FRACTION;
        if (exponent == 0) {
            // Normalize a subnormal so that the significand has its implicit bit at 52.
            int shift = Long.numberOfLeadingZeros(significand) - 11;
            significand <<= shift;
            exponent = 1 - shift;
        }
        significand |= 1L << 52;
        long newExponent = exponent + scaleFactor;
        if (newExponent >= 0x7FF) {
            return (sign == 0) ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (newExponent >= 1) {
            return Double.longBitsToDouble(sign | (newExponent << 52)
                    | (significand & DOUBLE_FRACTION));
        }
        long shift = 1 - newExponent;
        if (shift > 54) {
            return Double.longBitsToDouble(sign);
        }
        return Double.longBitsToDouble(sign | shiftRightRoundEven(significand, (int) shift));
    }

    /** {@code f * 2^scaleFactor} rounded once. */
    public static float scalb(float f, int scaleFactor) {
        if (f == 0.0f || f != f || Float.isInfinite(f)) {
            return f;
        }
        int bits = Float.floatToRawIntBits(f);
        int sign = bits & FLOAT_SIGN;
        long exponent = (bits >>> 23) & 0xFF;
        long significand = bits & FLOAT_FRACTION;
        if (exponent == 0) {
            int shift = Long.numberOfLeadingZeros(significand) - 40;
            significand <<= shift;
            exponent = 1 - shift;
        }
        significand |= 1L << 23;
        long newExponent = exponent + scaleFactor;
        if (newExponent >= 0xFF) {
            return (sign == 0) ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
        }
        if (newExponent >= 1) {
            return Float.intBitsToFloat(sign | (int) (newExponent << 23)
                    | (int) (significand & FLOAT_FRACTION));
        }
        long shift = 1 - newExponent;
        if (shift > 25) {
            return Float.intBitsToFloat(sign);
        }
        return Float.intBitsToFloat(sign | (int) shiftRightRoundEven(significand, (int) shift));
    }

    /** {@code x >> shift} rounded to nearest, ties to even (x non-negative, 1 <= shift < 63). */
    private static long shiftRightRoundEven(long x, int shift) {
        long q = x >>> shift;
        long remainder = x & ((1L << shift) - 1);
        long half = 1L << (shift - 1);
        if (remainder > half || (remainder == half && (q & 1) != 0)) {
            q++;
        }
        return q;
    }
}
