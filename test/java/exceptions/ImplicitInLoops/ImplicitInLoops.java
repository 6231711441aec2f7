// Exceptions compiled code raises itself (null, bounds, division, cast, store and size checks),
// caught by hot loops, in inlined and called compiled callees, under a switch, through a
// synchronized callee; the first two of each printed with their stack traces (docs/deopt.md
// "Implicit exceptions in compiled code").
public class ImplicitInLoops {
  static int sink;
  static Node head;

  static final class Node {
    int v;
    Node next;
    Node(int v, Node next) { this.v = v; this.next = next; }
  }

  static void printUser(Throwable e) {
    for (StackTraceElement el : e.getStackTrace()) {
      if (el.getClassName().startsWith("ImplicitInLoops")) System.out.println("  at " + el);
    }
  }

  static void report(String what, int caught, RuntimeException e) {
    if (caught <= 2) {
      System.out.println(what + ": " + e);
      printUser(e);
    }
  }

  /** NullPointerException of a field read (helpful message naming the path). */
  static int fields(int n) {
    Node list = null;
    for (int k = 0; k < 5; k++) list = new Node(k, list);
    int sum = 0, caught = 0;
    for (int i = 0; i < n; i++) {
      Node p = i % 4 == 0 ? null : list;
      try {
        sum += p.next.v;
        if (i % 7 == 1) head.v++;
      } catch (NullPointerException e) {
        caught++;
        report("fields", caught, e);
      }
    }
    return sum + caught;
  }

  /** ArrayIndexOutOfBoundsException, and a null array (NPE from the same check). */
  static int bounds(int n) {
    int[] a = new int[5];
    int caught = 0, nulls = 0;
    for (int i = 0; i < n; i++) {
      int[] b = i % 11 == 10 ? null : a;
      try {
        b[i % 7] += i;
      } catch (ArrayIndexOutOfBoundsException e) {
        caught++;
        report("bounds", caught, e);
      } catch (NullPointerException e) {
        nulls++;
        report("null array", nulls, e);
      }
    }
    return a[0] + a[4] + caught * 1000 + nulls;
  }

  /** ArithmeticException of int and long division and remainder. */
  static long divisions(int n) {
    long s = 0;
    int caught = 0;
    for (int i = 0; i < n; i++) {
      try {
        s += 1000 / (i % 4);
        s += 1000L % (long) (i % 3);
      } catch (ArithmeticException e) {
        caught++;
        report("div", caught, e);
      }
    }
    return s + caught;
  }

  /** ClassCastException. */
  static int casts(int n) {
    int s = 0, caught = 0;
    for (int i = 0; i < n; i++) {
      Object o = i % 3 == 0 ? (Object) Integer.valueOf(i) : "str" + (i % 10);
      try {
        s += ((String) o).length();
      } catch (ClassCastException e) {
        caught++;
        report("cast", caught, e);
      }
    }
    return s + caught;
  }

  /** ArrayStoreException and NegativeArraySizeException. */
  static int stores(int n) {
    Object[] arr = new String[4];
    int s = 0, caught = 0, neg = 0;
    for (int i = 0; i < n; i++) {
      try {
        arr[i % 4] = i % 5 == 0 ? (Object) Integer.valueOf(i) : "x";
        int[] fresh = new int[(i % 6) - 2];
        s += fresh.length;
      } catch (ArrayStoreException e) {
        caught++;
        report("store", caught, e);
      } catch (NegativeArraySizeException e) {
        neg++;
        report("size", neg, e);
      }
    }
    return s + caught * 1000 + neg;
  }

  static int at(int[] a, int i) { return a[i]; }

  /** Thrown in an inlined callee, caught by the caller. */
  static int inlined(int n) {
    int[] a = {1, 2, 3, 4, 5};
    int s = 0, caught = 0;
    for (int i = 0; i < n; i++) {
      try {
        s += at(a, i % 6);
      } catch (ArrayIndexOutOfBoundsException e) {
        caught++;
        report("inlined", caught, e);
      }
    }
    return s + caught;
  }

  static int divDown(int d, int y) {
    if (d > 0) return divDown(d - 1, y) + 1;
    return 100 / y;
  }

  /** Thrown three compiled (recursive, not inlined) frames down, caught here. */
  static int called(int n) {
    int s = 0, caught = 0;
    for (int i = 0; i < n; i++) {
      try {
        s += divDown(3, i % 5);
      } catch (ArithmeticException e) {
        caught++;
        report("called", caught, e);
      }
    }
    return s + caught;
  }

  static synchronized int syncDiv(int y) { return 10 / y; }

  /** From a synchronized callee: its monitor is free afterwards. */
  static int synced(int n) throws InterruptedException {
    int s = 0, caught = 0;
    for (int i = 0; i < n; i++) {
      try {
        s += syncDiv(i % 3);
      } catch (ArithmeticException e) {
        caught++;
      }
    }
    Thread t = new Thread(() -> sink += syncDiv(1));
    t.start();
    t.join();
    return s + caught;
  }

  /** The throwing instruction is in a block that ends in a tableswitch, and one in a lookupswitch. */
  static int switches(int n) {
    int[] a = {0, 1, 2, 0, 1};
    int x = 0, y = 0, caught = 0;
    for (int i = 0; i < n; i++) {
      try {
        switch (a[i % 6]) {
          case 0: x++; break;
          case 1: y++; break;
          default: x += 2;
        }
        switch (100 / (i % 7)) {
          case 1000: x += 3; break;
          case 50: y += 5; break;
          default: y++;
        }
      } catch (ArrayIndexOutOfBoundsException e) {
        caught++;
      } catch (ArithmeticException e) {
        caught += 1000;
      }
    }
    return x * 31 + y + caught;
  }

  static int firstValue(Node p) { return p.next.v; }

  public static void main(String[] args) throws InterruptedException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
    System.out.println("fields " + fields(n));
    System.out.println("bounds " + bounds(n));
    System.out.println("divisions " + divisions(n));
    System.out.println("casts " + casts(n));
    System.out.println("stores " + stores(n));
    System.out.println("inlined " + inlined(n));
    System.out.println("called " + called(n));
    System.out.println("synced " + synced(n));
    System.out.println("switches " + switches(n));
    try {
      firstValue(new Node(1, null));
    } catch (NullPointerException e) {
      e.printStackTrace(System.out);
    }
  }
}
