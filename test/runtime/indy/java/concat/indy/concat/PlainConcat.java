package indy.concat;

/** Compiled with -XDstringConcat=indy: javac emits makeConcat (no recipe, no constants). */
public class PlainConcat {
  static String join(String a, int b, char c, double d, Object e, long f, boolean g, float h, byte i, short j) {
    return a + b + c + d + e + f + g + h + i + j;
  }

  public static void main(String[] args) {
    System.out.println(join("a", 1, 'c', 2.5, null, -3L, true, 1.5f, (byte) 4, (short) 5));
    System.out.println(join(null, -1, '\u0001', Double.NaN, new Object() {
      @Override
      public String toString() {
        return "anon";
      }
    }, 0L, false, -0.0f, (byte) -1, (short) -2));
    String s = "x";
    int n = 3;
    System.out.println("pre" + s + "mid" + n + "post");
  }
}
