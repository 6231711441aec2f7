// stdin: program.tiny
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An interpreter for a tiny language (let, print, if/else, while, functions, recursion) with a sealed AST. */
public class OopTinyInterpreter {
    sealed interface Expr permits Num, Var, Bin, Call, Str {}
    record Num(long v) implements Expr {}
    record Str(String s) implements Expr {}
    record Var(String name) implements Expr {}
    record Bin(char op, Expr l, Expr r) implements Expr {}
    record Call(String fn, List<Expr> args) implements Expr {}

    sealed interface Stmt permits Let, Print, If, While, Def, Return {}
    record Let(String name, Expr e) implements Stmt {}
    record Print(List<Expr> items) implements Stmt {}
    record If(Expr cond, List<Stmt> then, List<Stmt> otherwise) implements Stmt {}
    record While(Expr cond, List<Stmt> body) implements Stmt {}
    record Def(String name, List<String> params, List<Stmt> body) implements Stmt {}
    record Return(Expr e) implements Stmt {}

    static final class ParseError extends RuntimeException { ParseError(String m) { super(m); } }
    static final class ReturnSignal extends RuntimeException {
        final Object value;
        ReturnSignal(Object v) { super(null, null, false, false); value = v; }
    }

    // ---- lexer ----
    final List<String> toks = new ArrayList<>();
    int pos;

    OopTinyInterpreter(String src) {
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            if (c == '#') { while (i < src.length() && src.charAt(i) != '\n') i++; continue; }
            int j = i + 1;
            if (Character.isLetter(c)) { while (j < src.length() && Character.isLetterOrDigit(src.charAt(j))) j++; }
            else if (Character.isDigit(c)) { while (j < src.length() && Character.isDigit(src.charAt(j))) j++; }
            else if (c == '"') { while (j < src.length() && src.charAt(j) != '"') j++; j++; }
            else if ((c == '=' || c == '!' || c == '<' || c == '>') && j < src.length() && src.charAt(j) == '=') j++;
            toks.add(src.substring(i, j));
            i = j;
        }
    }

    String peek() { return pos < toks.size() ? toks.get(pos) : "<eof>"; }
    String next() { String t = peek(); pos++; return t; }
    void expect(String t) { if (!next().equals(t)) throw new ParseError("expected '" + t + "' but found '" + toks.get(pos - 1) + "' at token " + (pos - 1)); }

    List<Stmt> block() {
        expect("{");
        List<Stmt> out = new ArrayList<>();
        while (!peek().equals("}")) out.add(stmt());
        expect("}");
        return out;
    }

    Stmt stmt() {
        String t = next();
        switch (t) {
            case "let": { String n = next(); expect("="); Expr e = expr(); expect(";"); return new Let(n, e); }
            case "print": {
                List<Expr> items = new ArrayList<>();
                items.add(expr());
                while (peek().equals(",")) { next(); items.add(expr()); }
                expect(";");
                return new Print(items);
            }
            case "if": {
                Expr c = expr();
                List<Stmt> th = block(), el = List.of();
                if (peek().equals("else")) { next(); el = block(); }
                return new If(c, th, el);
            }
            case "while": { Expr c = expr(); return new While(c, block()); }
            case "fn": {
                String name = next();
                expect("(");
                List<String> ps = new ArrayList<>();
                while (!peek().equals(")")) { ps.add(next()); if (peek().equals(",")) next(); }
                expect(")");
                return new Def(name, ps, block());
            }
            case "return": { Expr e = expr(); expect(";"); return new Return(e); }
            default: throw new ParseError("unexpected '" + t + "' at token " + (pos - 1));
        }
    }

    static final String[][] LEVELS = {{"==", "!=", "<", "<=", ">", ">="}, {"+", "-"}, {"*", "/", "%"}};

    Expr expr() { return level(0); }

    Expr level(int k) {
        if (k == LEVELS.length) return primary();
        Expr left = level(k + 1);
        while (List.of(LEVELS[k]).contains(peek())) {
            String op = next();
            char code = switch (op) { case "==" -> 'e'; case "!=" -> 'n'; case "<=" -> 'l'; case ">=" -> 'g'; default -> op.charAt(0); };
            left = new Bin(code, left, level(k + 1));
        }
        return left;
    }

    Expr primary() {
        String t = next();
        if (t.equals("(")) { Expr e = expr(); expect(")"); return e; }
        if (t.startsWith("\"")) return new Str(t.substring(1, t.length() - 1));
        if (Character.isDigit(t.charAt(0))) return new Num(Long.parseLong(t));
        if (t.equals("-")) return new Bin('-', new Num(0), primary());
        if (!Character.isLetter(t.charAt(0))) throw new ParseError("unexpected '" + t + "'");
        if (peek().equals("(")) {
            next();
            List<Expr> args = new ArrayList<>();
            while (!peek().equals(")")) { args.add(expr()); if (peek().equals(",")) next(); }
            expect(")");
            return new Call(t, args);
        }
        return new Var(t);
    }

    // ---- evaluator ----
    final Map<String, Def> functions = new HashMap<>();
    final StringBuilder out = new StringBuilder();
    long steps;

    Object eval(Expr e, Map<String, Object> env) {
        steps++;
        if (e instanceof Num n) return n.v();
        if (e instanceof Str s) return s.s();
        if (e instanceof Var v) {
            if (!env.containsKey(v.name())) throw new IllegalStateException("undefined variable '" + v.name() + "'");
            return env.get(v.name());
        }
        if (e instanceof Call c) {
            Def d = functions.get(c.fn());
            if (d == null) throw new IllegalStateException("undefined function '" + c.fn() + "'");
            if (d.params().size() != c.args().size()) throw new IllegalStateException(c.fn() + " expects " + d.params().size() + " arguments, got " + c.args().size());
            Map<String, Object> local = new HashMap<>();
            for (int i = 0; i < d.params().size(); i++) local.put(d.params().get(i), eval(c.args().get(i), env));
            try { run(d.body(), local); } catch (ReturnSignal r) { return r.value; }
            return 0L;
        }
        Bin b = (Bin) e;
        Object l = eval(b.l(), env), r = eval(b.r(), env);
        if (b.op() == '+' && (l instanceof String || r instanceof String)) return String.valueOf(l) + r;
        if (!(l instanceof Long x) || !(r instanceof Long y)) throw new IllegalStateException("cannot apply '" + b.op() + "' to " + l + " and " + r);
        return switch (b.op()) {
            case '+' -> x + y;
            case '-' -> x - y;
            case '*' -> x * y;
            case '/' -> x / y;
            case '%' -> x % y;
            case '<' -> x < y ? 1L : 0L;
            case '>' -> x > y ? 1L : 0L;
            case 'l' -> x <= y ? 1L : 0L;
            case 'g' -> x >= y ? 1L : 0L;
            case 'e' -> x.equals(y) ? 1L : 0L;
            case 'n' -> !x.equals(y) ? 1L : 0L;
            default -> throw new IllegalStateException("bad op " + b.op());
        };
    }

    boolean truthy(Object o) { return o instanceof Long l ? l != 0 : !((String) o).isEmpty(); }

    void run(List<Stmt> body, Map<String, Object> env) {
        for (Stmt s : body) {
            if (s instanceof Let l) env.put(l.name(), eval(l.e(), env));
            else if (s instanceof Print p) {
                StringBuilder line = new StringBuilder();
                for (Expr e : p.items()) line.append(line.length() == 0 ? "" : " ").append(eval(e, env));
                out.append(line).append('\n');
            } else if (s instanceof If i) run(truthy(eval(i.cond(), env)) ? i.then() : i.otherwise(), env);
            else if (s instanceof While w) { while (truthy(eval(w.cond(), env))) run(w.body(), env); }
            else if (s instanceof Def d) functions.put(d.name(), d);
            else if (s instanceof Return r) throw new ReturnSignal(eval(r.e(), env));
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder src = new StringBuilder();
        List<String> programs = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals("----")) { programs.add(src.toString()); src.setLength(0); } else src.append(line).append('\n');
        }
        programs.add(src.toString());
        for (int k = 0; k < programs.size(); k++) {
            OopTinyInterpreter it = new OopTinyInterpreter(programs.get(k));
            System.out.println("== program " + (k + 1) + " (" + it.toks.size() + " tokens)");
            try {
                List<Stmt> prog = new ArrayList<>();
                while (it.pos < it.toks.size()) prog.add(it.stmt());
                it.run(prog, new HashMap<>());
            } catch (ParseError e) {
                it.out.append("parse error: ").append(e.getMessage()).append('\n');
            } catch (IllegalStateException | ArithmeticException e) {
                it.out.append("runtime error: ").append(e).append('\n');
            }
            System.out.print(it.out);
            System.out.println("(" + it.steps + " evaluation steps)");
        }
        System.out.println(new Bin('+', new Num(1), new Call("f", List.of(new Var("x"), new Str("s")))));
    }
}
