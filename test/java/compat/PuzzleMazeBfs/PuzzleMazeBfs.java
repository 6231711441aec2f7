// stdin: mazes.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** Reads several mazes from stdin and prints the shortest path from S to E (BFS), drawn with dots. */
public class PuzzleMazeBfs {
    static final int[] DR = {-1, 1, 0, 0};
    static final int[] DC = {0, 0, -1, 1};
    static final char[] DIR = {'U', 'D', 'L', 'R'};

    record Cell(int r, int c) {}

    static String solve(char[][] grid, StringBuilder picture) {
        int rows = grid.length, cols = grid[0].length;
        Cell start = null, end = null;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] == 'S') start = new Cell(r, c);
                if (grid[r][c] == 'E') end = new Cell(r, c);
            }
        if (start == null || end == null) throw new IllegalArgumentException("maze needs S and E");
        int[][] dist = new int[rows][cols];
        for (int[] row : dist) Arrays.fill(row, -1);
        int[][] from = new int[rows][cols];
        Deque<Cell> queue = new ArrayDeque<>();
        queue.add(start);
        dist[start.r()][start.c()] = 0;
        int visited = 0;
        while (!queue.isEmpty()) {
            Cell cur = queue.poll();
            visited++;
            if (cur.equals(end)) break;
            for (int d = 0; d < 4; d++) {
                int nr = cur.r() + DR[d], nc = cur.c() + DC[d];
                if (nr < 0 || nc < 0 || nr >= rows || nc >= cols) continue;
                if (grid[nr][nc] == '#' || dist[nr][nc] >= 0) continue;
                dist[nr][nc] = dist[cur.r()][cur.c()] + 1;
                from[nr][nc] = d;
                queue.add(new Cell(nr, nc));
            }
        }
        if (dist[end.r()][end.c()] < 0) return "no path (visited " + visited + " cells)";
        StringBuilder moves = new StringBuilder();
        int r = end.r(), c = end.c();
        while (r != start.r() || c != start.c()) {
            int d = from[r][c];
            moves.append(DIR[d]);
            r -= DR[d];
            c -= DC[d];
            if (grid[r][c] == '.') grid[r][c] = '*';
        }
        for (char[] row : grid) picture.append(new String(row)).append('\n');
        return "length " + dist[end.r()][end.c()] + ", moves " + moves.reverse() + ", visited " + visited;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        List<char[]> rows = new ArrayList<>();
        int maze = 0;
        String line;
        while (true) {
            line = in.readLine();
            if (line == null || line.isBlank()) {
                if (!rows.isEmpty()) {
                    maze++;
                    char[][] grid = rows.toArray(new char[0][]);
                    StringBuilder picture = new StringBuilder();
                    try {
                        System.out.println("Maze " + maze + " (" + grid.length + "x" + grid[0].length + "): " + solve(grid, picture));
                        System.out.print(picture);
                    } catch (IllegalArgumentException e) {
                        System.out.println("Maze " + maze + ": " + e);
                    }
                    rows.clear();
                }
                if (line == null) break;
                continue;
            }
            rows.add(line.strip().toCharArray());
        }
        System.out.println(maze + " mazes");
    }
}
