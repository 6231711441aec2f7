package java.net;

import java.io.Serializable;

/**
 * An IP address, with the host name it was looked up by (or found by a reverse lookup). Name
 * resolution goes through the host (NetIo.lookup0); literals are parsed here without any lookup.
 */
public class InetAddress implements Serializable {
    private static final long serialVersionUID = 3286316764910316507L;

    /** The name, or null until getHostName looks it up. */
    String hostName;
    /** 4 or 16 bytes, network order. */
    final byte[] address;

    InetAddress(String hostName, byte[] address) {
        this.hostName = hostName;
        this.address = address;
    }

    /** An Inet4Address or Inet6Address for raw bytes (IPv4-mapped IPv6 becomes IPv4). */
    static InetAddress of(String host, byte[] addr) {
        if (addr.length == 4) return new Inet4Address(host, addr);
        if (addr.length == 16) {
            if (Inet6Address.isMapped(addr)) {
                byte[] v4 = new byte[4];
                System.arraycopy(addr, 12, v4, 0, 4);
                return new Inet4Address(host, v4);
            }
            return new Inet6Address(host, addr);
        }
        return null;
    }

    public static InetAddress getByName(String host) throws UnknownHostException {
        return getAllByName(host)[0];
    }

    public static InetAddress[] getAllByName(String host) throws UnknownHostException {
        if (host == null || host.isEmpty()) return new InetAddress[] {getLoopbackAddress()};
        if (host.charAt(0) == '[') {
            if (host.length() > 2 && host.charAt(host.length() - 1) == ']') {
                byte[] v6 = Inet6Address.parse(host.substring(1, host.length() - 1));
                if (v6 != null) return new InetAddress[] {of(null, v6)};
            }
            throw new UnknownHostException(host + ": invalid IPv6 address literal");
        }
        // Like the JDK: only a string starting with a hex digit or ':' is tried as a literal.
        char first = host.charAt(0);
        if (Character.digit(first, 16) != -1 || first == ':') {
            byte[] lit = Inet4Address.parse(host);
            if (lit == null && host.indexOf(':') >= 0) {
                lit = Inet6Address.parse(host);
                if (lit == null) throw new UnknownHostException(host + ": invalid IPv6 address literal");
            }
            if (lit != null) return new InetAddress[] {of(null, lit)};
        }
        String[] found = resolve(host);
        InetAddress[] out = new InetAddress[found.length];
        for (int i = 0; i < found.length; i++) out[i] = of(host, parseLiteral(found[i]));
        return out;
    }

    /** Names whose lookup failed, until when (System.nanoTime), like the JDK's negative cache. */
    private static final java.util.HashMap<String, Long> failedLookups = new java.util.HashMap<>();

    /** Seconds a failed lookup is remembered (networkaddress.cache.negative.ttl). */
    private static final long NEGATIVE_TTL_NANOS = 10_000_000_000L;

    /**
     * Addresses of a name. A name that failed within the last 10 seconds fails again at once, with
     * only the name as message, as the JDK's cache answers it.
     */
    private static String[] resolve(String host) throws UnknownHostException {
        synchronized (failedLookups) {
            Long until = failedLookups.get(host);
            if (until != null) {
                if (System.nanoTime() - until < 0) throw new UnknownHostException(host);
                failedLookups.remove(host);
            }
        }
        try {
            String[] found = lookup(host, false);
            if (found.length == 0) throw new UnknownHostException(host + ": Name or service not known");
            return found;
        } catch (UnknownHostException e) {
            synchronized (failedLookups) {
                failedLookups.put(host, System.nanoTime() + NEGATIVE_TTL_NANOS);
            }
            throw e;
        }
    }

    /** Results of a host lookup (blocks the calling thread only). */
    static String[] lookup(String name, boolean reverse) throws UnknownHostException {
        while (true) {
            NetIo.lookup0(name, reverse);
            // null: the results were lost (the VM was restored from an image in between): ask again.
            String[] found = NetIo.takeLookup0();
            if (found != null) return found;
        }
    }

    /** Bytes of an IPv4 or IPv6 literal, or null. */
    static byte[] parseLiteral(String s) {
        byte[] b = Inet4Address.parse(s);
        return b != null ? b : Inet6Address.parse(s);
    }

    public static InetAddress getByAddress(String host, byte[] addr) throws UnknownHostException {
        if (host != null && host.length() > 0 && host.charAt(0) == '[' && host.charAt(host.length() - 1) == ']') {
            host = host.substring(1, host.length() - 1);
        }
        if (addr != null) {
            InetAddress a = of(host, addr.clone());
            if (a != null) return a;
        }
        throw new UnknownHostException("addr is of illegal length");
    }

    public static InetAddress getByAddress(byte[] addr) throws UnknownHostException {
        return getByAddress(null, addr);
    }

    public static InetAddress getLoopbackAddress() {
        return new Inet4Address("localhost", new byte[] {127, 0, 0, 1});
    }

    public static InetAddress getLocalHost() throws UnknownHostException {
        String name = NetIo.hostName0();
        if ("localhost".equals(name)) return getLoopbackAddress();
        try {
            return getByName(name);
        } catch (UnknownHostException e) {
            throw new UnknownHostException(name + ": " + e.getMessage());
        }
    }

    public String getHostName() {
        if (hostName == null) hostName = getCanonicalHostName();
        return hostName;
    }

    public String getCanonicalHostName() {
        try {
            String[] names = lookup(getHostAddress(), true);
            return names.length == 0 ? getHostAddress() : names[0];
        } catch (UnknownHostException e) {
            return getHostAddress();
        }
    }

    public byte[] getAddress() {
        return address.clone();
    }

    public String getHostAddress() {
        return null;
    }

    public boolean isAnyLocalAddress() {
        return false;
    }

    public boolean isLoopbackAddress() {
        return false;
    }

    public boolean isLinkLocalAddress() {
        return false;
    }

    public boolean isSiteLocalAddress() {
        return false;
    }

    public boolean isMulticastAddress() {
        return false;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof InetAddress && java.util.Arrays.equals(address, ((InetAddress) obj).address);
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < address.length; i += 4) {
            h += ((address[i] & 0xff) << 24) | ((address[i + 1] & 0xff) << 16) | ((address[i + 2] & 0xff) << 8) | (address[i + 3] & 0xff);
        }
        return h;
    }

    @Override
    public String toString() {
        return (hostName != null ? hostName : "") + "/" + getHostAddress();
    }
}
