package java.nio.channels;

/** A socket address of an unsupported type was given to a channel. */
public class UnsupportedAddressTypeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnsupportedAddressTypeException() {
    }
}
