package java.net;

/** An IPv6 address (no scope ids). */
public final class Inet6Address extends InetAddress {
    private static final long serialVersionUID = 6880410070516793377L;

    Inet6Address(String hostName, byte[] address) {
        super(hostName, address);
    }

    /** Whether 16 bytes are an IPv4-mapped address (::ffff:a.b.c.d). */
    static boolean isMapped(byte[] a) {
        for (int i = 0; i < 10; i++) if (a[i] != 0) return false;
        return a[10] == (byte) 0xff && a[11] == (byte) 0xff;
    }

    /** Bytes of an IPv6 literal (with "::" and an optional dotted IPv4 tail), or null. */
    static byte[] parse(String s) {
        int n = s.length();
        if (n < 2) return null;
        byte[] b = new byte[16];
        int j = 0;
        int gap = -1;
        int i = 0;
        if (s.startsWith("::")) {
            gap = 0;
            i = 2;
            if (i == n) return b;
        } else if (s.charAt(0) == ':') {
            return null;
        }
        while (i < n) {
            int start = i;
            int v = 0;
            while (i < n && Character.digit(s.charAt(i), 16) >= 0) {
                v = (v << 4) | Character.digit(s.charAt(i), 16);
                if (v > 0xffff) return null;
                i++;
            }
            if (i < n && s.charAt(i) == '.') {
                String tail = s.substring(start);
                int dots = 0;
                for (int k = 0; k < tail.length(); k++) if (tail.charAt(k) == '.') dots++;
                byte[] v4 = Inet4Address.parse(tail);
                if (v4 == null || dots != 3 || j > 12) return null;
                System.arraycopy(v4, 0, b, j, 4);
                j += 4;
                i = n;
                break;
            }
            if (i == start || j > 14) return null;
            b[j++] = (byte) (v >> 8);
            b[j++] = (byte) v;
            if (i == n) break;
            if (s.charAt(i) != ':') return null;
            i++;
            if (i < n && s.charAt(i) == ':') {
                if (gap >= 0) return null;
                gap = j;
                i++;
                if (i == n) break;
            } else if (i == n) {
                return null;
            }
        }
        if (gap >= 0) {
            if (j == 16) return null;
            int moved = j - gap;
            System.arraycopy(b, gap, b, 16 - moved, moved);
            for (int k = gap; k < 16 - moved; k++) b[k] = 0;
        } else if (j != 16) {
            return null;
        }
        return b;
    }

    @Override
    public String getHostAddress() {
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 16; i += 2) {
            if (i > 0) sb.append(':');
            sb.append(Integer.toHexString(((address[i] & 0xff) << 8) | (address[i + 1] & 0xff)));
        }
        return sb.toString();
    }

    @Override
    public boolean isAnyLocalAddress() {
        for (byte x : address) if (x != 0) return false;
        return true;
    }

    @Override
    public boolean isLoopbackAddress() {
        for (int i = 0; i < 15; i++) if (address[i] != 0) return false;
        return address[15] == 1;
    }

    @Override
    public boolean isLinkLocalAddress() {
        return (address[0] & 0xff) == 0xfe && (address[1] & 0xc0) == 0x80;
    }

    @Override
    public boolean isSiteLocalAddress() {
        return (address[0] & 0xff) == 0xfe && (address[1] & 0xc0) == 0xc0;
    }

    @Override
    public boolean isMulticastAddress() {
        return (address[0] & 0xff) == 0xff;
    }

    /** Sum of the four 32-bit words, each built from the signed bytes (as the JDK computes it). */
    @Override
    public int hashCode() {
        int hash = 0;
        for (int i = 0; i < 16; i += 4) {
            int word = 0;
            for (int j = i; j < i + 4; j++) word = (word << 8) + address[j];
            hash += word;
        }
        return hash;
    }

    public boolean isIPv4CompatibleAddress() {
        for (int i = 0; i < 12; i++) if (address[i] != 0) return false;
        return true;
    }
}
