import java.util.Random;

/** java.util.Random with fixed seeds: every generator method, plus a Monte Carlo estimate and dice statistics. */
public class SeededRandom {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(r.nextInt()).append(' ');
        System.out.println("nextInt " + sb.toString().trim());
        sb.setLength(0);
        for (int bound : new int[] {1, 2, 6, 10, 16, 100, 1 << 30, Integer.MAX_VALUE, 1000000007}) sb.append(r.nextInt(bound)).append(' ');
        System.out.println("nextInt(bound) " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 4; i++) sb.append(r.nextLong()).append(' ');
        System.out.println("nextLong " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 4; i++) sb.append(r.nextDouble()).append(' ');
        System.out.println("nextDouble " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 4; i++) sb.append(r.nextFloat()).append(' ');
        System.out.println("nextFloat " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 6; i++) sb.append(r.nextGaussian()).append(' ');
        System.out.println("nextGaussian " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 16; i++) sb.append(r.nextBoolean() ? '1' : '0');
        System.out.println("nextBoolean " + sb);
        byte[] bytes = new byte[10];
        r.nextBytes(bytes);
        System.out.println("nextBytes " + java.util.Arrays.toString(bytes));
        r.setSeed(42);
        System.out.println("after setSeed(42) first nextInt " + r.nextInt());
        System.out.println("same seed, same sequence: " + (new Random(123).nextLong() == new Random(123).nextLong()));
        try {
            r.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(0): " + e.getMessage());
        }
        Random mc = new Random(2024);
        int inside = 0, samples = 50000;
        for (int i = 0; i < samples; i++) {
            double x = mc.nextDouble(), y = mc.nextDouble();
            if (x * x + y * y <= 1) inside++;
        }
        System.out.println("monte carlo pi " + 4.0 * inside / samples);
        int[] faces = new int[7];
        Random dice = new Random(-1L);
        for (int i = 0; i < 30000; i++) faces[1 + dice.nextInt(6)]++;
        System.out.println("dice " + java.util.Arrays.toString(faces));
        Random g = new Random(99);
        double sum = 0, sumSq = 0;
        int n = 20000;
        for (int i = 0; i < n; i++) {
            double v = g.nextGaussian();
            sum += v;
            sumSq += v * v;
        }
        System.out.println("gaussian mean " + sum / n + " variance " + (sumSq / n - (sum / n) * (sum / n)));
        Random seeds = new Random(Long.MIN_VALUE);
        System.out.println("extreme seeds " + seeds.nextInt() + " " + new Random(0).nextInt() + " " + new Random(Long.MAX_VALUE).nextDouble());
    }
}
