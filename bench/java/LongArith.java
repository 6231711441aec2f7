/*
 * Why this exists: 64-bit integer arithmetic (lmul, ladd, lxor, lshl, lshr, lushr, lcmp, i2l).
 * Tern cannot keep a long in one JavaScript number, so this kernel shows what its long
 * representation costs compared with int arithmetic (see IntLoop).
 */
public final class LongArith {
    /** Runs the kernel for the iteration count in args[0] and prints checksum and time. */
    public static void main(String[] args) {
        int n = Harness.iterations(args);
        long start = System.nanoTime();
        long checksum = run(n);
        long elapsed = System.nanoTime() - start;
        Harness.report(checksum, elapsed);
    }

    /** An xorshift generator feeding a multiply-xor mixer and a linear congruence, n steps. */
    static long run(int n) {
        long x = 0x9E3779B97F4A7C15L;
        long acc = 1L;
        long sum = 0L;
        for (int i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            long m = x * 0x2545F4914F6CDD1DL;
            sum += m ^ (m >>> 29);
            acc = acc * 6364136223846793005L + (x | 1L);
            sum += (acc >> 33) + i;
            if (m < sum) {
                sum -= 3L;
            }
        }
        return sum ^ acc;
    }
}
