import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/** Union-find with path compression and union by rank: connected components and Kruskal's minimum spanning tree. */
public class UnionFind {
    final int[] parent, rank;
    int components;

    UnionFind(int n) {
        parent = new int[n];
        rank = new int[n];
        components = n;
        for (int i = 0; i < n; i++) parent[i] = i;
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    boolean union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra == rb) return false;
        if (rank[ra] < rank[rb]) { int t = ra; ra = rb; rb = t; }
        parent[rb] = ra;
        if (rank[ra] == rank[rb]) rank[ra]++;
        components--;
        return true;
    }

    record Edge(int a, int b, int w) {}

    public static void main(String[] args) {
        UnionFind uf = new UnionFind(10);
        int[][] links = {{0, 1}, {2, 3}, {1, 3}, {5, 6}, {7, 8}, {8, 9}, {9, 7}, {0, 2}};
        for (int[] l : links) System.out.println("union " + l[0] + "-" + l[1] + " merged " + uf.union(l[0], l[1]) + " components " + uf.components);
        TreeMap<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < 10; i++) groups.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
        List<List<Integer>> sets = new ArrayList<>(groups.values());
        sets.sort(Comparator.comparing(l -> l.get(0)));
        System.out.println("groups " + sets);
        List<Edge> edges = new ArrayList<>();
        int n = 40;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if ((i * 31 + j * 17) % 7 == 0) edges.add(new Edge(i, j, (i * 13 + j * 29) % 100 + 1));
        edges.sort(Comparator.comparingInt(Edge::w).thenComparingInt(Edge::a).thenComparingInt(Edge::b));
        UnionFind mst = new UnionFind(n);
        long weight = 0;
        int used = 0;
        for (Edge e : edges) if (mst.union(e.a(), e.b())) { weight += e.w(); used++; }
        System.out.println("edges " + edges.size() + " mst edges " + used + " weight " + weight + " components left " + mst.components);
        UnionFind big = new UnionFind(100000);
        for (int i = 0; i + 7 < 100000; i++) big.union(i, i + 7);
        System.out.println("big components " + big.components + " same(0, 99995) " + (big.find(0) == big.find(99995)) + " same(0, 1) " + (big.find(0) == big.find(1)));
    }
}
