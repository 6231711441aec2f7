import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A statsd-style metrics collector over UDP on loopback: agents send "name:value|type" lines,
 * the collector aggregates counters and gauges, acknowledges every packet, and answers a "dump"
 * request with a report. Shows send/receive, connected sockets, truncation of long datagrams,
 * receive timeouts and closing a socket another thread is blocked on.
 */
public class UdpMetricsCollector {
    static final Map<String, Long> counters = new TreeMap<>();
    static final Map<String, Long> gauges = new TreeMap<>();

    static String text(DatagramPacket p) {
        return new String(p.getData(), p.getOffset(), p.getLength(), StandardCharsets.UTF_8);
    }

    static void send(DatagramSocket s, String msg, InetSocketAddress to) throws IOException {
        byte[] b = msg.getBytes(StandardCharsets.UTF_8);
        s.send(new DatagramPacket(b, b.length, to));
    }

    public static void main(String[] args) throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        DatagramSocket server = new DatagramSocket(0, loopback);
        InetSocketAddress serverAddr = new InetSocketAddress(loopback, server.getLocalPort());
        System.out.println("server bound: " + server.isBound() + " connected: " + server.isConnected()
                + " port>0: " + (server.getLocalPort() > 0) + " local " + server.getLocalAddress());

        Thread collector = new Thread(() -> {
            byte[] buf = new byte[64];
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                while (true) {
                    server.receive(p);
                    String line = text(p);
                    String reply;
                    if (line.equals("dump")) {
                        reply = "counters=" + counters + " gauges=" + gauges;
                    } else if (line.equals("stop")) {
                        send(server, "bye", (InetSocketAddress) p.getSocketAddress());
                        break;
                    } else {
                        String[] parts = line.split("[:|]");
                        if (parts.length != 3) {
                            reply = "bad " + p.getLength() + " bytes: " + line;
                        } else {
                            long v = Long.parseLong(parts[1]);
                            if (parts[2].equals("c")) {
                                counters.merge(parts[0], v, Long::sum);
                            } else {
                                gauges.put(parts[0], v);
                            }
                            reply = "ok " + parts[0];
                        }
                    }
                    byte[] r = reply.getBytes(StandardCharsets.UTF_8);
                    server.send(new DatagramPacket(r, r.length, p.getAddress(), p.getPort()));
                    p.setLength(buf.length); // receive up to the whole buffer again
                }
            } catch (IOException e) {
                System.out.println("collector failed: " + e);
            }
        });
        collector.start();

        DatagramSocket agent = new DatagramSocket();
        agent.setSoTimeout(5000);
        String[] metrics = {
            "requests:1|c", "requests:4|c", "heap_mb:120|g", "errors:1|c", "heap_mb:96|g",
            "this-line-is-far-too-long-for-the-collector-buffer-of-sixty-four-bytes:1|c", "requests:2|c",
        };
        byte[] rbuf = new byte[256];
        for (String m : metrics) {
            send(agent, m, serverAddr);
            DatagramPacket ack = new DatagramPacket(rbuf, rbuf.length);
            agent.receive(ack);
            System.out.println(m.length() + " -> " + text(ack) + " (from server: "
                    + (ack.getPort() == server.getLocalPort()) + ")");
        }

        // A connected agent: only the collector may talk to it.
        DatagramSocket connected = new DatagramSocket();
        connected.connect(serverAddr);
        System.out.println("connected: " + connected.isConnected() + " to port "
                + (connected.getPort() == server.getLocalPort()) + " remote " + connected.getInetAddress());
        DatagramSocket stranger = new DatagramSocket();
        send(stranger, "noise from a stranger", new InetSocketAddress(loopback, connected.getLocalPort()));
        byte[] dump = "dump".getBytes(StandardCharsets.UTF_8);
        connected.send(new DatagramPacket(dump, dump.length));
        DatagramPacket report = new DatagramPacket(new byte[512], 512);
        connected.setSoTimeout(5000);
        connected.receive(report);
        System.out.println("report: " + text(report));
        try {
            connected.send(new DatagramPacket(dump, dump.length, loopback, 9));
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        connected.disconnect();
        System.out.println("after disconnect: " + connected.isConnected() + " " + connected.getPort());

        // Nothing arrives: the receive times out.
        DatagramSocket quiet = new DatagramSocket(new InetSocketAddress(loopback, 0));
        quiet.setSoTimeout(150);
        try {
            quiet.receive(new DatagramPacket(new byte[8], 8));
        } catch (SocketTimeoutException e) {
            System.out.println("SocketTimeoutException: " + e.getMessage());
        }

        // Closing a socket another thread is receiving on wakes it with an exception.
        quiet.setSoTimeout(0);
        Thread blocked = new Thread(() -> {
            try {
                quiet.receive(new DatagramPacket(new byte[8], 8));
                System.out.println("received?");
            } catch (SocketException e) {
                System.out.println("blocked receiver: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (IOException e) {
                System.out.println("other: " + e);
            }
        });
        blocked.start();
        Thread.sleep(200);
        quiet.close();
        blocked.join();
        System.out.println("quiet closed: " + quiet.isClosed() + " port " + quiet.getLocalPort() + " address " + quiet.getLocalAddress());
        try {
            quiet.send(new DatagramPacket(dump, dump.length, serverAddr));
        } catch (SocketException e) {
            System.out.println("SocketException: " + e.getMessage());
        }

        DatagramPacket p = new DatagramPacket(new byte[10], 2, 5);
        System.out.println("packet offset " + p.getOffset() + " length " + p.getLength() + " port " + p.getPort() + " address " + p.getAddress());
        for (Runnable bad : new Runnable[] {() -> new DatagramPacket(new byte[4], 2, 3), () -> p.setPort(70000), () -> p.setLength(9)}) {
            try {
                bad.run();
            } catch (IllegalArgumentException e) {
                System.out.println("IllegalArgumentException: " + e.getMessage());
            }
        }
        try {
            new DatagramSocket(server.getLocalPort(), loopback);
        } catch (SocketException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }

        send(agent, "stop", serverAddr);
        DatagramPacket bye = new DatagramPacket(rbuf, rbuf.length);
        agent.receive(bye);
        System.out.println("server said " + text(bye));
        collector.join();
        agent.close();
        connected.close();
        stranger.close();
        server.close();
        System.out.println("done; counters " + counters + " gauges " + gauges);
    }
}
