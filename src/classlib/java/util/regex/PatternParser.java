package java.util.regex;

import java.util.ArrayList;
import java.util.HashMap;

/**
 * Parses Java regular-expression syntax into a {@link Node} tree.
 *
 * <p>The pattern is read as an array of code points with zero padding, through a cursor. The
 * reading discipline (which call advances the cursor, and when) follows what HotSpot's parser
 * observably does, because PatternSyntaxException reports {@code cursor - 1} as its index and
 * programs print those messages. {@code \Q...\E} is removed first by rewriting the quoted text
 * into escaped characters, so the parser never sees it (errors then index the rewritten text,
 * as HotSpot's do).
 */
final class PatternParser {
    private final String pattern;
    /** The flags in force; after parse(), those in force at the end (Pattern.flags()). */
    int flags;
    private int[] temp;
    private int cursor;
    private int patternLength;
    /** Number of capturing groups opened so far. */
    int groupCount;
    final HashMap<String, Integer> namedGroups = new HashMap<>();
    boolean hasBackrefs;
    /** Loop registers the compiler will need (one per general repetition). */

    PatternParser(String pattern, int flags) {
        this.pattern = pattern;
        this.flags = flags;
    }

    Node parse() {
        int n = pattern.codePointCount(0, pattern.length());
        temp = new int[n + 4];
        int j = 0;
        for (int i = 0; i < pattern.length(); ) {
            int c = pattern.codePointAt(i);
            temp[j++] = c;
            i += Character.charCount(c);
        }
        patternLength = n;
        if ((flags & Pattern.LITERAL) != 0) {
            ArrayList<Node> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add(literal(temp[i]));
            }
            return seq(items);
        }
        removeQEQuoting();
        Node root = expr();
        if (patternLength != cursor) {
            if (peek() == ')') {
                throw error("Unmatched closing ')'");
            }
            throw error("Unexpected internal error");
        }
        return root;
    }

    // ---- reading ----

    private boolean has(int f) {
        return (flags & f) != 0;
    }

    private PatternSyntaxException error(String desc) {
        return new PatternSyntaxException(desc, pattern, cursor - 1);
    }

    private int peek() {
        int ch = temp[cursor];
        if (has(Pattern.COMMENTS)) {
            ch = peekPastWhitespace(ch);
        }
        return ch;
    }

    private int read() {
        int ch = temp[cursor++];
        if (has(Pattern.COMMENTS)) {
            ch = parsePastWhitespace(ch);
        }
        return ch;
    }

    private int next() {
        int ch = temp[cursor + 1];
        cursor++;
        if (has(Pattern.COMMENTS)) {
            ch = peekPastWhitespace(ch);
        }
        return ch;
    }

    private int nextEscaped() {
        int ch = temp[cursor + 1];
        cursor++;
        return ch;
    }

    private int skip() {
        int i = cursor;
        int ch = temp[i + 1];
        cursor = i + 2;
        return ch;
    }

    private void unread() {
        cursor--;
    }

    private void accept(int ch, String msg) {
        int testChar = temp[cursor++];
        if (has(Pattern.COMMENTS)) {
            testChar = parsePastWhitespace(testChar);
        }
        if (ch != testChar) {
            throw error(msg);
        }
    }

    private static boolean isSpace(int ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == 0x0b || ch == '\f' || ch == '\r';
    }

    private int peekPastWhitespace(int ch) {
        while (isSpace(ch) || ch == '#') {
            while (isSpace(ch)) {
                ch = temp[++cursor];
            }
            if (ch == '#') {
                ch = peekPastLine();
            }
        }
        return ch;
    }

    private int parsePastWhitespace(int ch) {
        while (isSpace(ch) || ch == '#') {
            while (isSpace(ch)) {
                ch = temp[cursor++];
            }
            if (ch == '#') {
                ch = parsePastLine();
            }
        }
        return ch;
    }

    private int peekPastLine() {
        int ch = temp[++cursor];
        while (ch != 0 && !isLineSeparator(ch)) {
            ch = temp[++cursor];
        }
        return ch;
    }

    private int parsePastLine() {
        int ch = temp[cursor++];
        while (ch != 0 && !isLineSeparator(ch)) {
            ch = temp[cursor++];
        }
        return ch;
    }

    private boolean isLineSeparator(int ch) {
        if (has(Pattern.UNIX_LINES)) {
            return ch == '\n';
        }
        return ch == '\n' || ch == '\r' || (ch | 1) == 0x2029 || ch == 0x85;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static int hexValue(int c) {
        return isDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
    }

    /** Rewrites \Q...\E into escaped characters (letters and non-ASCII stay as they are). */
    private void removeQEQuoting() {
        int pLen = patternLength;
        int i = 0;
        while (i < pLen - 1) {
            if (temp[i] != '\\') {
                i += 1;
            } else if (temp[i + 1] != 'Q') {
                i += 2;
            } else {
                break;
            }
        }
        if (i >= pLen - 1) {
            return; // no \Q
        }
        int j = i;
        i += 2;
        int[] out = new int[j + 3 * (pLen - i) + 4];
        System.arraycopy(temp, 0, out, 0, j);
        boolean inQuote = true;
        boolean beginQuote = true;
        while (i < pLen) {
            int c = temp[i++];
            if (c >= 128 || CharClass.isAsciiAlpha(c)) {
                out[j++] = c;
            } else if (isDigit(c)) {
                if (beginQuote) {
                    // A digit right after \Q must not extend a preceding back reference.
                    out[j++] = '\\';
                    out[j++] = 'x';
                    out[j++] = '3';
                }
                out[j++] = c;
            } else if (c != '\\') {
                if (inQuote) {
                    out[j++] = '\\';
                }
                out[j++] = c;
            } else if (inQuote) {
                inQuote = false;
                if (i < pLen && temp[i] == 'E') {
                    i++; // \E ends the quote
                } else {
                    out[j++] = '\\';
                    out[j++] = '\\';
                    inQuote = true;
                }
            } else {
                // An escape outside a quote: copy it, and start a new quote at \Q.
                if (i < pLen && temp[i] == 'Q') {
                    i++;
                    inQuote = true;
                    beginQuote = true;
                    continue;
                }
                out[j++] = c;
                if (i != pLen) {
                    out[j++] = temp[i++];
                }
            }
            beginQuote = false;
        }
        patternLength = j;
        int[] t = new int[j + 4];
        System.arraycopy(out, 0, t, 0, j);
        temp = t;
    }

    // ---- structure ----

    private static Node seq(ArrayList<Node> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        if (items.isEmpty()) {
            return Node.empty();
        }
        Node n = new Node(Node.SEQ);
        n.kids = items.toArray(new Node[0]);
        return n;
    }

    /** Alternatives up to ')' or the end. */
    private Node expr() {
        ArrayList<Node> alts = null;
        Node first = sequence();
        while (peek() == '|') {
            next();
            if (alts == null) {
                alts = new ArrayList<>();
                alts.add(first);
            }
            alts.add(sequence());
        }
        if (alts == null) {
            return first;
        }
        Node n = new Node(Node.ALT);
        n.kids = alts.toArray(new Node[0]);
        return n;
    }

    private Node sequence() {
        ArrayList<Node> items = new ArrayList<>();
        for (;;) {
            int ch = peek();
            Node node;
            switch (ch) {
                case '(':
                    node = group0();
                    if (node == null) {
                        continue; // pure inline flags
                    }
                    break;
                case '[':
                    node = Node.cls(clazz(true).seal());
                    break;
                case '\\':
                    ch = nextEscaped();
                    if (ch == 'p' || ch == 'P') {
                        boolean oneLetter = true;
                        boolean comp = ch == 'P';
                        ch = next();
                        if (ch != '{') {
                            unread();
                        } else {
                            oneLetter = false;
                        }
                        node = Node.cls(family(oneLetter, comp).seal());
                    } else {
                        unread();
                        node = atom();
                    }
                    break;
                case '^':
                    next();
                    if (has(Pattern.MULTILINE)) {
                        node = Node.asserting(has(Pattern.UNIX_LINES) ? Node.A_CARET_UNIX : Node.A_CARET);
                    } else {
                        node = Node.asserting(Node.A_BEGIN);
                    }
                    break;
                case '$':
                    next();
                    if (has(Pattern.UNIX_LINES)) {
                        node = Node.asserting(has(Pattern.MULTILINE) ? Node.A_DOLLAR_UNIX_M : Node.A_DOLLAR_UNIX);
                    } else {
                        node = Node.asserting(has(Pattern.MULTILINE) ? Node.A_DOLLAR_M : Node.A_DOLLAR);
                    }
                    break;
                case '.':
                    next();
                    if (has(Pattern.DOTALL)) {
                        node = Node.cls(CharClass.all().seal());
                    } else {
                        node = Node.cls(CharClass.property(has(Pattern.UNIX_LINES)
                                ? CharClass.P_DOT_UNIX : CharClass.P_DOT).seal());
                    }
                    break;
                case '|':
                case ')':
                    return seq(items);
                case '?':
                case '*':
                case '+':
                    next();
                    throw error("Dangling meta character '" + ((char) ch) + "'");
                case '{':
                    // Not a repetition of anything: an empty node that the closure applies to.
                    node = Node.empty();
                    break;
                case 0:
                    if (cursor >= patternLength) {
                        return seq(items);
                    }
                    node = atom();
                    break;
                default:
                    node = atom();
                    break;
            }
            items.add(closure(node));
        }
    }

    /** One literal character or escape. */
    private Node atom() {
        int ch = peek();
        if (ch == '\\') {
            ch = nextEscaped();
            if (ch == 'p' || ch == 'P') {
                // handled by sequence()
                throw error("Unexpected internal error");
            }
            unread();
            Node[] root = new Node[1];
            int c = escape(false, true, false, root);
            if (c == -1) {
                return root[0];
            }
            return literal(c);
        }
        next();
        // The cursor is past a code point now (temp holds code points).
        return literal(ch);
    }

    private Node literal(int cp) {
        CharClass c = CharClass.literal(cp, flags);
        if (c.singleCodePoint() >= 0) {
            return Node.ch(cp);
        }
        return Node.cls(c.seal());
    }

    private Node group0() {
        int save = flags;
        Node node;
        int ch = next();
        if (ch == '?') {
            ch = skip();
            switch (ch) {
                case ':': {
                    Node body = expr();
                    accept(')', "Unclosed group");
                    node = body;
                    break;
                }
                case '=':
                case '!': {
                    Node body = expr();
                    accept(')', "Unclosed group");
                    node = Node.of(Node.LOOK, ch == '=' ? Node.LOOK_AHEAD : Node.LOOK_AHEAD_NOT, body);
                    break;
                }
                case '>': {
                    Node body = expr();
                    accept(')', "Unclosed group");
                    node = Node.of(Node.ATOMIC, 0, body);
                    break;
                }
                case '<': {
                    ch = read();
                    if (ch != '=' && ch != '!') {
                        unread();
                        String name = groupname(read());
                        if (namedGroups.containsKey(name)) {
                            throw error("Named capturing group <" + name + "> is already defined");
                        }
                        int index = ++groupCount;
                        namedGroups.put(name, index);
                        Node body = expr();
                        accept(')', "Unclosed group");
                        node = Node.of(Node.GROUP, index, body);
                    } else {
                        Node body = expr();
                        long max = body.studyMax();
                        if (max == Node.NO_MAX) {
                            throw error("Look-behind group does not have an obvious maximum length");
                        }
                        accept(')', "Unclosed group");
                        node = Node.of(Node.LOOK, ch == '=' ? Node.LOOK_BEHIND : Node.LOOK_BEHIND_NOT, body);
                        node.min = body.minLength();
                        node.max = (int) max;
                    }
                    break;
                }
                case '$':
                case '@':
                    throw error("Unknown group type");
                default: {
                    unread();
                    addFlag();
                    ch = read();
                    if (ch == ')') {
                        return null; // inline modifiers only: they stay in force
                    }
                    if (ch != ':') {
                        throw error("Unknown inline modifier");
                    }
                    Node body = expr();
                    accept(')', "Unclosed group");
                    flags = save;
                    node = body;
                    break;
                }
            }
        } else {
            int index = ++groupCount;
            Node body = expr();
            accept(')', "Unclosed group");
            node = Node.of(Node.GROUP, index, body);
        }
        flags = save; // inline flags set inside a group end with it
        return node;
    }

    private String groupname(int ch) {
        StringBuilder sb = new StringBuilder();
        if (!CharClass.isAsciiAlpha(ch)) {
            throw error("capturing group name does not start with a Latin letter");
        }
        do {
            sb.append((char) ch);
        } while (CharClass.isAsciiAlpha(ch = read()) || isDigit(ch));
        if (ch != '>') {
            throw error("named capturing group is missing trailing '>'");
        }
        return sb.toString();
    }

    private void addFlag() {
        int ch = peek();
        for (;;) {
            switch (ch) {
                case 'i': flags |= Pattern.CASE_INSENSITIVE; break;
                case 'm': flags |= Pattern.MULTILINE; break;
                case 's': flags |= Pattern.DOTALL; break;
                case 'd': flags |= Pattern.UNIX_LINES; break;
                case 'u': flags |= Pattern.UNICODE_CASE; break;
                case 'c': flags |= Pattern.CANON_EQ; break;
                case 'x': flags |= Pattern.COMMENTS; break;
                case 'U': flags |= (Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE); break;
                case '-':
                    ch = next();
                    subFlag();
                    return;
                default:
                    return;
            }
            ch = next();
        }
    }

    private void subFlag() {
        int ch = peek();
        for (;;) {
            switch (ch) {
                case 'i': flags &= ~Pattern.CASE_INSENSITIVE; break;
                case 'm': flags &= ~Pattern.MULTILINE; break;
                case 's': flags &= ~Pattern.DOTALL; break;
                case 'd': flags &= ~Pattern.UNIX_LINES; break;
                case 'u': flags &= ~Pattern.UNICODE_CASE; break;
                case 'c': flags &= ~Pattern.CANON_EQ; break;
                case 'x': flags &= ~Pattern.COMMENTS; break;
                case 'U': flags &= ~(Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE); break;
                default:
                    return;
            }
            ch = next();
        }
    }

    /** Applies a following quantifier, if any, to {@code prev}. */
    private Node closure(Node prev) {
        int ch = peek();
        int min;
        int max;
        switch (ch) {
            case '?':
                min = 0;
                max = 1;
                ch = next();
                break;
            case '*':
                min = 0;
                max = -1;
                ch = next();
                break;
            case '+':
                min = 1;
                max = -1;
                ch = next();
                break;
            case '{': {
                ch = skip();
                if (!isDigit(ch)) {
                    throw error("Illegal repetition");
                }
                int cmin = 0;
                do {
                    if (overflows(cmin, ch)) {
                        throw error("Illegal repetition range");
                    }
                    cmin = cmin * 10 + (ch - '0');
                } while (isDigit(ch = read()));
                int cmax = cmin;
                if (ch == ',') {
                    ch = read();
                    cmax = -1;
                    if (ch != '}') {
                        cmax = 0;
                        while (isDigit(ch)) {
                            if (overflows(cmax, ch)) {
                                throw error("Illegal repetition range");
                            }
                            cmax = cmax * 10 + (ch - '0');
                            ch = read();
                        }
                    }
                }
                if (ch != '}') {
                    throw error("Unclosed counted closure");
                }
                if (cmax != -1 && cmax < cmin) {
                    throw error("Illegal repetition range");
                }
                if (cmax == Integer.MAX_VALUE) {
                    cmax = -1;
                }
                min = cmin;
                max = cmax;
                ch = peek();
                break;
            }
            default:
                return prev;
        }
        int type = Node.GREEDY;
        if (ch == '?') {
            next();
            type = Node.LAZY;
        } else if (ch == '+') {
            next();
            type = Node.POSSESSIVE;
        }
        return Node.repeat(prev, min, max, type);
    }

    /** Whether value * 10 + digit overflows an int. */
    private static boolean overflows(int value, int digit) {
        return (long) value * 10 + (digit - '0') > Integer.MAX_VALUE;
    }

    // ---- escapes ----

    /**
     * Parses an escape at the cursor (which is on the backslash). Returns the code point of a
     * character escape, or -1 after storing a node in {@code root[0]} (when {@code create}).
     */
    private int escape(boolean inclass, boolean create, boolean isrange, Node[] root) {
        int ch = skip();
        switch (ch) {
            case '0':
                return o();
            case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                if (inclass) {
                    break;
                }
                if (create) {
                    root[0] = ref(ch - '0');
                }
                return -1;
            case 'A':
                if (inclass) {
                    break;
                }
                if (create) {
                    root[0] = Node.asserting(Node.A_BEGIN);
                }
                return -1;
            case 'B':
                if (inclass) {
                    break;
                }
                if (create) {
                    root[0] = Node.asserting(has(Pattern.UNICODE_CHARACTER_CLASS) ? Node.A_NOT_WORD_U : Node.A_NOT_WORD);
                }
                return -1;
            case 'D':
                if (create) {
                    root[0] = Node.cls(CharClass.complement(digit()));
                }
                return -1;
            case 'G':
                if (inclass) {
                    break;
                }
                if (create) {
                    root[0] = Node.asserting(Node.A_LAST_MATCH);
                }
                return -1;
            case 'H':
                if (create) {
                    root[0] = Node.cls(CharClass.complement(horizontal()));
                }
                return -1;
            case 'R':
                if (inclass) {
                    break;
                }
                if (create) {
                    root[0] = new Node(Node.LINEBREAK);
                }
                return -1;
            case 'S':
                if (create) {
                    root[0] = Node.cls(CharClass.complement(space()));
                }
                return -1;
            case 'V':
                if (create) {
                    root[0] = Node.cls(CharClass.complement(vertical()));
                }
                return -1;
            case 'W':
                if (create) {
                    root[0] = Node.cls(CharClass.complement(word()));
                }
                return -1;
            case 'X':
                if (inclass) {
                    break;
                }
                if (create) {
                    root[0] = new Node(Node.GRAPHEME);
                }
                return -1;
            case 'Z':
                if (inclass) {
                    break;
                }
                if (create) {
                    root[0] = Node.asserting(has(Pattern.UNIX_LINES) ? Node.A_DOLLAR_UNIX : Node.A_DOLLAR);
                }
                return -1;
            case 'a':
                return 7;
            case 'b':
                if (inclass) {
                    break;
                }
                if (create) {
                    if (temp[cursor] == '{' && temp[cursor + 1] == 'g' && temp[cursor + 2] == '}') {
                        throw error("\\b{g} is not supported");
                    }
                    root[0] = Node.asserting(has(Pattern.UNICODE_CHARACTER_CLASS) ? Node.A_WORD_U : Node.A_WORD);
                }
                return -1;
            case 'c':
                return c();
            case 'd':
                if (create) {
                    root[0] = Node.cls(digit());
                }
                return -1;
            case 'e':
                return 27;
            case 'f':
                return '\f';
            case 'h':
                if (create) {
                    root[0] = Node.cls(horizontal());
                }
                return -1;
            case 'k':
                if (inclass) {
                    break;
                }
                if (read() != '<') {
                    throw error("\\k is not followed by '<' for named capturing group");
                }
                String name = groupname(read());
                Integer g = namedGroups.get(name);
                if (g == null) {
                    throw error("named capturing group <" + name + "> does not exist");
                }
                if (create) {
                    root[0] = backref(g);
                }
                return -1;
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 's':
                if (create) {
                    root[0] = Node.cls(space());
                }
                return -1;
            case 't':
                return '\t';
            case 'u':
                return u();
            case 'v':
                if (isrange) {
                    return 0x0b;
                }
                if (create) {
                    root[0] = Node.cls(vertical());
                }
                return -1;
            case 'w':
                if (create) {
                    root[0] = Node.cls(word());
                }
                return -1;
            case 'x':
                return x();
            case 'z':
                if (inclass) {
                    break;
                }
                if (create) {
                    root[0] = Node.asserting(Node.A_END);
                }
                return -1;
            case 'C': case 'E': case 'F': case 'I': case 'J': case 'K': case 'L': case 'M': case 'N':
            case 'O': case 'P': case 'Q': case 'T': case 'U': case 'Y': case 'g': case 'i': case 'j':
            case 'l': case 'm': case 'o': case 'p': case 'q': case 'y':
                break;
            default:
                return ch;
        }
        throw error("Illegal/unsupported escape sequence");
    }

    private CharClass digit() {
        if (has(Pattern.UNICODE_CHARACTER_CLASS)) {
            return CharClass.property(CharClass.P_JAVA_DIGIT).seal();
        }
        return CharClass.range('0', '9').seal();
    }

    private CharClass space() {
        if (has(Pattern.UNICODE_CHARACTER_CLASS)) {
            return CharClass.property(CharClass.P_WHITE_SPACE).seal();
        }
        return CharClass.ranges('\t', '\r', ' ', ' ').seal();
    }

    private CharClass word() {
        if (has(Pattern.UNICODE_CHARACTER_CLASS)) {
            return CharClass.property(CharClass.P_WORD).seal();
        }
        return CharClass.ranges('a', 'z', 'A', 'Z', '_', '_', '0', '9').seal();
    }

    private static CharClass horizontal() {
        return CharClass.ranges(' ', ' ', '\t', '\t', 0xa0, 0xa0, 0x1680, 0x1680, 0x180e, 0x180e,
                0x2000, 0x200a, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000).seal();
    }

    private static CharClass vertical() {
        return CharClass.ranges('\n', '\r', 0x85, 0x85, 0x2028, 0x2029).seal();
    }

    private Node backref(int group) {
        hasBackrefs = true;
        Node n = new Node(Node.BACKREF);
        n.value = group;
        if (has(Pattern.CASE_INSENSITIVE)) {
            n.min = has(Pattern.UNICODE_CASE) ? 2 : 1;
        }
        return n;
    }

    private Node ref(int refNum) {
        for (;;) {
            int ch = peek();
            if (!isDigit(ch)) {
                break;
            }
            int newRefNum = refNum * 10 + (ch - '0');
            if (groupCount < newRefNum) {
                break;
            }
            refNum = newRefNum;
            read();
        }
        return backref(refNum);
    }

    private int o() {
        int n = read();
        if (((n - '0') | ('7' - n)) >= 0) {
            int m = read();
            if (((m - '0') | ('7' - m)) >= 0) {
                int o = read();
                if ((((o - '0') | ('7' - o)) >= 0) && (((n - '0') | ('3' - n)) >= 0)) {
                    return (n - '0') * 64 + (m - '0') * 8 + (o - '0');
                }
                unread();
                return (n - '0') * 8 + (m - '0');
            }
            unread();
            return n - '0';
        }
        throw error("Illegal octal escape sequence");
    }

    private int x() {
        int n = read();
        if (isHexDigit(n)) {
            int m = read();
            if (isHexDigit(m)) {
                return hexValue(n) * 16 + hexValue(m);
            }
        } else if (n == '{' && isHexDigit(peek())) {
            int ch = 0;
            while (isHexDigit(n = read())) {
                ch = (ch << 4) + hexValue(n);
                if (ch > Character.MAX_CODE_POINT) {
                    throw error("Hexadecimal codepoint is too big");
                }
            }
            if (n != '}') {
                throw error("Unclosed hexadecimal escape sequence");
            }
            return ch;
        }
        throw error("Illegal hexadecimal escape sequence");
    }

    private int c() {
        if (cursor < patternLength) {
            return read() ^ 64;
        }
        throw error("Illegal control escape sequence");
    }

    private int u() {
        int n = uxxxx();
        if (Character.isHighSurrogate((char) n)) {
            int cur = cursor;
            if (read() == '\\' && read() == 'u') {
                int n2 = uxxxx();
                if (Character.isLowSurrogate((char) n2)) {
                    return Character.toCodePoint((char) n, (char) n2);
                }
            }
            cursor = cur;
        }
        return n;
    }

    private int uxxxx() {
        int n = 0;
        for (int i = 0; i < 4; i++) {
            int ch = read();
            if (!isHexDigit(ch)) {
                throw error("Illegal Unicode escape sequence");
            }
            n = n * 16 + hexValue(ch);
        }
        return n;
    }

    // ---- character classes ----

    /** Parses a bracketed class; the cursor is on '['. */
    private CharClass clazz(boolean consume) {
        CharClass prev = null;
        CharClass curr;
        boolean isNeg = false;
        boolean firstInClass = true;
        int ch = next();
        for (;;) {
            switch (ch) {
                case '^':
                    if (firstInClass) {
                        if (temp[cursor - 1] != '[') {
                            break;
                        }
                        ch = next();
                        isNeg = !isNeg;
                        continue;
                    }
                    break;
                case '[':
                    curr = clazz(true);
                    prev = CharClass.union(prev, curr);
                    firstInClass = false;
                    ch = peek();
                    continue;
                case '&':
                    ch = next();
                    if (ch == '&') {
                        ch = next();
                        CharClass right = null;
                        while (ch != ']' && ch != '&') {
                            if (ch == '[') {
                                right = CharClass.union(right, clazz(true));
                            } else {
                                unread();
                                right = CharClass.union(right, clazz(false));
                            }
                            ch = peek();
                        }
                        if (prev == null) {
                            if (right == null) {
                                throw error("Bad class syntax");
                            }
                            prev = right;
                        } else if (right != null) {
                            prev = CharClass.intersection(prev, right);
                        }
                        firstInClass = false;
                    } else {
                        unread();
                        break;
                    }
                    continue;
                case 0:
                    if (cursor >= patternLength) {
                        throw error("Unclosed character class");
                    }
                    break;
                case ']':
                    if (prev != null) {
                        if (consume) {
                            next();
                        }
                        if (isNeg) {
                            prev = CharClass.complement(prev);
                        }
                        return prev;
                    }
                    break;
                default:
                    break;
            }
            curr = range();
            prev = CharClass.union(prev, curr);
            firstInClass = false;
            ch = peek();
        }
    }

    /** One member of a class: a character, a range, an escape class or a property. */
    private CharClass range() {
        int ch = peek();
        if (ch == '\\') {
            ch = nextEscaped();
            if (ch == 'p' || ch == 'P') {
                boolean comp = ch == 'P';
                boolean oneLetter = true;
                ch = next();
                if (ch != '{') {
                    unread();
                } else {
                    oneLetter = false;
                }
                return family(oneLetter, comp);
            }
            boolean isrange = temp[cursor + 1] == '-';
            unread();
            Node[] root = new Node[1];
            ch = escape(true, true, isrange, root);
            if (ch == -1) {
                return root[0].cls;
            }
        } else {
            next();
        }
        if (ch >= 0) {
            if (peek() == '-') {
                int endRange = temp[cursor + 1];
                if (endRange == '[') {
                    return CharClass.literal(ch, flags);
                }
                if (endRange != ']') {
                    next();
                    int m = peek();
                    if (m == '\\') {
                        m = escape(true, false, true, null);
                    } else {
                        next();
                    }
                    if (m < ch) {
                        throw error("Illegal character range");
                    }
                    if (has(Pattern.CASE_INSENSITIVE)) {
                        return CharClass.rangeCI(ch, m, has(Pattern.UNICODE_CASE));
                    }
                    return CharClass.range(ch, m);
                }
            }
            return CharClass.literal(ch, flags);
        }
        throw error("Unexpected character '" + ((char) ch) + "'");
    }

    /** \p{name} / \pL; the cursor is on the letter or the '{'. */
    private CharClass family(boolean singleLetter, boolean complement) {
        next();
        String name;
        if (singleLetter) {
            int c = temp[cursor];
            name = new String(Character.toChars(c));
            read();
        } else {
            int i = cursor;
            temp[patternLength] = '}';
            while (read() != '}') {
                // scan to the closing brace
            }
            temp[patternLength] = 0;
            int j = cursor;
            if (j > patternLength) {
                throw error("Unclosed character family");
            }
            if (i + 1 >= j) {
                throw error("Empty character family");
            }
            name = new String(temp, i, j - i - 1);
        }
        CharClass p = null;
        boolean ci = has(Pattern.CASE_INSENSITIVE);
        int eq = name.indexOf('=');
        if (eq != -1) {
            String value = name.substring(eq + 1);
            String key = name.substring(0, eq).toLowerCase();
            if (key.equals("sc") || key.equals("script")) {
                p = UnicodeProperties.forScript(value);
            } else if (key.equals("blk") || key.equals("block")) {
                p = UnicodeProperties.forBlock(value);
            } else if (key.equals("gc") || key.equals("general_category")) {
                p = UnicodeProperties.forProperty(value, ci);
            }
            if (p == null) {
                throw error("Unknown Unicode property {name=<" + key + ">, value=<" + value + ">}");
            }
        } else {
            if (name.startsWith("In")) {
                p = UnicodeProperties.forBlock(name.substring(2));
            } else if (name.startsWith("Is")) {
                String shortName = name.substring(2);
                p = UnicodeProperties.forBinaryProperty(shortName, ci);
                if (p == null) {
                    p = UnicodeProperties.forProperty(shortName, ci);
                }
                if (p == null) {
                    p = UnicodeProperties.forScript(shortName);
                }
            } else {
                if (has(Pattern.UNICODE_CHARACTER_CLASS)) {
                    p = UnicodeProperties.forPosixName(name, ci);
                }
                if (p == null) {
                    p = UnicodeProperties.forProperty(name, ci);
                }
            }
            if (p == null) {
                throw error("Unknown character property name {" + name + "}");
            }
        }
        if (complement) {
            p = CharClass.complement(p);
        }
        return p;
    }
}
