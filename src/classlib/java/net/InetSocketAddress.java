package java.net;

/** An IP address and port, or an unresolved host name and port. */
public class InetSocketAddress extends SocketAddress {
    private static final long serialVersionUID = 5076001401234631237L;

    /** Set only when unresolved. */
    private final String hostname;
    private final InetAddress addr;
    private final int port;

    private InetSocketAddress(int port, String hostname, InetAddress addr) {
        this.port = port;
        this.hostname = hostname;
        this.addr = addr;
    }

    private static int checkPort(int port) {
        if (port < 0 || port > 0xFFFF) throw new IllegalArgumentException("port out of range:" + port);
        return port;
    }

    private static String checkHost(String hostname) {
        if (hostname == null) throw new IllegalArgumentException("hostname can't be null");
        return hostname;
    }

    /** The wildcard address 0.0.0.0 (its name is the literal, as the JDK prints it). */
    static InetAddress anyLocal() {
        return new Inet4Address("0.0.0.0", new byte[4]);
    }

    public InetSocketAddress(int port) {
        this(checkPort(port), null, anyLocal());
    }

    public InetSocketAddress(InetAddress addr, int port) {
        this(checkPort(port), null, addr == null ? anyLocal() : addr);
    }

    public InetSocketAddress(String hostname, int port) {
        this(checkPort(port), checkHost(hostname), null, true);
    }

    private InetSocketAddress(int port, String hostname, InetAddress ignored, boolean resolve) {
        InetAddress a = null;
        try {
            a = InetAddress.getByName(hostname);
        } catch (UnknownHostException e) {
            // stays unresolved
        }
        this.port = port;
        this.addr = a;
        this.hostname = a == null ? hostname : null;
    }

    public static InetSocketAddress createUnresolved(String host, int port) {
        return new InetSocketAddress(checkPort(port), checkHost(host), null);
    }

    public final int getPort() {
        return port;
    }

    public final InetAddress getAddress() {
        return addr;
    }

    public final String getHostName() {
        if (hostname != null) return hostname;
        return addr.getHostName();
    }

    public final String getHostString() {
        if (hostname != null) return hostname;
        return addr.hostName != null ? addr.hostName : addr.getHostAddress();
    }

    public final boolean isUnresolved() {
        return addr == null;
    }

    @Override
    public String toString() {
        String s;
        if (addr == null) {
            s = hostname + "/<unresolved>";
        } else if (addr instanceof Inet6Address) {
            s = (addr.hostName != null ? addr.hostName : "") + "/[" + addr.getHostAddress() + "]";
        } else {
            s = addr.toString();
        }
        return s + ":" + port;
    }

    @Override
    public final boolean equals(Object obj) {
        if (!(obj instanceof InetSocketAddress)) return false;
        InetSocketAddress o = (InetSocketAddress) obj;
        if (port != o.port) return false;
        if (addr != null) return addr.equals(o.addr);
        return o.addr == null && hostname.equalsIgnoreCase(o.hostname);
    }

    @Override
    public final int hashCode() {
        if (addr != null) return addr.hashCode() + port;
        return hostname.toLowerCase().hashCode() + port;
    }
}
