package java.nio.channels;

/** A write to a channel not opened for writing. */
public class NonWritableChannelException extends IllegalStateException {
    public NonWritableChannelException() {
    }
}
