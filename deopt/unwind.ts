/**
 * @fileoverview Deoptimization by unwinding (DESIGN "JIT and deoptimization", docs/deopt.md).
 * Compiled frames that stop write one record each to the unwind buffer in linear memory, the
 * innermost first, and return; this module turns the records into interpreter frames, outermost
 * first, exactly as the interpreter would have them at those pcs. The interpreter then continues
 * at the top frame's pc. Nothing else ever sees a compiled frame.
 *
 * Record layout (little-endian, 8-byte aligned):
 * ```
 *  +0  i32  compiled-method id
 *  +4  i32  pc | lock pending (0x8000) | reason << 16
 *  +8  8 bytes per value of the frame state at pc (i32 / f32 / i64 / f64 by kind), in table order
 * ```
 */
import { SlotKind } from '../src/analysis/index.js';
import type { Prepared } from '../src/interp/prepared.js';
import { JavaThrow } from '../src/runtime/errors.js';
import { FrameKind, type Frame } from '../src/threads/frame.js';
import type { JavaThread } from '../src/threads/java-thread.js';
import { LOCK_PENDING, PC_MASK, recordBytes, type DeoptReason, type FrameStateTable } from './frame-state.js';

/** What the deoptimizer needs to know of a compiled method. */
export interface DeoptTarget {
  readonly P: Prepared;
  readonly states: FrameStateTable;
}

/** One decoded record. */
export interface DeoptRecord {
  readonly target: DeoptTarget;
  readonly pc: number;
  readonly reason: DeoptReason;
  /**
   * A synchronized method stopped at its entry before it took its lock (only ever the innermost
   * record): the rebuilt frame must enter the monitor before it runs (docs/deopt.md "Monitors").
   */
  readonly lockPending: boolean;
  /** Byte address of the record. */
  readonly at: number;
}

/** Heap views the values are read through. */
export interface MemoryViews {
  readonly i32: Int32Array;
  readonly f32: Float32Array;
  readonly f64: Float64Array;
}

/** Decodes the records in [start, end), innermost first. */
export function readRecords(mem: MemoryViews, start: number, end: number, lookup: (id: number) => DeoptTarget): DeoptRecord[] {
  const out: DeoptRecord[] = [];
  for (let p = start; p < end;) {
    const target = lookup(mem.i32[p >> 2]!);
    const w = mem.i32[(p >> 2) + 1]!;
    const pc = w & PC_MASK;
    out.push({ target, pc, reason: (w >>> 16) as DeoptReason, lockPending: (w & LOCK_PENDING) !== 0, at: p });
    p += recordBytes(target.states.get(pc));
  }
  return out;
}

/**
 * Rebuilds interpreter frames for `records` on `t`. The outermost record describes either a call
 * the interpreter made (`osrFrame` null: a new frame whose locals start at `base`, where the caller
 * put the arguments) or the interpreter frame that entered compiled code by OSR (`osrFrame`, updated
 * in place). Each further record is a callee whose arguments sit at the end of its caller's stack.
 * Returns the number of frames pushed.
 */
export function rebuildFrames(t: JavaThread, mem: MemoryViews, records: readonly DeoptRecord[], base: number, osrFrame: Frame | null): number {
  const s = t.stack;
  let caller: Frame | null = null;
  let pushed = 0;
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i]!;
    const P = r.target.P;
    let f: Frame;
    if (caller === null && osrFrame !== null) f = osrFrame;
    else {
      const lp = caller === null ? base : caller.sp;
      if (!t.pushFrame(P.method, lp, FrameKind.Normal)) throw new JavaThrow('java/lang/StackOverflowError');
      pushed++;
      f = t.top;
    }
    writeSlots(s, f.lp, mem, r);
    f.pc = r.pc;
    f.sp = f.lp + P.stackOffset + P.depth[r.pc]!;
    // A caller waits at its invoke; its sp excludes the arguments, which became the callee's locals.
    if (i > 0) f.sp -= records[i - 1]!.target.P.method.argSlots;
    caller = f;
  }
  return pushed;
}

/** Writes a record's values into the slots of the frame whose local 0 is at `lp` (docs/frame-layout.md encoding). */
function writeSlots(s: Float64Array, lp: number, mem: MemoryViews, r: DeoptRecord): void {
  const state = r.target.states.get(r.pc);
  for (let i = 0; i < state.length; i += 2) {
    const at = lp + state[i]!, addr = r.at + 8 + 4 * i;
    switch (state[i + 1]) {
      case SlotKind.Float: s[at] = mem.f32[addr >> 2]!; break;
      case SlotKind.Long: s[at] = mem.i32[addr >> 2]!; s[at + 1] = mem.i32[(addr >> 2) + 1]!; break;
      case SlotKind.Double: s[at] = mem.f64[addr >> 3]!; s[at + 1] = 0; break;
      default: s[at] = mem.i32[addr >> 2]!; // int, reference
    }
  }
}
