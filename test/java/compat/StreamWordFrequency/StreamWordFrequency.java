import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Text statistics with streams: word frequencies, n-grams, letter histogram, sentence lengths, concordance. */
public class StreamWordFrequency {
    static final String TEXT = """
        It was the best of times, it was the worst of times, it was the age of wisdom,
        it was the age of foolishness, it was the epoch of belief, it was the epoch of
        incredulity, it was the season of Light, it was the season of Darkness, it was
        the spring of hope, it was the winter of despair. We had everything before us,
        we had nothing before us; we were all going direct to Heaven, we were all going
        direct the other way.
        """;

    static List<String> words(String text) {
        return text.lines().flatMap(line -> {
            StringBuilder sb = new StringBuilder();
            Stream.Builder<String> out = Stream.builder();
            for (char c : (line + " ").toCharArray()) {
                if (Character.isLetter(c) || c == '\'') sb.append(Character.toLowerCase(c));
                else if (sb.length() > 0) { out.add(sb.toString()); sb.setLength(0); }
            }
            return out.build();
        }).toList();
    }

    public static void main(String[] args) {
        List<String> words = words(TEXT);
        System.out.println(words.size() + " words, " + words.stream().distinct().count() + " distinct, " + TEXT.lines().count() + " lines");
        Map<String, Long> freq = words.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<Map.Entry<String, Long>> top = freq.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).limit(8).toList();
        System.out.println("top " + top);
        Map<Integer, List<String>> byLength = words.stream().distinct().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
        System.out.println("by length " + byLength);
        Map<String, Long> bigrams = IntStream.range(0, words.size() - 1).mapToObj(i -> words.get(i) + " " + words.get(i + 1))
            .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        System.out.println("repeated bigrams " + bigrams.entrySet().stream().filter(e -> e.getValue() >= 3).map(Map.Entry::getKey).toList());
        int[] letters = new int[26];
        TEXT.chars().filter(Character::isLetter).map(Character::toLowerCase).forEach(c -> letters[c - 'a']++);
        int max = Arrays.stream(letters).max().getAsInt();
        for (int i = 0; i < 26; i++) if (letters[i] * 4 >= max) System.out.println((char) ('a' + i) + " " + "#".repeat(letters[i] * 40 / max) + " " + letters[i]);
        List<Integer> sentenceLengths = java.util.Collections.list(new java.util.StringTokenizer(TEXT.replace('\n', ' '), ".;")).stream()
            .map(o -> ((String) o).strip()).filter(s -> !s.isEmpty()).map(s -> words(s).size()).toList();
        System.out.println("sentence lengths " + sentenceLengths);
        String longest = words.stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())).orElse("");
        String acronym = words.stream().limit(12).map(w -> w.substring(0, 1).toUpperCase()).collect(Collectors.joining());
        System.out.println("longest " + longest + ", acronym " + acronym);
        Map<Character, List<String>> concordance = words.stream().distinct().filter(w -> w.length() > 5)
            .collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.collectingAndThen(Collectors.toList(), l -> { l.sort(null); return l; })));
        System.out.println("concordance " + concordance);
        double avg = words.stream().mapToInt(String::length).average().orElse(Double.NaN);
        System.out.println("average word length " + avg + ", vowels " + TEXT.chars().filter(c -> "aeiouAEIOU".indexOf(c) >= 0).count());
        List<String> palindromes = words.stream().filter(w -> w.length() > 1 && new StringBuilder(w).reverse().toString().equals(w)).distinct().toList();
        System.out.println("palindromes " + palindromes + ", takeWhile " + words.stream().takeWhile(w -> !w.equals("worst")).count()
            + ", dropWhile first " + words.stream().dropWhile(w -> !w.equals("hope")).findFirst().orElse("?"));
    }
}
