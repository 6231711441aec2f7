/**
 * @fileoverview What the compiler knows about the code it made, kept on the CompiledMethod for the
 * deopt trace (jit/trace-events.ts: CompileEvent `stops`, `inlined`, `assumptions`): every stop
 * point with its kind, the guard's reason and the inlined-caller chain, plus the methods inlined
 * and the class-hierarchy assumptions. The compiler fills it; the trace writer (jit/runtime.ts)
 * only reads it.
 */
import { DeoptReason } from '../deopt/frame-state.js';
import type { StopKind } from './trace-events.js';

/** One stop point of compiled code. */
export interface StopInfo {
  /** pc in the innermost (possibly inlined) method. */
  readonly pc: number;
  readonly kind: StopKind;
  /** Why the code stops there (`null check`, `class-hierarchy: ...`, ...). */
  readonly reason?: string;
  /** Inlined-caller chain, outermost first, each `method@pc`; empty when not inlined. */
  readonly inlinedFrom: readonly string[];
  /** Method owning the frame state (`pkg/C.m(desc)`), and the record id that the unwind record carries. */
  readonly method: string;
  readonly recordId: number;
  /**
   * The frame's slot 0 in the function's slot space: the state's entries (FrameStateTable of
   * `recordId` at `pc`, deopt/frame-state.ts) hold slot `v` of kind `k` in wasm local
   * `params + 4 * (slotBase + v) + t(k)` (t = 0 int/reference, 1 float, 2 long, 3 double).
   */
  readonly slotBase: number;
}

/** The trace's stop kind of a deopt exit. */
export function stopKind(reason: DeoptReason, pc: number, entry: boolean): StopKind {
  switch (reason) {
    case DeoptReason.Poll: return entry && pc === 0 ? 'entry-poll' : 'loop-poll';
    case DeoptReason.Depth: return 'entry-poll';
    case DeoptReason.Throw: return 'throw-check';
    case DeoptReason.Unresolved: return 'unresolved';
    case DeoptReason.Allocation: return 'allocation';
    case DeoptReason.NotCompiled: case DeoptReason.Caller: return 'call';
    default: return 'guard';
  }
}
