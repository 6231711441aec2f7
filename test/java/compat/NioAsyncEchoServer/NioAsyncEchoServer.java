import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;

/**
 * A line-oriented "shout" server written with asynchronous channels: the server side is a chain
 * of CompletionHandlers (accept -> read -> write -> read ...), the clients use Futures. Then the
 * usual mistakes a program makes with asynchronous channels, and what they throw.
 */
public class NioAsyncEchoServer {
    static final Map<Integer, List<String>> serverLog = new TreeMap<>();

    static final class Session {
        final int id;
        final AsynchronousSocketChannel ch;
        final ByteBuffer in = ByteBuffer.allocate(64);
        final StringBuilder pending = new StringBuilder();

        Session(int id, AsynchronousSocketChannel ch) {
            this.id = id;
            this.ch = ch;
        }

        void log(String s) {
            synchronized (serverLog) {
                serverLog.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
            }
        }

        void readMore() {
            in.clear();
            ch.read(in, this, new CompletionHandler<Integer, Session>() {
                public void completed(Integer n, Session s) {
                    if (n < 0) {
                        s.log("peer closed");
                        try { ch.close(); } catch (IOException e) { }
                        return;
                    }
                    in.flip();
                    pending.append(StandardCharsets.UTF_8.decode(in));
                    int nl = pending.indexOf("\n");
                    if (nl < 0) {
                        readMore();
                        return;
                    }
                    String line = pending.substring(0, nl);
                    pending.delete(0, nl + 1);
                    s.log("got '" + line + "'");
                    ByteBuffer out = ByteBuffer.wrap((line.toUpperCase() + "!\n").getBytes(StandardCharsets.UTF_8));
                    ch.write(out, s, new CompletionHandler<Integer, Session>() {
                        public void completed(Integer w, Session s2) {
                            if (out.hasRemaining()) { ch.write(out, s2, this); return; }
                            readMore();
                        }
                        public void failed(Throwable t, Session s2) { s2.log("write failed: " + t); }
                    });
                }
                public void failed(Throwable t, Session s) {
                    s.log("read failed: " + t.getClass().getSimpleName());
                }
            });
        }
    }

    static String request(AsynchronousSocketChannel c, String line) throws Exception {
        ByteBuffer out = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (out.hasRemaining()) {
            c.write(out).get();
        }
        ByteBuffer in = ByteBuffer.allocate(128);
        StringBuilder sb = new StringBuilder();
        while (sb.indexOf("\n") < 0) {
            in.clear();
            int n = c.read(in).get(5, TimeUnit.SECONDS);
            if (n < 0) break;
            in.flip();
            sb.append(StandardCharsets.UTF_8.decode(in));
        }
        return sb.toString().trim();
    }

    public static void main(String[] args) throws Exception {
        AsynchronousServerSocketChannel server = AsynchronousServerSocketChannel.open()
                .bind(new InetSocketAddress("127.0.0.1", 0));
        int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
        System.out.println("server open: " + server.isOpen() + ", bound: " + (port > 0));
        CountDownLatch accepted = new CountDownLatch(3);
        int[] nextId = {1};
        server.accept(null, new CompletionHandler<AsynchronousSocketChannel, Void>() {
            public void completed(AsynchronousSocketChannel ch, Void v) {
                Session s = new Session(nextId[0]++, ch);
                s.log("accepted");
                accepted.countDown();
                if (accepted.getCount() > 0) server.accept(null, this);
                s.readMore();
            }
            public void failed(Throwable t, Void v) {
                System.out.println("accept failed: " + t);
            }
        });

        String[][] scripts = {
            {"hello", "async world"},
            {"one line only"},
            {"a", "b", "c"},
        };
        for (String[] script : scripts) {
            AsynchronousSocketChannel c = AsynchronousSocketChannel.open();
            Void v = c.connect(new InetSocketAddress("127.0.0.1", port)).get();
            System.out.println("connected: " + (v == null) + " remote port ok: "
                    + (((InetSocketAddress) c.getRemoteAddress()).getPort() == port));
            for (String line : script) {
                System.out.println("  " + line + " -> " + request(c, line));
            }
            c.shutdownOutput();
            ByteBuffer rest = ByteBuffer.allocate(8);
            System.out.println("  after shutdownOutput, server sends: " + c.read(rest).get());
            c.close();
        }
        accepted.await();
        Thread.sleep(200);
        synchronized (serverLog) {
            for (Map.Entry<Integer, List<String>> e : serverLog.entrySet()) {
                System.out.println("session " + e.getKey() + ": " + e.getValue());
            }
        }

        // --- mistakes ---
        AsynchronousSocketChannel fresh = AsynchronousSocketChannel.open();
        try {
            fresh.read(ByteBuffer.allocate(4));
        } catch (NotYetConnectedException e) {
            System.out.println("read before connect: " + e);
        }
        try {
            fresh.read(ByteBuffer.allocate(4).asReadOnlyBuffer());
        } catch (IllegalArgumentException e) {
            System.out.println("read into read-only buffer: " + e.getMessage());
        }
        fresh.close();
        try {
            fresh.read(ByteBuffer.allocate(4)).get();
        } catch (ExecutionException e) {
            System.out.println("read on closed channel: " + e.getCause());
        }

        Future<AsynchronousSocketChannel> pendingAccept = server.accept();
        try {
            server.accept();
        } catch (AcceptPendingException e) {
            System.out.println("second accept: " + e);
        }
        AsynchronousSocketChannel c = AsynchronousSocketChannel.open();
        c.connect(new InetSocketAddress("127.0.0.1", port)).get();
        AsynchronousSocketChannel peer = pendingAccept.get();
        Future<Integer> r1 = c.read(ByteBuffer.allocate(8));
        try {
            c.read(ByteBuffer.allocate(8));
        } catch (ReadPendingException e) {
            System.out.println("second read: " + e);
        }
        try {
            c.connect(new InetSocketAddress("127.0.0.1", port));
        } catch (AlreadyConnectedException e) {
            System.out.println("connect again: " + e);
        }
        // a read with a timeout that elapses; afterwards the channel refuses reads
        CompletableFuture<String> timedOut = new CompletableFuture<>();
        peer.read(ByteBuffer.allocate(8), 100, TimeUnit.MILLISECONDS, "t", new CompletionHandler<Integer, String>() {
            public void completed(Integer n, String a) { timedOut.complete(a + " completed " + n); }
            public void failed(Throwable t, String a) { timedOut.complete(a + " failed: " + t); }
        });
        System.out.println("timed read: " + timedOut.get());
        try {
            peer.read(ByteBuffer.allocate(8));
        } catch (IllegalStateException e) {
            System.out.println("read after timeout: " + e.getMessage());
        }
        c.close();
        try {
            r1.get();
        } catch (ExecutionException e) {
            System.out.println("pending read after close: " + e.getCause());
        }

        peer.close();

        // connecting to a port nobody listens on
        int deadPort;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            deadPort = probe.getLocalPort();
        }
        AsynchronousSocketChannel refused = AsynchronousSocketChannel.open();
        CompletableFuture<String> outcome = new CompletableFuture<>();
        refused.connect(new InetSocketAddress("127.0.0.1", deadPort), null, new CompletionHandler<Void, Void>() {
            public void completed(Void v, Void a) { outcome.complete("connected?"); }
            public void failed(Throwable t, Void a) { outcome.complete(t.toString()); }
        });
        System.out.println("connect to closed port: " + outcome.get() + ", channel open: " + refused.isOpen());

        // a group of our own: shut down, it refuses new channels and terminates
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AsynchronousChannelGroup group = AsynchronousChannelGroup.withThreadPool(pool);
        AsynchronousServerSocketChannel gs = AsynchronousServerSocketChannel.open(group)
                .bind(new InetSocketAddress("127.0.0.1", 0));
        Future<AsynchronousSocketChannel> never = gs.accept();
        group.shutdown();
        System.out.println("group shutdown: " + group.isShutdown() + ", terminated: " + group.isTerminated());
        try {
            AsynchronousSocketChannel.open(group);
        } catch (ShutdownChannelGroupException e) {
            System.out.println("open in shut-down group: " + e);
        }
        gs.close();
        try {
            never.get();
        } catch (ExecutionException e) {
            System.out.println("accept after close: " + e.getCause());
        }
        System.out.println("terminated in time: " + group.awaitTermination(5, TimeUnit.SECONDS));
        server.close();
        System.out.println("server open: " + server.isOpen());
    }
}
