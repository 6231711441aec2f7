package java.nio.channels;

import java.io.IOException;

/** A channel whose operations complete asynchronously; closing it fails operations in progress. */
public interface AsynchronousChannel extends Channel {
    @Override
    void close() throws IOException;
}
