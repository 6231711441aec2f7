import java.io.IOException;
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

/**
 * Service discovery over IP multicast on the loopback interface: services announce themselves to
 * a group, two directory sockets (MulticastSocket, sharing one port) and a DatagramChannel member
 * collect the announcements; a directory that leaves the group hears nothing more. Everything
 * stays on "lo" (the interface is set for sending and joining).
 */
public class MulticastServiceDiscovery {
    static final String GROUP = "239.255.42.99";

    static String receive(MulticastSocket s) throws IOException {
        byte[] buf = new byte[256];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        try {
            s.receive(p);
        } catch (SocketTimeoutException e) {
            return "(nothing: " + e.getMessage() + ")";
        }
        return new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        NetworkInterface lo = NetworkInterface.getByName("lo");
        System.out.println("interface: " + lo + ", loopback " + lo.isLoopback() + ", up " + lo.isUp()
                + ", index " + lo.getIndex() + ", virtual " + lo.isVirtual() + ", parent " + lo.getParent());
        List<String> v4 = new ArrayList<>();
        for (InetAddress a : Collections.list(lo.getInetAddresses())) {
            if (a instanceof Inet4Address) v4.add(a.getHostAddress());
        }
        System.out.println("IPv4 addresses on lo: " + v4);
        for (InterfaceAddress ia : lo.getInterfaceAddresses()) {
            if (ia.getAddress() instanceof Inet4Address) {
                System.out.println("  " + ia.getAddress().getHostAddress() + "/" + ia.getNetworkPrefixLength() + " broadcast " + ia.getBroadcast());
            }
        }
        System.out.println("by index: " + NetworkInterface.getByIndex(lo.getIndex()).getName()
                + ", by address: " + NetworkInterface.getByInetAddress(InetAddress.getByName("127.0.0.1")).getName()
                + ", unknown: " + NetworkInterface.getByName("no-such-if0"));
        boolean listed = false;
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (ni.equals(lo)) listed = true;
        }
        System.out.println("lo listed: " + listed);

        InetAddress group = InetAddress.getByName(GROUP);
        MulticastSocket dirA = new MulticastSocket(0);
        int port = dirA.getLocalPort();
        MulticastSocket dirB = new MulticastSocket(port); // SO_REUSEADDR: same port
        System.out.println("reuse address: " + dirA.getReuseAddress() + ", same port: " + (dirB.getLocalPort() == port));
        System.out.println("defaults: ttl " + dirA.getTimeToLive() + ", loopback disabled " + dirA.getLoopbackMode()
                + ", interface " + dirA.getNetworkInterface() + " " + dirA.getInterface());
        InetSocketAddress groupAddr = new InetSocketAddress(group, port);
        dirA.joinGroup(groupAddr, lo);
        dirB.joinGroup(groupAddr, lo);
        dirA.setSoTimeout(2000);
        dirB.setSoTimeout(2000);

        DatagramChannel dirC = DatagramChannel.open(StandardProtocolFamily.INET)
                .setOption(StandardSocketOptions.SO_REUSEADDR, true)
                .bind(new InetSocketAddress(port));
        MembershipKey key = dirC.join(group, lo);
        System.out.println("key: group " + key.group().getHostAddress() + ", interface " + key.networkInterface().getName()
                + ", source " + key.sourceAddress() + ", valid " + key.isValid() + ", same key again: " + (dirC.join(group, lo) == key));

        MulticastSocket announcer = new MulticastSocket();
        announcer.setNetworkInterface(lo);
        announcer.setTimeToLive(2);
        System.out.println("announcer: ttl " + announcer.getTimeToLive() + ", interface " + announcer.getNetworkInterface().getName());

        String[] services = {"billing@127.0.0.1:7001", "search@127.0.0.1:7002", "auth@127.0.0.1:7003"};
        Map<String, List<String>> seen = new TreeMap<>();
        for (String svc : services) {
            byte[] msg = ("ANNOUNCE " + svc).getBytes(StandardCharsets.UTF_8);
            announcer.send(new DatagramPacket(msg, msg.length, groupAddr));
            seen.computeIfAbsent("A", k -> new ArrayList<>()).add(receive(dirA));
            seen.computeIfAbsent("B", k -> new ArrayList<>()).add(receive(dirB));
            ByteBuffer bb = ByteBuffer.allocate(256);
            dirC.receive(bb);
            bb.flip();
            seen.computeIfAbsent("C", k -> new ArrayList<>()).add(StandardCharsets.UTF_8.decode(bb).toString());
        }
        for (Map.Entry<String, List<String>> e : seen.entrySet()) {
            System.out.println("directory " + e.getKey() + ": " + e.getValue());
        }

        // B leaves and C drops its key; A still hears the next announcement. Then A leaves too and
        // nobody on the port is a member any more: the last announcement reaches no directory.
        dirB.leaveGroup(groupAddr, lo);
        key.drop();
        System.out.println("key after drop: valid " + key.isValid());
        byte[] bye = "GOODBYE search".getBytes(StandardCharsets.UTF_8);
        announcer.send(new DatagramPacket(bye, bye.length, groupAddr));
        System.out.println("A: " + receive(dirA));
        dirA.leaveGroup(groupAddr, lo);
        Thread.sleep(200);
        dirB.setSoTimeout(1);
        while (!receive(dirB).startsWith("(nothing")) { } // B may have heard GOODBYE through A (Linux's IP_MULTICAST_ALL)
        dirC.configureBlocking(false);
        while (dirC.receive(ByteBuffer.allocate(64)) != null) { }
        byte[] last = "LAST CALL".getBytes(StandardCharsets.UTF_8);
        announcer.send(new DatagramPacket(last, last.length, groupAddr));
        dirA.setSoTimeout(300);
        dirB.setSoTimeout(300);
        System.out.println("A after leaving: " + receive(dirA));
        System.out.println("B after leaving: " + receive(dirB));
        System.out.println("C after dropping: " + dirC.receive(ByteBuffer.allocate(64)));

        // the errors directories run into
        dirA.joinGroup(groupAddr, lo);
        System.out.println("A joined again");
        try {
            dirA.joinGroup(groupAddr, lo);
        } catch (SocketException e) {
            System.out.println("join twice: " + e.getMessage());
        }
        try {
            dirB.leaveGroup(groupAddr, lo);
        } catch (SocketException e) {
            System.out.println("leave twice: " + e.getMessage());
        }
        try {
            dirA.joinGroup(new InetSocketAddress("127.0.0.1", port), lo);
        } catch (SocketException e) {
            System.out.println("join unicast: " + e.getMessage());
        }
        try {
            announcer.setTimeToLive(256);
        } catch (IllegalArgumentException e) {
            System.out.println("ttl 256: " + e.getMessage());
        }
        try {
            dirC.join(InetAddress.getByName("127.0.0.1"), lo);
        } catch (IllegalArgumentException e) {
            System.out.println("channel join unicast: " + e.getMessage());
        }
        System.out.println("channel options: ttl " + dirC.getOption(StandardSocketOptions.IP_MULTICAST_TTL)
                + ", loop " + dirC.getOption(StandardSocketOptions.IP_MULTICAST_LOOP)
                + ", if " + dirC.getOption(StandardSocketOptions.IP_MULTICAST_IF));
        dirC.setOption(StandardSocketOptions.IP_MULTICAST_TTL, 3);
        dirC.setOption(StandardSocketOptions.IP_MULTICAST_IF, lo);
        System.out.println("now: ttl " + dirC.getOption(StandardSocketOptions.IP_MULTICAST_TTL)
                + ", if " + dirC.getOption(StandardSocketOptions.IP_MULTICAST_IF));
        MembershipKey k2 = dirC.join(group, lo);
        dirC.close();
        System.out.println("key valid after close: " + k2.isValid());
        dirA.close();
        try {
            dirA.joinGroup(groupAddr, lo);
        } catch (SocketException e) {
            System.out.println("join on closed socket: " + e.getMessage());
        }
        dirB.close();
        announcer.close();
        System.out.println("done");
    }
}
