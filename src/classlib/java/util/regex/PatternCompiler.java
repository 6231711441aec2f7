package java.util.regex;

import java.util.ArrayList;

/**
 * Turns a {@link Node} tree into the flat program that {@link Matcher}'s backtracking engine
 * runs, and derives the search hints (the set of possible first characters, whether the
 * pattern is anchored at the start, the minimum match length).
 *
 * <p>Program layout (int words): see the OP_ constants; every jump target is an absolute index.
 * Registers: 0..groupCount-1 hold the pending start of each group (a group's bounds are
 * published only when it closes, as in HotSpot), then two per general loop (iteration count,
 * start of the current iteration) and one per look-behind (the position it must end at).
 */
final class PatternCompiler {
    static final int OP_MATCH = 0;        // end of the main program
    static final int OP_SUB_END = 1;      // end of an atomic or look-around body
    static final int OP_CHAR = 2;         // c: one BMP code point
    static final int OP_STR = 3;          // idx: pool char[] literal
    static final int OP_CLASS = 4;        // idx: pool CharClass, one code point
    static final int OP_FORK = 5;         // b: try the next instruction, then b
    static final int OP_FORK_LAZY = 6;    // b: try b, then the next instruction
    static final int OP_JMP = 7;          // a
    static final int OP_GROUP_OPEN = 8;   // g
    static final int OP_GROUP_CLOSE = 9;  // g
    static final int OP_ASSERT = 10;      // kind
    static final int OP_BACKREF = 11;     // g, mode
    static final int OP_REPEAT = 12;      // idx, min, max (-1 unbounded), type
    static final int OP_LOOP_INIT = 13;   // r, min, max, greedy (1/0), exit; LOOP_ITER follows
    static final int OP_LOOP_ITER = 14;   // r
    static final int OP_LOOP_END = 15;    // r, init pc
    static final int OP_ATOMIC = 16;      // next; body follows, ends with SUB_END
    static final int OP_LOOK = 17;        // kind, next, min, max, reg; body follows
    static final int OP_LB_CHECK = 18;    // reg: the look-behind body must end where it started
    static final int OP_GRAPHEME = 19;    // \X
    static final int OP_FAIL = 20;

    private int[] code = new int[64];
    private int n;
    private final ArrayList<Object> pool = new ArrayList<>();
    private int regs;

    /** The compiled program of a pattern. */
    static final class Program {
        int[] code;
        Object[] pool;
        int regCount;
        CharClass firstClass;
        boolean anchoredStart;
        int minLength;
    }

    static Program compile(Node root, int groupCount) {
        PatternCompiler c = new PatternCompiler();
        c.regs = groupCount + 1;
        c.emit(root);
        c.op(OP_MATCH);
        Program p = new Program();
        int[] code = new int[c.n];
        System.arraycopy(c.code, 0, code, 0, c.n);
        p.code = code;
        p.pool = c.pool.toArray();
        p.regCount = c.regs;
        p.minLength = root.minLength();
        p.anchoredStart = anchored(root);
        CharClass fc = first(root);
        if (fc != null) {
            p.firstClass = (fc.latin1 == null) ? fc.seal() : fc;
        }
        return p;
    }

    private void op(int w) {
        if (n == code.length) {
            int[] bigger = new int[n * 2];
            System.arraycopy(code, 0, bigger, 0, n);
            code = bigger;
        }
        code[n++] = w;
    }

    private void op(int a, int b) {
        op(a);
        op(b);
    }

    private int constant(Object o) {
        pool.add(o);
        return pool.size() - 1;
    }

    private void emit(Node node) {
        switch (node.kind) {
            case Node.EMPTY:
                return;
            case Node.CHAR:
                if (node.value < 0x10000) {
                    op(OP_CHAR, node.value);
                } else {
                    op(OP_STR, constant(Character.toChars(node.value)));
                }
                return;
            case Node.CLASS:
                op(OP_CLASS, constant(node.cls));
                return;
            case Node.SEQ:
                emitSequence(node.kids);
                return;
            case Node.ALT: {
                Node[] kids = node.kids;
                int[] jumps = new int[kids.length];
                for (int i = 0; i < kids.length; i++) {
                    if (i < kids.length - 1) {
                        op(OP_FORK, 0);
                        int fork = n - 1;
                        emit(kids[i]);
                        op(OP_JMP, 0);
                        jumps[i] = n - 1;
                        code[fork] = n;
                    } else {
                        emit(kids[i]);
                    }
                }
                for (int i = 0; i < kids.length - 1; i++) {
                    code[jumps[i]] = n;
                }
                return;
            }
            case Node.GROUP:
                op(OP_GROUP_OPEN, node.value);
                emit(node.kids[0]);
                op(OP_GROUP_CLOSE, node.value);
                return;
            case Node.REPEAT:
                emitRepeat(node);
                return;
            case Node.LOOK: {
                int at = n;
                op(OP_LOOK, node.value);
                op(0); // next
                op(node.min);
                op(node.max);
                int reg = regs++;
                op(reg);
                emit(node.kids[0]);
                if (node.value == Node.LOOK_BEHIND || node.value == Node.LOOK_BEHIND_NOT) {
                    op(OP_LB_CHECK, reg);
                }
                op(OP_SUB_END);
                code[at + 2] = n;
                return;
            }
            case Node.ATOMIC: {
                int at = n;
                op(OP_ATOMIC, 0);
                emit(node.kids[0]);
                op(OP_SUB_END);
                code[at + 1] = n;
                return;
            }
            case Node.ASSERT:
                op(OP_ASSERT, node.value);
                return;
            case Node.BACKREF:
                op(OP_BACKREF, node.value);
                op(node.min);
                return;
            case Node.LINEBREAK: {
                // \R = \r\n | [\n\x0B\f\r\x85\u2028\u2029], the pair first, with backtracking
                op(OP_FORK, 0);
                int fork = n - 1;
                op(OP_STR, constant(new char[] {'\r', '\n'}));
                op(OP_JMP, 0);
                int jmp = n - 1;
                code[fork] = n;
                op(OP_CLASS, constant(CharClass.ranges('\n', '\r', 0x85, 0x85, 0x2028, 0x2029).seal()));
                code[jmp] = n;
                return;
            }
            case Node.GRAPHEME:
                op(OP_GRAPHEME);
                return;
            default:
                throw new InternalError("node kind " + node.kind);
        }
    }

    /** Emits a sequence, joining runs of literal BMP characters into one string test. */
    private void emitSequence(Node[] kids) {
        int i = 0;
        while (i < kids.length) {
            if (kids[i].kind == Node.CHAR && kids[i].value < 0x10000) {
                int j = i;
                while (j < kids.length && kids[j].kind == Node.CHAR && kids[j].value < 0x10000) {
                    j++;
                }
                if (j - i == 1) {
                    op(OP_CHAR, kids[i].value);
                } else {
                    char[] s = new char[j - i];
                    for (int k = i; k < j; k++) {
                        s[k - i] = (char) kids[k].value;
                    }
                    op(OP_STR, constant(s));
                }
                i = j;
            } else {
                emit(kids[i]);
                i++;
            }
        }
    }

    private void emitRepeat(Node node) {
        Node body = node.kids[0];
        int min = node.min;
        int max = node.max;
        int type = node.value;
        if (body.isSingle()) {
            CharClass cls = body.kind == Node.CHAR ? CharClass.single(body.value).seal() : body.cls;
            op(OP_REPEAT, constant(cls));
            op(min);
            op(max);
            op(type);
            return;
        }
        if (type == Node.POSSESSIVE) {
            int at = n;
            op(OP_ATOMIC, 0);
            emitLoop(body, min, max, Node.GREEDY);
            op(OP_SUB_END);
            code[at + 1] = n;
            return;
        }
        if (max != min && !(min == 0 && max == 1) && body.deterministic() && body.maxLength() == 0) {
            // A zero-width body (a group of assertions) under * + {n,m}: HotSpot never runs the
            // optional iterations, so their captures are never set; only the required ones remain.
            max = min;
        }
        emitLoop(body, min, max, type);
    }

    /** A greedy or lazy repeat of a general (not single-character) body. */
    private void emitLoop(Node body, int min, int max, int type) {
        if (max == 0) {
            return;
        }
        if (min == 0 && max == 1) {
            // greedy: try the body, then skip it; lazy: skip first, the body is the fallback
            op(type == Node.LAZY ? OP_FORK_LAZY : OP_FORK, 0);
            int fork = n - 1;
            emit(body);
            code[fork] = n;
            return;
        }
        if (min == 1 && max == 1) {
            emit(body);
            return;
        }
        int r = regs;
        regs += 2;
        int init = n;
        op(OP_LOOP_INIT, r);
        op(min);
        op(max);
        op(type == Node.LAZY ? 0 : 1);
        op(0); // exit
        op(OP_LOOP_ITER, r);
        emit(body);
        op(OP_LOOP_END, r);
        op(init);
        code[init + 5] = n;
    }

    /** Whether every match must begin at the start of input (\A or ^ without MULTILINE). */
    private static boolean anchored(Node node) {
        switch (node.kind) {
            case Node.ASSERT:
                return node.value == Node.A_BEGIN;
            case Node.SEQ:
                for (Node k : node.kids) {
                    if (anchored(k)) {
                        return true;
                    }
                    if (!(k.kind == Node.EMPTY || (k.kind == Node.GROUP && k.kids[0].kind == Node.EMPTY))) {
                        return false;
                    }
                }
                return false;
            case Node.ALT:
                for (Node k : node.kids) {
                    if (!anchored(k)) {
                        return false;
                    }
                }
                return node.kids.length > 0;
            case Node.GROUP:
            case Node.ATOMIC:
                return anchored(node.kids[0]);
            default:
                return false;
        }
    }

    /**
     * The set of code points a match can begin with, or null when unknown or when the match
     * may be empty. Zero-width assertions and look-arounds are skipped (a superset is fine).
     */
    private static CharClass first(Node node) {
        switch (node.kind) {
            case Node.CHAR:
                return node.value < 0x10000 ? CharClass.single(node.value) : null;
            case Node.CLASS:
                return node.cls;
            case Node.LINEBREAK:
                return CharClass.ranges('\n', '\r', 0x85, 0x85, 0x2028, 0x2029);
            case Node.SEQ:
                for (Node k : node.kids) {
                    if (k.kind == Node.ASSERT || k.kind == Node.LOOK || k.kind == Node.EMPTY) {
                        continue;
                    }
                    if (k.minLength() == 0) {
                        return null;
                    }
                    return first(k);
                }
                return null;
            case Node.ALT: {
                CharClass u = null;
                for (Node k : node.kids) {
                    CharClass f = first(k);
                    if (f == null) {
                        return null;
                    }
                    u = CharClass.union(u, f);
                }
                return u;
            }
            case Node.GROUP:
            case Node.ATOMIC:
                return node.kids[0].minLength() > 0 ? first(node.kids[0]) : null;
            case Node.REPEAT:
                return node.min > 0 ? first(node.kids[0]) : null;
            default:
                return null;
        }
    }
}
