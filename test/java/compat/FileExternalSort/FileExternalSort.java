import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;

/** External merge sort: sorted runs of limited size on disk, then a k-way merge of the runs. */
public class FileExternalSort {
    static final int RUN_SIZE = 700;

    static List<File> makeRuns(File input, File dir) throws IOException {
        List<File> runs = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new FileReader(input))) {
            List<Long> chunk = new ArrayList<>();
            String line;
            while (true) {
                line = in.readLine();
                if (line != null) {
                    chunk.add(Long.parseLong(line));
                }
                if (chunk.size() == RUN_SIZE || (line == null && !chunk.isEmpty())) {
                    Collections.sort(chunk);
                    File run = new File(dir, "run" + runs.size() + ".txt");
                    try (BufferedWriter w = new BufferedWriter(new FileWriter(run))) {
                        for (long v : chunk) {
                            w.write(Long.toString(v));
                            w.newLine();
                        }
                    }
                    runs.add(run);
                    chunk.clear();
                }
                if (line == null) {
                    break;
                }
            }
        }
        return runs;
    }

    static class Head implements Comparable<Head> {
        final BufferedReader reader;
        long value;

        Head(BufferedReader reader) {
            this.reader = reader;
        }

        boolean advance() throws IOException {
            String l = reader.readLine();
            if (l == null) {
                reader.close();
                return false;
            }
            value = Long.parseLong(l);
            return true;
        }

        @Override
        public int compareTo(Head o) {
            return Long.compare(value, o.value);
        }
    }

    static long merge(List<File> runs, File output) throws IOException {
        PriorityQueue<Head> pq = new PriorityQueue<>();
        for (File r : runs) {
            Head h = new Head(new BufferedReader(new FileReader(r)));
            if (h.advance()) {
                pq.add(h);
            }
        }
        long n = 0;
        try (BufferedWriter w = new BufferedWriter(new FileWriter(output))) {
            while (!pq.isEmpty()) {
                Head h = pq.poll();
                w.write(Long.toString(h.value));
                w.write('\n');
                n++;
                if (h.advance()) {
                    pq.add(h);
                }
            }
        }
        return n;
    }

    public static void main(String[] args) throws IOException {
        File dir = new File("sort-work");
        dir.mkdir();
        File input = new File(dir, "input.txt");
        long seed = 2024;
        long expectedSum = 0;
        try (BufferedWriter w = new BufferedWriter(new FileWriter(input))) {
            for (int i = 0; i < 5000; i++) {
                seed = (seed * 25214903917L + 11) & ((1L << 48) - 1);
                long v = (seed >>> 16) % 100000 - 50000;
                expectedSum += v;
                w.write(Long.toString(v));
                w.newLine();
            }
        }
        List<File> runs = makeRuns(input, dir);
        System.out.println("input " + input.length() + " bytes -> " + runs.size() + " runs");
        for (File r : runs) {
            try (BufferedReader in = new BufferedReader(new FileReader(r))) {
                System.out.println("  " + r.getName() + ": first " + in.readLine() + ", " + r.length() + " bytes");
            }
        }
        File output = new File(dir, "sorted.txt");
        long n = merge(runs, output);
        long sum = 0;
        long prev = Long.MIN_VALUE;
        boolean ordered = true;
        String first = null;
        String last = null;
        try (BufferedReader in = new BufferedReader(new FileReader(output))) {
            String l;
            while ((l = in.readLine()) != null) {
                long v = Long.parseLong(l);
                ordered &= v >= prev;
                prev = v;
                sum += v;
                if (first == null) {
                    first = l;
                }
                last = l;
            }
        }
        System.out.println("merged " + n + " values, ordered " + ordered + ", sum matches " + (sum == expectedSum)
                + ", min " + first + ", max " + last);
        for (File f : runs) {
            f.delete();
        }
        input.delete();
        output.delete();
        System.out.println("work dir removed: " + dir.delete());
    }
}
