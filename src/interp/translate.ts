/**
 * @fileoverview Bytecode to register code (register-code.ts), one entry per reachable pc.
 *
 * At each pc the translator looks for a run `push* main store?`: pure pushes (a local load or an
 * int constant, JVMS §6.5 iload/bipush/...) whose values the next instruction (`main`) consumes
 * entirely, and a store of main's result to a local right after it. The run becomes one entry
 * that reads the locals and constants directly and writes the local directly. What the run skips
 * is never observable: main is the only instruction that can throw or have effects, and when it
 * fails, {@link replayPrefix} performs the pushes for real and execution restarts at main's own
 * entry, so the exception sees exactly the JVM state at main's pc. Nothing that allocates,
 * calls or switches threads is ever fused, so GC and stack walks only see JVM states.
 *
 * Instructions that still need resolution (JVMS §5.4.3) translate to RESOLVE; once linkage.ts has
 * quickened them, {@link retranslateNear} redoes the entries whose runs may include them.
 */
import { Op, instructionLength, readI16, readI32, readU16 } from '../classfile/opcodes.js';
import { CpTag, type CpEntry } from '../classfile/types.js';
import type { RtClass, RtMethod } from '../runtime/model.js';
import type { Prepared } from './prepared.js';
import { Quick } from './quick.js';
import { R, word0, A_MAX, A_MIN, MAX_RUN } from './register-code.js';

/**
 * A value a pure push produces: a local slot (or slot pair), an int constant, or a long or double
 * constant (size 2), whose value is then the code-space index of its words (Prepared.constantAt).
 */
interface Push {
  readonly isImm: boolean;
  /** The local slot, the int constant, or the constant's code-space index. */
  readonly value: number;
  readonly size: 1 | 2;
  /** Bytes of the push instruction. */
  readonly len: number;
  /** A double constant (size-2 constants are longs otherwise). */
  readonly isDouble?: boolean;
}

/** An operand of a run's main instruction: a slot (local or stack) or a constant, as in {@link Push}. */
interface Operand {
  readonly isImm: boolean;
  readonly value: number;
  readonly isDouble?: boolean;
}

const DOUBLE_BITS = new Float64Array(1);
const DOUBLE_WORDS = new Int32Array(DOUBLE_BITS.buffer);

/** Translates every reachable instruction of `P` (its depths are known). */
export function translateMethod(P: Prepared): void {
  for (let pc = 0; pc < P.code.length; pc++) {
    if (P.depth[pc]! >= 0) translateAt(P, pc);
    else {
      // Never dispatched (cold-ops.ts reports it if it were), except pc 0 of code that failed verification.
      P.q[4 * pc] = word0(R.COLD, 0, 0);
      P.q[4 * pc + 3] = P.stackOffset;
    }
  }
}

/**
 * Starts the branch profile of a warm method (the tier calls it; HotSpot's interpreter profiles
 * from a share of the compile threshold on): every forward conditional branch becomes a COLD entry
 * of its own (cold-ops.ts counts which way it goes in `P.profile`), never fused with the pushes
 * before it. Backward branches (loop back edges, which also count down `P.loops`) are left as they
 * are. Methods that are never warm — all of them with -Xint — keep the plain register code.
 */
export function startProfiling(P: Prepared): void {
  if (P.profiling) return;
  if (P.profile === null) P.profile = new Int32Array(2 * P.code.length);
  P.profiling = true;
  translateMethod(P);
}

/**
 * Stops counting (the method got compiled code; the profile is kept for recompiles): the plain,
 * fused register code again, for the method's interpreted runs (frames before OSR, after deopts).
 */
export function stopProfiling(P: Prepared): void {
  if (!P.profiling) return;
  P.profiling = false;
  translateMethod(P);
}

/** Whether the entry at `pc` must be the profiling COLD entry of a forward conditional branch. */
export function profiledBranch(P: Prepared, pc: number): boolean {
  if (!P.profiling || pc >= P.code.length || P.depth[pc]! < 0) return false;
  const op = P.code[pc]!;
  return ((op >= Op.ifeq && op <= Op.if_acmpne) || op === Op.ifnull || op === Op.ifnonnull) && readI16(P.code, pc + 1) > 0;
}

/** After the instruction at `pc` was quickened: redoes every entry whose run can contain it. */
export function retranslateNear(P: Prepared, pc: number): void {
  // A run has at most 4 pushes of at most 4 bytes before its main instruction.
  for (let p = Math.max(0, pc - 16); p <= pc; p++) {
    if (P.depth[p]! >= 0) translateAt(P, p);
  }
}

/**
 * Performs, on the real operand stack, the pushes the fused run at code-space index `q` skipped,
 * and returns the index of the run's main instruction; returns `q` when nothing was fused.
 * Called when main is about to throw, so that the exception sees the JVM state at main's pc.
 */
export function replayPrefix(P: Prepared, s: Float64Array, lp: number, q: number): number {
  const pc = (q - P.qBase) >> 2;
  const main = P.mainPc[pc]!;
  if (main === pc) return q;
  // The run's pushes go where the JVM puts them: one after the other from the stack top at pc.
  // Values are read before any is written, since a pushed stack slot (dup) may be overwritten.
  const { pushes } = scanPushes(P, pc, main);
  const values: number[] = [];
  for (const push of pushes) {
    if (push.isImm && push.size === 2) values.push(...wideConstantSlots(P, push));
    else if (push.isImm) values.push(push.value);
    else {
      values.push(s[lp + push.value]!);
      if (push.size === 2) values.push(s[lp + push.value + 1]!);
    }
  }
  const at = lp + P.stackOffset + P.depth[pc]!;
  values.forEach((v, i) => { s[at + i] = v; });
  return P.qBase + 4 * main;
}

/** The two slot values of the long or double constant `push` (docs/core-decisions.md encoding). */
function wideConstantSlots(P: Prepared, push: Push): [number, number] {
  const i = push.value - P.qBase;
  if (!push.isDouble) return [P.q[i]!, P.q[i + 1]!];
  DOUBLE_WORDS[0] = P.q[i]!;
  DOUBLE_WORDS[1] = P.q[i + 1]!;
  return [DOUBLE_BITS[0]!, 0];
}

/** Writes the entry for `pc`. */
function translateAt(P: Prepared, pc: number): void {
  const Q = P.q;
  Q[4 * pc + 3] = P.stackOffset + P.depth[pc]!;
  P.mainPc[pc] = pc;
  if (P.profiling && profiledBranch(P, pc)) { set(P, pc, R.COLD, 0, 0, 0, 0); return; }
  const { pushes, end } = scanPushes(P, pc, P.code.length);
  // (A profiled branch is never a run's main instruction, nor the branch of a fused length test.)
  if (end < P.code.length && P.depth[end]! >= 0 && !profiledBranch(P, end) && emitRun(P, pc, end, pushes)) return;
  const op = P.code[pc]!;
  if (pushes.length > 0 && op !== Op.dup && op !== Op.dup2) emitPush(P, pc, pushes[0]!);
  else emitPlain(P, pc);
}

/**
 * The pure pushes from `pc` on (at most 4 instructions, stopping at `limit`) and the pc after
 * them. `dup` and `dup2` push again what they duplicate: a push of the same run, or a stack slot
 * below the run (left untouched by it).
 */
function scanPushes(P: Prepared, pc: number, limit: number): { pushes: Push[]; end: number } {
  const pushes: Push[] = [];
  const below = P.stackOffset + P.depth[pc]!; // slots under it hold real values throughout the run
  let p = pc;
  for (let n = 0; n < 4 && p < limit; n++) {
    const op = P.code[p]!;
    if (op === Op.dup || op === Op.dup2) {
      const copies = duplicated(pushes, below, op === Op.dup ? 1 : 2);
      if (copies === null) break;
      pushes.push(...copies);
      p++;
      continue;
    }
    const push = pushAt(P, p);
    if (push === null) break;
    pushes.push(push);
    p += push.len;
  }
  return { pushes, end: p };
}

/** The pushes a dup (`slots` 1) or dup2 (2) adds after `pushes`, which sit on the real stack top `below`. */
function duplicated(pushes: readonly Push[], below: number, slots: number): Push[] | null {
  const out: Push[] = [];
  let i = pushes.length, need = slots, slot = below;
  while (need > 0) {
    if (i > 0) {
      const push = pushes[--i]!;
      if (push.size > need) return null;
      out.unshift({ ...push, len: 0 });
      need -= push.size;
    } else {
      out.unshift({ isImm: false, value: --slot, size: 1, len: 0 });
      need--;
    }
  }
  out[out.length - 1] = { ...out[out.length - 1]!, len: 1 };
  return out;
}

/** Sets the entry at `pc`. */
function set(P: Prepared, pc: number, op: R, len: number, a: number, b: number, c: number): void {
  if (a < A_MIN || a > A_MAX) throw new RangeError(`register code operand A out of range: ${a}`);
  const i = 4 * pc;
  P.q[i] = word0(op, len, a);
  P.q[i + 1] = b;
  P.q[i + 2] = c;
}

/** The pure push at `pc`, or null. */
function pushAt(P: Prepared, pc: number): Push | null {
  const code = P.code;
  const op = code[pc]!;
  if (op >= Op.iload && op <= Op.aload) return local(code[pc + 1]!, op === Op.lload || op === Op.dload, 2);
  if (op >= Op.iload_0 && op <= Op.aload_3) {
    const type = (op - Op.iload_0) >> 2; // i, l, f, d, a
    return local((op - Op.iload_0) & 3, type === 1 || type === 3, 1);
  }
  if (op === Op.wide) {
    const inner = code[pc + 1]!;
    return inner >= Op.iload && inner <= Op.aload ? local(readU16(code, pc + 2), inner === Op.lload || inner === Op.dload, 4) : null;
  }
  if (op >= Op.iconst_m1 && op <= Op.iconst_5) return imm(op - Op.iconst_0, 1);
  if (op === Op.aconst_null) return imm(0, 1);
  if (op === Op.bipush) return imm((code[pc + 1]! << 24) >> 24, 2);
  if (op === Op.sipush) return imm(readI16(code, pc + 1), 3);
  if (op === Op.ldc || op === Op.ldc_w) {
    const e = constant(P, pc);
    if (e !== null && e.tag === CpTag.Integer) return imm(e.value, op === Op.ldc ? 2 : 3);
  }
  const at = P.constantAt[pc]!;
  if (at >= 0) {
    const isDouble = op === Op.dconst_0 || op === Op.dconst_1 || (op === Op.ldc2_w && constant(P, pc)?.tag === CpTag.Double);
    return { isImm: true, value: at, size: 2, len: op === Op.ldc2_w ? 3 : 1, isDouble };
  }
  return null;
}

function local(slot: number, wide: boolean, len: number): Push {
  return { isImm: false, value: slot, size: wide ? 2 : 1, len };
}

function imm(value: number, len: number): Push {
  return { isImm: true, value, size: 1, len };
}

/** The constant-pool entry an ldc/ldc_w/ldc2_w at `pc` names. */
function constant(P: Prepared, pc: number): CpEntry {
  const index = P.code[pc] === Op.ldc ? P.code[pc + 1]! : readU16(P.code, pc + 1);
  return P.method.owner.file!.constantPool[index] ?? null;
}

/** A store to a local at `pc`: its slot, size and length; or null. */
function storeAt(code: Uint8Array, pc: number): { slot: number; size: 1 | 2; len: number } | null {
  const op = code[pc]!;
  if (op >= Op.istore && op <= Op.astore) return { slot: code[pc + 1]!, size: op === Op.lstore || op === Op.dstore ? 2 : 1, len: 2 };
  if (op >= Op.istore_0 && op <= Op.astore_3) {
    const type = (op - Op.istore_0) >> 2;
    return { slot: (op - Op.istore_0) & 3, size: type === 1 || type === 3 ? 2 : 1, len: 1 };
  }
  if (op === Op.wide) {
    const inner = code[pc + 1]!;
    if (inner >= Op.istore && inner <= Op.astore) return { slot: readU16(code, pc + 2), size: inner === Op.lstore || inner === Op.dstore ? 2 : 1, len: 4 };
  }
  return null;
}

/** Entry for a push at `pc` that no run absorbs: copy the local or constant onto the stack. */
function emitPush(P: Prepared, pc: number, push: Push): void {
  const top = P.stackOffset + P.depth[pc]!;
  if (push.isImm && push.size === 2) {
    const i = push.value - P.qBase;
    set(P, pc, push.isDouble ? R.CONSTD : R.CONST2, push.len, top, P.q[i]!, P.q[i + 1]!);
  } else if (push.isImm) set(P, pc, R.CONST, push.len, top, 0, push.value);
  else set(P, pc, push.size === 2 ? R.MOV2 : R.MOV, push.len, top, push.value, 0);
}

/** Int binary operations: [slot op, immediate op or null, commutative]. */
const INT_BINARY = new Map<number, readonly [R, R | null, boolean]>([
  [Op.iadd, [R.IADD, R.IADD_K, true]], [Op.isub, [R.ISUB, R.IADD_K, false]], [Op.imul, [R.IMUL, R.IMUL_K, true]],
  [Op.iand, [R.IAND, R.IAND_K, true]], [Op.ior, [R.IOR, R.IOR_K, true]], [Op.ixor, [R.IXOR, R.IXOR_K, true]],
  [Op.ishl, [R.ISHL, R.ISHL_K, false]], [Op.ishr, [R.ISHR, R.ISHR_K, false]], [Op.iushr, [R.IUSHR, R.IUSHR_K, false]],
  [Op.idiv, [R.IDIV, R.IDIV_K, false]], [Op.irem, [R.IREM, R.IREM_K, false]],
]);

/** Operations whose operands are all slots: [op, input sizes, result size]. */
const SLOT_ONLY = new Map<number, readonly [R, readonly number[], number]>([
  [Op.ladd, [R.LADD, [2, 2], 2]], [Op.lsub, [R.LSUB, [2, 2], 2]], [Op.lmul, [R.LMUL, [2, 2], 2]],
  [Op.land, [R.LAND, [2, 2], 2]], [Op.lor, [R.LOR, [2, 2], 2]], [Op.lxor, [R.LXOR, [2, 2], 2]],
  [Op.ldiv, [R.LDIV, [2, 2], 2]], [Op.lrem, [R.LREM, [2, 2], 2]], [Op.lneg, [R.LNEG, [2], 2]],
  [Op.lcmp, [R.LCMP, [2, 2], 1]],
  [Op.fadd, [R.FADD, [1, 1], 1]], [Op.fsub, [R.FSUB, [1, 1], 1]], [Op.fmul, [R.FMUL, [1, 1], 1]],
  [Op.fdiv, [R.FDIV, [1, 1], 1]], [Op.frem, [R.FREM, [1, 1], 1]], [Op.fneg, [R.FNEG, [1], 1]],
  [Op.dadd, [R.DADD, [2, 2], 2]], [Op.dsub, [R.DSUB, [2, 2], 2]], [Op.dmul, [R.DMUL, [2, 2], 2]],
  [Op.ddiv, [R.DDIV, [2, 2], 2]], [Op.drem, [R.DREM, [2, 2], 2]], [Op.dneg, [R.DNEG, [2], 2]],
  [Op.fcmpl, [R.FCMPL, [1, 1], 1]], [Op.fcmpg, [R.FCMPG, [1, 1], 1]],
  [Op.dcmpl, [R.DCMPL, [2, 2], 1]], [Op.dcmpg, [R.DCMPG, [2, 2], 1]],
  [Op.ineg, [R.INEG, [1], 1]], [Op.i2l, [R.I2L, [1], 2]], [Op.i2f, [R.I2F, [1], 1]], [Op.i2d, [R.I2D, [1], 2]],
  [Op.l2i, [R.MOV, [2], 1]], [Op.l2f, [R.L2F, [2], 1]], [Op.l2d, [R.L2D, [2], 2]],
  [Op.f2i, [R.F2I, [1], 1]], [Op.f2l, [R.F2L, [1], 2]], [Op.f2d, [R.I2D, [1], 2]],
  [Op.d2i, [R.D2I, [2], 1]], [Op.d2l, [R.D2L, [2], 2]], [Op.d2f, [R.D2F, [2], 1]],
  [Op.i2b, [R.I2B, [1], 1]], [Op.i2c, [R.I2C, [1], 1]], [Op.i2s, [R.I2S, [1], 1]],
  [Op.iaload, [R.IALOAD, [1, 1], 1]], [Op.aaload, [R.IALOAD, [1, 1], 1]], [Op.laload, [R.LALOAD, [1, 1], 2]],
  [Op.faload, [R.FALOAD, [1, 1], 1]], [Op.daload, [R.DALOAD, [1, 1], 2]], [Op.baload, [R.BALOAD, [1, 1], 1]],
  [Op.caload, [R.CALOAD, [1, 1], 1]], [Op.saload, [R.SALOAD, [1, 1], 1]],
  [Op.arraylength, [R.ARRAYLENGTH, [1], 1]],
]);

/** Long and double operations with a constant-area form: [op, commutative]. */
const WIDE_CONSTANT_FORM = new Map<number, readonly [R, boolean]>([
  [Op.ladd, [R.LADD_K, true]], [Op.lsub, [R.LSUB_K, false]], [Op.lmul, [R.LMUL_K, true]],
  [Op.land, [R.LAND_K, true]], [Op.lor, [R.LOR_K, true]], [Op.lxor, [R.LXOR_K, true]], [Op.lcmp, [R.LCMP_K, false]],
  [Op.dadd, [R.DADD_K, true]], [Op.dsub, [R.DSUB_K, false]], [Op.dmul, [R.DMUL_K, true]], [Op.ddiv, [R.DDIV_K, false]],
  [Op.dcmpl, [R.DCMPL_K, false]], [Op.dcmpg, [R.DCMPG_K, false]],
]);

/** Array stores: [op, size of the value]. Operands: B array, C index, A value. */
const ARRAY_STORE = new Map<number, readonly [R, number]>([
  [Op.iastore, [R.IASTORE, 1]], [Op.lastore, [R.LASTORE, 2]], [Op.fastore, [R.FASTORE, 1]],
  [Op.dastore, [R.DASTORE, 2]], [Op.aastore, [R.AASTORE, 1]], [Op.bastore, [R.BASTORE, 1]],
  [Op.castore, [R.SASTORE, 1]], [Op.sastore, [R.SASTORE, 1]],
]);

/** Conditional branches: [slot op, input count]; ifXX and ifnull compare with 0. */
const BRANCH = new Map<number, readonly [R, number]>([
  [Op.ifeq, [R.IF_EQ, 1]], [Op.ifne, [R.IF_NE, 1]], [Op.iflt, [R.IF_LT, 1]], [Op.ifge, [R.IF_GE, 1]],
  [Op.ifgt, [R.IF_GT, 1]], [Op.ifle, [R.IF_LE, 1]], [Op.ifnull, [R.IF_EQ, 1]], [Op.ifnonnull, [R.IF_NE, 1]],
  [Op.if_icmpeq, [R.IF_EQ, 2]], [Op.if_icmpne, [R.IF_NE, 2]], [Op.if_icmplt, [R.IF_LT, 2]],
  [Op.if_icmpge, [R.IF_GE, 2]], [Op.if_icmpgt, [R.IF_GT, 2]], [Op.if_icmple, [R.IF_LE, 2]],
  [Op.if_acmpeq, [R.IF_EQ, 2]], [Op.if_acmpne, [R.IF_NE, 2]],
]);

/** The same comparison with its operands swapped. */
function swapped(op: R): R {
  switch (op) {
    case R.IF_LT: return R.IF_GT;
    case R.IF_GT: return R.IF_LT;
    case R.IF_LE: return R.IF_GE;
    case R.IF_GE: return R.IF_LE;
    default: return op;
  }
}

/** Quickened field and static accesses: [op, value size]. */
const FIELD = new Map<number, readonly [R, number]>([
  [Quick.getfield_i32, [R.GETFIELD_I32, 1]], [Quick.getfield_f32, [R.GETFIELD_F32, 1]], [Quick.getfield_i64, [R.GETFIELD_I64, 2]],
  [Quick.getfield_f64, [R.GETFIELD_F64, 2]], [Quick.getfield_i8, [R.GETFIELD_I8, 1]], [Quick.getfield_u16, [R.GETFIELD_U16, 1]],
  [Quick.getfield_i16, [R.GETFIELD_I16, 1]],
  [Quick.putfield_i32, [R.PUTFIELD_I32, 1]], [Quick.putfield_f32, [R.PUTFIELD_F32, 1]], [Quick.putfield_i64, [R.PUTFIELD_I64, 2]],
  [Quick.putfield_f64, [R.PUTFIELD_F64, 2]], [Quick.putfield_i8, [R.PUTFIELD_I8, 1]], [Quick.putfield_bool, [R.PUTFIELD_BOOL, 1]],
  [Quick.putfield_i16, [R.PUTFIELD_I16, 1]],
  [Quick.getstatic_i32, [R.GETSTATIC_I32, 1]], [Quick.getstatic_f32, [R.GETSTATIC_F32, 1]], [Quick.getstatic_i64, [R.GETSTATIC_I64, 2]],
  [Quick.getstatic_f64, [R.GETSTATIC_F64, 2]], [Quick.getstatic_i8, [R.GETSTATIC_I8, 1]], [Quick.getstatic_u16, [R.GETSTATIC_U16, 1]],
  [Quick.getstatic_i16, [R.GETSTATIC_I16, 1]],
  [Quick.putstatic_i32, [R.PUTSTATIC_I32, 1]], [Quick.putstatic_f32, [R.PUTSTATIC_F32, 1]], [Quick.putstatic_i64, [R.PUTSTATIC_I64, 2]],
  [Quick.putstatic_f64, [R.PUTSTATIC_F64, 2]], [Quick.putstatic_i8, [R.PUTSTATIC_I8, 1]], [Quick.putstatic_bool, [R.PUTSTATIC_BOOL, 1]],
  [Quick.putstatic_i16, [R.PUTSTATIC_I16, 1]],
]);

/** Input sizes of the (possibly quickened) instruction at `pc` when it can be a run's main, else null. */
function inputsOf(P: Prepared, pc: number): readonly number[] | null {
  const op = P.ops[pc]!;
  if (INT_BINARY.has(op)) return [1, 1];
  const slotOnly = SLOT_ONLY.get(op);
  if (slotOnly) return slotOnly[1];
  if (op === Op.lshl || op === Op.lshr || op === Op.lushr) return [2, 1];
  const store = ARRAY_STORE.get(op);
  if (store) return [1, 1, store[1]];
  const branch = BRANCH.get(op);
  if (branch) return branch[1] === 1 ? [1] : [1, 1];
  const field = FIELD.get(op);
  if (field) {
    if (op <= Quick.getfield_i16) return [1];
    if (op <= Quick.putfield_i16 || op === Quick.putfield_bool) return [1, field[1]];
    if (op <= Quick.getstatic_i16) return [];
    return [field[1]];
  }
  const st = storeAt(P.code, pc);
  if (st) return [st.size];
  switch (op) {
    case Op.ireturn: case Op.freturn: case Op.areturn: case Op.athrow:
    case Quick.checkcast_q: case Quick.instanceof_q:
      return [1];
    case Op.lreturn: case Op.dreturn:
      return [2];
  }
  return null;
}

/**
 * Emits the run at `pc`: `pushes` (already decoded, ending at `main`) consumed by the instruction
 * at `main`, plus a following store when there is one. Returns false when they do not fit together.
 */
function emitRun(P: Prepared, pc: number, main: number, pushes: readonly Push[]): boolean {
  if (P.ops[main] === Op.arraylength && pushes.length === 2 && emitLengthBranch(P, pc, main, pushes)) return true;
  const ins = inputsOf(P, main);
  if (ins === null) return false;
  const n = ins.length, k = pushes.length;
  if (k > n) return false;
  let total = 0;
  for (const size of ins) total += size;
  const top = P.stackOffset + P.depth[main]!;
  const operands: Operand[] = [];
  let at = top - total;
  for (let j = 0; j < n; j++) {
    if (j >= n - k) {
      const push = pushes[j - (n - k)]!;
      if (push.size !== ins[j]) return false;
      operands.push(push);
    } else operands.push({ isImm: false, value: at });
    at += ins[j]!;
  }
  const op = P.ops[main]!;
  const mainLen = instructionLength(P.code, main);
  let len = main - pc + mainLen;
  // The result goes where the inputs were, unless a store to a local follows.
  let dest = top - total;
  const outSize = resultSize(op);
  if (outSize > 0) {
    const next = main + mainLen;
    const st = next < P.code.length && P.depth[next]! >= 0 ? storeAt(P.code, next) : null;
    if (st !== null && st.size === outSize && !storeAt(P.code, main)) {
      dest = st.slot;
      len += st.len;
    }
  }
  if (len > MAX_RUN) return false;
  P.mainPc[pc] = main;
  if (!emitMain(P, pc, main, op, len, dest, operands)) {
    P.mainPc[pc] = pc;
    return false;
  }
  return true;
}

/**
 * `i a arraylength if_icmplt/ge`, the test of a loop over an array, as one entry. arraylength is
 * its main instruction: a null array replays the pushes and throws at arraylength.
 */
function emitLengthBranch(P: Prepared, pc: number, main: number, pushes: readonly Push[]): boolean {
  const [i, a] = [pushes[0]!, pushes[1]!];
  const next = main + 1;
  const op = P.code[next];
  if (i.isImm || a.isImm || i.size !== 1 || a.size !== 1 || P.depth[next]! < 0) return false;
  if (op !== Op.if_icmplt && op !== Op.if_icmpge) return false;
  if (profiledBranch(P, next)) return false;
  P.mainPc[pc] = main;
  set(P, pc, op === Op.if_icmplt ? R.IF_LT_ALEN : R.IF_GE_ALEN, next + 3 - pc, next + readI16(P.code, next + 1) - pc, i.value, a.value);
  return true;
}

/** Slots the instruction at `pc` leaves as its result (0 for none). */
function resultSize(op: number): number {
  if (INT_BINARY.has(op)) return 1;
  const slotOnly = SLOT_ONLY.get(op);
  if (slotOnly) return slotOnly[2];
  if (op === Op.lshl || op === Op.lshr || op === Op.lushr) return 2;
  if (op === Quick.checkcast_q || op === Quick.instanceof_q) return 1;
  const field = FIELD.get(op);
  if (field && (op <= Quick.getfield_i16 || (op >= Quick.getstatic_i32 && op <= Quick.getstatic_i16))) return field[1];
  return 0;
}

/** Emits the entry for a run whose main instruction is `op` at `main`; false when it has no register form. */
function emitMain(P: Prepared, pc: number, main: number, op: number, len: number, dest: number, x: Operand[]): boolean {
  const intBinary = INT_BINARY.get(op);
  if (intBinary) {
    let [a, b] = [x[0]!, x[1]!];
    const [slotOp, immOp, commutative] = intBinary;
    if (a.isImm && !b.isImm && commutative) [a, b] = [b, a];
    if (a.isImm) return false;
    if (!b.isImm) { set(P, pc, slotOp, len, dest, a.value, b.value); return true; }
    if (immOp === null || ((op === Op.idiv || op === Op.irem) && b.value === 0)) return false;
    set(P, pc, immOp, len, dest, a.value, op === Op.isub ? -b.value | 0 : b.value);
    return true;
  }
  if (op === Op.lshl || op === Op.lshr || op === Op.lushr) {
    const [a, b] = [x[0]!, x[1]!];
    if (a.isImm) return false;
    const base = op === Op.lshl ? 0 : op === Op.lshr ? 1 : 2;
    if (b.isImm) set(P, pc, R.LSHL_K + base, len, dest, a.value, b.value);
    else set(P, pc, R.LSHL + base, len, dest, a.value, b.value);
    return true;
  }
  const slotOnly = SLOT_ONLY.get(op);
  if (slotOnly) {
    let a = x[0]!, b = x.length > 1 ? x[1]! : null;
    const withConstant = WIDE_CONSTANT_FORM.get(op);
    if (a.isImm && b !== null && !b.isImm && withConstant?.[1]) [a, b] = [b, a];
    if (a.isImm) return false;
    if (b === null || !b.isImm) set(P, pc, slotOnly[0], len, dest, a.value, b?.value ?? 0);
    else if (withConstant) set(P, pc, withConstant[0], len, dest, a.value, b.value);
    else return false;
    return true;
  }
  const store = ARRAY_STORE.get(op);
  if (store) {
    // aastore's type check throws from linkage.ts, without a replay: never fold into it.
    if (x.some((o) => o.isImm) || (op === Op.aastore && main !== pc)) return false;
    set(P, pc, store[0], len, x[2]!.value, x[0]!.value, x[1]!.value);
    return true;
  }
  const branch = BRANCH.get(op);
  if (branch) {
    const target = main + readI16(P.code, main + 1) - pc;
    let cmp = branch[0];
    let a = x[0]!, b: Operand = branch[1] === 1 ? { isImm: true, value: 0 } : x[1]!;
    if (a.isImm && !b.isImm) { [a, b] = [b, a]; cmp = swapped(cmp); }
    if (a.isImm) return false;
    set(P, pc, b.isImm ? cmp + (R.IF_EQ_K - R.IF_EQ) : cmp, len, target, a.value, b.value);
    return true;
  }
  const field = FIELD.get(op);
  if (field) {
    if (x.some((o) => o.isImm)) return false;
    const addr = P.arg[main]!;
    if (op <= Quick.getfield_i16) set(P, pc, field[0], len, dest, x[0]!.value, addr);
    else if (op <= Quick.putfield_i16 || op === Quick.putfield_bool) set(P, pc, field[0], len, x[1]!.value, x[0]!.value, addr);
    else if (op <= Quick.getstatic_i16) set(P, pc, field[0], len, dest, 0, addr);
    else set(P, pc, field[0], len, x[0]!.value, 0, addr);
    return true;
  }
  const st = storeAt(P.code, main);
  if (st) {
    const v = x[0]!;
    if (v.isImm && st.size === 2) {
      const i = v.value - P.qBase;
      set(P, pc, v.isDouble ? R.CONSTD : R.CONST2, len, st.slot, P.q[i]!, P.q[i + 1]!);
    } else if (v.isImm) set(P, pc, R.CONST, len, st.slot, 0, v.value);
    else set(P, pc, st.size === 2 ? R.MOV2 : R.MOV, len, st.slot, v.value, 0);
    return true;
  }
  if (x.some((o) => o.isImm)) return false;
  switch (op) {
    case Op.ireturn: case Op.freturn: case Op.areturn: set(P, pc, R.IRETURN, len, 0, x[0]!.value, 0); return true;
    case Op.lreturn: case Op.dreturn: set(P, pc, R.LRETURN, len, 0, x[0]!.value, 0); return true;
    case Op.athrow: set(P, pc, R.ATHROW, len, 0, x[0]!.value, 0); return true;
    case Quick.checkcast_q: set(P, pc, R.CHECKCAST, len, dest, x[0]!.value, (P.ref[main] as RtClass).id); return true;
    case Quick.instanceof_q: set(P, pc, R.INSTANCEOF, len, dest, x[0]!.value, (P.ref[main] as RtClass).id); return true;
  }
  return false;
}

/** Entry for an instruction that is neither a push nor a run's main instruction. */
function emitPlain(P: Prepared, pc: number): void {
  const code = P.code;
  const op = P.ops[pc]!;
  const len = instructionLength(code, pc);
  const top = P.stackOffset + P.depth[pc]!;
  switch (op) {
    case Op.nop: case Op.pop: case Op.pop2: set(P, pc, R.NOP, len, 0, 0, 0); return;
    case Op.dup: set(P, pc, R.MOV, len, top, top - 1, 0); return;
    case Op.dup2: set(P, pc, R.MOV2, len, top, top - 2, 0); return;
    case Op.fconst_0: case Op.fconst_1: case Op.fconst_2: setNumber(P, pc, R.CONSTF, len, top, op - Op.fconst_0); return;
    case Op.iinc: case Op.wide: {
      const wide = op === Op.wide;
      const slot = wide ? readU16(code, pc + 2) : code[pc + 1]!;
      const delta = wide ? readI16(code, pc + 4) : (code[pc + 2]! << 24) >> 24;
      if (!wide || code[pc + 1] === Op.iinc) {
        const next = pc + len;
        if (code[next] === Op.goto && P.depth[next]! >= 0) {
          set(P, pc, R.IINC_GOTO, len, next + readI16(code, next + 1) - pc, slot, delta);
        } else set(P, pc, R.IINC, len, 0, slot, delta);
        return;
      }
      break;
    }
    case Op.goto: set(P, pc, R.GOTO, len, readI16(code, pc + 1), 0, 0); return;
    case Op.goto_w: set(P, pc, R.GOTO, len, readI32(code, pc + 1), 0, 0); return;
    case Op.ldc: case Op.ldc_w: case Op.ldc2_w: {
      const e = constant(P, pc);
      if (e !== null && e.tag === CpTag.Float) { setNumber(P, pc, R.CONSTF, len, top, e.value); return; }
      set(P, pc, R.RESOLVE, len, 0, 0, 0);
      return;
    }
    case Quick.ldc_ref: set(P, pc, R.LDC_REF, len, top, 0, P.arg[pc]!); return;
    case Op.return: set(P, pc, R.RETURN, len, 0, 0, 0); return;
    case Op.newarray: set(P, pc, R.NEWARRAY, len, top - 1, top - 1, -code[pc + 1]!); return;
    case Quick.anewarray_q: set(P, pc, R.NEWARRAY, len, top - 1, top - 1, (P.ref[pc] as RtClass).id); return;
    case Quick.new_q: set(P, pc, R.NEW, len, top, 0, (P.ref[pc] as RtClass).id); return;
    case Quick.invokevirtual_q: set(P, pc, R.INVOKE_VIRTUAL, len, 0, 0, P.arg[pc]!); return;
    case Quick.invokeinterface_q: set(P, pc, R.INVOKE_INTERFACE, len, 0, 0, 0); return;
    case Quick.invoke_direct: set(P, pc, (P.ref[pc] as RtMethod).isStatic ? R.INVOKE_STATIC : R.INVOKE_DIRECT, len, 0, 0, 0); return;
    case Op.getfield: case Op.putfield: case Op.getstatic: case Op.putstatic:
    case Op.invokevirtual: case Op.invokespecial: case Op.invokestatic: case Op.invokeinterface:
    case Op.invokedynamic: case Op.new: case Op.anewarray: case Op.checkcast: case Op.instanceof:
      set(P, pc, R.RESOLVE, len, 0, 0, 0);
      return;
  }
  // tableswitch, lookupswitch, jsr, ret, monitors, multianewarray, dup_x*, swap, wide ret:
  // cold-ops.ts finds the next pc itself.
  set(P, pc, R.COLD, 0, 0, 0, 0);
}

/** Sets an entry whose operands B, C are the two words of the double `v`. */
function setNumber(P: Prepared, pc: number, op: R, len: number, dest: number, v: number): void {
  DOUBLE_BITS[0] = v;
  set(P, pc, op, len, dest, DOUBLE_WORDS[0]!, DOUBLE_WORDS[1]!);
}
