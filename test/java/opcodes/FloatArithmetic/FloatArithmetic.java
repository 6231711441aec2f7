/** Single-precision arithmetic: rounding of each operation, signed zeros, infinities and NaN. */
public class FloatArithmetic {
    static float average(float[] xs) {
        float sum = 0f;
        for (float x : xs) sum += x;
        return sum / xs.length;
    }

    public static void main(String[] args) {
        float a = 0.1f, b = 0.2f;
        System.out.println("0.1f + 0.2f = " + (a + b));
        System.out.println("0.1f * 3 = " + (a * 3));
        System.out.println("1f / 3 = " + (1f / 3));
        System.out.println("2f / 3 = " + (2f / 3));
        System.out.println("16777216f + 1 = " + (16777216f + 1f));
        System.out.println("1e20f * 1e20f = " + (1e20f * 1e20f));
        System.out.println("-1e20f * 1e20f = " + (-1e20f * 1e20f));
        System.out.println("1f / 0 = " + (1f / 0f) + ", -1f / 0 = " + (-1f / 0f) + ", 0f / 0 = " + (0f / 0f));
        float negZero = -0.0f;
        System.out.println("-0f = " + negZero + ", 0f == -0f: " + (0f == negZero) + ", 1/-0f = " + (1f / negZero));
        System.out.println("5.5f % 2 = " + (5.5f % 2f) + ", -5.5f % 2 = " + (-5.5f % 2f) + ", 5.5f % -2 = " + (5.5f % -2f));
        System.out.println("1f % 0 = " + (1f % 0f) + ", inf % 2 = " + (Float.POSITIVE_INFINITY % 2f) + ", 2 % inf = " + (2f % Float.POSITIVE_INFINITY));
        float nan = Float.NaN;
        System.out.println("nan + 1 = " + (nan + 1) + ", nan == nan: " + (nan == nan) + ", nan != nan: " + (nan != nan));
        System.out.println("inf - inf = " + (Float.POSITIVE_INFINITY - Float.POSITIVE_INFINITY));
        System.out.println("MAX * 2 = " + (Float.MAX_VALUE * 2) + ", MIN / 2 = " + (Float.MIN_VALUE / 2) + ", MIN = " + Float.MIN_VALUE);
        System.out.println("-(0f) = " + (-(0f)) + ", 0f - 0f = " + (0f - 0f) + ", -0f + 0f = " + (negZero + 0f));
        System.out.println("avg = " + average(new float[] {1.5f, 2.25f, 3.125f, 100.001f}));
        float f = 1f;
        for (int i = 0; i < 30; i++) f *= 1.1f;
        System.out.println("1.1^30 = " + f);
        float g = 1f;
        int steps = 0;
        while (g + 1f != g) {
            g *= 2f;
            steps++;
        }
        System.out.println("float loses unit increments at 2^" + steps + " = " + g);
        float eps = 1f;
        while (1f + eps / 2f != 1f) eps /= 2f;
        System.out.println("epsilon = " + eps + " ulp(1) = " + Math.ulp(1f));
        float celsius = 36.6f;
        float fahrenheit = celsius * 9f / 5f + 32f;
        System.out.println("36.6C = " + fahrenheit + "F");
        float mixed = 3 + 0.5f;
        double widened = 0.1f;
        System.out.println("mixed = " + mixed + ", widened 0.1f = " + widened);
        float acc = 0;
        for (int i = 1; i <= 1000; i++) acc += 1f / i;
        System.out.println("harmonic(1000) = " + acc);
    }
}
