/**
 * @fileoverview The operand-stack depth before every instruction of a method, which register code
 * (register-code.ts) needs to address stack slots statically. The depth at each pc is the same on
 * every path (JVMS §4.10.1, §4.10.2.2), so one pass over the control flow finds it: far cheaper
 * than the full slot-kind analysis of src/analysis, which it falls back on for what a plain depth
 * walk cannot follow (jsr/ret subroutines) and to report malformed code.
 */
import { Op, OPCODES, instructionLength, readI16, readI32, readU16 } from '../classfile/opcodes.js';
import { CpTag } from '../classfile/types.js';
import { analyzeMethod } from '../analysis/frames.js';
import { BytecodeVerifyError } from '../analysis/verify-error.js';
import { methodDescriptorKinds } from '../analysis/descriptor-kinds.js';
import { SlotKind } from '../analysis/slot-kind.js';
import { JavaThrow } from '../runtime/errors.js';
import type { RtMethod } from '../runtime/model.js';

/** Marks a pc where no reachable instruction starts. */
export const NO_DEPTH = -1;

/** Thrown by the fast walk when it meets something it leaves to the full analysis. */
class NeedsFullAnalysis extends Error {}

/**
 * Depth (in slots) before each instruction of `m`, by pc; {@link NO_DEPTH} elsewhere. Throws a
 * JavaThrow VerifyError for code whose depths are inconsistent or out of bounds.
 */
export function operandDepths(m: RtMethod): Int32Array {
  try {
    return walkDepths(m);
  } catch (e) {
    if (!(e instanceof NeedsFullAnalysis)) throw e;
  }
  return depthsFromAnalysis(m);
}

/** Depths from src/analysis (subroutines, or code the fast walk rejects, to get the exact error). */
function depthsFromAnalysis(m: RtMethod): Int32Array {
  const code = m.code!.code;
  const depths = new Int32Array(code.length).fill(NO_DEPTH);
  try {
    const analysis = analyzeMethod(m.owner.file!, m.info);
    for (let pc = 0; pc < code.length; pc++) {
      if (analysis.isReachable(pc)) depths[pc] = analysis.stackDepthAt(pc);
    }
  } catch (e) {
    if (e instanceof BytecodeVerifyError) throw new JavaThrow('java/lang/VerifyError', e.message);
    throw e;
  }
  return depths;
}

/** The fast walk: a worklist of instructions whose entry depth is known. */
function walkDepths(m: RtMethod): Int32Array {
  const attr = m.code!;
  const code = attr.code;
  const cp = m.owner.file!.constantPool;
  const depths = new Int32Array(code.length).fill(NO_DEPTH);
  const work: number[] = [0];
  depths[0] = 0;
  // Handlers start with just the exception on the stack (JVMS §2.10).
  for (const h of attr.exceptionTable) {
    if (h.handlerPc >= code.length) throw new NeedsFullAnalysis();
    if (depths[h.handlerPc] === NO_DEPTH) { depths[h.handlerPc] = 1; work.push(h.handlerPc); }
    else if (depths[h.handlerPc] !== 1) throw new NeedsFullAnalysis();
  }
  const reach = (target: number, depth: number): void => {
    if (target < 0 || target >= code.length) throw new NeedsFullAnalysis();
    const known = depths[target]!;
    if (known === NO_DEPTH) { depths[target] = depth; work.push(target); }
    else if (known !== depth) throw new NeedsFullAnalysis();
  };
  while (work.length > 0) {
    const pc = work.pop()!;
    const op = code[pc]!;
    const len = instructionLength(code, pc);
    if (len <= 0) throw new NeedsFullAnalysis();
    const depth = depths[pc]! + stackEffect(code, pc, op, cp);
    if (depth < 0 || depth > attr.maxStack) throw new NeedsFullAnalysis();
    switch (op) {
      case Op.goto: reach(pc + readI16(code, pc + 1), depth); break;
      case Op.goto_w: reach(pc + readI32(code, pc + 1), depth); break;
      case Op.tableswitch: case Op.lookupswitch:
        for (const target of switchTargets(code, pc)) reach(target, depth);
        break;
      case Op.ireturn: case Op.lreturn: case Op.freturn: case Op.dreturn: case Op.areturn:
      case Op.return: case Op.athrow:
        break;
      case Op.jsr: case Op.jsr_w: case Op.ret:
        throw new NeedsFullAnalysis(); // subroutines: the depth after a jsr comes from its ret
      default:
        if (op === Op.wide && code[pc + 1] === Op.ret) throw new NeedsFullAnalysis();
        if ((op >= Op.ifeq && op <= Op.if_acmpne) || op === Op.ifnull || op === Op.ifnonnull) {
          reach(pc + readI16(code, pc + 1), depth);
        }
        reach(pc + len, depth);
    }
  }
  return depths;
}

/** All targets of a tableswitch or lookupswitch at `pc`, default first. */
function switchTargets(code: Uint8Array, pc: number): number[] {
  const base = (pc + 4) & ~3;
  const targets = [pc + readI32(code, base)];
  if (code[pc] === Op.tableswitch) {
    const low = readI32(code, base + 4), high = readI32(code, base + 8);
    for (let i = 0; i <= high - low; i++) targets.push(pc + readI32(code, base + 12 + i * 4));
  } else {
    const n = readI32(code, base + 4);
    for (let i = 0; i < n; i++) targets.push(pc + readI32(code, base + 12 + i * 8));
  }
  return targets;
}

/** Slots of a value of field descriptor `desc`. */
function fieldSlots(desc: string): number {
  return desc[0] === 'J' || desc[0] === 'D' ? 2 : 1;
}

/** Net change of the stack depth by the instruction at `pc` (JVMS §6.5, descriptors from the pool). */
function stackEffect(code: Uint8Array, pc: number, op: number, cp: ReadonlyArray<unknown>): number {
  const info = OPCODES[op];
  if (info === undefined) throw new NeedsFullAnalysis();
  if (info.pops >= 0 && info.pushes >= 0) return info.pushes - info.pops;
  if (op === Op.wide) {
    const inner = code[pc + 1]!;
    if (inner === Op.iinc) return 0;
    if (inner === Op.lload || inner === Op.dload) return 2;
    if (inner === Op.lstore || inner === Op.dstore) return -2;
    return inner >= Op.istore ? -1 : 1;
  }
  if (op === Op.multianewarray) return 1 - code[pc + 3]!;
  const e = cp[readU16(code, pc + 1)] as { tag: CpTag; descriptor?: string } | null | undefined;
  if (!e || e.descriptor === undefined) throw new NeedsFullAnalysis();
  switch (op) {
    case Op.getstatic: return fieldSlots(e.descriptor);
    case Op.putstatic: return -fieldSlots(e.descriptor);
    case Op.getfield: return fieldSlots(e.descriptor) - 1;
    case Op.putfield: return -fieldSlots(e.descriptor) - 1;
  }
  const kinds = methodDescriptorKinds(e.descriptor);
  if (kinds === null) throw new NeedsFullAnalysis();
  const result = kinds.result === null ? 0 : kinds.result === SlotKind.Long || kinds.result === SlotKind.Double ? 2 : 1;
  const receiver = op === Op.invokestatic || op === Op.invokedynamic ? 0 : 1;
  return result - kinds.paramSlots - receiver;
}
