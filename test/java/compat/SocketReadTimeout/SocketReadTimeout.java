import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

/**
 * A client that polls a slow server with a read timeout (SO_TIMEOUT): each timeout leaves the
 * connection usable, and the server answers only after the client reported a number of timeouts.
 * Also an accept() with a timeout on a listener nobody connects to, then one that succeeds.
 */
public class SocketReadTimeout {
    static String readMessage(InputStream in) throws IOException {
        byte[] buf = new byte[64];
        int n = in.read(buf);
        return n < 0 ? "<eof>" : new String(buf, 0, n, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        System.out.println("default accept timeout: " + server.getSoTimeout());
        server.setSoTimeout(150);
        try {
            server.accept();
            System.out.println("accepted?!");
        } catch (SocketTimeoutException e) {
            System.out.println("accept: " + e + " (still open: " + !server.isClosed() + ")");
        }
        server.setSoTimeout(0);

        Semaphore timeouts = new Semaphore(0);
        CountDownLatch finished = new CountDownLatch(1);
        Thread slowServer = new Thread(() -> {
            try (Socket s = server.accept()) {
                OutputStream out = s.getOutputStream();
                timeouts.acquire(3);
                out.write("first answer".getBytes(StandardCharsets.UTF_8));
                out.flush();
                timeouts.acquire(1);
                out.write("second answer".getBytes(StandardCharsets.UTF_8));
                finished.await();
            } catch (IOException | InterruptedException e) {
                System.out.println("server: " + e);
            }
        });
        slowServer.start();

        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            System.out.println("default read timeout: " + client.getSoTimeout());
            client.setSoTimeout(200);
            System.out.println("read timeout now: " + client.getSoTimeout());
            InputStream in = client.getInputStream();
            int timedOut = 0;
            String message = null;
            while (message == null) {
                try {
                    message = readMessage(in);
                } catch (SocketTimeoutException e) {
                    timedOut++;
                    if (timedOut == 1) {
                        System.out.println("poll: " + e.getClass().getName() + ": " + e.getMessage());
                        System.out.println("  is InterruptedIOException: " + (e instanceof InterruptedIOException)
                            + ", bytesTransferred=" + e.bytesTransferred + ", socket closed: " + client.isClosed());
                    }
                    timeouts.release();
                }
            }
            System.out.println("got '" + message + "' after the server saw 3 timeouts: " + (timedOut >= 3));

            client.setSoTimeout(150);
            try {
                readMessage(in);
            } catch (SocketTimeoutException e) {
                System.out.println("second wait timed out: " + e.getMessage());
                timeouts.release();
            }
            client.setSoTimeout(0);
            System.out.println("blocking read: '" + readMessage(in) + "'");
            try {
                client.setSoTimeout(-1);
            } catch (IllegalArgumentException e) {
                System.out.println("negative timeout: " + e.getMessage());
            }
            finished.countDown();
            client.setSoTimeout(2000);
            System.out.println("after server closed: " + readMessage(in));
        }
        slowServer.join();
        server.close();
        try {
            server.setSoTimeout(10);
        } catch (IOException e) {
            System.out.println("closed server: " + e.getMessage());
        }
    }
}
