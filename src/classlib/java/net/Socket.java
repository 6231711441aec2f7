package java.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A TCP client socket (or the server side of an accepted connection). Blocking calls park only
 * the calling green thread. As with the JDK's socket implementation, interrupting a thread blocked
 * in a read, accept or connect does not wake it; closing the socket does (SocketException
 * "Socket closed").
 */
public class Socket implements java.io.Closeable {
    /** Socket-table descriptor, 0 until connected. */
    private int fd;
    private boolean connected;
    private volatile boolean closed;
    private boolean inputShutdown;
    private boolean outputShutdown;
    private InetAddress remoteAddress;
    private int remotePort;
    private InetAddress localAddress;
    private int localPort = -1;
    private int soTimeout;
    private boolean tcpNoDelay;
    private boolean keepAlive;
    private boolean reuseAddress;
    private int linger = -1;
    private InputStream in;
    private OutputStream out;
    private final Object closeLock = new Object();
    /** The SocketChannel this socket is the adaptor of, null for a plain socket. */
    private java.nio.channels.SocketChannel channel;

    static {
        jdk.internal.access.SharedSecrets.setJavaNetAccess(new jdk.internal.access.JavaNetAccess() {
            @Override
            public int fd(Socket s) {
                return s.fd;
            }

            @Override
            public int fd(ServerSocket s) {
                return s.descriptor();
            }

            @Override
            public int boundFd(DatagramSocket s) throws IOException {
                return s.boundDescriptor();
            }

            @Override
            public int fd(DatagramSocket s) {
                return s.descriptor();
            }

            @Override
            public Socket accepted(int fd) {
                return new Socket(fd);
            }

            @Override
            public void connected(Socket s, int fd, InetAddress remote, int port) throws IOException {
                s.connected(fd, remote, port);
            }

            @Override
            public void setChannel(Socket s, java.nio.channels.SocketChannel ch) {
                s.channel = ch;
            }

            @Override
            public void setChannel(ServerSocket s, java.nio.channels.ServerSocketChannel ch) {
                s.channel = ch;
            }

            @Override
            public void setChannel(DatagramSocket s, java.nio.channels.DatagramChannel ch) {
                s.channel = ch;
            }

            @Override
            public void multicast(DatagramSocket s, int op, String group, String iface, int value) throws IOException {
                DatagramIo.multicast0(s.boundDescriptor(), op, group, iface, value);
            }

            @Override
            public String ipv4Literal(NetworkInterface ni) {
                return ni.ipv4Literal();
            }
        });
    }

    public Socket() {}

    /** The channel whose socket() this is, or null. */
    public java.nio.channels.SocketChannel getChannel() {
        return channel;
    }

    public Socket(String host, int port) throws UnknownHostException, IOException {
        this(host != null ? new InetSocketAddress(host, port) : new InetSocketAddress(InetAddress.getByName(null), port));
    }

    public Socket(InetAddress address, int port) throws IOException {
        this(address != null ? new InetSocketAddress(address, port) : null);
    }

    private Socket(SocketAddress endpoint) throws IOException {
        if (endpoint == null) throw new NullPointerException();
        try {
            connect(endpoint);
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            try {
                close();
            } catch (IOException ce) {
                e.addSuppressed(ce);
            }
            throw e;
        }
    }

    /** The socket ServerSocket.accept returns. */
    Socket(int fd) {
        this.fd = fd;
        this.connected = true;
        this.remoteAddress = InetAddress.of(null, InetAddress.parseLiteral(NetIo.remoteAddress0(fd)));
        this.remotePort = NetIo.remotePort0(fd);
        this.localAddress = InetAddress.of(null, InetAddress.parseLiteral(NetIo.localAddress0(fd)));
        this.localPort = NetIo.localPort0(fd);
        this.reuseAddress = true; // inherited from the listener, which has SO_REUSEADDR
    }

    public void connect(SocketAddress endpoint) throws IOException {
        connect(endpoint, 0);
    }

    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        if (endpoint == null) throw new IllegalArgumentException("connect: The address can't be null");
        if (timeout < 0) throw new IllegalArgumentException("connect: timeout can't be negative");
        if (isClosed()) throw new SocketException("Socket is closed");
        if (connected) throw new SocketException("already connected");
        if (!(endpoint instanceof InetSocketAddress)) throw new IllegalArgumentException("Unsupported address type");
        InetSocketAddress epoint = (InetSocketAddress) endpoint;
        InetAddress addr = epoint.getAddress();
        if (epoint.isUnresolved()) throw new UnknownHostException(epoint.getHostName());
        String target = addr.isAnyLocalAddress() ? (addr instanceof Inet6Address ? "::1" : "127.0.0.1") : addr.getHostAddress();
        int newFd = NetIo.connect0(target, epoint.getPort(), timeout);
        connected(newFd, addr, epoint.getPort());
    }

    /** Takes descriptor newFd of a connection to addr:port (connect, or a channel's non-blocking connect). */
    private void connected(int newFd, InetAddress addr, int port) throws IOException {
        synchronized (closeLock) {
            if (closed) {
                NetIo.close0(newFd);
                throw new SocketException("Socket closed");
            }
            fd = newFd;
            connected = true;
        }
        remoteAddress = addr;
        remotePort = port;
        localAddress = InetAddress.of(null, InetAddress.parseLiteral(NetIo.localAddress0(fd)));
        localPort = NetIo.localPort0(fd);
        if (tcpNoDelay) NetIo.setOption0(fd, NetIo.TCP_NODELAY, true);
        if (keepAlive) NetIo.setOption0(fd, NetIo.SO_KEEPALIVE, true);
    }

    public InetAddress getInetAddress() {
        return connected ? remoteAddress : null;
    }

    public InetAddress getLocalAddress() {
        return localAddress != null ? localAddress : InetSocketAddress.anyLocal();
    }

    public int getPort() {
        return connected ? remotePort : 0;
    }

    public int getLocalPort() {
        return localPort;
    }

    public SocketAddress getRemoteSocketAddress() {
        return connected ? new InetSocketAddress(remoteAddress, remotePort) : null;
    }

    public SocketAddress getLocalSocketAddress() {
        return isBound() ? new InetSocketAddress(getLocalAddress(), localPort) : null;
    }

    public InputStream getInputStream() throws IOException {
        if (isClosed()) throw new SocketException("Socket is closed");
        if (!connected) throw new SocketException("Socket is not connected");
        if (inputShutdown) throw new SocketException("Socket input is shutdown");
        synchronized (closeLock) {
            if (in == null) in = new SocketInputStream();
            return in;
        }
    }

    public OutputStream getOutputStream() throws IOException {
        if (isClosed()) throw new SocketException("Socket is closed");
        if (!connected) throw new SocketException("Socket is not connected");
        if (outputShutdown) throw new SocketException("Socket output is shutdown");
        synchronized (closeLock) {
            if (out == null) out = new SocketOutputStream();
            return out;
        }
    }

    private void checkOpen() throws SocketException {
        if (isClosed()) throw new SocketException("Socket is closed");
    }

    public void setTcpNoDelay(boolean on) throws SocketException {
        checkOpen();
        tcpNoDelay = on;
        if (fd != 0) NetIo.setOption0(fd, NetIo.TCP_NODELAY, on);
    }

    public boolean getTcpNoDelay() throws SocketException {
        checkOpen();
        return tcpNoDelay;
    }

    public void setKeepAlive(boolean on) throws SocketException {
        checkOpen();
        keepAlive = on;
        if (fd != 0) NetIo.setOption0(fd, NetIo.SO_KEEPALIVE, on);
    }

    public boolean getKeepAlive() throws SocketException {
        checkOpen();
        return keepAlive;
    }

    public void setReuseAddress(boolean on) throws SocketException {
        checkOpen();
        reuseAddress = on;
    }

    public boolean getReuseAddress() throws SocketException {
        checkOpen();
        return reuseAddress;
    }

    public void setSoLinger(boolean on, int linger) throws SocketException {
        checkOpen();
        if (!on) {
            this.linger = -1;
        } else {
            if (linger < 0) throw new IllegalArgumentException("invalid value for SO_LINGER");
            this.linger = Math.min(linger, 65535);
        }
    }

    public int getSoLinger() throws SocketException {
        checkOpen();
        return linger;
    }

    public synchronized void setSoTimeout(int timeout) throws SocketException {
        checkOpen();
        if (timeout < 0) throw new IllegalArgumentException("timeout can't be negative");
        soTimeout = timeout;
    }

    public synchronized int getSoTimeout() throws SocketException {
        checkOpen();
        return soTimeout;
    }

    public void shutdownInput() throws IOException {
        checkOpen();
        if (!connected) throw new SocketException("Socket is not connected");
        if (inputShutdown) throw new SocketException("Socket input is already shutdown");
        inputShutdown = true;
        NetIo.shutdown0(fd, NetIo.SHUT_RD);
    }

    public void shutdownOutput() throws IOException {
        checkOpen();
        if (!connected) throw new SocketException("Socket is not connected");
        if (outputShutdown) throw new SocketException("Socket output is already shutdown");
        outputShutdown = true;
        NetIo.shutdown0(fd, NetIo.SHUT_WR);
    }

    public void close() throws IOException {
        synchronized (closeLock) {
            if (closed) return;
            closed = true;
            if (fd != 0) NetIo.close0(fd);
        }
    }

    public boolean isConnected() {
        return connected;
    }

    public boolean isBound() {
        return localPort != -1;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isInputShutdown() {
        return inputShutdown;
    }

    public boolean isOutputShutdown() {
        return outputShutdown;
    }

    @Override
    public String toString() {
        if (connected) {
            return "Socket[addr=" + getInetAddress() + ",port=" + getPort() + ",localport=" + getLocalPort() + "]";
        }
        return "Socket[unconnected]";
    }

    /** Reads from the connection; parks the calling thread until bytes, end of stream or SO_TIMEOUT. */
    private final class SocketInputStream extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) return 0;
            if (inputShutdown) return -1;
            if (closed) throw new SocketException("Socket closed");
            return NetIo.read0(fd, b, off, len, soTimeout);
        }

        @Override
        public int available() throws IOException {
            if (closed) throw new SocketException("Socket closed");
            if (inputShutdown) return 0;
            return NetIo.available0(fd);
        }

        @Override
        public void close() throws IOException {
            Socket.this.close();
        }
    }

    /** Writes to the connection; returns once the bytes are with the platform. */
    private final class SocketOutputStream extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (closed) throw new SocketException("Socket closed");
            if (outputShutdown) throw new SocketException("Broken pipe");
            if (len == 0) return;
            NetIo.write0(fd, b, off, len);
        }

        @Override
        public void close() throws IOException {
            Socket.this.close();
        }
    }
}
