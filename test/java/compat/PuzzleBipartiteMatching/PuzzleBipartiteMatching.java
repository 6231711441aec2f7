// stdin: preferences.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.TreeMap;

/** Assigning volunteers to shifts: bipartite check by BFS colouring, maximum matching (Kuhn's augmenting paths), and stable marriage. */
public class PuzzleBipartiteMatching {
    static boolean augment(int u, List<List<Integer>> adj, int[] matchR, boolean[] seen) {
        for (int v : adj.get(u)) {
            if (seen[v]) continue;
            seen[v] = true;
            if (matchR[v] < 0 || augment(matchR[v], adj, matchR, seen)) { matchR[v] = u; return true; }
        }
        return false;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        Map<String, List<String>> canDo = new LinkedHashMap<>();
        Map<String, List<String>> menPrefs = new LinkedHashMap<>(), womenPrefs = new LinkedHashMap<>();
        String section = "";
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            line = line.trim();
            if (line.isEmpty()) continue;
            if (line.startsWith("[")) { section = line; continue; }
            int colon = line.indexOf(':');
            String who = line.substring(0, colon).trim();
            List<String> items = new ArrayList<>();
            StringTokenizer st = new StringTokenizer(line.substring(colon + 1), ", ");
            while (st.hasMoreTokens()) items.add(st.nextToken());
            switch (section) {
                case "[shifts]" -> canDo.put(who, items);
                case "[proposers]" -> menPrefs.put(who, items);
                case "[acceptors]" -> womenPrefs.put(who, items);
                default -> System.out.println("line outside a section: " + line);
            }
        }
        List<String> people = new ArrayList<>(canDo.keySet());
        List<String> shifts = canDo.values().stream().flatMap(List::stream).distinct().sorted().toList();
        List<List<Integer>> adj = new ArrayList<>();
        for (String p : people) adj.add(canDo.get(p).stream().map(shifts::indexOf).toList());
        int[] matchR = new int[shifts.size()];
        Arrays.fill(matchR, -1);
        int matched = 0;
        for (int u = 0; u < people.size(); u++) if (augment(u, adj, matchR, new boolean[shifts.size()])) matched++;
        System.out.println("matched " + matched + " of " + people.size() + " volunteers to " + shifts.size() + " shifts");
        Map<String, String> assignment = new TreeMap<>();
        for (int v = 0; v < shifts.size(); v++) assignment.put(shifts.get(v), matchR[v] < 0 ? "(open)" : people.get(matchR[v]));
        System.out.println(assignment);

        Map<String, Integer> colour = new HashMap<>();
        boolean bipartite = true;
        List<String> queue = new ArrayList<>();
        Map<String, List<String>> undirected = new TreeMap<>();
        canDo.forEach((p, ss) -> ss.forEach(s -> {
            undirected.computeIfAbsent(p, k -> new ArrayList<>()).add(s);
            undirected.computeIfAbsent(s, k -> new ArrayList<>()).add(p);
        }));
        for (String start : undirected.keySet()) {
            if (colour.containsKey(start)) continue;
            colour.put(start, 0);
            queue.add(start);
            while (!queue.isEmpty()) {
                String x = queue.remove(0);
                for (String y : undirected.get(x)) {
                    if (!colour.containsKey(y)) { colour.put(y, 1 - colour.get(x)); queue.add(y); }
                    else if (colour.get(y).equals(colour.get(x))) bipartite = false;
                }
            }
        }
        System.out.println("volunteer/shift graph bipartite: " + bipartite + ", components coloured " + colour.size());

        Map<String, String> engagedTo = new TreeMap<>();
        Map<String, Integer> next = new HashMap<>();
        List<String> free = new ArrayList<>(menPrefs.keySet());
        int proposals = 0;
        while (!free.isEmpty()) {
            String m = free.remove(0);
            int i = next.getOrDefault(m, 0);
            if (i >= menPrefs.get(m).size()) continue;
            String w = menPrefs.get(m).get(i);
            next.put(m, i + 1);
            proposals++;
            String current = engagedTo.get(w);
            if (current == null) engagedTo.put(w, m);
            else if (womenPrefs.get(w).indexOf(m) < womenPrefs.get(w).indexOf(current)) { engagedTo.put(w, m); free.add(current); }
            else free.add(m);
        }
        System.out.println("stable pairs after " + proposals + " proposals: " + engagedTo);
    }
}
