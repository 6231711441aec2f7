package indy.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Records of every component type: toString, hashCode and equals as ObjectMethods defines them. */
public class RecordMain {
  static final List<String> log = new ArrayList<>();

  record AllTypes(int i, long l, double d, float f, boolean z, char c, byte b, short s, String str, Object obj) {}

  record Empty() {}

  record WithArray(int[] ints, String[] strings, char[] chars) {}

  record Floats(double d, float f) {}

  /** Equality and hashing that record their calls, to show the order the record compares in. */
  static final class Probe {
    final String name;
    final boolean equal;

    Probe(String name, boolean equal) {
      this.name = name;
      this.equal = equal;
    }

    @Override
    public boolean equals(Object o) {
      log.add("equals " + name);
      return equal;
    }

    @Override
    public int hashCode() {
      log.add("hash " + name);
      return name.hashCode();
    }

    @Override
    public String toString() {
      log.add("toString " + name);
      return name;
    }
  }

  record Probes(Probe a, Probe b, Probe c) {}

  record NullText(Object value) {}

  static final class NullToString {
    @Override
    public String toString() {
      return null;
    }

    @Override
    public int hashCode() {
      return 7;
    }
  }

  /** Generic, nested in a class, with a compact constructor, an explicit accessor and an interface. */
  record Pair<A, B>(A first, B second) implements Comparable<Pair<A, B>> {
    Pair {
      Objects.requireNonNull(first);
    }

    @Override
    public B second() {
      return null; // the generated methods read the field, not the accessor
    }

    @Override
    public int compareTo(Pair<A, B> o) {
      return 0;
    }
  }

  static class Outer {
    record Inner(String x) {}

    static class Deeper {
      record Deepest(long v) {}
    }
  }

  record Many(int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, long b0, long b1, double c0, double c1, String s0, String s1,
      char d0, boolean e0, byte f0, short g0, float h0, Object o0) {}

  static String strip(String s) {
    return s.replaceAll("@[0-9a-f]+", "@HASH");
  }

  static int expectedHash(WithArray w) {
    int h = 0;
    h = h * 31 + Objects.hashCode(w.ints());
    h = h * 31 + Objects.hashCode(w.strings());
    h = h * 31 + Objects.hashCode(w.chars());
    return h;
  }

  public static void main(String[] args) {
    AllTypes a = new AllTypes(-5, Long.MIN_VALUE, 0.1, 1.1f, true, 'x', (byte) -1, (short) 300, "str", 42);
    AllTypes a2 = new AllTypes(-5, Long.MIN_VALUE, 0.1, 1.1f, true, 'x', (byte) -1, (short) 300, new String("str"), 42);
    AllTypes nulls = new AllTypes(0, 0L, -0.0, Float.NaN, false, '\u0000', (byte) 0, (short) 0, null, null);
    System.out.println(a);
    System.out.println(nulls.toString().length() + " " + nulls.toString().replace('\u0000', '0'));
    System.out.println(a.hashCode() + " " + a2.hashCode() + " " + nulls.hashCode());
    System.out.println(a.equals(a2) + " " + a.equals(a) + " " + a.equals(nulls) + " " + a.equals(null) + " " + a.equals("str"));
    for (int k = 0; k < 10; k++) {
      AllTypes v = new AllTypes(k == 0 ? 1 : -5, k == 1 ? 1 : Long.MIN_VALUE, k == 2 ? 1 : 0.1, k == 3 ? 1 : 1.1f, k != 4, k == 5 ? 'y' : 'x',
          (byte) (k == 6 ? 1 : -1), (short) (k == 7 ? 1 : 300), k == 8 ? "other" : "str", k == 9 ? 43 : 42);
      System.out.println(k + ": " + a.equals(v) + " " + v.hashCode() + " " + v);
    }
    System.out.println(new AllTypes(Integer.MAX_VALUE, Long.MAX_VALUE, Double.MAX_VALUE, Float.MIN_VALUE, true, '\uffff', Byte.MIN_VALUE,
        Short.MIN_VALUE, "", new int[0].length).hashCode());
    System.out.println(new AllTypes(1, 1L << 33, Double.NaN, -0.0f, false, 'A', (byte) 1, (short) 1, "a", "b").hashCode());

    Empty e = new Empty();
    System.out.println(e + " " + e.hashCode() + " " + e.equals(new Empty()) + " " + e.equals(null));

    int[] ints = {1, 2};
    WithArray w = new WithArray(ints, new String[] {"s"}, new char[] {'c'});
    System.out.println(strip(w.toString()));
    System.out.println((w.hashCode() == expectedHash(w)) + " " + w.equals(new WithArray(ints, w.strings(), w.chars()))
        + " " + w.equals(new WithArray(new int[] {1, 2}, w.strings(), w.chars())));
    WithArray nullArrays = new WithArray(null, null, null);
    System.out.println(nullArrays + " " + nullArrays.hashCode());

    Floats nan = new Floats(Double.NaN, Float.NaN);
    Floats zero = new Floats(0.0, 0.0f);
    Floats negZero = new Floats(-0.0, -0.0f);
    System.out.println(nan.equals(new Floats(Double.NaN, Float.NaN)) + " " + zero.equals(negZero) + " " + zero.equals(new Floats(0.0, 0.0f)));
    System.out.println(nan.hashCode() + " " + zero.hashCode() + " " + negZero.hashCode() + " " + nan + " " + negZero);
    System.out.println(new Floats(Double.longBitsToDouble(0x7ff8000000000001L), Float.intBitsToFloat(0x7fc00001)).equals(nan)
        + " " + new Floats(Double.longBitsToDouble(0x7ff8000000000001L), Float.intBitsToFloat(0x7fc00001)).hashCode());
    System.out.println(new Floats(1e300, 3.4e38f) + " " + new Floats(1e-7, 1e-3f) + " " + new Floats(100, 1e7f));

    Probe p1 = new Probe("p1", true);
    Probe p2 = new Probe("p2", true);
    Probe p3 = new Probe("p3", true);
    Probes probes = new Probes(p1, p2, p3);
    System.out.println(probes.equals(new Probes(p3, p2, p1)) + " " + log);
    log.clear();
    System.out.println(probes.equals(new Probes(new Probe("q1", true), new Probe("q2", false), new Probe("q3", true))) + " " + log);
    log.clear();
    System.out.println(probes.equals(probes) + " " + log);
    log.clear();
    System.out.println(probes.hashCode() + " " + log);
    log.clear();
    System.out.println(probes + " " + log);
    log.clear();
    Probes withNulls = new Probes(null, p2, null);
    System.out.println(withNulls.equals(new Probes(null, p2, p1)) + " " + withNulls.equals(new Probes(null, p2, null)) + " " + log);
    log.clear();

    NullText nt = new NullText(new NullToString());
    System.out.println(nt + " " + nt.hashCode() + " " + new NullText(null) + " " + nt.equals(new NullText(nt.value())) + " "
        + new NullText(null).equals(new NullText(null)));

    Pair<String, Integer> pair = new Pair<>("one", 1);
    System.out.println(pair + " " + pair.hashCode() + " " + pair.equals(new Pair<>("one", 1)) + " " + pair.equals(new Pair<>("one", 2)));
    System.out.println(new Outer.Inner("in") + " " + new Outer.Deeper.Deepest(5L) + " " + new Outer.Deeper.Deepest(5L).hashCode() + " "
        + new Outer.Inner("in").hashCode() + " " + new Outer.Inner("in").equals(new Outer.Inner("in")) + " "
        + new Outer.Deeper.Deepest(5L).equals(new Outer.Deeper.Deepest(6L)));

    record Local(String name, int n) {}
    Local local = new Local("loc", 3);
    System.out.println(local + " " + local.hashCode() + " " + local.equals(new Local("loc", 3)));

    Many many = new Many(0, 1, 2, 3, 4, 5, 6, 7, 8L, 9L, 10.5, 11.5, "s", null, 'd', true, (byte) 5, (short) 6, 7.5f, List.of(1));
    System.out.println(many);
    System.out.println(many.hashCode() + " " + many.equals(new Many(0, 1, 2, 3, 4, 5, 6, 7, 8L, 9L, 10.5, 11.5, "s", null, 'd', true, (byte) 5,
        (short) 6, 7.5f, List.of(1))));
  }
}
