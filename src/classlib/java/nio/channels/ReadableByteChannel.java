package java.nio.channels;

import java.io.IOException;
import java.nio.ByteBuffer;

/** A channel that reads bytes into a buffer. */
public interface ReadableByteChannel extends Channel {
    int read(ByteBuffer dst) throws IOException;
}
