/** Solves a sudoku by backtracking with bitmask candidate sets, counting the guesses it needed. */
public class SudokuSolver {
    static final int[] rows = new int[9], cols = new int[9], boxes = new int[9];
    static int guesses;

    static boolean solve(int[][] g, int pos) {
        if (pos == 81) return true;
        int r = pos / 9, c = pos % 9;
        if (g[r][c] != 0) return solve(g, pos + 1);
        int b = (r / 3) * 3 + c / 3;
        int candidates = ~(rows[r] | cols[c] | boxes[b]) & 0x3fe;
        while (candidates != 0) {
            int bit = candidates & -candidates;
            candidates ^= bit;
            int d = Integer.numberOfTrailingZeros(bit);
            guesses++;
            g[r][c] = d;
            rows[r] |= bit; cols[c] |= bit; boxes[b] |= bit;
            if (solve(g, pos + 1)) return true;
            rows[r] ^= bit; cols[c] ^= bit; boxes[b] ^= bit;
        }
        g[r][c] = 0;
        return false;
    }

    public static void main(String[] args) {
        String puzzle = "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
        int[][] g = new int[9][9];
        for (int i = 0; i < 81; i++) {
            int d = puzzle.charAt(i) - '0';
            g[i / 9][i % 9] = d;
            if (d != 0) {
                rows[i / 9] |= 1 << d;
                cols[i % 9] |= 1 << d;
                boxes[(i / 27) * 3 + (i % 9) / 3] |= 1 << d;
            }
        }
        boolean solved = solve(g, 0);
        System.out.println("solved " + solved + " after " + guesses + " guesses");
        for (int r = 0; r < 9; r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < 9; c++) {
                sb.append(g[r][c]);
                if (c % 3 == 2 && c < 8) sb.append(" | ");
                else if (c < 8) sb.append(' ');
            }
            System.out.println(sb);
            if (r % 3 == 2 && r < 8) System.out.println("------+-------+------");
        }
        boolean valid = true;
        for (int i = 0; i < 9; i++) valid &= rows[i] == 0x3fe && cols[i] == 0x3fe && boxes[i] == 0x3fe;
        System.out.println("valid " + valid);
    }
}
