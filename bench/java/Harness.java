/*
 * Why this exists: every benchmark kernel reads its iteration count and reports its result in
 * the same way, so the runner (bench/run.mjs) can parse any kernel's output with one rule.
 *
 * Output contract (one value per line, nothing else on stdout):
 *   checksum=<long>   a value derived from all the work, identical on every correct JVM
 *   time_ns=<long>    System.nanoTime() around the work only (JVM start-up is excluded)
 *
 * Only basic library calls are used (no string concatenation, which javac turns into
 * invokedynamic) so that the kernels measure the VM, not the class library's start-up.
 */
final class Harness {
    private Harness() {
    }

    /** Returns the iteration count given as the first argument; exits with status 2 if absent. */
    static int iterations(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: <Kernel> <iterations>");
            System.exit(2);
        }
        return Integer.parseInt(args[0]);
    }

    /** Prints the checksum and the self-measured time in the format the runner parses. */
    static void report(long checksum, long elapsedNanos) {
        System.out.print("checksum=");
        System.out.println(checksum);
        System.out.print("time_ns=");
        System.out.println(elapsedNanos);
    }
}
