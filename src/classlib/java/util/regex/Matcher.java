package java.util.regex;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Matches a {@link Pattern} against a character sequence, and runs the backtracking engine.
 *
 * <p>The engine interprets the pattern's program (see {@link PatternCompiler}) over a copy of
 * the input taken at construction and reset. Backtracking state lives on an explicit stack of
 * four-int entries: choice points (pc, position), trail entries that restore a capture or
 * register when popped, and compact entries for repeated single characters (one entry for a
 * whole run of {@code .*}). Only atomic groups and look-arounds call the engine recursively,
 * so recursion depth is bounded by the pattern's nesting, never by the input's length.
 */
public final class Matcher implements MatchResult {
    private static final int BT_CHOICE = 0;  // pc, pos
    private static final int BT_CAP = 1;     // caps index, old value
    private static final int BT_REG = 2;     // register, old value
    private static final int BT_GREEDY = 3;  // repeat pc, pos, count
    private static final int BT_LAZY = 4;    // repeat pc, pos, count

    private static final int NOANCHOR = 0;
    private static final int ENDANCHOR = 1;

    private Pattern parentPattern;
    private CharSequence text;
    private char[] chars;
    private String copiedFrom;

    private int from;
    private int to;
    private boolean transparentBounds;
    private boolean anchoringBounds = true;

    /** groups[2g], groups[2g+1]: bounds of group g in the last match (-1 = none). */
    private int[] groups;
    private int[] regs;
    private int[] bt = new int[64];
    private int top;

    private int first = -1;
    private int last;
    private int oldLast = -1;
    private int lastAppendPosition;
    private int acceptMode;
    private boolean hitEnd;
    private boolean requireEnd;
    int modCount;

    Matcher(Pattern parent, CharSequence text) {
        this.parentPattern = parent;
        this.text = text;
        allocate();
        reset();
    }

    private void allocate() {
        groups = new int[(parentPattern.groupCount + 1) * 2];
        regs = new int[parentPattern.program.regCount];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = -1;
        }
    }

    public Pattern pattern() {
        return parentPattern;
    }

    public MatchResult toMatchResult() {
        return new Snapshot(text.toString(), first, last, groups.clone(), groupCount());
    }

    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null) {
            throw new IllegalArgumentException("Pattern cannot be null");
        }
        parentPattern = newPattern;
        allocate();
        modCount++;
        return this;
    }

    public Matcher reset() {
        first = -1;
        last = 0;
        oldLast = -1;
        for (int i = 0; i < groups.length; i++) {
            groups[i] = -1;
        }
        lastAppendPosition = 0;
        if (text != copiedFrom) {
            // Strings are immutable: a reset on the same String keeps the copy (Scanner resets often)
            chars = text.toString().toCharArray();
            copiedFrom = text instanceof String ? (String) text : null;
        }
        from = 0;
        to = chars.length;
        modCount++;
        return this;
    }

    public Matcher reset(CharSequence input) {
        text = input;
        return reset();
    }

    public int start() {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        return first;
    }

    public int start(int group) {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
        return groups[group * 2];
    }

    public int start(String name) {
        return groups[getMatchedGroupIndex(name) * 2];
    }

    public int end() {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        return last;
    }

    public int end(int group) {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
        return groups[group * 2 + 1];
    }

    public int end(String name) {
        return groups[getMatchedGroupIndex(name) * 2 + 1];
    }

    public String group() {
        return group(0);
    }

    public String group(int group) {
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
        if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1) {
            return null;
        }
        return new String(chars, groups[group * 2], groups[group * 2 + 1] - groups[group * 2]);
    }

    public String group(String name) {
        int group = getMatchedGroupIndex(name);
        if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1) {
            return null;
        }
        return new String(chars, groups[group * 2], groups[group * 2 + 1] - groups[group * 2]);
    }

    public int groupCount() {
        return parentPattern.groupCount;
    }

    private int getMatchedGroupIndex(String name) {
        Objects.requireNonNull(name, "Group name");
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        Integer g = parentPattern.namedGroups().get(name);
        if (g == null) {
            throw new IllegalArgumentException("No group with name <" + name + ">");
        }
        return g;
    }

    public boolean matches() {
        return match(from, ENDANCHOR);
    }

    public boolean find() {
        int nextSearchIndex = last;
        if (nextSearchIndex == first) {
            nextSearchIndex++;
        }
        if (nextSearchIndex < from) {
            nextSearchIndex = from;
        }
        if (nextSearchIndex > to) {
            for (int i = 0; i < groups.length; i++) {
                groups[i] = -1;
            }
            return false;
        }
        return search(nextSearchIndex);
    }

    public boolean find(int start) {
        int limit = chars.length;
        if (start < 0 || start > limit) {
            throw new IndexOutOfBoundsException("Illegal start index");
        }
        reset();
        return search(start);
    }

    public boolean lookingAt() {
        return match(from, NOANCHOR);
    }

    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') == -1 && s.indexOf('$') == -1) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    public Matcher appendReplacement(StringBuffer sb, String replacement) {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        StringBuilder result = new StringBuilder();
        appendExpandedReplacement(replacement, result);
        sb.append(text, lastAppendPosition, first);
        sb.append(result);
        lastAppendPosition = last;
        modCount++;
        return this;
    }

    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        StringBuilder result = new StringBuilder();
        appendExpandedReplacement(replacement, result);
        sb.append(text, lastAppendPosition, first);
        sb.append(result);
        lastAppendPosition = last;
        modCount++;
        return this;
    }

    /** Expands $n, ${name} and \x in a replacement string. */
    private void appendExpandedReplacement(String replacement, StringBuilder result) {
        int cursor = 0;
        while (cursor < replacement.length()) {
            char nextChar = replacement.charAt(cursor);
            if (nextChar == '\\') {
                cursor++;
                if (cursor == replacement.length()) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                nextChar = replacement.charAt(cursor);
                result.append(nextChar);
                cursor++;
            } else if (nextChar == '$') {
                cursor++;
                if (cursor == replacement.length()) {
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                }
                nextChar = replacement.charAt(cursor);
                int refNum;
                if (nextChar == '{') {
                    cursor++;
                    StringBuilder gsb = new StringBuilder();
                    while (cursor < replacement.length()) {
                        nextChar = replacement.charAt(cursor);
                        if (CharClass.isAsciiAlpha(nextChar) || (nextChar >= '0' && nextChar <= '9')) {
                            gsb.append(nextChar);
                            cursor++;
                        } else {
                            break;
                        }
                    }
                    if (gsb.length() == 0) {
                        throw new IllegalArgumentException("named capturing group has 0 length name");
                    }
                    if (nextChar != '}') {
                        throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    }
                    String gname = gsb.toString();
                    if (gname.charAt(0) >= '0' && gname.charAt(0) <= '9') {
                        throw new IllegalArgumentException("capturing group name {" + gname
                                + "} starts with digit character");
                    }
                    Integer g = parentPattern.namedGroups().get(gname);
                    if (g == null) {
                        throw new IllegalArgumentException("No group with name {" + gname + "}");
                    }
                    refNum = g;
                    cursor++;
                } else {
                    refNum = nextChar - '0';
                    if (refNum < 0 || refNum > 9) {
                        throw new IllegalArgumentException("Illegal group reference");
                    }
                    cursor++;
                    while (cursor < replacement.length()) {
                        int nextDigit = replacement.charAt(cursor) - '0';
                        if (nextDigit < 0 || nextDigit > 9) {
                            break;
                        }
                        int newRefNum = refNum * 10 + nextDigit;
                        if (groupCount() < newRefNum) {
                            break;
                        }
                        refNum = newRefNum;
                        cursor++;
                    }
                }
                if (start(refNum) != -1 && end(refNum) != -1) {
                    result.append(chars, start(refNum), end(refNum) - start(refNum));
                }
            } else {
                result.append(nextChar);
                cursor++;
            }
        }
    }

    public StringBuffer appendTail(StringBuffer sb) {
        sb.append(text, lastAppendPosition, getTextLength());
        return sb;
    }

    public StringBuilder appendTail(StringBuilder sb) {
        sb.append(text, lastAppendPosition, getTextLength());
        return sb;
    }

    public String replaceAll(String replacement) {
        reset();
        boolean result = find();
        if (result) {
            StringBuilder sb = new StringBuilder();
            do {
                appendReplacement(sb, replacement);
                result = find();
            } while (result);
            appendTail(sb);
            return sb.toString();
        }
        return text.toString();
    }

    public String replaceAll(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        boolean result = find();
        if (result) {
            StringBuilder sb = new StringBuilder();
            do {
                int ec = modCount;
                String replacement = replacer.apply(this);
                if (ec != modCount) {
                    throw new ConcurrentModificationException();
                }
                appendReplacement(sb, replacement);
                result = find();
            } while (result);
            appendTail(sb);
            return sb.toString();
        }
        return text.toString();
    }

    public Stream<MatchResult> results() {
        Iterator<MatchResult> it = new Iterator<MatchResult>() {
            // -1 for unknown, 0 for not found, 1 for found
            int state = -1;
            int expectedCount = -1;
            MatchResult current;

            @Override
            public MatchResult next() {
                if (expectedCount >= 0 && expectedCount != modCount) {
                    throw new ConcurrentModificationException();
                }
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                state = -1;
                return current;
            }

            @Override
            public boolean hasNext() {
                if (state >= 0) {
                    return state == 1;
                }
                if (expectedCount >= 0 && expectedCount != modCount) {
                    return true;
                }
                boolean found = find();
                if (found) {
                    current = toMatchResult();
                }
                expectedCount = modCount;
                state = found ? 1 : 0;
                return found;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    public String replaceFirst(String replacement) {
        if (replacement == null) {
            throw new NullPointerException("replacement");
        }
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    public String replaceFirst(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        int ec = modCount;
        String replacement = replacer.apply(this);
        if (ec != modCount) {
            throw new ConcurrentModificationException();
        }
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    public Matcher region(int start, int end) {
        if (start < 0 || start > getTextLength()) {
            throw new IndexOutOfBoundsException("start");
        }
        if (end < 0 || end > getTextLength()) {
            throw new IndexOutOfBoundsException("end");
        }
        if (start > end) {
            throw new IndexOutOfBoundsException("start > end");
        }
        reset();
        from = start;
        to = end;
        return this;
    }

    public int regionStart() {
        return from;
    }

    public int regionEnd() {
        return to;
    }

    public boolean hasTransparentBounds() {
        return transparentBounds;
    }

    public Matcher useTransparentBounds(boolean b) {
        transparentBounds = b;
        return this;
    }

    public boolean hasAnchoringBounds() {
        return anchoringBounds;
    }

    public Matcher useAnchoringBounds(boolean b) {
        anchoringBounds = b;
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("java.util.regex.Matcher")
                .append("[pattern=").append(pattern())
                .append(" region=")
                .append(regionStart()).append(',').append(regionEnd())
                .append(" lastmatch=");
        if (first >= 0 && group() != null) {
            sb.append(group());
        }
        sb.append(']');
        return sb.toString();
    }

    public boolean hitEnd() {
        return hitEnd;
    }

    public boolean requireEnd() {
        return requireEnd;
    }

    int getTextLength() {
        return chars.length;
    }

    // ---- searching ----

    private void clearGroups() {
        int[] g = groups;
        for (int i = 0; i < g.length; i++) {
            g[i] = -1;
        }
    }

    /** Finds the next match starting at or after {@code start}. */
    boolean search(int start) {
        hitEnd = false;
        requireEnd = false;
        start = start < 0 ? 0 : start;
        this.first = start;
        this.oldLast = oldLast < 0 ? start : oldLast;
        clearGroups();
        acceptMode = NOANCHOR;
        PatternCompiler.Program prog = parentPattern.program;
        boolean result = false;
        int guard = to - prog.minLength;
        if (prog.anchoredStart) {
            if (start <= guard) {
                top = 0;
                int r = run(prog.code, 0, start);
                if (r >= 0) {
                    found(start, r);
                    result = true;
                }
            }
        } else {
            CharClass fc = prog.firstClass;
            boolean[] table = fc == null ? null : fc.latin1;
            char[] cs = chars;
            int[] code = prog.code;
            for (int i = start; i <= guard; i++) {
                if (table != null && i < to) {
                    char c = cs[i];
                    if (c < 256 && !table[c]) {
                        continue;
                    }
                }
                top = 0;
                int r = run(code, 0, i);
                if (r >= 0) {
                    found(i, r);
                    result = true;
                    break;
                }
                // HotSpot never starts a match at the low half of a surrogate pair.
                if (i + 1 < cs.length && i < guard && Character.isHighSurrogate(cs[i])
                        && Character.isLowSurrogate(cs[i + 1])) {
                    i++;
                }
            }
        }
        if (!result) {
            hitEnd = true;
            this.first = -1;
        }
        this.oldLast = this.last;
        modCount++;
        return result;
    }

    private void found(int start, int end) {
        first = start;
        last = end;
        groups[0] = start;
        groups[1] = end;
    }

    /** Matches at {@code start} only (matches/lookingAt). */
    private boolean match(int start, int anchor) {
        hitEnd = false;
        requireEnd = false;
        start = start < 0 ? 0 : start;
        this.first = start;
        this.oldLast = oldLast < 0 ? start : oldLast;
        clearGroups();
        acceptMode = anchor;
        top = 0;
        int r = run(parentPattern.program.code, 0, start);
        boolean result = r >= 0;
        if (result) {
            found(start, r);
        } else {
            this.first = -1;
        }
        this.oldLast = this.last;
        modCount++;
        return result;
    }

    // ---- the engine ----

    private void push(int kind, int a, int b, int c) {
        int t = top;
        if (t + 4 > bt.length) {
            int[] bigger = new int[bt.length * 2];
            System.arraycopy(bt, 0, bigger, 0, t);
            bt = bigger;
        }
        int[] s = bt;
        s[t] = kind;
        s[t + 1] = a;
        s[t + 2] = b;
        s[t + 3] = c;
        top = t + 4;
    }

    private void setReg(int r, int v) {
        push(BT_REG, r, regs[r], 0);
        regs[r] = v;
    }

    private void setCap(int i, int v) {
        push(BT_CAP, i, groups[i], 0);
        groups[i] = v;
    }

    /** Drops choice points above {@code base}, keeping the trail (an atomic success). */
    private void commit(int base) {
        int[] s = bt;
        int w = base;
        for (int r = base; r < top; r += 4) {
            int k = s[r];
            if (k == BT_CAP || k == BT_REG) {
                if (w != r) {
                    s[w] = k;
                    s[w + 1] = s[r + 1];
                    s[w + 2] = s[r + 2];
                }
                w += 4;
            }
        }
        top = w;
    }

    /** Pops everything above {@code base}, undoing the trail. */
    private void unwind(int base) {
        int[] s = bt;
        while (top > base) {
            top -= 4;
            int k = s[top];
            if (k == BT_CAP) {
                groups[s[top + 1]] = s[top + 2];
            } else if (k == BT_REG) {
                regs[s[top + 1]] = s[top + 2];
            }
        }
    }

    /**
     * Runs the program from {@code pc} at {@code pos}; returns the end position of the first
     * match found, or -1 with the stack and all state restored to how they were on entry.
     */
    private int run(int[] code, int pc, int pos) {
        final int base = top;
        final char[] cs = chars;
        final Object[] pool = parentPattern.program.pool;
        main:
        for (;;) {
            switch (code[pc]) {
                case PatternCompiler.OP_MATCH:
                    if (acceptMode == ENDANCHOR && pos != to) {
                        break;
                    }
                    return pos;
                case PatternCompiler.OP_SUB_END:
                    return pos;
                case PatternCompiler.OP_CHAR:
                    if (pos < to) {
                        if (cs[pos] == code[pc + 1]) {
                            pos++;
                            pc += 2;
                            continue main;
                        }
                    } else {
                        hitEnd = true;
                    }
                    break;
                case PatternCompiler.OP_STR: {
                    char[] s = (char[]) pool[code[pc + 1]];
                    int len = s.length;
                    int p = pos;
                    int i = 0;
                    int lim = to;
                    while (i < len) {
                        if (p >= lim) {
                            hitEnd = true;
                            break;
                        }
                        if (cs[p] != s[i]) {
                            break;
                        }
                        p++;
                        i++;
                    }
                    if (i == len) {
                        pos = p;
                        pc += 2;
                        continue main;
                    }
                    break;
                }
                case PatternCompiler.OP_CLASS: {
                    if (pos < to) {
                        CharClass cc = (CharClass) pool[code[pc + 1]];
                        int c = cs[pos];
                        int len = 1;
                        if (c < 256) {
                            if (cc.latin1[c]) {
                                pos++;
                                pc += 2;
                                continue main;
                            }
                            break;
                        }
                        if (c >= 0xd800 && c <= 0xdbff && pos + 1 < to) {
                            char lo = cs[pos + 1];
                            if (lo >= 0xdc00 && lo <= 0xdfff) {
                                c = Character.toCodePoint((char) c, lo);
                                len = 2;
                            }
                        }
                        if (cc.test(c)) {
                            pos += len;
                            pc += 2;
                            continue main;
                        }
                    } else {
                        hitEnd = true;
                    }
                    break;
                }
                case PatternCompiler.OP_FORK:
                    push(BT_CHOICE, code[pc + 1], pos, 0);
                    pc += 2;
                    continue main;
                case PatternCompiler.OP_FORK_LAZY:
                    push(BT_CHOICE, pc + 2, pos, 0);
                    pc = code[pc + 1];
                    continue main;
                case PatternCompiler.OP_JMP:
                    pc = code[pc + 1];
                    continue main;
                case PatternCompiler.OP_GROUP_OPEN:
                    setReg(code[pc + 1], pos);
                    pc += 2;
                    continue main;
                case PatternCompiler.OP_GROUP_CLOSE: {
                    int g = code[pc + 1];
                    setCap(2 * g, regs[g]);
                    setCap(2 * g + 1, pos);
                    pc += 2;
                    continue main;
                }
                case PatternCompiler.OP_ASSERT:
                    if (assertion(code[pc + 1], pos)) {
                        pc += 2;
                        continue main;
                    }
                    break;
                case PatternCompiler.OP_BACKREF: {
                    int r = backref(code[pc + 1], code[pc + 2], pos);
                    if (r >= 0) {
                        pos = r;
                        pc += 3;
                        continue main;
                    }
                    break;
                }
                case PatternCompiler.OP_REPEAT: {
                    CharClass cc = (CharClass) pool[code[pc + 1]];
                    int min = code[pc + 2];
                    int max = code[pc + 3];
                    int type = code[pc + 4];
                    int p = pos;
                    int count = 0;
                    int lim = to;
                    boolean[] table = cc.latin1;
                    int want = type == Node.LAZY ? min : max;
                    boolean ok = true;
                    while (want < 0 || count < want) {
                        if (p >= lim) {
                            hitEnd = true;
                            break;
                        }
                        int c = cs[p];
                        int len = 1;
                        if (c < 256) {
                            if (!table[c]) {
                                break;
                            }
                        } else {
                            if (c >= 0xd800 && c <= 0xdbff && p + 1 < lim) {
                                char lo = cs[p + 1];
                                if (lo >= 0xdc00 && lo <= 0xdfff) {
                                    c = Character.toCodePoint((char) c, lo);
                                    len = 2;
                                }
                            }
                            if (!cc.test(c)) {
                                break;
                            }
                        }
                        p += len;
                        count++;
                    }
                    if (count < min) {
                        break;
                    }
                    if (type == Node.GREEDY) {
                        if (count > min) {
                            push(BT_GREEDY, pc, p, count);
                        }
                    } else if (type == Node.LAZY) {
                        if (max < 0 || count < max) {
                            push(BT_LAZY, pc, p, count);
                        }
                    }
                    pos = p;
                    pc += 5;
                    continue main;
                }
                case PatternCompiler.OP_LOOP_INIT: {
                    int r = code[pc + 1];
                    int min = code[pc + 2];
                    int max = code[pc + 3];
                    int exit = code[pc + 5];
                    setReg(r, 0);
                    if (min > 0) {
                        pc += 6;
                    } else if (code[pc + 4] != 0) {
                        if (max != 0) {
                            push(BT_CHOICE, exit, pos, 0);
                            pc += 6;
                        } else {
                            pc = exit;
                        }
                    } else {
                        if (max != 0) {
                            push(BT_CHOICE, pc + 6, pos, 0);
                        }
                        pc = exit;
                    }
                    continue main;
                }
                case PatternCompiler.OP_LOOP_ITER: {
                    int r = code[pc + 1];
                    setReg(r, regs[r] + 1);
                    setReg(r + 1, pos);
                    pc += 2;
                    continue main;
                }
                case PatternCompiler.OP_LOOP_END: {
                    int r = code[pc + 1];
                    int init = code[pc + 2];
                    int exit = code[init + 5];
                    int iter = init + 6;
                    if (pos > regs[r + 1]) {
                        int count = regs[r];
                        int min = code[init + 2];
                        int max = code[init + 3];
                        if (count < min) {
                            pc = iter;
                        } else if (code[init + 4] != 0) {
                            if (max < 0 || count < max) {
                                push(BT_CHOICE, exit, pos, 0);
                                pc = iter;
                            } else {
                                pc = exit;
                            }
                        } else {
                            if (max < 0 || count < max) {
                                push(BT_CHOICE, iter, pos, 0);
                            }
                            pc = exit;
                        }
                    } else {
                        pc = exit;
                    }
                    continue main;
                }
                case PatternCompiler.OP_ATOMIC: {
                    int b0 = top;
                    int r = run(code, pc + 2, pos);
                    if (r < 0) {
                        break;
                    }
                    commit(b0);
                    pos = r;
                    pc = code[pc + 1];
                    continue main;
                }
                case PatternCompiler.OP_LOOK: {
                    if (look(code, pc, pos)) {
                        pc = code[pc + 2];
                        continue main;
                    }
                    break;
                }
                case PatternCompiler.OP_LB_CHECK:
                    if (pos == regs[code[pc + 1]]) {
                        pc += 2;
                        continue main;
                    }
                    break;
                case PatternCompiler.OP_GRAPHEME: {
                    if (pos < to) {
                        int c = Character.codePointAt(cs, pos, to);
                        int p = pos + Character.charCount(c);
                        if (c == '\r' && p < to && cs[p] == '\n') {
                            p++;
                        } else {
                            while (p < to) {
                                int d = Character.codePointAt(cs, p, to);
                                int t = Character.getType(d);
                                if (t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK
                                        && t != Character.COMBINING_SPACING_MARK && d != 0x200d) {
                                    break;
                                }
                                p += Character.charCount(d);
                            }
                        }
                        pos = p;
                        pc += 1;
                        continue main;
                    }
                    hitEnd = true;
                    break;
                }
                case PatternCompiler.OP_FAIL:
                    break;
                default:
                    throw new InternalError("regex op " + code[pc]);
            }
            // Failure: backtrack to the most recent choice point above base.
            int[] s = bt;
            for (;;) {
                if (top <= base) {
                    return -1;
                }
                int t = top - 4;
                switch (s[t]) {
                    case BT_CAP:
                        groups[s[t + 1]] = s[t + 2];
                        top = t;
                        continue;
                    case BT_REG:
                        regs[s[t + 1]] = s[t + 2];
                        top = t;
                        continue;
                    case BT_CHOICE:
                        pc = s[t + 1];
                        pos = s[t + 2];
                        top = t;
                        continue main;
                    case BT_GREEDY: {
                        int rpc = s[t + 1];
                        int p = s[t + 2];
                        int count = s[t + 3];
                        int min = code[rpc + 2];
                        // give back one code point
                        if (p - 1 > from && Character.isLowSurrogate(cs[p - 1])
                                && Character.isHighSurrogate(cs[p - 2])) {
                            p -= 2;
                        } else {
                            p -= 1;
                        }
                        count--;
                        if (count > min) {
                            s[t + 2] = p;
                            s[t + 3] = count;
                        } else {
                            top = t;
                        }
                        pos = p;
                        pc = rpc + 5;
                        continue main;
                    }
                    case BT_LAZY: {
                        top = t;
                        int rpc = s[t + 1];
                        int p = s[t + 2];
                        int count = s[t + 3];
                        if (p >= to) {
                            hitEnd = true;
                            continue;
                        }
                        CharClass cc = (CharClass) pool[code[rpc + 1]];
                        int c = Character.codePointAt(cs, p, to);
                        if (!cc.matches(c)) {
                            continue;
                        }
                        p += Character.charCount(c);
                        count++;
                        int max = code[rpc + 3];
                        if (max < 0 || count < max) {
                            push(BT_LAZY, rpc, p, count);
                        }
                        pos = p;
                        pc = rpc + 5;
                        continue main;
                    }
                    default:
                        throw new InternalError("regex backtrack entry " + s[t]);
                }
            }
        }
    }

    /** Runs a look-around at {@code pc}; true when the condition holds (choice points dropped). */
    private boolean look(int[] code, int pc, int pos) {
        int kind = code[pc + 1];
        int body = pc + 6;
        int b0 = top;
        if (kind == Node.LOOK_AHEAD || kind == Node.LOOK_AHEAD_NOT) {
            int savedTo = to;
            if (transparentBounds) {
                to = chars.length;
            }
            int r;
            try {
                if (kind == Node.LOOK_AHEAD_NOT && pos >= to) {
                    requireEnd = true;
                }
                r = run(code, body, pos);
            } finally {
                to = savedTo;
            }
            if (kind == Node.LOOK_AHEAD) {
                if (r < 0) {
                    return false;
                }
                commit(b0);
                return true;
            }
            if (r >= 0) {
                unwind(b0);
                return false;
            }
            return true;
        }
        int min = code[pc + 3];
        int max = code[pc + 4];
        int reg = code[pc + 5];
        int startIndex = transparentBounds ? 0 : from;
        // max is HotSpot's int estimate (it may have wrapped around); so is this subtraction
        int lowest = Math.max(pos - max, startIndex);
        int savedFrom = from;
        if (transparentBounds) {
            from = 0;
        }
        boolean matched = false;
        try {
            for (int j = pos - min; j >= lowest; j--) {
                regs[reg] = pos;
                if (run(code, body, j) >= 0) {
                    matched = true;
                    break;
                }
            }
        } finally {
            from = savedFrom;
        }
        if (kind == Node.LOOK_BEHIND) {
            if (matched) {
                commit(b0);
            }
            return matched;
        }
        if (matched) {
            unwind(b0);
            return false;
        }
        return true;
    }

    /** Matches back reference {@code g} at pos; returns the new position or -1. */
    private int backref(int g, int mode, int pos) {
        if (g > parentPattern.groupCount) {
            return -1;
        }
        int j = groups[2 * g];
        int k = groups[2 * g + 1];
        if (j < 0) {
            return -1;
        }
        int size = k - j;
        if (pos + size > to) {
            hitEnd = true;
            return -1;
        }
        char[] cs = chars;
        for (int i = 0; i < size; i++) {
            char c1 = cs[j + i];
            char c2 = cs[pos + i];
            if (c1 != c2) {
                if (mode == 0) {
                    return -1;
                }
                if (mode == 2) {
                    int u1 = Character.toUpperCase(c1);
                    int u2 = Character.toUpperCase(c2);
                    if (u1 != u2 && Character.toLowerCase(u1) != Character.toLowerCase(u2)) {
                        return -1;
                    }
                } else if (CharClass.asciiToLower(c1) != CharClass.asciiToLower(c2)) {
                    return -1;
                }
            }
        }
        return pos + size;
    }

    private static boolean isLineTerminator(char ch) {
        return ch == '\n' || ch == '\r' || (ch | 1) == '\u2029' || ch == '\u0085';
    }

    private boolean assertion(int kind, int i) {
        char[] cs = chars;
        switch (kind) {
            case Node.A_BEGIN: {
                int fromIndex = anchoringBounds ? from : 0;
                return i == fromIndex;
            }
            case Node.A_END: {
                int endIndex = anchoringBounds ? to : cs.length;
                if (i == endIndex) {
                    hitEnd = true;
                    return true;
                }
                return false;
            }
            case Node.A_CARET:
            case Node.A_CARET_UNIX: {
                int startIndex = from;
                int endIndex = to;
                if (!anchoringBounds) {
                    startIndex = 0;
                    endIndex = cs.length;
                }
                if (i == endIndex) {
                    hitEnd = true;
                    return false;
                }
                if (i > startIndex) {
                    char ch = cs[i - 1];
                    if (kind == Node.A_CARET_UNIX) {
                        return ch == '\n';
                    }
                    if (!isLineTerminator(ch)) {
                        return false;
                    }
                    if (ch == '\r' && cs[i] == '\n') {
                        return false;
                    }
                }
                return true;
            }
            case Node.A_DOLLAR:
            case Node.A_DOLLAR_M: {
                boolean multiline = kind == Node.A_DOLLAR_M;
                int endIndex = anchoringBounds ? to : cs.length;
                if (!multiline) {
                    if (i < endIndex - 2) {
                        return false;
                    }
                    if (i == endIndex - 2) {
                        return cs[i] == '\r' && cs[i + 1] == '\n';
                    }
                }
                if (i < endIndex) {
                    char ch = cs[i];
                    if (ch == '\n') {
                        if (i > 0 && cs[i - 1] == '\r') {
                            return false;
                        }
                        if (multiline) {
                            return true;
                        }
                    } else if (ch == '\r' || ch == '\u0085' || (ch | 1) == '\u2029') {
                        if (multiline) {
                            return true;
                        }
                    } else {
                        return false;
                    }
                }
                hitEnd = true;
                requireEnd = true;
                return true;
            }
            case Node.A_DOLLAR_UNIX:
            case Node.A_DOLLAR_UNIX_M: {
                boolean multiline = kind == Node.A_DOLLAR_UNIX_M;
                int endIndex = anchoringBounds ? to : cs.length;
                if (i < endIndex) {
                    char ch = cs[i];
                    if (ch == '\n') {
                        if (!multiline && i != endIndex - 1) {
                            return false;
                        }
                        if (multiline) {
                            return true;
                        }
                    } else {
                        return false;
                    }
                }
                hitEnd = true;
                requireEnd = true;
                return true;
            }
            case Node.A_WORD:
            case Node.A_NOT_WORD:
            case Node.A_WORD_U:
            case Node.A_NOT_WORD_U: {
                boolean unicode = kind == Node.A_WORD_U || kind == Node.A_NOT_WORD_U;
                boolean b = isBoundary(i, unicode);
                return (kind == Node.A_WORD || kind == Node.A_WORD_U) == b;
            }
            case Node.A_LAST_MATCH:
                return i == oldLast;
            default:
                throw new InternalError("assertion " + kind);
        }
    }

    private static boolean isWord(int ch, boolean unicode) {
        if (unicode) {
            return CharClass.property(CharClass.P_WORD).test(ch);
        }
        return ch == '_' || Character.isLetterOrDigit(ch);
    }

    private boolean isBoundary(int i, boolean unicode) {
        char[] cs = chars;
        int startIndex = from;
        int endIndex = to;
        if (transparentBounds) {
            startIndex = 0;
            endIndex = cs.length;
        }
        boolean left = false;
        if (i > startIndex) {
            int ch = Character.codePointBefore(cs, i);
            left = isWord(ch, unicode)
                    || (Character.getType(ch) == Character.NON_SPACING_MARK && hasBaseCharacter(i - 1));
        }
        boolean right = false;
        if (i < endIndex) {
            int ch = Character.codePointAt(cs, i);
            right = isWord(ch, unicode)
                    || (Character.getType(ch) == Character.NON_SPACING_MARK && hasBaseCharacter(i));
        } else {
            hitEnd = true;
            requireEnd = true;
        }
        return left ^ right;
    }

    private boolean hasBaseCharacter(int i) {
        int start = transparentBounds ? 0 : from;
        for (int x = i; x >= start; x--) {
            int ch = Character.codePointAt(chars, x);
            if (Character.isLetterOrDigit(ch)) {
                return true;
            }
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                continue;
            }
            return false;
        }
        return false;
    }

    /** An immutable copy of a match's state (toMatchResult, results()). */
    private static final class Snapshot implements MatchResult {
        private final String text;
        private final int first;
        private final int last;
        private final int[] groups;
        private final int groupCount;

        Snapshot(String text, int first, int last, int[] groups, int groupCount) {
            this.text = text;
            this.first = first;
            this.last = last;
            this.groups = groups;
            this.groupCount = groupCount;
        }

        private void checkMatch() {
            if (first < 0) {
                throw new IllegalStateException("No match found");
            }
        }

        private void checkGroup(int group) {
            if (group < 0 || group > groupCount) {
                throw new IndexOutOfBoundsException("No group " + group);
            }
        }

        @Override
        public int start() {
            checkMatch();
            return first;
        }

        @Override
        public int start(int group) {
            checkMatch();
            checkGroup(group);
            return groups[group * 2];
        }

        @Override
        public int end() {
            checkMatch();
            return last;
        }

        @Override
        public int end(int group) {
            checkMatch();
            checkGroup(group);
            return groups[group * 2 + 1];
        }

        @Override
        public int groupCount() {
            return groupCount;
        }

        @Override
        public String group() {
            checkMatch();
            return group(0);
        }

        @Override
        public String group(int group) {
            checkMatch();
            checkGroup(group);
            if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1) {
                return null;
            }
            return text.substring(groups[group * 2], groups[group * 2 + 1]);
        }
    }
}
