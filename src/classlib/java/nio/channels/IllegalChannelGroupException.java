package java.nio.channels;

/** A channel group created by another provider. */
public class IllegalChannelGroupException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public IllegalChannelGroupException() {
    }
}
