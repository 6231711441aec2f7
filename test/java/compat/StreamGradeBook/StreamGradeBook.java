// stdin: grades.csv
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.StringTokenizer;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A grade book from CSV on stdin: weighted averages, letter grades, per-course statistics, honour roll and validation errors. */
public class StreamGradeBook {
    record Score(String student, String course, String kind, double points, double max) {
        double pct() { return 100 * points / max; }
    }

    static final Map<String, Double> WEIGHTS = new TreeMap<>(Map.of("homework", 0.3, "midterm", 0.3, "final", 0.4));

    static String letter(double pct) {
        if (pct >= 90) return "A";
        if (pct >= 80) return "B";
        if (pct >= 70) return "C";
        if (pct >= 60) return "D";
        return "F";
    }

    static double round1(double d) { return Math.round(d * 10) / 10.0; }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String header = in.readLine();
        System.out.println("columns: " + header.replace(",", " | "));
        List<Score> scores = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int lineNo = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            StringTokenizer st = new StringTokenizer(line, ",");
            if (st.countTokens() != 5) { problems.add("line " + lineNo + ": expected 5 fields, got " + st.countTokens()); continue; }
            try {
                Score s = new Score(st.nextToken().trim(), st.nextToken().trim(), st.nextToken().trim(), Double.parseDouble(st.nextToken()), Double.parseDouble(st.nextToken()));
                if (!WEIGHTS.containsKey(s.kind())) throw new IllegalArgumentException("unknown kind '" + s.kind() + "'");
                if (s.points() > s.max() || s.points() < 0) throw new IllegalArgumentException("points out of range: " + s.points() + "/" + s.max());
                scores.add(s);
            } catch (NumberFormatException e) {
                problems.add("line " + lineNo + ": bad number (" + e.getMessage() + ")");
            } catch (IllegalArgumentException e) {
                problems.add("line " + lineNo + ": " + e.getMessage());
            }
        }
        problems.forEach(System.out::println);
        Map<String, Map<String, Double>> finalPct = scores.stream().collect(Collectors.groupingBy(Score::student, TreeMap::new,
            Collectors.groupingBy(Score::course, TreeMap::new, Collectors.collectingAndThen(Collectors.toList(), list ->
                WEIGHTS.entrySet().stream().mapToDouble(w -> {
                    OptionalDouble avg = list.stream().filter(s -> s.kind().equals(w.getKey())).mapToDouble(Score::pct).average();
                    return w.getValue() * avg.orElse(0);
                }).sum()))));
        finalPct.forEach((student, courses) -> {
            String detail = courses.entrySet().stream().map(e -> e.getKey() + " " + round1(e.getValue()) + " " + letter(e.getValue())).collect(Collectors.joining(", "));
            double gpa = courses.values().stream().mapToDouble(p -> switch (letter(p)) { case "A" -> 4; case "B" -> 3; case "C" -> 2; case "D" -> 1; default -> 0; }).average().orElse(0);
            System.out.println(student + ": " + detail + " | GPA " + gpa);
        });
        Map<String, List<Double>> byCourse = new TreeMap<>();
        finalPct.values().forEach(m -> m.forEach((c, p) -> byCourse.computeIfAbsent(c, k -> new ArrayList<>()).add(p)));
        byCourse.forEach((c, ps) -> {
            ps.sort(null);
            double median = ps.size() % 2 == 1 ? ps.get(ps.size() / 2) : (ps.get(ps.size() / 2 - 1) + ps.get(ps.size() / 2)) / 2;
            double mean = ps.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double sd = Math.sqrt(ps.stream().mapToDouble(p -> (p - mean) * (p - mean)).sum() / ps.size());
            Map<String, Long> dist = ps.stream().collect(Collectors.groupingBy(StreamGradeBook::letter, TreeMap::new, Collectors.counting()));
            System.out.println(c + ": n=" + ps.size() + " mean=" + round1(mean) + " median=" + round1(median) + " sd=" + round1(sd) + " " + dist);
        });
        List<String> honours = finalPct.entrySet().stream()
            .filter(e -> e.getValue().values().stream().allMatch(p -> p >= 85))
            .map(Map.Entry::getKey).sorted(Comparator.reverseOrder()).toList();
        System.out.println("honour roll " + honours);
        Score best = scores.stream().max(Comparator.comparingDouble(Score::pct).thenComparing(Score::student)).orElseThrow();
        System.out.println("best single score " + best + " = " + round1(best.pct()) + "%");
    }
}
