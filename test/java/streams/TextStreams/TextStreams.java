import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Streams over text: String.chars/codePoints/lines, CharSequence.chars, BufferedReader.lines. */
public class TextStreams {
    static final String TEXT = "The quick brown fox jumps over the lazy dog.\n"
            + "The dog sleeps; the fox runs away!\r\n"
            + "\n"
            + "A quick end to a lazy story\r"
            + "THE END";

    /** The pieces of {@code s} between {@code sep} characters (no regular expressions). */
    static Stream<String> split(String s, char sep) {
        Stream.Builder<String> pieces = Stream.builder();
        int start = 0;
        for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, start)) {
            pieces.add(s.substring(start, i));
            start = i + 1;
        }
        return pieces.add(s.substring(start)).build();
    }

    public static void main(String[] args) throws IOException {
        System.out.println("chars " + "Hello".chars().boxed().toList());
        System.out.println("chars as text " + "Hello".chars().mapToObj(c -> String.valueOf((char) (c + 1)))
                .collect(Collectors.joining()));
        System.out.println("vowels " + TEXT.chars().filter(c -> "aeiouAEIOU".indexOf(c) >= 0).count());
        System.out.println("upper " + TEXT.chars().filter(Character::isUpperCase).mapToObj(Character::toString)
                .collect(Collectors.joining()));
        System.out.println("empty chars " + "".chars().count() + " " + "".codePoints().sum());
        System.out.println("char sum " + "abc".chars().sum() + " max " + "abc".chars().max().getAsInt());

        String emoji = "a\uD83D\uDE00b\uD834\uDD1Ec\uD800!";
        System.out.println("length " + emoji.length() + " chars " + emoji.chars().count()
                + " codePoints " + emoji.codePoints().count());
        System.out.println("code points " + emoji.codePoints().mapToObj(Integer::toHexString).toList());
        System.out.println("chars hex " + emoji.chars().mapToObj(Integer::toHexString).toList());
        System.out.println("supplementary " + emoji.codePoints().filter(Character::isSupplementaryCodePoint).count());
        System.out.println("latin codePoints " + "caf\u00e9".codePoints().boxed().toList());
        System.out.println("rebuilt " + "x\uD83D\uDE00y".codePoints()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).reverse()
                .codePoints().mapToObj(Integer::toHexString).toList());

        StringBuilder sb = new StringBuilder("stream");
        System.out.println("builder chars " + sb.chars().mapToObj(c -> (char) c).toList());
        System.out.println("builder codePoints " + new StringBuilder("p\uD83D\uDE00q").codePoints().count());
        CharSequence seq = new CharSequence() {
            @Override public int length() {
                return 4;
            }

            @Override public char charAt(int index) {
                return (char) ('w' + index);
            }

            @Override public CharSequence subSequence(int start, int end) {
                throw new UnsupportedOperationException();
            }

            @Override public String toString() {
                return "wxyz";
            }
        };
        System.out.println("custom CharSequence " + seq.chars().boxed().toList() + " " + seq.codePoints().count());

        List<String> lines = TEXT.lines().toList();
        System.out.println("lines " + lines.size());
        lines.forEach(l -> System.out.println("  [" + l + "]"));
        System.out.println("line counts " + Arrays.asList("a\nb", "a\nb\n", "a\n\nb", "\n", "", "x\r\n\r\ny",
                "\r\r", "end\r").stream().map(s -> s.lines().count()).toList());
        System.out.println("blank lines " + "one\n  \ntwo\n\n".lines().filter(String::isBlank).count());

        Map<String, Long> freq = TEXT.lines()
                .flatMap(l -> split(l.toLowerCase(), ' '))
                .map(w -> w.chars().filter(Character::isLetter).mapToObj(c -> String.valueOf((char) c))
                        .collect(Collectors.joining()))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        System.out.println("frequencies " + freq);
        System.out.println("top words " + freq.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(4).map(e -> e.getKey() + ":" + e.getValue()).toList());

        Map<Character, Long> letters = TEXT.toLowerCase().chars().filter(Character::isLetter)
                .mapToObj(c -> (char) c).collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        System.out.println("letters " + letters);

        BufferedReader reader = new BufferedReader(new StringReader(TEXT));
        System.out.println("first line " + reader.readLine());
        System.out.println("reader rest " + reader.lines().map(String::length).toList());
        System.out.println("reader at end " + reader.readLine());

        BufferedReader numbers = new BufferedReader(new StringReader("10\n20\n30\nx\n40"));
        System.out.println("parsed " + numbers.lines().takeWhile(s -> !s.equals("x")).mapToInt(Integer::parseInt).sum()
                + " remaining " + numbers.readLine());

        String csv = "name,score\nann,91\nbo,78\ncy,85\n";
        System.out.println("csv " + csv.lines().skip(1).map(l -> split(l, ',').toArray(String[]::new))
                .sorted(Comparator.comparingInt((String[] r) -> Integer.parseInt(r[1])).reversed())
                .map(r -> r[0]).collect(Collectors.joining(" > ")));
        System.out.println("palindromes " + Stream.of("level", "stream", "noon", "a", "ab")
                .filter(w -> IntStream.range(0, w.length() / 2).allMatch(i -> w.charAt(i) == w.charAt(w.length() - 1 - i)))
                .toList());
        System.out.println("caesar " + "Attack at dawn".chars()
                .map(c -> Character.isLetter(c) ? (Character.isUpperCase(c) ? 'A' + (c - 'A' + 3) % 26 : 'a' + (c - 'a' + 3) % 26) : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
        System.out.println("repeat " + IntStream.rangeClosed(1, 4).mapToObj("ab"::repeat).collect(Collectors.joining("|")));
    }
}
