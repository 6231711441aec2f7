package java.nio.channels;

/** A thread interrupted while waiting for a file lock. */
public class FileLockInterruptionException extends java.io.IOException {
    private static final long serialVersionUID = 1L;

    public FileLockInterruptionException() {
    }
}
