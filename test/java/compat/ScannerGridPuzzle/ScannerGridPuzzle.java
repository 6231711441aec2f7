// stdin: grid.txt
import java.util.ArrayDeque;
import java.util.Scanner;

/** Reads a maze with Scanner (dimensions, rows via next(), queries via nextInt) and solves it with BFS. */
public class ScannerGridPuzzle {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int rows = sc.nextInt();
        int cols = sc.nextInt();
        char[][] grid = new char[rows][];
        for (int r = 0; r < rows; r++) {
            grid[r] = sc.next().toCharArray();
        }
        int queries = sc.nextInt();
        for (int q = 0; q < queries; q++) {
            int r0 = sc.nextInt(), c0 = sc.nextInt(), r1 = sc.nextInt(), c1 = sc.nextInt();
            int d = bfs(grid, rows, cols, r0, c0, r1, c1);
            System.out.println("(" + r0 + "," + c0 + ") -> (" + r1 + "," + c1 + "): " + (d < 0 ? "unreachable" : d + " steps"));
        }
        int walls = 0;
        for (char[] row : grid) {
            walls += new String(row).replaceAll("[^#]", "").length();
        }
        System.out.println("walls=" + walls + " open=" + (rows * cols - walls) + " trailing=" + sc.hasNext());
    }

    static int bfs(char[][] g, int rows, int cols, int r0, int c0, int r1, int c1) {
        int[][] dist = new int[rows][cols];
        for (int[] row : dist) {
            java.util.Arrays.fill(row, -1);
        }
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        if (g[r0][c0] == '#') {
            return -1;
        }
        dist[r0][c0] = 0;
        queue.add(new int[] {r0, c0});
        int[] dr = {1, -1, 0, 0};
        int[] dc = {0, 0, 1, -1};
        while (!queue.isEmpty()) {
            int[] p = queue.poll();
            if (p[0] == r1 && p[1] == c1) {
                return dist[r1][c1];
            }
            for (int k = 0; k < 4; k++) {
                int nr = p[0] + dr[k], nc = p[1] + dc[k];
                if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && g[nr][nc] != '#' && dist[nr][nc] < 0) {
                    dist[nr][nc] = dist[p[0]][p[1]] + 1;
                    queue.add(new int[] {nr, nc});
                }
            }
        }
        return -1;
    }
}
