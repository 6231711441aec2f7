import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * An access-list checker: parses allowed addresses (IPv4 and IPv6 literals), classifies them,
 * matches client addresses against CIDR rules and describes socket endpoints.
 */
public class NetAddressTable {
    static final class Rule {
        final InetAddress network;
        final int prefix;
        final String action;

        Rule(String cidr, String action) throws UnknownHostException {
            int slash = cidr.indexOf('/');
            network = InetAddress.getByName(cidr.substring(0, slash));
            prefix = Integer.parseInt(cidr.substring(slash + 1));
            this.action = action;
        }

        boolean matches(InetAddress a) {
            byte[] x = network.getAddress(), y = a.getAddress();
            if (x.length != y.length) return false;
            int bits = prefix;
            for (int i = 0; i < x.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
                if ((x[i] & mask) != (y[i] & mask)) return false;
            }
            return true;
        }

        @Override
        public String toString() {
            return network.getHostAddress() + "/" + prefix + " " + action;
        }
    }

    static String kind(InetAddress a) {
        List<String> k = new ArrayList<>();
        if (a instanceof Inet4Address) k.add("v4");
        if (a instanceof Inet6Address) k.add("v6");
        if (a.isLoopbackAddress()) k.add("loopback");
        if (a.isAnyLocalAddress()) k.add("wildcard");
        if (a.isSiteLocalAddress()) k.add("site-local");
        if (a.isLinkLocalAddress()) k.add("link-local");
        if (a.isMulticastAddress()) k.add("multicast");
        return String.join(",", k);
    }

    public static void main(String[] args) throws Exception {
        String[] inputs = {
            "127.0.0.1", "10.1.2.3", "172.20.0.9", "192.168.1.200", "169.254.10.1", "224.0.0.251", "0.0.0.0",
            "8.8.4.4", "::1", "::", "fe80::1", "2001:db8:0:0:1:0:0:1", "ff02::fb", "::ffff:192.0.2.1", "[2001:db8::2]",
            "127.1", "1::2::3", "[::1", "localhost", "", null,
        };
        for (String in : inputs) {
            try {
                InetAddress a = InetAddress.getByName(in);
                byte[] raw = a.getAddress();
                System.out.println(String.valueOf(in) + " -> " + a + " [" + kind(a) + "] bytes=" + raw.length
                    + " first=" + (raw[0] & 0xff));
            } catch (UnknownHostException e) {
                System.out.println(in + " -> UnknownHostException: " + e.getMessage());
            }
        }

        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule("127.0.0.0/8", "allow"));
        rules.add(new Rule("10.0.0.0/8", "allow"));
        rules.add(new Rule("192.168.1.128/25", "deny"));
        rules.add(new Rule("192.168.0.0/16", "allow"));
        rules.add(new Rule("fe80::/10", "allow"));
        String[] clients = {"127.0.0.53", "10.200.3.4", "192.168.1.130", "192.168.1.20", "192.169.0.1", "fe80::abcd", "2001:db8::1"};
        for (String c : clients) {
            InetAddress a = InetAddress.getByName(c);
            String verdict = "deny (default)";
            for (Rule r : rules) {
                if (r.matches(a)) {
                    verdict = r.action + " by " + r;
                    break;
                }
            }
            System.out.println(c + ": " + verdict);
        }

        InetAddress x = InetAddress.getByName("192.168.1.20");
        InetAddress y = InetAddress.getByAddress(new byte[] {(byte) 192, (byte) 168, 1, 20});
        InetAddress named = InetAddress.getByAddress("gateway", new byte[] {(byte) 192, (byte) 168, 1, 20});
        System.out.println("equal: " + x.equals(y) + " " + x.equals(named) + " hash " + (x.hashCode() == named.hashCode())
            + " " + Integer.toHexString(x.hashCode()) + " named=" + named + " host=" + named.getHostName());
        try {
            InetAddress.getByAddress(new byte[5]);
        } catch (UnknownHostException e) {
            System.out.println("5 bytes: " + e.getMessage());
        }
        List<InetAddress> sorted = new ArrayList<>();
        for (String c : clients) sorted.add(InetAddress.getByName(c));
        Collections.sort(sorted, Comparator.comparing(InetAddress::getHostAddress));
        System.out.println("sorted: " + sorted);
        System.out.println("loopback: " + InetAddress.getLoopbackAddress() + " localhost: " + InetAddress.getByName("localhost"));

        Object[][] endpoints = {
            {"127.0.0.1", 8080}, {"::1", 443}, {"localhost", 22}, {null, 9000},
        };
        for (Object[] e : endpoints) {
            InetSocketAddress sa = e[0] == null ? new InetSocketAddress((Integer) e[1])
                : new InetSocketAddress((String) e[0], (Integer) e[1]);
            System.out.println("endpoint " + sa + " hostString=" + sa.getHostString() + " port=" + sa.getPort() + " unresolved=" + sa.isUnresolved());
        }
        InetSocketAddress u = InetSocketAddress.createUnresolved("build.internal", 5005);
        System.out.println("unresolved " + u + " addr=" + u.getAddress() + " equalsSame=" + u.equals(InetSocketAddress.createUnresolved("BUILD.internal", 5005)));
        System.out.println("same endpoint: " + new InetSocketAddress("127.0.0.1", 80).equals(new InetSocketAddress(InetAddress.getLoopbackAddress(), 80)));
        try {
            new InetSocketAddress("x", 70000);
        } catch (IllegalArgumentException e) {
            System.out.println("bad port: " + e.getMessage());
        }
    }
}
