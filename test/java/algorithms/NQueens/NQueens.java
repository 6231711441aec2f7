/** Counts N-queens solutions with backtracking over boolean arrays and with bitmasks, and prints the first 8x8 board. */
public class NQueens {
    static int countArrays(int n, int row, boolean[] cols, boolean[] d1, boolean[] d2) {
        if (row == n) return 1;
        int count = 0;
        for (int c = 0; c < n; c++) {
            if (cols[c] || d1[row + c] || d2[row - c + n - 1]) continue;
            cols[c] = d1[row + c] = d2[row - c + n - 1] = true;
            count += countArrays(n, row + 1, cols, d1, d2);
            cols[c] = d1[row + c] = d2[row - c + n - 1] = false;
        }
        return count;
    }

    static int countBits(int n, int row, int cols, int diag1, int diag2) {
        if (row == n) return 1;
        int count = 0;
        int free = ~(cols | diag1 | diag2) & ((1 << n) - 1);
        while (free != 0) {
            int bit = free & -free;
            free ^= bit;
            count += countBits(n, row + 1, cols | bit, (diag1 | bit) << 1, (diag2 | bit) >>> 1);
        }
        return count;
    }

    static boolean firstSolution(int n, int row, int[] queens) {
        if (row == n) return true;
        for (int c = 0; c < n; c++) {
            boolean ok = true;
            for (int r = 0; r < row && ok; r++) ok = queens[r] != c && Math.abs(queens[r] - c) != row - r;
            if (!ok) continue;
            queens[row] = c;
            if (firstSolution(n, row + 1, queens)) return true;
        }
        return false;
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 10; n++) {
            int a = countArrays(n, 0, new boolean[n], new boolean[2 * n], new boolean[2 * n]);
            int b = countBits(n, 0, 0, 0, 0);
            System.out.println(n + " queens: " + a + " solutions" + (a == b ? "" : " MISMATCH " + b));
        }
        int[] queens = new int[8];
        firstSolution(8, 0, queens);
        for (int r = 0; r < 8; r++) {
            char[] row = "........".toCharArray();
            row[queens[r]] = 'Q';
            System.out.println(new String(row));
        }
    }
}
