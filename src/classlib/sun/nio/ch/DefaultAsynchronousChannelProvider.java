package sun.nio.ch;

import java.nio.channels.spi.AsynchronousChannelProvider;

/** Creates the platform's default AsynchronousChannelProvider (one per VM in Tern). */
public class DefaultAsynchronousChannelProvider {
    private DefaultAsynchronousChannelProvider() {
    }

    public static AsynchronousChannelProvider create() {
        return LinuxAsynchronousChannelProvider.get();
    }
}
