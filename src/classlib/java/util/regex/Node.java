package java.util.regex;

/**
 * A node of a parsed regular expression (one class, tagged by {@code kind}).
 *
 * <p>The parser ({@link PatternParser}) builds the tree; {@link PatternCompiler} turns it into
 * the program the matcher runs. Lengths are in chars (UTF-16 units); -1 means unbounded.
 */
final class Node {
    static final int EMPTY = 0;
    static final int CHAR = 1;       // value = code point, exact
    static final int CLASS = 2;      // cls = one code point from a set
    static final int SEQ = 3;        // kids in order
    static final int ALT = 4;        // kids, first match wins
    static final int GROUP = 5;      // value = capture index (>= 1), kids[0] = body
    static final int REPEAT = 6;     // kids[0] repeated min..max (max -1 = unbounded), value = type
    static final int LOOK = 7;       // value = LOOK_* kind, kids[0] = body
    static final int ATOMIC = 8;     // kids[0]
    static final int ASSERT = 9;     // value = A_* kind
    static final int BACKREF = 10;   // value = group, min = 0 exact / 1 ASCII CI / 2 Unicode CI
    static final int LINEBREAK = 11; // \R
    static final int GRAPHEME = 12;  // \X (approximation: a code point and its combining marks)

    static final int GREEDY = 0;
    static final int LAZY = 1;
    static final int POSSESSIVE = 2;

    static final int LOOK_AHEAD = 0;
    static final int LOOK_AHEAD_NOT = 1;
    static final int LOOK_BEHIND = 2;
    static final int LOOK_BEHIND_NOT = 3;

    static final int A_BEGIN = 0;       // ^ without MULTILINE, \A
    static final int A_CARET = 1;       // ^ with MULTILINE
    static final int A_CARET_UNIX = 2;  // ^ with MULTILINE and UNIX_LINES
    static final int A_DOLLAR = 3;      // $ without MULTILINE, \Z
    static final int A_DOLLAR_M = 4;    // $ with MULTILINE
    static final int A_DOLLAR_UNIX = 5; // $ with UNIX_LINES
    static final int A_DOLLAR_UNIX_M = 6;
    static final int A_END = 7;         // \z
    static final int A_WORD = 8;        // \b
    static final int A_NOT_WORD = 9;    // \B
    static final int A_LAST_MATCH = 10; // \G
    static final int A_WORD_U = 11;     // \b with UNICODE_CHARACTER_CLASS
    static final int A_NOT_WORD_U = 12;

    final int kind;
    int value;
    int min;
    int max;
    CharClass cls;
    Node[] kids;

    Node(int kind) {
        this.kind = kind;
    }

    static Node empty() {
        return new Node(EMPTY);
    }

    static Node ch(int cp) {
        Node n = new Node(CHAR);
        n.value = cp;
        return n;
    }

    static Node cls(CharClass c) {
        Node n = new Node(CLASS);
        n.cls = c.latin1 == null ? c.seal() : c;
        return n;
    }

    static Node of(int kind, int value, Node body) {
        Node n = new Node(kind);
        n.value = value;
        n.kids = new Node[] {body};
        return n;
    }

    static Node asserting(int what) {
        Node n = new Node(ASSERT);
        n.value = what;
        return n;
    }

    static Node repeat(Node body, int min, int max, int type) {
        Node n = of(REPEAT, type, body);
        n.min = min;
        n.max = max;
        return n;
    }

    /** Whether this node always matches exactly one code point. */
    boolean isSingle() {
        return kind == CHAR || kind == CLASS;
    }

    /** studyMax() of a node whose length HotSpot's analysis gives up on. */
    static final long NO_MAX = Long.MIN_VALUE;

    /**
     * The maximum length as HotSpot's look-behind analysis computes it, in int arithmetic:
     * an unbounded repeat counts Integer.MAX_VALUE iterations, sums wrap around silently, and
     * a repeat whose product overflows (or a back reference) has no maximum, which makes a
     * look-behind a syntax error. (A wrapped negative sum is kept: it changes where the
     * look-behind starts trying, exactly as on HotSpot.)
     */
    long studyMax() {
        switch (kind) {
            case CHAR:
                return Character.charCount(value);
            case CLASS:
                return 1;
            case LINEBREAK:
                return 2;
            case GRAPHEME:
            case BACKREF:
                return NO_MAX;
            case SEQ: {
                int sum = 0;
                for (Node k : kids) {
                    long m = k.studyMax();
                    if (m == NO_MAX) {
                        return NO_MAX;
                    }
                    boolean wraps = k.kind != REPEAT
                            || (k.value == GREEDY && k.max < 0 && k.kids[0].isSingle());
                    if (!wraps && (long) sum + m > Integer.MAX_VALUE) {
                        // HotSpot's repeats check the running total, except a greedy x* / x+
                        // of one character, which (like single characters) just wraps around
                        return NO_MAX;
                    }
                    sum += (int) m;
                }
                return sum;
            }
            case ALT: {
                int mx = 0;
                for (Node k : kids) {
                    long m = k.studyMax();
                    if (m == NO_MAX) {
                        return NO_MAX;
                    }
                    mx = Math.max(mx, (int) m);
                }
                return mx;
            }
            case GROUP:
            case ATOMIC:
                return kids[0].studyMax();
            case REPEAT: {
                Node body = kids[0];
                long m = body.studyMax();
                if (m == NO_MAX) {
                    return NO_MAX;
                }
                if (!body.isSingle() && value != POSSESSIVE) {
                    if (min == 0 && max == 1) {
                        return m; // X? is an alternation with the empty string
                    }
                    if (!body.deterministic()) {
                        return NO_MAX; // HotSpot's general loop has no maximum
                    }
                }
                long p = m * (max < 0 ? Integer.MAX_VALUE : max);
                if (p > Integer.MAX_VALUE || p < Integer.MIN_VALUE) {
                    return NO_MAX;
                }
                return p;
            }
            default:
                return 0;
        }
    }

    /** Whether every match has the same length and no alternatives (HotSpot's "deterministic"). */
    boolean deterministic() {
        switch (kind) {
            case ALT:
            case BACKREF:
            case LINEBREAK:
            case GRAPHEME:
                return false;
            case REPEAT:
                return min == max && kids[0].deterministic();
            default:
                if (kids != null && kind != LOOK) {
                    for (Node k : kids) {
                        if (!k.deterministic()) {
                            return false;
                        }
                    }
                }
                return true;
        }
    }

    /** The fewest chars a match can take. */
    int minLength() {
        switch (kind) {
            case CHAR:
                return Character.charCount(value);
            case CLASS:
            case GRAPHEME:
            case LINEBREAK:
                return 1;
            case SEQ: {
                long s = 0;
                for (Node k : kids) {
                    s += k.minLength();
                }
                return (int) Math.min(s, Integer.MAX_VALUE);
            }
            case ALT: {
                int m = Integer.MAX_VALUE;
                for (Node k : kids) {
                    m = Math.min(m, k.minLength());
                }
                return kids.length == 0 ? 0 : m;
            }
            case GROUP:
            case ATOMIC:
                return kids[0].minLength();
            case REPEAT:
                return (int) Math.min((long) kids[0].minLength() * min, Integer.MAX_VALUE);
            default:
                return 0;
        }
    }

    /** The most chars a match can take, or -1 when unbounded. */
    int maxLength() {
        switch (kind) {
            case CHAR:
                return Character.charCount(value);
            case CLASS:
                return 2;
            case LINEBREAK:
                return 2;
            case GRAPHEME:
            case BACKREF:
                return -1;
            case SEQ: {
                long s = 0;
                for (Node k : kids) {
                    int m = k.maxLength();
                    if (m < 0) {
                        return -1;
                    }
                    s += m;
                }
                return s > Integer.MAX_VALUE ? -1 : (int) s;
            }
            case ALT: {
                int m = 0;
                for (Node k : kids) {
                    int x = k.maxLength();
                    if (x < 0) {
                        return -1;
                    }
                    m = Math.max(m, x);
                }
                return m;
            }
            case GROUP:
            case ATOMIC:
                return kids[0].maxLength();
            case REPEAT: {
                int m = kids[0].maxLength();
                if (m < 0 || max < 0) {
                    return m == 0 ? 0 : -1;
                }
                long s = (long) m * max;
                return s > Integer.MAX_VALUE ? -1 : (int) s;
            }
            default:
                return 0;
        }
    }
}
