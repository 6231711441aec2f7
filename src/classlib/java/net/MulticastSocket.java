package java.net;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A UDP socket that joins IPv4 multicast groups (java.net.MulticastSocket). It is an IPv4
 * DatagramSocket bound with SO_REUSEADDR (so several may share a port); memberships and the
 * multicast options go to the platform through DatagramIo.multicast0 (Node: dgram's
 * addMembership, setMulticastTTL, setMulticastLoopback, setMulticastInterface), and the list of
 * groups joined is kept here for the JDK's "Already a member" / "Not a member" errors.
 * docs/sockets.md "Multicast". IPv6 groups are not supported.
 */
public class MulticastSocket extends DatagramSocket {
    private final List<String> memberships = new ArrayList<>();
    private int ttl = 1;
    private boolean loopbackDisabled;
    private NetworkInterface outgoing;

    public MulticastSocket() throws IOException {
        this(new InetSocketAddress(0));
    }

    public MulticastSocket(int port) throws IOException {
        this(new InetSocketAddress(port));
    }

    public MulticastSocket(SocketAddress bindaddr) throws IOException {
        super((SocketAddress) null);
        setReuseAddress(true);
        if (bindaddr != null) {
            try {
                bind(bindaddr);
            } finally {
                if (!isBound()) {
                    close();
                }
            }
        }
    }

    @Override
    boolean isMulticast() {
        return true;
    }

    private int fd() throws SocketException {
        if (isClosed()) {
            throw new SocketException("Socket is closed");
        }
        return boundDescriptor();
    }

    @Deprecated
    public void setTTL(byte ttl) throws IOException {
        setTimeToLive(ttl & 0xff);
    }

    public void setTimeToLive(int ttl) throws IOException {
        if (ttl < 0 || ttl > 255) {
            throw new IllegalArgumentException("Invalid TTL/hop value");
        }
        synchronized (this) {
            DatagramIo.multicast0(fd(), 3, null, null, ttl);
            this.ttl = ttl;
        }
    }

    @Deprecated
    public byte getTTL() throws IOException {
        return (byte) getTimeToLive();
    }

    public int getTimeToLive() throws IOException {
        if (isClosed()) {
            throw new SocketException("Socket is closed");
        }
        return ttl;
    }

    private static InetAddress checkGroup(SocketAddress mcastaddr) {
        if (mcastaddr == null) {
            throw new IllegalArgumentException("Unsupported address type");
        }
        if (!(mcastaddr instanceof InetSocketAddress)) {
            throw new IllegalArgumentException("Unsupported address type");
        }
        InetAddress group = ((InetSocketAddress) mcastaddr).getAddress();
        if (group == null) {
            throw new IllegalArgumentException("Unresolved address");
        }
        return group;
    }

    @Deprecated
    public void joinGroup(InetAddress mcastaddr) throws IOException {
        if (mcastaddr == null || !mcastaddr.isMulticastAddress()) {
            throw new SocketException("Not a multicast address");
        }
        membership(true, mcastaddr, null);
    }

    @Deprecated
    public void leaveGroup(InetAddress mcastaddr) throws IOException {
        if (mcastaddr == null || !mcastaddr.isMulticastAddress()) {
            throw new SocketException("Not a multicast address");
        }
        membership(false, mcastaddr, null);
    }

    public void joinGroup(SocketAddress mcastaddr, NetworkInterface netIf) throws IOException {
        InetAddress group = checkGroup(mcastaddr);
        if (!group.isMulticastAddress()) {
            throw new SocketException("Not a multicast address");
        }
        membership(true, group, netIf);
    }

    public void leaveGroup(SocketAddress mcastaddr, NetworkInterface netIf) throws IOException {
        InetAddress group = checkGroup(mcastaddr);
        if (!group.isMulticastAddress()) {
            throw new SocketException("Not a multicast address");
        }
        membership(false, group, netIf);
    }

    private void membership(boolean join, InetAddress group, NetworkInterface netIf) throws IOException {
        if (isClosed()) {
            throw new SocketException("Socket is closed");
        }
        if (!(group instanceof Inet4Address)) {
            throw new SocketException("IPv6 multicast groups are not supported by Tern yet");
        }
        NetworkInterface ni = netIf != null ? netIf : outgoing;
        String iface = ni == null ? null : ni.ipv4Literal();
        if (ni != null && iface == null) {
            throw new SocketException("No IPv4 address on interface " + ni.getName());
        }
        String key = group.getHostAddress() + "@" + (ni == null ? "" : ni.getName());
        synchronized (this) {
            if (join == memberships.contains(key)) {
                throw new SocketException(join ? "Already a member of group" : "Not a member of group");
            }
            DatagramIo.multicast0(fd(), join ? 1 : 2, group.getHostAddress(), iface, 0);
            if (join) {
                memberships.add(key);
            } else {
                memberships.remove(key);
            }
        }
    }

    @Deprecated
    public void setInterface(InetAddress inf) throws SocketException {
        if (isClosed()) {
            throw new SocketException("Socket is closed");
        }
        NetworkInterface ni = NetworkInterface.getByInetAddress(inf);
        if (ni == null) {
            throw new SocketException("No network interface with given address");
        }
        setNetworkInterface(ni);
    }

    @Deprecated
    public InetAddress getInterface() throws SocketException {
        if (isClosed()) {
            throw new SocketException("Socket is closed");
        }
        NetworkInterface ni = outgoing;
        if (ni == null) {
            return InetAddress.of("0.0.0.0", new byte[4]);
        }
        return InetAddress.of(null, InetAddress.parseLiteral(ni.ipv4Literal()));
    }

    public void setNetworkInterface(NetworkInterface netIf) throws SocketException {
        if (netIf == null) {
            throw new IllegalArgumentException("network interface cannot be null");
        }
        String iface = netIf.ipv4Literal();
        if (iface == null) {
            throw new SocketException("No IPv4 address on interface " + netIf.getName());
        }
        synchronized (this) {
            DatagramIo.multicast0(fd(), 5, null, iface, 0);
            outgoing = netIf;
        }
    }

    public NetworkInterface getNetworkInterface() throws SocketException {
        if (isClosed()) {
            throw new SocketException("Socket is closed");
        }
        NetworkInterface ni = outgoing;
        return ni != null ? ni : NetworkInterface.anyInterface();
    }

    @Deprecated
    public void setLoopbackMode(boolean disable) throws SocketException {
        synchronized (this) {
            DatagramIo.multicast0(fd(), 4, null, null, disable ? 0 : 1);
            loopbackDisabled = disable;
        }
    }

    @Deprecated
    public boolean getLoopbackMode() throws SocketException {
        if (isClosed()) {
            throw new SocketException("Socket is closed");
        }
        return loopbackDisabled;
    }

    @Deprecated
    public void send(DatagramPacket p, byte ttl) throws IOException {
        synchronized (this) {
            int old = this.ttl;
            setTimeToLive(ttl & 0xff);
            try {
                send(p);
            } finally {
                setTimeToLive(old);
            }
        }
    }
}
