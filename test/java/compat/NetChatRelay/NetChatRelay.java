import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line-based chat server: clients pick a nick, then every MSG is relayed to the other members
 * of the room. The clients follow a script, each waiting for the server's acknowledgement, so the
 * transcript each client sees is deterministic.
 */
public class NetChatRelay {
    /** Members by nick, in join order. */
    static final Map<String, PrintWriter> room = new LinkedHashMap<>();

    static synchronized void broadcast(String from, String line) {
        synchronized (room) {
            for (Map.Entry<String, PrintWriter> e : room.entrySet()) {
                if (!e.getKey().equals(from)) e.getValue().println(line);
            }
        }
    }

    static void serve(Socket socket) {
        String nick = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream()));
             PrintWriter out = new PrintWriter(socket.getOutputStream(), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                int sp = line.indexOf(' ');
                String cmd = sp < 0 ? line : line.substring(0, sp);
                String arg = sp < 0 ? "" : line.substring(sp + 1);
                switch (cmd) {
                    case "NICK":
                        synchronized (room) {
                            if (room.containsKey(arg)) {
                                out.println("ERR nick taken: " + arg);
                                continue;
                            }
                            nick = arg;
                            broadcast(nick, "* " + nick + " joined");
                            room.put(nick, out);
                            out.println("WELCOME " + nick + " (" + room.size() + " online)");
                        }
                        break;
                    case "MSG":
                        if (nick == null) {
                            out.println("ERR say NICK first");
                            break;
                        }
                        broadcast(nick, "[" + nick + "] " + arg);
                        out.println("SENT " + (room.size() - 1));
                        break;
                    case "WHO":
                        synchronized (room) {
                            out.println("MEMBERS " + String.join(",", room.keySet()));
                        }
                        break;
                    case "QUIT":
                        synchronized (room) {
                            room.remove(nick);
                            broadcast(nick, "* " + nick + " left");
                        }
                        out.println("BYE");
                        socket.close();
                        return;
                    default:
                        out.println("ERR unknown command " + cmd);
                }
            }
        } catch (IOException e) {
            System.out.println("server: " + e.getMessage());
        }
    }

    static final class Client {
        final String name;
        final Socket socket;
        final BufferedReader in;
        final PrintWriter out;
        final List<String> transcript = new ArrayList<>();

        Client(String name, int port) throws IOException {
            this.name = name;
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream()));
            out = new PrintWriter(socket.getOutputStream(), true);
        }

        /** Sends a command and records the server's direct answer. */
        String send(String command) throws IOException {
            out.println(command);
            String reply = in.readLine();
            transcript.add("> " + command + " | " + reply);
            return reply;
        }

        /** Reads one relayed line. */
        void receive() throws IOException {
            transcript.add("< " + in.readLine());
        }
    }

    public static void main(String[] args) throws Exception {
        ServerSocket server = new ServerSocket(0);
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    Socket s = server.accept();
                    new Thread(() -> serve(s)).start();
                }
            } catch (IOException e) {
                System.out.println("acceptor stopped: " + e.getMessage());
            }
        });
        acceptor.start();

        int port = server.getLocalPort();
        List<Client> clients = new ArrayList<>();
        String[] names = {"alice", "bob", "carol"};
        for (String n : names) {
            Client c = new Client(n, port);
            c.send("MSG too early");
            c.send("NICK " + n);
            for (Client earlier : clients) earlier.receive();
            clients.add(c);
        }
        clients.get(2).send("NICK alice");
        String[][] script = {
            {"alice", "hi all"}, {"bob", "hello alice"}, {"carol", "hey, what's the plan?"},
            {"alice", "ship it on friday"}, {"bob", "ok"},
        };
        for (String[] turn : script) {
            for (Client c : clients) {
                if (c.name.equals(turn[0])) c.send("MSG " + turn[1]);
            }
            for (Client c : clients) {
                if (!c.name.equals(turn[0])) c.receive();
            }
        }
        clients.get(1).send("WHO");
        clients.get(1).send("DANCE");
        clients.get(0).send("QUIT");
        clients.get(1).receive();
        clients.get(2).receive();
        clients.get(2).send("WHO");
        for (Client c : clients) {
            System.out.println("== " + c.name + " ==");
            for (String line : c.transcript) System.out.println(line);
            c.socket.close();
        }
        server.close();
        acceptor.join();
        System.out.println("done");
    }
}
