import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Moves 1 MB each way through a loopback connection: the client streams generated data while a
 * second client thread reads the server's transformed echo at the same time (both directions
 * are in flight at once, so flow control must work). CRC-32 and Adler-32 on both sides.
 */
public class SocketBulkTransfer {
    static final int SIZE = 1 << 20;
    static final int[] CRC_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            CRC_TABLE[n] = c;
        }
    }

    static final class Checksums {
        int crc = 0xFFFFFFFF;
        int a = 1, b = 0;
        long count;

        void update(byte[] buf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                int v = buf[i] & 0xff;
                crc = CRC_TABLE[(crc ^ v) & 0xff] ^ (crc >>> 8);
                a = (a + v) % 65521;
                b = (b + a) % 65521;
            }
            count += len;
        }

        @Override
        public String toString() {
            return count + " bytes, crc32=" + Integer.toHexString(~crc) + ", adler32=" + Integer.toHexString((b << 16) | a);
        }
    }

    /** Deterministic test data: a linear congruential generator. */
    static void fill(byte[] buf, int len, long[] seed) {
        for (int i = 0; i < len; i++) {
            seed[0] = seed[0] * 6364136223846793005L + 1442695040888963407L;
            buf[i] = (byte) (seed[0] >>> 56);
        }
    }

    public static void main(String[] args) throws Exception {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        ExecutorService pool = Executors.newFixedThreadPool(2);

        Future<String> serverSide = pool.submit(() -> {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                OutputStream out = new BufferedOutputStream(s.getOutputStream(), 16384);
                Checksums received = new Checksums();
                byte[] buf = new byte[8192];
                int n, reads = 0;
                while ((n = in.read(buf)) != -1) {
                    received.update(buf, 0, n);
                    reads++;
                    for (int i = 0; i < n; i++) buf[i] ^= 0x5A;
                    out.write(buf, 0, n);
                }
                out.flush();
                s.shutdownOutput();
                return "server received " + received + " in " + (reads > 1 ? "several" : "one") + " reads";
            }
        });

        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            Future<String> echoReader = pool.submit(() -> {
                InputStream in = new BufferedInputStream(client.getInputStream());
                Checksums echoed = new Checksums();
                Checksums restored = new Checksums();
                byte[] buf = new byte[5000];
                int n;
                while ((n = in.read(buf)) != -1) {
                    echoed.update(buf, 0, n);
                    for (int i = 0; i < n; i++) buf[i] ^= 0x5A;
                    restored.update(buf, 0, n);
                }
                return "client got echo " + echoed + "\nclient restored " + restored;
            });

            OutputStream out = client.getOutputStream();
            Checksums sent = new Checksums();
            long[] seed = {42};
            byte[] chunk = new byte[65536];
            int remaining = SIZE, round = 0;
            while (remaining > 0) {
                int len = Math.min(remaining, 1000 + (round++ * 7919) % 60000);
                fill(chunk, len, seed);
                sent.update(chunk, 0, len);
                out.write(chunk, 0, len);
                remaining -= len;
            }
            client.shutdownOutput();
            System.out.println("client sent " + sent + " in " + round + " writes");
            System.out.println(serverSide.get());
            System.out.println(echoReader.get());
        }
        pool.shutdown();
        server.close();
    }
}
