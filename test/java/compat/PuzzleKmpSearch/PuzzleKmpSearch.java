// stdin: text.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Finds patterns in a text with KMP, Z-algorithm and Rabin-Karp, checking that all three agree. */
public class PuzzleKmpSearch {
    static int[] prefixFunction(String p) {
        int[] pi = new int[p.length()];
        for (int i = 1, k = 0; i < p.length(); i++) {
            while (k > 0 && p.charAt(i) != p.charAt(k)) k = pi[k - 1];
            if (p.charAt(i) == p.charAt(k)) k++;
            pi[i] = k;
        }
        return pi;
    }

    static List<Integer> kmp(String text, String p) {
        List<Integer> hits = new ArrayList<>();
        int[] pi = prefixFunction(p);
        for (int i = 0, k = 0; i < text.length(); i++) {
            while (k > 0 && text.charAt(i) != p.charAt(k)) k = pi[k - 1];
            if (text.charAt(i) == p.charAt(k)) k++;
            if (k == p.length()) { hits.add(i - k + 1); k = pi[k - 1]; }
        }
        return hits;
    }

    static List<Integer> zSearch(String text, String p) {
        String s = p + '\u0000' + text;
        int[] z = new int[s.length()];
        for (int i = 1, l = 0, r = 0; i < s.length(); i++) {
            if (i < r) z[i] = Math.min(r - i, z[i - l]);
            while (i + z[i] < s.length() && s.charAt(z[i]) == s.charAt(i + z[i])) z[i]++;
            if (i + z[i] > r) { l = i; r = i + z[i]; }
        }
        List<Integer> hits = new ArrayList<>();
        for (int i = p.length() + 1; i < s.length(); i++) if (z[i] >= p.length()) hits.add(i - p.length() - 1);
        return hits;
    }

    static List<Integer> rabinKarp(String text, String p) {
        final long mod = 1_000_000_007L, base = 131;
        int m = p.length();
        List<Integer> hits = new ArrayList<>();
        if (m > text.length()) return hits;
        long hp = 0, ht = 0, pow = 1;
        for (int i = 0; i < m; i++) {
            hp = (hp * base + p.charAt(i)) % mod;
            ht = (ht * base + text.charAt(i)) % mod;
            if (i > 0) pow = pow * base % mod;
        }
        for (int i = 0; ; i++) {
            if (hp == ht && text.regionMatches(i, p, 0, m)) hits.add(i);
            if (i + m >= text.length()) break;
            ht = (ht - text.charAt(i) * pow % mod + mod) % mod;
            ht = (ht * base + text.charAt(i + m)) % mod;
        }
        return hits;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder text = new StringBuilder();
        List<String> patterns = new ArrayList<>();
        boolean inPatterns = false;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals("---")) { inPatterns = true; continue; }
            if (inPatterns) patterns.add(line);
            else text.append(line.toLowerCase()).append(' ');
        }
        String t = text.toString().trim();
        System.out.println("text: " + t.length() + " chars");
        for (String p : patterns) {
            List<Integer> a = kmp(t, p), b = zSearch(t, p), c = rabinKarp(t, p);
            String agree = a.equals(b) && b.equals(c) ? "agree" : "DISAGREE " + b + " " + c;
            System.out.println("'" + p + "' pi=" + Arrays.toString(prefixFunction(p)) + " -> " + a.size() + " hits " + a + " (" + agree + ")");
            if (!a.isEmpty()) {
                int at = a.get(0);
                int from = Math.max(0, at - 8), to = Math.min(t.length(), at + p.length() + 8);
                System.out.println("   first: ..." + t.substring(from, at) + "[" + t.substring(at, at + p.length()) + "]" + t.substring(at + p.length(), to) + "...");
            }
        }
        String longest = "";
        for (int len = 1; len < t.length(); len++) {
            int[] pi = prefixFunction(t.substring(0, len));
            if (pi[len - 1] > longest.length()) longest = t.substring(0, pi[len - 1]);
        }
        System.out.println("longest border of a prefix: '" + longest + "'");
    }
}
