import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A line echo server with a thread per connection and several concurrent clients. Each client
 * sends a few lines, checks the echoes and reports; the reports are printed in client order.
 */
public class NetEchoServer {
    static final int CLIENTS = 5;
    static final AtomicInteger served = new AtomicInteger();
    static final AtomicInteger linesEchoed = new AtomicInteger();

    static void handle(Socket s) {
        try (Socket socket = s;
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(socket.getOutputStream(), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.equals("BYE")) {
                    out.println("GOODBYE");
                    break;
                }
                out.println("echo: " + line);
                linesEchoed.incrementAndGet();
            }
            served.incrementAndGet();
        } catch (IOException e) {
            System.out.println("server error: " + e);
        }
    }

    static String runClient(int port, int id) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(socket.getOutputStream(), true)) {
            StringBuilder report = new StringBuilder("client " + id + ":");
            int ok = 0;
            for (int i = 0; i <= id; i++) {
                String msg = "message " + i + " from client " + id + (i % 2 == 0 ? " \u00e9t\u00e9" : "");
                out.println(msg);
                String reply = in.readLine();
                if (("echo: " + msg).equals(reply)) ok++;
                else report.append(" MISMATCH[").append(reply).append(']');
            }
            out.println("BYE");
            String last = in.readLine();
            report.append(' ').append(ok).append('/').append(id + 1).append(" echoed, then ").append(last);
            report.append(", eof=").append(in.readLine() == null);
            return report.toString();
        }
    }

    public static void main(String[] args) throws Exception {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        int port = server.getLocalPort();
        System.out.println("server bound: " + server.isBound() + ", port > 0: " + (port > 0));
        Thread acceptor = new Thread(() -> {
            List<Thread> handlers = new ArrayList<>();
            try {
                for (int i = 0; i < CLIENTS; i++) {
                    Socket s = server.accept();
                    Thread h = new Thread(() -> handle(s), "handler-" + i);
                    handlers.add(h);
                    h.start();
                }
                for (Thread h : handlers) h.join();
            } catch (IOException | InterruptedException e) {
                System.out.println("acceptor error: " + e);
            }
        }, "acceptor");
        acceptor.start();

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<String>> results = new ArrayList<>();
        for (int id = 0; id < CLIENTS; id++) {
            final int clientId = id;
            results.add(pool.submit(() -> runClient(port, clientId)));
        }
        for (Future<String> f : results) System.out.println(f.get());
        pool.shutdown();
        acceptor.join();
        server.close();
        System.out.println("connections served: " + served.get());
        System.out.println("lines echoed: " + linesEchoed.get());
        System.out.println("server closed: " + server.isClosed());
    }
}
