// stdin: calls.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.TreeSet;

/** Call-graph analysis: strongly connected components (Tarjan), the condensation DAG, recursion groups, reachability. */
public class PuzzleTarjanScc {
    final Map<String, List<String>> calls = new LinkedHashMap<>();
    final Map<String, Integer> index = new HashMap<>(), low = new HashMap<>();
    final Deque<String> stack = new ArrayDeque<>();
    final List<List<String>> components = new ArrayList<>();
    int counter;

    void edge(String a, String b) {
        calls.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
        calls.computeIfAbsent(b, k -> new ArrayList<>());
    }

    void strongConnect(String v) {
        index.put(v, counter);
        low.put(v, counter++);
        stack.push(v);
        for (String w : calls.get(v)) {
            if (!index.containsKey(w)) {
                strongConnect(w);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (stack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> comp = new ArrayList<>();
            String w;
            do { w = stack.pop(); comp.add(w); } while (!w.equals(v));
            comp.sort(null);
            components.add(comp);
        }
    }

    public static void main(String[] args) throws IOException {
        PuzzleTarjanScc g = new PuzzleTarjanScc();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            StringTokenizer st = new StringTokenizer(line, " ->,");
            if (!st.hasMoreTokens()) continue;
            String from = st.nextToken();
            g.calls.computeIfAbsent(from, k -> new ArrayList<>());
            while (st.hasMoreTokens()) g.edge(from, st.nextToken());
        }
        for (String v : g.calls.keySet()) if (!g.index.containsKey(v)) g.strongConnect(v);
        System.out.println(g.calls.size() + " functions, " + g.components.size() + " components (reverse topological order):");
        Map<String, Integer> compOf = new HashMap<>();
        for (int i = 0; i < g.components.size(); i++) {
            List<String> c = g.components.get(i);
            for (String f : c) compOf.put(f, i);
            boolean recursive = c.size() > 1 || g.calls.get(c.get(0)).contains(c.get(0));
            System.out.println("  #" + i + " " + c + (recursive ? " recursive" : ""));
        }
        Map<Integer, TreeSet<Integer>> dag = new LinkedHashMap<>();
        for (var e : g.calls.entrySet())
            for (String t : e.getValue()) {
                int a = compOf.get(e.getKey()), b = compOf.get(t);
                if (a != b) dag.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
            }
        System.out.println("condensation: " + dag);
        String entry = g.calls.keySet().iterator().next();
        TreeSet<String> reach = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(entry));
        while (!todo.isEmpty()) for (String n : g.calls.get(todo.pop())) if (reach.add(n)) todo.push(n);
        TreeSet<String> dead = new TreeSet<>(g.calls.keySet());
        dead.removeAll(reach);
        dead.remove(entry);
        System.out.println("reachable from " + entry + ": " + reach.size() + ", unreachable: " + dead);
    }
}
