/*
 * Differential check of Integer and Long (parse, format, unsigned and bit operations, messages) against HotSpot: a copy of the library class(es)
 * renamed into package tcl.lang runs side by side with the JDK's. Run by
 * test/classlib/logic.test.ts; argument: number of rounds. Prints "cases=N bad=M".
 */
package tcl.lang;
import java.util.*;
import java.util.function.*;
public class FuzzNumbers {
  static int bad = 0, n = 0;
  static String run(Supplier<Object> s) {
    try { Object o = s.get(); return "=" + String.valueOf(o); }
    catch (Throwable e) { return "!" + e.getClass().getSimpleName() + ":" + e.getMessage(); }
  }
  static void cmp(String what, Supplier<Object> want, Supplier<Object> got) {
    n++;
    String w = run(want), g = run(got);
    if (!w.equals(g) && bad++ < 30) System.out.println(what + " want " + w + " got " + g);
  }
  public static void main(String[] a) {
    Random r = new Random(7);
    String alpha = "0123456789abcdefzZ+-x \u0661\uff21";
    long[] specials = { 0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, 0xffffffffL, 1L << 32, 10, -10, 127, -128, 128 };
    int rounds = java.lang.Integer.parseInt(a[0]);
    for (int it = 0; it < rounds; it++) {
      long l = r.nextInt(3) == 0 ? specials[r.nextInt(specials.length)] + r.nextInt(3) - 1 : r.nextInt(2) == 0 ? r.nextLong() : r.nextLong() >> r.nextInt(64);
      int i = (int) l;
      int radix = r.nextInt(10) == 0 ? r.nextInt(40) : r.nextInt(8) == 0 ? 10 : 2 + r.nextInt(35);
      cmp("itos " + i + " " + radix, () -> java.lang.Integer.toString(i, radix), () -> tcl.lang.Integer.toString(i, radix));
      cmp("itos " + i, () -> java.lang.Integer.toString(i), () -> tcl.lang.Integer.toString(i));
      cmp("iuts " + i + " " + radix, () -> java.lang.Integer.toUnsignedString(i, radix), () -> tcl.lang.Integer.toUnsignedString(i, radix));
      cmp("ihex " + i, () -> java.lang.Integer.toHexString(i) + java.lang.Integer.toOctalString(i) + java.lang.Integer.toBinaryString(i) + java.lang.Integer.toUnsignedString(i), () -> tcl.lang.Integer.toHexString(i) + tcl.lang.Integer.toOctalString(i) + tcl.lang.Integer.toBinaryString(i) + tcl.lang.Integer.toUnsignedString(i));
      cmp("ltos " + l + " " + radix, () -> java.lang.Long.toString(l, radix), () -> tcl.lang.Long.toString(l, radix));
      cmp("ltos " + l, () -> java.lang.Long.toString(l), () -> tcl.lang.Long.toString(l));
      cmp("luts " + l + " " + radix, () -> java.lang.Long.toUnsignedString(l, radix), () -> tcl.lang.Long.toUnsignedString(l, radix));
      cmp("lhex " + l, () -> java.lang.Long.toHexString(l) + java.lang.Long.toOctalString(l) + java.lang.Long.toBinaryString(l) + java.lang.Long.toUnsignedString(l), () -> tcl.lang.Long.toHexString(l) + tcl.lang.Long.toOctalString(l) + tcl.lang.Long.toBinaryString(l) + tcl.lang.Long.toUnsignedString(l));
      long m = r.nextInt(4) == 0 ? specials[r.nextInt(specials.length)] : r.nextLong() >> r.nextInt(64);
      int j = (int) m;
      cmp("iops " + i + " " + j, () -> java.lang.Integer.compareUnsigned(i, j) + "," + (j == 0 ? "" : java.lang.Integer.divideUnsigned(i, j) + "," + java.lang.Integer.remainderUnsigned(i, j)) + "," + java.lang.Integer.bitCount(i) + "," + java.lang.Integer.highestOneBit(i) + "," + java.lang.Integer.lowestOneBit(i) + "," + java.lang.Integer.numberOfLeadingZeros(i) + "," + java.lang.Integer.numberOfTrailingZeros(i) + "," + java.lang.Integer.reverse(i) + "," + java.lang.Integer.reverseBytes(i) + "," + java.lang.Integer.rotateLeft(i, j) + "," + java.lang.Integer.rotateRight(i, j) + "," + java.lang.Integer.signum(i) + "," + java.lang.Integer.compare(i, j),
                                     () -> tcl.lang.Integer.compareUnsigned(i, j) + "," + (j == 0 ? "" : tcl.lang.Integer.divideUnsigned(i, j) + "," + tcl.lang.Integer.remainderUnsigned(i, j)) + "," + tcl.lang.Integer.bitCount(i) + "," + tcl.lang.Integer.highestOneBit(i) + "," + tcl.lang.Integer.lowestOneBit(i) + "," + tcl.lang.Integer.numberOfLeadingZeros(i) + "," + tcl.lang.Integer.numberOfTrailingZeros(i) + "," + tcl.lang.Integer.reverse(i) + "," + tcl.lang.Integer.reverseBytes(i) + "," + tcl.lang.Integer.rotateLeft(i, j) + "," + tcl.lang.Integer.rotateRight(i, j) + "," + tcl.lang.Integer.signum(i) + "," + tcl.lang.Integer.compare(i, j));
      cmp("lops " + l + " " + m, () -> java.lang.Long.compareUnsigned(l, m) + "," + (m == 0 ? "" : java.lang.Long.divideUnsigned(l, m) + "," + java.lang.Long.remainderUnsigned(l, m)) + "," + java.lang.Long.bitCount(l) + "," + java.lang.Long.highestOneBit(l) + "," + java.lang.Long.lowestOneBit(l) + "," + java.lang.Long.numberOfLeadingZeros(l) + "," + java.lang.Long.numberOfTrailingZeros(l) + "," + java.lang.Long.reverse(l) + "," + java.lang.Long.reverseBytes(l) + "," + java.lang.Long.rotateLeft(l, j) + "," + java.lang.Long.rotateRight(l, j) + "," + java.lang.Long.signum(l) + "," + java.lang.Long.hashCode(l),
                                     () -> tcl.lang.Long.compareUnsigned(l, m) + "," + (m == 0 ? "" : tcl.lang.Long.divideUnsigned(l, m) + "," + tcl.lang.Long.remainderUnsigned(l, m)) + "," + tcl.lang.Long.bitCount(l) + "," + tcl.lang.Long.highestOneBit(l) + "," + tcl.lang.Long.lowestOneBit(l) + "," + tcl.lang.Long.numberOfLeadingZeros(l) + "," + tcl.lang.Long.numberOfTrailingZeros(l) + "," + tcl.lang.Long.reverse(l) + "," + tcl.lang.Long.reverseBytes(l) + "," + tcl.lang.Long.rotateLeft(l, j) + "," + tcl.lang.Long.rotateRight(l, j) + "," + tcl.lang.Long.signum(l) + "," + tcl.lang.Long.hashCode(l));
      // parsing: valid-ish strings
      String s;
      switch (r.nextInt(5)) {
        case 0: s = java.lang.Long.toString(l, radix < 2 || radix > 36 ? 10 : radix); break;
        case 1: s = java.lang.Integer.toString(i, radix < 2 || radix > 36 ? 10 : radix); break;
        case 2: s = java.lang.Long.toUnsignedString(l, radix < 2 || radix > 36 ? 10 : radix); break;
        case 3: { StringBuilder sb = new StringBuilder(); int len = r.nextInt(6); for (int k = 0; k < len; k++) sb.append(alpha.charAt(r.nextInt(alpha.length()))); s = sb.toString(); break; }
        default: s = r.nextInt(2) == 0 ? "+" + java.lang.Long.toString(l) : (r.nextInt(2) == 0 ? "0x" : "-0") + java.lang.Long.toHexString(l);
      }
      if (r.nextInt(50) == 0) s = null;
      final String fs = s;
      int b = fs == null ? 0 : r.nextInt(fs.length() + 2) - 1, e = fs == null ? 0 : r.nextInt(fs.length() + 2);
      cmp("pi " + fs + " " + radix, () -> java.lang.Integer.parseInt(fs, radix), () -> tcl.lang.Integer.parseInt(fs, radix));
      cmp("pl " + fs + " " + radix, () -> java.lang.Long.parseLong(fs, radix), () -> tcl.lang.Long.parseLong(fs, radix));
      cmp("pui " + fs + " " + radix, () -> java.lang.Integer.parseUnsignedInt(fs, radix), () -> tcl.lang.Integer.parseUnsignedInt(fs, radix));
      cmp("pul " + fs + " " + radix, () -> java.lang.Long.parseUnsignedLong(fs, radix), () -> tcl.lang.Long.parseUnsignedLong(fs, radix));
      cmp("pics " + fs + " " + b + " " + e + " " + radix, () -> java.lang.Integer.parseInt(fs, b, e, radix), () -> tcl.lang.Integer.parseInt(fs, b, e, radix));
      cmp("plcs " + fs + " " + b + " " + e + " " + radix, () -> java.lang.Long.parseLong(fs, b, e, radix), () -> tcl.lang.Long.parseLong(fs, b, e, radix));
      cmp("puics " + fs + " " + b + " " + e + " " + radix, () -> java.lang.Integer.parseUnsignedInt(fs, b, e, radix), () -> tcl.lang.Integer.parseUnsignedInt(fs, b, e, radix));
      cmp("pulcs " + fs + " " + b + " " + e + " " + radix, () -> java.lang.Long.parseUnsignedLong(fs, b, e, radix), () -> tcl.lang.Long.parseUnsignedLong(fs, b, e, radix));
      if (fs != null) cmp("idec " + fs, () -> java.lang.Integer.decode(fs), () -> tcl.lang.Integer.decode(fs));
      if (fs != null) cmp("ldec " + fs, () -> java.lang.Long.decode(fs), () -> tcl.lang.Long.decode(fs));
    }
    System.out.println("cases=" + n + " bad=" + bad);
  }
}
