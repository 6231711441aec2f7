package jdk.internal.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Glob patterns of FileSystem.getPathMatcher("glob:...") and Files.newDirectoryStream(dir, glob),
 * matched directly (no regex): '*' any characters within a name, '**' any characters across
 * names, '?' one character of a name, '[...]' a class ('!' negates, '-' ranges), '{a,b}' a group
 * of alternatives (not nested), '\' quotes the next character. Malformed patterns throw
 * IllegalArgumentException with the message the JDK's PatternSyntaxException carries.
 */
public final class Glob {
    private static final int LITERAL = 0;
    private static final int STAR = 1;
    private static final int STARSTAR = 2;
    private static final int ONE = 3;
    private static final int CLASS = 4;

    /** Alternative token sequences (groups expanded). */
    private final List<int[][]> alternatives = new ArrayList<>();

    public Glob(String glob) {
        List<List<int[]>> seqs = new ArrayList<>();
        seqs.add(new ArrayList<>());
        int i = 0;
        int n = glob.length();
        while (i < n) {
            char c = glob.charAt(i);
            if (c == '{') {
                int close = -1;
                for (int j = i + 1; j < n; j++) {
                    char d = glob.charAt(j);
                    if (d == '\\') {
                        j++;
                    } else if (d == '{') {
                        throw error("Cannot nest groups", glob, j);
                    } else if (d == '}') {
                        close = j;
                        break;
                    }
                }
                if (close < 0) {
                    throw error("Missing '}", glob, n - 1);
                }
                List<String> alts = splitGroup(glob.substring(i + 1, close));
                List<List<int[]>> next = new ArrayList<>();
                for (List<int[]> seq : seqs) {
                    for (String alt : alts) {
                        List<int[]> copy = new ArrayList<>(seq);
                        tokenize(alt, copy, glob, glob.indexOf(alt, i + 1));
                        next.add(copy);
                    }
                }
                seqs = next;
                i = close + 1;
                continue;
            }
            int end = i;
            while (end < n && glob.charAt(end) != '{') {
                if (glob.charAt(end) == '\\') {
                    end++;
                } else if (glob.charAt(end) == '[') {
                    int k = end + 1;
                    while (k < n && glob.charAt(k) != ']') {
                        k++;
                    }
                    end = k;
                }
                end++;
            }
            end = Math.min(end, n);
            for (List<int[]> seq : seqs) {
                tokenize(glob.substring(i, end), seq, glob, i);
            }
            i = end;
        }
        for (List<int[]> seq : seqs) {
            alternatives.add(seq.toArray(new int[0][]));
        }
    }

    private static IllegalArgumentException error(String what, String glob, int index) {
        StringBuilder sb = new StringBuilder(what);
        sb.append(" near index ").append(index).append('\n').append(glob).append('\n');
        for (int k = 0; k < index; k++) {
            sb.append(' ');
        }
        sb.append('^');
        return new IllegalArgumentException(sb.toString());
    }

    private static List<String> splitGroup(String body) {
        List<String> alts = new ArrayList<>();
        int start = 0;
        for (int j = 0; j < body.length(); j++) {
            char d = body.charAt(j);
            if (d == '\\') {
                j++;
            } else if (d == ',') {
                alts.add(body.substring(start, j));
                start = j + 1;
            }
        }
        alts.add(body.substring(start));
        return alts;
    }

    /** Appends the tokens of a group-free piece of glob. */
    private static void tokenize(String s, List<int[]> out, String glob, int base) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\':
                    if (i + 1 >= n) {
                        throw error("No character to escape", glob, glob.length() - 1);
                    }
                    out.add(new int[] {LITERAL, s.charAt(++i)});
                    break;
                case '*':
                    if (i + 1 < n && s.charAt(i + 1) == '*') {
                        out.add(new int[] {STARSTAR});
                        i++;
                    } else {
                        out.add(new int[] {STAR});
                    }
                    break;
                case '?':
                    out.add(new int[] {ONE});
                    break;
                case '[': {
                    List<Integer> ranges = new ArrayList<>();
                    int j = i + 1;
                    boolean negate = false;
                    if (j < n && (s.charAt(j) == '!' || s.charAt(j) == '^')) {
                        negate = s.charAt(j) == '!';
                        if (!negate) {
                            ranges.add((int) '^');
                            ranges.add((int) '^');
                        }
                        j++;
                    }
                    boolean closed = false;
                    while (j < n) {
                        char d = s.charAt(j);
                        if (d == ']') {
                            closed = true;
                            break;
                        }
                        if (d == '/') {
                            throw error("Explicit 'name separator' in class", glob, glob.indexOf('/'));
                        }
                        if (d == '\\' && j + 1 < n) {
                            d = s.charAt(++j);
                        }
                        char hi = d;
                        int at = base + j;
                        if (j + 2 < n && s.charAt(j + 1) == '-' && s.charAt(j + 2) != ']') {
                            hi = s.charAt(j + 2);
                            j += 2;
                            if (hi < d) {
                                throw error("Invalid range", glob, at);
                            }
                        }
                        ranges.add((int) d);
                        ranges.add((int) hi);
                        j++;
                    }
                    if (!closed) {
                        throw error("Missing ']", glob, glob.length() - 1);
                    }
                    int[] tok = new int[2 + ranges.size()];
                    tok[0] = CLASS;
                    tok[1] = negate ? 1 : 0;
                    for (int k = 0; k < ranges.size(); k++) {
                        tok[2 + k] = ranges.get(k);
                    }
                    out.add(tok);
                    i = j;
                    break;
                }
                default:
                    out.add(new int[] {LITERAL, c});
            }
        }
    }

    public boolean matches(String s) {
        for (int[][] tokens : alternatives) {
            if (match(tokens, 0, s, 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean match(int[][] t, int ti, String s, int si) {
        while (ti < t.length) {
            int[] tok = t[ti];
            switch (tok[0]) {
                case LITERAL:
                    if (si >= s.length() || s.charAt(si) != tok[1]) {
                        return false;
                    }
                    si++;
                    ti++;
                    break;
                case ONE:
                    if (si >= s.length() || s.charAt(si) == '/') {
                        return false;
                    }
                    si++;
                    ti++;
                    break;
                case CLASS: {
                    if (si >= s.length() || s.charAt(si) == '/') {
                        return false;
                    }
                    char c = s.charAt(si);
                    boolean in = false;
                    for (int k = 2; k + 1 < tok.length; k += 2) {
                        if (c >= tok[k] && c <= tok[k + 1]) {
                            in = true;
                            break;
                        }
                    }
                    if (in == (tok[1] == 1)) {
                        return false;
                    }
                    si++;
                    ti++;
                    break;
                }
                default: {
                    boolean crossNames = tok[0] == STARSTAR;
                    for (int k = si; k <= s.length(); k++) {
                        if (match(t, ti + 1, s, k)) {
                            return true;
                        }
                        if (k < s.length() && !crossNames && s.charAt(k) == '/') {
                            return false;
                        }
                    }
                    return false;
                }
            }
        }
        return si == s.length();
    }
}
