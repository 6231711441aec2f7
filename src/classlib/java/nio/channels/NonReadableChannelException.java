package java.nio.channels;

/** A read from a channel not opened for reading. */
public class NonReadableChannelException extends IllegalStateException {
    public NonReadableChannelException() {
    }
}
