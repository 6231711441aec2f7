/**
 * @fileoverview The interpreter: one non-recursive loop, one `switch`, dispatching on register
 * code (register-code.ts) with the code index `q` and the frame's local base `lp` in local
 * variables (DESIGN "Performance notes"). Java calls push a frame and continue in the same loop.
 * Resolution, class initialization, natives, exceptions and rare instructions live in cold helpers
 * (linkage.ts, invoke-native.ts, unwind.ts, cold-ops.ts). docs/interpreter-performance.md says why
 * the loop looks the way it does.
 */
import { JavaException, JavaThrow } from '../runtime/errors.js';
import type { RtMethod } from '../runtime/model.js';
import type { Vm } from '../runtime/vm.js';
import { FrameKind, type Frame } from '../threads/frame.js';
import { instructionLength } from '../classfile/opcodes.js';
import { slotsOf } from '../runtime/model.js';
import { TierResult, type Tiering } from './tiering.js';
import type { JavaThread } from '../threads/java-thread.js';
import { RunResult } from '../threads/scheduler.js';
import { Cold, runColdOp } from './cold-ops.js';
import { callNative, NativeOutcome, resumeFromNative } from './invoke-native.js';
import { arrayStoreCheck, ensureInitialized, quicken, Step } from './linkage.js';
import {
  d2i, d2l, l2d, l2f, ladd, lcmp, ldiv, lmul, lneg, lrem, lshl, lshr, lsub, lushr,
} from './long-math.js';
import { CodeSpace } from './code-space.js';
import { prepared, type Prepared } from './prepared.js';
import { interfaceTarget } from './call-sites.js';
import { R } from './register-code.js';
import { replayPrefix, retranslateNear } from './translate.js';
import { enterSynchronized, finishSpecialReturn, handleThrowable } from './unwind.js';


/** Primitive array class names by `newarray` atype (JVMS §6.5 newarray, Table 6.5.newarray-A). */
const ATYPE_CLASS = ['', '', '', '', '[Z', '[C', '[F', '[D', '[B', '[S', '[I', '[J'];

/** Scratch for turning the two words of a double constant back into the double. */
const BITS = new Float64Array(1);
const WORDS = new Int32Array(BITS.buffer);

/** Each VM's code space and the interpreter closure made for its current array (see {@link createInterpreter}). */
const interpreters = new WeakMap<Vm, { space: CodeSpace; words: Int32Array; run: (t: JavaThread) => RunResult }>();

/**
 * Runs `t` until its budget is used, it blocks, or it ends.
 * Invariant: whenever control leaves the loop or calls code that can allocate or inspect frames,
 * the current frame's `pc` (`(q - P.qBase) >> 2`) and `sp` (`lp + Q[q | 3]`) have been written back.
 */
export function runSlice(vm: Vm, t: JavaThread): RunResult {
  let entry = interpreters.get(vm);
  if (entry === undefined || entry.words !== entry.space.words) {
    const space = entry?.space ?? new CodeSpace();
    entry = { space, words: space.words, run: createInterpreter(vm, space) };
    interpreters.set(vm, entry);
  }
  return entry.run(t);
}

/**
 * Plugs a compiler tier into `vm`'s interpreter (src/interp/tiering.ts). Must be called before the
 * VM runs any Java code: the loop captures it, and methods prepared earlier keep -Xint countdowns.
 */
export function installTiering(vm: Vm, tiering: Tiering | null): void {
  const space = new CodeSpace();
  space.tiering = tiering;
  interpreters.set(vm, { space, words: space.words, run: createInterpreter(vm, space) });
}

/** The tier installed in `vm`, if any. */
export function tieringOf(vm: Vm): Tiering | null {
  return interpreters.get(vm)?.space.tiering ?? null;
}

/**
 * `m`'s prepared data in `vm`'s code space, prepared now if it has not run yet (the JIT inlines
 * such methods). May grow the code space: the loop checks after every tier call.
 */
export function preparedIn(vm: Vm, m: RtMethod): Prepared {
  return prepared(m, interpreters.get(vm)!.space);
}

/**
 * Prepares the method of every frame of `t`. Callers are prepared before their callees in a normal
 * run, and returns rely on it; a restored thread's callers never ran in this VM.
 */
export function prepareFrames(vm: Vm, t: JavaThread): void {
  let entry = interpreters.get(vm);
  if (entry === undefined) {
    const space = new CodeSpace();
    entry = { space, words: space.words, run: createInterpreter(vm, space) };
    interpreters.set(vm, entry);
  }
  for (let d = 0; d < t.depth; d++) prepared(t.frames[d]!.method, entry.space);
}

/**
 * The interpreter loop for `vm`, as a closure over the VM's never-changing parts (heap views,
 * class table, the code space's array). When a process runs one VM, V8 compiles the closure
 * specialized to that context: these become constants, so their accesses need no map checks or
 * length loads. When the code space grows, the loop returns and a new closure takes over.
 */
function createInterpreter(vm: Vm, space: CodeSpace): (t: JavaThread) => RunResult {
  const Q = space.words;
  /** The same words as doubles: constant-area doubles are 8-byte aligned (even word index). */
  const QD = new Float64Array(Q.buffer);
  const heap = vm.heap;
  const I8 = heap.i8, U16 = heap.u16, I16 = heap.i16, I32 = heap.i32, F32 = heap.f32, F64 = heap.f64;
  const classes = vm.registry.byId;
  const constRefs = vm.constRefs;
  const tier = space.tiering;
  return function runThread(t: JavaThread): RunResult {
    const s = t.stack;
    const full = vm.sliceBudget;
    let budget = full;
    // The budget this slice used (calls and taken branches) is added to vm.interpretedWork on every
    // way out: one add per slice, not per instruction (the JIT's start-up gates count it). The
    // body of this try is not indented one more level, to keep it diffable against history.
    try {

    if (t.inNative) {
      const r = resumeFromNative(vm, t);
      if (r !== RunResult.Yielded) return r;
    }
    if (t.depth === 0) return RunResult.Terminated;

    let f = t.top;
    let P: Prepared = prepared(f.method, space);
    if (Q !== space.words) return RunResult.Yielded;
    let ref = P.ref;
    let q = P.qBase + (f.pc << 2), lp = f.lp | 0;

    for (;;) {
      try {
        for (;;) {
          // Index arithmetic is written `(a + b) | 0` and `Q[q | k]` (q is a multiple of 4): int32
          // operations V8 compiles without overflow checks, each of which would be a deopt exit.
          const w = Q[q]!;
          let fault = Fault.None, fa = 0, fb = 0;
          // An instruction ends with `break` (done, q advanced), `break taken` (a branch was taken)
          // or `break faults` (a fused run must be replayed before its main instruction throws).
          taken: { faults: { switch (w & 0xff) {
            case R.NOP: q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.MOV: s[(lp + (w >>> 14)) | 0] = s[(lp + Q[q | 1]!) | 0]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.MOV2: {
              const b = (lp + Q[q | 1]!) | 0, a = (lp + (w >>> 14)) | 0;
              const v0 = s[b]!, v1 = s[b + 1]!;
              s[a] = v0; s[a + 1] = v1; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.CONST: s[(lp + (w >>> 14)) | 0] = Q[q | 2]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.CONST2: { const a = (lp + (w >>> 14)) | 0; s[a] = Q[q | 1]!; s[a + 1] = Q[q | 2]!; q = (q + ((w >> 6) & 0xfc)) | 0; break; }
            case R.CONSTD: case R.CONSTF: {
              const a = (lp + (w >>> 14)) | 0;
              WORDS[0] = Q[q | 1]!; WORDS[1] = Q[q | 2]!;
              s[a] = BITS[0]!;
              if ((w & 0xff) === R.CONSTD) s[a + 1] = 0;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.LDC_REF: s[(lp + (w >>> 14)) | 0] = constRefs[Q[q | 2]!]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;

            case R.IADD: s[(lp + (w >>> 14)) | 0] = (s[(lp + Q[q | 1]!) | 0]! + s[(lp + Q[q | 2]!) | 0]!) | 0; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.IADD_K: s[(lp + (w >>> 14)) | 0] = (s[(lp + Q[q | 1]!) | 0]! + Q[q | 2]!) | 0; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.ISUB: s[(lp + (w >>> 14)) | 0] = (s[(lp + Q[q | 1]!) | 0]! - s[(lp + Q[q | 2]!) | 0]!) | 0; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.IMUL: s[(lp + (w >>> 14)) | 0] = Math.imul(s[(lp + Q[q | 1]!) | 0]!, s[(lp + Q[q | 2]!) | 0]!); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.IMUL_K: s[(lp + (w >>> 14)) | 0] = Math.imul(s[(lp + Q[q | 1]!) | 0]!, Q[q | 2]!); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.IAND: s[(lp + (w >>> 14)) | 0] = s[(lp + Q[q | 1]!) | 0]! & s[(lp + Q[q | 2]!) | 0]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.IAND_K: s[(lp + (w >>> 14)) | 0] = s[(lp + Q[q | 1]!) | 0]! & Q[q | 2]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.IOR: s[(lp + (w >>> 14)) | 0] = s[(lp + Q[q | 1]!) | 0]! | s[(lp + Q[q | 2]!) | 0]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.IOR_K: s[(lp + (w >>> 14)) | 0] = s[(lp + Q[q | 1]!) | 0]! | Q[q | 2]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.IXOR: s[(lp + (w >>> 14)) | 0] = s[(lp + Q[q | 1]!) | 0]! ^ s[(lp + Q[q | 2]!) | 0]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.IXOR_K: s[(lp + (w >>> 14)) | 0] = s[(lp + Q[q | 1]!) | 0]! ^ Q[q | 2]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.ISHL: s[(lp + (w >>> 14)) | 0] = s[(lp + Q[q | 1]!) | 0]! << s[(lp + Q[q | 2]!) | 0]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.ISHL_K: s[(lp + (w >>> 14)) | 0] = s[(lp + Q[q | 1]!) | 0]! << Q[q | 2]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.ISHR: s[(lp + (w >>> 14)) | 0] = s[(lp + Q[q | 1]!) | 0]! >> s[(lp + Q[q | 2]!) | 0]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.ISHR_K: s[(lp + (w >>> 14)) | 0] = s[(lp + Q[q | 1]!) | 0]! >> Q[q | 2]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.IUSHR: s[(lp + (w >>> 14)) | 0] = (s[(lp + Q[q | 1]!) | 0]! >>> s[(lp + Q[q | 2]!) | 0]!) | 0; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.IUSHR_K: s[(lp + (w >>> 14)) | 0] = (s[(lp + Q[q | 1]!) | 0]! >>> Q[q | 2]!) | 0; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.IDIV: case R.IREM: {
              const y = s[(lp + Q[q | 2]!) | 0]! | 0;
              if (y === 0) { fault = Fault.DivideByZero; break faults; }
              const x = s[(lp + Q[q | 1]!) | 0]! | 0;
              s[(lp + (w >>> 14)) | 0] = ((w & 0xff) === R.IDIV ? x / y : x % y) | 0;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.IDIV_K: s[(lp + (w >>> 14)) | 0] = ((s[(lp + Q[q | 1]!) | 0]! | 0) / Q[q | 2]!) | 0; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.IREM_K: s[(lp + (w >>> 14)) | 0] = ((s[(lp + Q[q | 1]!) | 0]! | 0) % Q[q | 2]!) | 0; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.INEG: s[(lp + (w >>> 14)) | 0] = -s[(lp + Q[q | 1]!) | 0]! | 0; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.IINC: { const b = (lp + Q[q | 1]!) | 0; s[b] = (s[b]! + Q[q | 2]!) | 0; q = (q + ((w >> 6) & 0xfc)) | 0; break; }
            case R.IINC_GOTO: {
              const b = (lp + Q[q | 1]!) | 0; s[b] = (s[b]! + Q[q | 2]!) | 0;
              break taken;
            }

            case R.I2L: { const v = s[(lp + Q[q | 1]!) | 0]!, a = (lp + (w >>> 14)) | 0; s[a] = v; s[a + 1] = v >> 31; q = (q + ((w >> 6) & 0xfc)) | 0; break; }
            case R.I2F: s[(lp + (w >>> 14)) | 0] = Math.fround(s[(lp + Q[q | 1]!) | 0]!); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.I2D: { const v = s[(lp + Q[q | 1]!) | 0]!, a = (lp + (w >>> 14)) | 0; s[a] = v; s[a + 1] = 0; q = (q + ((w >> 6) & 0xfc)) | 0; break; }
            case R.I2B: s[(lp + (w >>> 14)) | 0] = (s[(lp + Q[q | 1]!) | 0]! << 24) >> 24; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.I2C: s[(lp + (w >>> 14)) | 0] = s[(lp + Q[q | 1]!) | 0]! & 0xffff; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.I2S: s[(lp + (w >>> 14)) | 0] = (s[(lp + Q[q | 1]!) | 0]! << 16) >> 16; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.L2F: s[(lp + (w >>> 14)) | 0] = l2f(s, (lp + Q[q | 1]!) | 0); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.L2D: { const v = l2d(s, (lp + Q[q | 1]!) | 0), a = (lp + (w >>> 14)) | 0; s[a] = v; s[a + 1] = 0; q = (q + ((w >> 6) & 0xfc)) | 0; break; }
            case R.F2I: case R.D2I: s[(lp + (w >>> 14)) | 0] = d2i(s[(lp + Q[q | 1]!) | 0]!); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.F2L: case R.D2L: d2l(s, (lp + (w >>> 14)) | 0, s[(lp + Q[q | 1]!) | 0]!); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.D2F: s[(lp + (w >>> 14)) | 0] = Math.fround(s[(lp + Q[q | 1]!) | 0]!); q = (q + ((w >> 6) & 0xfc)) | 0; break;

            case R.LADD: { const c = (lp + Q[q | 2]!) | 0; ladd(s, (lp + (w >>> 14)) | 0, (lp + Q[q | 1]!) | 0, s[c]!, s[c + 1]!); } q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.LSUB: { const c = (lp + Q[q | 2]!) | 0; lsub(s, (lp + (w >>> 14)) | 0, (lp + Q[q | 1]!) | 0, s[c]!, s[c + 1]!); } q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.LMUL: { const c = (lp + Q[q | 2]!) | 0; lmul(s, (lp + (w >>> 14)) | 0, (lp + Q[q | 1]!) | 0, s[c]!, s[c + 1]!); } q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.LAND: case R.LOR: case R.LXOR: {
              const b = (lp + Q[q | 1]!) | 0, c = (lp + Q[q | 2]!) | 0, a = (lp + (w >>> 14)) | 0, op = w & 0xff;
              const x0 = s[b]!, x1 = s[b + 1]!, y0 = s[c]!, y1 = s[c + 1]!;
              s[a] = op === R.LAND ? x0 & y0 : op === R.LOR ? x0 | y0 : x0 ^ y0;
              s[a + 1] = op === R.LAND ? x1 & y1 : op === R.LOR ? x1 | y1 : x1 ^ y1;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.LDIV: case R.LREM: {
              const c = (lp + Q[q | 2]!) | 0;
              if (s[c] === 0 && s[c + 1] === 0) { fault = Fault.DivideByZero; break faults; }
              if ((w & 0xff) === R.LDIV) ldiv(s, (lp + (w >>> 14)) | 0, (lp + Q[q | 1]!) | 0, c);
              else lrem(s, (lp + (w >>> 14)) | 0, (lp + Q[q | 1]!) | 0, c);
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.LSHL: lshl(s, (lp + (w >>> 14)) | 0, (lp + Q[q | 1]!) | 0, s[(lp + Q[q | 2]!) | 0]!); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.LSHR: lshr(s, (lp + (w >>> 14)) | 0, (lp + Q[q | 1]!) | 0, s[(lp + Q[q | 2]!) | 0]!); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.LUSHR: lushr(s, (lp + (w >>> 14)) | 0, (lp + Q[q | 1]!) | 0, s[(lp + Q[q | 2]!) | 0]!); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.LSHL_K: lshl(s, (lp + (w >>> 14)) | 0, (lp + Q[q | 1]!) | 0, Q[q | 2]!); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.LSHR_K: lshr(s, (lp + (w >>> 14)) | 0, (lp + Q[q | 1]!) | 0, Q[q | 2]!); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.LUSHR_K: lushr(s, (lp + (w >>> 14)) | 0, (lp + Q[q | 1]!) | 0, Q[q | 2]!); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.LNEG: lneg(s, (lp + (w >>> 14)) | 0, (lp + Q[q | 1]!) | 0); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.LCMP: s[(lp + (w >>> 14)) | 0] = lcmp(s, (lp + Q[q | 1]!) | 0, (lp + Q[q | 2]!) | 0); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.FCMPL: case R.FCMPG: case R.DCMPL: case R.DCMPG: {
              const x = s[(lp + Q[q | 1]!) | 0]!, y = s[(lp + Q[q | 2]!) | 0]!, op = w & 0xff;
              // JVMS §6.5 fcmp<op>, dcmp<op>: NaN gives 1 for the g forms, -1 for the l forms.
              s[(lp + (w >>> 14)) | 0] = x > y ? 1 : x < y ? -1 : x === y ? 0 : op === R.FCMPG || op === R.DCMPG ? 1 : -1;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }

            case R.FADD: s[(lp + (w >>> 14)) | 0] = Math.fround(s[(lp + Q[q | 1]!) | 0]! + s[(lp + Q[q | 2]!) | 0]!); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.FSUB: s[(lp + (w >>> 14)) | 0] = Math.fround(s[(lp + Q[q | 1]!) | 0]! - s[(lp + Q[q | 2]!) | 0]!); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.FMUL: s[(lp + (w >>> 14)) | 0] = Math.fround(s[(lp + Q[q | 1]!) | 0]! * s[(lp + Q[q | 2]!) | 0]!); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.FDIV: s[(lp + (w >>> 14)) | 0] = Math.fround(s[(lp + Q[q | 1]!) | 0]! / s[(lp + Q[q | 2]!) | 0]!); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.FREM: s[(lp + (w >>> 14)) | 0] = Math.fround(s[(lp + Q[q | 1]!) | 0]! % s[(lp + Q[q | 2]!) | 0]!); q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.FNEG: s[(lp + (w >>> 14)) | 0] = -s[(lp + Q[q | 1]!) | 0]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.DADD: { const a = (lp + (w >>> 14)) | 0; s[a] = s[(lp + Q[q | 1]!) | 0]! + s[(lp + Q[q | 2]!) | 0]!; s[a + 1] = 0; q = (q + ((w >> 6) & 0xfc)) | 0; break; }
            case R.DSUB: { const a = (lp + (w >>> 14)) | 0; s[a] = s[(lp + Q[q | 1]!) | 0]! - s[(lp + Q[q | 2]!) | 0]!; s[a + 1] = 0; q = (q + ((w >> 6) & 0xfc)) | 0; break; }
            case R.DMUL: { const a = (lp + (w >>> 14)) | 0; s[a] = s[(lp + Q[q | 1]!) | 0]! * s[(lp + Q[q | 2]!) | 0]!; s[a + 1] = 0; q = (q + ((w >> 6) & 0xfc)) | 0; break; }
            case R.DDIV: { const a = (lp + (w >>> 14)) | 0; s[a] = s[(lp + Q[q | 1]!) | 0]! / s[(lp + Q[q | 2]!) | 0]!; s[a + 1] = 0; q = (q + ((w >> 6) & 0xfc)) | 0; break; }
            case R.DREM: { const a = (lp + (w >>> 14)) | 0; s[a] = s[(lp + Q[q | 1]!) | 0]! % s[(lp + Q[q | 2]!) | 0]!; s[a + 1] = 0; q = (q + ((w >> 6) & 0xfc)) | 0; break; }
            case R.DNEG: { const a = (lp + (w >>> 14)) | 0; s[a] = -s[(lp + Q[q | 1]!) | 0]!; s[a + 1] = 0; q = (q + ((w >> 6) & 0xfc)) | 0; break; }

            case R.LADD_K: { const k = Q[q | 2]!; ladd(s, (lp + (w >>> 14)) | 0, (lp + Q[q | 1]!) | 0, Q[k]!, Q[k + 1]!); } q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.LSUB_K: { const k = Q[q | 2]!; lsub(s, (lp + (w >>> 14)) | 0, (lp + Q[q | 1]!) | 0, Q[k]!, Q[k + 1]!); } q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.LMUL_K: { const k = Q[q | 2]!; lmul(s, (lp + (w >>> 14)) | 0, (lp + Q[q | 1]!) | 0, Q[k]!, Q[k + 1]!); } q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.LAND_K: case R.LOR_K: case R.LXOR_K: {
              const b = (lp + Q[q | 1]!) | 0, k = Q[q | 2]!, a = (lp + (w >>> 14)) | 0, op = w & 0xff;
              const x0 = s[b]!, x1 = s[b + 1]!, y0 = Q[k]!, y1 = Q[k + 1]!;
              s[a] = op === R.LAND_K ? x0 & y0 : op === R.LOR_K ? x0 | y0 : x0 ^ y0;
              s[a + 1] = op === R.LAND_K ? x1 & y1 : op === R.LOR_K ? x1 | y1 : x1 ^ y1;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.LCMP_K: {
              const b = (lp + Q[q | 1]!) | 0, k = Q[q | 2]!;
              const xh = s[b + 1]! | 0, yh = Q[k + 1]!;
              const xl = s[b]! >>> 0, yl = Q[k]! >>> 0;
              // JVMS §6.5 lcmp: high words signed, then low words unsigned.
              s[(lp + (w >>> 14)) | 0] = xh !== yh ? (xh < yh ? -1 : 1) : xl === yl ? 0 : xl < yl ? -1 : 1;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.DADD_K: { const a = (lp + (w >>> 14)) | 0; s[a] = s[(lp + Q[q | 1]!) | 0]! + QD[Q[q | 2]! >> 1]!; s[a + 1] = 0; q = (q + ((w >> 6) & 0xfc)) | 0; break; }
            case R.DSUB_K: { const a = (lp + (w >>> 14)) | 0; s[a] = s[(lp + Q[q | 1]!) | 0]! - QD[Q[q | 2]! >> 1]!; s[a + 1] = 0; q = (q + ((w >> 6) & 0xfc)) | 0; break; }
            case R.DMUL_K: { const a = (lp + (w >>> 14)) | 0; s[a] = s[(lp + Q[q | 1]!) | 0]! * QD[Q[q | 2]! >> 1]!; s[a + 1] = 0; q = (q + ((w >> 6) & 0xfc)) | 0; break; }
            case R.DDIV_K: { const a = (lp + (w >>> 14)) | 0; s[a] = s[(lp + Q[q | 1]!) | 0]! / QD[Q[q | 2]! >> 1]!; s[a + 1] = 0; q = (q + ((w >> 6) & 0xfc)) | 0; break; }
            case R.DCMPL_K: case R.DCMPG_K: {
              const x = s[(lp + Q[q | 1]!) | 0]!, y = QD[Q[q | 2]! >> 1]!;
              s[(lp + (w >>> 14)) | 0] = x > y ? 1 : x < y ? -1 : x === y ? 0 : (w & 0xff) === R.DCMPG_K ? 1 : -1;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }

            case R.IF_EQ:
              if (!(s[(lp + Q[q | 1]!) | 0]! === s[(lp + Q[q | 2]!) | 0]!)) { q = (q + ((w >> 6) & 0xfc)) | 0; break; }
              break taken;
            case R.IF_NE:
              if (!(s[(lp + Q[q | 1]!) | 0]! !== s[(lp + Q[q | 2]!) | 0]!)) { q = (q + ((w >> 6) & 0xfc)) | 0; break; }
              break taken;
            case R.IF_LT:
              if (!(s[(lp + Q[q | 1]!) | 0]! < s[(lp + Q[q | 2]!) | 0]!)) { q = (q + ((w >> 6) & 0xfc)) | 0; break; }
              break taken;
            case R.IF_GE:
              if (!(s[(lp + Q[q | 1]!) | 0]! >= s[(lp + Q[q | 2]!) | 0]!)) { q = (q + ((w >> 6) & 0xfc)) | 0; break; }
              break taken;
            case R.IF_GT:
              if (!(s[(lp + Q[q | 1]!) | 0]! > s[(lp + Q[q | 2]!) | 0]!)) { q = (q + ((w >> 6) & 0xfc)) | 0; break; }
              break taken;
            case R.IF_LE:
              if (!(s[(lp + Q[q | 1]!) | 0]! <= s[(lp + Q[q | 2]!) | 0]!)) { q = (q + ((w >> 6) & 0xfc)) | 0; break; }
              break taken;
            case R.IF_EQ_K:
              if (!(s[(lp + Q[q | 1]!) | 0]! === Q[q | 2]!)) { q = (q + ((w >> 6) & 0xfc)) | 0; break; }
              break taken;
            case R.IF_NE_K:
              if (!(s[(lp + Q[q | 1]!) | 0]! !== Q[q | 2]!)) { q = (q + ((w >> 6) & 0xfc)) | 0; break; }
              break taken;
            case R.IF_LT_K:
              if (!(s[(lp + Q[q | 1]!) | 0]! < Q[q | 2]!)) { q = (q + ((w >> 6) & 0xfc)) | 0; break; }
              break taken;
            case R.IF_GE_K:
              if (!(s[(lp + Q[q | 1]!) | 0]! >= Q[q | 2]!)) { q = (q + ((w >> 6) & 0xfc)) | 0; break; }
              break taken;
            case R.IF_GT_K:
              if (!(s[(lp + Q[q | 1]!) | 0]! > Q[q | 2]!)) { q = (q + ((w >> 6) & 0xfc)) | 0; break; }
              break taken;
            case R.IF_LE_K:
              if (!(s[(lp + Q[q | 1]!) | 0]! <= Q[q | 2]!)) { q = (q + ((w >> 6) & 0xfc)) | 0; break; }
              break taken;
            case R.IF_LT_ALEN: case R.IF_GE_ALEN: {
              const x = s[(lp + Q[q | 2]!) | 0]!;
              if (x === 0) { fault = Fault.Null; break faults; }
              const lt = s[(lp + Q[q | 1]!) | 0]! < I32[(x + 8) >> 2]!;
              if (lt !== ((w & 0xff) === R.IF_LT_ALEN)) { q = (q + ((w >> 6) & 0xfc)) | 0; break; }
              break taken;
            }
            case R.GOTO:
              break taken;

            // Array bounds: the fake array at address 0 (length 0) makes null fail the check too.
            case R.IALOAD: {
              const x = s[(lp + Q[q | 1]!) | 0]!, i = s[(lp + Q[q | 2]!) | 0]!;
              if (i >>> 0 >= I32[(x + 8) >> 2]! >>> 0) { fault = Fault.Index; fa = x; fb = i; break faults; }
              const a = (lp + (w >>> 14)) | 0; s[a] = I32[((x + 16) >> 2) + i]!;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.LALOAD: {
              const x = s[(lp + Q[q | 1]!) | 0]!, i = s[(lp + Q[q | 2]!) | 0]!;
              if (i >>> 0 >= I32[(x + 8) >> 2]! >>> 0) { fault = Fault.Index; fa = x; fb = i; break faults; }
              const a = (lp + (w >>> 14)) | 0; const at = ((x + 16) >> 2) + 2 * i; s[a] = I32[at]!; s[a + 1] = I32[at + 1]!;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.FALOAD: {
              const x = s[(lp + Q[q | 1]!) | 0]!, i = s[(lp + Q[q | 2]!) | 0]!;
              if (i >>> 0 >= I32[(x + 8) >> 2]! >>> 0) { fault = Fault.Index; fa = x; fb = i; break faults; }
              const a = (lp + (w >>> 14)) | 0; s[a] = F32[((x + 16) >> 2) + i]!;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.DALOAD: {
              const x = s[(lp + Q[q | 1]!) | 0]!, i = s[(lp + Q[q | 2]!) | 0]!;
              if (i >>> 0 >= I32[(x + 8) >> 2]! >>> 0) { fault = Fault.Index; fa = x; fb = i; break faults; }
              const a = (lp + (w >>> 14)) | 0; s[a] = F64[((x + 16) >> 3) + i]!; s[a + 1] = 0;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.BALOAD: {
              const x = s[(lp + Q[q | 1]!) | 0]!, i = s[(lp + Q[q | 2]!) | 0]!;
              if (i >>> 0 >= I32[(x + 8) >> 2]! >>> 0) { fault = Fault.Index; fa = x; fb = i; break faults; }
              const a = (lp + (w >>> 14)) | 0; s[a] = I8[x + 16 + i]!;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.CALOAD: {
              const x = s[(lp + Q[q | 1]!) | 0]!, i = s[(lp + Q[q | 2]!) | 0]!;
              if (i >>> 0 >= I32[(x + 8) >> 2]! >>> 0) { fault = Fault.Index; fa = x; fb = i; break faults; }
              const a = (lp + (w >>> 14)) | 0; s[a] = U16[((x + 16) >> 1) + i]!;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.SALOAD: {
              const x = s[(lp + Q[q | 1]!) | 0]!, i = s[(lp + Q[q | 2]!) | 0]!;
              if (i >>> 0 >= I32[(x + 8) >> 2]! >>> 0) { fault = Fault.Index; fa = x; fb = i; break faults; }
              const a = (lp + (w >>> 14)) | 0; s[a] = I16[((x + 16) >> 1) + i]!;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.IASTORE: {
              const x = s[(lp + Q[q | 1]!) | 0]!, i = s[(lp + Q[q | 2]!) | 0]!;
              if (i >>> 0 >= I32[(x + 8) >> 2]! >>> 0) { fault = Fault.Index; fa = x; fb = i; break faults; }
              const a = (lp + (w >>> 14)) | 0; I32[((x + 16) >> 2) + i] = s[a]!;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.LASTORE: {
              const x = s[(lp + Q[q | 1]!) | 0]!, i = s[(lp + Q[q | 2]!) | 0]!;
              if (i >>> 0 >= I32[(x + 8) >> 2]! >>> 0) { fault = Fault.Index; fa = x; fb = i; break faults; }
              const a = (lp + (w >>> 14)) | 0; const at = ((x + 16) >> 2) + 2 * i; I32[at] = s[a]!; I32[at + 1] = s[a + 1]!;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.FASTORE: {
              const x = s[(lp + Q[q | 1]!) | 0]!, i = s[(lp + Q[q | 2]!) | 0]!;
              if (i >>> 0 >= I32[(x + 8) >> 2]! >>> 0) { fault = Fault.Index; fa = x; fb = i; break faults; }
              const a = (lp + (w >>> 14)) | 0; F32[((x + 16) >> 2) + i] = s[a]!;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.DASTORE: {
              const x = s[(lp + Q[q | 1]!) | 0]!, i = s[(lp + Q[q | 2]!) | 0]!;
              if (i >>> 0 >= I32[(x + 8) >> 2]! >>> 0) { fault = Fault.Index; fa = x; fb = i; break faults; }
              const a = (lp + (w >>> 14)) | 0; F64[((x + 16) >> 3) + i] = s[a]!;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.AASTORE: {
              const x = s[(lp + Q[q | 1]!) | 0]!, i = s[(lp + Q[q | 2]!) | 0]!;
              if (i >>> 0 >= I32[(x + 8) >> 2]! >>> 0) { fault = Fault.Index; fa = x; fb = i; break faults; }
              const a = (lp + (w >>> 14)) | 0; const v = s[a]!; if (v !== 0) arrayStoreCheck(vm, x, v); I32[((x + 16) >> 2) + i] = v;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.BASTORE: {
              const x = s[(lp + Q[q | 1]!) | 0]!, i = s[(lp + Q[q | 2]!) | 0]!;
              if (i >>> 0 >= I32[(x + 8) >> 2]! >>> 0) { fault = Fault.Index; fa = x; fb = i; break faults; }
              const a = (lp + (w >>> 14)) | 0; I8[x + 16 + i] = classes[I32[x >> 2]!]!.name === '[Z' ? s[a]! & 1 : s[a]!; // JVMS §6.5 bastore: booleans store value & 1
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.SASTORE: {
              const x = s[(lp + Q[q | 1]!) | 0]!, i = s[(lp + Q[q | 2]!) | 0]!;
              if (i >>> 0 >= I32[(x + 8) >> 2]! >>> 0) { fault = Fault.Index; fa = x; fb = i; break faults; }
              const a = (lp + (w >>> 14)) | 0; I16[((x + 16) >> 1) + i] = s[a]!;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.ARRAYLENGTH: {
              const x = s[(lp + Q[q | 1]!) | 0]!;
              if (x === 0) { fault = Fault.Null; break faults; }
              s[(lp + (w >>> 14)) | 0] = I32[(x + 8) >> 2]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }

            case R.GETFIELD_I32: {
              const o = s[(lp + Q[q | 1]!) | 0]!;
              if (o === 0) { fault = Fault.Null; break faults; }
              s[(lp + (w >>> 14)) | 0] = I32[(o + Q[q | 2]!) >> 2]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.GETFIELD_F32: case R.GETFIELD_I64: case R.GETFIELD_F64:
            case R.GETFIELD_I8: case R.GETFIELD_U16: case R.GETFIELD_I16: {
              const o = s[(lp + Q[q | 1]!) | 0]!;
              if (o === 0) { fault = Fault.Null; break faults; }
              const at = o + Q[q | 2]!, a = (lp + (w >>> 14)) | 0;
              switch (w & 0xff) {
                case R.GETFIELD_F32: s[a] = F32[at >> 2]!; break;
                case R.GETFIELD_I64: s[a] = I32[at >> 2]!; s[a + 1] = I32[(at >> 2) + 1]!; break;
                case R.GETFIELD_F64: s[a] = F64[at >> 3]!; s[a + 1] = 0; break;
                case R.GETFIELD_I8: s[a] = I8[at]!; break;
                case R.GETFIELD_U16: s[a] = U16[at >> 1]!; break;
                default: s[a] = I16[at >> 1]!;
              }
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.PUTFIELD_I32: {
              const o = s[(lp + Q[q | 1]!) | 0]!;
              if (o === 0) { fault = Fault.Null; break faults; }
              I32[(o + Q[q | 2]!) >> 2] = s[(lp + (w >>> 14)) | 0]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.PUTFIELD_F32: case R.PUTFIELD_I64: case R.PUTFIELD_F64:
            case R.PUTFIELD_I8: case R.PUTFIELD_BOOL: case R.PUTFIELD_I16: {
              const o = s[(lp + Q[q | 1]!) | 0]!;
              if (o === 0) { fault = Fault.Null; break faults; }
              const at = o + Q[q | 2]!, a = (lp + (w >>> 14)) | 0;
              switch (w & 0xff) {
                case R.PUTFIELD_F32: F32[at >> 2] = s[a]!; break;
                case R.PUTFIELD_I64: I32[at >> 2] = s[a]!; I32[(at >> 2) + 1] = s[a + 1]!; break;
                case R.PUTFIELD_F64: F64[at >> 3] = s[a]!; break;
                case R.PUTFIELD_I8: I8[at] = s[a]!; break;
                case R.PUTFIELD_BOOL: I8[at] = s[a]! & 1; break;
                default: I16[at >> 1] = s[a]!;
              }
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.GETSTATIC_I32: s[(lp + (w >>> 14)) | 0] = I32[Q[q | 2]! >> 2]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.GETSTATIC_F32: s[(lp + (w >>> 14)) | 0] = F32[Q[q | 2]! >> 2]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.GETSTATIC_I64: {
              const at = Q[q | 2]! >> 2, a = (lp + (w >>> 14)) | 0;
              s[a] = I32[at]!; s[a + 1] = I32[at + 1]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.GETSTATIC_F64: { const a = (lp + (w >>> 14)) | 0; s[a] = F64[Q[q | 2]! >> 3]!; s[a + 1] = 0; q = (q + ((w >> 6) & 0xfc)) | 0; break; }
            case R.GETSTATIC_I8: s[(lp + (w >>> 14)) | 0] = I8[Q[q | 2]!]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.GETSTATIC_U16: s[(lp + (w >>> 14)) | 0] = U16[Q[q | 2]! >> 1]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.GETSTATIC_I16: s[(lp + (w >>> 14)) | 0] = I16[Q[q | 2]! >> 1]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.PUTSTATIC_I32: I32[Q[q | 2]! >> 2] = s[(lp + (w >>> 14)) | 0]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.PUTSTATIC_F32: F32[Q[q | 2]! >> 2] = s[(lp + (w >>> 14)) | 0]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.PUTSTATIC_I64: {
              const at = Q[q | 2]! >> 2, a = (lp + (w >>> 14)) | 0;
              I32[at] = s[a]!; I32[at + 1] = s[a + 1]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.PUTSTATIC_F64: F64[Q[q | 2]! >> 3] = s[(lp + (w >>> 14)) | 0]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.PUTSTATIC_I8: I8[Q[q | 2]!] = s[(lp + (w >>> 14)) | 0]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.PUTSTATIC_BOOL: I8[Q[q | 2]!] = s[(lp + (w >>> 14)) | 0]! & 1; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            case R.PUTSTATIC_I16: I16[Q[q | 2]! >> 1] = s[(lp + (w >>> 14)) | 0]!; q = (q + ((w >> 6) & 0xfc)) | 0; break;

            case R.INVOKE_VIRTUAL: case R.INVOKE_INTERFACE: case R.INVOKE_DIRECT: case R.INVOKE_STATIC: {
              const op = w & 0xff, pc = (q - P.qBase) >> 2, sp = (lp + Q[q | 3]!) | 0;
              let target = ref[pc] as RtMethod;
              const base = sp - target.argSlots;
              if (op !== R.INVOKE_STATIC) {
                const recv = s[base]!;
                if (recv === 0) throw vm.npe();
                if (op === R.INVOKE_VIRTUAL) target = classes[I32[recv >> 2]!]!.vtable[Q[q | 2]!]!;
                else if (op === R.INVOKE_INTERFACE) target = interfaceTarget(vm, P, pc, classes[I32[recv >> 2]!]!, target);
              }
              f.pc = pc;
              let callee = target.prepared as Prepared | null;
              if (callee === null && target.code === null) {
                f.sp = sp;
                const r = callNative(vm, t, target, sp);
                if (r === NativeOutcome.Done) { q = (q + ((w >> 6) & 0xfc)) | 0; break; }
                if (r === NativeOutcome.Blocked) return RunResult.Blocked;
                if (r === NativeOutcome.Exit) return RunResult.Exit;
                // Frames were pushed (or the native threw and unwinding moved us): reload.
                f = t.top; P = prepared(f.method, space); if (Q !== space.words) return RunResult.Yielded; ref = P.ref; q = P.qBase + (f.pc << 2); lp = f.lp | 0;
                break;
              }
              if (callee === null) {
                callee = prepared(target, space);
                if (Q !== space.words) { f.sp = sp; return RunResult.Yielded; } // re-run the invoke in a new loop
              }
              f.sp = base;
              if (--callee.hot <= 0 && tier !== null) {
                // Tiering (tiering.ts): compile and/or run the callee's compiled code.
                const r = tier.invoke(t, callee, base);
                if (r === TierResult.Returned) {
                  q = (q + ((w >> 6) & 0xfc)) | 0;
                  if (Q !== space.words) { f.pc = (q - P.qBase) >> 2; f.sp = (lp + Q[q | 3]!) | 0; return RunResult.Yielded; }
                  break;
                }
                if (r !== TierResult.Interpret) {
                  f = t.top; P = prepared(f.method, space); if (Q !== space.words) return RunResult.Yielded; ref = P.ref; q = P.qBase + (f.pc << 2); lp = f.lp | 0;
                  if (r === TierResult.DeoptedYield) return RunResult.Yielded;
                  if (r === TierResult.DeoptedBlocked) return RunResult.Blocked;
                  if (r === TierResult.DeoptedExit) return RunResult.Exit;
                  break;
                }
                if (Q !== space.words) { f.sp = sp; return RunResult.Yielded; } // the compiler prepared methods: re-run the invoke in a new loop
              }
              if (!t.pushFrame(target, base, FrameKind.Normal)) { f.sp = sp; throw new JavaThrow('java/lang/StackOverflowError'); }
              f = t.top; P = callee; ref = P.ref; q = P.qBase; lp = base;
              if (P.isSynchronized && !enterSynchronized(vm, t, f)) return RunResult.Blocked;
              if (--budget <= 0) return RunResult.Yielded;
              break;
            }

            case R.NEW: {
              const cls = classes[Q[q | 2]!]!;
              let o = heap.allocInstance(cls.id, cls.instanceSize);
              if (o === 0) { f.pc = (q - P.qBase) >> 2; f.sp = (lp + Q[q | 3]!) | 0; o = vm.allocInstanceSlow(cls); }
              s[(lp + (w >>> 14)) | 0] = o; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.NEWARRAY: {
              const n = s[(lp + Q[q | 1]!) | 0]!;
              let c = Q[q | 2]!;
              f.pc = (q - P.qBase) >> 2; f.sp = (lp + Q[q | 3]!) | 0;
              if (c < 0) { c = vm.registry.load(ATYPE_CLASS[-c]!).id; Q[q | 2] = c; }
              s[(lp + (w >>> 14)) | 0] = vm.newArray(classes[c]!, n);
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.CHECKCAST: {
              const o = s[(lp + Q[q | 1]!) | 0]!;
              if (o !== 0 && !classes[I32[o >> 2]!]!.supertypes.has(classes[Q[q | 2]!]!)) { fault = Fault.ClassCast; fa = o; fb = Q[q | 2]!; break faults; }
              s[(lp + (w >>> 14)) | 0] = o; q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }
            case R.INSTANCEOF: {
              const o = s[(lp + Q[q | 1]!) | 0]!;
              s[(lp + (w >>> 14)) | 0] = o !== 0 && classes[I32[o >> 2]!]!.supertypes.has(classes[Q[q | 2]!]!) ? 1 : 0;
              q = (q + ((w >> 6) & 0xfc)) | 0; break;
            }

            case R.IRETURN: case R.LRETURN: case R.RETURN: {
              const op = w & 0xff;
              let v0 = 0, v1 = 0;
              if (op !== R.RETURN) { const b = (lp + Q[q | 1]!) | 0; v0 = s[b]!; if (op === R.LRETURN) v1 = s[b + 1]!; }
              f.pc = (q - P.qBase) >> 2; f.sp = (lp + Q[q | 3]!) | 0;
              if (P.isSynchronized) vm.monitors.exit(t, s[lp + P.maxLocals]!);
              t.depth--;
              if (f.kind !== FrameKind.Normal) {
                // Called by compiled code through the JIT's adapter: the result goes where the arguments were.
                if (f.kind === FrameKind.Adapter) { if (op !== R.RETURN) { s[f.lp] = v0; if (op === R.LRETURN) s[f.lp + 1] = v1; } return RunResult.AdapterReturned; }
                finishSpecialReturn(vm, t, f);
                if (t.depth === 0) return RunResult.Terminated;
                f = t.top; P = prepared(f.method, space); if (Q !== space.words) return RunResult.Yielded; ref = P.ref; q = P.qBase + (f.pc << 2); lp = f.lp | 0;
                break;
              }
              f = t.top; P = f.method.prepared as Prepared; ref = P.ref; lp = f.lp | 0;
              // Continue after the invoke; its result goes where its arguments started (f.sp).
              q = P.qBase + (f.pc << 2);
              q += (Q[q]! >> 6) & 0xfc;
              if (op !== R.RETURN) { s[f.sp] = v0; if (op === R.LRETURN) s[f.sp + 1] = v1; }
              break;
            }
            case R.ATHROW:
              fault = Fault.Throw; fa = s[(lp + Q[q | 1]!) | 0]!; break faults;

            case R.RESOLVE: {
              const pc = (q - P.qBase) >> 2;
              f.pc = pc; f.sp = (lp + Q[q | 3]!) | 0;
              const st = quicken(vm, t, P, pc);
              if (st === Step.Again) { retranslateNear(P, pc); break; }
              if (st === Step.Blocked) return RunResult.Blocked;
              f = t.top; P = prepared(f.method, space); if (Q !== space.words) return RunResult.Yielded; ref = P.ref; q = P.qBase + (f.pc << 2); lp = f.lp | 0;
              break;
            }
            case R.COLD: {
              f.pc = (q - P.qBase) >> 2; f.sp = (lp + Q[q | 3]!) | 0;
              const st = runColdOp(vm, t, f, P);
              if (st === Cold.Blocked) return RunResult.Blocked;
              q = P.qBase + (f.pc << 2);
              if (st === Cold.Branch && --budget <= 0) return RunResult.Yielded;
              break;
            }
            default:
              throw new JavaThrow('java/lang/InternalError', `bad register code ${w & 0xff} at ${(q - P.qBase) >> 2} in ${f.method}`);
          } continue; }
          // A fused run's main instruction failed: perform the run's pushes, then run main on its own,
          // which throws with the JVM state of its pc (translate.ts).
          const main = replayPrefix(P, s, lp, q);
          if (main !== q) { q = main; continue; }
          throw faultError(vm, fault, fa, fb);
          }
          // A branch was taken: jump by A pcs; it counts against the slice budget. A backward one
          // (A < 0, so w < 0) counts down the method's back-edge counter for tiering.
          q = (q + ((w >> 14) << 2)) | 0;
          if (w < 0 && --P.loops <= 0 && tier !== null) {
            f.pc = (q - P.qBase) >> 2; f.sp = (lp + Q[q | 3]!) | 0;
            const r = tier.loop(t, f, P);
            if (r !== TierResult.Interpret) {
              if (r === TierResult.Returned) {
                const end = finishOsrReturn(vm, t, f);
                if (end !== RunResult.Yielded) return end;
              }
              f = t.top; P = prepared(f.method, space); if (Q !== space.words) return RunResult.Yielded; ref = P.ref; q = P.qBase + (f.pc << 2); lp = f.lp | 0;
              if (r === TierResult.DeoptedYield) return RunResult.Yielded;
              if (r === TierResult.DeoptedBlocked) return RunResult.Blocked;
              if (r === TierResult.DeoptedExit) return RunResult.Exit;
              continue;
            }
            if (Q !== space.words) return RunResult.Yielded; // (the compiler prepared methods)
          }
          if (--budget <= 0) { f.pc = (q - P.qBase) >> 2; f.sp = (lp + Q[q | 3]!) | 0; return RunResult.Yielded; }
        }
      } catch (e) {
        f.pc = (q - P.qBase) >> 2; f.sp = (lp + Q[q | 3]!) | 0;
        const r = handleThrowable(vm, t, e);
        if (r !== RunResult.Yielded) return r;
        f = t.top; P = prepared(f.method, space); if (Q !== space.words) return RunResult.Yielded; ref = P.ref; q = P.qBase + (f.pc << 2); lp = f.lp | 0;
      }
    }
    } finally {
      vm.interpretedWork += full - budget;
    }
  };
}

/**
 * Compiled code entered by on-stack replacement ran the top frame `f` to completion; its result
 * (if any) is in its first operand-stack slots. Pops it and delivers the result as a return
 * instruction would (the compiled code of a synchronized method released its monitor itself).
 * Returns Yielded to go on with the caller, Terminated when the thread ended, AdapterReturned
 * when `f` was called by compiled code through the JIT's adapter.
 */
function finishOsrReturn(vm: Vm, t: JavaThread, f: Frame): RunResult {
  const s = t.stack, b = f.stackBase, size = slotsOf(f.method.returnKind);
  const v0 = s[b]!, v1 = s[b + 1]!;
  t.depth--;
  if (f.kind === FrameKind.Adapter) {
    if (size > 0) s[f.lp] = v0;
    if (size > 1) s[f.lp + 1] = v1;
    return RunResult.AdapterReturned;
  }
  if (f.kind !== FrameKind.Normal) {
    finishSpecialReturn(vm, t, f);
    return t.depth !== 0 ? RunResult.Yielded : RunResult.Terminated;
  }
  const c = t.top;
  c.pc += instructionLength(c.method.code!.code, c.pc); // past the invoke in progress
  if (size > 0) s[c.sp] = v0;
  if (size > 1) s[c.sp + 1] = v1;
  c.sp += size;
  return RunResult.Yielded;
}

/** Why a fused run stopped before its main instruction (the loop's shared failure path). */
const enum Fault {
  None = 0,
  /** NullPointerException. */
  Null,
  /** ArrayIndexOutOfBoundsException for array `fa`, index `fb` (or NPE for null). */
  Index,
  DivideByZero,
  /** ClassCastException for object `fa` and class id `fb`. */
  ClassCast,
  /** athrow of `fa`. */
  Throw,
}

/** The exception for `fault` (JVMS §6.5: the exceptions each instruction throws). */
function faultError(vm: Vm, fault: Fault, a: number, b: number): unknown {
  switch (fault) {
    case Fault.Index: return vm.arrayIndexError(a, b);
    case Fault.DivideByZero: return vm.divideByZero();
    case Fault.ClassCast: return vm.classCastError(a, vm.registry.byId[b]!);
    case Fault.Throw: return a === 0 ? vm.npe() : new JavaException(a);
    default: return vm.npe();
  }
}

export { ensureInitialized };
