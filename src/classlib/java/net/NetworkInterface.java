package java.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A network interface of the machine (java.net.NetworkInterface), read from the host's list
 * (HostNetwork.interfaces: Node's os.networkInterfaces with Linux's index, flags and MTU) each time
 * it is asked, in the JDK's order (the platform's list reversed). Sub-interfaces and virtual
 * interfaces are not reported. IPv6 addresses keep no scope.
 */
public final class NetworkInterface {
    private final String name;
    private final int index;
    private final int flags;
    private final int mtu;
    private final byte[] mac;
    private final InetAddress[] addrs;
    private final InterfaceAddress[] bindings;
    private final String displayName;

    private static final int UP = 1;
    private static final int LOOPBACK = 2;
    private static final int POINT_TO_POINT = 4;
    private static final int MULTICAST = 8;

    private NetworkInterface(String name, int index, int flags, int mtu, byte[] mac, InetAddress[] addrs,
            InterfaceAddress[] bindings, String displayName) {
        this.name = name;
        this.index = index;
        this.flags = flags;
        this.mtu = mtu;
        this.mac = mac;
        this.addrs = addrs;
        this.bindings = bindings;
        this.displayName = displayName;
    }

    /** The placeholder the JDK reports for "no interface chosen": name 0.0.0.0, the wildcard address. */
    static NetworkInterface anyInterface() {
        InetAddress any = InetAddress.of("0.0.0.0", new byte[4]);
        return new NetworkInterface("0.0.0.0", 0, 0, 0, null, new InetAddress[] {any}, new InterfaceAddress[0], null);
    }

    /** `name index flags mtu mac addr/prefix...` records, one per interface (see the native). */
    private static native String[] interfaces0();

    private static List<NetworkInterface> all() {
        String[] records = interfaces0();
        List<NetworkInterface> out = new ArrayList<>();
        for (int r = records.length - 1; r >= 0; r--) {
            String[] f = records[r].split(" ");
            byte[] mac = null;
            if (!f[4].equals("-")) {
                mac = new byte[f[4].length() / 2];
                for (int i = 0; i < mac.length; i++) {
                    mac[i] = (byte) Integer.parseInt(f[4].substring(2 * i, 2 * i + 2), 16);
                }
            }
            List<InetAddress> addrs = new ArrayList<>();
            List<InterfaceAddress> bindings = new ArrayList<>();
            for (int i = f.length - 1; i >= 5; i--) {
                int slash = f[i].lastIndexOf('/');
                String lit = f[i].substring(0, slash);
                int pct = lit.indexOf('%');
                if (pct >= 0) {
                    lit = lit.substring(0, pct);
                }
                short prefix = Short.parseShort(f[i].substring(slash + 1));
                InetAddress a = InetAddress.of(null, InetAddress.parseLiteral(lit));
                addrs.add(a);
                Inet4Address bcast = null;
                if (a instanceof Inet4Address && prefix < 32 && !a.isLoopbackAddress()) {
                    byte[] b = a.getAddress();
                    int v = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
                    v |= prefix == 0 ? -1 : (1 << (32 - prefix)) - 1;
                    bcast = (Inet4Address) InetAddress.of(null,
                            new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
                }
                bindings.add(new InterfaceAddress(a, bcast, prefix));
            }
            out.add(new NetworkInterface(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    mac, addrs.toArray(new InetAddress[0]), bindings.toArray(new InterfaceAddress[0]), f[0]));
        }
        return out;
    }

    public String getName() {
        return name;
    }

    public Enumeration<InetAddress> getInetAddresses() {
        List<InetAddress> list = new ArrayList<>();
        Collections.addAll(list, addrs);
        return Collections.enumeration(list);
    }

    public Stream<InetAddress> inetAddresses() {
        return Stream.of(addrs.clone());
    }

    public List<InterfaceAddress> getInterfaceAddresses() {
        List<InterfaceAddress> list = new ArrayList<>();
        Collections.addAll(list, bindings);
        return list;
    }

    public Enumeration<NetworkInterface> getSubInterfaces() {
        return Collections.emptyEnumeration();
    }

    public Stream<NetworkInterface> subInterfaces() {
        return Stream.empty();
    }

    public NetworkInterface getParent() {
        return null;
    }

    public int getIndex() {
        return index;
    }

    public String getDisplayName() {
        return displayName;
    }

    public static NetworkInterface getByName(String name) throws SocketException {
        if (name == null) {
            throw new NullPointerException();
        }
        for (NetworkInterface ni : all()) {
            if (ni.name.equals(name)) {
                return ni;
            }
        }
        return null;
    }

    public static NetworkInterface getByIndex(int index) throws SocketException {
        if (index < 0) {
            throw new IllegalArgumentException("Interface index can't be negative");
        }
        for (NetworkInterface ni : all()) {
            if (ni.index == index) {
                return ni;
            }
        }
        return null;
    }

    public static NetworkInterface getByInetAddress(InetAddress addr) throws SocketException {
        if (addr == null) {
            throw new NullPointerException();
        }
        if (!(addr instanceof Inet4Address) && !(addr instanceof Inet6Address)) {
            throw new IllegalArgumentException("invalid address type: " + addr);
        }
        for (NetworkInterface ni : all()) {
            for (InetAddress a : ni.addrs) {
                if (a.equals(addr)) {
                    return ni;
                }
            }
        }
        return null;
    }

    public static Enumeration<NetworkInterface> getNetworkInterfaces() throws SocketException {
        List<NetworkInterface> list = all();
        if (list.isEmpty()) {
            throw new SocketException("No network interfaces configured");
        }
        return Collections.enumeration(list);
    }

    public static Stream<NetworkInterface> networkInterfaces() throws SocketException {
        List<NetworkInterface> list = all();
        if (list.isEmpty()) {
            throw new SocketException("No network interfaces configured");
        }
        return list.stream();
    }

    public boolean isUp() throws SocketException {
        return (flags & UP) != 0;
    }

    public boolean isLoopback() throws SocketException {
        return (flags & LOOPBACK) != 0;
    }

    public boolean isPointToPoint() throws SocketException {
        return (flags & POINT_TO_POINT) != 0;
    }

    public boolean supportsMulticast() throws SocketException {
        return (flags & MULTICAST) != 0;
    }

    public byte[] getHardwareAddress() throws SocketException {
        return mac == null ? null : mac.clone();
    }

    public int getMTU() throws SocketException {
        return mtu;
    }

    public boolean isVirtual() {
        return false;
    }

    /** The first IPv4 address (what multicast calls name the interface by), or null. */
    String ipv4Literal() {
        for (InetAddress a : addrs) {
            if (a instanceof Inet4Address) {
                return a.getHostAddress();
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof NetworkInterface)) {
            return false;
        }
        NetworkInterface that = (NetworkInterface) obj;
        if (!Objects.equals(name, that.name) || addrs.length != that.addrs.length) {
            return false;
        }
        for (InetAddress a : addrs) {
            boolean found = false;
            for (InetAddress b : that.addrs) {
                if (a.equals(b)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return name == null ? 0 : name.hashCode();
    }

    @Override
    public String toString() {
        String result = "name:" + (name == null ? "null" : name);
        if (displayName != null) {
            result += " (" + displayName + ")";
        }
        return result;
    }
}
