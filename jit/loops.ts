/**
 * @fileoverview Loop-aware code generation helpers of the compiler (docs/jit.md "Loops"): which
 * call sites are in loops (they get a larger inlining budget), fusion of a floating-point compare
 * with the branch that consumes it, and the per-loop plans for hoisting loop-invariant array
 * lengths. Kept apart from jit/compiler.ts so that the loop work stays in one place; nothing here
 * changes frame states: every check that can fail is still emitted, at its own pc.
 */
import type binaryenNs from 'binaryen';
import { instructionLength, Op, readU16 } from '../src/classfile/opcodes.js';
import type { FrameCtx } from './compiler.js';

type Module = binaryenNs.Module;
type Expr = number;

/** True when `pc` of frame `ctx`, or the call site of any frame it is inlined into, lies inside a loop. */
export function siteInLoop(ctx: FrameCtx, pc: number): boolean {
  for (let c: FrameCtx | null = ctx, at = pc; c !== null; at = c.caller?.pc ?? 0, c = c.caller?.ctx ?? null) {
    const cfg = c.analysis.cfg;
    const b = cfg.blockAt(at);
    if (b >= 0 && cfg.loopOfBlock[b]! >= 0) return true;
  }
  return false;
}

/** True when the bytecode makes no calls (no invoke instruction). */
export function isLeaf(code: Uint8Array): boolean {
  for (let pc = 0; pc < code.length;) {
    const op = code[pc]!;
    if (op >= Op.invokevirtual && op <= Op.invokedynamic) return false;
    const len = instructionLength(code, pc);
    if (len <= 0) return false;
    pc += len;
  }
  return true;
}

/**
 * The branch condition of `if<cond>` (ifeq..ifle, `ifOp`) applied to the result of `cmpOp`
 * (fcmpl, fcmpg, dcmpl, dcmpg) of `x` and `y`, as one wasm comparison instead of the three-way
 * result and a compare with 0. JVMS §6.5: the result is 1, 0 or -1, and NaN gives 1 (`g`) or -1
 * (`l`); so e.g. `dcmpg; ifgt` branches when !(x <= y), `dcmpl; ifgt` when x > y.
 */
export function fusedFloatBranch(m: Module, cmpOp: number, ifOp: number, x: () => Expr, y: () => Expr): Expr {
  const ops = cmpOp === Op.fcmpl || cmpOp === Op.fcmpg ? m.f32 : m.f64;
  const g = cmpOp === Op.fcmpg || cmpOp === Op.dcmpg; // NaN compares as 1 (else -1)
  switch (ifOp) {
    case Op.ifeq: return ops.eq(x(), y());
    case Op.ifne: return m.i32.eqz(ops.eq(x(), y()));
    case Op.iflt: return g ? ops.lt(x(), y()) : m.i32.eqz(ops.ge(x(), y()));
    case Op.ifge: return g ? m.i32.eqz(ops.lt(x(), y())) : ops.ge(x(), y());
    case Op.ifgt: return g ? m.i32.eqz(ops.le(x(), y())) : ops.gt(x(), y());
    default: return g ? ops.le(x(), y()) : m.i32.eqz(ops.gt(x(), y())); // ifle
  }
}

/** True for fcmpl, fcmpg, dcmpl, dcmpg. */
export function isFloatCompare(op: number): boolean {
  return op === Op.fcmpl || op === Op.fcmpg || op === Op.dcmpl || op === Op.dcmpg;
}


/** Most array lengths hoisted per compiled function (each takes an i32 local). */
export const MAX_HOISTED = 16;

/**
 * An innermost loop of one frame whose invariant array lengths are hoisted. Array lengths never
 * change, so the length of an array held in a local that no instruction of the loop stores to is
 * the same on every iteration: it is loaded once on each edge entering the loop (from outside the
 * loop, and the OSR entry at its header) into an i32 local, and every bounds check in the loop on
 * that array compares with the local instead of reloading the length from memory. The check itself
 * stays (same pc, same frame state, same deopt); null arrays read the fake zero-length array at 0.
 */
export interface LoopPlan {
  /** CFG block index and pc of the header. */
  readonly header: number;
  readonly headerPc: number;
  /** Member blocks (CFG indexes). */
  readonly blocks: ReadonlySet<number>;
  /** Frame-relative local slots that no instruction of the loop stores to. */
  readonly stored: ReadonlySet<number>;
  /** Hoisted lengths: frame-relative local slot → wasm local index, filled while the loop's blocks are emitted. */
  readonly lengths: Map<number, number>;
}

/** Innermost loops of `ctx` worth a plan: every block live, header not the entry block. */
export function loopPlans(ctx: FrameCtx): LoopPlan[] {
  const cfg = ctx.analysis.cfg;
  if (cfg.irreducible) return [];
  const hasChild = new Set<number>();
  for (const l of cfg.loops) if (l.parent >= 0) hasChild.add(l.parent);
  const out: LoopPlan[] = [];
  cfg.loops.forEach((l, i) => {
    if (hasChild.has(i) || l.header === 0 || l.blocks.some((b) => !ctx.live[b])) return;
    const stored = new Set<number>();
    for (const b of l.blocks) {
      const blk = cfg.blocks[b]!;
      for (let pc = blk.startPc; pc < blk.endPc; pc += instructionLength(ctx.code, pc)) storedLocal(ctx.code, pc, stored);
    }
    out.push({ header: l.header, headerPc: l.headerPc, blocks: new Set(l.blocks), stored, lengths: new Map() });
  });
  return out;
}

/** Adds to `out` the local slot(s) the instruction at `pc` stores to. */
function storedLocal(code: Uint8Array, pc: number, out: Set<number>): void {
  const op = code[pc]!;
  const wideKind = (o: number): boolean => o === Op.lstore || o === Op.dstore;
  if (op >= Op.istore && op <= Op.astore) { const v = code[pc + 1]!; out.add(v); if (wideKind(op)) out.add(v + 1); }
  else if (op >= Op.istore_0 && op <= Op.astore_3) {
    const v = (op - Op.istore_0) & 3, k = (op - Op.istore_0) >> 2;
    out.add(v);
    if (k === 1 || k === 3) out.add(v + 1); // lstore_n, dstore_n
  } else if (op === Op.iinc) out.add(code[pc + 1]!);
  else if (op === Op.wide) {
    const inner = code[pc + 1]!, v = readU16(code, pc + 2);
    if (inner === Op.iinc || (inner >= Op.istore && inner <= Op.astore)) { out.add(v); if (wideKind(inner)) out.add(v + 1); }
  }
}
