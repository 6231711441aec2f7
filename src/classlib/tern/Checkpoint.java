package tern;

/**
 * Tern's checkpoint API, for what CRaC ({@code org.crac}) lacks: checkpoint to a chosen file and
 * keep running, checkpoint and stop, and ask whether this run is a restored one. An image holds
 * every thread, the heap and the application's classes; {@code tern restore FILE} continues it.
 */
public final class Checkpoint {
    private Checkpoint() {
    }

    /**
     * Writes an image of the running program to {@code path} and continues. Returns false in the
     * program that made the image, true when it returns in a program restored from it.
     *
     * @throws CheckpointFailedException when no image could be made (the program keeps running)
     */
    public static boolean save(String path) throws CheckpointFailedException {
        if (path == null) {
            throw new NullPointerException("path");
        }
        return checkpoint0(path, false) != 0;
    }

    /**
     * Writes an image to {@code path} and ends this process (status 0, no shutdown hooks, like
     * CRaC); returns only in a program restored from the image.
     */
    public static void saveAndStop(String path) throws CheckpointFailedException {
        if (path == null) {
            throw new NullPointerException("path");
        }
        checkpoint0(path, true);
    }

    /**
     * Moves this program to a {@code tern serve} receiver at {@code host:port} that shares
     * {@code token}: this process ends once the receiver has restored the program, and the call
     * returns there. When the migration fails the program keeps running here and this throws.
     */
    public static void migrate(String host, int port, String token) throws CheckpointFailedException {
        if (host == null || token == null) {
            throw new NullPointerException();
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        migrate0(host, port, token);
    }

    private static native void migrate0(String host, int port, String token) throws CheckpointFailedException;

    /** Whether this program was restored from an image (at least once). */
    public static boolean isRestored() {
        return isRestored0();
    }

    private static native boolean isRestored0();

    /** VM: checkpoint at the next safepoint; 0 in the original run, 1 in a restored one. */
    private static native int checkpoint0(String path, boolean stop) throws CheckpointFailedException;
}
