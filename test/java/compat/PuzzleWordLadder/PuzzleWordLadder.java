// stdin: words.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;

/** Word ladders: BFS over a dictionary, changing one letter at a time; counts all shortest ladders. */
public class PuzzleWordLadder {
    final Set<String> dict = new TreeSet<>();

    List<String> neighbours(String w) {
        List<String> out = new ArrayList<>();
        char[] cs = w.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char orig = cs[i];
            for (char c = 'a'; c <= 'z'; c++) {
                if (c == orig) continue;
                cs[i] = c;
                String s = new String(cs);
                if (dict.contains(s)) out.add(s);
            }
            cs[i] = orig;
        }
        return out;
    }

    String ladder(String from, String to) {
        if (from.length() != to.length()) return "lengths differ";
        if (!dict.contains(to)) return "'" + to + "' is not a word";
        Map<String, Integer> depth = new HashMap<>();
        Map<String, Long> ways = new HashMap<>();
        Map<String, String> parent = new HashMap<>();
        Queue<String> q = new ArrayDeque<>();
        q.add(from);
        depth.put(from, 0);
        ways.put(from, 1L);
        while (!q.isEmpty()) {
            String w = q.remove();
            for (String n : neighbours(w)) {
                Integer d = depth.get(n);
                if (d == null) {
                    depth.put(n, depth.get(w) + 1);
                    ways.put(n, ways.get(w));
                    parent.put(n, w);
                    q.add(n);
                } else if (d == depth.get(w) + 1) {
                    ways.merge(n, ways.get(w), Long::sum);
                }
            }
        }
        if (!depth.containsKey(to)) return "no ladder (" + depth.size() + " words reachable)";
        List<String> path = new ArrayList<>();
        for (String w = to; w != null; w = parent.get(w)) path.add(w);
        Collections.reverse(path);
        return depth.get(to) + " steps, " + ways.get(to) + " shortest ladders, e.g. " + path;
    }

    public static void main(String[] args) throws IOException {
        PuzzleWordLadder p = new PuzzleWordLadder();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        List<String[]> queries = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            line = line.trim();
            if (line.contains("->")) {
                int i = line.indexOf("->");
                queries.add(new String[] {line.substring(0, i).trim(), line.substring(i + 2).trim()});
            } else {
                java.util.StringTokenizer st = new java.util.StringTokenizer(line);
                while (st.hasMoreTokens()) p.dict.add(st.nextToken().toLowerCase());
            }
        }
        System.out.println(p.dict.size() + " words");
        Set<String> isolated = new TreeSet<>();
        Map<Integer, Integer> degreeHistogram = new java.util.TreeMap<>();
        for (String w : p.dict) {
            int deg = p.neighbours(w).size();
            degreeHistogram.merge(deg, 1, Integer::sum);
            if (deg == 0) isolated.add(w);
        }
        System.out.println("degree histogram " + degreeHistogram + ", isolated " + isolated);
        Set<String> seen = new HashSet<>();
        for (String[] q : queries) {
            String key = q[0] + ">" + q[1];
            System.out.println(q[0] + " -> " + q[1] + ": " + p.ladder(q[0], q[1]) + (seen.add(key) ? "" : " (repeated)"));
        }
    }
}
