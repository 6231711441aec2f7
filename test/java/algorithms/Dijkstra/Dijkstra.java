import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/** Dijkstra's shortest paths on a road network with a PriorityQueue of long[] entries, plus path reconstruction. */
public class Dijkstra {
    record Edge(int to, int weight) {}

    public static void main(String[] args) {
        String[] cities = {"Amsterdam", "Berlin", "Copenhagen", "Dresden", "Essen", "Frankfurt", "Graz", "Hamburg"};
        int[][] roads = {{0, 4, 655}, {0, 7, 465}, {0, 4, 206}, {4, 5, 250}, {5, 3, 460}, {1, 3, 195}, {1, 7, 290}, {7, 2, 300}, {3, 6, 700}, {5, 6, 750}, {1, 2, 440}, {5, 1, 545}};
        List<List<Edge>> graph = new ArrayList<>();
        for (int i = 0; i < cities.length; i++) graph.add(new ArrayList<>());
        for (int[] r : roads) {
            graph.get(r[0]).add(new Edge(r[1], r[2]));
            graph.get(r[1]).add(new Edge(r[0], r[2]));
        }
        for (int source : new int[] {0, 6}) {
            long[] dist = new long[cities.length];
            int[] prev = new int[cities.length];
            Arrays.fill(dist, Long.MAX_VALUE);
            Arrays.fill(prev, -1);
            dist[source] = 0;
            PriorityQueue<long[]> pq = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            pq.add(new long[] {0, source});
            int settled = 0;
            while (!pq.isEmpty()) {
                long[] top = pq.poll();
                int u = (int) top[1];
                if (top[0] > dist[u]) continue;
                settled++;
                for (Edge e : graph.get(u)) {
                    long nd = dist[u] + e.weight();
                    if (nd < dist[e.to()]) {
                        dist[e.to()] = nd;
                        prev[e.to()] = u;
                        pq.add(new long[] {nd, e.to()});
                    }
                }
            }
            System.out.println("from " + cities[source] + " (settled " + settled + "):");
            for (int t = 0; t < cities.length; t++) {
                StringBuilder path = new StringBuilder();
                for (int v = t; v != -1; v = prev[v]) path.insert(0, v == t ? cities[v] : cities[v] + " > ");
                System.out.println("  " + cities[t] + " " + dist[t] + " km via " + path);
            }
        }
        int n = 300;
        List<List<Edge>> grid = new ArrayList<>();
        for (int i = 0; i < n; i++) grid.add(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            grid.get(i).add(new Edge((i + 1) % n, 1 + (i * 7) % 13));
            grid.get(i).add(new Edge((i * 17 + 5) % n, 5 + (i * 11) % 29));
        }
        long[] dist = new long[n];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[0] = 0;
        PriorityQueue<long[]> pq = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        pq.add(new long[] {0, 0});
        while (!pq.isEmpty()) {
            long[] top = pq.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) continue;
            for (Edge e : grid.get(u)) if (dist[u] + e.weight() < dist[e.to()]) {
                dist[e.to()] = dist[u] + e.weight();
                pq.add(new long[] {dist[e.to()], e.to()});
            }
        }
        long total = 0, max = 0;
        for (long d : dist) { total += d; max = Math.max(max, d); }
        System.out.println("synthetic graph: total distance " + total + " eccentricity " + max);
    }
}
