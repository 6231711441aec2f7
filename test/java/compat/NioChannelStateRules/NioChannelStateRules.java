import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * A checklist of the rules of NIO channels and selectors, the kind a networking library's test
 * suite runs: each step says whether it worked or which exception it got.
 */
public class NioChannelStateRules {
    interface Step {
        Object run() throws Exception;
    }

    static int passed;

    static void check(String what, Step step) {
        String result;
        try {
            Object r = step.run();
            result = "ok" + (r == null ? "" : " -> " + r);
        } catch (Exception e) {
            result = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        System.out.printf("%-45s %s%n", what, result);
        passed++;
    }

    public static void main(String[] args) throws Exception {
        Selector sel = Selector.open();
        ServerSocketChannel server = ServerSocketChannel.open();
        check("accept before bind", () -> server.accept());
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        check("bind twice", () -> server.bind(null));
        check("register a blocking channel", () -> server.register(sel, SelectionKey.OP_ACCEPT));
        server.configureBlocking(false);
        check("register with OP_READ on a server", () -> server.register(sel, SelectionKey.OP_READ));
        check("register with negative ops", () -> server.register(sel, -1));
        SelectionKey key = server.register(sel, SelectionKey.OP_ACCEPT, "first");
        check("attachment, interest, ready", () -> key.attachment() + " " + key.interestOps() + " " + key.readyOps());
        check("register again gives the same key", () -> (server.register(sel, SelectionKey.OP_ACCEPT) == key) + " " + key.attachment());
        check("keyFor", () -> server.keyFor(sel) == key);
        check("attach returns the previous", () -> key.attach("second") + " then " + key.attachment());
        check("back to blocking while registered", () -> server.configureBlocking(true));
        check("non-blocking accept with nobody", () -> server.accept());
        check("keys().add", () -> sel.keys().add(key));
        check("selectedKeys().add", () -> sel.selectedKeys().add(key));
        check("interestOps outside validOps", () -> key.interestOps(SelectionKey.OP_WRITE));
        check("select with a negative timeout", () -> sel.select(-5));
        check("selectNow with nothing ready", () -> sel.selectNow());

        SocketChannel c = SocketChannel.open();
        c.configureBlocking(false);
        check("read before connect", () -> c.read(ByteBuffer.allocate(4)));
        check("write before connect", () -> c.write(ByteBuffer.allocate(4)));
        check("finishConnect with no connect", () -> c.finishConnect());
        check("shutdownOutput before connect", () -> c.shutdownOutput());
        c.connect(server.getLocalAddress());
        check("connection pending", () -> c.isConnectionPending() || c.isConnected());
        SelectionKey ck = c.register(sel, SelectionKey.OP_CONNECT);
        while (!c.finishConnect()) {
            sel.select(1000);
        }
        check("connected after finishConnect", () -> c.isConnected() + " pending=" + c.isConnectionPending());
        check("connect when connected", () -> c.connect(server.getLocalAddress()));
        SocketChannel s;
        while ((s = server.accept()) == null) {
            sel.select(1000);
            sel.selectedKeys().clear();
        }
        SocketChannel accepted = s;
        check("accepted channel starts blocking", () -> accepted.isBlocking());
        accepted.configureBlocking(false);
        check("non-blocking read with nothing sent", () -> accepted.read(ByteBuffer.allocate(8)));
        check("write 5 bytes", () -> c.write(ByteBuffer.wrap("hello".getBytes())));
        ck.cancel();
        check("cancelled key is invalid", () -> ck.isValid() + " channel registered=" + c.isRegistered());
        check("interestOps of a cancelled key", () -> ck.interestOps());
        check("readyOps of a cancelled key", () -> ck.readyOps());
        check("register while the old key is cancelled", () -> c.register(sel, SelectionKey.OP_READ));
        sel.selectNow();
        check("after selectNow the channel is free", () -> c.isRegistered() + " keys=" + sel.keys().size());
        SocketChannel third = SocketChannel.open(server.getLocalAddress());
        sel.selectedKeys().clear();
        check("select sees the pending connection", () -> sel.select(2000) + " selected=" + sel.selectedKeys().size());
        StringBuilder seen = new StringBuilder();
        check("select(action) leaves selectedKeys alone", () -> sel.select(k -> seen.append(k.readyOps()), 2000)
                + " action saw " + seen + " selected=" + sel.selectedKeys().size());
        check("selectNow(action)", () -> sel.selectNow(k -> seen.append('+')) + " " + seen);
        check("select(action) with a negative timeout", () -> sel.select(k -> { }, -1));
        server.accept().close();
        third.close();

        DatagramChannel d = DatagramChannel.open();
        check("datagram read unconnected", () -> d.read(ByteBuffer.allocate(4)));
        check("datagram write unconnected", () -> d.write(ByteBuffer.allocate(4)));
        check("datagram validOps and bound", () -> d.validOps() + " " + d.socket().isBound() + " " + d.getLocalAddress());
        d.configureBlocking(false);
        check("non-blocking receive binds, gets null", () -> d.receive(ByteBuffer.allocate(4)) + " bound=" + d.socket().isBound());
        SocketAddress other = new InetSocketAddress("127.0.0.1", 9);
        d.connect(server.getLocalAddress());
        check("datagram send elsewhere when connected", () -> d.send(ByteBuffer.allocate(1), other));
        check("datagram connect twice", () -> d.connect(other));
        d.disconnect();
        check("after disconnect", () -> d.isConnected() + " " + d.getRemoteAddress());
        d.close();
        check("receive on a closed datagram channel", () -> d.receive(ByteBuffer.allocate(4)));

        Pipe p = Pipe.open();
        check("pipe ends", () -> p.source().validOps() + " " + p.sink().validOps() + " " + p.source().isBlocking());
        check("pipe write", () -> p.sink().write(ByteBuffer.wrap("xyz".getBytes())));
        check("pipe blocking read", () -> p.source().read(ByteBuffer.allocate(8)));
        p.sink().close();
        check("pipe read after sink close", () -> p.source().read(ByteBuffer.allocate(8)));

        c.close();
        check("read on a closed channel", () -> c.read(ByteBuffer.allocate(4)));
        check("configureBlocking on a closed channel", () -> c.configureBlocking(true));
        check("register a closed channel", () -> c.register(sel, SelectionKey.OP_READ));
        sel.close();
        check("server key after selector close", () -> key.isValid() + " registered=" + server.isRegistered());
        check("select on a closed selector", () -> sel.select());
        check("keys of a closed selector", () -> sel.keys());
        check("wakeup on a closed selector", () -> sel.wakeup() == sel);
        check("register with a closed selector", () -> server.register(sel, SelectionKey.OP_ACCEPT));
        accepted.close();
        server.close();
        p.source().close();
        System.out.println(passed + " checks");
    }
}
