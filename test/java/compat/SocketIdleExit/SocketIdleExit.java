import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * A service whose main thread returns while sockets are still open: an idle listener and a daemon
 * thread blocked in accept() do not keep the VM alive, a non-daemon thread blocked in accept()
 * does (until its timeout), and the shutdown hook runs once it ends.
 */
public class SocketIdleExit {
    public static void main(String[] args) throws Exception {
        ServerSocket idle = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        ServerSocket daemonListener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        ServerSocket janitorListener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());

        Runtime.getRuntime().addShutdownHook(new Thread(() ->
            System.out.println("shutdown hook: idle listener still open = " + !idle.isClosed())));

        Thread daemon = new Thread(() -> {
            try {
                Socket s = daemonListener.accept();
                System.out.println("daemon accepted a connection?! " + s.isConnected());
            } catch (IOException e) {
                System.out.println("daemon: " + e);
            }
        }, "daemon-acceptor");
        daemon.setDaemon(true);
        daemon.start();

        Thread janitor = new Thread(() -> {
            try {
                janitorListener.setSoTimeout(400);
                janitorListener.accept();
                System.out.println("janitor accepted a connection?!");
            } catch (SocketTimeoutException e) {
                System.out.println("janitor: " + e.getMessage() + ", daemon still waiting: " + daemon.isAlive());
            } catch (IOException e) {
                System.out.println("janitor: " + e);
            }
        }, "janitor");
        janitor.start();

        // One connection to the idle listener stays unaccepted in its queue.
        Socket pending = new Socket(InetAddress.getLoopbackAddress(), idle.getLocalPort());
        System.out.println("main: connected to the idle listener: " + pending.isConnected());
        System.out.println("main: returning with three listeners open");
    }
}
