// Compiled exception handlers inside loops whose array accesses are versioned (range-check
// elimination): a handler in the inner loop of a row nest, one at the header of a down-counting
// loop, and the checked copies throwing (null row, short output array).
public class HandlerInVersionedLoop {
    static int parseOr(String s, int dflt) {
        try { return Integer.parseInt(s); } catch (NumberFormatException e) { return dflt; }
    }
    static int check(int v) {
        if (v % 7 == 3) throw new IllegalStateException("bad " + v);
        return v;
    }
    // A row-major nest whose inner loop's accesses are versioned, with a handler in the inner loop.
    static long nest(int[][] grid, int[] out) {
        long bad = 0;
        for (int r = 0; r < grid.length; r++) {
            int[] row = grid[r];
            out[r] = 0;
            for (int c = 0; c < row.length; c++) {
                try {
                    out[r] += check(row[c]);
                } catch (IllegalStateException e) {
                    bad += c;
                    out[r] -= 1;
                }
            }
        }
        return bad;
    }
    // The handler is the loop: catch at the header of a down-counting loop.
    static int countdown(int[] a, String[] words) {
        int s = 0;
        for (int i = a.length - 1; i >= 0; i--) {
            try {
                s += a[i] * Integer.parseInt(words[i % words.length]);
            } catch (NumberFormatException e) {
                s -= a[i];
            }
        }
        return s;
    }
    public static void main(String[] args) {
        int n = 60;
        int[][] grid = new int[n][];
        for (int r = 0; r < n; r++) { grid[r] = new int[10 + r % 5]; for (int c = 0; c < grid[r].length; c++) grid[r][c] = r * 31 + c * 17; }
        int[] out = new int[n];
        long total = 0;
        for (int k = 0; k < 200; k++) total += nest(grid, out);
        long sum = 0;
        for (int v : out) sum += v;
        System.out.println(total + " " + sum);
        int[] a = new int[500];
        for (int i = 0; i < a.length; i++) a[i] = i * 3 - 7;
        String[] words = { "1", "x", "3", "-2", "", "5" };
        int t = 0;
        for (int k = 0; k < 100; k++) t += countdown(a, words);
        System.out.println(t);
        try { nest(new int[][] { { 1, 2 }, null }, out); } catch (NullPointerException e) { System.out.println("NPE " + out[0]); }
        try { nest(grid, new int[3]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
    }
}
