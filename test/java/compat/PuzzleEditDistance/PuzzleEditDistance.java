// stdin: pairs.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

/** For each pair of lines: edit distance with an alignment, longest common subsequence and substring. */
public class PuzzleEditDistance {
    static String align(String a, String b, int[] distOut) {
        int n = a.length(), m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++)
            for (int j = 1; j <= m; j++) {
                int sub = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(sub, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        distOut[0] = d[n][m];
        StringBuilder top = new StringBuilder(), mid = new StringBuilder(), bot = new StringBuilder();
        int i = n, j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1)) {
                top.append(a.charAt(i - 1));
                bot.append(b.charAt(j - 1));
                mid.append(a.charAt(i - 1) == b.charAt(j - 1) ? '|' : 'x');
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                top.append(a.charAt(i - 1));
                bot.append('-');
                mid.append(' ');
                i--;
            } else {
                top.append('-');
                bot.append(b.charAt(j - 1));
                mid.append(' ');
                j--;
            }
        }
        return "    " + top.reverse() + "\n    " + mid.reverse() + "\n    " + bot.reverse();
    }

    static String lcs(String a, String b) {
        int[][] L = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--)
            for (int j = b.length() - 1; j >= 0; j--)
                L[i][j] = a.charAt(i) == b.charAt(j) ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
        StringBuilder sb = new StringBuilder();
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) { sb.append(a.charAt(i)); i++; j++; }
            else if (L[i + 1][j] >= L[i][j + 1]) i++;
            else j++;
        }
        return sb.toString();
    }

    static String longestCommonSubstring(String a, String b) {
        int best = 0, end = 0;
        int[] prev = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    if (cur[j] > best) { best = cur[j]; end = i; }
                }
            }
            prev = cur;
        }
        return a.substring(end - best, end);
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String a;
        int pair = 0;
        long totalDistance = 0;
        while ((a = in.readLine()) != null) {
            String b = in.readLine();
            if (b == null) {
                System.out.println("odd line ignored: \"" + a + "\"");
                break;
            }
            pair++;
            int[] dist = new int[1];
            String picture = align(a, b, dist);
            totalDistance += dist[0];
            double similarity = 1.0 - (double) dist[0] / Math.max(1, Math.max(a.length(), b.length()));
            System.out.println("#" + pair + " \"" + a + "\" vs \"" + b + "\": distance " + dist[0] + ", similarity " + similarity);
            System.out.println(picture);
            System.out.println("    lcs=\"" + lcs(a, b) + "\" substring=\"" + longestCommonSubstring(a, b) + "\"");
        }
        System.out.println(pair + " pairs, total distance " + totalDistance);
    }
}
