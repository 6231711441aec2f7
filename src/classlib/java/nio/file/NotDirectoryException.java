package java.nio.file;

/** A FileSystemException whose message is the file involved. */
public class NotDirectoryException extends FileSystemException {
    public NotDirectoryException(String file) {
        super(file);
    }
}
