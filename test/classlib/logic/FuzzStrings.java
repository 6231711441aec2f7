/*
 * Differential check of Character, String case mapping (StringCase) and StringBuilder against HotSpot: a copy of the library class(es)
 * renamed into package tcl.lang runs side by side with the JDK's. Run by
 * test/classlib/logic.test.ts; argument: number of rounds. Prints "cases=N bad=M".
 */
package tcl.lang;
import java.util.*;
import java.util.function.*;
public class FuzzStrings {
  static int bad = 0, n = 0;
  static String run(Supplier<Object> s) {
    try { Object o = s.get(); return "=" + String.valueOf(o); }
    catch (Throwable e) { return "!" + e.getClass().getSimpleName() + ":" + e.getMessage(); }
  }
  static void cmp(String what, String w, String g) { n++; if (!w.equals(g) && bad++ < 40) System.out.println(what + "\n   want " + w + "\n   got  " + g); }
  static String rs(Random r, int max) {
    String pool = "aAbZ \t\u00df\u00b5\u00ff\u0130\u0131\u03a3\u03c3\u0301'._1\u01c5\ufb00\u0149\u1fb3\ud83d\ude00\ud801\udc28\u2000\u00a0x";
    StringBuilder sb = new StringBuilder(); int len = r.nextInt(max + 1);
    for (int i = 0; i < len; i++) sb.append(r.nextInt(8) == 0 ? (char) r.nextInt(0x3000) : pool.charAt(r.nextInt(pool.length())));
    return sb.toString();
  }
  interface Op { Object apply(Object sb); }
  public static void main(String[] a) {
    Random r = new Random(11);
    // Character: every BMP char and some supplementary ones
    for (int cp = 0; cp < 0x11000; cp++) {
      int c = cp < 0x10000 ? cp : 0x10000 + (cp - 0x10000) * 97;
      final int x = c;
      cmp("char " + Integer.toHexString(c),
        java.lang.Character.getType(x) + "," + java.lang.Character.isLetter(x) + java.lang.Character.isDigit(x) + java.lang.Character.isLetterOrDigit(x) + java.lang.Character.isUpperCase(x) + java.lang.Character.isLowerCase(x) + java.lang.Character.isTitleCase(x) + java.lang.Character.isAlphabetic(x) + java.lang.Character.isWhitespace(x) + java.lang.Character.isSpaceChar(x) + java.lang.Character.isJavaIdentifierStart(x) + java.lang.Character.isJavaIdentifierPart(x) + java.lang.Character.isIdentifierIgnorable(x) + java.lang.Character.isISOControl(x) + java.lang.Character.isDefined(x) + "," + java.lang.Character.toUpperCase(x) + "," + java.lang.Character.toLowerCase(x) + "," + java.lang.Character.toTitleCase(x) + "," + java.lang.Character.getNumericValue(x) + "," + java.lang.Character.digit(x, 36) + java.lang.Character.digit(x, 10) + "," + (x < 256 ? java.lang.Character.isMirrored(x) + "" + java.lang.Character.isUnicodeIdentifierStart(x) + java.lang.Character.isUnicodeIdentifierPart(x) : ""),
        tcl.lang.Character.getType(x) + "," + tcl.lang.Character.isLetter(x) + tcl.lang.Character.isDigit(x) + tcl.lang.Character.isLetterOrDigit(x) + tcl.lang.Character.isUpperCase(x) + tcl.lang.Character.isLowerCase(x) + tcl.lang.Character.isTitleCase(x) + tcl.lang.Character.isAlphabetic(x) + tcl.lang.Character.isWhitespace(x) + tcl.lang.Character.isSpaceChar(x) + tcl.lang.Character.isJavaIdentifierStart(x) + tcl.lang.Character.isJavaIdentifierPart(x) + tcl.lang.Character.isIdentifierIgnorable(x) + tcl.lang.Character.isISOControl(x) + tcl.lang.Character.isDefined(x) + "," + tcl.lang.Character.toUpperCase(x) + "," + tcl.lang.Character.toLowerCase(x) + "," + tcl.lang.Character.toTitleCase(x) + "," + tcl.lang.Character.getNumericValue(x) + "," + tcl.lang.Character.digit(x, 36) + tcl.lang.Character.digit(x, 10) + "," + (x < 256 ? tcl.lang.Character.isMirrored(x) + "" + tcl.lang.Character.isUnicodeIdentifierStart(x) + tcl.lang.Character.isUnicodeIdentifierPart(x) : ""));
    }
    for (int i = 0; i < 100; i++) { int d = r.nextInt(40) - 2, rad = r.nextInt(40) - 2; cmp("forDigit", "" + (int) java.lang.Character.forDigit(d, rad), "" + (int) tcl.lang.Character.forDigit(d, rad)); }
    // case mapping of strings
    int rounds = java.lang.Integer.parseInt(a[0]);
    for (int i = 0; i < 2 * rounds; i++) {
      String s = rs(r, 8);
      cmp("lower " + s, java.lang.String.valueOf(s.toLowerCase()), tcl.lang.StringCase.toLowerCase(s, s.toCharArray()));
      cmp("upper " + s, s.toUpperCase(), tcl.lang.StringCase.toUpperCase(s, s.toCharArray()));
      String t = r.nextBoolean() ? s.toUpperCase() : rs(r, 8);
      cmp("cmpIC " + s + " " + t, "" + Integer.signum(s.compareToIgnoreCase(t)) + s.compareToIgnoreCase(t), "" + Integer.signum(tcl.lang.StringCase.compareIgnoreCase(s.toCharArray(), t.toCharArray())) + tcl.lang.StringCase.compareIgnoreCase(s.toCharArray(), t.toCharArray()));
      int to = r.nextInt(4), oo = r.nextInt(4), len = r.nextInt(6) - 1;
      if (to <= (long) s.length() - len && oo <= (long) t.length() - len) {
        cmp("rmIC " + s + " " + t + " " + to + "," + oo + "," + len, "" + s.regionMatches(true, to, t, oo, len), "" + tcl.lang.StringCase.regionMatchesIgnoreCase(s.toCharArray(), to, t.toCharArray(), oo, len));
      }
    }
    // builders
    for (int i = 0; i < rounds; i++) {
      String init = rs(r, 6);
      java.lang.StringBuilder want = new java.lang.StringBuilder(init);
      tcl.lang.StringBuilder got = new tcl.lang.StringBuilder(init);
      StringBuilder log = new StringBuilder(init + ":");
      for (int k = 0; k < 6; k++) {
        int op = r.nextInt(22), p1 = r.nextInt(12) - 2, p2 = r.nextInt(12) - 2;
        String s = rs(r, 4); char c = s.isEmpty() ? 'q' : s.charAt(0);
        char[] ca = s.toCharArray();
        log.append(" op" + op + "(" + p1 + "," + p2 + "," + s + ")");
        String w, g;
        switch (op) {
          case 0: w = run(() -> want.append(s).toString()); g = run(() -> got.append(s).toString()); break;
          case 1: w = run(() -> want.insert(p1, s).toString()); g = run(() -> got.insert(p1, s).toString()); break;
          case 2: w = run(() -> want.delete(p1, p2).toString()); g = run(() -> got.delete(p1, p2).toString()); break;
          case 3: w = run(() -> want.deleteCharAt(p1).toString()); g = run(() -> got.deleteCharAt(p1).toString()); break;
          case 4: w = run(() -> want.replace(p1, p2, s).toString()); g = run(() -> got.replace(p1, p2, s).toString()); break;
          case 5: w = run(() -> want.reverse().toString()); g = run(() -> got.reverse().toString()); break;
          case 6: w = run(() -> { want.setLength(p1); return want.toString(); }); g = run(() -> { got.setLength(p1); return got.toString(); }); break;
          case 7: w = run(() -> { want.setCharAt(p1, c); return want.toString(); }); g = run(() -> { got.setCharAt(p1, c); return got.toString(); }); break;
          case 8: w = run(() -> want.charAt(p1)); g = run(() -> got.charAt(p1)); break;
          case 9: w = run(() -> want.substring(p1, p2)); g = run(() -> got.substring(p1, p2)); break;
          case 10: w = run(() -> want.indexOf(s, p1) + "," + want.lastIndexOf(s, p2) + "," + want.indexOf(s) + "," + want.lastIndexOf(s)); g = run(() -> got.indexOf(s, p1) + "," + got.lastIndexOf(s, p2) + "," + got.indexOf(s) + "," + got.lastIndexOf(s)); break;
          case 11: w = run(() -> want.append(ca, p1, p2).toString()); g = run(() -> got.append(ca, p1, p2).toString()); break;
          case 12: w = run(() -> want.insert(p1, ca, p2 < 0 ? 0 : p2 % 3, p2 % 2).toString()); g = run(() -> got.insert(p1, ca, p2 < 0 ? 0 : p2 % 3, p2 % 2).toString()); break;
          case 13: w = run(() -> want.append((CharSequence) s, p1, p2).toString()); g = run(() -> got.append((CharSequence) s, p1, p2).toString()); break;
          case 14: w = run(() -> want.insert(p1, (CharSequence) new java.lang.StringBuilder(s), p2 < 0 ? p2 : 0, p2).toString()); g = run(() -> got.insert(p1, (CharSequence) new java.lang.StringBuilder(s), p2 < 0 ? p2 : 0, p2).toString()); break;
          case 15: w = run(() -> want.codePointAt(p1) + "," + want.codePointBefore(p1 + 1)); g = run(() -> got.codePointAt(p1) + "," + got.codePointBefore(p1 + 1)); break;
          case 16: w = run(() -> want.codePointCount(p1, p2) + ""); g = run(() -> got.codePointCount(p1, p2) + ""); break;
          case 17: w = run(() -> want.offsetByCodePoints(p1, p2) + ""); g = run(() -> got.offsetByCodePoints(p1, p2) + ""); break;
          case 18: w = run(() -> want.append(p1 * 123456789L).append(p2 * -987654).append(p1 == 3).append(c).toString()); g = run(() -> got.append(p1 * 123456789L).append(p2 * -987654).append(p1 == 3).append(c).toString()); break;
          case 19: w = run(() -> { char[] d = new char[5]; want.getChars(p1, p2, d, 1); return new String(d); }); g = run(() -> { char[] d = new char[5]; got.getChars(p1, p2, d, 1); return new String(d); }); break;
          case 20: w = run(() -> want.appendCodePoint(p1 * 0x10000 + p2).toString()); g = run(() -> got.appendCodePoint(p1 * 0x10000 + p2).toString()); break;
          default: w = run(() -> { want.ensureCapacity(p1 * 10); want.trimToSize(); want.append(s); return want.capacity() + ":" + want.length(); }); g = run(() -> { got.ensureCapacity(p1 * 10); got.trimToSize(); got.append(s); return got.capacity() + ":" + got.length(); });
        }
        cmp(log.toString(), w, g);
        cmp("cap " + log, want.capacity() + ":" + want, got.capacity() + ":" + got);
      }
    }
    System.out.println("cases=" + n + " bad=" + bad);
  }
}
