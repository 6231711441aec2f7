package java.nio.file;

/** A FileSystemException whose message is the file involved. */
public class NotLinkException extends FileSystemException {
    public NotLinkException(String file) {
        super(file);
    }

    public NotLinkException(String file, String other, String reason) {
        super(file, other, reason);
    }
}
