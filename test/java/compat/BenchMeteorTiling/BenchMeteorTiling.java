import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A meteor-contest-style puzzle, small: tile a 5x6 board with 6 pentominoes, counting solutions by exact cover. */
public class BenchMeteorTiling {
    static final int ROWS = 5, COLS = 6;
    static final String[] NAMES = {"I", "L", "P", "U", "V", "Z"};
    static final int[][][] SHAPES = {
        {{0, 0}, {0, 1}, {0, 2}, {0, 3}, {0, 4}},
        {{0, 0}, {1, 0}, {2, 0}, {3, 0}, {3, 1}},
        {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 0}},
        {{0, 0}, {0, 2}, {1, 0}, {1, 1}, {1, 2}},
        {{0, 0}, {1, 0}, {2, 0}, {2, 1}, {2, 2}},
        {{0, 0}, {0, 1}, {1, 1}, {2, 1}, {2, 2}},
    };

    /** All distinct orientations of a piece as cell bitmasks at every position. */
    static List<Long> placements(int[][] shape) {
        Set<String> seenOrientations = new LinkedHashSet<>();
        List<Long> out = new ArrayList<>();
        int[][] cur = shape;
        for (int flip = 0; flip < 2; flip++) {
            for (int rot = 0; rot < 4; rot++) {
                int minR = Integer.MAX_VALUE, minC = Integer.MAX_VALUE;
                for (int[] p : cur) { minR = Math.min(minR, p[0]); minC = Math.min(minC, p[1]); }
                int[][] norm = new int[cur.length][];
                for (int i = 0; i < cur.length; i++) norm[i] = new int[] {cur[i][0] - minR, cur[i][1] - minC};
                java.util.Arrays.sort(norm, (a, b) -> a[0] != b[0] ? a[0] - b[0] : a[1] - b[1]);
                if (seenOrientations.add(java.util.Arrays.deepToString(norm))) {
                    for (int r = 0; r < ROWS; r++)
                        for (int c = 0; c < COLS; c++) {
                            long mask = 0;
                            boolean ok = true;
                            for (int[] p : norm) {
                                int rr = r + p[0], cc = c + p[1];
                                if (rr >= ROWS || cc >= COLS) { ok = false; break; }
                                mask |= 1L << (rr * COLS + cc);
                            }
                            if (ok) out.add(mask);
                        }
                }
                int[][] rotated = new int[cur.length][];
                for (int i = 0; i < cur.length; i++) rotated[i] = new int[] {cur[i][1], -cur[i][0]};
                cur = rotated;
            }
            int[][] flipped = new int[cur.length][];
            for (int i = 0; i < cur.length; i++) flipped[i] = new int[] {cur[i][0], -cur[i][1]};
            cur = flipped;
        }
        return out;
    }

    static List<List<Long>> all = new ArrayList<>();
    static int solutions;
    static String first;
    static long nodes;

    static void solve(long board, int used, long[] chosen) {
        nodes++;
        long full = (1L << (ROWS * COLS)) - 1;
        if (board == full) {
            solutions++;
            if (first == null) first = render(chosen);
            return;
        }
        int cell = Long.numberOfTrailingZeros(~board);
        for (int p = 0; p < NAMES.length; p++) {
            if ((used & (1 << p)) != 0) continue;
            for (long m : all.get(p)) {
                if ((m & board) != 0 || (m & (1L << cell)) == 0) continue;
                chosen[p] = m;
                solve(board | m, used | (1 << p), chosen);
                chosen[p] = 0;
            }
        }
    }

    static String render(long[] chosen) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                char ch = '.';
                for (int p = 0; p < NAMES.length; p++) if ((chosen[p] >> (r * COLS + c) & 1) != 0) ch = NAMES[p].charAt(0);
                sb.append(ch);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        int total = 0;
        for (int i = 0; i < SHAPES.length; i++) {
            List<Long> p = placements(SHAPES[i]);
            all.add(p);
            total += p.size();
            System.out.println(NAMES[i] + ": " + p.size() + " placements, first mask " + Long.toBinaryString(p.get(0)));
        }
        System.out.println(total + " placements in all");
        solve(0L, 0, new long[NAMES.length]);
        System.out.println(solutions + " solutions (" + nodes + " search nodes); first:");
        System.out.print(first);
    }
}
