import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * A toy name service over UDP: a selector thread answers "A name" queries from a table and
 * "STATS" with its counters; clients use connected DatagramChannels (write/read) and unconnected
 * ones (send/receive). A "QUIT" datagram stops the server.
 */
public class NioUdpNameService {
    static final Map<String, String> ZONE = new TreeMap<>();

    static {
        ZONE.put("alpha.test", "10.0.0.1");
        ZONE.put("beta.test", "10.0.0.2");
        ZONE.put("gamma.test", "10.0.7.40");
        ZONE.put("mail.beta.test", "10.0.0.25");
    }

    static String answer(String query, int[] stats) {
        String[] parts = query.trim().split("\\s+");
        if (parts.length == 2 && parts[0].equals("A")) {
            String ip = ZONE.get(parts[1].toLowerCase());
            if (ip == null) {
                stats[1]++;
                return "NXDOMAIN " + parts[1];
            }
            stats[0]++;
            return "A " + parts[1].toLowerCase() + " " + ip;
        }
        if (parts.length == 1 && parts[0].equals("STATS")) {
            return "STATS hits=" + stats[0] + " misses=" + stats[1] + " errors=" + stats[2];
        }
        stats[2]++;
        return "ERROR bad query: " + query.trim();
    }

    static void serve(DatagramChannel ch) throws IOException {
        Selector selector = Selector.open();
        ch.configureBlocking(false);
        SelectionKey key = ch.register(selector, SelectionKey.OP_READ);
        int[] stats = new int[3];
        ByteBuffer buf = ByteBuffer.allocate(512);
        boolean running = true;
        while (running) {
            selector.select();
            Iterator<SelectionKey> it = selector.selectedKeys().iterator();
            while (it.hasNext()) {
                it.next();
                it.remove();
                while (true) {
                    buf.clear();
                    SocketAddress from = ch.receive(buf);
                    if (from == null) {
                        break; // drained: back to select
                    }
                    buf.flip();
                    String q = StandardCharsets.UTF_8.decode(buf).toString();
                    if (q.equals("QUIT")) {
                        running = false;
                        ch.send(ByteBuffer.wrap("BYE".getBytes(StandardCharsets.UTF_8)), from);
                        break;
                    }
                    ch.send(ByteBuffer.wrap(answer(q, stats).getBytes(StandardCharsets.UTF_8)), from);
                }
            }
        }
        key.cancel();
        selector.close();
        ch.close();
    }

    static String ask(DatagramChannel ch, String q) throws IOException {
        ch.write(ByteBuffer.wrap(q.getBytes(StandardCharsets.UTF_8)));
        ByteBuffer buf = ByteBuffer.allocate(512);
        int n = ch.read(buf);
        buf.flip();
        return n + " bytes: " + StandardCharsets.UTF_8.decode(buf);
    }

    public static void main(String[] args) throws Exception {
        DatagramChannel server = DatagramChannel.open();
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        SocketAddress addr = server.getLocalAddress();
        Thread t = new Thread(() -> {
            try {
                serve(server);
            } catch (IOException e) {
                System.out.println("server failed: " + e);
            }
        });
        t.start();

        DatagramChannel client = DatagramChannel.open();
        try {
            client.read(ByteBuffer.allocate(10));
        } catch (NotYetConnectedException e) {
            System.out.println("read before connect: " + e.getClass().getSimpleName());
        }
        client.connect(addr);
        System.out.println("connected: " + client.isConnected() + ", to server: " + client.getRemoteAddress().equals(addr));
        for (String q : new String[] {"A alpha.test", "A BETA.test", "A nowhere.test", "A mail.beta.test", "HELLO there"}) {
            System.out.println(q + " -> " + ask(client, q));
        }

        // A second, unconnected client: send/receive name the peer each time.
        DatagramChannel other = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        other.configureBlocking(false);
        ByteBuffer none = ByteBuffer.allocate(64);
        System.out.println("non-blocking receive with nothing queued: " + other.receive(none));
        other.configureBlocking(true);
        other.send(ByteBuffer.wrap("A gamma.test".getBytes(StandardCharsets.UTF_8)), addr);
        ByteBuffer small = ByteBuffer.allocate(8);
        SocketAddress from = other.receive(small);
        small.flip();
        System.out.println("truncated reply from server=" + from.equals(addr) + ": '" + StandardCharsets.UTF_8.decode(small) + "'");

        System.out.println("STATS -> " + ask(client, "STATS"));
        System.out.println("QUIT -> " + ask(client, "QUIT"));
        t.join();
        client.disconnect();
        System.out.println("after disconnect: connected=" + client.isConnected() + " remote=" + client.getRemoteAddress());
        client.close();
        other.close();
        System.out.println("server open: " + server.isOpen());
    }
}
