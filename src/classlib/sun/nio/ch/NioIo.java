package sun.nio.ch;

/**
 * Descriptor-level calls of the non-blocking channels and the selector (Tern's own;
 * docs/sockets.md "Selectors"). A descriptor is the VM socket table's id, the one the wrapped
 * java.net socket holds. Nothing here blocks except poll0; callers check arguments and the
 * channel's state first.
 */
final class NioIo {
    private NioIo() {
    }

    /** A pending connection of listener fd taken at once: its descriptor, or 0 when none is pending. */
    static native int acceptNow0(int fd) throws java.io.IOException;

    /** Starts connecting to address (an IP literal): the descriptor of the connection in progress. */
    static native int connectStart0(String address, int port) throws java.io.IOException;

    /**
     * 1 once the connection of fd is made (taken: the next call answers 1 too), 0 while in progress;
     * throws the connect's failure (ConnectException...), closing the descriptor.
     */
    static native int finishConnect0(int fd) throws java.io.IOException;

    /** Up to len > 0 bytes received on fd: how many, 0 when none has arrived, -1 at end of stream. */
    static native int readNow0(int fd, byte[] b, int off, int len) throws java.io.IOException;

    /** Sends len > 0 bytes when the platform takes them now: len, else 0. */
    static native int writeNow0(int fd, byte[] b, int off, int len) throws java.io.IOException;

    /** Closes a descriptor (also one whose connect is in progress). */
    static native void close0(int fd);

    /**
     * Readiness of n descriptors: ready[i] = the ops of ops[i] (SelectionKey bits) that may make
     * progress on fds[i]; returns how many are nonzero. When none is, parks until one is, the
     * timeout passes (ms; -1 forever, 0 not at all), wakeup0(selector) is called or the thread is
     * interrupted; wakeup[0] != 0 (a wakeup already asked) means not to park.
     */
    static native int poll0(int[] fds, int[] ops, int[] ready, int n, int[] wakeup, int selector, int timeout);

    /** Wakes the thread parked in poll0 for selector, if any. */
    static native void wakeup0(int selector);

    /** Sends a datagram without waiting for the platform: len. */
    static native int sendNow0(int fd, byte[] b, int off, int len, String address, int port) throws java.io.IOException;

    /** A queued datagram copied (cut to len): its length, or -1 when none is queued; takeSender0 gives its sender. */
    static native int receiveNow0(int fd, byte[] b, int off, int len) throws java.io.IOException;

    /** {address, port} of this thread's last receiveNow0 datagram, or null. */
    static native String[] takeSender0();
}
