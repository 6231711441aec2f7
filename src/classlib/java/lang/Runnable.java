package java.lang;

/** A task with no result, run by a Thread or an executor. */
@FunctionalInterface
public interface Runnable {
    /** Runs the task. */
    void run();
}
