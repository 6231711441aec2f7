package java.util.concurrent;

/** Executes submitted Runnable tasks. */
public interface Executor {
    void execute(Runnable command);
}
