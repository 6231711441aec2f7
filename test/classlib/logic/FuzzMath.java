/*
 * Differential check of Math's Java methods (round, min/max, ulp, nextUp, scalb, exact arithmetic...) against HotSpot: a copy of the library class(es)
 * renamed into package tcl.lang runs side by side with the JDK's. Run by
 * test/classlib/logic.test.ts; argument: number of rounds. Prints "cases=N bad=M".
 */
package tcl.lang;
import java.util.*;
public class FuzzMath {
  static int bad = 0, n = 0;
  static void cmp(String what, Object want, Object got) { n++; if (!Objects.equals(String.valueOf(want), String.valueOf(got)) && bad++ < 30) System.out.println(what + " want " + want + " got " + got); }
  static String ex(java.util.function.Supplier<Object> s) { try { return String.valueOf(s.get()); } catch (ArithmeticException e) { return "AE:" + e.getMessage(); } }
  public static void main(String[] a) {
    Random r = new Random(3);
    double[] ds = { 0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_VALUE, 1e20, -1e20, 4503599627370495.5, 4503599627370497.0, 9.223372036854776E18, -9.223372036854776E18, 1.0, -1.0, 3.0, 1.0000000000000002, 0.9999999999999999 };
    int rounds = java.lang.Integer.parseInt(a[0]);
    for (int it = 0; it < rounds; it++) {
      double x = r.nextInt(3) == 0 ? ds[r.nextInt(ds.length)] : r.nextInt(2) == 0 ? Double.longBitsToDouble(r.nextLong()) : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20);
      double y = r.nextInt(3) == 0 ? ds[r.nextInt(ds.length)] : r.nextInt(2) == 0 ? Double.longBitsToDouble(r.nextLong()) : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20);
      if (r.nextInt(4) == 0) x = Math.rint(x * 2) / 2;
      float fx = (float) x, fy = (float) y;
      if (r.nextInt(5) == 0) fx = Float.intBitsToFloat(r.nextInt());
      int sc = r.nextInt(3) == 0 ? r.nextInt() : r.nextInt(4300) - 2150;
      cmp("round " + x, java.lang.Math.round(x), tcl.lang.Math.round(x));
      cmp("roundf " + fx, java.lang.Math.round(fx), tcl.lang.Math.round(fx));
      cmp("minmax " + x + " " + y, java.lang.Math.min(x, y) + " " + java.lang.Math.max(x, y) + " " + java.lang.Math.min(fx, fy) + " " + java.lang.Math.max(fx, fy), tcl.lang.Math.min(x, y) + " " + tcl.lang.Math.max(x, y) + " " + tcl.lang.Math.min(fx, fy) + " " + tcl.lang.Math.max(fx, fy));
      cmp("abs " + x, Double.doubleToLongBits(java.lang.Math.abs(x)) + " " + Float.floatToIntBits(java.lang.Math.abs(fx)), Double.doubleToLongBits(tcl.lang.Math.abs(x)) + " " + Float.floatToIntBits(tcl.lang.Math.abs(fx)));
      cmp("ulp " + x, java.lang.Math.ulp(x) + " " + java.lang.Math.ulp(fx), tcl.lang.Math.ulp(x) + " " + tcl.lang.Math.ulp(fx));
      cmp("next " + x + " " + y, java.lang.Math.nextUp(x) + " " + java.lang.Math.nextDown(x) + " " + java.lang.Math.nextAfter(x, y) + " " + java.lang.Math.nextUp(fx) + " " + java.lang.Math.nextDown(fx) + " " + java.lang.Math.nextAfter(fx, y), tcl.lang.Math.nextUp(x) + " " + tcl.lang.Math.nextDown(x) + " " + tcl.lang.Math.nextAfter(x, y) + " " + tcl.lang.Math.nextUp(fx) + " " + tcl.lang.Math.nextDown(fx) + " " + tcl.lang.Math.nextAfter(fx, y));
      cmp("scalb " + x + " " + sc, Double.doubleToLongBits(java.lang.Math.scalb(x, sc)) + " " + Float.floatToIntBits(java.lang.Math.scalb(fx, sc)), Double.doubleToLongBits(tcl.lang.Math.scalb(x, sc)) + " " + Float.floatToIntBits(tcl.lang.Math.scalb(fx, sc)));
      cmp("misc " + x, java.lang.Math.signum(x) + " " + java.lang.Math.signum(fx) + " " + java.lang.Math.copySign(x, y) + " " + java.lang.Math.getExponent(x) + " " + java.lang.Math.getExponent(fx) + " " + java.lang.Math.toRadians(x) + " " + java.lang.Math.toDegrees(x), tcl.lang.Math.signum(x) + " " + tcl.lang.Math.signum(fx) + " " + tcl.lang.Math.copySign(x, y) + " " + tcl.lang.Math.getExponent(x) + " " + tcl.lang.Math.getExponent(fx) + " " + tcl.lang.Math.toRadians(x) + " " + tcl.lang.Math.toDegrees(x));
      long l = r.nextInt(3) == 0 ? (r.nextInt(2) == 0 ? Long.MIN_VALUE : Long.MAX_VALUE) + r.nextInt(3) - 1 : r.nextLong() >> r.nextInt(64);
      long m = r.nextInt(3) == 0 ? (long) r.nextInt(5) - 2 : r.nextLong() >> r.nextInt(64);
      int i = (int) l, j = (int) m;
      cmp("ex " + l + " " + m, ex(() -> java.lang.Math.addExact(i, j)) + ex(() -> java.lang.Math.addExact(l, m)) + ex(() -> java.lang.Math.subtractExact(i, j)) + ex(() -> java.lang.Math.subtractExact(l, m)) + ex(() -> java.lang.Math.multiplyExact(i, j)) + ex(() -> java.lang.Math.multiplyExact(l, m)) + ex(() -> java.lang.Math.multiplyExact(l, j)) + ex(() -> java.lang.Math.multiplyHigh(l, m)) + ex(() -> java.lang.Math.floorDiv(i, j)) + ex(() -> java.lang.Math.floorDiv(l, m)) + ex(() -> java.lang.Math.floorMod(i, j)) + ex(() -> java.lang.Math.floorMod(l, m)) + ex(() -> java.lang.Math.floorMod(l, j)) + ex(() -> java.lang.Math.toIntExact(l)) + ex(() -> java.lang.Math.negateExact(i)) + ex(() -> java.lang.Math.absExact(l)),
                                  ex(() -> tcl.lang.Math.addExact(i, j)) + ex(() -> tcl.lang.Math.addExact(l, m)) + ex(() -> tcl.lang.Math.subtractExact(i, j)) + ex(() -> tcl.lang.Math.subtractExact(l, m)) + ex(() -> tcl.lang.Math.multiplyExact(i, j)) + ex(() -> tcl.lang.Math.multiplyExact(l, m)) + ex(() -> tcl.lang.Math.multiplyExact(l, j)) + ex(() -> tcl.lang.Math.multiplyHigh(l, m)) + ex(() -> tcl.lang.Math.floorDiv(i, j)) + ex(() -> tcl.lang.Math.floorDiv(l, m)) + ex(() -> tcl.lang.Math.floorMod(i, j)) + ex(() -> tcl.lang.Math.floorMod(l, m)) + ex(() -> tcl.lang.Math.floorMod(l, j)) + ex(() -> tcl.lang.Math.toIntExact(l)) + ex(() -> tcl.lang.Math.negateExact(i)) + ex(() -> tcl.lang.Math.absExact(l)));
    }
    System.out.println("cases=" + n + " bad=" + bad);
  }
}
