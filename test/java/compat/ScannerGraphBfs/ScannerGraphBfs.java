// stdin: input.txt
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;

/**
 * Reads an undirected graph (V vertices, E edge lines) with Scanner and answers: number of
 * connected components, BFS distances from a source, and the farthest reachable vertex.
 */
public class ScannerGraphBfs {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int v = sc.nextInt();
        int e = sc.nextInt();
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i <= v; i++) {
            adj.add(new ArrayList<>());
        }
        for (int i = 0; i < e; i++) {
            int a = sc.nextInt();
            int b = sc.nextInt();
            adj.get(a).add(b);
            adj.get(b).add(a);
        }
        int source = sc.nextInt();
        int[] dist = new int[v + 1];
        java.util.Arrays.fill(dist, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        dist[source] = 0;
        queue.add(source);
        int farthest = source;
        while (!queue.isEmpty()) {
            int u = queue.poll();
            if (dist[u] > dist[farthest] || (dist[u] == dist[farthest] && u < farthest)) {
                farthest = u;
            }
            for (int w : adj.get(u)) {
                if (dist[w] < 0) {
                    dist[w] = dist[u] + 1;
                    queue.add(w);
                }
            }
        }
        int reached = 0;
        long sumDist = 0;
        int[] histogram = new int[64];
        for (int i = 1; i <= v; i++) {
            if (dist[i] >= 0) {
                reached++;
                sumDist += dist[i];
                histogram[Math.min(dist[i], 63)]++;
            }
        }
        int components = 0;
        boolean[] seen = new boolean[v + 1];
        for (int i = 1; i <= v; i++) {
            if (!seen[i]) {
                components++;
                queue.add(i);
                seen[i] = true;
                while (!queue.isEmpty()) {
                    int u = queue.poll();
                    for (int w : adj.get(u)) {
                        if (!seen[w]) {
                            seen[w] = true;
                            queue.add(w);
                        }
                    }
                }
            }
        }
        System.out.println("vertices=" + v + " edges=" + e + " components=" + components);
        System.out.println("reached from " + source + ": " + reached + ", total distance " + sumDist);
        System.out.println("farthest: " + farthest + " at " + dist[farthest]);
        StringBuilder sb = new StringBuilder("by distance:");
        for (int d = 0; d < 64; d++) {
            if (histogram[d] > 0) {
                sb.append(' ').append(d).append('=').append(histogram[d]);
            }
        }
        System.out.println(sb);
    }
}
