package java.net;

/**
 * Descriptor-level UDP calls under DatagramSocket (Tern's own; docs/sockets.md). A descriptor is
 * an entry of the VM's socket table, like NetIo's, so NetIo.close0, localPort0 and localAddress0
 * serve datagram sockets too. Blocking calls park only the calling thread; a timeout of 0 waits
 * forever. Callers check arguments and the Java-visible state first.
 */
final class DatagramIo {
    private DatagramIo() {}

    /** Binds a UDP socket to address (an IP literal, null for every address); blocks until bound. */
    static native int bind0(String address, int port);

    /** Sends one datagram of len >= 0 bytes to address (an IP literal); blocks until sent. */
    static native void send0(int fd, byte[] b, int off, int len, String address, int port);

    /** Waits up to timeout ms for a datagram; the number of bytes copied (the rest is cut off). */
    static native int receive0(int fd, byte[] b, int off, int len, int timeout);

    /** {address, port} of the sender of this thread's last receive0, or null. */
    static native String[] takeSender0();

    /** Records the peer DatagramSocket.connect restricts the socket to (socket-table data). */
    static native void connect0(int fd, String address, int port);

    static native void disconnect0(int fd);

    /** bind0 with SO_REUSEADDR set first (MulticastSocket, as the JDK's). */
    static native int bindReuse0(String address, int port);

    /**
     * A multicast setting, applied at once: op 1 join / 2 leave group (with the interface address,
     * or null), 3 TTL = value, 4 loopback = value != 0, 5 outgoing interface = iface.
     */
    static native void multicast0(int fd, int op, String group, String iface, int value);
}
