/*
 * Why this exists: building strings with StringBuilder (append of String, char, int and long,
 * then toString) and hashing them with String.hashCode, whose result the Java API specifies
 * exactly. This is mostly class-library code running on the VM, as in real programs that log or
 * format text; StringBuilder is used explicitly because javac would compile "a" + b to
 * invokedynamic.
 */
public final class StringBuilding {
    /** Runs the kernel for the iteration count in args[0] and prints checksum and time. */
    public static void main(String[] args) {
        int n = Harness.iterations(args);
        long start = System.nanoTime();
        long checksum = run(n);
        long elapsed = System.nanoTime() - start;
        Harness.report(checksum, elapsed);
    }

    /** n short strings built from scratch, plus one long-lived builder reset when it grows. */
    static long run(int n) {
        StringBuilder log = new StringBuilder();
        long check = 0L;
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            sb.append("item").append(i).append(':').append(i * 31 - 7).append(',');
            sb.append("tag-").append((char) ('a' + i % 26)).append((long) i * 1_000_003L);
            String s = sb.toString();
            check += s.hashCode() + s.length();
            log.append(s).append(';');
            if (log.length() > 2000) {
                check ^= log.toString().hashCode();
                log.setLength(0);
            }
        }
        return check + log.length();
    }
}
