// stdin: expressions.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A desk calculator: shunting-yard to RPN, evaluation with variables, precedence and error messages. */
public class PuzzleCalculator {
    static final Map<String, Integer> PREC = Map.of("+", 1, "-", 1, "*", 2, "/", 2, "%", 2, "^", 3, "neg", 4);
    final Map<String, Double> vars = new HashMap<>();

    static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            if (Character.isDigit(c) || c == '.') {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) j++;
                out.add(s.substring(i, j));
                i = j;
            } else if (Character.isLetter(c)) {
                int j = i;
                while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) j++;
                out.add(s.substring(i, j));
                i = j;
            } else if ("+-*/%^()".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else throw new IllegalArgumentException("unexpected character '" + c + "' at " + i);
        }
        return out;
    }

    static List<String> toRpn(List<String> tokens) {
        List<String> out = new ArrayList<>();
        Deque<String> ops = new ArrayDeque<>();
        String prev = null;
        for (String t : tokens) {
            if (Character.isLetterOrDigit(t.charAt(0)) || t.charAt(0) == '.') out.add(t);
            else if (t.equals("(")) ops.push(t);
            else if (t.equals(")")) {
                while (!ops.isEmpty() && !ops.peek().equals("(")) out.add(ops.pop());
                if (ops.isEmpty()) throw new IllegalArgumentException("unbalanced ')'");
                ops.pop();
            } else {
                String op = t.equals("-") && (prev == null || PREC.containsKey(prev) || prev.equals("(")) ? "neg" : t;
                while (!ops.isEmpty() && !ops.peek().equals("(")) {
                    int top = PREC.get(ops.peek()), me = PREC.get(op);
                    boolean right = op.equals("^") || op.equals("neg");
                    if (top > me || (top == me && !right)) out.add(ops.pop());
                    else break;
                }
                ops.push(op);
            }
            prev = t;
        }
        while (!ops.isEmpty()) {
            String op = ops.pop();
            if (op.equals("(")) throw new IllegalArgumentException("unbalanced '('");
            out.add(op);
        }
        return out;
    }

    double eval(List<String> rpn) {
        Deque<Double> st = new ArrayDeque<>();
        for (String t : rpn) {
            if (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.') st.push(Double.parseDouble(t));
            else if (t.equals("neg")) st.push(-pop(st));
            else if (Character.isLetter(t.charAt(0))) {
                Double v = vars.get(t);
                if (v == null) throw new IllegalStateException("undefined variable " + t);
                st.push(v);
            } else {
                double b = pop(st), a = pop(st);
                st.push(switch (t) {
                    case "+" -> a + b;
                    case "-" -> a - b;
                    case "*" -> a * b;
                    case "/" -> { if (b == 0) throw new ArithmeticException("division by zero"); yield a / b; }
                    case "%" -> a % b;
                    case "^" -> Math.pow(a, b);
                    default -> throw new IllegalStateException(t);
                });
            }
        }
        if (st.size() != 1) throw new IllegalStateException("malformed expression (" + st.size() + " values left)");
        return st.pop();
    }

    static double pop(Deque<Double> st) {
        if (st.isEmpty()) throw new IllegalStateException("missing operand");
        return st.pop();
    }

    public static void main(String[] args) throws IOException {
        PuzzleCalculator calc = new PuzzleCalculator();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) continue;
            n++;
            String target = null, expr = line;
            int eq = line.indexOf('=');
            if (eq > 0) { target = line.substring(0, eq).trim(); expr = line.substring(eq + 1); }
            try {
                List<String> rpn = toRpn(tokenize(expr));
                double v = calc.eval(rpn);
                if (target != null) calc.vars.put(target, v);
                System.out.println(n + ": " + String.join(" ", rpn) + " => " + (target == null ? "" : target + " = ") + v);
            } catch (RuntimeException e) {
                System.out.println(n + ": error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        System.out.println("variables: " + new java.util.TreeMap<>(calc.vars));
    }
}
