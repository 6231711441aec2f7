import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tiny HTTP/1.0 server (one request per connection, handled on a worker thread) and a client
 * that sends hand-written requests and parses the responses: status line, headers, body.
 */
public class NetHttpServer {
    static final Map<String, String> notes = new TreeMap<>();

    /** Reads a CRLF- or LF-terminated line of ISO-8859-1 text, or null at end of stream. */
    static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') return sb.toString();
            if (b != '\r') sb.append((char) b);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    static byte[] readBody(InputStream in, int length) throws IOException {
        byte[] body = new byte[length];
        int off = 0;
        while (off < length) {
            int n = in.read(body, off, length - off);
            if (n < 0) throw new IOException("body truncated at " + off + " of " + length);
            off += n;
        }
        return body;
    }

    /** Splits on a single character, keeping empty fields. */
    static java.util.List<String> split(String s, char sep) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == sep) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        return out;
    }

    static Map<String, String> query(String q) {
        Map<String, String> params = new TreeMap<>();
        if (q == null || q.isEmpty()) return params;
        for (String pair : split(q, '&')) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return params;
    }

    static void respond(OutputStream out, int status, String reason, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.0 " + status + " " + reason + "\r\n"
            + "Server: TinyHttp/0.1\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: " + bytes.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    static void handle(Socket socket) throws IOException {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            String requestLine = readLine(in);
            if (requestLine == null) return;
            java.util.List<String> parts = split(requestLine, ' ');
            if (parts.size() != 3 || !parts.get(2).startsWith("HTTP/")) {
                respond(out, 400, "Bad Request", "malformed request line\n");
                return;
            }
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            String line;
            while ((line = readLine(in)) != null && !line.isEmpty()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
            String method = parts.get(0), target = parts.get(1);
            int qm = target.indexOf('?');
            String path = qm < 0 ? target : target.substring(0, qm);
            Map<String, String> params = query(qm < 0 ? null : target.substring(qm + 1));
            if (method.equals("GET") && path.equals("/")) {
                respond(out, 200, "OK", "welcome; agent=" + headers.get("user-agent") + "\n");
            } else if (method.equals("GET") && path.equals("/greet")) {
                respond(out, 200, "OK", "Hello, " + params.getOrDefault("name", "stranger") + "!\n");
            } else if (method.equals("POST") && path.equals("/notes")) {
                int length = Integer.parseInt(headers.getOrDefault("Content-Length", "0"));
                String text = new String(readBody(in, length), StandardCharsets.UTF_8);
                synchronized (notes) {
                    notes.put(params.get("id"), text);
                }
                respond(out, 201, "Created", "stored " + length + " bytes as " + params.get("id") + "\n");
            } else if (method.equals("GET") && path.equals("/notes")) {
                synchronized (notes) {
                    respond(out, 200, "OK", String.join("\n", notes.keySet()) + "\n");
                }
            } else if (path.equals("/notes") || path.equals("/") || path.equals("/greet")) {
                respond(out, 405, "Method Not Allowed", method + " not allowed on " + path + "\n");
            } else {
                respond(out, 404, "Not Found", "no such resource: " + path + "\n");
            }
        }
    }

    static void request(int port, String method, String target, String body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            StringBuilder req = new StringBuilder(method + " " + target + " HTTP/1.0\r\nUser-Agent: mini-client\r\n");
            byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) req.append("Content-Length: ").append(payload.length).append("\r\n");
            req.append("\r\n");
            out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(payload);
            out.flush();
            InputStream in = socket.getInputStream();
            String status = readLine(in);
            Map<String, String> headers = new TreeMap<>();
            String line;
            while ((line = readLine(in)) != null && !line.isEmpty()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon), line.substring(colon + 1).trim());
            }
            byte[] content = readBody(in, Integer.parseInt(headers.get("Content-Length")));
            boolean eof = in.read() == -1;
            System.out.println(method + " " + target + " -> " + status);
            for (Map.Entry<String, String> h : headers.entrySet()) System.out.println("  " + h.getKey() + ": " + h.getValue());
            System.out.print("  | " + new String(content, StandardCharsets.UTF_8).replace("\n", "\n  | "));
            System.out.println("(closed by server: " + eof + ")");
        }
    }

    public static void main(String[] args) throws Exception {
        ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        int port = server.getLocalPort();
        Thread acceptor = new Thread(() -> {
            while (true) {
                try {
                    Socket s = server.accept();
                    Thread worker = new Thread(() -> {
                        try {
                            handle(s);
                        } catch (IOException e) {
                            System.out.println("worker: " + e);
                        }
                    });
                    worker.start();
                    worker.join();
                } catch (IOException e) {
                    // Woken by close() ("Socket closed") or called after it ("Socket is closed").
                    System.out.println("server stopped, closed=" + server.isClosed());
                    return;
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        acceptor.start();

        request(port, "GET", "/", null);
        request(port, "GET", "/greet?name=" + URLEncoder.encode("Ana Mar\u00eda & co", StandardCharsets.UTF_8), null);
        request(port, "GET", "/greet", null);
        request(port, "POST", "/notes?id=todo", "buy milk\nfix the \u00fcber-bug\n");
        request(port, "POST", "/notes?id=ideas", "a tiny http server");
        request(port, "GET", "/notes", null);
        request(port, "DELETE", "/notes", null);
        request(port, "GET", "/missing/page", null);
        request(port, "BREW", "coffee", null);
        server.close();
        acceptor.join();
    }
}
