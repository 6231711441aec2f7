package java.lang;

/**
 * The boxed double. Decimal conversion both ways is native (the VM reproduces HotSpot's
 * shortest-repr digits and parser); bit-level views, comparisons with the IEEE 754 total order
 * of the JDK (-0.0 < 0.0, NaN greatest and equal to itself) and hex formatting are Java.
 */
public final class Double extends Number implements Comparable<Double> {
    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    public static final double NaN = 0.0d / 0.0;
    public static final double MAX_VALUE = 0x1.fffffffffffffP+1023;
    public static final double MIN_NORMAL = 0x1.0p-1022;
    public static final double MIN_VALUE = 0x0.0000000000001P-1022;
    public static final int MAX_EXPONENT = 1023;
    public static final int MIN_EXPONENT = -1022;
    public static final int SIZE = 64;
    public static final int BYTES = 8;

    /** The Class object for {@code double}. */
    @SuppressWarnings("unchecked")
    public static final Class<Double> TYPE = (Class<Double>) Class.getPrimitiveClass("double");

    private final double value;

    @Deprecated(since = "9")
    public Double(double value) {
        this.value = value;
    }

    @Deprecated(since = "9")
    public Double(String s) throws NumberFormatException {
        this.value = parseDouble(s);
    }

    /** VM: HotSpot's Double.toString digits ("1.0E10", "0.1", "NaN"...). */
    public static native String toString(double d);

    /** VM: parses like HotSpot (trims whitespace; hex, "Infinity", d/f suffixes; NFE). */
    public static native double parseDouble(String s) throws NumberFormatException;

    /** VM: the IEEE 754 bits, NaN payload kept. */
    public static native long doubleToRawLongBits(double value);

    /** VM: the double with these IEEE 754 bits. */
    public static native double longBitsToDouble(long bits);

    /** The IEEE 754 bits with every NaN collapsed to 0x7ff8000000000000L. */
    public static long doubleToLongBits(double value) {
        if (value != value) {
            return 0x7ff8000000000000L;
        }
        return doubleToRawLongBits(value);
    }

    /** Hexadecimal form, e.g. {@code 0x1.8p1}, {@code 0x0.0000000000001p-1022}. */
    public static String toHexString(double d) {
        if (isNaN(d)) {
            return "NaN";
        }
        if (isInfinite(d)) {
            return (d > 0) ? "Infinity" : "-Infinity";
        }
        long bits = doubleToRawLongBits(d);
        StringBuilder sb = new StringBuilder(24);
        if (bits < 0) {
            sb.append('-');
        }
        if (d == 0.0) {
            return sb.append("0x0.0p0").toString();
        }
        int exponent = (int) ((bits >>> 52) & 0x7FF);
        long fraction = bits & 0x000FFFFFFFFFFFFFL;
        boolean subnormal = exponent == 0;
        sb.append(subnormal ? "0x0." : "0x1.");
        // 13 hex digits of fraction, trailing zeros dropped but at least one digit kept.
        String digits = Long.toHexString(fraction | 0x0010000000000000L).substring(1);
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        sb.append(digits, 0, end).append('p');
        sb.append(subnormal ? MIN_EXPONENT : exponent - 1023);
        return sb.toString();
    }

    public static Double valueOf(String s) throws NumberFormatException {
        return new Double(parseDouble(s));
    }

    public static Double valueOf(double d) {
        return new Double(d);
    }

    public static boolean isNaN(double v) {
        return v != v;
    }

    public static boolean isInfinite(double v) {
        return (v == POSITIVE_INFINITY) || (v == NEGATIVE_INFINITY);
    }

    public static boolean isFinite(double d) {
        return Math.abs(d) <= MAX_VALUE;
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
        return (float) value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(double value) {
        long bits = doubleToLongBits(value);
        return (int) (bits ^ (bits >>> 32));
    }

    /** Equal bit patterns (so NaN equals NaN and 0.0 differs from -0.0). */
    @Override
    public boolean equals(Object obj) {
        return (obj instanceof Double)
                && doubleToLongBits(((Double) obj).value) == doubleToLongBits(value);
    }

    @Override
    public int compareTo(Double anotherDouble) {
        return compare(value, anotherDouble.value);
    }

    /** Numeric order, with -0.0 < 0.0 and NaN above everything (and equal to itself). */
    public static int compare(double d1, double d2) {
        if (d1 < d2) {
            return -1;
        }
        if (d1 > d2) {
            return 1;
        }
        long bits1 = doubleToLongBits(d1);
        long bits2 = doubleToLongBits(d2);
        return (bits1 == bits2) ? 0 : ((bits1 < bits2) ? -1 : 1);
    }

    public static double sum(double a, double b) {
        return a + b;
    }

    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    public static double min(double a, double b) {
        return Math.min(a, b);
    }
}
