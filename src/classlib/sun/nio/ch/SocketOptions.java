package sun.nio.ch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.Channel;
import java.util.Objects;
import java.util.Set;

/** Socket options of the channels, applied to the java.net socket underneath. */
final class SocketOptions {
    private SocketOptions() {
    }

    static final Set<SocketOption<?>> CLIENT = Set.of(StandardSocketOptions.SO_SNDBUF, StandardSocketOptions.SO_RCVBUF,
            StandardSocketOptions.SO_KEEPALIVE, StandardSocketOptions.SO_REUSEADDR, StandardSocketOptions.SO_LINGER,
            StandardSocketOptions.TCP_NODELAY, StandardSocketOptions.IP_TOS);
    static final Set<SocketOption<?>> SERVER = Set.of(StandardSocketOptions.SO_RCVBUF, StandardSocketOptions.SO_REUSEADDR);

    /** The address as the kernel reports it: the literal, without the host name it was made from. */
    static InetSocketAddress plain(java.net.SocketAddress a) {
        if (!(a instanceof InetSocketAddress)) {
            return (InetSocketAddress) a;
        }
        InetSocketAddress isa = (InetSocketAddress) a;
        try {
            return new InetSocketAddress(java.net.InetAddress.getByAddress(isa.getAddress().getAddress()), isa.getPort());
        } catch (java.net.UnknownHostException e) {
            return isa;
        }
    }

    /** UnsupportedOperationException for an option not in supported (getOption's check). */
    static void check(Set<SocketOption<?>> supported, SocketOption<?> name) {
        Objects.requireNonNull(name);
        if (!supported.contains(name)) {
            throw new UnsupportedOperationException("'" + name + "' not supported");
        }
    }

    /**
     * setOption's check, before the channel's open check as in the JDK: the option supported, and
     * IllegalArgumentException for null or a value of the wrong type.
     */
    static void check(Set<SocketOption<?>> supported, SocketOption<?> name, Object value) {
        check(supported, name);
        if (!name.type().isInstance(value)) {
            throw new IllegalArgumentException("Invalid value '" + value + "'");
        }
    }

    /** SocketChannel.setOption: the option checked, then the channel open, then the value. */
    static void set(Channel ch, Socket s, SocketOption<?> name, Object value) throws IOException {
        check(CLIENT, name, value);
        NetChannels.ensureOpen(ch);
        if (name == StandardSocketOptions.TCP_NODELAY) {
            s.setTcpNoDelay((Boolean) value);
        } else if (name == StandardSocketOptions.SO_KEEPALIVE) {
            s.setKeepAlive((Boolean) value);
        } else if (name == StandardSocketOptions.SO_REUSEADDR) {
            s.setReuseAddress((Boolean) value);
        } else if (name == StandardSocketOptions.SO_LINGER) {
            int linger = (Integer) value;
            s.setSoLinger(linger >= 0, linger < 0 ? 0 : linger);
        }
        // buffer sizes and IP_TOS: accepted and ignored (docs/sockets.md)
    }

    /** SocketChannel.getOption: the option checked, then the channel open. */
    static Object get(Channel ch, Socket s, SocketOption<?> name) throws IOException {
        check(CLIENT, name);
        NetChannels.ensureOpen(ch);
        if (name == StandardSocketOptions.TCP_NODELAY) {
            return s.getTcpNoDelay();
        } else if (name == StandardSocketOptions.SO_KEEPALIVE) {
            return s.getKeepAlive();
        } else if (name == StandardSocketOptions.SO_REUSEADDR) {
            return s.getReuseAddress();
        } else if (name == StandardSocketOptions.SO_LINGER) {
            return s.getSoLinger();
        } else if (name == StandardSocketOptions.IP_TOS) {
            return 0;
        }
        return 65536;
    }

    /** ServerSocketChannel.setOption: the option checked, then the channel open, then the value. */
    static void set(Channel ch, ServerSocket s, SocketOption<?> name, Object value) throws IOException {
        check(SERVER, name, value);
        NetChannels.ensureOpen(ch);
        if (name == StandardSocketOptions.SO_REUSEADDR) {
            s.setReuseAddress((Boolean) value);
        }
    }

    /** ServerSocketChannel.getOption: the option checked, then the channel open. */
    static Object get(Channel ch, ServerSocket s, SocketOption<?> name) throws IOException {
        check(SERVER, name);
        NetChannels.ensureOpen(ch);
        if (name == StandardSocketOptions.SO_REUSEADDR) {
            return s.getReuseAddress();
        }
        return 65536;
    }
}
