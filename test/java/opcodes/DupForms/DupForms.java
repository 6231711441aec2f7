/** Expressions that javac compiles with dup_x1, dup_x2, dup2_x1 and dup2_x2: chained and postfix assignments to longs and doubles. */
public class DupForms {
    long total;
    double weight;
    int count;
    static long staticTotal;

    long addAndGet(long v) {
        return total += v;
    }

    long postIncrement() {
        return total++;
    }

    double scale(double f) {
        return weight *= f;
    }

    public static void main(String[] args) {
        DupForms d = new DupForms();
        System.out.println("addAndGet " + d.addAndGet(5) + " " + d.addAndGet(1L << 33));
        System.out.println("postIncrement " + d.postIncrement() + " now " + d.total);
        d.weight = 2.5;
        System.out.println("scale " + d.scale(4) + " " + d.scale(0.5));
        long[] longs = new long[4];
        double[] doubles = new double[4];
        int[] ints = new int[4];
        long a = longs[1] = 7L;
        double b = doubles[2] = 1.5;
        int c = ints[3] = 9;
        System.out.println("chained stores " + a + " " + b + " " + c);
        long old = longs[1]++;
        double oldD = doubles[2]--;
        int oldI = ints[3]++;
        System.out.println("postfix arrays " + old + "->" + longs[1] + " " + oldD + "->" + doubles[2] + " " + oldI + "->" + ints[3]);
        long pre = ++longs[0];
        double preD = --doubles[0];
        System.out.println("prefix arrays " + pre + " " + preD);
        long x, y, z;
        x = y = z = 1L << 50;
        System.out.println("x y z " + x + " " + y + " " + z);
        double p, q;
        p = q = Math.PI;
        System.out.println("p q " + p + " " + q);
        long st = staticTotal++;
        long st2 = ++staticTotal;
        staticTotal += staticTotal;
        System.out.println("static " + st + " " + st2 + " " + staticTotal);
        int cnt = d.count++ + d.count++ + ++d.count;
        System.out.println("count expression " + cnt + " count " + d.count);
        long[][] grid = new long[2][2];
        long g = grid[1][0] += 10;
        grid[1][0] <<= 3;
        System.out.println("grid " + g + " " + grid[1][0]);
    }
}
