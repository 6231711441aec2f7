package java.lang;

/**
 * The boxed float. Decimal conversion both ways is native (HotSpot's digits and parser); the
 * rest mirrors Double.
 */
public final class Float extends Number implements Comparable<Float> {
    public static final float POSITIVE_INFINITY = 1.0f / 0.0f;
    public static final float NEGATIVE_INFINITY = -1.0f / 0.0f;
    public static final float NaN = 0.0f / 0.0f;
    public static final float MAX_VALUE = 0x1.fffffeP+127f;
    public static final float MIN_NORMAL = 0x1.0p-126f;
    public static final float MIN_VALUE = 0x0.000002P-126f;
    public static final int MAX_EXPONENT = 127;
    public static final int MIN_EXPONENT = -126;
    public static final int SIZE = 32;
    public static final int BYTES = 4;

    /** The Class object for {@code float}. */
    @SuppressWarnings("unchecked")
    public static final Class<Float> TYPE = (Class<Float>) Class.getPrimitiveClass("float");

    private final float value;

    @Deprecated(since = "9")
    public Float(float value) {
        this.value = value;
    }

    @Deprecated(since = "9")
    public Float(double value) {
        this.value = (float) value;
    }

    @Deprecated(since = "9")
    public Float(String s) throws NumberFormatException {
        this.value = parseFloat(s);
    }

    /** VM: HotSpot's Float.toString digits. */
    public static native String toString(float f);

    /** VM: parses like HotSpot (NumberFormatException on bad input). */
    public static native float parseFloat(String s) throws NumberFormatException;

    /** VM: the IEEE 754 bits, NaN payload kept. */
    public static native int floatToRawIntBits(float value);

    /** VM: the float with these IEEE 754 bits. */
    public static native float intBitsToFloat(int bits);

    /** The IEEE 754 bits with every NaN collapsed to 0x7fc00000. */
    public static int floatToIntBits(float value) {
        if (value != value) {
            return 0x7fc00000;
        }
        return floatToRawIntBits(value);
    }

    /** Hexadecimal form; subnormals are written with exponent -126 as in the JDK. */
    public static String toHexString(float f) {
        if (Math.abs(f) < MIN_NORMAL && f != 0.0f) {
            double scaled = Math.scalb((double) f, Double.MIN_EXPONENT - MIN_EXPONENT);
            String s = Double.toHexString(scaled);
            return s.substring(0, s.length() - "p-1022".length()) + "p-126";
        }
        return Double.toHexString(f);
    }

    public static Float valueOf(String s) throws NumberFormatException {
        return new Float(parseFloat(s));
    }

    public static Float valueOf(float f) {
        return new Float(f);
    }

    public static boolean isNaN(float v) {
        return v != v;
    }

    public static boolean isInfinite(float v) {
        return (v == POSITIVE_INFINITY) || (v == NEGATIVE_INFINITY);
    }

    public static boolean isFinite(float f) {
        return Math.abs(f) <= MAX_VALUE;
    }

    public boolean isNaN() {
        return isNaN(value);
    }

    public boolean isInfinite() {
        return isInfinite(value);
    }

    @Override
    public String toString() {
        return toString(value);
    }

    @Override
    public byte byteValue() {
        return (byte) value;
    }

    @Override
    public short shortValue() {
        return (short) value;
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return (long) value;
    }

    @Override
    public float floatValue() {
        return value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public int hashCode() {
        return floatToIntBits(value);
    }

    public static int hashCode(float value) {
        return floatToIntBits(value);
    }

    /** Equal bit patterns (so NaN equals NaN and 0.0f differs from -0.0f). */
    @Override
    public boolean equals(Object obj) {
        return (obj instanceof Float)
                && floatToIntBits(((Float) obj).value) == floatToIntBits(value);
    }

    @Override
    public int compareTo(Float anotherFloat) {
        return compare(value, anotherFloat.value);
    }

    /** Numeric order, with -0.0f < 0.0f and NaN above everything (and equal to itself). */
    public static int compare(float f1, float f2) {
        if (f1 < f2) {
            return -1;
        }
        if (f1 > f2) {
            return 1;
        }
        int bits1 = floatToIntBits(f1);
        int bits2 = floatToIntBits(f2);
        return (bits1 == bits2) ? 0 : ((bits1 < bits2) ? -1 : 1);
    }

    public static float sum(float a, float b) {
        return a + b;
    }

    public static float max(float a, float b) {
        return Math.max(a, b);
    }

    public static float min(float a, float b) {
        return Math.min(a, b);
    }
}
