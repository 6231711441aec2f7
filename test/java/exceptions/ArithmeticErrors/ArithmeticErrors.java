/** ArithmeticException from integer division and remainder, and from Math's exact operations. */
public class ArithmeticErrors {
    interface Action { Object run(); }

    static void report(String what, Action action) {
        try {
            System.out.println(what + " = " + action.run());
        } catch (ArithmeticException e) {
            System.out.println(what + ": ArithmeticException: " + e.getMessage());
        }
    }

    static int average(int[] values) {
        int sum = 0;
        for (int v : values) sum += v;
        return sum / values.length;
    }

    public static void main(String[] args) {
        int zero = 0;
        long lzero = 0;
        report("7 / 0", () -> 7 / zero);
        report("7 % 0", () -> 7 % zero);
        report("7L / 0", () -> 7L / lzero);
        report("7L % 0", () -> 7L % lzero);
        report("0 / 0", () -> zero / zero);
        report("7.0 / 0", () -> 7.0 / zero);
        report("7.0 % 0", () -> 7.0 % zero);
        report("average of nothing", () -> average(new int[0]));
        report("average", () -> average(new int[] {3, 4, 8}));
        report("floorDiv by zero", () -> Math.floorDiv(5, zero));
        report("floorMod by zero", () -> Math.floorMod(5L, lzero));
        report("addExact", () -> Math.addExact(Integer.MAX_VALUE, 1));
        report("addExact long", () -> Math.addExact(Long.MAX_VALUE, 1L));
        report("subtractExact", () -> Math.subtractExact(Integer.MIN_VALUE, 1));
        report("multiplyExact", () -> Math.multiplyExact(1 << 16, 1 << 16));
        report("multiplyExact long", () -> Math.multiplyExact(1L << 32, 1L << 31));
        report("multiplyExact ok", () -> Math.multiplyExact(46340, 46340));
        report("incrementExact", () -> Math.incrementExact(Integer.MAX_VALUE));
        report("decrementExact long", () -> Math.decrementExact(Long.MIN_VALUE));
        report("negateExact", () -> Math.negateExact(Integer.MIN_VALUE));
        report("toIntExact", () -> Math.toIntExact(1L << 31));
        report("toIntExact ok", () -> Math.toIntExact(-5L));
        report("abs MIN_VALUE", () -> Math.abs(Integer.MIN_VALUE));
        try {
            int[] data = {1, 2, 3};
            int result = data[0] / (data[1] - 2);
            System.out.println(result);
        } catch (ArithmeticException e) {
            System.out.println("caught " + e + " | message " + e.getMessage() + " | cause " + e.getCause());
        }
    }
}
