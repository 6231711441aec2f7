import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Symbolic algebra with the visitor pattern: printing, evaluation, differentiation, simplification and free variables. */
public class OopVisitorSimplifier {
    interface Visitor<R> {
        R num(double v);
        R var(String name);
        R add(Expr a, Expr b);
        R mul(Expr a, Expr b);
        R pow(Expr base, int exp);
        R fn(String name, Expr arg);
    }

    abstract static class Expr {
        abstract <R> R accept(Visitor<R> v);
        @Override public final String toString() { return accept(new Printer()); }
        @Override public final boolean equals(Object o) { return o instanceof Expr e && toString().equals(e.toString()); }
        @Override public final int hashCode() { return toString().hashCode(); }
    }

    static Expr num(double v) { return new Expr() { <R> R accept(Visitor<R> vis) { return vis.num(v); } }; }
    static Expr var(String n) { return new Expr() { <R> R accept(Visitor<R> vis) { return vis.var(n); } }; }
    static Expr add(Expr a, Expr b) { return new Expr() { <R> R accept(Visitor<R> vis) { return vis.add(a, b); } }; }
    static Expr mul(Expr a, Expr b) { return new Expr() { <R> R accept(Visitor<R> vis) { return vis.mul(a, b); } }; }
    static Expr pow(Expr b, int e) { return new Expr() { <R> R accept(Visitor<R> vis) { return vis.pow(b, e); } }; }
    static Expr fn(String f, Expr a) { return new Expr() { <R> R accept(Visitor<R> vis) { return vis.fn(f, a); } }; }

    static final class Printer implements Visitor<String> {
        public String num(double v) { return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v); }
        public String var(String n) { return n; }
        public String add(Expr a, Expr b) { return "(" + a + " + " + b + ")"; }
        public String mul(Expr a, Expr b) { return a + "*" + b; }
        public String pow(Expr b, int e) { return b + "^" + e; }
        public String fn(String f, Expr a) { return f + "(" + a + ")"; }
    }

    static final class Evaluator implements Visitor<Double> {
        final Map<String, Double> env;
        Evaluator(Map<String, Double> env) { this.env = env; }
        public Double num(double v) { return v; }
        public Double var(String n) {
            Double v = env.get(n);
            if (v == null) throw new IllegalArgumentException("unbound variable " + n);
            return v;
        }
        public Double add(Expr a, Expr b) { return a.accept(this) + b.accept(this); }
        public Double mul(Expr a, Expr b) { return a.accept(this) * b.accept(this); }
        public Double pow(Expr b, int e) { return Math.pow(b.accept(this), e); }
        public Double fn(String f, Expr a) {
            double x = a.accept(this);
            return switch (f) {
                case "sin" -> Math.sin(x);
                case "cos" -> Math.cos(x);
                case "exp" -> Math.exp(x);
                case "ln" -> Math.log(x);
                default -> throw new UnsupportedOperationException("function " + f);
            };
        }
    }

    static final class Derivative implements Visitor<Expr> {
        final String x;
        Derivative(String x) { this.x = x; }
        public Expr num(double v) { return num0(); }
        private Expr num0() { return OopVisitorSimplifier.num(0); }
        public Expr var(String n) { return OopVisitorSimplifier.num(n.equals(x) ? 1 : 0); }
        public Expr add(Expr a, Expr b) { return OopVisitorSimplifier.add(a.accept(this), b.accept(this)); }
        public Expr mul(Expr a, Expr b) { return OopVisitorSimplifier.add(OopVisitorSimplifier.mul(a.accept(this), b), OopVisitorSimplifier.mul(a, b.accept(this))); }
        public Expr pow(Expr b, int e) { return OopVisitorSimplifier.mul(OopVisitorSimplifier.mul(OopVisitorSimplifier.num(e), OopVisitorSimplifier.pow(b, e - 1)), b.accept(this)); }
        public Expr fn(String f, Expr a) {
            Expr outer = switch (f) {
                case "sin" -> OopVisitorSimplifier.fn("cos", a);
                case "cos" -> OopVisitorSimplifier.mul(OopVisitorSimplifier.num(-1), OopVisitorSimplifier.fn("sin", a));
                case "exp" -> OopVisitorSimplifier.fn("exp", a);
                case "ln" -> OopVisitorSimplifier.pow(a, -1);
                default -> throw new UnsupportedOperationException("d/d" + x + " of " + f);
            };
            return OopVisitorSimplifier.mul(outer, a.accept(this));
        }
    }

    static final class Simplifier implements Visitor<Expr> {
        static Double constant(Expr e) {
            return e.accept(new Visitor<Double>() {
                public Double num(double v) { return v; }
                public Double var(String n) { return null; }
                public Double add(Expr a, Expr b) { return null; }
                public Double mul(Expr a, Expr b) { return null; }
                public Double pow(Expr b, int e) { return null; }
                public Double fn(String f, Expr a) { return null; }
            });
        }
        public Expr num(double v) { return OopVisitorSimplifier.num(v); }
        public Expr var(String n) { return OopVisitorSimplifier.var(n); }
        public Expr add(Expr a, Expr b) {
            Expr x = a.accept(this), y = b.accept(this);
            Double cx = constant(x), cy = constant(y);
            if (cx != null && cy != null) return OopVisitorSimplifier.num(cx + cy);
            if (cx != null && cx == 0) return y;
            if (cy != null && cy == 0) return x;
            if (x.equals(y)) return OopVisitorSimplifier.mul(OopVisitorSimplifier.num(2), x);
            return OopVisitorSimplifier.add(x, y);
        }
        public Expr mul(Expr a, Expr b) {
            Expr x = a.accept(this), y = b.accept(this);
            Double cx = constant(x), cy = constant(y);
            if (cx != null && cy != null) return OopVisitorSimplifier.num(cx * cy);
            if ((cx != null && cx == 0) || (cy != null && cy == 0)) return OopVisitorSimplifier.num(0);
            if (cx != null && cx == 1) return y;
            if (cy != null && cy == 1) return x;
            if (cy != null) return OopVisitorSimplifier.mul(y, x);
            if (x.equals(y)) return OopVisitorSimplifier.pow(x, 2);
            return OopVisitorSimplifier.mul(x, y);
        }
        public Expr pow(Expr b, int e) {
            Expr x = b.accept(this);
            if (e == 0) return OopVisitorSimplifier.num(1);
            if (e == 1) return x;
            Double c = constant(x);
            return c != null ? OopVisitorSimplifier.num(Math.pow(c, e)) : OopVisitorSimplifier.pow(x, e);
        }
        public Expr fn(String f, Expr a) { return OopVisitorSimplifier.fn(f, a.accept(this)); }
    }

    static Expr simplify(Expr e) {
        Expr prev;
        int rounds = 0;
        do { prev = e; e = e.accept(new Simplifier()); rounds++; } while (!e.equals(prev) && rounds < 20);
        return e;
    }

    static TreeSet<String> freeVars(Expr e) {
        TreeSet<String> out = new TreeSet<>();
        e.accept(new Visitor<Void>() {
            public Void num(double v) { return null; }
            public Void var(String n) { out.add(n); return null; }
            public Void add(Expr a, Expr b) { a.accept(this); b.accept(this); return null; }
            public Void mul(Expr a, Expr b) { return add(a, b); }
            public Void pow(Expr b, int e) { return b.accept(this); }
            public Void fn(String f, Expr a) { return a.accept(this); }
        });
        return out;
    }

    public static void main(String[] args) {
        Expr x = var("x"), y = var("y");
        Map<String, Expr> exprs = new LinkedHashMap<>();
        exprs.put("poly", add(add(mul(num(3), pow(x, 3)), mul(num(2), x)), num(-7)));
        exprs.put("product", mul(fn("sin", x), fn("exp", mul(num(2), x))));
        exprs.put("chain", fn("ln", add(pow(x, 2), num(1))));
        exprs.put("twovars", add(mul(x, y), mul(x, x)));
        exprs.put("identity", add(mul(num(1), x), mul(num(0), y)));
        Map<String, Double> env = Map.of("x", 1.5, "y", -2.0);
        for (Map.Entry<String, Expr> e : exprs.entrySet()) {
            Expr f = e.getValue();
            Expr d = simplify(f.accept(new Derivative("x")));
            System.out.println(e.getKey() + ": f = " + f + "  vars " + freeVars(f));
            System.out.println("   simplified " + simplify(f));
            System.out.println("   f' = " + d);
            double h = 1e-6;
            double fx = f.accept(new Evaluator(env));
            double numeric = (f.accept(new Evaluator(Map.of("x", 1.5 + h, "y", -2.0))) - f.accept(new Evaluator(Map.of("x", 1.5 - h, "y", -2.0)))) / (2 * h);
            double exact = d.accept(new Evaluator(env));
            System.out.println("   f(1.5) = " + fx + ", f'(1.5) = " + exact + ", numeric agrees: " + (Math.abs(numeric - exact) < 1e-4));
        }
        try {
            add(x, var("z")).accept(new Evaluator(env));
        } catch (IllegalArgumentException e) {
            System.out.println("error: " + e.getMessage());
        }
        try {
            fn("tan", x).accept(new Derivative("x"));
        } catch (UnsupportedOperationException e) {
            System.out.println("error: " + e.getMessage());
        }
        System.out.println("structural equality: " + add(x, num(1)).equals(add(var("x"), num(1))) + " " + List.of(x, y).contains(var("y")));
    }
}
