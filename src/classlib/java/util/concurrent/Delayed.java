package java.util.concurrent;

/** An object that should be acted upon after a given delay. */
public interface Delayed extends Comparable<Delayed> {
    long getDelay(TimeUnit unit);
}
