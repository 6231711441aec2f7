package writer;

/**
 * The Java twin of the class test/runtime/indy/class-writer.test.ts assembles with the class
 * writer: both print the same lines when the writer's bytecode is right.
 */
public class GenReference {
  static final int ANSWER = 42;
  private long total;

  long add(long k) {
    total += k;
    return total;
  }

  static int sum(int n) {
    int s = 0;
    for (int i = 1; i <= n; i++) s += i;
    return s;
  }

  static String classify(int k) {
    switch (k) {
      case 1:
        return "one";
      case 2:
        return "two";
      case 3:
        return "three";
      default:
        return "many";
    }
  }

  static String sparse(int k) {
    switch (k) {
      case 100000:
        return "big";
      case -100:
        return "neg";
      case 7:
        return "seven";
      default:
        return "other";
    }
  }

  static int safeDiv(int a, int b) {
    try {
      return a / b;
    } catch (ArithmeticException e) {
      return -1;
    }
  }

  static long mix(long a, double d, int i) {
    return a * 3 + (long) (d / 2) + i;
  }

  static double wideLocals(double d) {
    // The generated twin keeps d in local 300 and a counter in local 260 (wide instructions).
    double far = d;
    int counter = 0;
    counter += 1000;
    return far + counter;
  }

  static String constants() {
    return "s299" + 123456 + 1.5f + 2.5 + 9876543210L + -3 + 'c';
  }

  public static void main(String[] args) {
    System.out.println(ANSWER);
    GenReference g = new GenReference();
    g.add(5);
    System.out.println(g.add(7));
    System.out.println(sum(10));
    System.out.println(sum(0));
    for (int k = 0; k <= 4; k++) System.out.println(classify(k));
    int[] keys = {-100, 7, 100000, 8};
    for (int k : keys) System.out.println(sparse(k));
    System.out.println(safeDiv(7, 2));
    System.out.println(safeDiv(7, 0));
    System.out.println(mix(5L, 9.0, 1));
    System.out.println(wideLocals(0.5));
    System.out.println(constants());
  }
}
