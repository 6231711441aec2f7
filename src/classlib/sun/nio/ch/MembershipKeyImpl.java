package sun.nio.ch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.channels.MembershipKey;
import java.nio.channels.MulticastChannel;

/**
 * An any-source membership of a DatagramChannel. Dropping it leaves the group; blocking sources
 * (exclude-mode filtering) is not available on Tern's platform boundary, so block throws
 * UnsupportedOperationException as the specification allows.
 */
final class MembershipKeyImpl extends MembershipKey {
    private final DatagramChannelImpl ch;
    private final InetAddress group;
    private final NetworkInterface interf;
    private volatile boolean valid = true;

    MembershipKeyImpl(DatagramChannelImpl ch, InetAddress group, NetworkInterface interf) {
        this.ch = ch;
        this.group = group;
        this.interf = interf;
    }

    void invalidate() {
        valid = false;
    }

    @Override
    public boolean isValid() {
        return valid;
    }

    @Override
    public void drop() {
        ch.drop(this);
    }

    @Override
    public MembershipKey block(InetAddress source) throws IOException {
        throw new UnsupportedOperationException("source filtering is not supported by Tern");
    }

    @Override
    public MembershipKey unblock(InetAddress source) {
        throw new IllegalStateException("not blocked");
    }

    @Override
    public MulticastChannel channel() {
        return ch;
    }

    @Override
    public InetAddress group() {
        return group;
    }

    @Override
    public NetworkInterface networkInterface() {
        return interf;
    }

    @Override
    public InetAddress sourceAddress() {
        return null;
    }

    @Override
    public String toString() {
        return "<" + group.getHostAddress() + "," + interf.getName() + ">";
    }
}
