/*
 * Tern class library: a UDP socket (java.net.DatagramSocket) over DatagramIo. Sends and receives
 * block only the calling thread; SO_TIMEOUT bounds a receive ("Receive timed out"); connect
 * restricts the socket to one peer (datagrams from others are dropped, as the JDK does).
 */
package java.net;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;

public class DatagramSocket implements Closeable {
    private int fd;
    /** The DatagramChannel this socket is the adaptor of, null for a plain socket (set through JavaNetAccess). */
    java.nio.channels.DatagramChannel channel;
    private boolean bound;
    private boolean closed;
    private InetAddress localAddress;
    private InetAddress connectedAddress;
    private int connectedPort = -1;
    private int soTimeout;
    private int receiveBufferSize = 212992;
    private int sendBufferSize = 212992;
    private boolean broadcast;
    private boolean reuseAddress;
    private int trafficClass;
    private final Object receiveLock = new Object();

    public DatagramSocket() throws SocketException {
        this(new InetSocketAddress(0));
    }

    public DatagramSocket(SocketAddress bindaddr) throws SocketException {
        if (bindaddr != null) {
            bind(bindaddr);
        }
    }

    public DatagramSocket(int port) throws SocketException {
        this(port, null);
    }

    public DatagramSocket(int port, InetAddress laddr) throws SocketException {
        this(new InetSocketAddress(laddr, port));
    }

    public synchronized void bind(SocketAddress addr) throws SocketException {
        if (isClosed()) {
            throw new SocketException("Socket is closed");
        }
        if (isBound()) {
            throw new SocketException("Already bound");
        }
        if (addr == null) {
            addr = new InetSocketAddress(0);
        }
        if (!(addr instanceof InetSocketAddress)) {
            throw new IllegalArgumentException("Unsupported address type!");
        }
        InetSocketAddress epoint = (InetSocketAddress) addr;
        if (epoint.isUnresolved()) {
            throw new SocketException("Unresolved address");
        }
        InetAddress iaddr = epoint.getAddress();
        String literal = iaddr == null || iaddr.isAnyLocalAddress() ? null : iaddr.getHostAddress();
        if (isMulticast()) {
            // IPv4, so that the multicast options (TTL, loopback, interface) are the IPv4 ones.
            fd = DatagramIo.bindReuse0(literal == null ? "0.0.0.0" : literal, epoint.getPort());
        } else if (reuseAddress) {
            fd = DatagramIo.bindReuse0(literal, epoint.getPort());
        } else {
            fd = DatagramIo.bind0(literal, epoint.getPort());
        }
        localAddress = InetAddress.of(null, InetAddress.parseLiteral(NetIo.localAddress0(fd)));
        bound = true;
    }

    /** Whether this is a MulticastSocket (bound with SO_REUSEADDR, IPv4). */
    boolean isMulticast() {
        return false;
    }

    /** The socket-table descriptor, 0 while unbound (sun.nio.ch's channels, through JavaNetAccess). */
    int descriptor() {
        return fd;
    }

    /** The descriptor, binding to an ephemeral port first when unbound. */
    synchronized int boundDescriptor() throws SocketException {
        ensureBound();
        return fd;
    }

    private void ensureBound() throws SocketException {
        if (!isBound()) {
            bind(new InetSocketAddress(0));
        }
    }

    public synchronized void connect(InetAddress address, int port) {
        try {
            connectInternal(address, port);
        } catch (SocketException se) {
            throw new UncheckedIOException("connect failed", se);
        }
    }

    public synchronized void connect(SocketAddress addr) throws SocketException {
        if (addr == null) {
            throw new IllegalArgumentException("Address can't be null");
        }
        if (!(addr instanceof InetSocketAddress)) {
            throw new IllegalArgumentException("Unsupported address type");
        }
        InetSocketAddress epoint = (InetSocketAddress) addr;
        if (epoint.isUnresolved()) {
            throw new SocketException("Unresolved address");
        }
        connectInternal(epoint.getAddress(), epoint.getPort());
    }

    private void connectInternal(InetAddress address, int port) throws SocketException {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("connect: " + port);
        }
        if (address == null) {
            throw new IllegalArgumentException("connect: null address");
        }
        if (isClosed()) {
            return; // HotSpot ignores connecting a closed DatagramSocket
        }
        ensureBound();
        DatagramIo.connect0(fd, address.getHostAddress(), port);
        connectedAddress = address;
        connectedPort = port;
    }

    public synchronized void disconnect() {
        if (isClosed() || connectedAddress == null) {
            return;
        }
        DatagramIo.disconnect0(fd);
        connectedAddress = null;
        connectedPort = -1;
    }

    public boolean isBound() {
        return bound;
    }

    public boolean isConnected() {
        return connectedAddress != null;
    }

    public InetAddress getInetAddress() {
        return connectedAddress;
    }

    public int getPort() {
        return connectedPort;
    }

    public SocketAddress getRemoteSocketAddress() {
        if (!isConnected()) {
            return null;
        }
        return new InetSocketAddress(getInetAddress(), getPort());
    }

    public SocketAddress getLocalSocketAddress() {
        if (isClosed() || !isBound()) {
            return null;
        }
        return new InetSocketAddress(getLocalAddress(), getLocalPort());
    }

    public void send(DatagramPacket p) throws IOException {
        byte[] data;
        int off;
        int len;
        InetAddress target;
        int port;
        synchronized (p) {
            synchronized (this) {
                if (isClosed()) {
                    throw new SocketException("Socket closed");
                }
                target = p.getAddress();
                port = p.getPort();
                if (connectedAddress != null) {
                    if (target == null) {
                        target = connectedAddress;
                        port = connectedPort;
                        p.setAddress(target);
                        p.setPort(port);
                    } else if (!target.equals(connectedAddress) || port != connectedPort) {
                        throw new IllegalArgumentException("Connected and packet address differ");
                    }
                } else if (target == null) {
                    throw new IllegalArgumentException("Address not set");
                }
                if (port < 0 || port > 0xFFFF) {
                    throw new IllegalArgumentException("port out of range:" + port);
                }
                ensureBound();
            }
            data = p.getData();
            off = p.getOffset();
            len = p.getLength();
            if (port == 0) {
                throw new SocketException("Can't send to port 0");
            }
        }
        DatagramIo.send0(fd, data, off, len, target.getHostAddress(), port);
    }

    public void receive(DatagramPacket p) throws IOException {
        synchronized (receiveLock) {
            synchronized (this) {
                if (isClosed()) {
                    throw new SocketException("Socket closed");
                }
                ensureBound();
            }
            while (true) {
                int n;
                synchronized (p) {
                    n = DatagramIo.receive0(fd, p.buf, p.offset, p.bufLength, soTimeout);
                    String[] from = DatagramIo.takeSender0();
                    if (from == null) {
                        throw new SocketException("Socket closed");
                    }
                    InetAddress sender = InetAddress.of(null, InetAddress.parseLiteral(from[0]));
                    int senderPort = Integer.parseInt(from[1]);
                    InetAddress peer = connectedAddress;
                    if (peer != null && (!peer.equals(sender) || senderPort != connectedPort)) {
                        continue; // not from the connected peer: dropped, as the JDK does
                    }
                    p.length = n;
                    p.address = sender;
                    p.port = senderPort;
                    return;
                }
            }
        }
    }

    public InetAddress getLocalAddress() {
        if (isClosed()) {
            return null;
        }
        return isBound() ? localAddress : InetSocketAddress.anyLocal();
    }

    public int getLocalPort() {
        if (isClosed()) {
            return -1;
        }
        return isBound() ? NetIo.localPort0(fd) : 0;
    }

    public synchronized void setSoTimeout(int timeout) throws SocketException {
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        checkOpen();
        soTimeout = timeout;
    }

    public synchronized int getSoTimeout() throws SocketException {
        checkOpen();
        return soTimeout;
    }

    public synchronized void setSendBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("negative send size");
        }
        checkOpen();
        sendBufferSize = size;
    }

    public synchronized int getSendBufferSize() throws SocketException {
        checkOpen();
        return sendBufferSize;
    }

    public synchronized void setReceiveBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("invalid receive size");
        }
        checkOpen();
        receiveBufferSize = size;
    }

    public synchronized int getReceiveBufferSize() throws SocketException {
        checkOpen();
        return receiveBufferSize;
    }

    public synchronized void setReuseAddress(boolean on) throws SocketException {
        checkOpen();
        reuseAddress = on;
    }

    public synchronized boolean getReuseAddress() throws SocketException {
        checkOpen();
        return reuseAddress;
    }

    public synchronized void setBroadcast(boolean on) throws SocketException {
        checkOpen();
        broadcast = on;
    }

    public synchronized boolean getBroadcast() throws SocketException {
        checkOpen();
        return broadcast;
    }

    public synchronized void setTrafficClass(int tc) throws SocketException {
        if (tc < 0 || tc > 255) {
            throw new IllegalArgumentException("tc is not in range 0 -- 255");
        }
        checkOpen();
        trafficClass = tc;
    }

    public synchronized int getTrafficClass() throws SocketException {
        checkOpen();
        return trafficClass;
    }

    private void checkOpen() throws SocketException {
        if (isClosed()) {
            throw new SocketException("Socket is closed");
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (bound) {
                NetIo.close0(fd);
            }
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /** The channel whose socket() this is, or null. */
    public java.nio.channels.DatagramChannel getChannel() {
        return channel;
    }
}
