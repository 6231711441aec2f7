import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A ticket office: clerk threads work through numbered requests in tight loops. Each request goes
 * through helpers that compiled code cannot compile or that are not hot yet (they ask for the
 * current thread, take a shared lock other clerks hold, sleep, wait for a hand-off, throw for bad
 * requests, recurse deeply), so a compiled loop keeps calling into interpreted code that blocks,
 * throws and overflows the stack. Totals are sums, so they do not depend on the interleaving.
 */
public class TicketClerks {
  static final Object ledgerLock = new Object();
  static long ledgerTotal;
  static int ledgerEntries;
  static final ArrayDeque<Integer> handoff = new ArrayDeque<>();
  static long handedOff;

  /** Asks for the current thread (a native): the method never compiles. */
  static int stamp(int request) {
    String who = Thread.currentThread().getName();
    return request * 7 + who.length();
  }

  /** A shared ledger other clerks hold: a compiled caller's interpreted callee blocks here. */
  static void record(int amount) {
    synchronized (ledgerLock) {
      ledgerTotal += amount;
      ledgerEntries++;
      if (ledgerEntries % 97 == 0) Thread.yield();
    }
  }

  static int price(int request) {
    if (request % 113 == 112) throw new IllegalArgumentException("request " + request + " has no seat");
    if (request % 251 == 250) throw new IllegalStateException("request " + request + " is closed");
    return 10 + request % 40 + (stamp(request) & 1);
  }

  /** Every 400th request rests a little: a sleep inside an interpreted callee. */
  static void pace(int request) throws InterruptedException {
    if (request % 400 == 399) Thread.sleep(1);
  }

  /** Producer side of a bounded hand-off: waits while it is full. */
  static void offer(int v) throws InterruptedException {
    synchronized (handoff) {
      while (handoff.size() >= 4) handoff.wait();
      handoff.addLast(v);
      handoff.notifyAll();
    }
  }

  static int take() throws InterruptedException {
    synchronized (handoff) {
      while (handoff.isEmpty()) handoff.wait();
      int v = handoff.removeFirst();
      handoff.notifyAll();
      return v;
    }
  }

  /** Counts down a chain of requests recursively, with a thread lookup on the way. */
  static int chain(int n) {
    if (n == 0) return Thread.currentThread().getName().length() > 0 ? 0 : -1;
    return 1 + chain(n - 1);
  }

  static int runaway(int n) {
    return runaway(n + 1) + stamp(n);
  }

  static final class Clerk extends Thread {
    final int first, count;
    long sold;
    int refused, closed, bothFrames;
    Clerk(String name, int first, int count) { super(name); this.first = first; this.count = count; }

    @Override public void run() {
      try {
        for (int r = first; r < first + count; r++) {
          try {
            int p = price(r);
            record(p);
            sold += p;
            pace(r);
            if (r % 50 == 0) offer(r);
          } catch (IllegalArgumentException e) {
            refused++;
            StackTraceElement[] st = e.getStackTrace();
            if (st[0].getMethodName().equals("price") && st[1].getMethodName().equals("run")) bothFrames++;
          } catch (IllegalStateException e) {
            closed++;
          }
        }
        offer(-1);
      } catch (InterruptedException e) {
        throw new RuntimeException(e);
      }
    }
  }

  public static void main(String[] args) throws Exception {
    List<Clerk> clerks = new ArrayList<>();
    for (int i = 0; i < 3; i++) clerks.add(new Clerk("clerk-" + i, i * 6000, 6000));
    Thread collector = new Thread(() -> {
      try {
        int done = 0;
        while (done < 3) {
          int v = take();
          if (v < 0) done++; else handedOff += v;
        }
      } catch (InterruptedException e) {
        throw new RuntimeException(e);
      }
    }, "collector");
    collector.start();
    for (Clerk c : clerks) c.start();
    for (Clerk c : clerks) c.join();
    collector.join();
    for (Clerk c : clerks) {
      System.out.println(c.getName() + ": sold " + c.sold + ", refused " + c.refused + " (traced " + c.bothFrames + "), closed " + c.closed);
    }
    System.out.println("ledger " + ledgerTotal + " in " + ledgerEntries + " entries; handed off " + handedOff);
    long chains = 0;
    for (int i = 0; i < 2000; i++) chains += chain(i % 300);
    System.out.println("chains " + chains);
    try {
      runaway(0);
      System.out.println("no overflow?");
    } catch (StackOverflowError e) {
      System.out.println("runaway request stopped by StackOverflowError");
    }
    int afterOverflow = 0;
    for (int i = 0; i < 1000; i++) afterOverflow += stamp(i) % 3;
    System.out.println("after overflow " + afterOverflow);
  }
}
