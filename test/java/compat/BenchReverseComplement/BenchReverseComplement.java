// stdin: input.fasta
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.BufferedOutputStream;

/** The reverse-complement benchmark: reads FASTA from stdin, writes each sequence's reverse complement in 60 columns. */
public class BenchReverseComplement {
    static final char[] MAP = new char[128];

    static {
        String from = "ACGTUMRWSYKVHDBNacgtumrwsykvhdbn";
        String to = "TGCAAKYWSRMBDHVNTGCAAKYWSRMBDHVN";
        for (int i = 0; i < 128; i++) MAP[i] = (char) i;
        for (int i = 0; i < from.length(); i++) MAP[from.charAt(i)] = to.charAt(i);
    }

    static void flush(PrintStream out, String header, StringBuilder seq) {
        if (header == null) return;
        out.println(header);
        int n = seq.length();
        char[] rc = new char[n];
        for (int i = 0; i < n; i++) rc[n - 1 - i] = MAP[seq.charAt(i)];
        for (int i = 0; i < n; i += 60) out.println(new String(rc, i, Math.min(60, n - i)));
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 4096);
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out), false);
        String header = null;
        StringBuilder seq = new StringBuilder();
        int sequences = 0;
        long bases = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith(">")) {
                flush(out, header, seq);
                header = line;
                seq.setLength(0);
                sequences++;
            } else {
                seq.append(line.trim());
                bases += line.trim().length();
            }
        }
        flush(out, header, seq);
        out.println("; " + sequences + " sequences, " + bases + " bases");
        out.flush();
    }
}
