import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A regex-driven lexer for arithmetic with variables, and a recursive-descent evaluator. */
public class RegexExprLexer {
    enum Kind { NUMBER, IDENT, OP, LPAREN, RPAREN, ASSIGN }

    record Token(Kind kind, String text, int pos) {
        @Override
        public String toString() {
            return kind + "(" + text + ")@" + pos;
        }
    }

    static final Pattern TOKEN = Pattern.compile(
            "\\G\\s*(?:(?<num>\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)|(?<id>[A-Za-z_]\\w*)|(?<op>\\*\\*|[-+*/%^])"
            + "|(?<lp>\\()|(?<rp>\\))|(?<as>=))");

    static List<Token> lex(String src) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(src);
        int pos = 0;
        while (pos < src.length()) {
            if (src.substring(pos).isBlank()) {
                break;
            }
            if (!m.find(pos) || m.start() != pos) {
                throw new IllegalArgumentException("unexpected character at " + pos + ": '" + src.charAt(pos) + "'");
            }
            Kind k = m.group("num") != null ? Kind.NUMBER : m.group("id") != null ? Kind.IDENT
                    : m.group("op") != null ? Kind.OP : m.group("lp") != null ? Kind.LPAREN
                    : m.group("rp") != null ? Kind.RPAREN : Kind.ASSIGN;
            String text = m.group().trim();
            out.add(new Token(k, text, m.end() - text.length()));
            pos = m.end();
        }
        return out;
    }

    List<Token> toks;
    int i;
    final Map<String, Double> vars = new HashMap<>();

    double parse(List<Token> t) {
        toks = t;
        i = 0;
        if (t.size() >= 2 && t.get(0).kind() == Kind.IDENT && t.get(1).kind() == Kind.ASSIGN) {
            i = 2;
            double v = expr();
            vars.put(t.get(0).text(), v);
            return v;
        }
        double v = expr();
        if (i != toks.size()) {
            throw new IllegalArgumentException("trailing " + toks.get(i));
        }
        return v;
    }

    Token peek() {
        return i < toks.size() ? toks.get(i) : null;
    }

    double expr() {
        double v = term();
        while (peek() != null && peek().kind() == Kind.OP && "+-".contains(peek().text())) {
            String op = toks.get(i++).text();
            double r = term();
            v = op.equals("+") ? v + r : v - r;
        }
        return v;
    }

    double term() {
        double v = power();
        while (peek() != null && peek().kind() == Kind.OP && peek().text().matches("[*/%]")) {
            String op = toks.get(i++).text();
            double r = power();
            v = op.equals("*") ? v * r : op.equals("/") ? v / r : v % r;
        }
        return v;
    }

    double power() {
        double b = unary();
        if (peek() != null && peek().text().matches("\\^|\\*\\*")) {
            i++;
            return Math.pow(b, power());
        }
        return b;
    }

    double unary() {
        if (peek() != null && peek().text().equals("-")) {
            i++;
            return -unary();
        }
        Token t = toks.get(i++);
        switch (t.kind()) {
            case NUMBER:
                return Double.parseDouble(t.text());
            case IDENT:
                if (!vars.containsKey(t.text())) {
                    throw new IllegalArgumentException("unknown variable " + t.text());
                }
                return vars.get(t.text());
            case LPAREN: {
                double v = expr();
                if (peek() == null || peek().kind() != Kind.RPAREN) {
                    throw new IllegalArgumentException("missing ) for ( at " + t.pos());
                }
                i++;
                return v;
            }
            default:
                throw new IllegalArgumentException("unexpected " + t);
        }
    }

    public static void main(String[] args) {
        RegexExprLexer calc = new RegexExprLexer();
        String[] lines = {
            "x = 3", "y = x * (2 + 4) - 1", "y / 4", "2 ** 3 ** 2", "-x ^ 2", "rate = 1.5e2 % 7",
            "(x + y) * rate", "10 / (5 - 5)", "z + 1", "3 $ 4", "(1 + 2", "  42  ", "a_1 = 2.50 * 4",
        };
        for (String line : lines) {
            try {
                List<Token> t = lex(line);
                System.out.println(line + "  =>  " + t);
                System.out.println("  = " + calc.parse(t));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                System.out.println("  error: " + e.getMessage());
            }
        }
        System.out.println(new java.util.TreeMap<>(calc.vars));
    }
}
