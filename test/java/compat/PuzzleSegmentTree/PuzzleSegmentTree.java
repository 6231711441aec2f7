// stdin: queries.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.util.StringTokenizer;

/** Range queries over an array: a lazy segment tree (sum, min, max, range add) checked against brute force. */
public class PuzzleSegmentTree {
    final int n;
    final long[] sum, min, max, lazy;

    PuzzleSegmentTree(long[] a) {
        n = a.length;
        sum = new long[4 * n];
        min = new long[4 * n];
        max = new long[4 * n];
        lazy = new long[4 * n];
        build(1, 0, n - 1, a);
    }

    void build(int node, int lo, int hi, long[] a) {
        if (lo == hi) { sum[node] = min[node] = max[node] = a[lo]; return; }
        int mid = (lo + hi) >>> 1;
        build(2 * node, lo, mid, a);
        build(2 * node + 1, mid + 1, hi, a);
        pull(node);
    }

    void pull(int node) {
        sum[node] = sum[2 * node] + sum[2 * node + 1];
        min[node] = Math.min(min[2 * node], min[2 * node + 1]);
        max[node] = Math.max(max[2 * node], max[2 * node + 1]);
    }

    void apply(int node, int lo, int hi, long v) {
        sum[node] += v * (hi - lo + 1);
        min[node] += v;
        max[node] += v;
        lazy[node] += v;
    }

    void push(int node, int lo, int hi) {
        if (lazy[node] != 0) {
            int mid = (lo + hi) >>> 1;
            apply(2 * node, lo, mid, lazy[node]);
            apply(2 * node + 1, mid + 1, hi, lazy[node]);
            lazy[node] = 0;
        }
    }

    void add(int l, int r, long v) { add(1, 0, n - 1, l, r, v); }

    private void add(int node, int lo, int hi, int l, int r, long v) {
        if (r < lo || hi < l) return;
        if (l <= lo && hi <= r) { apply(node, lo, hi, v); return; }
        push(node, lo, hi);
        int mid = (lo + hi) >>> 1;
        add(2 * node, lo, mid, l, r, v);
        add(2 * node + 1, mid + 1, hi, l, r, v);
        pull(node);
    }

    long[] query(int l, int r) {
        long[] acc = {0, Long.MAX_VALUE, Long.MIN_VALUE};
        query(1, 0, n - 1, l, r, acc);
        return acc;
    }

    private void query(int node, int lo, int hi, int l, int r, long[] acc) {
        if (r < lo || hi < l) return;
        if (l <= lo && hi <= r) {
            acc[0] += sum[node];
            acc[1] = Math.min(acc[1], min[node]);
            acc[2] = Math.max(acc[2], max[node]);
            return;
        }
        push(node, lo, hi);
        int mid = (lo + hi) >>> 1;
        query(2 * node, lo, mid, l, r, acc);
        query(2 * node + 1, mid + 1, hi, l, r, acc);
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        PrintWriter out = new PrintWriter(System.out);
        int n = Integer.parseInt(in.readLine().trim());
        long[] a = new long[n];
        StringTokenizer st = new StringTokenizer(in.readLine());
        for (int i = 0; i < n; i++) a[i] = Long.parseLong(st.nextToken());
        PuzzleSegmentTree tree = new PuzzleSegmentTree(a);
        long[] naive = a.clone();
        long seed = 12345;
        int mismatches = 0, ops = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            st = new StringTokenizer(line);
            String op = st.nextToken();
            int l = Integer.parseInt(st.nextToken()), r = Integer.parseInt(st.nextToken());
            if (op.equals("add")) {
                long v = Long.parseLong(st.nextToken());
                tree.add(l, r, v);
                for (int i = l; i <= r; i++) naive[i] += v;
                out.println("add " + v + " to [" + l + "," + r + "]");
            } else {
                long[] q = tree.query(l, r);
                out.println("query [" + l + "," + r + "] sum=" + q[0] + " min=" + q[1] + " max=" + q[2]);
            }
        }
        // random stress against the naive array
        for (int k = 0; k < 2000; k++) {
            seed = (seed * 6364136223846793005L + 1442695040888963407L);
            int l = (int) ((seed >>> 33) % n), r = (int) ((seed >>> 17) % n);
            if (l > r) { int t = l; l = r; r = t; }
            long v = (seed >>> 50) % 21 - 10;
            ops++;
            if ((k & 1) == 0) {
                tree.add(l, r, v);
                for (int i = l; i <= r; i++) naive[i] += v;
            } else {
                long s = 0, mn = Long.MAX_VALUE, mx = Long.MIN_VALUE;
                for (int i = l; i <= r; i++) { s += naive[i]; mn = Math.min(mn, naive[i]); mx = Math.max(mx, naive[i]); }
                long[] q = tree.query(l, r);
                if (q[0] != s || q[1] != mn || q[2] != mx) mismatches++;
            }
        }
        long[] all = tree.query(0, n - 1);
        out.println(ops + " random operations, " + mismatches + " mismatches; final sum=" + all[0] + " min=" + all[1] + " max=" + all[2]);
        out.flush();
    }
}
