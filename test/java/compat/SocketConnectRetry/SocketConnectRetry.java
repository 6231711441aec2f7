import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;

/**
 * A client with a retry policy: it finds a free port (bind, note the port, close), fails to
 * connect while nothing listens there, and succeeds once a service starts on that port. Also
 * shows the errors a client sees for bad endpoints and a port that is already taken.
 */
public class SocketConnectRetry {
    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    static String describe(Exception e) {
        return e.getClass().getName() + ": " + e.getMessage();
    }

    /** Tries up to `attempts` times; between attempts it lets `onFailure` react. */
    static Socket connectWithRetry(int port, int attempts, Runnable onFailure) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
                System.out.println("attempt " + attempt + ": connected");
                return s;
            } catch (ConnectException e) {
                System.out.println("attempt " + attempt + ": " + describe(e) + " (closed=" + s.isClosed() + ", connected=" + s.isConnected() + ")");
                s.close();
                if (attempt == attempts) throw e;
                onFailure.run();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int port = freePort();
        try {
            connectWithRetry(port, 2, () -> {});
        } catch (ConnectException e) {
            System.out.println("gave up: " + e.getMessage());
        }

        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ServerSocket[] holder = new ServerSocket[1];
        Thread service = new Thread(() -> {
            try (ServerSocket server = new ServerSocket(port, 5, InetAddress.getLoopbackAddress())) {
                holder[0] = server;
                started.countDown();
                try (Socket s = server.accept();
                     PrintWriter out = new PrintWriter(s.getOutputStream(), true)) {
                    out.println("service ready");
                }
                release.await(); // keep the port taken until the client is done with it
            } catch (InterruptedException e) {
                System.out.println("service interrupted");
            } catch (IOException e) {
                System.out.println("service: " + describe(e));
                started.countDown();
            }
        });
        int[] failures = {0};
        try (Socket s = connectWithRetry(port, 5, () -> {
            if (++failures[0] == 2) {
                service.start();
                try {
                    started.await();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
        })) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream()));
            System.out.println("greeting: " + in.readLine());
            try {
                new ServerSocket(port, 5, InetAddress.getLoopbackAddress()).close();
                System.out.println("second bind succeeded?!");
            } catch (BindException e) {
                System.out.println("second bind: " + describe(e));
            }
        }
        release.countDown();
        service.join();
        System.out.println("service socket closed: " + holder[0].isClosed());

        String[][] bad = {{"unresolved", "no-such-host.invalid"}, {"port", "-1"}, {"port", "65536"}};
        for (String[] b : bad) {
            try {
                if (b[0].equals("port")) new InetSocketAddress("localhost", Integer.parseInt(b[1]));
                else new Socket().connect(InetSocketAddress.createUnresolved(b[1], 80));
            } catch (IllegalArgumentException | UnknownHostException e) {
                System.out.println(b[0] + " " + b[1] + ": " + describe(e));
            }
        }
        Socket closed = new Socket();
        closed.close();
        try {
            closed.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (SocketException e) {
            System.out.println("connect after close: " + describe(e));
        }
        try {
            new Socket().connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), -5);
        } catch (IllegalArgumentException e) {
            System.out.println("negative timeout: " + describe(e));
        }
    }
}
