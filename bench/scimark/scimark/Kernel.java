package scimark;

/**
 * One SciMark-style kernel: set up once for a problem size, then run for a number of cycles. A
 * kernel reports the floating-point operations a run did (SciMark's counts), so the harness can
 * give MFLOPS, and a checksum of its data, so the runner can check every VM computed the same.
 */
interface Kernel {
    /** Allocates and fills the kernel's data for problem size {@code size}. */
    void setUp(int size, Rng rng);

    /** Runs {@code cycles} cycles and returns the floating-point operations they did. */
    double run(int cycles);

    /** A number summarising the kernel's data (equal on every correct VM). */
    double checksum();
}
