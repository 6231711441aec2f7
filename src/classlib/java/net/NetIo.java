package java.net;

/**
 * Descriptor-level TCP calls under Socket and ServerSocket (Tern's own; docs/sockets.md). A
 * descriptor is the VM socket table's id. Blocking calls park only the calling thread; a timeout
 * of 0 waits forever. Callers check arguments and the Java-visible state first.
 */
final class NetIo {
    private NetIo() {}

    static final int SHUT_RD = 0;
    static final int SHUT_WR = 1;
    static final int TCP_NODELAY = 1;
    static final int SO_KEEPALIVE = 2;

    /** Listens on address (an IP literal, null for every address); blocks until bound. */
    static native int listen0(String address, int port, int backlog);

    /** Waits up to timeout ms for a connection; its descriptor. */
    static native int accept0(int fd, int timeout);

    /** Connects to address (an IP literal); blocks until connected or failed. */
    static native int connect0(String address, int port, int timeout);

    /** Reads up to len > 0 bytes; -1 at end of stream. */
    static native int read0(int fd, byte[] b, int off, int len, int timeout);

    /** Writes len > 0 bytes; blocks while the platform's queue drains. */
    static native void write0(int fd, byte[] b, int off, int len);

    static native int available0(int fd);

    static native void shutdown0(int fd, int how);

    static native void close0(int fd);

    static native int localPort0(int fd);

    static native int remotePort0(int fd);

    static native String localAddress0(int fd);

    static native String remoteAddress0(int fd);

    static native void setOption0(int fd, int option, boolean on);

    /** Resolves name (reverse: the name of an address literal); the number of results. */
    static native int lookup0(String name, boolean reverse);

    /** The results of this thread's last lookup0. */
    static native String[] takeLookup0();

    static native String hostName0();
}
