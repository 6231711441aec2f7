import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.Channels;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * A catalogue of channel misuses a code reviewer keeps seeing (options set to null, I/O on a
 * closed channel, stream adapters fed bad ranges), each run and classified by the exception the
 * platform answers with, then summarised by exception type.
 */
public class NioMisuseCatalog {
    interface Case {
        Object run() throws Exception;
    }

    private static final Map<String, List<String>> BY_OUTCOME = new LinkedHashMap<>();

    static void check(String what, Case c) {
        String outcome;
        try {
            Object r = c.run();
            outcome = "ok" + (r instanceof Number || r instanceof Boolean ? " " + r : "");
        } catch (Exception e) {
            outcome = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        System.out.printf("%-44s %s%n", what, outcome);
        BY_OUTCOME.computeIfAbsent(outcome.split(":")[0], k -> new ArrayList<>()).add(what);
    }

    public static void main(String[] args) throws Exception {
        System.out.println("== options");
        try (SocketChannel s = SocketChannel.open(); ServerSocketChannel ss = ServerSocketChannel.open();
                DatagramChannel d = DatagramChannel.open()) {
            check("socket: TCP_NODELAY = null", () -> s.setOption(StandardSocketOptions.TCP_NODELAY, null));
            check("server: SO_REUSEADDR = null", () -> ss.setOption(StandardSocketOptions.SO_REUSEADDR, null));
            check("datagram: SO_RCVBUF = null", () -> d.setOption(StandardSocketOptions.SO_RCVBUF, null));
            check("datagram: TCP_NODELAY", () -> d.getOption(StandardSocketOptions.TCP_NODELAY));
            check("server: TCP_NODELAY", () -> ss.setOption(StandardSocketOptions.TCP_NODELAY, true));
            s.close();
            ss.close();
            d.close();
            check("closed socket: TCP_NODELAY = null", () -> s.setOption(StandardSocketOptions.TCP_NODELAY, null));
            check("closed socket: TCP_NODELAY = true", () -> s.setOption(StandardSocketOptions.TCP_NODELAY, true));
            check("closed server: SO_REUSEADDR = null", () -> ss.setOption(StandardSocketOptions.SO_REUSEADDR, null));
            check("closed datagram: get SO_RCVBUF", () -> d.getOption(StandardSocketOptions.SO_RCVBUF));
        }

        System.out.println("== I/O after close");
        for (boolean blocking : new boolean[] {true, false}) {
            String mode = blocking ? "blocking" : "non-blocking";
            DatagramChannel d = DatagramChannel.open();
            d.configureBlocking(blocking);
            d.connect(new InetSocketAddress("127.0.0.1", 9));
            ServerSocketChannel ss = ServerSocketChannel.open();
            ss.configureBlocking(blocking);
            SocketChannel s = SocketChannel.open();
            s.configureBlocking(blocking);
            d.close();
            ss.close();
            s.close();
            ByteBuffer bb = ByteBuffer.allocate(8);
            check(mode + " datagram read", () -> d.read(bb));
            check(mode + " datagram write", () -> d.write(bb));
            check(mode + " datagram receive", () -> d.receive(bb));
            check(mode + " datagram send", () -> d.send(bb, new InetSocketAddress("127.0.0.1", 9)));
            check(mode + " server accept", () -> ss.accept());
            check(mode + " socket read", () -> s.read(bb));
            check(mode + " socket shutdownOutput", () -> s.shutdownOutput());
        }

        System.out.println("== stream adapters");
        Pipe pipe = Pipe.open();
        OutputStream out = Channels.newOutputStream(pipe.sink());
        InputStream in = Channels.newInputStream(pipe.source());
        byte[] data = "0123456789".getBytes();
        check("pipe out: write(data, 8, 5)", () -> { out.write(data, 8, 5); return null; });
        check("pipe out: write(data, -1, 0)", () -> { out.write(data, -1, 0); return null; });
        check("pipe out: write(data, 0, 10)", () -> { out.write(data, 0, 10); return null; });
        check("pipe in: read(buf, 8, 5)", () -> in.read(new byte[10], 8, 5));
        byte[] got = new byte[10];
        check("pipe in: read(got, 0, 4)", () -> in.read(got, 0, 4));
        check("pipe in: read(got, 6, 4) same array", () -> in.read(got, 6, 4));

        try (AsynchronousServerSocketChannel server = AsynchronousServerSocketChannel.open()
                .bind(new InetSocketAddress("127.0.0.1", 0));
                AsynchronousSocketChannel client = AsynchronousSocketChannel.open()) {
            Future<AsynchronousSocketChannel> accepted = server.accept();
            client.connect(server.getLocalAddress()).get();
            try (AsynchronousSocketChannel peer = accepted.get()) {
                OutputStream aout = Channels.newOutputStream(client);
                InputStream ain = Channels.newInputStream(peer);
                check("async out: write(data, 8, 5)", () -> { aout.write(data, 8, 5); return null; });
                check("async out: write(data, 0, 6)", () -> { aout.write(data, 0, 6); return null; });
                check("async in: read(buf, 8, 5)", () -> ain.read(new byte[10], 8, 5));
                byte[] abuf = new byte[10];
                check("async in: read(abuf, 0, 2)", () -> ain.read(abuf, 0, 2));
                check("async in: read(abuf, 1, 2) same array", () -> ain.read(abuf, 1, 2));
                check("async in: read(abuf, 5, 2) past last end", () -> ain.read(abuf, 5, 2));
            }
        }

        System.out.println("== summary");
        for (Map.Entry<String, List<String>> e : BY_OUTCOME.entrySet()) {
            System.out.println(e.getKey() + " x" + e.getValue().size());
        }
    }
}
