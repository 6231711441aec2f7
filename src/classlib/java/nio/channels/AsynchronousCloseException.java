package java.nio.channels;

/** A channel closed by another thread during an I/O operation. */
public class AsynchronousCloseException extends ClosedChannelException {
    public AsynchronousCloseException() {
    }
}
