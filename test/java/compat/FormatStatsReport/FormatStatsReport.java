import java.util.Arrays;
import java.util.Random;

/** A statistics report over seeded sample data: tables of mean, deviation, percentiles, histograms. */
public class FormatStatsReport {
    static double[] sample(Random r, String kind, int n) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            switch (kind) {
                case "uniform":
                    xs[i] = r.nextDouble() * 100;
                    break;
                case "gaussian":
                    xs[i] = 50 + 15 * r.nextGaussian();
                    break;
                case "exponential":
                    xs[i] = -Math.log(1 - r.nextDouble()) * 20;
                    break;
                default:
                    xs[i] = r.nextInt(1000) * r.nextInt(1000) / 1000.0;
                    break;
            }
        }
        return xs;
    }

    static double percentile(double[] sorted, double p) {
        double pos = p / 100.0 * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    public static void main(String[] args) {
        Random r = new Random(20240607L);
        String[] kinds = {"uniform", "gaussian", "exponential", "product"};
        System.out.printf("%-12s %6s %10s %10s %10s %10s %10s %10s %10s%n", "dataset", "n", "mean", "stddev", "min", "p25",
                "median", "p75", "max");
        System.out.println("=".repeat(96));
        double[][] all = new double[kinds.length][];
        for (int k = 0; k < kinds.length; k++) {
            int n = 200 + 150 * k;
            double[] xs = sample(r, kinds[k], n);
            all[k] = xs;
            double sum = 0;
            for (double x : xs) {
                sum += x;
            }
            double mean = sum / n;
            double ss = 0;
            for (double x : xs) {
                ss += (x - mean) * (x - mean);
            }
            double sd = Math.sqrt(ss / (n - 1));
            double[] sorted = xs.clone();
            Arrays.sort(sorted);
            System.out.printf("%-12s %6d %10.4f %10.4f %10.4f %10.4f %10.4f %10.4f %10.4f%n", kinds[k], n, mean, sd,
                    sorted[0], percentile(sorted, 25), percentile(sorted, 50), percentile(sorted, 75),
                    sorted[n - 1]);
        }
        System.out.println();

        // histogram of the gaussian data set
        double[] g = all[1];
        int[] bins = new int[10];
        for (double x : g) {
            int b = (int) Math.floor((x - 0) / 10);
            bins[Math.max(0, Math.min(9, b))]++;
        }
        System.out.println("Histogram (gaussian):");
        for (int b = 0; b < bins.length; b++) {
            double share = 100.0 * bins[b] / g.length;
            System.out.printf("[%5.1f, %5.1f) %4d %6.2f%% |%-40s|%n", b * 10.0, (b + 1) * 10.0, bins[b], share,
                    "#".repeat((int) Math.round(share * 1.5)));
        }
        System.out.println();

        // correlation matrix between the first 200 values of each set
        System.out.printf("%-12s", "corr");
        for (String k : kinds) {
            System.out.printf("%12s", k);
        }
        System.out.println();
        for (int i = 0; i < kinds.length; i++) {
            System.out.printf("%-12s", kinds[i]);
            for (int j = 0; j < kinds.length; j++) {
                System.out.printf("%+12.5f", corr(all[i], all[j], 200));
            }
            System.out.println();
        }
        System.out.println();

        // z-scores of a few values, scientific notation for the tails
        double[] probes = {-40, 0, 12.5, 50, 77.7, 95, 140, 1e6};
        for (double p : probes) {
            double z = (p - 50) / 15;
            double tail = 0.5 * Math.exp(-z * z / 2);
            System.out.printf("x=%10.3f z=%+8.3f tail~%-12.4e %s%n", p, z, tail, tail < 1e-3 ? "(rare)" : "");
        }
    }

    static double corr(double[] a, double[] b, int n) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
