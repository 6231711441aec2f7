package java.net;

import java.io.IOException;

/**
 * A TCP listening socket. accept() parks only the calling green thread, and keeps the VM alive
 * while it waits (like a JDK thread blocked in accept); an idle listener does not. Closing the
 * socket wakes a blocked accept with SocketException "Socket closed".
 */
public class ServerSocket implements java.io.Closeable {
    private int fd;
    /** The ServerSocketChannel this socket is the adaptor of, null for a plain socket (set through JavaNetAccess). */
    java.nio.channels.ServerSocketChannel channel;
    private boolean bound;
    private volatile boolean closed;
    /** The address bound to (the wildcard 0.0.0.0 for every address). */
    private InetAddress bindAddress;
    private int localPort = -1;
    private int soTimeout;
    private boolean reuseAddress = true;
    private final Object closeLock = new Object();

    public ServerSocket() throws IOException {}

    public ServerSocket(int port) throws IOException {
        this(port, 50, null);
    }

    public ServerSocket(int port, int backlog) throws IOException {
        this(port, backlog, null);
    }

    public ServerSocket(int port, int backlog, InetAddress bindAddr) throws IOException {
        if (port < 0 || port > 0xFFFF) throw new IllegalArgumentException("Port value out of range: " + port);
        if (backlog < 1) backlog = 50;
        try {
            bind(new InetSocketAddress(bindAddr, port), backlog);
        } catch (IOException | SecurityException e) {
            close();
            throw e;
        }
    }

    public void bind(SocketAddress endpoint) throws IOException {
        bind(endpoint, 50);
    }

    public void bind(SocketAddress endpoint, int backlog) throws IOException {
        if (isClosed()) throw new SocketException("Socket is closed");
        if (bound) throw new SocketException("Already bound");
        if (endpoint == null) endpoint = new InetSocketAddress(0);
        if (!(endpoint instanceof InetSocketAddress)) throw new IllegalArgumentException("Unsupported address type");
        InetSocketAddress epoint = (InetSocketAddress) endpoint;
        if (epoint.isUnresolved()) throw new SocketException("Unresolved address");
        if (backlog < 1) backlog = 50;
        InetAddress addr = epoint.getAddress();
        int newFd = NetIo.listen0(addr.isAnyLocalAddress() ? null : addr.getHostAddress(), epoint.getPort(), backlog);
        synchronized (closeLock) {
            if (closed) {
                NetIo.close0(newFd);
                throw new SocketException("Socket is closed");
            }
            fd = newFd;
            bound = true;
        }
        bindAddress = addr;
        localPort = NetIo.localPort0(fd);
    }

    /** The socket-table descriptor, 0 while unbound (sun.nio.ch's channels, through JavaNetAccess). */
    int descriptor() {
        return fd;
    }

    public Socket accept() throws IOException {
        if (isClosed()) throw new SocketException("Socket is closed");
        if (!bound) throw new SocketException("Socket is not bound yet");
        return new Socket(NetIo.accept0(fd, soTimeout));
    }

    public InetAddress getInetAddress() {
        return bound ? bindAddress : null;
    }

    public int getLocalPort() {
        return localPort;
    }

    public SocketAddress getLocalSocketAddress() {
        return bound ? new InetSocketAddress(bindAddress, localPort) : null;
    }

    public void close() throws IOException {
        synchronized (closeLock) {
            if (closed) return;
            closed = true;
            if (fd != 0) NetIo.close0(fd);
        }
    }

    public boolean isBound() {
        return bound;
    }

    public boolean isClosed() {
        return closed;
    }

    public synchronized void setSoTimeout(int timeout) throws SocketException {
        if (isClosed()) throw new SocketException("Socket is closed");
        if (timeout < 0) throw new IllegalArgumentException("timeout < 0");
        soTimeout = timeout;
    }

    public synchronized int getSoTimeout() throws IOException {
        if (isClosed()) throw new SocketException("Socket is closed");
        return soTimeout;
    }

    public void setReuseAddress(boolean on) throws SocketException {
        if (isClosed()) throw new SocketException("Socket is closed");
        reuseAddress = on;
    }

    public boolean getReuseAddress() throws SocketException {
        if (isClosed()) throw new SocketException("Socket is closed");
        return reuseAddress;
    }

    @Override
    public String toString() {
        if (!bound) return "ServerSocket[unbound]";
        return "ServerSocket[addr=" + bindAddress + ",localport=" + localPort + "]";
    }

    /** The channel whose socket() this is, or null. */
    public java.nio.channels.ServerSocketChannel getChannel() {
        return channel;
    }
}
