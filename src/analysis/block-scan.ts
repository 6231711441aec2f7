/**
 * @fileoverview What the two ways of computing block entry states share (`inference.ts` without
 * a StackMapTable, `stack-map.ts` with one): the per-method context, the result shape, the walk
 * over the instructions of one block, and the states at method entry and at exception handlers.
 * `frames.ts` also uses the block walk to expand a block into per-pc kinds on demand.
 */
import type { CodeAttribute, MethodInfo } from '../classfile/types.js';
import type { BasicBlock, ControlFlowGraph } from './cfg.js';
import { FrameState } from './frame-state.js';
import { SlotKind } from './slot-kind.js';
import { entryLocals, type Transfer } from './transfer.js';
import type { Fail } from './verify-error.js';

/** Everything the drivers share for one method. */
export interface Context {
  readonly code: CodeAttribute;
  readonly cfg: ControlFlowGraph;
  readonly fail: Fail;
  readonly transfer: Transfer;
  readonly subroutineOf: ReadonlyMap<number, number>;
  readonly initial: FrameState;
}

/** What a driver found. */
export interface FlowResult {
  /** Entry state of each block, null for unreachable blocks. */
  readonly entries: ReadonlyArray<FrameState | null>;
  /** Stack depth before each instruction (by instruction index), -1 when unreachable. */
  readonly depth: Int32Array;
  /** StackMapTable states by pc, when they were used (they replace the flowing state mid-block too). */
  readonly pinned: ReadonlyMap<number, FrameState> | null;
  /** For each `ret` pc, the pcs it returns to. */
  readonly retSuccessors: ReadonlyMap<number, readonly number[]>;
}

/** State at method entry: receiver and parameters in locals, empty stack (JVMS §2.6.1). */
export function initialState(method: MethodInfo, code: CodeAttribute, fail: Fail): FrameState {
  const state = new FrameState(code.maxLocals, code.maxStack);
  const kinds = entryLocals(method, fail);
  if (kinds.length > code.maxLocals) fail(-1, 'Arguments can\'t fit into locals', `${kinds.length} argument slots, max_locals ${code.maxLocals}`);
  state.locals.set(kinds);
  return state;
}

/**
 * Walks the instructions of `block` from `state` (the entry state; transformed in place into the
 * state after the last instruction), calling `before` with the state before each one. At a pc with
 * a pinned StackMapTable frame, `atFrame` sees the flowing state first, then the frame replaces it.
 */
export function scanBlock(
  cfg: ControlFlowGraph,
  transfer: Transfer,
  block: BasicBlock,
  state: FrameState,
  pinned: ReadonlyMap<number, FrameState> | null,
  before: (pc: number, index: number, state: FrameState) => void,
  atFrame?: (pc: number, incoming: FrameState, frame: FrameState) => void,
): void {
  const { starts, indexOfPc } = cfg.instructions;
  const first = indexOfPc[block.startPc]!;
  const last = indexOfPc[block.lastPc]!;
  for (let i = first; i <= last; i++) {
    const pc = starts[i]!;
    if (pinned !== null && i !== first) {
      const frame = pinned.get(pc);
      if (frame !== undefined) {
        atFrame?.(pc, state, frame);
        state.copyFrom(frame);
      }
    }
    before(pc, i, state);
    transfer.step(state, pc);
  }
}

/** The state an exception handler starts with: the locals of `state`, and the exception on the stack (JVMS §2.10). */
export function handlerState(state: FrameState, into: FrameState): FrameState {
  into.copyFrom(state);
  into.sp = 1;
  into.stack[0] = SlotKind.Ref;
  return into;
}
