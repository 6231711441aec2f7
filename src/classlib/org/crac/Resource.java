package org.crac;

/** A resource that needs to act before a checkpoint and after a restore (CRaC's API). */
public interface Resource {
    void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

    void afterRestore(Context<? extends Resource> context) throws Exception;
}
