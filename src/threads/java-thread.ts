/**
 * @fileoverview A Java thread: its slot stack, frames, scheduling state, and what it is parked
 * on. Every parked state is plain data (which object, which deadline) so that it can be captured
 * and restored (DESIGN "Threads").
 */
import type { Ref } from '../heap/index.js';
import type { RtClass, ValueKind } from '../runtime/model.js';
import { Frame, FrameKind } from './frame.js';
import type { RtMethod } from '../runtime/model.js';

/** Scheduling states. */
export const enum ThreadState {
  /** Created by Thread.start0 or the launcher; may run. */
  Runnable = 0,
  /** Waiting to enter a monitor (hand-off on exit makes it the owner). */
  BlockedOnMonitor = 1,
  /** In Object.wait, possibly timed. */
  Waiting = 2,
  /** In Thread.sleep. */
  Sleeping = 3,
  /** In LockSupport.park, possibly timed. */
  Parked = 4,
  /** Waiting for another thread to finish initializing a class. */
  WaitingForClassInit = 5,
  /** Waiting for host I/O (stdin, files, sockets). */
  WaitingForIo = 6,
  Terminated = 7,
}

/** A green thread. */
export class JavaThread {
  /** Locals and operand stacks of all frames; see docs/core-decisions.md for the value encoding. */
  readonly stack: Float64Array;
  /** Frame pool; frames[0 .. depth-1] are live, frames[depth-1] runs. */
  readonly frames: Frame[] = [];
  depth = 0;
  state = ThreadState.Runnable;
  /** The java.lang.Thread object (a GC root). */
  threadObject: Ref = 0;
  /** Interrupt status. */
  interrupted = false;
  daemon = false;
  /** Absolute deadline (ms, host clock) for timed waits/sleeps/parks, or 0. */
  deadline = 0;
  /** Object whose monitor the thread waits to enter or waits on (a GC root). */
  blockedOn: Ref = 0;
  /** Recursion count to restore when a waiting thread re-acquires its monitor. */
  savedLockCount = 0;
  /** Class whose initialization this thread waits for. */
  waitingForClass: RtClass | null = null;
  /** LockSupport permit. */
  parkPermit = false;
  /**
   * Set while the thread is suspended in a native method: on resumption the invoke at the top
   * frame's pc completes with `resumeValue` (of `resumeKind`) or throws `resumeException`.
   */
  inNative = false;
  resumeKind: ValueKind | null = null;
  resumeValue: number | bigint = 0;
  /** A Java exception (GC root) or a class name + message to throw on resumption. */
  resumeException: Ref = 0;
  resumeThrow: { javaClass: string; message: string | null } | null = null;
  /** The native method the thread is suspended in (while `inNative`). */
  nativeMethod: RtMethod | null = null;
  /**
   * Frame limit. A frame with no locals and an empty stack at a call takes no slots, so slots
   * alone do not bound recursion; like HotSpot's fixed per-frame overhead, every frame also counts
   * against -Xss (one frame per 8 slots).
   */
  readonly maxFrames: number;
  /**
   * The limits {@link pushFrame} checks: the slot stack's length and {@link maxFrames}, lowered
   * while compiled frames (which take no slots until they unwind) sit below an interpreter run of
   * the JIT's adapter, by an upper bound of what their interpreter frames will take (docs/deopt.md
   * "Calls into the interpreter": StackOverflowError stays exactly the interpreter's).
   */
  slotLimit: number;
  frameLimit: number;
  /** An exception that left a {@link FrameKind.Adapter} frame, for the compiled caller (a GC root until taken). */
  adapterException: Ref = 0;
  /**
   * A JS-side exception signal (errors.ts JavaThrow) raised under compiled callers, whose Java
   * exception can only be created (its stack trace filled in) once they unwound: the JIT throws
   * it at the top frame then (docs/deopt.md "Calls into the interpreter"). Its side effects (a
   * native that cleared the interrupt flag) must not run twice, so the instruction is not re-executed.
   */
  pendingThrow: unknown = null;
  /** Set while Thread.dispatchUncaughtException runs, so a second uncaught exception just ends the thread. */
  dispatchingUncaught = false;

  constructor(
    readonly id: number,
    stackSlots: number,
    /** Name for VM diagnostics before the Thread object has one. */
    public debugName: string,
  ) {
    this.stack = new Float64Array(stackSlots);
    this.maxFrames = Math.max(64, stackSlots >> 3);
    this.slotLimit = stackSlots;
    this.frameLimit = this.maxFrames;
  }

  /** The running (top) frame. */
  get top(): Frame {
    return this.frames[this.depth - 1]!;
  }

  /**
   * Pushes a frame for `method` whose arguments are already in the slot stack at `lp`.
   * Returns false when the slot stack cannot hold it (the caller throws StackOverflowError).
   */
  pushFrame(method: RtMethod, lp: number, kind: FrameKind): boolean {
    const code = method.code!;
    const base = lp + code.maxLocals + (method.isSynchronized ? 1 : 0);
    if (base + code.maxStack + 2 > this.slotLimit || this.depth >= this.frameLimit) return false;
    let f = this.frames[this.depth];
    if (!f) {
      f = new Frame();
      this.frames.push(f);
    }
    f.method = method;
    f.pc = 0;
    f.lp = lp;
    f.sp = base;
    f.kind = kind;
    f.initClass = null;
    this.depth++;
    return true;
  }

  /** Slot index where a new frame pushed by the VM (not by an invoke) may put its arguments. */
  freeSlot(): number {
    return this.depth === 0 ? 0 : this.top.sp;
  }
}
