// stdin: roads.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.StringTokenizer;
import java.util.TreeMap;

/** Road network from stdin ("road A B km" lines, then "route A B" queries): Dijkstra with path output. */
public class PuzzleDijkstraRoutes {
    record Edge(String to, int km) {}
    record State(String city, long dist) implements Comparable<State> {
        public int compareTo(State o) {
            int c = Long.compare(dist, o.dist);
            return c != 0 ? c : city.compareTo(o.city);
        }
    }

    final Map<String, List<Edge>> graph = new TreeMap<>();

    void addRoad(String a, String b, int km) {
        graph.computeIfAbsent(a, k -> new ArrayList<>()).add(new Edge(b, km));
        graph.computeIfAbsent(b, k -> new ArrayList<>()).add(new Edge(a, km));
    }

    String route(String from, String to) {
        if (!graph.containsKey(from)) return "unknown city " + from;
        if (!graph.containsKey(to)) return "unknown city " + to;
        Map<String, Long> dist = new HashMap<>();
        Map<String, String> prev = new HashMap<>();
        PriorityQueue<State> pq = new PriorityQueue<>();
        dist.put(from, 0L);
        pq.add(new State(from, 0));
        int settled = 0;
        while (!pq.isEmpty()) {
            State s = pq.poll();
            if (s.dist() > dist.get(s.city())) continue;
            settled++;
            if (s.city().equals(to)) break;
            for (Edge e : graph.get(s.city())) {
                long nd = s.dist() + e.km();
                Long old = dist.get(e.to());
                if (old == null || nd < old) {
                    dist.put(e.to(), nd);
                    prev.put(e.to(), s.city());
                    pq.add(new State(e.to(), nd));
                }
            }
        }
        if (!dist.containsKey(to)) return from + " -> " + to + ": unreachable";
        LinkedList<String> path = new LinkedList<>();
        for (String c = to; c != null; c = prev.get(c)) path.addFirst(c);
        return from + " -> " + to + ": " + dist.get(to) + " km via " + String.join(" > ", path) + " (" + settled + " settled)";
    }

    public static void main(String[] args) throws IOException {
        PuzzleDijkstraRoutes net = new PuzzleDijkstraRoutes();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        List<String> output = new ArrayList<>();
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            StringTokenizer st = new StringTokenizer(line);
            if (!st.hasMoreTokens()) continue;
            String cmd = st.nextToken();
            try {
                switch (cmd) {
                    case "road" -> net.addRoad(st.nextToken(), st.nextToken(), Integer.parseInt(st.nextToken()));
                    case "route" -> output.add(net.route(st.nextToken(), st.nextToken()));
                    case "#" -> { }
                    default -> output.add("line " + lineNo + ": unknown command " + cmd);
                }
            } catch (NumberFormatException e) {
                output.add("line " + lineNo + ": " + e.getMessage());
            } catch (java.util.NoSuchElementException e) {
                output.add("line " + lineNo + ": missing field (" + e.getClass().getSimpleName() + ")");
            }
        }
        output.forEach(System.out::println);
        Map<String, Integer> degree = new TreeMap<>();
        net.graph.forEach((k, v) -> degree.put(k, v.size()));
        System.out.println("degrees " + degree);
        List<String> hubs = new ArrayList<>(degree.keySet());
        Collections.sort(hubs, (a, b) -> degree.get(b) - degree.get(a) != 0 ? degree.get(b) - degree.get(a) : a.compareTo(b));
        System.out.println("hubs " + hubs.subList(0, 3));
    }
}
