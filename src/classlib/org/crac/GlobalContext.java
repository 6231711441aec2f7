package org.crac;

import java.util.ArrayList;
import java.util.List;

/**
 * The global context: notifies resources before a checkpoint in reverse order of registration and
 * after a restore in order of registration, collecting their exceptions as CRaC does.
 */
final class GlobalContext extends Context<Resource> {
    private final List<Resource> resources = new ArrayList<>();

    @Override
    public synchronized void register(Resource resource) {
        if (resource == null) {
            throw new NullPointerException();
        }
        resources.add(resource);
    }

    private synchronized Resource[] snapshot() {
        return resources.toArray(new Resource[0]);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException {
        Resource[] all = snapshot();
        CheckpointException failure = null;
        for (int i = all.length - 1; i >= 0; i--) {
            try {
                all[i].beforeCheckpoint(this);
            } catch (Exception e) {
                if (failure == null) {
                    failure = new CheckpointException();
                }
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) throws RestoreException {
        RestoreException failure = null;
        for (Resource r : snapshot()) {
            try {
                r.afterRestore(this);
            } catch (Exception e) {
                if (failure == null) {
                    failure = new RestoreException();
                }
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
