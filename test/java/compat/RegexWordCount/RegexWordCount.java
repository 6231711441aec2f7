import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Word statistics over a text: split("\\W+"), sentence splitting, frequency table. */
public class RegexWordCount {
    static final String TEXT = "It was the best of times, it was the worst of times; it was the age of wisdom, "
            + "it was the age of foolishness... It was the epoch of belief! It was the epoch of incredulity? "
            + "It was the season of Light, it was the season of Darkness -- it was the spring of hope, "
            + "it was the winter of despair.\n\nWe had everything before us, we had nothing before us: "
            + "we were all going direct to Heaven, we were all going direct the other way. Don't stop (ever)!";

    public static void main(String[] args) {
        String[] words = TEXT.toLowerCase().split("\\W+");
        System.out.println("words: " + words.length + ", first: " + words[0] + ", last: " + words[words.length - 1]);
        Map<String, Integer> freq = new TreeMap<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                freq.merge(w, 1, Integer::sum);
            }
        }
        System.out.println("distinct: " + freq.size());
        freq.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(8)
                .forEach(e -> System.out.println("  " + e.getKey() + " " + e.getValue()));
        String[] sentences = TEXT.split("(?<=[.!?])\\s+(?=[A-Z])");
        System.out.println("sentences: " + sentences.length);
        for (String s : sentences) {
            String clean = s.replaceAll("\\s+", " ").strip();
            System.out.println("  [" + clean.split("\\s+").length + "] " + (clean.length() > 50 ? clean.substring(0, 50) + "..." : clean));
        }
        System.out.println("paragraphs: " + TEXT.split("\\n\\s*\\n").length);
        System.out.println("clauses: " + TEXT.split("[,;:]|--|\\.\\.\\.").length);
        Map<Integer, Long> byLength = Pattern.compile("[^\\p{L}']+").splitAsStream(TEXT)
                .filter(w -> !w.isEmpty())
                .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting()));
        System.out.println("by length: " + byLength);
        String longest = Pattern.compile("\\W+").splitAsStream(TEXT).max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse("");
        System.out.println("longest: " + longest);
        System.out.println("capitalized: " + Pattern.compile("\\b[A-Z][a-z]+\\b").matcher(TEXT).results().map(r -> r.group()).distinct().collect(Collectors.joining(",")));
        System.out.println("contractions: " + Pattern.compile("\\w+'\\w+").matcher(TEXT).results().count());
        System.out.println("a,b;c d".split("[,; ]").length + " " + "a1b2c3".split("(?<=\\d)").length + " " + ",,a,,".split(",").length);
    }
}
