package org.crac;

/** A group of resources notified together; itself a resource (CRaC's API). */
public abstract class Context<R extends Resource> implements Resource {
    protected Context() {
    }

    /** Adds {@code resource}; it is notified before checkpoint in reverse order of registration. */
    public abstract void register(R resource);
}
