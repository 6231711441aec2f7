package java.util.concurrent;

/** A Future that is Runnable: running it completes the future. */
public interface RunnableFuture<V> extends Runnable, Future<V> {
    @Override
    void run();
}
