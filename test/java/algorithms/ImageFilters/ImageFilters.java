import java.util.Arrays;

/**
 * A small grayscale image-processing pipeline: box blur, Sobel edges, a histogram with contrast
 * stretch, and a threshold, over a generated image with odd sizes, plus the edge cases a filter
 * library has to handle (a 1x1 image, an empty row, a ragged image that must fail).
 */
public class ImageFilters {
    static int[][] generate(int w, int h, long seed) {
        int[][] img = new int[h][w];
        long s = seed;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                s = s * 6364136223846793005L + 1442695040888963407L;
                int noise = (int) ((s >>> 33) % 40);
                img[y][x] = Math.min(255, ((x * 7 + y * 3) % 200) + noise);
            }
        }
        return img;
    }

    static int[][] boxBlur(int[][] src) {
        int h = src.length, w = src[0].length;
        int[][] out = new int[h][w];
        for (int y = 0; y < h; y++) {
            int[] row = out[y];
            for (int x = 0; x < w; x++) {
                int sum = 0, n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int yy = y + dy;
                    if (yy < 0 || yy >= h) continue;
                    int[] s = src[yy];
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        if (xx >= 0 && xx < w) { sum += s[xx]; n++; }
                    }
                }
                row[x] = sum / n;
            }
        }
        return out;
    }

    static int[][] sobel(int[][] src) {
        int h = src.length, w = src[0].length;
        int[][] out = new int[h][w];
        for (int y = 1; y < h - 1; y++) {
            int[] up = src[y - 1], mid = src[y], down = src[y + 1], dst = out[y];
            for (int x = 1; x < w - 1; x++) {
                int gx = (up[x + 1] + 2 * mid[x + 1] + down[x + 1]) - (up[x - 1] + 2 * mid[x - 1] + down[x - 1]);
                int gy = (down[x - 1] + 2 * down[x] + down[x + 1]) - (up[x - 1] + 2 * up[x] + up[x + 1]);
                dst[x] = Math.min(255, (int) Math.sqrt((double) gx * gx + (double) gy * gy));
            }
        }
        return out;
    }

    static int[] histogram(int[][] img) {
        int[] hist = new int[256];
        for (int[] row : img) for (int v : row) hist[v]++;
        return hist;
    }

    static void stretch(int[][] img) {
        int lo = 255, hi = 0;
        for (int[] row : img) for (int v : row) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        if (hi == lo) return;
        double scale = 255.0 / (hi - lo);
        for (int[] row : img) {
            for (int x = row.length - 1; x >= 0; x--) row[x] = (int) Math.round((row[x] - lo) * scale);
        }
    }

    static int threshold(int[][] img, int level) {
        int on = 0;
        for (int[] row : img) {
            for (int x = 0; x < row.length; x++) {
                row[x] = row[x] >= level ? 255 : 0;
                if (row[x] != 0) on++;
            }
        }
        return on;
    }

    static long checksum(int[][] img) {
        long c = 17;
        for (int[] row : img) for (int v : row) c = c * 31 + v;
        return c;
    }

    static void run(String name, int[][] img) {
        try {
            int[][] blurred = boxBlur(img);
            int[][] edges = sobel(blurred);
            stretch(edges);
            int[] hist = histogram(edges);
            int peak = 0;
            for (int i = 1; i < hist.length; i++) if (hist[i] > hist[peak]) peak = i;
            int on = threshold(edges, 128);
            System.out.println(name + ": blur " + checksum(blurred) + ", edges " + checksum(edges) + ", peak " + peak + ", on " + on);
        } catch (RuntimeException e) {
            System.out.println(name + ": " + e);
        }
    }

    public static void main(String[] args) {
        int[][] big = generate(173, 61, 42);
        for (int pass = 0; pass < 40; pass++) {
            int[][] b = boxBlur(big);
            int[][] e = sobel(b);
            if (pass % 13 == 0) System.out.println("pass " + pass + ": " + checksum(e) + " " + Arrays.stream(histogram(e)).max().getAsInt());
            big = b;
        }
        run("generated", generate(97, 33, 7));
        run("one pixel", new int[][] {{200}});
        run("one row", generate(15, 1, 3));
        run("two rows", generate(3, 2, 9));
        run("empty row", new int[][] {{}});
        int[][] ragged = generate(10, 6, 5);
        ragged[4] = new int[7];
        run("ragged", ragged);
        int[][] holes = generate(8, 5, 1);
        holes[2] = null;
        run("missing row", holes);
    }
}
