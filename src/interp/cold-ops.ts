/**
 * @fileoverview Instructions the interpreter loop runs out of line (register code `COLD`): switches,
 * subroutines, monitors, multianewarray and the rarer stack shuffles. Keeping them out of the
 * loop keeps the loop function small, which is what lets V8 compile it quickly and keep the hot
 * variables in registers. They work on the frame's JVM state in memory: the loop writes back
 * `f.pc` and `f.sp` before the call and reloads `f.pc` after it.
 */
import { Op, readI16, readI32, readU16 } from '../classfile/opcodes.js';
import { JavaThrow } from '../runtime/errors.js';
import type { Vm } from '../runtime/vm.js';
import type { Frame } from '../threads/frame.js';
import type { JavaThread } from '../threads/java-thread.js';
import { multiNewArray } from './linkage.js';
import type { Prepared } from './prepared.js';

/** How a cold instruction ended. */
export const enum Cold {
  /** Continue at `f.pc` (the next instruction). */
  Next = 0,
  /** Continue at `f.pc` after a jump (counts against the thread's budget). */
  Branch = 1,
  /** The thread is parked; `f` is ready to resume. */
  Blocked = 2,
}

/** Runs the instruction at `f.pc` of the running frame `f` (method data `P`), whose stack top is `f.sp`. */
export function runColdOp(vm: Vm, t: JavaThread, f: Frame, P: Prepared): Cold {
  const s = t.stack, code = P.code;
  const pc = f.pc;
  let sp = f.sp;
  const op = code[pc]!;
  if (P.verifyError !== null) throw new JavaThrow('java/lang/VerifyError', P.verifyError);
  if (P.depth[pc]! < 0) throw new JavaThrow('java/lang/InternalError', `no reachable instruction at ${pc} in ${P.method}`);
  switch (op) {
    case Op.ifeq: case Op.ifne: case Op.iflt: case Op.ifge: case Op.ifgt: case Op.ifle:
    case Op.if_icmpeq: case Op.if_icmpne: case Op.if_icmplt: case Op.if_icmpge: case Op.if_icmpgt: case Op.if_icmple:
    case Op.if_acmpeq: case Op.if_acmpne: case Op.ifnull: case Op.ifnonnull:
      return profiledBranch(f, P, s, sp, op);
    case Op.tableswitch: {
      // JVMS §6.5 tableswitch: operands aligned to a multiple of 4 from the start of the code.
      const key = s[--sp]!, base = (pc + 4) & ~3;
      const low = readI32(code, base + 4), high = readI32(code, base + 8);
      f.pc = pc + (key < low || key > high ? readI32(code, base) : readI32(code, base + 12 + (key - low) * 4));
      f.sp = sp;
      return Cold.Branch;
    }
    case Op.lookupswitch: {
      // JVMS §6.5 lookupswitch: match-offset pairs sorted by match, so binary search.
      const key = s[--sp]!, base = (pc + 4) & ~3;
      let offset = readI32(code, base);
      let lo = 0, hi = readI32(code, base + 4) - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1, k = readI32(code, base + 8 + mid * 8);
        if (k === key) { offset = readI32(code, base + 12 + mid * 8); break; }
        if (k < key) lo = mid + 1; else hi = mid - 1;
      }
      f.pc = pc + offset;
      f.sp = sp;
      return Cold.Branch;
    }
    case Op.jsr: case Op.jsr_w: {
      const wide = op === Op.jsr_w;
      s[sp++] = pc + (wide ? 5 : 3); // JVMS §6.5 jsr: the return address is the next instruction
      f.pc = pc + (wide ? readI32(code, pc + 1) : ((code[pc + 1]! << 24) >> 16) | code[pc + 2]!);
      f.sp = sp;
      return Cold.Branch;
    }
    case Op.ret:
      f.pc = s[f.lp + code[pc + 1]!]! | 0;
      return Cold.Branch;
    case Op.wide:
      if (code[pc + 1] !== Op.ret) break;
      f.pc = s[f.lp + readU16(code, pc + 2)]! | 0;
      return Cold.Branch;
    case Op.monitorenter: {
      const o = s[sp - 1]!;
      if (o === 0) throw vm.npe();
      // A thread that must wait resumes after the instruction: the monitor is handed to it on exit.
      f.sp = sp - 1;
      f.pc = pc + 1;
      return vm.monitors.enter(t, o) ? Cold.Next : Cold.Blocked;
    }
    case Op.monitorexit: {
      const o = s[sp - 1]!;
      if (o === 0) throw vm.npe();
      vm.monitors.exit(t, o);
      f.sp = sp - 1;
      f.pc = pc + 1;
      return Cold.Next;
    }
    case Op.multianewarray: {
      const dims = code[pc + 3]!;
      multiNewArray(vm, t, P, pc, sp - dims, dims);
      f.sp = sp - dims + 1;
      f.pc = pc + 4;
      return Cold.Next;
    }
    case Op.dup_x1: { const a = s[sp - 1]!, b = s[sp - 2]!; s[sp - 2] = a; s[sp - 1] = b; s[sp] = a; return next(f, sp + 1); }
    case Op.dup_x2: {
      const a = s[sp - 1]!, b = s[sp - 2]!, c = s[sp - 3]!;
      s[sp - 3] = a; s[sp - 2] = c; s[sp - 1] = b; s[sp] = a;
      return next(f, sp + 1);
    }
    case Op.dup2_x1: {
      const a = s[sp - 1]!, b = s[sp - 2]!, c = s[sp - 3]!;
      s[sp - 3] = b; s[sp - 2] = a; s[sp - 1] = c; s[sp] = b; s[sp + 1] = a;
      return next(f, sp + 2);
    }
    case Op.dup2_x2: {
      const a = s[sp - 1]!, b = s[sp - 2]!, c = s[sp - 3]!, d = s[sp - 4]!;
      s[sp - 4] = b; s[sp - 3] = a; s[sp - 2] = d; s[sp - 1] = c; s[sp] = b; s[sp + 1] = a;
      return next(f, sp + 2);
    }
    case Op.swap: { const a = s[sp - 1]!; s[sp - 1] = s[sp - 2]!; s[sp - 2] = a; return next(f, sp); }
  }
  throw new JavaThrow('java/lang/VerifyError', `Bad instruction: ${op.toString(16)} at ${pc} in ${P.method}`);
}

/**
 * A forward conditional branch of a method being profiled (translate.ts `startProfiling`): JVMS
 * §6.5 if<cond>, if_icmp<cond>, if_acmp<cond>, ifnull, ifnonnull, counting in `P.profile` which
 * way it went (the JIT's unstable-if speculation reads it).
 */
function profiledBranch(f: Frame, P: Prepared, s: Float64Array, sp: number, op: number): Cold {
  const pc = f.pc;
  let x: number, y = 0, cmp: number;
  if (op === Op.ifnull || op === Op.ifnonnull) { x = s[--sp]!; cmp = op === Op.ifnull ? 0 : 1; }
  else if (op >= Op.if_icmpeq) { y = s[--sp]!; x = s[--sp]!; cmp = op >= Op.if_acmpeq ? op - Op.if_acmpeq : op - Op.if_icmpeq; }
  else { x = s[--sp]!; cmp = op - Op.ifeq; }
  const taken = cmp === 0 ? x === y : cmp === 1 ? x !== y : cmp === 2 ? x < y : cmp === 3 ? x >= y : cmp === 4 ? x > y : x <= y;
  f.sp = sp;
  const prof = P.profile;
  if (prof !== null) {
    const i = 2 * pc + (taken ? 0 : 1);
    if (prof[i]! < 0x3fffffff) prof[i]!++;
  }
  if (!taken) { f.pc = pc + 3; return Cold.Next; }
  f.pc = pc + readI16(P.code, pc + 1);
  return Cold.Branch;
}

/** Moves past a one-byte instruction that left the stack top at `sp`. */
function next(f: Frame, sp: number): Cold {
  f.sp = sp;
  f.pc++;
  return Cold.Next;
}
