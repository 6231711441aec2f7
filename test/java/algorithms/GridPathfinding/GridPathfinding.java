import java.util.ArrayDeque;
import java.util.Deque;

/** Breadth-first search on a character maze: shortest path length, path reconstruction drawn onto the grid, reachable counts. */
public class GridPathfinding {
    static final String[] MAZE = {
        "S.#.......#.........",
        ".##.#####.#.#######.",
        "....#...#.#.#.....#.",
        "#####.#.#...#.###.#.",
        "....#.#.#####.#...#.",
        ".##.#.#.......#.###.",
        ".#..#.#########.#...",
        ".#.##.........#.#.##",
        ".#....#######.#.#..E",
        ".######.......#....#",
    };

    public static void main(String[] args) {
        int rows = MAZE.length, cols = MAZE[0].length();
        char[][] grid = new char[rows][];
        int sr = 0, sc = 0, er = 0, ec = 0;
        for (int r = 0; r < rows; r++) {
            grid[r] = MAZE[r].toCharArray();
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] == 'S') { sr = r; sc = c; }
                if (grid[r][c] == 'E') { er = r; ec = c; }
            }
        }
        int[][] dist = new int[rows][cols];
        int[][] prev = new int[rows][cols];
        for (int[] row : dist) java.util.Arrays.fill(row, -1);
        int[] dr = {-1, 1, 0, 0}, dc = {0, 0, -1, 1};
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {sr, sc});
        dist[sr][sc] = 0;
        int reachable = 0;
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            reachable++;
            for (int d = 0; d < 4; d++) {
                int nr = cur[0] + dr[d], nc = cur[1] + dc[d];
                if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || grid[nr][nc] == '#' || dist[nr][nc] >= 0) continue;
                dist[nr][nc] = dist[cur[0]][cur[1]] + 1;
                prev[nr][nc] = cur[0] * cols + cur[1];
                queue.add(new int[] {nr, nc});
            }
        }
        System.out.println("reachable cells " + reachable + ", shortest path " + dist[er][ec]);
        int r = er, c = ec;
        while (!(r == sr && c == sc)) {
            int p = prev[r][c];
            r = p / cols;
            c = p % cols;
            if (grid[r][c] == '.') grid[r][c] = '*';
        }
        for (char[] row : grid) System.out.println(new String(row));
        int farthest = 0;
        for (int[] row : dist) for (int v : row) farthest = Math.max(farthest, v);
        System.out.println("farthest cell distance " + farthest);
    }
}
