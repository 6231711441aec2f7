// stdin: courses.txt
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
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/** Course planning: "A: B C" means A needs B and C. Kahn's order, semesters, and cycle reports via DFS. */
public class PuzzleTopoSort {
    final Map<String, Set<String>> prereqs = new LinkedHashMap<>();

    void add(String course, String... needs) {
        prereqs.computeIfAbsent(course, k -> new TreeSet<>());
        for (String n : needs) {
            prereqs.get(course).add(n);
            prereqs.computeIfAbsent(n, k -> new TreeSet<>());
        }
    }

    List<String> order() {
        Map<String, Integer> indeg = new HashMap<>();
        Map<String, List<String>> next = new HashMap<>();
        for (var e : prereqs.entrySet()) {
            indeg.merge(e.getKey(), e.getValue().size(), Integer::sum);
            for (String p : e.getValue()) next.computeIfAbsent(p, k -> new ArrayList<>()).add(e.getKey());
        }
        PriorityQueue<String> ready = new PriorityQueue<>();
        indeg.forEach((k, v) -> { if (v == 0) ready.add(k); });
        List<String> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            String c = ready.poll();
            out.add(c);
            for (String n : next.getOrDefault(c, List.of()))
                if (indeg.merge(n, -1, Integer::sum) == 0) ready.add(n);
        }
        return out;
    }

    Map<String, Integer> semesters() {
        Map<String, Integer> level = new LinkedHashMap<>();
        for (String c : order()) {
            int l = 1;
            for (String p : prereqs.get(c)) l = Math.max(l, level.get(p) + 1);
            level.put(c, l);
        }
        return level;
    }

    List<String> findCycle() {
        Map<String, Integer> state = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        for (String start : new TreeSet<>(prereqs.keySet())) {
            List<String> c = dfs(start, state, stack);
            if (c != null) return c;
        }
        return null;
    }

    private List<String> dfs(String c, Map<String, Integer> state, Deque<String> stack) {
        Integer s = state.get(c);
        if (s != null && s == 2) return null;
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>();
            for (var it = stack.descendingIterator(); it.hasNext();) {
                String x = it.next();
                if (x.equals(c) || !cycle.isEmpty()) cycle.add(x);
            }
            cycle.add(c);
            return cycle;
        }
        state.put(c, 1);
        stack.push(c);
        for (String p : prereqs.get(c)) {
            List<String> r = dfs(p, state, stack);
            if (r != null) return r;
        }
        stack.pop();
        state.put(c, 2);
        return null;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        List<PuzzleTopoSort> plans = new ArrayList<>();
        PuzzleTopoSort cur = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            line = line.trim();
            if (line.startsWith("plan")) { cur = new PuzzleTopoSort(); plans.add(cur); continue; }
            if (line.isEmpty() || cur == null) continue;
            int colon = line.indexOf(':');
            String course = line.substring(0, colon).trim();
            String rest = line.substring(colon + 1).trim();
            java.util.StringTokenizer st = new java.util.StringTokenizer(rest);
            String[] needs = new String[st.countTokens()];
            for (int k = 0; k < needs.length; k++) needs[k] = st.nextToken();
            cur.add(course, needs);
        }
        int i = 0;
        for (PuzzleTopoSort p : plans) {
            i++;
            List<String> order = p.order();
            System.out.println("plan " + i + ": " + p.prereqs.size() + " courses");
            if (order.size() == p.prereqs.size()) {
                System.out.println("  order " + order);
                Map<Integer, List<String>> bySemester = new java.util.TreeMap<>();
                p.semesters().forEach((c, s) -> bySemester.computeIfAbsent(s, k -> new ArrayList<>()).add(c));
                bySemester.forEach((s, cs) -> System.out.println("  semester " + s + ": " + cs));
            } else {
                System.out.println("  only " + order.size() + " schedulable: " + order);
                System.out.println("  cycle: " + String.join(" -> ", p.findCycle()));
            }
        }
    }
}
