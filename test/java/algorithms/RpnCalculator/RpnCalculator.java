import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Shunting-yard conversion of infix expressions to RPN and evaluation with a Deque<Double>, with error reporting. */
public class RpnCalculator {
    static int precedence(String op) {
        switch (op) {
            case "+": case "-": return 1;
            case "*": case "/": case "%": return 2;
            case "^": return 3;
            default: return -1;
        }
    }

    static List<String> tokenize(String expr) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < expr.length()) {
            char c = expr.charAt(i);
            if (c == ' ') { i++; continue; }
            if (Character.isDigit(c) || c == '.') {
                int j = i;
                while (j < expr.length() && (Character.isDigit(expr.charAt(j)) || expr.charAt(j) == '.')) j++;
                tokens.add(expr.substring(i, j));
                i = j;
            } else {
                tokens.add(String.valueOf(c));
                i++;
            }
        }
        return tokens;
    }

    static List<String> toRpn(List<String> tokens) {
        List<String> out = new ArrayList<>();
        Deque<String> ops = new ArrayDeque<>();
        for (String t : tokens) {
            if (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.') out.add(t);
            else if (t.equals("(")) ops.push(t);
            else if (t.equals(")")) {
                while (!ops.isEmpty() && !ops.peek().equals("(")) out.add(ops.pop());
                if (ops.isEmpty()) throw new IllegalArgumentException("unbalanced )");
                ops.pop();
            } else {
                if (precedence(t) < 0) throw new IllegalArgumentException("unknown operator " + t);
                while (!ops.isEmpty() && precedence(ops.peek()) > 0
                        && (precedence(ops.peek()) > precedence(t) || (precedence(ops.peek()) == precedence(t) && !t.equals("^")))) out.add(ops.pop());
                ops.push(t);
            }
        }
        while (!ops.isEmpty()) {
            String op = ops.pop();
            if (op.equals("(")) throw new IllegalArgumentException("unbalanced (");
            out.add(op);
        }
        return out;
    }

    static double evaluate(List<String> rpn) {
        Deque<Double> stack = new ArrayDeque<>();
        for (String t : rpn) {
            if (precedence(t) < 0) {
                stack.push(Double.parseDouble(t));
                continue;
            }
            if (stack.size() < 2) throw new IllegalArgumentException("missing operand for " + t);
            double b = stack.pop(), a = stack.pop();
            switch (t) {
                case "+" -> stack.push(a + b);
                case "-" -> stack.push(a - b);
                case "*" -> stack.push(a * b);
                case "/" -> stack.push(a / b);
                case "%" -> stack.push(a % b);
                case "^" -> stack.push(Math.pow(a, b));
                default -> throw new IllegalStateException(t);
            }
        }
        if (stack.size() != 1) throw new IllegalArgumentException("leftover operands: " + stack.size());
        return stack.pop();
    }

    public static void main(String[] args) {
        String[] exprs = {"3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "(1 + 2) * (3 + 4)", "10 / 4", "2 ^ 10 - 24", "7 % 3 + 0.5", "1 / 0", "0 / 0", "((2)", "2 +", "4 $ 4", "1.5 * .5", "100 - 99 - 1"};
        for (String e : exprs) {
            try {
                List<String> rpn = toRpn(tokenize(e));
                System.out.println(e + "  =>  " + String.join(" ", rpn) + "  =  " + evaluate(rpn));
            } catch (IllegalArgumentException ex) {
                System.out.println(e + "  error: " + ex.getMessage());
            }
        }
    }
}
