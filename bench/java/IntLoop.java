/*
 * Why this exists: the cost of plain int arithmetic in a tight loop, with locals only (iload,
 * istore, iinc, iadd, imul, ishl, iushr, ixor, iand, idiv, irem and a backward branch). This is the
 * interpreter's dispatch cost in its purest form, and the first thing a JIT should make fast.
 * int overflow wraps (JLS 15.17.1, JVMS imul), so both VMs must wrap identically.
 */
public final class IntLoop {
    /** Runs the kernel for the iteration count in args[0] and prints checksum and time. */
    public static void main(String[] args) {
        int n = Harness.iterations(args);
        long start = System.nanoTime();
        long checksum = run(n);
        long elapsed = System.nanoTime() - start;
        Harness.report(checksum, elapsed);
    }

    /** One loop of int arithmetic with n trips; returns a value mixing every intermediate. */
    static long run(int n) {
        int a = 1;
        int b = 0;
        int c = 12345;
        for (int i = 0; i < n; i++) {
            a = a * 1103515245 + 12345;
            b += (a >>> 16) ^ i;
            c = (c << 3) - c + (b & 0xff);
            c += b / (1 + (i & 7)) - b % 13;
        }
        return ((long) a << 32) ^ ((long) b << 16) ^ c;
    }
}
