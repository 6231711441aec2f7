/**
 * @fileoverview Java monitors (JVMS §2.11.10, JLS §17.1–17.2): ownership with recursion counts,
 * entry queues and wait sets. A monitor is created ("inflated") the first time an object is
 * locked or waited on; its id lives in the object's status word (docs/heap-layout.md). Ownership
 * is handed off in FIFO order when released, which keeps runs deterministic.
 */
import type { Heap, Ref } from '../heap/index.js';
import { JavaThrow } from '../runtime/errors.js';
import { JavaThread, ThreadState } from './java-thread.js';

/** The lock state of one object. */
export class Monitor {
  owner: JavaThread | null = null;
  count = 0;
  readonly entryQueue: JavaThread[] = [];
  readonly waitSet: JavaThread[] = [];
  /** A notifyAll by the VM that waits for the owner to release the monitor (see notifyAllUnowned). */
  notifyAllOnRelease = false;
  constructor(
    readonly id: number,
    /** The object (updated when the GC moves it). */
    public object: Ref,
    /** The identity hash the object had when the monitor was inflated (0 = none yet). */
    public hash: number,
  ) {}
}

/** Wakes threads: implemented by the scheduler. */
export interface Waker {
  makeRunnable(t: JavaThread): void;
}

/** All inflated monitors of one VM. */
export class Monitors {
  private readonly table: Array<Monitor | undefined> = [undefined];
  private readonly free: number[] = [];

  constructor(private readonly heap: Heap, private readonly waker: Waker) {}

  /** The monitor of `obj`, inflating it if needed. */
  of(obj: Ref): Monitor {
    const word = this.heap.i32[(obj + 4) >> 2]!;
    if (word & 1) return this.table[word >>> 1]!;
    const id = this.free.pop() ?? this.table.length;
    const m = new Monitor(id, obj, word >>> 1);
    this.table[id] = m;
    this.heap.i32[(obj + 4) >> 2] = (id << 1) | 1;
    return m;
  }

  /** The monitor of `obj` if it has one. */
  peek(obj: Ref): Monitor | undefined {
    const word = this.heap.i32[(obj + 4) >> 2]!;
    return word & 1 ? this.table[word >>> 1] : undefined;
  }

  /** Monitor by id (for identity hashes of inflated objects). */
  byId(id: number): Monitor | undefined {
    return this.table[id];
  }

  /** Every live monitor (checkpoint, diagnostics). */
  all(): Monitor[] {
    return this.table.filter((m): m is Monitor => m !== undefined);
  }

  /** Tries to enter; when the monitor is taken, queues `t` (state BlockedOnMonitor) and returns false. */
  enter(t: JavaThread, obj: Ref): boolean {
    const m = this.of(obj);
    if (m.owner === null) {
      m.owner = t;
      m.count = 1;
      return true;
    }
    if (m.owner === t) {
      m.count++;
      return true;
    }
    t.state = ThreadState.BlockedOnMonitor;
    t.blockedOn = obj;
    t.savedLockCount = 1;
    m.entryQueue.push(t);
    return false;
  }

  /**
   * Enters only when that needs no waiting (free, or already owned by `t`: recursion); false,
   * with nothing changed, otherwise. Compiled code's fast path (jit/runtime.ts): it cannot park,
   * so on false it deoptimizes and the interpreter's {@link enter} queues the thread.
   */
  tryEnter(t: JavaThread, obj: Ref): boolean {
    const m = this.of(obj);
    if (m.owner === t) {
      m.count++;
      return true;
    }
    if (m.owner !== null) return false;
    m.owner = t;
    m.count = 1;
    return true;
  }

  /** Exits once when `t` owns `obj`'s monitor (true); false, with nothing changed, otherwise. */
  tryExit(t: JavaThread, obj: Ref): boolean {
    const m = this.peek(obj);
    if (!m || m.owner !== t) return false;
    if (--m.count === 0) this.handOff(m);
    return true;
  }

  /** Exits once; throws IllegalMonitorStateException when `t` is not the owner. */
  exit(t: JavaThread, obj: Ref): void {
    const m = this.peek(obj);
    if (!m || m.owner !== t) throw new JavaThrow('java/lang/IllegalMonitorStateException', 'current thread is not owner');
    if (--m.count === 0) this.handOff(m);
  }

  /** Whether `t` owns `obj`'s monitor. */
  holds(t: JavaThread, obj: Ref): boolean {
    return this.peek(obj)?.owner === t;
  }

  /** Gives a free monitor to the first queued thread. */
  private handOff(m: Monitor): void {
    m.owner = null;
    if (m.notifyAllOnRelease) {
      m.notifyAllOnRelease = false;
      for (let w = m.waitSet.shift(); w; w = m.waitSet.shift()) this.requeue(m, w);
      if (m.owner !== null) return; // a woken waiter took the free monitor
    }
    const next = m.entryQueue.shift();
    if (!next) return;
    m.owner = next;
    m.count = next.savedLockCount;
    next.blockedOn = 0;
    this.waker.makeRunnable(next);
  }

  /**
   * Object.wait: releases the monitor completely and parks `t` in the wait set until notified,
   * interrupted or past `deadline` (0 = none). The caller has checked ownership and interrupts.
   */
  wait(t: JavaThread, obj: Ref, deadline: number): void {
    const m = this.peek(obj);
    if (!m || m.owner !== t) throw new JavaThrow('java/lang/IllegalMonitorStateException', 'current thread is not owner');
    t.savedLockCount = m.count;
    t.state = ThreadState.Waiting;
    t.blockedOn = obj;
    t.deadline = deadline;
    m.waitSet.push(t);
    this.handOff(m);
  }

  /** Object.notify / notifyAll: moves waiters to the entry queue. */
  notify(t: JavaThread, obj: Ref, all: boolean): void {
    const m = this.peek(obj);
    if (!m || m.owner !== t) throw new JavaThrow('java/lang/IllegalMonitorStateException', 'current thread is not owner');
    do {
      const w = m.waitSet.shift();
      if (!w) break;
      this.requeue(m, w);
    } while (all);
  }

  /**
   * The VM's notifyAll when a thread ends (Thread.join waits on the Thread object). Like HotSpot,
   * which locks the object first, it happens only once no thread owns the monitor: a joiner
   * between its isAlive() check and its wait() holds it, and must not miss the wake-up.
   */
  notifyAllUnowned(obj: Ref): void {
    const m = this.peek(obj);
    if (!m) return;
    if (m.owner !== null) {
      m.notifyAllOnRelease = true;
      return;
    }
    for (let w = m.waitSet.shift(); w; w = m.waitSet.shift()) this.requeue(m, w);
  }

  /** A waiter woken by timeout or interrupt: leaves the wait set and competes for the monitor. */
  wakeWaiter(t: JavaThread): void {
    const m = this.peek(t.blockedOn);
    if (!m) return;
    const i = m.waitSet.indexOf(t);
    if (i < 0) return;
    m.waitSet.splice(i, 1);
    this.requeue(m, t);
  }

  private requeue(m: Monitor, w: JavaThread): void {
    w.deadline = 0;
    if (m.owner === null) {
      m.owner = w;
      m.count = w.savedLockCount;
      w.blockedOn = 0;
      this.waker.makeRunnable(w);
    } else {
      w.state = ThreadState.BlockedOnMonitor;
      m.entryQueue.push(w);
    }
  }

  /** After a GC: follows moved objects and drops monitors of dead, unowned objects. */
  afterGc(forward: (old: Ref) => Ref): void {
    for (const m of this.table) {
      if (!m) continue;
      const to = forward(m.object);
      if (to === 0) {
        if (m.owner === null && m.waitSet.length === 0 && m.entryQueue.length === 0) {
          this.table[m.id] = undefined;
          this.free.push(m.id);
        }
        continue;
      }
      m.object = to;
    }
  }

  /** Releases every monitor `t` still owns (thread death with monitors held by broken code). */
  releaseAll(t: JavaThread): void {
    for (const m of this.table) if (m && m.owner === t) { m.count = 0; this.handOff(m); }
  }
}
