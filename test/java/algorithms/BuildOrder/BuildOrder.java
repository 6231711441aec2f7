import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Topological sort of build targets (Kahn's algorithm) with deterministic tie-breaking, and cycle detection by DFS. */
public class BuildOrder {
    static List<String> kahn(Map<String, List<String>> deps) {
        Map<String, Integer> indegree = new LinkedHashMap<>();
        Map<String, List<String>> dependents = new LinkedHashMap<>();
        for (String t : deps.keySet()) {
            indegree.putIfAbsent(t, 0);
            for (String d : deps.get(t)) {
                indegree.putIfAbsent(d, 0);
                indegree.merge(t, 1, Integer::sum);
                dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(t);
            }
        }
        Deque<String> ready = new ArrayDeque<>();
        for (Map.Entry<String, Integer> e : indegree.entrySet()) if (e.getValue() == 0) ready.add(e.getKey());
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String t = ready.poll();
            order.add(t);
            for (String next : dependents.getOrDefault(t, List.of())) if (indegree.merge(next, -1, Integer::sum) == 0) ready.add(next);
        }
        if (order.size() != indegree.size()) throw new IllegalStateException("cycle among " + (indegree.size() - order.size()) + " targets");
        return order;
    }

    static List<String> findCycle(Map<String, List<String>> deps) {
        Map<String, Integer> state = new LinkedHashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        for (String start : deps.keySet()) {
            List<String> cycle = dfs(start, deps, state, stack);
            if (cycle != null) return cycle;
        }
        return List.of();
    }

    static List<String> dfs(String node, Map<String, List<String>> deps, Map<String, Integer> state, Deque<String> stack) {
        Integer s = state.get(node);
        if (s != null && s == 2) return null;
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>();
            for (String n : stack) {
                cycle.add(0, n);
                if (n.equals(node)) break;
            }
            cycle.add(node);
            return cycle;
        }
        state.put(node, 1);
        stack.push(node);
        for (String d : deps.getOrDefault(node, List.of())) {
            List<String> c = dfs(d, deps, state, stack);
            if (c != null) return c;
        }
        stack.pop();
        state.put(node, 2);
        return null;
    }

    public static void main(String[] args) {
        Map<String, List<String>> deps = new LinkedHashMap<>();
        deps.put("app", List.of("ui", "core", "net"));
        deps.put("ui", List.of("core", "assets"));
        deps.put("net", List.of("core", "tls"));
        deps.put("tls", List.of("crypto"));
        deps.put("core", List.of("util"));
        deps.put("tests", List.of("app", "mocks"));
        deps.put("mocks", List.of("core"));
        System.out.println("build order " + kahn(deps));
        System.out.println("no cycle " + findCycle(deps));
        deps.put("util", List.of("tests"));
        try {
            kahn(deps);
        } catch (IllegalStateException e) {
            System.out.println("kahn: " + e.getMessage());
        }
        System.out.println("cycle " + findCycle(deps));
    }
}
