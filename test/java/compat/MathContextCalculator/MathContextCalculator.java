// stdin: input.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;

/** An RPN desk calculator over BigDecimal with a settable MathContext, reading commands from stdin. */
public class MathContextCalculator {
    static MathContext mc = MathContext.DECIMAL64;
    static final Deque<BigDecimal> stack = new ArrayDeque<>();

    static BigDecimal pop() {
        if (stack.isEmpty()) throw new IllegalStateException("stack underflow");
        return stack.pop();
    }

    static void apply(String tok) {
        switch (tok) {
            case "+": { BigDecimal b = pop(), a = pop(); stack.push(a.add(b, mc)); break; }
            case "-": { BigDecimal b = pop(), a = pop(); stack.push(a.subtract(b, mc)); break; }
            case "*": { BigDecimal b = pop(), a = pop(); stack.push(a.multiply(b, mc)); break; }
            case "/": { BigDecimal b = pop(), a = pop(); stack.push(a.divide(b, mc)); break; }
            case "div": { BigDecimal b = pop(), a = pop(); stack.push(a.divideToIntegralValue(b)); break; }
            case "%": { BigDecimal b = pop(), a = pop(); stack.push(a.remainder(b)); break; }
            case "^": { int n = pop().intValueExact(); stack.push(pop().pow(n, mc)); break; }
            case "sqrt": stack.push(pop().sqrt(mc)); break;
            case "neg": stack.push(pop().negate()); break;
            case "abs": stack.push(pop().abs()); break;
            case "strip": stack.push(pop().stripTrailingZeros()); break;
            case "dup": { BigDecimal a = pop(); stack.push(a); stack.push(a); break; }
            case "swap": { BigDecimal b = pop(), a = pop(); stack.push(b); stack.push(a); break; }
            case "fact": {
                int n = pop().intValueExact();
                BigInteger f = BigInteger.ONE;
                for (int i = 2; i <= n; i++) f = f.multiply(BigInteger.valueOf(i));
                stack.push(new BigDecimal(f));
                break;
            }
            case "p": System.out.println("  " + stack.peek()); break;
            case "plain": System.out.println("  " + stack.peek().toPlainString()); break;
            case "eng": System.out.println("  " + stack.peek().toEngineeringString()); break;
            case "info": {
                BigDecimal t = stack.peek();
                System.out.println("  precision=" + t.precision() + " scale=" + t.scale() + " unscaled=" + t.unscaledValue() + " double=" + t.doubleValue());
                break;
            }
            case "clear": stack.clear(); break;
            default:
                if (tok.startsWith("prec=")) {
                    mc = new MathContext(Integer.parseInt(tok.substring(5)), mc.getRoundingMode());
                    System.out.println("  context " + mc);
                } else if (tok.startsWith("mode=")) {
                    mc = new MathContext(mc.getPrecision(), RoundingMode.valueOf(tok.substring(5)));
                    System.out.println("  context " + mc);
                } else if (tok.startsWith("scale=")) {
                    String spec = tok.substring(6);
                    int comma = spec.indexOf(',');
                    int newScale = Integer.parseInt(comma < 0 ? spec : spec.substring(0, comma));
                    RoundingMode rm = comma < 0 ? RoundingMode.UNNECESSARY : RoundingMode.valueOf(spec.substring(comma + 1));
                    stack.push(pop().setScale(newScale, rm));
                } else {
                    stack.push(new BigDecimal(tok));
                }
        }
    }

    static String[] tokens(String line) {
        java.util.StringTokenizer st = new java.util.StringTokenizer(line, " ");
        String[] out = new String[st.countTokens()];
        for (int i = 0; i < out.length; i++) out[i] = st.nextToken();
        return out;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            line = line.trim();
            if (line.isEmpty() || line.startsWith("#")) continue;
            System.out.println(lineNo + "> " + line);
            for (String tok : tokens(line)) {
                try {
                    apply(tok);
                } catch (ArithmeticException | NumberFormatException | IllegalStateException e) {
                    System.out.println("  error at '" + tok + "': " + e.getClass().getSimpleName() + ": " + e.getMessage());
                    break;
                }
            }
        }
        System.out.println("final stack (" + stack.size() + "): " + stack);
    }
}
