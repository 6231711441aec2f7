/*
 * Why this exists: array element access (iaload, iastore, daload, dastore, aaload, arraylength)
 * and the bounds checks that come with it (JVMS 6.5 iaload: ArrayIndexOutOfBoundsException).
 * An int[] is filled, turned into prefix sums and folded; a 2-D double[][] is written row by row
 * and read column by column, so every read goes through the outer array (aaload) first.
 */
public final class ArrayTraversal {
    private static final int LENGTH = 4096;
    private static final int SIDE = 48;

    /** Runs the kernel for the iteration count in args[0] and prints checksum and time. */
    public static void main(String[] args) {
        int n = Harness.iterations(args);
        long start = System.nanoTime();
        long checksum = run(n);
        long elapsed = System.nanoTime() - start;
        Harness.report(checksum, elapsed);
    }

    /** n rounds over one int[LENGTH] and one double[SIDE][SIDE], allocated once. */
    static long run(int n) {
        int[] values = new int[LENGTH];
        double[][] grid = new double[SIDE][SIDE];
        long check = 0L;
        for (int round = 0; round < n; round++) {
            check += intPass(values, round);
            check += (long) gridPass(grid, round);
        }
        return check;
    }

    /** Fills, prefix-sums and folds the int array; int overflow wraps as in Java. */
    static int intPass(int[] values, int round) {
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 7 + round;
        }
        for (int i = 1; i < values.length; i++) {
            values[i] += values[i - 1];
        }
        int folded = 0;
        for (int v : values) {
            folded = (folded ^ v) + (v >>> 3);
        }
        return folded;
    }

    /** Writes the grid row-major, then reads it column-major with a weight per cell. */
    static double gridPass(double[][] grid, int round) {
        for (int i = 0; i < grid.length; i++) {
            double[] row = grid[i];
            for (int j = 0; j < row.length; j++) {
                row[j] = (i + 1) * 0.5 + j * 0.25 + round;
            }
        }
        double total = 0.0;
        for (int j = 0; j < SIDE; j++) {
            for (int i = 0; i < SIDE; i++) {
                total += grid[i][j] * (i - j);
            }
        }
        return total;
    }
}
