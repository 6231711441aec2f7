import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;

/**
 * A server with a graceful shutdown: stop() closes the listening socket, which wakes the thread
 * blocked in accept(), and closes every open connection, which wakes handlers blocked in read.
 * Interrupting a thread blocked in a socket read does not wake it (as with the JDK's sockets).
 */
public class SocketGracefulShutdown {
    final ServerSocket listener;
    final List<Socket> connections = Collections.synchronizedList(new ArrayList<>());
    final Map<String, String> outcomes = Collections.synchronizedMap(new TreeMap<>());
    final Thread acceptor;
    final List<Thread> handlers = Collections.synchronizedList(new ArrayList<>());

    SocketGracefulShutdown() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "acceptor");
        acceptor.start();
    }

    void acceptLoop() {
        int n = 0;
        try {
            while (true) {
                Socket s = listener.accept();
                connections.add(s);
                String name = "handler-" + (n++);
                Thread h = new Thread(() -> handle(name, s), name);
                handlers.add(h);
                h.start();
            }
        } catch (SocketException e) {
            outcomes.put("acceptor", "woke with " + e);
        } catch (IOException e) {
            outcomes.put("acceptor", "failed " + e);
        }
    }

    void handle(String name, Socket s) {
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream()));
            PrintWriter out = new PrintWriter(s.getOutputStream(), true);
            String line;
            while ((line = in.readLine()) != null) out.println("READY " + line);
            outcomes.put(name, "client hung up");
            s.close();
        } catch (SocketException e) {
            outcomes.put(name, "woke with " + e + ", interrupted=" + Thread.currentThread().isInterrupted());
        } catch (IOException e) {
            outcomes.put(name, "failed " + e);
        }
    }

    void stop() throws IOException, InterruptedException {
        listener.close();
        acceptor.join();
        synchronized (connections) {
            for (Socket s : connections) s.close();
        }
        for (Thread h : new ArrayList<>(handlers)) h.join();
    }

    public static void main(String[] args) throws Exception {
        SocketGracefulShutdown server = new SocketGracefulShutdown();
        int port = server.listener.getLocalPort();
        List<Socket> clients = new ArrayList<>();
        List<BufferedReader> readers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Socket c = new Socket(InetAddress.getLoopbackAddress(), port);
            clients.add(c);
            PrintWriter out = new PrintWriter(c.getOutputStream(), true);
            BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream()));
            readers.add(in);
            out.println("hello " + i);
            System.out.println("client " + i + " <- " + in.readLine());
        }
        // The third client says goodbye properly.
        clients.get(2).shutdownOutput();
        System.out.println("client 2 after half-close <- " + readers.get(2).readLine());

        Thread reader0 = server.handlers.get(0);
        reader0.interrupt();
        Thread.sleep(200);
        System.out.println("handler-0 after interrupt: alive=" + reader0.isAlive() + ", state=" + reader0.getState()
            + ", interrupted=" + reader0.isInterrupted());

        server.stop();
        System.out.println("listener closed: " + server.listener.isClosed());
        for (Map.Entry<String, String> e : server.outcomes.entrySet()) System.out.println(e.getKey() + ": " + e.getValue());
        for (int i = 0; i < 2; i++) System.out.println("client " + i + " sees end of stream: " + (readers.get(i).readLine() == null));
        for (Socket c : clients) c.close();
        try {
            server.listener.accept();
        } catch (SocketException e) {
            System.out.println("accept after stop: " + e.getMessage());
        }
    }
}
