package java.nio.channels;

import java.io.IOException;

/** A channel that can be closed asynchronously. */
public interface InterruptibleChannel extends Channel {
    @Override
    void close() throws IOException;
}
