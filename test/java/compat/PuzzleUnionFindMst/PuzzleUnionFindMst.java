// stdin: network.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.TreeMap;

/** Cable network planning: components with union-find, then Kruskal's minimum spanning forest. */
public class PuzzleUnionFindMst {
    static final class DisjointSet {
        private final int[] parent, rank, size;
        int components;

        DisjointSet(int n) {
            parent = new int[n];
            rank = new int[n];
            size = new int[n];
            for (int i = 0; i < n; i++) { parent[i] = i; size[i] = 1; }
            components = n;
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
            size[ra] += size[rb];
            if (rank[ra] == rank[rb]) rank[ra]++;
            components--;
            return true;
        }

        int sizeOf(int x) { return size[find(x)]; }
    }

    record Link(int a, int b, int cost) {}

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer header = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(header.nextToken());
        int m = Integer.parseInt(header.nextToken());
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            StringTokenizer st = new StringTokenizer(in.readLine());
            links.add(new Link(Integer.parseInt(st.nextToken()), Integer.parseInt(st.nextToken()), Integer.parseInt(st.nextToken())));
        }
        DisjointSet plain = new DisjointSet(n);
        for (Link l : links) plain.union(l.a(), l.b());
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(plain.find(i), k -> new ArrayList<>()).add(i);
        List<List<Integer>> comps = new ArrayList<>(groups.values());
        comps.sort(Comparator.comparing((List<Integer> c) -> -c.size()).thenComparing(c -> c.get(0)));
        System.out.println(plain.components + " components: " + comps);

        List<Link> sorted = new ArrayList<>(links);
        Collections.sort(sorted, Comparator.comparingInt(Link::cost).thenComparingInt(Link::a).thenComparingInt(Link::b));
        DisjointSet ds = new DisjointSet(n);
        long total = 0;
        List<Link> used = new ArrayList<>();
        List<Link> redundant = new ArrayList<>();
        for (Link l : sorted) {
            if (ds.union(l.a(), l.b())) {
                used.add(l);
                total += l.cost();
            } else {
                redundant.add(l);
            }
        }
        System.out.println("spanning forest cost " + total + " with " + used.size() + " links:");
        for (Link l : used) System.out.println("  " + l.a() + "-" + l.b() + " @" + l.cost());
        System.out.println("redundant: " + redundant);
        int biggest = 0;
        for (int i = 0; i < n; i++) biggest = Math.max(biggest, ds.sizeOf(i));
        System.out.println("largest connected group " + biggest + ", savings " + (links.stream().mapToLong(Link::cost).sum() - total));
    }
}
