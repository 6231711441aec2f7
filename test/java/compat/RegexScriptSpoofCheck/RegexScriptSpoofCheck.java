import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Screens user names for mixed-script spoofing (a Cyrillic 'a' inside a Latin name), the way a
 * sign-up service does: each name is split into runs by Unicode script with regular expressions,
 * names mixing Latin with Greek or Cyrillic are flagged, and a report counts letters per script
 * and per block. Names are written with escapes so the output stays ASCII.
 */
public class RegexScriptSpoofCheck {
    static final Pattern LATIN = Pattern.compile("\\p{IsLatin}+");
    static final Pattern GREEK = Pattern.compile("\\p{script=Greek}+");
    static final Pattern CYRILLIC = Pattern.compile("\\p{sc=Cyrl}+");
    static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}]+");
    static final Pattern OTHER_LETTERS = Pattern.compile("[\\p{IsAlphabetic}&&[^\\p{IsLatin}\\p{IsGreek}\\p{IsCyrillic}\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+");
    static final Pattern WORD_U = Pattern.compile("\\b\\w+\\b", Pattern.UNICODE_CHARACTER_CLASS);
    static final Pattern WORD_ASCII = Pattern.compile("\\b\\w+\\b");
    static final Pattern SPACES = Pattern.compile("\\p{IsWhite_Space}+");
    static final Pattern SYMBOLS = Pattern.compile("[\\p{InArrows}\\p{InMathematical_Operators}\\p{block=Emoticons}\\p{InCurrency Symbols}]");

    static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7f) {
                sb.append((char) cp);
            } else {
                sb.append(String.format("<U+%04X>", cp));
            }
        });
        return sb.toString();
    }

    static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n += m.group().codePointCount(0, m.group().length());
        }
        return n;
    }

    public static void main(String[] args) {
        String[] names = {
            "alice", "p\u0430ypal", "\u0391\u03b8\u03ae\u03bd\u03b1", "bob smith", "\u0430\u0440\u0440\u04cf\u0435",
            "m\u00fcller", "\u6771\u4eac\u30bf\u30ef\u30fc", "x\u03b1\u03b2y", "\u041c\u043e\u0441\u043a\u0432\u0430 2024",
            "caf\u00e9\u2615", "\ud835\udc00\ud835\udc01c", "\u05e9\u05dc\u05d5\u05dd", "\u0928\u092e\u0938\u094d\u0924\u0947 ji",
            "price\u20ac5", "go\u2192home", "\u3053\u3093\u306b\u3061\u306f\u4e16\u754c", "e\u0301t\u00e9",
            "\ud83d\ude00smile", "tab\there\u00a0nbsp", "\u1f00\u03c1\u03c7\u03ae",
        };
        Map<String, Integer> scriptTotals = new TreeMap<>();
        Map<String, Integer> blockTotals = new TreeMap<>();
        int flagged = 0;
        for (String name : names) {
            int latin = count(LATIN, name);
            int greek = count(GREEK, name);
            int cyr = count(CYRILLIC, name);
            int han = count(HAN, name);
            int kana = count(KANA, name);
            int other = count(OTHER_LETTERS, name);
            boolean mixed = latin > 0 && (greek > 0 || cyr > 0);
            boolean spoofy = mixed || (cyr > 0 && name.matches("[\\p{IsCyrillic}&&[\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u04cf]]+"));
            if (spoofy) {
                flagged++;
            }
            List<String> runs = new ArrayList<>();
            Matcher m = Pattern.compile("(\\p{IsLatin}+)|(\\p{IsGreek}+)|(\\p{IsCyrillic}+)|(\\p{IsCommon}+)|(\\P{IsCommon})").matcher(name);
            while (m.find()) {
                String kind = m.group(1) != null ? "Latn" : m.group(2) != null ? "Grek" : m.group(3) != null ? "Cyrl"
                        : m.group(4) != null ? "Zyyy" : Character.UnicodeScript.of(m.group().codePointAt(0)).name();
                runs.add(kind + ":" + m.group().codePointCount(0, m.group().length()));
            }
            System.out.printf("%-44s L%d G%d C%d H%d K%d O%d words(U)=%d words(A)=%d sym=%d %s%n", ascii(name), latin, greek,
                    cyr, han, kana, other, count(WORD_U, name) > 0 ? countMatches(WORD_U, name) : 0, countMatches(WORD_ASCII, name),
                    countMatches(SYMBOLS, name), (spoofy ? "SPOOF " : "") + runs);
            name.codePoints().forEach(cp -> {
                scriptTotals.merge(Character.UnicodeScript.of(cp).toString(), 1, Integer::sum);
                Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
                blockTotals.merge(b == null ? "none" : b.toString(), 1, Integer::sum);
            });
            System.out.println("   normalized: " + ascii(SPACES.matcher(name).replaceAll("_")) + " -> "
                    + ascii(name.replaceAll("[^\\p{IsLatin}\\p{IsDigit}_]", "?")));
        }
        System.out.println("flagged " + flagged + " of " + names.length);
        System.out.println("scripts " + scriptTotals);
        System.out.println("blocks " + blockTotals);

        Map<String, String> probes = new LinkedHashMap<>();
        probes.put("\\p{InGreek}", "\u03a9");
        probes.put("\\p{InGreekExtended}", "\u1f00");
        probes.put("\\p{block=Greek and Coptic}", "\u03a9");
        probes.put("\\p{blk=CJK Unified Ideographs}", "\u4e2d");
        probes.put("\\p{IsIdeographic}", "\u4e2d");
        probes.put("\\p{IsLetter}", "\u00e9");
        probes.put("\\p{IsPunctuation}", "\u00bf");
        probes.put("\\p{sc=Hani}", "\u4e2d");
        probes.put("\\p{script=INHERITED}", "\u0301");
        probes.put("\\p{IsLatn}", "q");
        probes.put("(?i)\\p{IsGreek}", "\u03c9");
        probes.put("\\p{IsGreek_and_Coptic}", "\u03a9");
        probes.put("\\p{InGreek_and_Coptic}", "\u03a9");
        probes.put("\\p{sc=Klingon}", "x");
        probes.put("\\p{blk=Mars}", "x");
        for (Map.Entry<String, String> e : probes.entrySet()) {
            try {
                System.out.println(e.getKey() + " " + ascii(e.getValue()) + " " + Pattern.compile(e.getKey()).matcher(e.getValue()).matches());
            } catch (PatternSyntaxException ex) {
                System.out.println(e.getKey() + " error: " + ex.getDescription());
            }
        }
        System.out.println(Character.UnicodeBlock.forName("Basic Latin") + " " + Character.UnicodeBlock.forName("LATIN_1_SUPPLEMENT")
                + " " + Character.UnicodeScript.forName("cyrl") + " " + Character.UnicodeBlock.of(0x10FFFF) + " " + Character.UnicodeBlock.of('\u0370'));
        try {
            Character.UnicodeScript.of(-1);
        } catch (IllegalArgumentException ex) {
            System.out.println(ex.getMessage());
        }
    }

    static int countMatches(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
