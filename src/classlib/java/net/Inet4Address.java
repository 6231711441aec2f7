package java.net;

/** An IPv4 address. */
public final class Inet4Address extends InetAddress {
    private static final long serialVersionUID = 3286316764910316507L;

    Inet4Address(String hostName, byte[] address) {
        super(hostName, address);
    }

    /**
     * Bytes of a dotted IPv4 literal as the JDK accepts it (1 to 4 decimal parts, the last one
     * filling the remaining bytes: "127.1" is 127.0.0.1), or null.
     */
    static byte[] parse(String s) {
        int n = s.length();
        if (n == 0 || n > 15) return null;
        long[] parts = new long[4];
        int count = 0;
        int i = 0;
        while (true) {
            if (count == 4 || i >= n) return null;
            long v = 0;
            int start = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                v = v * 10 + (s.charAt(i) - '0');
                if (v > 0xffffffffL) return null;
                i++;
            }
            if (i == start) return null;
            parts[count++] = v;
            if (i == n) break;
            if (s.charAt(i) != '.') return null;
            i++;
        }
        byte[] b = new byte[4];
        for (int k = 0; k < count - 1; k++) {
            if (parts[k] > 255) return null;
            b[k] = (byte) parts[k];
        }
        long last = parts[count - 1];
        int rest = 4 - (count - 1);
        if (last >= (1L << (8 * rest))) return null;
        for (int k = 3; k >= count - 1; k--) {
            b[k] = (byte) last;
            last >>= 8;
        }
        return b;
    }

    @Override
    public String getHostAddress() {
        return (address[0] & 0xff) + "." + (address[1] & 0xff) + "." + (address[2] & 0xff) + "." + (address[3] & 0xff);
    }

    @Override
    public boolean isAnyLocalAddress() {
        return hashCode() == 0;
    }

    @Override
    public boolean isLoopbackAddress() {
        return address[0] == 127;
    }

    @Override
    public boolean isLinkLocalAddress() {
        return (address[0] & 0xff) == 169 && (address[1] & 0xff) == 254;
    }

    @Override
    public boolean isSiteLocalAddress() {
        int a = address[0] & 0xff, b = address[1] & 0xff;
        return a == 10 || (a == 172 && (b & 0xf0) == 16) || (a == 192 && b == 168);
    }

    @Override
    public boolean isMulticastAddress() {
        return (address[0] & 0xf0) == 0xe0;
    }
}
