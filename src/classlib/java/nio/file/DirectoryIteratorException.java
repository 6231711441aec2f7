package java.nio.file;

import java.io.IOException;
import java.util.ConcurrentModificationException;

/** An I/O error while iterating a directory stream. */
public final class DirectoryIteratorException extends ConcurrentModificationException {
    public DirectoryIteratorException(IOException cause) {
        super(cause);
    }

    @Override
    public IOException getCause() {
        return (IOException) super.getCause();
    }
}
