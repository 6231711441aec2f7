package java.nio.channels;

/** A lock that overlaps a region this Java virtual machine already holds or waits for. */
public class OverlappingFileLockException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public OverlappingFileLockException() {
    }
}
