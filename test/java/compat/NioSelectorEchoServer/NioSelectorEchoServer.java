import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A single-threaded, selector-driven line echo server with its clients in the same event loop:
 * the server uppercases each line it gets, every client sends a few lines (in pieces) and checks
 * the replies. Everything is non-blocking; one Selector drives accept, connect, read and write.
 */
public class NioSelectorEchoServer {
    /** Per-connection state of the server side. */
    static final class Session {
        final StringBuilder pending = new StringBuilder();
        ByteBuffer out = ByteBuffer.allocate(0);
        int lines;
    }

    /** A client: its script, what it still has to send, what came back. */
    static final class Client {
        final int id;
        final List<String> script;
        final ByteBuffer toSend;
        final StringBuilder received = new StringBuilder();
        boolean done;

        Client(int id, List<String> script) {
            this.id = id;
            this.script = script;
            StringBuilder sb = new StringBuilder();
            for (String s : script) {
                sb.append(s).append('\n');
            }
            this.toSend = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
        }

        boolean complete() {
            return received.toString().split("\n", -1).length - 1 >= script.size();
        }
    }

    public static void main(String[] args) throws IOException {
        Selector selector = Selector.open();
        ServerSocketChannel server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        server.configureBlocking(false);
        SelectionKey serverKey = server.register(selector, SelectionKey.OP_ACCEPT);
        System.out.println("server registered, interest=" + serverKey.interestOps() + " valid=" + serverKey.isValid());

        List<Client> clients = new ArrayList<>();
        String[][] scripts = {
            {"hello world", "selectors are neat", "bye"},
            {"one", "two", "three", "four"},
            {"a longer line with several words in it to echo back"},
            {"mixed Case Input", "1234 digits", "end"},
        };
        for (int i = 0; i < scripts.length; i++) {
            Client c = new Client(i + 1, List.of(scripts[i]));
            clients.add(c);
            SocketChannel ch = SocketChannel.open();
            ch.configureBlocking(false);
            if (!ch.connect(server.getLocalAddress())) {
                ch.register(selector, SelectionKey.OP_CONNECT, c);
            } else {
                ch.register(selector, SelectionKey.OP_WRITE | SelectionKey.OP_READ, c);
            }
        }

        Map<Integer, Integer> serverLog = new TreeMap<>();
        int accepted = 0;
        int finished = 0;
        int sessionsClosed = 0;
        ByteBuffer buf = ByteBuffer.allocate(7); // small on purpose: lines arrive in pieces
        while (finished < clients.size() || sessionsClosed < clients.size()) {
            int n = selector.select(5000);
            if (n == 0 && selector.selectedKeys().isEmpty()) {
                System.out.println("timed out waiting");
                break;
            }
            Iterator<SelectionKey> it = selector.selectedKeys().iterator();
            while (it.hasNext()) {
                SelectionKey key = it.next();
                it.remove();
                if (!key.isValid()) {
                    continue;
                }
                if (key.isAcceptable()) {
                    SocketChannel s;
                    while ((s = server.accept()) != null) {
                        s.configureBlocking(false);
                        s.register(selector, SelectionKey.OP_READ, new Session());
                        accepted++;
                    }
                } else if (key.attachment() instanceof Session) {
                    Session session = (Session) key.attachment();
                    SocketChannel s = (SocketChannel) key.channel();
                    if (key.isReadable()) {
                        buf.clear();
                        int r = s.read(buf);
                        if (r < 0) {
                            serverLog.merge(session.lines, 1, Integer::sum);
                            key.cancel();
                            s.close();
                            sessionsClosed++;
                            continue;
                        }
                        buf.flip();
                        session.pending.append(StandardCharsets.UTF_8.decode(buf));
                        int nl;
                        StringBuilder reply = new StringBuilder();
                        while ((nl = session.pending.indexOf("\n")) >= 0) {
                            reply.append(session.pending.substring(0, nl).toUpperCase()).append('\n');
                            session.pending.delete(0, nl + 1);
                            session.lines++;
                        }
                        if (reply.length() > 0) {
                            ByteBuffer more = ByteBuffer.wrap(reply.toString().getBytes(StandardCharsets.UTF_8));
                            ByteBuffer joined = ByteBuffer.allocate(session.out.remaining() + more.remaining());
                            joined.put(session.out).put(more).flip();
                            session.out = joined;
                            key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                        }
                    }
                    if (key.isValid() && key.isWritable()) {
                        s.write(session.out);
                        if (!session.out.hasRemaining()) {
                            key.interestOps(SelectionKey.OP_READ);
                        }
                    }
                } else {
                    Client c = (Client) key.attachment();
                    SocketChannel ch = (SocketChannel) key.channel();
                    if (key.isConnectable()) {
                        if (ch.finishConnect()) {
                            key.interestOps(SelectionKey.OP_WRITE | SelectionKey.OP_READ);
                        }
                        continue;
                    }
                    if (key.isWritable()) {
                        // send at most 5 bytes per turn, so lines cross packet boundaries
                        ByteBuffer slice = c.toSend.duplicate();
                        slice.limit(Math.min(slice.limit(), slice.position() + 5));
                        int w = ch.write(slice);
                        c.toSend.position(c.toSend.position() + w);
                        if (!c.toSend.hasRemaining()) {
                            key.interestOps(SelectionKey.OP_READ);
                        }
                    }
                    if (key.isReadable()) {
                        buf.clear();
                        int r = ch.read(buf);
                        if (r > 0) {
                            buf.flip();
                            c.received.append(StandardCharsets.UTF_8.decode(buf));
                        }
                        if (c.complete() && !c.done) {
                            c.done = true;
                            finished++;
                            key.cancel();
                            ch.close();
                        }
                    }
                }
            }
        }
        System.out.println("accepted " + accepted + " connections");
        for (Client c : clients) {
            System.out.println("client " + c.id + ":");
            for (String line : c.received.toString().split("\n")) {
                System.out.println("  <- " + line);
            }
        }
        System.out.println("sessions by line count: " + serverLog);
        selector.selectNow();
        System.out.println("keys after selectNow: " + selector.keys().size());
        server.close();
        System.out.println("server key valid after close: " + serverKey.isValid());
        selector.close();
        System.out.println("selector open: " + selector.isOpen());
    }
}
