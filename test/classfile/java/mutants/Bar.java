/** Base class for the malformed-class-file tests: fields, methods, a try/catch/finally, a switch. */
public class Bar {
  int fieldAa;
  int fieldBb;
  long lf;

  static int sm(int a, long b, double c) {
    try {
      return a + (int) b;
    } catch (RuntimeException e) {
      return 2;
    } finally {
      c = 1;
    }
  }

  void mAa() {}

  void mBb() {}

  int sw(int k) {
    switch (k) {
      case 1:
        return 3;
      case 2:
        return 4;
      case 7:
        return 9;
      default:
        return 0;
    }
  }
}
