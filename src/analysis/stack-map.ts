/**
 * @fileoverview Block entry states from StackMapTable frames (JVMS §4.7.4, §4.10.1): frames as
 * analysis states, the assignability check between the state the code produces and the frame
 * recorded for a branch target or handler, and the one pass in pc order that uses them. Verification types collapse to slot kinds: every reference type, `null` and the
 * uninitialized types are `Ref`; `top` is `Unusable`. A frame that contradicts the code (a
 * reference where the code has an int, a different stack height) is a VerifyError: trusting it
 * would let the GC treat an int as an address.
 */
import type { StackMapFrame, VerificationType } from '../classfile/types.js';
import { scanBlock, type Context, type FlowResult } from './block-scan.js';
import { FrameState, internalKindName } from './frame-state.js';
import { Flow, branchTargets, type InstructionIndex } from './instructions.js';
import { SlotKind, isWideFirst, secondHalfOf } from './slot-kind.js';
import type { Fail } from './verify-error.js';

/** Slot kind of a verification type (for long/double, the kind of the first slot). */
function kindOf(type: VerificationType): SlotKind {
  switch (type.kind) {
    case 'top':
      return SlotKind.Unusable;
    case 'int':
      return SlotKind.Int;
    case 'float':
      return SlotKind.Float;
    case 'long':
      return SlotKind.Long;
    case 'double':
      return SlotKind.Double;
    default:
      return SlotKind.Ref; // null, uninitializedThis, object, uninitialized(offset)
  }
}

/** Writes `types` into `slots` (long/double take two slots); returns the slot count, or -1 when they do not fit. */
function expand(types: readonly VerificationType[], slots: Uint16Array): number {
  let n = 0;
  for (const type of types) {
    const kind = kindOf(type);
    const size = isWideFirst(kind) ? 2 : 1;
    if (n + size > slots.length) return -1;
    slots[n++] = kind;
    if (size === 2) slots[n++] = secondHalfOf(kind);
  }
  return n;
}

/**
 * The StackMapTable frames of a method as states keyed by pc. Fails when a frame is not at an
 * instruction start or does not fit max_locals / max_stack.
 */
export function stackMapStates(
  frames: readonly StackMapFrame[],
  instructions: InstructionIndex,
  maxLocals: number,
  maxStack: number,
  fail: Fail,
): Map<number, FrameState> {
  const states = new Map<number, FrameState>();
  for (const frame of frames) {
    if (frame.pc < 0 || frame.pc >= instructions.indexOfPc.length || instructions.indexOfPc[frame.pc]! < 0) {
      fail(-1, 'StackMapTable error', `frame at offset ${frame.pc} is not at the start of an instruction`);
    }
    const state = new FrameState(maxLocals, maxStack);
    if (expand(frame.locals, state.locals) < 0) fail(frame.pc, 'StackMapTable error', `frame locals do not fit max_locals ${maxLocals}`);
    const sp = expand(frame.stack, state.stack);
    if (sp < 0) fail(frame.pc, 'StackMapTable error', `frame stack does not fit max_stack ${maxStack}`);
    state.sp = sp;
    states.set(frame.pc, state);
  }
  return states;
}

/**
 * Checks that the state `current` (flowing out of the instruction at `fromPc`) may enter the
 * frame `target` recorded at `targetPc`: same stack height, and every slot the frame types has
 * the same kind in `current` (a `top` slot in the frame accepts anything). For exception
 * handlers only the locals are compared (the handler's stack is the exception).
 */
export function checkAssignable(
  current: FrameState,
  target: FrameState,
  fromPc: number,
  targetPc: number,
  handler: boolean,
  fail: Fail,
): void {
  const headline = handler
    ? `Stack map does not match the one at exception handler ${targetPc}`
    : `Inconsistent stackmap frames at branch target ${targetPc}`;
  const compare = (have: Uint16Array, want: Uint16Array, count: number, area: string): void => {
    for (let i = 0; i < count; i++) {
      if (want[i] !== SlotKind.Unusable && want[i] !== have[i]) {
        fail(
          fromPc,
          headline,
          `Type ${internalKindName(have[i]!)} (current frame, ${area}[${i}]) is not assignable to ${internalKindName(want[i]!)} (stack map, ${area}[${i}])`,
        );
      }
    }
  };
  compare(current.locals, target.locals, target.locals.length, 'locals');
  if (handler) return;
  if (current.sp !== target.sp) fail(fromPc, headline, "Current frame's stack size doesn't match stackmap.");
  compare(current.stack, target.stack, target.sp, 'stack');
}

/** One pass in pc order using the StackMapTable frames, checking the code against them (JVMS §4.10.1). */
export function runWithStackMap(context: Context, frames: readonly StackMapFrame[]): FlowResult {
  const { cfg, code, fail } = context;
  const blocks = cfg.blocks;
  const pinned = stackMapStates(frames, cfg.instructions, code.maxLocals, code.maxStack, fail);
  const entries: Array<FrameState | null> = new Array<FrameState | null>(blocks.length).fill(null);
  const depth = new Int32Array(cfg.instructions.starts.length).fill(-1);
  const frameAt = (fromPc: number, targetPc: number): FrameState =>
    pinned.get(targetPc) ?? fail(fromPc, `Expecting a stackmap frame at branch target ${targetPc}`, 'No stackmap frame recorded for this target.');
  const handlerFrames = code.exceptionTable.map((row) => row.handlerPc);
  const state = new FrameState(code.maxLocals, code.maxStack);
  let fallsThrough = false; // whether `state` holds a state flowing into the next block
  for (const block of blocks) {
    if (!block.reachable) {
      fallsThrough = false;
      continue;
    }
    const incoming = block.index === 0 ? context.initial : fallsThrough ? state : null;
    const frame = pinned.get(block.startPc);
    if (frame !== undefined) {
      if (incoming !== null) checkAssignable(incoming, frame, block.index === 0 ? 0 : blocks[block.index - 1]!.lastPc, block.startPc, false, fail);
      state.copyFrom(frame);
    } else if (incoming === null) {
      fail(block.startPc, `Expecting a stackmap frame at branch target ${block.startPc}`, 'No stackmap frame recorded for this target.');
    } else if (incoming !== state) {
      state.copyFrom(incoming);
    }
    entries[block.index] = state.clone();
    scanBlock(
      cfg,
      context.transfer,
      block,
      state,
      pinned,
      (pc, index, before) => {
        depth[index] = before.sp;
        if (block.exceptionEdges.length === 0 || !before.localsDirty) return;
        before.localsDirty = false;
        for (const edge of block.exceptionEdges) {
          const handlerPc = handlerFrames[edge.row]!;
          const target = frameAt(pc, handlerPc);
          if (target.sp !== 1 || target.stack[0] !== SlotKind.Ref) {
            fail(handlerPc, 'Bad exception handler frame', 'the stack map at an exception handler must hold exactly one reference');
          }
          checkAssignable(before, target, pc, handlerPc, true, fail);
        }
      },
      (pc, flowing, target) => checkAssignable(flowing, target, pc, pc, false, fail),
    );
    for (const target of branchTargets(code.code, block.lastPc)) checkAssignable(state, frameAt(block.lastPc, target), block.lastPc, target, false, fail);
    fallsThrough = block.flow === Flow.Next || block.flow === Flow.Branch;
    if (fallsThrough && block.fallsOffEnd) fail(block.lastPc, 'Falling off the end of the code', 'control continues past the last instruction');
  }
  return { entries, depth, pinned, retSuccessors: new Map() };
}
