package java.util.concurrent;

import java.util.Random;

/**
 * A random number generator isolated to the current thread: current() returns the calling
 * thread's instance (seeded from the clock and a per-instance uniquifier). Its values are
 * unpredictable, as on the JDK; setSeed is not supported.
 */
public class ThreadLocalRandom extends Random {
    private static final long serialVersionUID = -5851777807851030925L;

    private static final ThreadLocal<ThreadLocalRandom> INSTANCES = ThreadLocal.withInitial(ThreadLocalRandom::new);

    /** False while the superclass constructor seeds the generator. */
    private final boolean initialized;

    private ThreadLocalRandom() {
        super();
        initialized = true;
    }

    public static ThreadLocalRandom current() {
        return INSTANCES.get();
    }

    @Override
    public void setSeed(long seed) {
        if (initialized) {
            throw new UnsupportedOperationException();
        }
        super.setSeed(seed);
    }
}
