// java-flags: -Xss64m
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regex over long inputs: loops over groups and alternations must not exhaust the stack,
 * and the usual scanning patterns must stay fast. (HotSpot's recursive matcher needs a big
 * stack for these inputs, hence its -Xss; Tern's engine keeps its backtracking on the heap.)
 */
public class RegexLongInput {
    static String repeat(String s, int n) {
        StringBuilder sb = new StringBuilder(s.length() * n);
        for (int i = 0; i < n; i++) {
            sb.append(s);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        StringBuilder ab = new StringBuilder();
        long seed = 12345;
        for (int i = 0; i < 10000; i++) {
            seed = (seed * 1103515245 + 12345) & 0x7fffffffL;
            ab.append((seed >> 16) % 2 == 0 ? 'a' : 'b');
        }
        String s = ab.toString();
        System.out.println("(a|b)* matches: " + s.matches("(a|b)*"));
        Matcher m = Pattern.compile("(a|b)*").matcher(s);
        System.out.println("last group: " + (m.matches() ? m.group(1) : "-") + " end " + m.end());
        System.out.println("(?:a|b)+c at 0: " + Pattern.compile("(?:a|b)+c").matcher(s).lookingAt());
        System.out.println("[ab]*: " + s.matches("[ab]*"));
        System.out.println("(ab|ba|aa|bb)*: " + s.matches("(ab|ba|aa|bb)*"));

        String words = repeat("lorem ipsum dolor sit amet ", 2000);
        System.out.println("(\\w+\\s)*: " + words.matches("(\\w+\\s)*"));
        Matcher w = Pattern.compile("(\\w+)\\s").matcher(words);
        int count = 0;
        String lastWord = null;
        while (w.find()) {
            count++;
            lastWord = w.group(1);
        }
        System.out.println("words: " + count + " last " + lastWord);
        System.out.println("split: " + words.split("\\s+").length + " " + words.split(" ").length);
        System.out.println(".*amet $: " + words.matches(".*amet $"));
        System.out.println("lazy .*?: " + Pattern.compile("^.*?sit").matcher(words).find());

        String lines = repeat("key=value\n", 5000);
        Matcher kv = Pattern.compile("(?m)^(\\w+)=(\\w+)$").matcher(lines);
        int kvs = 0;
        while (kv.find()) {
            kvs++;
        }
        System.out.println("lines: " + kvs);
        System.out.println("(?s)(.)* : " + Pattern.compile("(?s)(.)*").matcher(lines).matches());
        System.out.println("(?:key=value\\n)+: " + lines.matches("(?:key=value\\n)+"));
        System.out.println("(x?)* over many: " + repeat("x", 20000).matches("(x?)*"));
        System.out.println("backref: " + (repeat("ab", 5000) + "#" + repeat("ab", 5000)).matches("((?:ab)*)#\\1"));
        String digits = repeat("1234567890", 3000);
        System.out.println("replaceAll: " + digits.replaceAll("(\\d)(\\d)", "$2$1").substring(0, 20));
        System.out.println("lookbehind: " + Pattern.compile("(?<=9)0").matcher(digits).results().count());
        System.out.println("atomic: " + digits.matches("(?>\\d+)"));
        System.out.println("possessive group: " + digits.matches("(?:12|34|56|78|90)++"));
        System.out.println("lazy group: " + digits.matches("(?:\\d\\d)+?"));
    }
}
