/**
 * @fileoverview The small interface through which a compiler tier (the JIT in `jit/`, with
 * `deopt/`) plugs into the interpreter (DESIGN "Layers": interp knows nothing of jit). The
 * interpreter keeps two countdowns per method in its `Prepared` data: `hot` (decremented at every
 * call of the method from bytecode) and `loops` (decremented at every taken backward branch). When
 * one reaches zero the loop calls the installed {@link Tiering}; with none installed (`-Xint`) the
 * countdowns start so high they practically never run out. That decrement-and-test is the whole
 * cost of tiering on the interpreter's fast path.
 */
import type { JavaThread } from '../threads/java-thread.js';
import type { Frame } from '../threads/frame.js';
import type { Prepared } from './prepared.js';
import type { RtClass } from '../runtime/model.js';

/** What the interpreter does after a {@link Tiering} call. */
export const enum TierResult {
  /** Nothing was run: interpret as usual (push the frame / continue the loop). */
  Interpret = 0,
  /**
   * The call (or, after OSR, the whole frame) ran to completion in compiled code. For a call the
   * result is in the slots where the arguments started; after OSR it is in the frame's first
   * operand-stack slots and the interpreter performs the return.
   */
  Returned = 1,
  /** Compiled code was deoptimized: interpreter frames were rebuilt; continue at the top frame. */
  Deopted = 2,
  /** Like Deopted, and the scheduler asked for the thread to stop (switch, safepoint, event loop). */
  DeoptedYield = 3,
  /**
   * Like Deopted, and the thread is now blocked (queued on a monitor its rebuilt top frame must
   * enter, jit/runtime.ts): the interpreter returns Blocked; the thread resumes at that frame.
   */
  DeoptedBlocked = 4,
  /**
   * Like Deopted, and the VM is exiting: an interpreter run of the JIT's adapter under the
   * compiled frames reached System.exit (jit/runtime.ts); the interpreter returns Exit.
   */
  DeoptedExit = 5,
}

/** A compiler tier, installed per VM with {@link installTiering}. */
export interface Tiering {
  /** Invocation countdown given to a newly prepared method. */
  readonly invokeThreshold: number;
  /** Back-edge countdown given to a newly prepared method. */
  readonly loopThreshold: number;
  /**
   * `P.hot` ran out at a call from bytecode: the callee's arguments are in `t.stack` from `base`
   * (the caller's `sp` is already `base`). Compiles and/or runs the callee's compiled code, or
   * resets the countdown and returns Interpret.
   */
  invoke(t: JavaThread, P: Prepared, base: number): TierResult;
  /**
   * `P.loops` ran out at a backward branch of the running frame `f`, whose pc and sp are written
   * back (pc = the branch target). May continue the frame in compiled code (on-stack replacement).
   */
  loop(t: JavaThread, f: Frame, P: Prepared): TierResult;
}

/** Countdown that practically never runs out (no tier installed). */
export const NEVER = 0x3fffffff;

/** Who is told, per VM, when a class becomes initialized (the JIT's class-initialization barriers). */
const initListeners = new WeakMap<object, (cls: RtClass) => void>();

/** Makes `fn` hear of every class of `vm` that becomes initialized from now on. */
export function onClassInitialized(vm: object, fn: (cls: RtClass) => void): void {
  initListeners.set(vm, fn);
}

/** `cls` (of `vm`) just became initialized (linkage.ts, unwind.ts). */
export function classInitialized(vm: object, cls: RtClass): void {
  initListeners.get(vm)?.(cls);
}
