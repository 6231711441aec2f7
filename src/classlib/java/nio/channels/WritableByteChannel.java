package java.nio.channels;

import java.io.IOException;
import java.nio.ByteBuffer;

/** A channel that writes bytes from a buffer. */
public interface WritableByteChannel extends Channel {
    int write(ByteBuffer src) throws IOException;
}
