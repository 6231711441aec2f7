/**
 * @fileoverview Instruction boundaries and control transfers of a Code attribute. Everything that
 * walks bytecode in the analysis (block finder, dataflow, per-pc expansion) agrees on where
 * instructions start and where each one can go next through these helpers, which read lengths
 * from the opcode table in `src/classfile/opcodes.ts`.
 */
import { Op, instructionLength, opcodeInfo } from '../classfile/opcodes.js';

/** Explicit targets of an instruction (not its fall-through); switches list the default first. */
export { branchTargets } from '../classfile/code-check.js';
import type { Fail } from './verify-error.js';

/** How control leaves an instruction. */
export const enum Flow {
  /** Continues with the next instruction. */
  Next,
  /** Conditional branch: the next instruction or one target. */
  Branch,
  /** goto / goto_w: one target. */
  Goto,
  /** tableswitch / lookupswitch: a default and a list of targets. */
  Switch,
  /** xreturn / return: leaves the method. */
  Return,
  /** athrow: to an exception handler or out of the method. */
  Throw,
  /** jsr / jsr_w: to a subroutine, which comes back to the next instruction through `ret`. */
  Jsr,
  /** ret (also `wide ret`): back to the instruction after some `jsr`. */
  Ret,
}

/** Where instructions start in one Code attribute. */
export interface InstructionIndex {
  /** Start pcs of the instructions, ascending. */
  readonly starts: Int32Array;
  /** For each byte offset of the code, the index into `starts` of the instruction starting there, else -1. */
  readonly indexOfPc: Int32Array;
}

/** JVMS §4.7.3: code_length must be greater than zero and less than 65536. */
const MAX_CODE_LENGTH = 65535;

/** Decodes instruction boundaries (JVMS §4.9.1), failing on undefined opcodes and truncated instructions. */
export function decodeInstructions(code: Uint8Array, fail: Fail): InstructionIndex {
  if (code.length === 0 || code.length > MAX_CODE_LENGTH) {
    fail(-1, 'Invalid method Code length', `code_length is ${code.length}, must be 1..${MAX_CODE_LENGTH}`);
  }
  const indexOfPc = new Int32Array(code.length).fill(-1);
  const starts: number[] = [];
  let pc = 0;
  while (pc < code.length) {
    const length = instructionLength(code, pc);
    if (length <= 0) {
      const op = code[pc]!;
      if (opcodeInfo(op) === undefined) fail(pc, 'Bad instruction', `undefined opcode 0x${op.toString(16)}`);
      fail(pc, 'Bad instruction', 'instruction is malformed or runs past the end of the code');
    }
    indexOfPc[pc] = starts.length;
    starts.push(pc);
    pc += length;
  }
  return { starts: Int32Array.from(starts), indexOfPc };
}

/** How control leaves the instruction at `pc`. */
export function flowOf(code: Uint8Array, pc: number): Flow {
  const op = code[pc]!;
  if ((op >= Op.ifeq && op <= Op.if_acmpne) || op === Op.ifnull || op === Op.ifnonnull) return Flow.Branch;
  switch (op) {
    case Op.goto:
    case Op.goto_w:
      return Flow.Goto;
    case Op.tableswitch:
    case Op.lookupswitch:
      return Flow.Switch;
    case Op.ireturn:
    case Op.lreturn:
    case Op.freturn:
    case Op.dreturn:
    case Op.areturn:
    case Op.return:
      return Flow.Return;
    case Op.athrow:
      return Flow.Throw;
    case Op.jsr:
    case Op.jsr_w:
      return Flow.Jsr;
    case Op.ret:
      return Flow.Ret;
    case Op.wide:
      return code[pc + 1] === Op.ret ? Flow.Ret : Flow.Next;
    default:
      return Flow.Next;
  }
}

/** Local-variable index of a `ret` at `pc`, also in its `wide` form. */
export function retLocalIndex(code: Uint8Array, pc: number): number {
  return code[pc] === Op.wide ? (code[pc + 2]! << 8) | code[pc + 3]! : code[pc + 1]!;
}
