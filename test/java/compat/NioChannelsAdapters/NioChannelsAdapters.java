import java.io.*;
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.*;
import java.util.*;

/**
 * A small "report pipeline" that moves data between streams and channels with
 * java.nio.channels.Channels: a CSV report is written through a channel-backed Writer, read back
 * through a channel-backed Reader, copied stream-to-channel and channel-to-stream, and sent over
 * a Pipe and a socket pair with stream adapters. Then the adapters' rules (blocking mode, nulls,
 * closed channels, unknown charsets).
 */
public class NioChannelsAdapters {
    static long copy(ReadableByteChannel in, WritableByteChannel out) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(7); // small on purpose: many partial transfers
        long total = 0;
        while (in.read(buf) >= 0 || buf.position() > 0) {
            buf.flip();
            total += out.write(buf);
            buf.compact();
        }
        return total;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("adapters");
        Path report = dir.resolve("report.csv");
        String[][] rows = {
            {"region", "units", "revenue"},
            {"north", "120", "1440.50"},
            {"south", "75", "830.00"},
            {"east", "210", "2525.75"},
            {"west \u00e9t\u00e9", "33", "99.99"},
        };

        try (FileChannel fc = FileChannel.open(report, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             Writer w = Channels.newWriter(fc, StandardCharsets.UTF_8)) {
            for (String[] row : rows) {
                w.write(String.join(",", row));
                w.write('\n');
            }
        }
        System.out.println("report bytes: " + Files.size(report));

        double revenue = 0;
        int units = 0;
        try (FileChannel fc = FileChannel.open(report);
             BufferedReader r = new BufferedReader(Channels.newReader(fc, "UTF-8"))) {
            String header = r.readLine();
            System.out.println("header: " + header);
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(",");
                units += Integer.parseInt(f[1]);
                revenue += Double.parseDouble(f[2]);
                System.out.println("  " + f[0] + " (" + f[0].length() + " chars)");
            }
        }
        System.out.printf("units=%d revenue=%.2f%n", units, revenue);

        // channel -> stream: available() counts what is left of a seekable channel
        try (FileChannel fc = FileChannel.open(report)) {
            InputStream in = Channels.newInputStream(fc);
            System.out.println("available at start: " + in.available());
            byte[] first = new byte[6];
            System.out.println("read " + in.read(first) + " bytes: " + new String(first, StandardCharsets.US_ASCII));
            System.out.println("available now: " + in.available() + ", position: " + fc.position());
            System.out.println("single byte: " + (char) in.read());
            in.close();
            System.out.println("closing the stream closes the channel: " + !fc.isOpen());
        }

        // stream -> channel and back, in small pieces
        byte[] data = Files.readAllBytes(report);
        ReadableByteChannel src = Channels.newChannel(new ByteArrayInputStream(data));
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        WritableByteChannel dst = Channels.newChannel(sink);
        System.out.println("copied " + copy(src, dst) + " bytes, equal: " + Arrays.equals(data, sink.toByteArray()));
        System.out.println("source open: " + src.isOpen());
        src.close();
        try {
            src.read(ByteBuffer.allocate(1));
        } catch (ClosedChannelException e) {
            System.out.println("read after close: " + e);
        }
        FileInputStream fis = new FileInputStream(report.toFile());
        ReadableByteChannel fileCh = Channels.newChannel(fis);
        System.out.println("a FileInputStream gives its own channel: " + (fileCh == fis.getChannel()));
        fis.close();

        // pipe: a stream over the sink, a channel reader over the source
        Pipe pipe = Pipe.open();
        Thread producer = new Thread(() -> {
            try (PrintStream ps = new PrintStream(Channels.newOutputStream(pipe.sink()), true, "UTF-8")) {
                for (int i = 1; i <= 3; i++) {
                    ps.println("tick " + i);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        producer.start();
        BufferedReader pr = new BufferedReader(Channels.newReader(pipe.source(), StandardCharsets.UTF_8));
        for (String line; (line = pr.readLine()) != null; ) {
            System.out.println("pipe: " + line);
        }
        producer.join();

        // non-blocking channels are refused by the stream adapters
        Pipe p2 = Pipe.open();
        p2.source().configureBlocking(false);
        p2.sink().configureBlocking(false);
        try {
            Channels.newInputStream(p2.source()).read();
        } catch (IllegalBlockingModeException e) {
            System.out.println("stream over non-blocking source: " + e);
        }
        try {
            Channels.newOutputStream(p2.sink()).write(1);
        } catch (IllegalBlockingModeException e) {
            System.out.println("stream over non-blocking sink: " + e);
        }
        p2.source().close();
        p2.sink().close();

        // socket adaptors know their channels
        try (ServerSocketChannel ssc = ServerSocketChannel.open()) {
            ssc.bind(new InetSocketAddress("127.0.0.1", 0));
            System.out.println("server socket's channel: " + (ssc.socket().getChannel() == ssc));
            SocketChannel client = SocketChannel.open(ssc.getLocalAddress());
            SocketChannel served = ssc.accept();
            System.out.println("client socket's channel: " + (client.socket().getChannel() == client));
            System.out.println("accepted socket's channel: " + (served.socket().getChannel() == served));
            Writer cw = new OutputStreamWriter(Channels.newOutputStream(client), StandardCharsets.UTF_8);
            cw.write("GET /report\n");
            cw.flush();
            BufferedReader sr = new BufferedReader(new InputStreamReader(Channels.newInputStream(served), StandardCharsets.UTF_8));
            System.out.println("server read: " + sr.readLine());
            client.close();
            System.out.println("then: " + sr.readLine());
            served.close();
        }
        try (DatagramChannel dc = DatagramChannel.open()) {
            System.out.println("datagram socket's channel: " + (dc.socket().getChannel() == dc));
        }
        System.out.println("plain socket's channel: " + new Socket().getChannel());
        System.out.println("plain server socket's channel: " + new ServerSocket().getChannel());

        // argument checks
        try {
            Channels.newChannel((InputStream) null);
        } catch (NullPointerException e) {
            System.out.println("newChannel(null): " + e.getMessage());
        }
        try {
            Channels.newInputStream((ReadableByteChannel) null);
        } catch (NullPointerException e) {
            System.out.println("newInputStream(null): " + e.getMessage());
        }
        try {
            Channels.newReader(Channels.newChannel(new ByteArrayInputStream(data)), "NO-SUCH-CHARSET");
        } catch (UnsupportedCharsetException e) {
            System.out.println("unknown charset: " + e);
        }
        try {
            Channels.newWriter(dst, (String) null);
        } catch (NullPointerException e) {
            System.out.println("null charset name: " + e.getMessage());
        }
        try {
            Channels.newInputStream(Channels.newChannel(new ByteArrayInputStream(data))).read(new byte[4], 3, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("bad range: " + e.getMessage());
        }

        Files.delete(report);
        Files.delete(dir);
        System.out.println("done");
    }
}
