import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/** A table of tricky regex cases: find/group/split/replace results and error messages. */
public class RegexEdgeCases {
    static int cases;

    static String show(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 32 || c > 126) sb.append("\\u").append(Integer.toHexString(c | 0x10000).substring(1));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    static void find(String regex, String input) {
        find(regex, 0, input);
    }

    static void find(String regex, int flags, String input) {
        cases++;
        StringBuilder sb = new StringBuilder();
        sb.append(show(regex)).append(" ~ ").append(show(input)).append(" :");
        try {
            Matcher m = Pattern.compile(regex, flags).matcher(input);
            int n = 0;
            while (m.find()) {
                sb.append(" [").append(m.start()).append(',').append(m.end()).append(' ').append(show(m.group()));
                for (int g = 1; g <= m.groupCount(); g++) {
                    sb.append(" g").append(g).append('=').append(show(m.group(g)));
                }
                sb.append(']');
                if (++n > 20) break;
            }
            sb.append(" matches=").append(m.reset().matches()).append(" lookingAt=").append(m.reset().lookingAt());
        } catch (PatternSyntaxException e) {
            sb.append(" PSE ").append(e.getDescription()).append(" @").append(e.getIndex());
        } catch (RuntimeException e) {
            sb.append(" ").append(e);
        }
        System.out.println(sb);
    }

    static void split(String input, String regex, int limit) {
        cases++;
        try {
            String[] parts = input.split(regex, limit);
            System.out.println("split " + show(input) + " by " + show(regex) + " limit " + limit + " -> "
                    + parts.length + " " + Arrays.stream(parts).map(RegexEdgeCases::show).collect(Collectors.toList()));
        } catch (RuntimeException e) {
            System.out.println("split " + show(input) + " by " + show(regex) + " -> " + e);
        }
    }

    static void replace(String input, String regex, String repl) {
        cases++;
        try {
            System.out.println("replaceAll " + show(input) + " " + show(regex) + " " + show(repl) + " -> "
                    + show(input.replaceAll(regex, repl)) + " / first " + show(input.replaceFirst(regex, repl)));
        } catch (RuntimeException e) {
            System.out.println("replaceAll " + show(input) + " " + show(regex) + " " + show(repl) + " -> " + e);
        }
    }

    static void error(String regex) {
        cases++;
        try {
            Pattern.compile(regex);
            System.out.println("compiles: " + show(regex));
        } catch (PatternSyntaxException e) {
            System.out.println(e.getMessage());
        }
    }

    public static void main(String[] args) {
        // Literals, escapes, classes
        find("a\\tb\\x41\\u0042\\x{43}\\0101\\cA", "a\tbABCA\u0001");
        find("\\Q.*\\E+", ".*.*.*");
        find("[a-c[x-z]]+", "abxyzd");
        find("[a-z&&[^aeiou]]+", "programming");
        find("[\\w&&[^\\d]]+", "ab12cd");
        find("[^\\s,]+", "one, two ,three");
        find("[\\p{Lu}\\d]+", "abCD12ef");
        find("\\p{Punct}+", "a!?b...c");
        find("\\P{Alpha}+", "ab12!cd");
        find("\\p{IsAlphabetic}+|\\p{javaDigit}+", "héllo 123");
        find("\\h+|\\v+", "a \t\u00a0b\n\u000bc");
        find("\\R", "a\r\nb\nc\rd");
        find("\\R\\n", "\r\n");
        find(".", "a\nb\r\u0085\u2028");
        find("(?s).+", "a\nb");
        find("(?d)^.$", "x\r");
        find("\\d+(?:\\.\\d+)?", "pi 3.14, e 2.718, n 42.");
        find("\\bcat\\b", "cat concat cat's bobcat");
        find("\\Bo\\B", "foo obo");
        find("\\bé", "café é");
        find("[\\x{1F600}-\\x{1F64F}]", "hi \ud83d\ude00 \ud83d\ude4f!");
        find(".", "\ud83d\ude00");
        // Quantifiers
        find("a{2,3}", "aaaaaaa");
        find("a{2,3}?", "aaaaa");
        find("a{2,}+a", "aaaa");
        find("(ab){2}", "abababab");
        find("x*", "xxayxx");
        find("x*?y", "xxy");
        find("(a|ab)(c|bcd)(d*)", "abcd");
        find("(a+)+b", "aaab");
        find("(?>a+)ab", "aaab");
        find("(a*)*b", "aab");
        find("(a*)+", "aa");
        find("(a?){3}", "aa");
        find("(?:(a)|b)+", "abb");
        find("(a)|(b)", "ab");
        find("((a)|b)+", "ab");
        find("(a|b)*?c", "abac");
        find("x{2}{3}", "xxxxxx");
        find("a{0}b", "ab");
        find("(?:)+", "ab");
        // Anchors and flags
        find("^\\w+$", "hello\n");
        find("^\\w+$", "hello\r\n");
        find("(?m)^\\w+$", "one\ntwo\r\nthree\n");
        find("(?m)^", "a\n\nb\n");
        find("(?m)$", "a\r\nb");
        find("\\Aab|b\\z", "abab");
        find("b\\Z", "ab\n");
        find("\\G\\w", "ab c");
        find("(?i)hello", "HeLLo hello HELLO");
        find("(?i)[k-m]+", "KlMn");
        find("(?i)é", "É");
        find("(?iu)é", "É");
        find("a(?i)b|c", "aB C");
        find("(?i:a)b", "Ab AB");
        find("(?x) a b # comment\n c", "abc");
        find("(?x)[ a b ]+", "ab a");
        find("a.c", Pattern.LITERAL, "abc a.c");
        find("A.C", Pattern.LITERAL | Pattern.CASE_INSENSITIVE, "a.c");
        find("^b", Pattern.MULTILINE, "a\nb");
        find("a.b", Pattern.DOTALL, "a\nb");
        // Groups, names, backreferences
        find("(?<year>\\d{4})-(?<month>\\d\\d)", "on 2024-05 and 1999-12");
        find("(\\w)\\1", "hello bookkeeper");
        find("(?i)(\\w)\\1", "aA bB cd");
        find("(?<q>['\"]).*?\\k<q>", "say 'hi' and \"bye\"");
        find("(a)\\10", "aa0");
        find("\\2(a)(b)", "bab");
        find("(?=(\\w+))\\w", "ab");
        // Lookaround
        find("(?<=\\$)\\d+", "cost $42 or 17");
        find("(?<!\\d)\\d{3}(?!\\d)", "12 345 6789 012");
        find("(?<=a|bc)d", "ad bcd cd");
        find("(?<=a*)b", "aab b");
        find("\\w+(?=,)", "a, bb, ccc");
        find("(?!a)\\w", "abc");
        // Errors
        error("(abc");
        error("abc)");
        error("[abc");
        error("a{3,2}");
        error("*a");
        error("a**");
        error("x{");
        error("\\");
        error("\\y");
        error("(?<1x>a)");
        error("(?<n>a)(?<n>b)");
        error("\\k<none>");
        error("[z-a]");
        error("\\p{NoSuchProperty}");
        error("(?<=a\\1)");
        error("\\x{FFFFFF}");
        error("\\u12G4");
        error("(?q)");
        error("a{99999999999}");
        // Splitting
        split("", ",", 0);
        split(",", ",", 0);
        split("a,b,,c,,", ",", 0);
        split("a,b,,c,,", ",", -1);
        split("a,b,,c,,", ",", 2);
        split("a,b,,c,,", ",", 10);
        split("abc", "", 0);
        split("abc", "", 2);
        split("a1b22c333", "\\d+", 0);
        split("  leading and  trailing  ", "\\s+", 0);
        split("a.b.c", ".", 0);
        split("a.b.c", "\\.", 0);
        split("a|b|c", "\\|", 0);
        split("boo:and:foo", "o", 0);
        split("boo:and:foo", "o", -2);
        split("x", "x", 0);
        split("xax", "x", 0);
        split("tab\tsep", "\t", 0);
        // Replacing
        replace("hello world", "o", "0");
        replace("John Smith", "(\\w+) (\\w+)", "$2, $1");
        replace("2024-05-06", "(?<y>\\d+)-(?<m>\\d+)-(?<d>\\d+)", "${d}/${m}/${y}");
        replace("a.b.c", "\\.", "\\$");
        replace("abc", "", "-");
        replace("aaa", "a*", "X");
        replace("abc", "b", "$");
        replace("abc", "b", "\\");
        replace("abc", "(b)", "$2");
        replace("abc", "(b)", "$12");
        replace("abc", "b", "${x}");
        replace("abc", "b", "$a");
        System.out.println(Pattern.compile("\\d+").matcher("a1b22").replaceAll(r -> "<" + r.group().length() + ">"));
        System.out.println(Pattern.compile("x").matcher("axbx").replaceFirst(r -> r.start() + "\\$"));
        // API details
        Matcher m = Pattern.compile("(\\d)(x)?").matcher("a1b2x");
        System.out.println(m);
        try {
            m.group();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            m.start();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        m.find();
        System.out.println(m + " " + m.group(2) + " " + m.start(2) + " " + m.end(2));
        try {
            m.group(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            m.group("nope");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(m.find(3) + " " + m.group() + " hitEnd=" + m.hitEnd());
        System.out.println(m.find() + " hitEnd=" + m.hitEnd());
        try {
            m.find(99);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        Matcher r = Pattern.compile("\\w+").matcher("one two three four");
        r.region(4, 13);
        List<String> words = new ArrayList<>();
        while (r.find()) words.add(r.group());
        System.out.println(words + " " + r.regionStart() + "-" + r.regionEnd());
        r.region(4, 7);
        System.out.println(r.matches() + " " + r.lookingAt());
        Matcher anchors = Pattern.compile("^two$").matcher("one two three");
        anchors.region(4, 7);
        System.out.println(anchors.find());
        anchors.region(4, 7).useAnchoringBounds(false);
        System.out.println(anchors.find());
        Matcher tb = Pattern.compile("\\btwo\\b").matcher("onetwothree");
        tb.region(3, 6);
        System.out.println(tb.find() + " " + tb.useTransparentBounds(true).find(3));
        StringBuilder sb = new StringBuilder();
        Matcher t = Pattern.compile("\\{(\\w+)\\}").matcher("Hi {name}, you owe {amount}.");
        while (t.find()) t.appendReplacement(sb, t.group(1).toUpperCase());
        t.appendTail(sb);
        System.out.println(sb);
        StringBuffer sbuf = new StringBuffer();
        Matcher t2 = Pattern.compile("cat").matcher("one cat two cats");
        while (t2.find()) t2.appendReplacement(sbuf, "dog");
        System.out.println(t2.appendTail(sbuf));
        System.out.println(Matcher.quoteReplacement("a$b\\c") + " " + Pattern.quote("a.b") + " " + Pattern.quote("x\\Ey"));
        System.out.println("a.b".matches(Pattern.quote("a.b")) + " " + "x\\Ey".matches(Pattern.quote("x\\Ey")));
        System.out.println(Pattern.compile("\\d+").matcher("a1b22c333").results().map(MatchResult::group).collect(Collectors.toList()));
        System.out.println(Pattern.compile(",").splitAsStream("a,b,,c,,").collect(Collectors.toList()));
        System.out.println(Pattern.compile("").splitAsStream("abc").collect(Collectors.toList()));
        System.out.println(Pattern.compile(",").splitAsStream("").collect(Collectors.toList()));
        System.out.println(Pattern.compile("\\d").asPredicate().test("ab1") + " " + Pattern.compile("\\d").asMatchPredicate().test("ab1"));
        Pattern p = Pattern.compile("(?i)ab", Pattern.MULTILINE);
        System.out.println(p.pattern() + " " + p + " " + p.flags());
        MatchResult mr = Pattern.compile("(b+)").matcher("abbc").results().findFirst().get();
        System.out.println(mr.group(1) + " " + mr.start() + " " + mr.end(1) + " " + mr.groupCount());
        Matcher named = Pattern.compile("(?<k>\\w+)=(?<v>\\w*)").matcher("key=value");
        System.out.println(named.matches() + " " + named.group("k") + " " + named.start("v") + " " + named.end("v"));
        Matcher use = Pattern.compile("a").matcher("aXbX");
        use.find();
        use.usePattern(Pattern.compile("X"));
        System.out.println(use.find() + " " + use.start());
        try {
            Pattern.compile("a", 0x10000);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(cases + " cases");
    }
}
