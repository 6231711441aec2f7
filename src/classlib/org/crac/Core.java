package org.crac;

/**
 * CRaC's entry point. {@link #checkpointRestore()} notifies the registered resources, writes an
 * image to the directory given by {@code -XX:CRaCCheckpointTo} and ends this process; the call
 * returns in the program restored from that image ({@code tern -XX:CRaCRestoreFrom=DIR}), after
 * the resources' afterRestore callbacks.
 */
public final class Core {
    private static final GlobalContext GLOBAL = new GlobalContext();

    private Core() {
    }

    public static Context<Resource> getGlobalContext() {
        return GLOBAL;
    }

    public static void checkpointRestore() throws CheckpointException, RestoreException {
        try {
            GLOBAL.beforeCheckpoint(null);
            checkpointRestore0();
        } catch (CheckpointException e) {
            // The program runs on: resources that prepared for the checkpoint are told so.
            try {
                GLOBAL.afterRestore(null);
            } catch (RestoreException r) {
                for (Throwable s : r.getSuppressed()) {
                    e.addSuppressed(s);
                }
            }
            throw e;
        }
        GLOBAL.afterRestore(null);
    }

    /** VM: checkpoint to -XX:CRaCCheckpointTo and stop; returns in the restored run. */
    private static native void checkpointRestore0() throws CheckpointException;
}
