import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A record server on blocking NIO channels: clients send length-prefixed records (a 4-byte
 * length, then UTF-8 text) through ByteBuffers; the server answers each with a checksum record,
 * and after the client half-closes, a summary. Also exercises the channels' state errors.
 */
public class NioRecordServer {
    static String hidePorts(Object o) {
        return String.valueOf(o).replaceAll(":\\d+", ":PORT");
    }

    static void writeRecord(SocketChannel ch, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.allocate(4 + body.length);
        buf.putInt(body.length).put(body).flip();
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    /** Reads exactly buf.remaining() bytes; false at a clean end of stream before the first one. */
    static boolean readFully(SocketChannel ch, ByteBuffer buf) throws IOException {
        boolean any = false;
        while (buf.hasRemaining()) {
            int n = ch.read(buf);
            if (n < 0) {
                if (!any) {
                    return false;
                }
                throw new IOException("truncated record");
            }
            any |= n > 0;
        }
        return true;
    }

    static String readRecord(SocketChannel ch) throws IOException {
        ByteBuffer len = ByteBuffer.allocate(4);
        if (!readFully(ch, len)) {
            return null;
        }
        len.flip();
        ByteBuffer body = ByteBuffer.allocateDirect(len.getInt());
        readFully(ch, body);
        body.flip();
        byte[] bytes = new byte[body.remaining()];
        body.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        ServerSocketChannel server = ServerSocketChannel.open();
        System.out.println("new server: " + server + " open " + server.isOpen() + " blocking " + server.isBlocking());
        try {
            server.accept();
        } catch (NotYetBoundException e) {
            System.out.println("accept before bind: " + e.getClass().getSimpleName());
        }
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        System.out.println("bound: " + hidePorts(server) + " local " + hidePorts(server.getLocalAddress()));
        try {
            server.bind(null);
        } catch (AlreadyBoundException e) {
            System.out.println("bind twice: " + e.getClass().getSimpleName());
        }
        int port = server.socket().getLocalPort();

        List<String> log = new ArrayList<>();
        Thread serving = new Thread(() -> {
            try {
                for (int c = 0; c < 2; c++) {
                    try (SocketChannel ch = server.accept()) {
                        int records = 0;
                        long bytes = 0;
                        String rec;
                        while ((rec = readRecord(ch)) != null) {
                            records++;
                            bytes += rec.length();
                            int sum = 0;
                            for (char x : rec.toCharArray()) {
                                sum = (sum * 31 + x) & 0xFFFF;
                            }
                            writeRecord(ch, rec.toUpperCase() + " #" + Integer.toHexString(sum));
                        }
                        writeRecord(ch, "summary records=" + records + " chars=" + bytes);
                        synchronized (log) {
                            log.add("client " + c + " done, connected " + ch.isConnected());
                        }
                    }
                }
                server.accept(); // the main thread closes the server while this waits
            } catch (AsynchronousCloseException e) {
                synchronized (log) {
                    log.add("accept woken by close: " + e.getClass().getSimpleName());
                }
            } catch (IOException e) {
                synchronized (log) {
                    log.add("server failed: " + e);
                }
            }
        });
        serving.start();

        for (int c = 0; c < 2; c++) {
            SocketChannel ch = SocketChannel.open();
            try {
                ch.read(ByteBuffer.allocate(1));
            } catch (NotYetConnectedException e) {
                System.out.println("read before connect: " + e.getClass().getSimpleName());
            }
            System.out.println("connect: " + ch.connect(new InetSocketAddress("127.0.0.1", port)) + " finish "
                    + ch.finishConnect() + " pending " + ch.isConnectionPending());
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            System.out.println("  " + hidePorts(ch) + " nodelay " + ch.getOption(StandardSocketOptions.TCP_NODELAY)
                    + " remote " + hidePorts(ch.getRemoteAddress()));
            try {
                ch.connect(new InetSocketAddress("127.0.0.1", port));
            } catch (AlreadyConnectedException e) {
                System.out.println("  connect twice: " + e.getClass().getSimpleName());
            }
            String[] records = c == 0 ? new String[] {"alpha", "beta gamma", ""} : new String[] {"x".repeat(70000), "tail"};
            for (String r : records) {
                writeRecord(ch, r);
                String reply = readRecord(ch);
                System.out.println("  sent " + r.length() + " chars, reply " + (reply.length() > 40 ? reply.substring(0, 10) + "...(" + reply.length() + ")" : reply));
            }
            ch.shutdownOutput();
            System.out.println("  after shutdownOutput: " + hidePorts(ch));
            try {
                ch.write(ByteBuffer.wrap(new byte[] {1}));
            } catch (ClosedChannelException e) {
                System.out.println("  write after shutdown: " + e.getClass().getSimpleName());
            }
            System.out.println("  " + readRecord(ch));
            System.out.println("  then end of stream: " + ch.read(ByteBuffer.allocate(8)));
            ch.close();
            System.out.println("  closed: " + ch + " open " + ch.isOpen());
            try {
                ch.read(ByteBuffer.allocate(8));
            } catch (ClosedChannelException e) {
                System.out.println("  read after close: " + e.getClass().getSimpleName());
            }
        }

        // Close the server while its thread waits in accept().
        Thread.sleep(100);
        server.close();
        serving.join();
        synchronized (log) {
            log.forEach(System.out::println);
        }
        System.out.println("server closed: " + server);

        try (SocketChannel refused = SocketChannel.open()) {
            refused.connect(new InetSocketAddress("127.0.0.1", port));
        } catch (ConnectException e) {
            System.out.println("connect to closed port: " + e.getMessage());
        }
        try {
            SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
        } catch (ConnectException e) {
            System.out.println("open to closed port: " + e.getMessage());
        }

        // Gathering write and scattering read on one more connection, accepted by hand.
        ServerSocketChannel pair = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        SocketChannel a = SocketChannel.open(pair.getLocalAddress());
        SocketChannel b = pair.accept();
        ByteBuffer[] out = {ByteBuffer.wrap("head:".getBytes(StandardCharsets.US_ASCII)), ByteBuffer.wrap("body".getBytes(StandardCharsets.US_ASCII))};
        System.out.println("gathered " + a.write(out));
        a.close();
        ByteBuffer h = ByteBuffer.allocate(5);
        ByteBuffer rest = ByteBuffer.allocate(16);
        long total = 0;
        long n;
        while ((n = b.read(new ByteBuffer[] {h, rest})) > 0) {
            total += n;
        }
        System.out.println("scattered " + total + ": " + new String(h.array(), 0, h.position(), StandardCharsets.US_ASCII)
                + " | " + new String(rest.array(), 0, rest.position(), StandardCharsets.US_ASCII) + " last " + n);
        b.close();
        pair.close();
    }
}
