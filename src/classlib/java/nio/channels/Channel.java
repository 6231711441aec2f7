package java.nio.channels;

import java.io.Closeable;
import java.io.IOException;

/** A connection to an entity that can do I/O (a file, a socket). */
public interface Channel extends Closeable {
    boolean isOpen();

    @Override
    void close() throws IOException;
}
