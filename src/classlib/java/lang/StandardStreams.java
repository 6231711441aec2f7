package java.lang;

import java.io.BufferedInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The standard streams the VM builds for System.in, System.out and System.err (System.initPhase1
 * installs them). They are set once, here, so that a checkpoint image can name them instead of
 * copying them (src/image/well-known.ts): the restoring VM runs this initializer and the
 * restored program's streams are the restoring process's own. The encodings come from the VM's
 * properties (not System's, which a restored program brings from its image and may have changed).
 */
final class StandardStreams {
    /** Standard input: a BufferedInputStream over file descriptor 0. */
    static final InputStream IN = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
    /** Standard output, in the encoding HotSpot would pick (stdout.encoding, sun.stdout.encoding, file.encoding). */
    static final PrintStream OUT = newPrintStream(new FileOutputStream(FileDescriptor.out), "stdout");
    /** Standard error, likewise (stderr.encoding, sun.stderr.encoding, file.encoding). */
    static final PrintStream ERR = newPrintStream(new FileOutputStream(FileDescriptor.err), "stderr");

    private StandardStreams() {
    }

    /** A PrintStream in the first supported encoding the properties name, else UTF-8. */
    private static PrintStream newPrintStream(FileOutputStream fos, String stream) {
        String[] keys = {stream + ".encoding", "sun." + stream + ".encoding", "file.encoding"};
        for (String key : keys) {
            String name = System.vmProperty(key);
            if (name != null) {
                try {
                    return new PrintStream(fos, false, Charset.forName(name));
                } catch (IllegalArgumentException e) {
                    // Unsupported here: try the next property.
                }
            }
        }
        return new PrintStream(fos, false, StandardCharsets.UTF_8);
    }
}
