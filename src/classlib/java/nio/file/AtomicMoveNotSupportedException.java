package java.nio.file;

/** A move with ATOMIC_MOVE that the file system cannot do atomically. */
public class AtomicMoveNotSupportedException extends FileSystemException {
    public AtomicMoveNotSupportedException(String source, String target, String reason) {
        super(source, target, reason);
    }
}
