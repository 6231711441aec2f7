package java.util.concurrent.atomic;

/**
 * The common superclass of the adders and accumulators (as in the JDK). On green threads there
 * is no cache-line contention to spread over cells, so each subclass keeps a single atomic
 * cell; this class only fixes the hierarchy.
 */
abstract class Striped64 extends Number {
    private static final long serialVersionUID = 1L;

    Striped64() {
    }
}
