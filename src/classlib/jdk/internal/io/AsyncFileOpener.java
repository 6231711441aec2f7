package jdk.internal.io;

import java.io.IOException;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * How AsynchronousFileChannel.open reaches sun.nio.ch's implementation: the default asynchronous
 * channel provider implements this (the JDK goes through FileSystemProvider, which Tern has not).
 */
public interface AsyncFileOpener {
    AsynchronousFileChannel openAsynchronousFileChannel(Path file, Set<? extends OpenOption> options,
            ExecutorService executor) throws IOException;
}
