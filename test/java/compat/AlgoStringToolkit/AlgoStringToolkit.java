import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** String algorithms: Manacher palindromes, anagram groups, run-length and Caesar/Vigenere ciphers, word wrap, number words. */
public class AlgoStringToolkit {
    static String longestPalindrome(String s) {
        StringBuilder t = new StringBuilder("^");
        for (char c : s.toCharArray()) t.append('#').append(c);
        t.append("#$");
        int[] p = new int[t.length()];
        int center = 0, right = 0;
        for (int i = 1; i < t.length() - 1; i++) {
            if (i < right) p[i] = Math.min(right - i, p[2 * center - i]);
            while (t.charAt(i + 1 + p[i]) == t.charAt(i - 1 - p[i])) p[i]++;
            if (i + p[i] > right) { center = i; right = i + p[i]; }
        }
        int best = 0, at = 0;
        for (int i = 1; i < p.length - 1; i++) if (p[i] > best) { best = p[i]; at = i; }
        int start = (at - best) / 2;
        return s.substring(start, start + best);
    }

    static String rle(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length();) {
            int j = i;
            while (j < s.length() && s.charAt(j) == s.charAt(i)) j++;
            sb.append(j - i).append(s.charAt(i));
            i = j;
        }
        return sb.toString();
    }

    static String unrle(String s) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (char c : s.toCharArray()) {
            if (Character.isDigit(c)) n = n * 10 + (c - '0');
            else { sb.append(String.valueOf(c).repeat(n)); n = 0; }
        }
        return sb.toString();
    }

    static String caesar(String s, int k) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isUpperCase(c)) sb.append((char) ('A' + Math.floorMod(c - 'A' + k, 26)));
            else if (Character.isLowerCase(c)) sb.append((char) ('a' + Math.floorMod(c - 'a' + k, 26)));
            else sb.append(c);
        }
        return sb.toString();
    }

    static String vigenere(String s, String key, int dir) {
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (char c : s.toCharArray()) {
            if (Character.isLetter(c)) {
                int shift = dir * (Character.toLowerCase(key.charAt(k++ % key.length())) - 'a');
                sb.append(caesar(String.valueOf(c), shift));
            } else sb.append(c);
        }
        return sb.toString();
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        java.util.StringTokenizer st = new java.util.StringTokenizer(text);
        while (st.hasMoreTokens()) {
            String w = st.nextToken();
            if (line.length() > 0 && line.length() + 1 + w.length() > width) { lines.add(line.toString()); line.setLength(0); }
            if (line.length() > 0) line.append(' ');
            line.append(w);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    static String words(long n) {
        if (n < 0) return "minus " + words(-n);
        if (n < 20) return ONES[(int) n];
        if (n < 100) return TENS[(int) n / 10] + (n % 10 != 0 ? "-" + ONES[(int) n % 10] : "");
        if (n < 1000) return ONES[(int) n / 100] + " hundred" + (n % 100 != 0 ? " and " + words(n % 100) : "");
        String[] units = {"thousand", "million", "billion"};
        long scale = 1000;
        int u = 0;
        while (n / scale >= 1000) { scale *= 1000; u++; }
        return words(n / scale) + " " + units[u] + (n % scale != 0 ? (n % scale < 100 ? " and " : ", ") + words(n % scale) : "");
    }

    public static void main(String[] args) {
        for (String s : new String[] {"babad", "forgeeksskeegfor", "abacdfgdcaba", "x", "Was it a car or a cat I saw"})
            System.out.println("palindrome in '" + s + "': '" + longestPalindrome(s) + "'");
        String[] list = {"listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"};
        Map<String, List<String>> groups = new TreeMap<>();
        for (String w : list) {
            char[] cs = w.toCharArray();
            Arrays.sort(cs);
            groups.computeIfAbsent(new String(cs), k -> new ArrayList<>()).add(w);
        }
        System.out.println("anagram groups: " + groups.values());
        String raw = "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW";
        String enc = rle(raw);
        System.out.println("rle " + enc + " roundtrip " + unrle(enc).equals(raw) + " ratio " + (double) enc.length() / raw.length());
        String msg = "Attack at Dawn, 06:00!";
        System.out.println(caesar(msg, 3) + " | " + caesar(caesar(msg, 3), -3) + " | rot13 " + caesar(msg, 13));
        String v = vigenere(msg, "Lemon", 1);
        System.out.println("vigenere " + v + " -> " + vigenere(v, "Lemon", -1));
        String text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! How vexingly quick daft zebras jump.";
        for (String line : wrap(text, 28)) System.out.println("|" + line + " ".repeat(28 - line.length()) + "|");
        for (long n : new long[] {0, 13, 85, 100, 342, 1001, 12345, 1_000_000, 2_147_483_647L, -40})
            System.out.println(n + ": " + words(n));
        String mixed = "  Hello, World \t";
        System.out.println("[" + mixed.trim() + "][" + mixed.strip() + "][" + mixed.stripLeading() + "][" + mixed.toUpperCase() + "] blank=" + "  \t".isBlank()
            + " idx=" + mixed.indexOf('o') + "," + mixed.lastIndexOf("o") + " cmp=" + "apple".compareToIgnoreCase("APPLE") + "," + "a".compareTo("b")
            + " chars=" + "hello".chars().filter(c -> c == 'l').count() + " join=" + String.join("/", List.of("a", "b", "c")));
    }
}
