import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tiny non-blocking HTTP/1.0 server (one selector thread) and a client in the main thread that
 * talks to it over blocking SocketChannels: each request is parsed when its header is complete,
 * routed, answered with a Content-Length, and the connection is closed. The server stops when the
 * main thread calls wakeup() after setting a flag.
 */
public class NioHttpExchange {
    static volatile boolean stopping;

    static final Map<String, String> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("/", "<h1>index</h1>");
        ROUTES.put("/hello", "Hello, NIO!");
        ROUTES.put("/numbers", "1 2 3 5 8 13 21 34");
    }

    static final class Conn {
        final ByteBuffer in = ByteBuffer.allocate(4096);
        ByteBuffer out;
    }

    static String respond(String request) {
        String[] lines = request.split("\r\n");
        String[] first = lines[0].split(" ");
        if (first.length != 3 || !first[2].startsWith("HTTP/")) {
            return reply(400, "Bad Request", "malformed request line");
        }
        String method = first[0];
        String path = first[1];
        String body = ROUTES.get(path);
        if (path.startsWith("/echo/")) {
            body = path.substring(6).replace('_', ' ');
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return reply(405, "Method Not Allowed", "only GET and HEAD");
        }
        if (body == null) {
            return reply(404, "Not Found", "no route for " + path);
        }
        String r = reply(200, "OK", body);
        return method.equals("HEAD") ? r.substring(0, r.indexOf("\r\n\r\n") + 4) : r;
    }

    static String reply(int code, String reason, String body) {
        return "HTTP/1.0 " + code + " " + reason + "\r\nContent-Type: text/plain\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    static void serve(Selector selector, ServerSocketChannel server) throws IOException {
        int served = 0;
        while (!stopping) {
            selector.select();
            Iterator<SelectionKey> it = selector.selectedKeys().iterator();
            while (it.hasNext()) {
                SelectionKey key = it.next();
                it.remove();
                if (key.isAcceptable()) {
                    SocketChannel ch = server.accept();
                    if (ch != null) {
                        ch.configureBlocking(false);
                        ch.register(selector, SelectionKey.OP_READ, new Conn());
                    }
                    continue;
                }
                SocketChannel ch = (SocketChannel) key.channel();
                Conn c = (Conn) key.attachment();
                if (key.isReadable()) {
                    int n = ch.read(c.in);
                    String text = new String(c.in.array(), 0, c.in.position(), StandardCharsets.UTF_8);
                    if (text.contains("\r\n\r\n")) {
                        c.out = ByteBuffer.wrap(respond(text).getBytes(StandardCharsets.UTF_8));
                        key.interestOps(SelectionKey.OP_WRITE);
                    } else if (n < 0) {
                        key.cancel();
                        ch.close();
                    }
                } else if (key.isWritable()) {
                    ch.write(c.out);
                    if (!c.out.hasRemaining()) {
                        key.cancel();
                        ch.close();
                        served++;
                    }
                }
            }
        }
        System.out.println("server: stopping after " + served + " responses");
        server.close();
        selector.close();
    }

    static String fetch(SocketAddress addr, String request) throws IOException {
        try (SocketChannel ch = SocketChannel.open(addr)) {
            ch.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.UTF_8)));
            ByteBuffer buf = ByteBuffer.allocate(256);
            StringBuilder sb = new StringBuilder();
            while (ch.read(buf) >= 0) {
                buf.flip();
                sb.append(StandardCharsets.UTF_8.decode(buf));
                buf.clear();
            }
            return sb.toString();
        }
    }

    public static void main(String[] args) throws Exception {
        Selector selector = Selector.open();
        ServerSocketChannel server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        SocketAddress addr = server.getLocalAddress();
        Thread t = new Thread(() -> {
            try {
                serve(selector, server);
            } catch (IOException e) {
                System.out.println("server failed: " + e);
            }
        }, "http-selector");
        t.start();

        String[] requests = {
            "GET / HTTP/1.0\r\n\r\n",
            "GET /hello HTTP/1.0\r\nUser-Agent: nio-test\r\n\r\n",
            "GET /numbers HTTP/1.0\r\n\r\n",
            "HEAD /hello HTTP/1.0\r\n\r\n",
            "GET /echo/spaces_are_underscores HTTP/1.0\r\n\r\n",
            "POST /hello HTTP/1.0\r\nContent-Length: 0\r\n\r\n",
            "GET /missing HTTP/1.0\r\n\r\n",
            "NONSENSE\r\n\r\n",
        };
        for (String r : requests) {
            String resp = fetch(addr, r);
            System.out.println(">>> " + r.substring(0, r.indexOf("\r\n")));
            for (String line : resp.split("\r\n")) {
                System.out.println("    " + line);
            }
        }
        stopping = true;
        selector.wakeup();
        t.join();
        System.out.println("main: server thread finished, selector open=" + selector.isOpen());
    }
}
