import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A request-response key-value server (PUT/GET/DEL/INCR/KEYS/SIZE over text lines) served by a
 * thread pool, with concurrent clients working on their own keys and on a shared counter.
 */
public class NetKeyValueStore {
    static final ConcurrentHashMap<String, String> store = new ConcurrentHashMap<>();

    static String execute(String request) {
        String[] words = new String[3];
        int n = 0, start = 0;
        for (int i = 0; i <= request.length() && n < 3; i++) {
            if (i == request.length() || (request.charAt(i) == ' ' && n < 2)) {
                words[n++] = request.substring(start, i);
                start = i + 1;
            }
        }
        String cmd = words[0].toUpperCase();
        switch (cmd) {
            case "PUT":
                if (n < 3) return "ERR usage: PUT key value";
                String old = store.put(words[1], words[2]);
                return old == null ? "OK created" : "OK replaced " + old;
            case "GET":
                if (n < 2) return "ERR usage: GET key";
                String v = store.get(words[1]);
                return v == null ? "NIL" : "VALUE " + v;
            case "DEL":
                return store.remove(words[1]) != null ? "DELETED" : "NIL";
            case "INCR":
                try {
                    return "VALUE " + store.merge(words[1], "1", (a, b) -> String.valueOf(Long.parseLong(a) + 1));
                } catch (NumberFormatException e) {
                    return "ERR not a number: " + store.get(words[1]);
                }
            case "KEYS":
                return "KEYS " + new TreeMap<>(store).keySet();
            case "SIZE":
                return "SIZE " + store.size();
            default:
                return "ERR unknown command: " + words[0];
        }
    }

    static void serve(Socket socket) {
        try (socket;
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream()));
             Writer out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream()))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.equals("QUIT")) break;
                out.write(execute(line));
                out.write('\n');
                out.flush();
            }
        } catch (IOException e) {
            System.out.println("serve: " + e);
        }
    }

    static final class Connection implements AutoCloseable {
        final Socket socket;
        final BufferedReader in;
        final Writer out;

        Connection(int port) throws IOException {
            socket = new Socket("localhost", port);
            socket.setTcpNoDelay(true);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream()));
            out = new OutputStreamWriter(socket.getOutputStream());
        }

        String call(String request) throws IOException {
            out.write(request + "\n");
            out.flush();
            return in.readLine();
        }

        @Override
        public void close() throws IOException {
            out.write("QUIT\n");
            out.flush();
            socket.close();
        }
    }

    public static void main(String[] args) throws Exception {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        ExecutorService workers = Executors.newCachedThreadPool();
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    Socket s = server.accept();
                    workers.execute(() -> serve(s));
                }
            } catch (SocketException e) {
                System.out.println("acceptor: " + e.getMessage());
            } catch (IOException e) {
                System.out.println("acceptor failed: " + e);
            }
        });
        acceptor.start();
        int port = server.getLocalPort();

        try (Connection admin = new Connection(port)) {
            String[] script = {
                "PUT color blue", "GET color", "PUT color green", "GET color", "GET shape",
                "DEL shape", "PUT greeting hello there world", "GET greeting", "INCR visits",
                "INCR visits", "INCR color", "PUT", "FROB x", "SIZE", "KEYS", "DEL color", "SIZE",
            };
            for (String req : script) System.out.println(req + " => " + admin.call(req));
        }

        int clients = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<String>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            final int id = c;
            results.add(pool.submit(() -> {
                start.await();
                try (Connection conn = new Connection(port)) {
                    int ok = 0;
                    for (int i = 0; i < 10; i++) {
                        if (conn.call("PUT user" + id + ".item" + i + " " + (id * 100 + i)).startsWith("OK")) ok++;
                        conn.call("INCR hits");
                    }
                    long sum = 0;
                    for (int i = 0; i < 10; i++) sum += Long.parseLong(conn.call("GET user" + id + ".item" + i).substring(6));
                    return "client " + id + ": " + ok + " puts, sum " + sum;
                }
            }));
        }
        start.countDown();
        for (Future<String> f : results) System.out.println(f.get());
        pool.shutdown();
        try (Connection admin = new Connection(port)) {
            System.out.println("hits => " + admin.call("GET hits"));
            System.out.println("size => " + admin.call("SIZE"));
        }
        server.close();
        acceptor.join();
        workers.shutdown();
        System.out.println("all workers done: " + workers.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS));
    }
}
