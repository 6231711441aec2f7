// stdin: map.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/** Island survey of an ASCII map: flood fill (iterative DFS), areas, perimeters, lakes and labelled map. */
public class PuzzleIslands {
    static final class Island implements Comparable<Island> {
        final char label;
        int area, perimeter, minR = Integer.MAX_VALUE, minC = Integer.MAX_VALUE, maxR, maxC;
        Island(char label) { this.label = label; }
        public int compareTo(Island o) { return o.area != area ? Integer.compare(o.area, area) : Character.compare(label, o.label); }
        @Override public String toString() {
            return "island " + label + ": area " + area + ", coast " + perimeter + ", box " + (maxR - minR + 1) + "x" + (maxC - minC + 1);
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        List<String> lines = new ArrayList<>();
        for (String l = in.readLine(); l != null; l = in.readLine()) if (!l.isEmpty()) lines.add(l);
        int rows = lines.size(), cols = 0;
        for (String l : lines) cols = Math.max(cols, l.length());
        char[][] map = new char[rows][cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) map[r][c] = c < lines.get(r).length() && lines.get(r).charAt(c) == '#' ? '#' : '~';
        int[][] dirs = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        List<Island> islands = new ArrayList<>();
        char next = 'A';
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                if (map[r][c] != '#') continue;
                Island is = new Island(next);
                next = next == 'Z' ? 'a' : (char) (next + 1);
                Deque<int[]> stack = new ArrayDeque<>();
                stack.push(new int[] {r, c});
                map[r][c] = is.label;
                while (!stack.isEmpty()) {
                    int[] p = stack.pop();
                    is.area++;
                    is.minR = Math.min(is.minR, p[0]); is.maxR = Math.max(is.maxR, p[0]);
                    is.minC = Math.min(is.minC, p[1]); is.maxC = Math.max(is.maxC, p[1]);
                    for (int[] d : dirs) {
                        int nr = p[0] + d[0], nc = p[1] + d[1];
                        if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || map[nr][nc] == '~' || map[nr][nc] == '.') { is.perimeter++; continue; }
                        if (map[nr][nc] == '#') { map[nr][nc] = is.label; stack.push(new int[] {nr, nc}); }
                    }
                }
                islands.add(is);
            }
        // water not connected to the border is a lake
        boolean[][] ocean = new boolean[rows][cols];
        Deque<int[]> q = new ArrayDeque<>();
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++)
            if ((r == 0 || c == 0 || r == rows - 1 || c == cols - 1) && map[r][c] == '~') { ocean[r][c] = true; q.add(new int[] {r, c}); }
        while (!q.isEmpty()) {
            int[] p = q.poll();
            for (int[] d : dirs) {
                int nr = p[0] + d[0], nc = p[1] + d[1];
                if (nr >= 0 && nc >= 0 && nr < rows && nc < cols && !ocean[nr][nc] && map[nr][nc] == '~') { ocean[nr][nc] = true; q.add(new int[] {nr, nc}); }
            }
        }
        int lakeCells = 0;
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) if (map[r][c] == '~' && !ocean[r][c]) { map[r][c] = '.'; lakeCells++; }
        for (char[] row : map) System.out.println(new String(row));
        Collections.sort(islands);
        islands.forEach(System.out::println);
        int land = islands.stream().mapToInt(i -> i.area).sum();
        System.out.println(islands.size() + " islands, land " + land + " of " + rows * cols + " cells, lake cells " + lakeCells);
    }
}
