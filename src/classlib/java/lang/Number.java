package java.lang;

/** The superclass of the boxed numeric types (and BigInteger-like classes). */
public abstract class Number implements java.io.Serializable {
    public Number() {
    }

    /** The value as an int (may truncate or round). */
    public abstract int intValue();

    /** The value as a long (may truncate or round). */
    public abstract long longValue();

    /** The value as a float (may round). */
    public abstract float floatValue();

    /** The value as a double (may round). */
    public abstract double doubleValue();

    /** {@code (byte) intValue()}. */
    public byte byteValue() {
        return (byte) intValue();
    }

    /** {@code (short) intValue()}. */
    public short shortValue() {
        return (short) intValue();
    }
}
