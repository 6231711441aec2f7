package java.nio.file;

/** A FileSystemException whose message is the file involved. */
public class DirectoryNotEmptyException extends FileSystemException {
    public DirectoryNotEmptyException(String file) {
        super(file);
    }
}
