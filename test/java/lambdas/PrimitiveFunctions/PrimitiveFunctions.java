import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.IntPredicate;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/** Primitive functional interfaces in numeric code: numerical integration, root finding and reductions. */
public class PrimitiveFunctions {
    static double integrate(DoubleUnaryOperator f, double a, double b, int n) {
        double h = (b - a) / n, sum = (f.applyAsDouble(a) + f.applyAsDouble(b)) / 2;
        for (int i = 1; i < n; i++) sum += f.applyAsDouble(a + i * h);
        return sum * h;
    }

    static double bisect(DoubleUnaryOperator f, double lo, double hi) {
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (f.applyAsDouble(lo) * f.applyAsDouble(mid) <= 0) hi = mid;
            else lo = mid;
        }
        return (lo + hi) / 2;
    }

    static int reduce(int[] xs, int identity, IntBinaryOperator op) {
        int acc = identity;
        for (int x : xs) acc = op.applyAsInt(acc, x);
        return acc;
    }

    static int count(int[] xs, IntPredicate p) {
        int c = 0;
        for (int x : xs) if (p.test(x)) c++;
        return c;
    }

    public static void main(String[] args) {
        System.out.println("integral x^2 on [0,3] = " + integrate(x -> x * x, 0, 3, 1000));
        System.out.println("integral 1/x on [1,e] = " + integrate(x -> 1 / x, 1, Math.E, 1000));
        System.out.println("root of x^3 - 2x - 5 = " + bisect(x -> x * x * x - 2 * x - 5, 2, 3));
        DoubleUnaryOperator square = x -> x * x;
        DoubleUnaryOperator plusOne = x -> x + 1;
        System.out.println("compose " + square.compose(plusOne).applyAsDouble(3) + " andThen " + square.andThen(plusOne).applyAsDouble(3));
        int[] data = {4, -2, 17, 8, -9, 23, 0, 5};
        System.out.println("sum " + reduce(data, 0, Integer::sum) + " max " + reduce(data, Integer.MIN_VALUE, Math::max) + " product " + reduce(data, 1, (a, b) -> b == 0 ? a : a * b));
        IntPredicate positive = x -> x > 0;
        IntPredicate even = x -> x % 2 == 0;
        System.out.println("positive " + count(data, positive) + " even " + count(data, even) + " positive and even " + count(data, positive.and(even)) + " neither " + count(data, positive.or(even).negate()));
        DoubleBinaryOperator hyp = (a, b) -> Math.sqrt(a * a + b * b);
        System.out.println("hypot " + hyp.applyAsDouble(5, 12));
        long[] seed = {7};
        LongSupplier lcg = () -> seed[0] = seed[0] * 6364136223846793005L + 1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) sb.append(lcg.getAsLong()).append(' ');
        System.out.println("lcg " + sb.toString().trim());
        ToLongFunction<String> digitsValue = s -> {
            long v = 0;
            for (char c : s.toCharArray()) if (Character.isDigit(c)) v = v * 10 + (c - '0');
            return v;
        };
        ToDoubleFunction<String> ratio = s -> (double) digitsValue.applyAsLong(s) / s.length();
        System.out.println("digits " + digitsValue.applyAsLong("a1b2c3d4e5f6g7h8i9j0k1") + " ratio " + ratio.applyAsDouble("x12y"));
    }
}
