package java.lang;

/** Thrown in a thread stopped by Thread.stop; ignored by the default uncaught-exception handler. */
public class ThreadDeath extends Error {
    public ThreadDeath() {
        super();
    }
}
