/** A computation long enough to checkpoint or migrate while it runs (examples/checkpoint-resume.ts, examples/migrate.ts). */
public class LongJob {
    /** Numbers examined so far by {@link #countPrimes}: lets a caller wait until the job is under way. */
    private static volatile int examined;

    /** Counts the primes below {@code limit} by trial division, slowly on purpose. */
    public static int countPrimes(int limit) {
        int count = 0;
        for (int n = 2; n < limit; n++) {
            boolean prime = true;
            for (int d = 2; d * d <= n; d++) {
                if (n % d == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) count++;
            examined = n;
        }
        return count;
    }

    public static int examined() {
        return examined;
    }
}
