// stdin: session.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Search-box autocomplete: a trie of phrases with usage counts, top-k suggestions, deletions and stats. */
public class PuzzleTrieAutocomplete {
    static final class Node {
        final Map<Character, Node> kids = new TreeMap<>();
        int count;
        int passing;
    }

    private final Node root = new Node();
    private int words;

    void add(String w, int times) {
        Node n = root;
        n.passing += times;
        for (char c : w.toCharArray()) {
            n = n.kids.computeIfAbsent(c, k -> new Node());
            n.passing += times;
        }
        if (n.count == 0) words++;
        n.count += times;
    }

    Optional<Node> find(String prefix) {
        Node n = root;
        for (int i = 0; i < prefix.length(); i++) {
            n = n.kids.get(prefix.charAt(i));
            if (n == null) return Optional.empty();
        }
        return Optional.of(n);
    }

    boolean remove(String w) {
        Optional<Node> end = find(w);
        if (end.isEmpty() || end.get().count == 0) return false;
        int times = end.get().count;
        Node n = root;
        n.passing -= times;
        for (char c : w.toCharArray()) {
            Node child = n.kids.get(c);
            child.passing -= times;
            if (child.passing == 0) { n.kids.remove(c); words--; return true; }
            n = child;
        }
        n.count = 0;
        words--;
        return true;
    }

    record Suggestion(String text, int count) {}

    List<Suggestion> suggest(String prefix, int k) {
        List<Suggestion> all = new ArrayList<>();
        find(prefix).ifPresent(n -> collect(n, new StringBuilder(prefix), all));
        all.sort(Comparator.comparingInt(Suggestion::count).reversed().thenComparing(Suggestion::text));
        return all.size() > k ? all.subList(0, k) : all;
    }

    private void collect(Node n, StringBuilder sb, List<Suggestion> out) {
        if (n.count > 0) out.add(new Suggestion(sb.toString(), n.count));
        for (Map.Entry<Character, Node> e : n.kids.entrySet()) {
            sb.append(e.getKey());
            collect(e.getValue(), sb, out);
            sb.setLength(sb.length() - 1);
        }
    }

    int nodes(Node n) {
        int s = 1;
        for (Node c : n.kids.values()) s += nodes(c);
        return s;
    }

    public static void main(String[] args) throws IOException {
        PuzzleTrieAutocomplete t = new PuzzleTrieAutocomplete();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) continue;
            char op = line.charAt(0);
            String arg = line.substring(1).trim().toLowerCase();
            switch (op) {
                case '+' -> {
                    int star = arg.lastIndexOf('*');
                    int times = star < 0 ? 1 : Integer.parseInt(arg.substring(star + 1));
                    t.add(star < 0 ? arg : arg.substring(0, star), times);
                }
                case '?' -> {
                    List<Suggestion> s = t.suggest(arg, 3);
                    StringBuilder sb = new StringBuilder();
                    for (Suggestion x : s) sb.append(sb.length() == 0 ? "" : " | ").append(x.text()).append(" (").append(x.count()).append(')');
                    int under = t.find(arg).map(n -> n.passing).orElse(0);
                    System.out.println("'" + arg + "' -> " + (s.isEmpty() ? "no suggestions" : sb) + " [" + under + " searches]");
                }
                case '-' -> System.out.println("remove '" + arg + "': " + t.remove(arg));
                default -> System.out.println("ignored: " + line);
            }
        }
        System.out.println(t.words + " phrases in " + t.nodes(t.root) + " nodes");
    }
}
