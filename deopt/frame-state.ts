/**
 * @fileoverview Frame states of compiled code (docs/deopt.md): for every pc where a compiled
 * method can stop, the slots that hold values there, each with its kind (src/analysis), in the
 * order compiled code writes them to an unwind record. The compiler (jit/compiler.ts) fills the
 * table while it emits the deopt exits; the deoptimizer (deopt/unwind.ts) reads records with it.
 */

/** Why compiled code deoptimized (the high half of a record's second word). */
export const enum DeoptReason {
  /** A safepoint poll found a request pending (thread switch, safepoint task, event loop, -XX:+DeoptimizeALot). */
  Poll = 1,
  /**
   * An instruction throws (null, bounds, division by zero, cast, store, athrow) and no compiled
   * frame caught it (or its creation needed the frames unwound): the interpreter throws.
   */
  Throw = 2,
  /** An instruction was not yet resolved by the interpreter when the method was compiled (uncommon trap). */
  Unresolved = 3,
  /** A call to a method without compiled code: the interpreter makes the call. */
  NotCompiled = 4,
  /** A callee deoptimized: this frame unwinds at its invoke. */
  Caller = 5,
  /** The compiled-call depth limit was reached at method entry. */
  Depth = 6,
  /** An allocation did not fit without a collection (or its size was negative): the interpreter allocates or throws. */
  Allocation = 7,
  /** The code was invalidated (a class-hierarchy assumption broke): its table entry deoptimizes at entry. */
  Invalidated = 8,
  /**
   * A branch the interpreter's profile never saw taken (or never saw fall through) went that way:
   * an uncommon trap at the branch, which the interpreter re-executes (HotSpot's `unstable_if`).
   */
  UnstableIf = 9,
  /**
   * A monitor compiled code cannot take without waiting (owned by another thread: `monitorenter`,
   * or a synchronized method's entry) or an `Object.wait` call: the interpreter blocks or parks.
   */
  Monitor = 10,
  /**
   * A class-initialization barrier: the instruction's class was not initialized yet (or its ldc
   * constant not created yet) when the code ran. The interpreter initializes it; the code stays.
   */
  InitBarrier = 12,
}

/**
 * Flag in a record's second word: the frame is a synchronized method stopped at its entry before
 * taking its lock (docs/deopt.md "Monitors"); the deoptimizer enters the monitor for it.
 */
export const LOCK_PENDING = 0x8000;
/** Mask of the pc in a record's second word. */
export const PC_MASK = 0x7fff;

export const DEOPT_REASON_NAMES: Record<number, string> = {
  1: 'poll', 2: 'throw', 3: 'unresolved', 4: 'not-compiled', 5: 'caller', 6: 'depth', 7: 'allocation', 8: 'invalidated',
  9: 'unstable-if', 10: 'monitor', 12: 'init-barrier',
};

/**
 * Frame states of one compiled method by pc: `[slot, kind, slot, kind, ...]` (`slot` counts from
 * local 0, operand-stack slots after the locals; `kind` a SlotKind of a value: Int, Float, Long,
 * Double or Ref). The value of entry `i` is at byte `8 + 8 * i` of the record.
 */
export class FrameStateTable {
  private readonly byPc = new Map<number, Int32Array>();

  /** The state at `pc`, computed once. */
  at(pc: number, compute: () => Int32Array): Int32Array {
    let s = this.byPc.get(pc);
    if (s === undefined) {
      s = compute();
      this.byPc.set(pc, s);
    }
    return s;
  }

  /** The state at `pc`; throws when compiled code has no deopt point there. */
  get(pc: number): Int32Array {
    const s = this.byPc.get(pc);
    if (s === undefined) throw new Error(`no frame state at pc ${pc}`);
    return s;
  }

  /** The pcs with a frame state (the deopt trace lists them). */
  pcs(): IterableIterator<number> {
    return this.byPc.keys();
  }

  /** Whether compiled code has a deopt point at `pc`. */
  has(pc: number): boolean {
    return this.byPc.has(pc);
  }

  /** Number of pcs with a frame state. */
  get size(): number {
    return this.byPc.size;
  }
}

/** Bytes of an unwind record with `entries` slot/kind pairs (entries.length / 2 values). */
export function recordBytes(state: Int32Array): number {
  return 8 + 4 * state.length;
}
