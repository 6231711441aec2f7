package java.nio.channels;

import java.io.IOException;

/** An operation on a closed channel. */
public class ClosedChannelException extends IOException {
    public ClosedChannelException() {
    }
}
