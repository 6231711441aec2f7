package sun.nio.ch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.Channel;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.Objects;

/**
 * The state and argument checks the socket, server socket and datagram channels share, in the
 * JDK's order and with its exceptions.
 */
final class NetChannels {
    private NetChannels() {
    }

    /** ClosedChannelException once ch is closed. */
    static void ensureOpen(Channel ch) throws ClosedChannelException {
        if (!ch.isOpen()) {
            throw new ClosedChannelException();
        }
    }

    /** ClosedChannelException once ch is closed, else NotYetConnectedException while it is not connected. */
    static void ensureConnected(Channel ch, boolean connected) throws ClosedChannelException {
        ensureOpen(ch);
        if (!connected) {
            throw new NotYetConnectedException();
        }
    }

    /**
     * The open check of an I/O operation of the datagram channel and of ServerSocketChannel.accept
     * as HotSpot 17 reports it: in blocking mode the end of the operation turns a closed channel's
     * ClosedChannelException into AsynchronousCloseException (the socket channel checks before
     * the operation starts, so it keeps ClosedChannelException).
     */
    static void ensureOpenForIo(SelectableChannel ch) throws ClosedChannelException {
        if (!ch.isOpen()) {
            throw ch.isBlocking() ? new AsynchronousCloseException() : new ClosedChannelException();
        }
    }

    /** ensureOpenForIo, then NotYetConnectedException while ch is not connected. */
    static void ensureConnectedForIo(SelectableChannel ch, boolean connected) throws ClosedChannelException {
        ensureOpenForIo(ch);
        if (!connected) {
            throw new NotYetConnectedException();
        }
    }

    /** An address a channel can bind or connect to: a resolved InetSocketAddress. */
    static InetSocketAddress checkAddress(SocketAddress a) {
        Objects.requireNonNull(a);
        if (!(a instanceof InetSocketAddress)) {
            throw new UnsupportedAddressTypeException();
        }
        InetSocketAddress isa = (InetSocketAddress) a;
        if (isa.isUnresolved()) {
            throw new UnresolvedAddressException();
        }
        return isa;
    }

    /**
     * What a blocking operation on ch's socket throws for its SocketException e: the
     * AsynchronousCloseException of a channel another thread closed meanwhile, else e.
     */
    static IOException closedOr(Channel ch, SocketException e) {
        return ch.isOpen() ? e : new AsynchronousCloseException();
    }
}
