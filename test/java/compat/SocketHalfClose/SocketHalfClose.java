import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An "upload, then get a report" protocol built on half-close: the client streams a document
 * and calls shutdownOutput() to mark its end; the server reads to end of stream, analyses the
 * text and answers on the still-open other direction.
 */
public class SocketHalfClose {
    static final String[] DOCUMENT = {
        "It was the best of times, it was the worst of times,",
        "it was the age of wisdom, it was the age of foolishness,",
        "it was the epoch of belief, it was the epoch of incredulity,",
        "it was the season of Light, it was the season of Darkness,",
        "it was the spring of hope, it was the winter of despair.",
    };

    static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[37];
        int n;
        while ((n = in.read(chunk)) != -1) buf.write(chunk, 0, n);
        return buf.toByteArray();
    }

    static String analyse(String text) {
        int lines = 0, words = 0;
        Map<String, Integer> freq = new HashMap<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == '\n') lines++;
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                words++;
                freq.merge(word.toString(), 1, Integer::sum);
                word.setLength(0);
            }
        }
        List<Map.Entry<String, Integer>> top = new ArrayList<>(freq.entrySet());
        top.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
        StringBuilder report = new StringBuilder();
        report.append("bytes=").append(text.getBytes(StandardCharsets.UTF_8).length)
            .append(" lines=").append(lines).append(" words=").append(words)
            .append(" distinct=").append(freq.size()).append('\n');
        for (int i = 0; i < 4; i++) report.append(top.get(i).getKey()).append(' ').append(top.get(i).getValue()).append('\n');
        return report.toString();
    }

    /** What the server thread did, printed once it finished (keeps the output order fixed). */
    static final List<String> serverLog = new java.util.concurrent.CopyOnWriteArrayList<>();

    public static void main(String[] args) throws Exception {
        ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread analyst = new Thread(() -> {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                byte[] upload = readAll(in);
                serverLog.add("server: end of upload, read again -> " + in.read() + ", input shut down: " + s.isInputShutdown());
                OutputStream out = s.getOutputStream();
                out.write(analyse(new String(upload, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                s.shutdownOutput();
                serverLog.add("server: report sent, output shut down: " + s.isOutputShutdown());
            } catch (IOException e) {
                serverLog.add("server: " + e);
            }
        });
        analyst.start();

        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            OutputStream out = client.getOutputStream();
            for (String line : DOCUMENT) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            client.shutdownOutput();
            System.out.println("client: upload done, output shut down: " + client.isOutputShutdown() + ", connected: " + client.isConnected());
            try {
                out.write('x');
            } catch (SocketException e) {
                System.out.println("client: write after shutdown -> " + e.getMessage());
            }
            try {
                client.getOutputStream();
            } catch (SocketException e) {
                System.out.println("client: getOutputStream -> " + e.getMessage());
            }
            try {
                client.shutdownOutput();
            } catch (SocketException e) {
                System.out.println("client: shutdown twice -> " + e.getMessage());
            }
            InputStream in = client.getInputStream();
            String report = new String(readAll(in), StandardCharsets.UTF_8);
            analyst.join();
            for (String line : serverLog) System.out.println(line);
            System.out.print("client: report\n" + report);
            client.shutdownInput();
            System.out.println("client: read after shutdownInput -> " + in.read() + ", available " + in.available());
            try {
                client.getInputStream();
            } catch (SocketException e) {
                System.out.println("client: getInputStream -> " + e.getMessage());
            }
        }
        server.close();
    }
}
