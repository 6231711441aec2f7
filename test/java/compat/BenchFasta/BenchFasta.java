import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** The fasta benchmark: repeat and weighted-random DNA sequences with the benchmark's LCG, 60 columns. */
public class BenchFasta {
    static final int LINE = 60;
    static final String ALU =
        "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" + "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA"
        + "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" + "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA"
        + "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" + "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC"
        + "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA";

    record Freq(char c, double p) {}

    static final Freq[] IUB = {
        new Freq('a', 0.27), new Freq('c', 0.12), new Freq('g', 0.12), new Freq('t', 0.27),
        new Freq('B', 0.02), new Freq('D', 0.02), new Freq('H', 0.02), new Freq('K', 0.02),
        new Freq('M', 0.02), new Freq('N', 0.02), new Freq('R', 0.02), new Freq('S', 0.02),
        new Freq('V', 0.02), new Freq('W', 0.02), new Freq('Y', 0.02),
    };
    static final Freq[] HOMO_SAPIENS = {
        new Freq('a', 0.3029549426680), new Freq('c', 0.1979883004921), new Freq('g', 0.1975473066391), new Freq('t', 0.3015094502008),
    };

    static int last = 42;

    static double random(double max) {
        last = (last * 3877 + 29573) % 139968;
        return max * last / 139968;
    }

    static void repeat(OutputStream out, String id, String desc, String src, int n) throws IOException {
        out.write((">" + id + " " + desc + "\n").getBytes());
        byte[] s = src.getBytes();
        int k = 0;
        for (int done = 0; done < n; done += LINE) {
            int len = Math.min(LINE, n - done);
            for (int i = 0; i < len; i++) { out.write(s[k]); k = (k + 1) % s.length; }
            out.write('\n');
        }
    }

    static void random(OutputStream out, String id, String desc, Freq[] table, int n) throws IOException {
        out.write((">" + id + " " + desc + "\n").getBytes());
        double[] cumulative = new double[table.length];
        double acc = 0;
        for (int i = 0; i < table.length; i++) { acc += table[i].p(); cumulative[i] = acc; }
        for (int done = 0; done < n; done += LINE) {
            int len = Math.min(LINE, n - done);
            for (int i = 0; i < len; i++) {
                double r = random(1.0);
                int j = 0;
                while (j < table.length - 1 && r >= cumulative[j]) j++;
                out.write(table[j].c());
            }
            out.write('\n');
        }
    }

    public static void main(String[] args) throws IOException {
        int n = 1000;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        repeat(buf, "ONE", "Homo sapiens alu", ALU, 2 * n);
        random(buf, "TWO", "IUB ambiguity codes", IUB, 3 * n);
        random(buf, "THREE", "Homo sapiens frequency", HOMO_SAPIENS, 5 * n);
        byte[] all = buf.toByteArray();
        System.out.write(all, 0, all.length);
        System.out.flush();
        int[] counts = new int[128];
        for (byte b : all) counts[b]++;
        StringBuilder sb = new StringBuilder("counts:");
        for (char c = 'A'; c <= 'z'; c++) if (counts[c] > 0) sb.append(' ').append(c).append('=').append(counts[c]);
        System.out.println(sb);
        System.out.println(all.length + " bytes, last seed " + last);
    }
}
