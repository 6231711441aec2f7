package java.nio.file;

/** A FileSystemException whose message is the file involved. */
public class FileSystemLoopException extends FileSystemException {
    public FileSystemLoopException(String file) {
        super(file);
    }
}
