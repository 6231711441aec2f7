import java.util.Arrays;

/**
 * A small grayscale-image tool: row profiles, a vertical box blur, mirroring, 2x downsampling,
 * a banded histogram and a run-length encoder, over well-formed images and broken ones (ragged
 * rows, a short output buffer, a band past the palette, a bad run offset table), each failure
 * reported as the exception HotSpot throws with what was left behind. Its loops are the shapes the
 * JIT versions for range-check elimination (docs/jit.md "Loops"): outer loops indexing by their
 * row variable, down-counting loops, `<=` bounds and strides of 2 and 3.
 */
public class ImageRowTools {
    static int[][] image(int h, int w, int seed) {
        int[][] img = new int[h][];
        for (int y = 0; y < h; y++) {
            img[y] = new int[w];
            for (int x = 0; x < w; x++) img[y][x] = (x * 37 + y * 11 + seed * 7) % 256;
        }
        return img;
    }

    /** Mean of every row into profile[y]. */
    static long rowProfile(int[][] img, int[] profile, int h) {
        long total = 0;
        for (int y = 0; y < h; y++) {
            int[] row = img[y];
            int s = 0;
            for (int x = 0; x < row.length; x++) s += row[x];
            profile[y] = s / row.length;
            total += profile[y];
        }
        return total;
    }

    /** Vertical 3-tap blur of rows 1 .. h - 2 into out. */
    static void blur(int[][] img, int[][] out, int h, int w) {
        for (int y = 1; y < h - 1; y++) {
            int[] up = img[y - 1], mid = img[y], down = img[y + 1], o = out[y];
            for (int x = 0; x < w; x++) o[x] = (up[x] + 2 * mid[x] + down[x]) / 4;
        }
    }

    /** Mirrors each row into dst, walking the source backwards. */
    static void mirror(int[] src, int[] dst, int w) {
        for (int x = w - 1; x >= 0; x--) dst[w - 1 - x] = src[x];
    }

    /** Averages pixel pairs of a row: stride 2 with row[x + 1]. */
    static int[] halve(int[] row, int w) {
        int[] out = new int[(w + 1) / 2];
        for (int x = 0; x < w; x += 2) out[x / 2] = (row[x] + row[x + 1]) / 2;
        return out;
    }

    /** Counts of pixels per band of 64 levels, sampling every third pixel, bands 0 ..= last. */
    static int[] histogram(int[] row, int last, int from) {
        int[] bands = new int[4];
        for (int b = 0; b <= last; b++) bands[b] = 0;
        for (int x = from; x < row.length; x += 3) bands[row[x] >> 6]++;
        return bands;
    }

    /** Sums the runs of a row given by an offset table, last run first. */
    static long runsBackwards(int[] row, int[] offsets, int runs) {
        long s = 0;
        for (int r = runs - 1; r >= 0; r--) {
            int weight = runs - r;
            for (int x = offsets[r]; x < offsets[r + 1]; x++) s += (long) row[x] * weight;
        }
        return s;
    }

    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println(what + ": " + e + " in " + top.getMethodName() + " line " + top.getLineNumber());
        }
    }

    public static void main(String[] args) {
        for (int round = 0; round < 4; round++) {
            int pass = round;
            int[][] img = image(12, 16, pass);
            int[] profile = new int[12];
            attempt("profile", () -> System.out.println("  total " + rowProfile(img, profile, 12) + " " + Arrays.toString(profile)));
            int[] shortProfile = new int[9];
            attempt("profile into a short buffer", () -> rowProfile(img, shortProfile, 12));
            System.out.println("  left " + Arrays.toString(shortProfile));
            int[][] ragged = image(6, 8, pass);
            ragged[4] = new int[0];
            attempt("profile of an empty row", () -> rowProfile(ragged, new int[6], 6));
            ragged[4] = null;
            attempt("profile of a missing row", () -> rowProfile(ragged, new int[6], 6));

            int[][] out = image(12, 16, 0);
            attempt("blur", () -> blur(img, out, 12, 16));
            System.out.println("  row 5 " + Arrays.toString(out[5]));
            attempt("blur past the last row", () -> blur(img, out, 13, 16));
            int[][] narrow = image(12, 16, 1);
            narrow[7] = new int[10];
            attempt("blur of a narrow row", () -> blur(narrow, out, 12, 16));
            System.out.println("  row 6 " + Arrays.toString(out[6]));

            int[] dst = new int[16];
            attempt("mirror", () -> mirror(img[3], dst, 16));
            System.out.println("  " + Arrays.toString(dst));
            int[] small = new int[10];
            attempt("mirror into a short row", () -> mirror(img[3], small, 16));
            System.out.println("  " + Arrays.toString(small));
            attempt("mirror past the source", () -> mirror(img[3], new int[20], 17));

            attempt("halve", () -> System.out.println("  " + Arrays.toString(halve(img[2], 16))));
            attempt("halve an odd width", () -> halve(Arrays.copyOf(img[2], 15), 15));
            attempt("histogram", () -> System.out.println("  " + Arrays.toString(histogram(img[pass], 3, pass))));
            attempt("histogram past the palette", () -> histogram(img[pass], 4, 0));
            attempt("histogram from a negative offset", () -> histogram(img[pass], 3, -3));
            attempt("histogram near the int limit", () -> histogram(img[pass], 3, Integer.MAX_VALUE - 1));

            int[] offsets = {0, 3, 7, 8, 12, 16};
            attempt("runs", () -> System.out.println("  " + runsBackwards(img[1], offsets, 5)));
            attempt("runs with a short table", () -> runsBackwards(img[1], Arrays.copyOf(offsets, 5), 5));
            int[] bad = offsets.clone();
            bad[4] = 17;
            bad[5] = 18;
            attempt("runs past the row", () -> runsBackwards(img[1], bad, 5));
        }
        // Big enough to run hot in the default mode (OSR into the nests, polls inside them).
        int[][] big = image(200, 64, 3);
        int[] prof = new int[200];
        int[][] blurred = image(200, 64, 0);
        long sum = 0;
        for (int rep = 0; rep < 30; rep++) {
            sum += rowProfile(big, prof, 200);
            blur(big, blurred, 200, 64);
            sum += runsBackwards(blurred[rep], new int[] {0, 10, 20, 40, 64}, 4);
            sum += histogram(blurred[rep + 1], 3, rep % 3)[rep % 4];
        }
        System.out.println("checksum " + sum);
    }
}
