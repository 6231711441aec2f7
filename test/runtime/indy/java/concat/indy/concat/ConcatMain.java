package indy.concat;

import java.util.ArrayList;
import java.util.List;

/** String concatenation of every argument type, constants and awkward literals (makeConcatWithConstants). */
public class ConcatMain {
  static final List<String> log = new ArrayList<>();

  /** An object whose toString records when it runs, to show the evaluation order. */
  static final class Noisy {
    private final String name;

    Noisy(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      log.add(name);
      return "<" + name + ">";
    }
  }

  /** toString returning null prints "null". */
  static final class NullString {
    @Override
    public String toString() {
      return null;
    }
  }

  static String primitives(byte b, short s, char c, int i, long l, float f, double d, boolean z) {
    return "b=" + b + " s=" + s + " c=" + c + " i=" + i + " l=" + l + " f=" + f + " d=" + d + " z=" + z;
  }

  static String wideFirst(long l, double d, int i) {
    return l + "|" + d + "|" + i;
  }

  static String onlyArgs(String a, Object b, int c) {
    return a + b + c;
  }

  static String boxes(Integer i, Long l, Character c, Boolean z, Double d, Float f, Byte b, Short s) {
    return "[" + i + "," + l + "," + c + "," + z + "," + d + "," + f + "," + b + "," + s + "]";
  }

  static String tags(String x) {
    return "\u0001" + x + "\u0002" + x + "\u0001\u0002" + '\u0001';
  }

  static String many(int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, int a9, long b0, long b1, long b2,
      double c0, double c1, String s0, String s1, char d0, char d1, Object o) {
    return a0 + "," + a1 + "," + a2 + "," + a3 + "," + a4 + "," + a5 + "," + a6 + "," + a7 + "," + a8 + "," + a9 + ";" + b0 + ","
        + b1 + "," + b2 + ";" + c0 + "," + c1 + ";" + s0 + s1 + ";" + d0 + d1 + ";" + o;
  }

  public static void main(String[] args) {
    System.out.println(primitives((byte) -7, (short) 300, 'x', Integer.MIN_VALUE, Long.MIN_VALUE, 1.0f / 3, 1.0 / 3, true));
    System.out.println(primitives(Byte.MAX_VALUE, Short.MIN_VALUE, '\u00e9', 0, 0L, Float.NaN, Double.NEGATIVE_INFINITY, false));
    System.out.println(primitives((byte) 0, (short) 0, '\u0001', -1, -1L, -0.0f, -0.0, false));
    System.out.println(primitives((byte) 1, (short) 1, '\uffff', 42, 1L << 40, 1e10f, 1e-5, true));
    System.out.println(primitives((byte) 1, (short) 1, '\u20ac', 42, 123456789012L, Float.MIN_VALUE, Double.MAX_VALUE, true));
    System.out.println(primitives((byte) 1, (short) 1, '0', 7, 1, 100.0f, 1e7, true));
    System.out.println(primitives((byte) 1, (short) 1, '0', 7, 1, 0.001f, 0.001, true));
    System.out.println(wideFirst(Long.MAX_VALUE, Math.PI, 3));

    String nullString = null;
    Object nullObject = null;
    System.out.println("null string: " + nullString + ", null object: " + nullObject);
    System.out.println(onlyArgs(null, null, 5));
    System.out.println(onlyArgs("a", new NullString(), -5));
    System.out.println(boxes(1, 2L, 'c', true, 2.5, 0.5f, (byte) 3, (short) 4));
    System.out.println(boxes(null, null, null, null, null, null, null, null));

    char[] chars = {'a', 'b'};
    String arrayText = "chars: " + chars;
    System.out.println(arrayText.substring(0, arrayText.indexOf('@')) + " length-ok=" + (arrayText.length() > 10));
    int[][] grid = new int[1][1];
    String gridText = "" + grid;
    System.out.println(gridText.substring(0, gridText.indexOf('@')));

    System.out.println(tags("-"));
    System.out.println(tags(null).length() + " " + tags(null).replace('\u0001', '1').replace('\u0002', '2'));
    System.out.println("literal\u0002with\u0001tags" + args.length + "\u0002");

    Noisy a = new Noisy("a");
    Noisy b = new Noisy("b");
    Noisy c = new Noisy("c");
    System.out.println(a + "-" + b + "-" + c + "-" + a);
    System.out.println("order: " + log);

    StringBuilder sb = new StringBuilder("sb");
    CharSequence cs = sb;
    System.out.println("cs=" + cs + " sb=" + sb);

    String acc = "";
    for (int i = 0; i < 5; i++) {
      acc += i;
      acc += ',';
    }
    System.out.println(acc);

    System.out.println(many(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10L, 11L, 12L, 13.5, 14.25, "s0", null, 'd', 'e', List.of(1, 2)));
    final String constant = "const";
    System.out.println(constant + "-" + args.length + constant);
    System.out.println(args.length + 'c' + "" + 'c' + 1 + 2L);
  }
}
