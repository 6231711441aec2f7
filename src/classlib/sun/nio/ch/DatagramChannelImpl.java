package sun.nio.ch;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.spi.SelectorProvider;
import java.util.Objects;
import java.util.Set;
import jdk.internal.access.JavaNetAccess;
import jdk.internal.access.SharedSecrets;

/**
 * A DatagramChannel over a java.net.DatagramSocket (its socket() adaptor). In blocking mode
 * receive and send are the socket's; in non-blocking mode they go to NioIo on its descriptor and
 * return at once (receive: null, read: 0 when no datagram is queued). send, receive and connect
 * bind an unbound channel to an ephemeral port first, as the JDK does.
 */
final class DatagramChannelImpl extends DatagramChannel implements SelChImpl {
    private static final JavaNetAccess ACCESS = SharedSecrets.getJavaNetAccess();
    private static final Set<SocketOption<?>> OPTIONS = Set.of(StandardSocketOptions.SO_SNDBUF,
            StandardSocketOptions.SO_RCVBUF, StandardSocketOptions.SO_REUSEADDR, StandardSocketOptions.SO_BROADCAST,
            StandardSocketOptions.IP_TOS, StandardSocketOptions.IP_MULTICAST_IF,
            StandardSocketOptions.IP_MULTICAST_TTL, StandardSocketOptions.IP_MULTICAST_LOOP);
    private final java.util.List<MembershipKeyImpl> memberships = new java.util.ArrayList<>();
    private java.net.NetworkInterface multicastIf;
    private int multicastTtl = 1;
    private boolean multicastLoop = true;

    private final DatagramSocket socket;
    private volatile InetSocketAddress remote;
    private final Object readLock = new Object();
    private final Object writeLock = new Object();

    DatagramChannelImpl(SelectorProvider provider) throws IOException {
        super(provider);
        socket = new DatagramSocket((SocketAddress) null);
        ACCESS.setChannel(socket, this);
    }

    @Override
    public DatagramSocket socket() {
        return socket;
    }

    @Override
    public DatagramChannel bind(SocketAddress local) throws IOException {
        synchronized (readLock) {
            synchronized (writeLock) {
                NetChannels.ensureOpen(this);
                if (socket.isBound()) {
                    throw new AlreadyBoundException();
                }
                socket.bind(local == null ? new InetSocketAddress(0) : NetChannels.checkAddress(local));
                return this;
            }
        }
    }

    @Override
    public boolean isConnected() {
        return remote != null;
    }

    @Override
    public DatagramChannel connect(SocketAddress remote) throws IOException {
        InetSocketAddress isa = NetChannels.checkAddress(remote);
        synchronized (readLock) {
            synchronized (writeLock) {
                NetChannels.ensureOpen(this);
                if (this.remote != null) {
                    throw new AlreadyConnectedException();
                }
                InetAddress target = isa.getAddress();
                if (target.isAnyLocalAddress()) {
                    isa = new InetSocketAddress(InetAddress.getLoopbackAddress(), isa.getPort());
                }
                socket.connect(isa);
                this.remote = isa;
                return this;
            }
        }
    }

    @Override
    public DatagramChannel disconnect() throws IOException {
        synchronized (readLock) {
            synchronized (writeLock) {
                if (!isOpen() || remote == null) {
                    return this;
                }
                socket.disconnect();
                remote = null;
                return this;
            }
        }
    }

    @Override
    public SocketAddress getRemoteAddress() throws IOException {
        NetChannels.ensureOpen(this);
        return remote;
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
        NetChannels.ensureOpen(this);
        if (!socket.isBound()) {
            return null;
        }
        InetAddress local = socket.getLocalAddress();
        InetSocketAddress peer = remote;
        if (local.isAnyLocalAddress() && peer != null && peer.getAddress().isLoopbackAddress()) {
            local = peer.getAddress(); // the kernel's choice for a connected socket, which the JDK reports
        }
        return new InetSocketAddress(local, socket.getLocalPort());
    }

    @Override
    public SocketAddress receive(ByteBuffer dst) throws IOException {
        Objects.requireNonNull(dst);
        if (dst.isReadOnly()) {
            throw new IllegalArgumentException("Read-only buffer");
        }
        synchronized (readLock) {
            NetChannels.ensureOpenForIo(this);
            return receiveInto(dst);
        }
    }

    /** Receives one datagram into dst (cut to its remaining space): its sender, null when none (non-blocking). */
    private InetSocketAddress receiveInto(ByteBuffer dst) throws IOException {
        int fd = ACCESS.boundFd(socket);
        int rem = dst.remaining();
        byte[] b;
        int off;
        if (dst.hasArray()) {
            b = dst.array();
            off = dst.arrayOffset() + dst.position();
        } else {
            b = new byte[rem];
            off = 0;
        }
        int n;
        InetSocketAddress from;
        if (isBlocking()) {
            DatagramPacket p = new DatagramPacket(b, off, rem);
            try {
                socket.receive(p);
            } catch (SocketException e) {
                throw NetChannels.closedOr(this, e);
            }
            n = p.getLength();
            from = new InetSocketAddress(p.getAddress(), p.getPort());
        } else {
            while (true) {
                n = NioIo.receiveNow0(fd, b, off, rem);
                if (n < 0) {
                    return null;
                }
                String[] sender = NioIo.takeSender0();
                if (sender == null) {
                    continue;
                }
                from = new InetSocketAddress(InetAddress.getByName(sender[0]), Integer.parseInt(sender[1]));
                InetSocketAddress peer = remote;
                if (peer == null || peer.equals(from)) {
                    break;
                }
                // not from the connected peer: dropped, as the JDK does
            }
        }
        if (dst.hasArray()) {
            dst.position(dst.position() + n);
        } else {
            dst.put(b, 0, n);
        }
        return from;
    }

    @Override
    public int send(ByteBuffer src, SocketAddress target) throws IOException {
        Objects.requireNonNull(src);
        InetSocketAddress isa = NetChannels.checkAddress(target);
        synchronized (writeLock) {
            NetChannels.ensureOpenForIo(this);
            InetSocketAddress peer = remote;
            if (peer != null && !peer.equals(isa)) {
                throw new AlreadyConnectedException();
            }
            if (isa.getAddress().isAnyLocalAddress()) {
                isa = new InetSocketAddress(InetAddress.getLoopbackAddress(), isa.getPort());
            }
            return sendFrom(src, isa);
        }
    }

    private int sendFrom(ByteBuffer src, InetSocketAddress target) throws IOException {
        int fd = ACCESS.boundFd(socket);
        int rem = src.remaining();
        byte[] b;
        int off;
        if (src.hasArray()) {
            b = src.array();
            off = src.arrayOffset() + src.position();
        } else {
            b = new byte[rem];
            src.duplicate().get(b);
            off = 0;
        }
        if (isBlocking()) {
            try {
                socket.send(new DatagramPacket(b, off, rem, target));
            } catch (SocketException e) {
                throw NetChannels.closedOr(this, e);
            }
        } else {
            if (target.getPort() == 0) {
                throw new SocketException("Can't send to port 0");
            }
            NioIo.sendNow0(fd, b, off, rem, target.getAddress().getHostAddress(), target.getPort());
        }
        src.position(src.position() + rem);
        return rem;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        Objects.requireNonNull(dst);
        synchronized (readLock) {
            NetChannels.ensureConnectedForIo(this, remote != null);
            int before = dst.position();
            InetSocketAddress from = receiveInto(dst);
            return from == null ? 0 : dst.position() - before;
        }
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, dsts.length);
        synchronized (readLock) {
            NetChannels.ensureConnectedForIo(this, remote != null);
            int total = 0;
            for (int i = offset; i < offset + length; i++) {
                total += dsts[i].remaining();
            }
            ByteBuffer tmp = ByteBuffer.allocate(total);
            if (receiveInto(tmp) == null) {
                return 0;
            }
            tmp.flip();
            int n = tmp.remaining();
            for (int i = offset; i < offset + length && tmp.hasRemaining(); i++) {
                int k = Math.min(dsts[i].remaining(), tmp.remaining());
                ByteBuffer slice = tmp.duplicate();
                slice.limit(slice.position() + k);
                dsts[i].put(slice);
                tmp.position(tmp.position() + k);
            }
            return n;
        }
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        Objects.requireNonNull(src);
        synchronized (writeLock) {
            InetSocketAddress peer = remote;
            NetChannels.ensureConnectedForIo(this, peer != null);
            return sendFrom(src, peer);
        }
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, srcs.length);
        synchronized (writeLock) {
            InetSocketAddress peer = remote;
            NetChannels.ensureConnectedForIo(this, peer != null);
            int total = 0;
            for (int i = offset; i < offset + length; i++) {
                total += srcs[i].remaining();
            }
            ByteBuffer all = ByteBuffer.allocate(total);
            for (int i = offset; i < offset + length; i++) {
                all.put(srcs[i]);
            }
            all.flip();
            return sendFrom(all, peer);
        }
    }

    @Override
    public <T> DatagramChannel setOption(SocketOption<T> name, T value) throws IOException {
        SocketOptions.check(OPTIONS, name, value);
        NetChannels.ensureOpen(this);
        if (name == StandardSocketOptions.IP_MULTICAST_IF) {
            java.net.NetworkInterface ni = (java.net.NetworkInterface) value;
            String lit = ACCESS.ipv4Literal(ni);
            if (lit == null) {
                throw new java.net.SocketException("No IPv4 address on interface " + ni.getName());
            }
            ACCESS.multicast(socket, 5, null, lit, 0);
            multicastIf = ni;
        } else if (name == StandardSocketOptions.IP_MULTICAST_TTL) {
            int ttl = (Integer) value;
            if (ttl < 0 || ttl > 255) {
                throw new IllegalArgumentException("Invalid TTL/hop value");
            }
            ACCESS.multicast(socket, 3, null, null, ttl);
            multicastTtl = ttl;
        } else if (name == StandardSocketOptions.IP_MULTICAST_LOOP) {
            ACCESS.multicast(socket, 4, null, null, (Boolean) value ? 1 : 0);
            multicastLoop = (Boolean) value;
        } else if (name == StandardSocketOptions.SO_SNDBUF) {
            socket.setSendBufferSize((Integer) value);
        } else if (name == StandardSocketOptions.SO_RCVBUF) {
            socket.setReceiveBufferSize((Integer) value);
        } else if (name == StandardSocketOptions.SO_REUSEADDR) {
            socket.setReuseAddress((Boolean) value);
        } else if (name == StandardSocketOptions.SO_BROADCAST) {
            socket.setBroadcast((Boolean) value);
        } else {
            socket.setTrafficClass((Integer) value);
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> T getOption(SocketOption<T> name) throws IOException {
        SocketOptions.check(OPTIONS, name);
        NetChannels.ensureOpen(this);
        Object v;
        if (name == StandardSocketOptions.IP_MULTICAST_IF) {
            v = multicastIf;
        } else if (name == StandardSocketOptions.IP_MULTICAST_TTL) {
            v = multicastTtl;
        } else if (name == StandardSocketOptions.IP_MULTICAST_LOOP) {
            v = multicastLoop;
        } else if (name == StandardSocketOptions.SO_SNDBUF) {
            v = socket.getSendBufferSize();
        } else if (name == StandardSocketOptions.SO_RCVBUF) {
            v = socket.getReceiveBufferSize();
        } else if (name == StandardSocketOptions.SO_REUSEADDR) {
            v = socket.getReuseAddress();
        } else if (name == StandardSocketOptions.SO_BROADCAST) {
            v = socket.getBroadcast();
        } else {
            v = socket.getTrafficClass();
        }
        return (T) v;
    }

    @Override
    public Set<SocketOption<?>> supportedOptions() {
        return OPTIONS;
    }

    @Override
    public int selectFd() {
        return isOpen() ? ACCESS.fd(socket) : 0;
    }

    @Override
    public int selectOps(int interest) {
        return interest & (SelectionKey.OP_READ | SelectionKey.OP_WRITE);
    }

    @Override
    public java.nio.channels.MembershipKey join(InetAddress group, java.net.NetworkInterface interf)
            throws IOException {
        Objects.requireNonNull(group);
        Objects.requireNonNull(interf);
        if (!group.isMulticastAddress()) {
            throw new IllegalArgumentException("Group not a multicast address");
        }
        if (!(group instanceof java.net.Inet4Address)) {
            throw new UnsupportedOperationException("IPv6 multicast groups are not supported by Tern yet");
        }
        synchronized (memberships) {
            NetChannels.ensureOpen(this);
            for (MembershipKeyImpl k : memberships) {
                if (k.group().equals(group) && k.networkInterface().equals(interf)) {
                    return k;
                }
            }
            String lit = ACCESS.ipv4Literal(interf);
            if (lit == null) {
                throw new java.net.SocketException("No IPv4 address on interface " + interf.getName());
            }
            ACCESS.multicast(socket, 1, group.getHostAddress(), lit, 0);
            MembershipKeyImpl key = new MembershipKeyImpl(this, group, interf);
            memberships.add(key);
            return key;
        }
    }

    @Override
    public java.nio.channels.MembershipKey join(InetAddress group, java.net.NetworkInterface interf,
            InetAddress source) throws IOException {
        Objects.requireNonNull(group);
        Objects.requireNonNull(interf);
        Objects.requireNonNull(source);
        if (!group.isMulticastAddress()) {
            throw new IllegalArgumentException("Group not a multicast address");
        }
        throw new UnsupportedOperationException("source-specific multicast is not supported by Tern");
    }

    /** MembershipKeyImpl.drop: leaves the group once. */
    void drop(MembershipKeyImpl key) {
        synchronized (memberships) {
            if (!key.isValid()) {
                return;
            }
            key.invalidate();
            memberships.remove(key);
            if (isOpen()) {
                try {
                    ACCESS.multicast(socket, 2, key.group().getHostAddress(),
                            ACCESS.ipv4Literal(key.networkInterface()), 0);
                } catch (IOException ignored) {
                    // the JDK ignores a failure to leave
                }
            }
        }
    }

    @Override
    protected void implCloseSelectableChannel() throws IOException {
        synchronized (memberships) {
            for (MembershipKeyImpl k : memberships) {
                k.invalidate();
            }
            memberships.clear();
        }
        socket.close();
    }

    @Override
    protected void implConfigureBlocking(boolean block) {
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getClass().getSuperclass().getName()).append('[');
        if (!isOpen()) {
            sb.append("closed");
        } else if (remote != null) {
            sb.append("connected");
        } else {
            sb.append("unconnected");
        }
        return sb.append(']').toString();
    }
}
