import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The k-nucleotide benchmark on a sequence generated in-program with the fasta generator: k-mer frequencies and counts. */
public class BenchKNucleotide {
    static int seed = 42;

    static double random() {
        seed = (seed * 3877 + 29573) % 139968;
        return (double) seed / 139968;
    }

    static String generate(int n) {
        char[] symbols = {'a', 'c', 'g', 't'};
        double[] p = {0.3029549426680, 0.1979883004921, 0.1975473066391, 0.3015094502008};
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            double r = random(), acc = 0;
            int j = 0;
            for (; j < 3; j++) { acc += p[j]; if (r < acc) break; }
            sb.append(symbols[j]);
        }
        return sb.toString().toUpperCase();
    }

    static final class Counter { int n; }

    static Map<String, Counter> frequencies(String seq, int k) {
        Map<String, Counter> m = new HashMap<>();
        for (int i = 0; i + k <= seq.length(); i++) m.computeIfAbsent(seq.substring(i, i + k), x -> new Counter()).n++;
        return m;
    }

    static void printFrequencies(String seq, int k) {
        Map<String, Counter> m = frequencies(seq, k);
        List<Map.Entry<String, Counter>> list = new ArrayList<>(m.entrySet());
        list.sort((a, b) -> a.getValue().n != b.getValue().n ? b.getValue().n - a.getValue().n : a.getKey().compareTo(b.getKey()));
        int total = seq.length() - k + 1;
        for (Map.Entry<String, Counter> e : list) {
            double pct = 100.0 * e.getValue().n / total;
            long scaled = Math.round(pct * 1000);
            String frac = Long.toString(scaled % 1000);
            while (frac.length() < 3) frac = "0" + frac;
            System.out.println(e.getKey() + " " + scaled / 1000 + "." + frac);
        }
        System.out.println();
    }

    public static void main(String[] args) {
        String seq = generate(25000);
        printFrequencies(seq, 1);
        printFrequencies(seq, 2);
        for (String s : new String[] {"GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT"}) {
            Counter c = frequencies(seq, s.length()).get(s);
            System.out.println((c == null ? 0 : c.n) + "\t" + s);
        }
        Map<String, Counter> six = frequencies(seq, 6);
        int max = 0;
        String best = null;
        for (Map.Entry<String, Counter> e : six.entrySet())
            if (e.getValue().n > max || (e.getValue().n == max && e.getKey().compareTo(best) < 0)) { max = e.getValue().n; best = e.getKey(); }
        System.out.println(six.size() + " distinct 6-mers, most common " + best + " x" + max);
    }
}
