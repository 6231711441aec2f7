/**
 * @fileoverview The green-thread scheduler (docs/threading.md): round-robin over runnable Java
 * threads on the single JS thread, timed wake-ups, and regular yields to the JS event loop so host
 * I/O, timers and the control endpoint are served while Java code runs.
 */
import type { Host } from '../host/host.js';
import { JavaThread, ThreadState } from './java-thread.js';
import type { Monitors, Waker } from './monitors.js';

/** How a thread's turn on the interpreter ended. */
export const enum RunResult {
  /** Budget used up; still runnable. */
  Yielded = 0,
  /** Parked (monitor, wait, sleep, I/O...). */
  Blocked = 1,
  /** The thread's last frame returned. */
  Terminated = 2,
  /** The VM is exiting (System.exit / Runtime.halt). */
  Exit = 3,
  /**
   * Only inside an interpreter run of the JIT's adapter (jit/runtime.ts), never to the scheduler:
   * the run's {@link FrameKind.Adapter} frame returned (its result where its arguments started).
   */
  AdapterReturned = 4,
  /** Likewise: an exception (`t.adapterException`) left the run's Adapter frame. */
  AdapterThrew = 5,
}

/** Runs one thread for a while; implemented by the interpreter. */
export type RunSlice = (t: JavaThread) => RunResult;

/** Taken branches and calls a thread runs before the scheduler may switch to another. */
export const DEFAULT_SLICE_BUDGET = 20000;

/** Yield to the event loop at least this often while Java code runs (ms). */
const YIELD_INTERVAL_MS = 8;

/** Round-robin scheduler. */
export class Scheduler implements Waker {
  readonly threads: JavaThread[] = [];
  private readonly runQueue: JavaThread[] = [];
  private wakeUp: (() => void) | null = null;
  monitors!: Monitors;
  /** Called when a thread ends, to notify joiners and decide whether the VM exits. */
  onTerminated: (t: JavaThread) => void = () => {};
  /** Called when the last non-daemon thread has ended; returns true when the VM is done. */
  onAllNonDaemonDone: () => boolean = () => true;
  /** Set when the VM must stop scheduling (exit in progress). */
  exiting = false;
  /**
   * A resident VM (the embedding API's Tern) keeps scheduling after its last non-daemon thread:
   * it idles until new work comes, without keeping the platform's event loop alive, and ends only
   * when asked ({@link stop}).
   */
  resident = false;

  /**
   * A thread waiting for host I/O reached its deadline (a socket timeout): the owner of the wait
   * cancels it and wakes the thread (src/runtime/socket-table.ts).
   */
  onIoTimeout: (t: JavaThread) => void = (t) => {
    t.deadline = 0;
  };
  /**
   * A thread waiting for host I/O was interrupted: the owner of the wait decides (a selector's
   * select() returns; socket reads and accepts ignore it, as JDK 17's do).
   */
  onIoInterrupt: (t: JavaThread) => void = () => {};
  /** Pending host operations (I/O) that may wake threads. */
  pendingIo = 0;
  /** Slices run so far: a reproducible clock for tests that act at a chosen point of a run. */
  slices = 0;
  /** Called after slice number {@link slices} when it equals `atSlice` (consistency tests). */
  onSlice: { atSlice: number; run: () => void } | null = null;
  /**
   * Work that needs every thread stopped at an instruction boundary (checkpoint): run between two
   * slices, where no thread is inside the interpreter loop. Checked once per slice, which is the
   * only cost a program pays for being checkpointable.
   */
  private safepointTasks: Array<() => void | Promise<void>> = [];

  /**
   * Runs `task` at the next safepoint (and wakes the scheduler if it idles). A task that returns a
   * promise keeps every Java thread paused until it settles (a migration waits for its receiver).
   */
  atSafepoint(task: () => void | Promise<void>): void {
    this.safepointTasks.push(task);
    this.wake();
  }

  /** Ends {@link run} at the next scheduling decision (a resident VM asked to stop). */
  stop(): void {
    this.exiting = true;
    this.wake();
  }

  /** Wakes the scheduler if it idles. */
  wake(): void {
    if (this.wakeUp) {
      const w = this.wakeUp;
      this.wakeUp = null;
      w();
    }
  }

  private async runSafepointTasks(): Promise<void> {
    const tasks = this.safepointTasks;
    this.safepointTasks = [];
    for (const task of tasks) {
      const pending = task();
      if (pending) await pending;
    }
  }

  constructor(private readonly host: Host) {}

  /** When the scheduler last yielded to the JS event loop (Date.now()). */
  private lastYield = Date.now();

  /**
   * Whether the running thread should stop at its next safepoint poll: another thread is runnable,
   * a safepoint task (checkpoint) waits, the VM exits, or the event loop is due. Compiled code,
   * which runs without the interpreter's slice budget, asks this at its polls (jit/, deopt/).
   */
  preemptionRequested(): boolean {
    return this.runQueue.length !== 0 || this.safepointTasks.length !== 0 || this.exiting ||
      Date.now() - this.lastYield >= YIELD_INTERVAL_MS;
  }

  /** Registers a new runnable thread. */
  add(t: JavaThread): void {
    this.threads.push(t);
    this.makeRunnable(t);
  }

  /** Takes `t` off the run queue (a restored thread that is parked). */
  dequeue(t: JavaThread): void {
    const i = this.runQueue.indexOf(t);
    if (i >= 0) this.runQueue.splice(i, 1);
  }

  makeRunnable(t: JavaThread): void {
    t.state = ThreadState.Runnable;
    t.deadline = 0;
    this.runQueue.push(t);
    this.wake();
  }

  /** Wakes timed waiters whose deadline passed. */
  private wakeTimed(now: number): void {
    for (const t of this.threads) {
      if (t.deadline === 0 || t.deadline > now) continue;
      this.timeout(t);
    }
  }

  /** A timed wait, sleep or park ran out. */
  private timeout(t: JavaThread): void {
    switch (t.state) {
      case ThreadState.Sleeping:
      case ThreadState.Parked:
        this.makeRunnable(t);
        break;
      case ThreadState.Waiting:
        this.monitors.wakeWaiter(t);
        break;
      case ThreadState.WaitingForIo:
        this.onIoTimeout(t);
        break;
      default:
        t.deadline = 0;
    }
  }

  /**
   * Interrupts `t` (Thread.interrupt): a sleeping or waiting thread wakes with an
   * InterruptedException (clearing the flag, as the JDK does); a parked thread just wakes.
   */
  interrupt(t: JavaThread): void {
    t.interrupted = true;
    switch (t.state) {
      case ThreadState.Sleeping:
        t.interrupted = false;
        t.resumeThrow = { javaClass: 'java/lang/InterruptedException', message: 'sleep interrupted' };
        this.makeRunnable(t);
        break;
      case ThreadState.Parked:
        this.makeRunnable(t);
        break;
      case ThreadState.Waiting:
        t.interrupted = false;
        t.resumeThrow = { javaClass: 'java/lang/InterruptedException', message: null };
        this.monitors.wakeWaiter(t);
        break;
      case ThreadState.WaitingForIo:
        this.onIoInterrupt(t);
        break;
    }
  }

  /** Whether any non-daemon thread is alive. */
  private nonDaemonAlive(): boolean {
    return this.threads.some((t) => !t.daemon && t.state !== ThreadState.Terminated);
  }

  /** Runs threads until the VM exits. */
  async run(slice: RunSlice): Promise<void> {
    this.lastYield = Date.now();
    for (;;) {
      if (this.safepointTasks.length !== 0) await this.runSafepointTasks();
      if (this.exiting) return;
      const t = this.runQueue.shift();
      if (!t) {
        if (!this.resident && !this.nonDaemonAlive() && this.onAllNonDaemonDone()) return;
        // The callback may have started a thread (shutdown hooks): run it before idling. A
        // safepoint task queued while the loop was awaiting one must not wait for a wake-up.
        if (this.runQueue.length === 0 && this.safepointTasks.length === 0) {
          this.host.flush(); // output reaches its reader before the VM waits
          await this.idle();
        }
        this.wakeTimed(this.host.currentTimeMillis());
        this.lastYield = Date.now();
        continue;
      }
      if (t.state !== ThreadState.Runnable) continue;
      const r = slice(t);
      if (++this.slices === this.onSlice?.atSlice) this.onSlice.run();
      if (r === RunResult.Exit || this.exiting) return;
      if (r === RunResult.Yielded) this.runQueue.push(t);
      else if (r === RunResult.Terminated) {
        t.state = ThreadState.Terminated;
        this.onTerminated(t);
      }
      const now = Date.now();
      if (now - this.lastYield >= YIELD_INTERVAL_MS) {
        // Buffered standard output goes out at most one yield interval late, in few system calls.
        this.host.flush();
        await this.host.yieldToEventLoop();
        this.wakeTimed(this.host.currentTimeMillis());
        this.lastYield = Date.now();
      } else if (this.hasTimed()) {
        this.wakeTimed(this.host.currentTimeMillis());
      }
    }
  }

  private hasTimed(): boolean {
    for (const t of this.threads) if (t.deadline !== 0) return true;
    return false;
  }

  /** Prints every thread's state and frames to stderr (deadlock diagnostics under TERN_DEBUG). */
  private dumpThreads(): void {
    const lines = ['[tern] no runnable thread and nothing pending:'];
    for (const t of this.threads) {
      lines.push(`  thread ${t.debugName} state=${t.state} blockedOn=${t.blockedOn}`);
      for (let i = t.depth - 1; i >= 0; i--) {
        const f = t.frames[i]!;
        lines.push(`    ${f.method.owner.name}.${f.method.name}${f.method.descriptor} pc=${f.pc}`);
      }
    }
    this.host.write(2, new TextEncoder().encode(lines.join('\n') + '\n'));
    this.host.flush();
  }

  /** Nothing runnable: sleep until the earliest deadline or until something wakes a thread. */
  private async idle(): Promise<void> {
    let earliest = Infinity;
    for (const t of this.threads) if (t.deadline !== 0 && t.deadline < earliest) earliest = t.deadline;
    const woken = new Promise<void>((r) => (this.wakeUp = r));
    if (earliest === Infinity) {
      if (!this.resident && this.pendingIo === 0 && !this.threads.some((t) => t.state === ThreadState.WaitingForIo)) {
        // Every live thread waits on something no one can signal: a deadlock. Like HotSpot, hang
        // (a long timer keeps the process alive) while the host can still act (exit, signals).
        if (this.host.getenv('TERN_DEBUG')) this.dumpThreads();
        earliest = this.host.currentTimeMillis() + 0x7fffffff;
      } else {
        await woken;
        return;
      }
    }
    const delay = Math.max(0, earliest - this.host.currentTimeMillis());
    const timer = this.host.sleep(delay);
    await Promise.race([woken, timer.done]);
    timer.cancel();
    this.wakeUp = null;
  }
}
