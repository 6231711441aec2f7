package jdk.internal.access;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * What sun.nio.ch's channels need from java.net's package-private parts: the socket-table
 * descriptors behind the sockets they wrap (their socket() adaptors), a Socket for an accepted
 * descriptor, and completing a Socket whose connection a non-blocking connect made.
 * java.net.Socket registers the implementation when it is initialized; see SharedSecrets.
 */
public interface JavaNetAccess {
    int fd(Socket s);

    int fd(ServerSocket s);

    /** The descriptor of a DatagramSocket, binding it to an ephemeral port first when unbound. */
    int boundFd(DatagramSocket s) throws IOException;

    /** The descriptor of a DatagramSocket, 0 while unbound. */
    int fd(DatagramSocket s);

    /** A connected Socket for the descriptor of an accepted connection. */
    Socket accepted(int fd);

    /** Makes `s` connected to `remote`:`port` over descriptor `fd` (a finished non-blocking connect). */
    void connected(Socket s, int fd, InetAddress remote, int port) throws IOException;

    /** Makes `s` the socket() adaptor of `ch` (Socket.getChannel). */
    void setChannel(Socket s, java.nio.channels.SocketChannel ch);

    void setChannel(ServerSocket s, java.nio.channels.ServerSocketChannel ch);

    void setChannel(DatagramSocket s, java.nio.channels.DatagramChannel ch);

    /** DatagramIo.multicast0 on the socket's descriptor (binding it first when unbound). */
    void multicast(DatagramSocket s, int op, String group, String iface, int value) throws IOException;

    /** The interface's first IPv4 address, or null. */
    String ipv4Literal(java.net.NetworkInterface ni);
}
