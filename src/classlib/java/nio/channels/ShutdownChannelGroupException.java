package java.nio.channels;

/** A channel opened in, or an operation started on, a channel group that is shut down. */
public class ShutdownChannelGroupException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public ShutdownChannelGroupException() {
    }
}
