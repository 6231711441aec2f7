package java.nio.channels;

/** Registering a channel with a selector of another provider. */
public class IllegalSelectorException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public IllegalSelectorException() {
    }
}
