// tern-flags: -Xmx16m
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Allocates far more than a 16 MB heap in short-lived objects while keeping a small live set; output does not depend on the heap size. */
public class GcPressure {
    record Event(long id, String kind, double[] samples) {}

    public static void main(String[] args) {
        Map<String, Long> counts = new HashMap<>();
        List<Event> window = new ArrayList<>();
        long checksum = 0;
        String[] kinds = {"click", "view", "scroll", "buy"};
        for (long id = 0; id < 100_000; id++) {
            double[] samples = new double[16];
            for (int i = 0; i < samples.length; i++) samples[i] = (id * 31 + i) % 97 / 7.0;
            Event e = new Event(id, kinds[(int) (id % kinds.length)], samples);
            window.add(e);
            if (window.size() > 1000) window.remove(0);
            counts.merge(e.kind(), 1L, Long::sum);
            String label = e.kind() + "#" + id;
            checksum += label.length() + (long) samples[(int) (id % 16)];
        }
        long windowIds = 0;
        for (Event e : window) windowIds += e.id();
        System.out.println("counts " + counts);
        System.out.println("checksum " + checksum + " window " + window.size() + " ids " + windowIds);
        int[][] blocks = new int[64][];
        long blockSum = 0;
        for (int round = 0; round < 2000; round++) {
            int slot = round % blocks.length;
            blocks[slot] = new int[1024 + round % 512];
            blocks[slot][0] = round;
            blockSum += blocks[slot].length;
        }
        System.out.println("block churn " + blockSum + " last " + blocks[(1999) % 64][0]);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            String s = Integer.toString(i, 7);
            if (s.length() > 4) sb.append(s.charAt(0));
        }
        System.out.println("strings " + sb.length());
    }
}
