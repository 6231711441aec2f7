/** Conway's Game of Life on a wrapping grid: a glider and a blinker evolve; population and the final board are printed. */
public class GameOfLife {
    static boolean[][] step(boolean[][] g) {
        int h = g.length, w = g[0].length;
        boolean[][] next = new boolean[h][w];
        for (int r = 0; r < h; r++)
            for (int c = 0; c < w; c++) {
                int n = 0;
                for (int dr = -1; dr <= 1; dr++)
                    for (int dc = -1; dc <= 1; dc++)
                        if ((dr != 0 || dc != 0) && g[(r + dr + h) % h][(c + dc + w) % w]) n++;
                next[r][c] = g[r][c] ? n == 2 || n == 3 : n == 3;
            }
        return next;
    }

    static int population(boolean[][] g) {
        int p = 0;
        for (boolean[] row : g) for (boolean b : row) if (b) p++;
        return p;
    }

    static void print(boolean[][] g) {
        for (boolean[] row : g) {
            char[] line = new char[row.length];
            for (int i = 0; i < row.length; i++) line[i] = row[i] ? '#' : '.';
            System.out.println(new String(line));
        }
    }

    public static void main(String[] args) {
        boolean[][] g = new boolean[12][20];
        int[][] glider = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
        for (int[] p : glider) g[p[0]][p[1]] = true;
        g[6][10] = g[6][11] = g[6][12] = true;
        int[][] rpent = {{8, 15}, {8, 16}, {9, 14}, {9, 15}, {10, 15}};
        for (int[] p : rpent) g[p[0]][p[1]] = true;
        StringBuilder pops = new StringBuilder();
        for (int gen = 0; gen < 60; gen++) {
            if (gen % 5 == 0) pops.append(population(g)).append(' ');
            g = step(g);
        }
        System.out.println("populations every 5 generations: " + pops.toString().trim());
        print(g);
        long hash = 0;
        for (boolean[] row : g) for (boolean b : row) hash = hash * 31 + (b ? 1 : 0);
        System.out.println("board hash " + hash);
    }
}
