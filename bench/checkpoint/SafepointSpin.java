/**
 * Threads deep in hot loops, for bench/checkpoint/safepoint.mjs: each of THREADS threads recurses
 * DEPTH calls deep and then spins in a loop that never ends (the benchmark ends the VM). Under
 * -Xcomp the whole chain runs compiled (compiled calls into a compiled loop); with the JIT at its
 * default threshold the loop is entered by on-stack replacement; under -Xint it is interpreted.
 * Usage: SafepointSpin THREADS DEPTH
 */
public class SafepointSpin {
  static volatile long sink;

  static long spin(long seed) {
    long x = seed;
    for (int i = 0; ; i++) {
      x = x * 6364136223846793005L + i;
      if ((x & 0xfffff) == 0) sink = x;
    }
  }

  static long deep(int d, long seed) {
    return d == 0 ? spin(seed) : deep(d - 1, seed + d) + 1;
  }

  public static void main(String[] args) {
    int threads = Integer.parseInt(args[0]);
    int depth = Integer.parseInt(args[1]);
    for (int t = 1; t < threads; t++) {
      final long seed = t;
      new Thread(() -> sink = deep(depth, seed), "spin-" + t).start();
    }
    sink = deep(depth, 0);
  }
}
