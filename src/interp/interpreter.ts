/**
 * @fileoverview The interpreter: one non-recursive loop, one `switch`, with pc/sp/locals base in
 * local variables (DESIGN "Performance notes"). Java calls push a frame and continue in the same
 * loop. Resolution, class initialization, natives and exceptions live in cold helpers
 * (linkage.ts, invoke-native.ts, unwind.ts); a resolved instruction is dispatched through its
 * quick form (prepared.ts) from then on.
 */
import { Op, readI16, readI32, readU16 } from '../classfile/opcodes.js';
import { JavaException, JavaThrow } from '../runtime/errors.js';
import type { RtClass, RtMethod } from '../runtime/model.js';
import type { Vm } from '../runtime/vm.js';
import { FrameKind } from '../threads/frame.js';
import type { JavaThread } from '../threads/java-thread.js';
import { RunResult } from '../threads/scheduler.js';
import { callNative, NativeOutcome, resumeFromNative } from './invoke-native.js';
import { arrayStoreCheck, ensureInitialized, multiNewArray, quicken, selectInterface, Step } from './linkage.js';
import {
  d2i, d2l, l2d, l2f, ladd, lcmp, ldiv, lmul, lneg, lrem, lshl, lshr, lsub, lushr,
} from './long-math.js';
import { prepared, Quick, type Prepared } from './prepared.js';
import { enterSynchronized, finishSpecialReturn, handleThrowable } from './unwind.js';

/** Bytecodes (back-edges and calls) a thread runs before the scheduler may switch. */
export const SLICE_BUDGET = 20000;

/** Primitive array class names by `newarray` atype (JVMS §6.5 newarray, Table 6.5.newarray-A). */
const ATYPE_CLASS = ['', '', '', '', '[Z', '[C', '[F', '[D', '[B', '[S', '[I', '[J'];

/**
 * Runs `t` until its budget is used, it blocks, or it ends.
 * Invariant: whenever control leaves the loop or calls code that can allocate or inspect frames,
 * the current frame's `pc` and `sp` have been written back.
 */
export function runSlice(vm: Vm, t: JavaThread): RunResult {
  const s = t.stack;
  const heap = vm.heap;
  const I8 = heap.i8, U16 = heap.u16, I16 = heap.i16, I32 = heap.i32, F32 = heap.f32, F64 = heap.f64;
  const classes = vm.registry.byId;
  let budget = SLICE_BUDGET;

  if (t.inNative) {
    const r = resumeFromNative(vm, t);
    if (r !== RunResult.Yielded) return r;
  }
  if (t.depth === 0) return RunResult.Terminated;

  let f = t.top;
  let m: RtMethod = f.method;
  let P: Prepared = prepared(m);
  let code = P.code, ops = P.ops, arg = P.arg, ref = P.ref;
  let pc = f.pc, sp = f.sp, lp = f.lp;

  for (;;) {
    try {
      for (;;) {
        switch (ops[pc]) {
          case Op.nop: pc++; break;
          case Op.aconst_null: s[sp++] = 0; pc++; break;
          case Op.iconst_m1: case Op.iconst_0: case Op.iconst_1: case Op.iconst_2:
          case Op.iconst_3: case Op.iconst_4: case Op.iconst_5:
            s[sp++] = ops[pc]! - Op.iconst_0; pc++; break;
          case Op.lconst_0: case Op.lconst_1: s[sp] = ops[pc]! - Op.lconst_0; s[sp + 1] = 0; sp += 2; pc++; break;
          case Op.fconst_0: case Op.fconst_1: case Op.fconst_2: s[sp++] = ops[pc]! - Op.fconst_0; pc++; break;
          case Op.dconst_0: case Op.dconst_1: s[sp] = ops[pc]! - Op.dconst_0; s[sp + 1] = 0; sp += 2; pc++; break;
          case Op.bipush: s[sp++] = (code[pc + 1]! << 24) >> 24; pc += 2; break;
          case Op.sipush: s[sp++] = readI16(code, pc + 1); pc += 3; break;
          case Op.ldc: case Op.ldc_w: case Op.ldc2_w:
          case Op.getfield: case Op.putfield: case Op.getstatic: case Op.putstatic:
          case Op.invokevirtual: case Op.invokespecial: case Op.invokestatic: case Op.invokeinterface:
          case Op.invokedynamic: case Op.new: case Op.anewarray: case Op.checkcast: case Op.instanceof: {
            f.pc = pc; f.sp = sp;
            const st = quicken(vm, t, P, pc);
            if (st === Step.Again) break;
            if (st === Step.Blocked) return RunResult.Blocked;
            f = t.top; m = f.method; P = prepared(m); code = P.code; ops = P.ops; arg = P.arg; ref = P.ref;
            pc = f.pc; sp = f.sp; lp = f.lp;
            break;
          }
          case Quick.ldc_num: s[sp++] = ref[pc] as number; pc += code[pc] === Op.ldc ? 2 : 3; break;
          case Quick.ldc_ref: s[sp++] = vm.constRefs[arg[pc]!]!; pc += code[pc] === Op.ldc ? 2 : 3; break;
          case Quick.ldc2_long: s[sp] = arg[pc]!; s[sp + 1] = ref[pc] as number; sp += 2; pc += 3; break;
          case Quick.ldc2_double: s[sp] = ref[pc] as number; s[sp + 1] = 0; sp += 2; pc += 3; break;

          case Op.iload: case Op.fload: case Op.aload: s[sp++] = s[lp + code[pc + 1]!]!; pc += 2; break;
          case Op.lload: case Op.dload: { const i = lp + code[pc + 1]!; s[sp] = s[i]!; s[sp + 1] = s[i + 1]!; sp += 2; pc += 2; break; }
          case Op.iload_0: case Op.fload_0: case Op.aload_0: s[sp++] = s[lp]!; pc++; break;
          case Op.iload_1: case Op.fload_1: case Op.aload_1: s[sp++] = s[lp + 1]!; pc++; break;
          case Op.iload_2: case Op.fload_2: case Op.aload_2: s[sp++] = s[lp + 2]!; pc++; break;
          case Op.iload_3: case Op.fload_3: case Op.aload_3: s[sp++] = s[lp + 3]!; pc++; break;
          case Op.lload_0: case Op.dload_0: s[sp] = s[lp]!; s[sp + 1] = s[lp + 1]!; sp += 2; pc++; break;
          case Op.lload_1: case Op.dload_1: s[sp] = s[lp + 1]!; s[sp + 1] = s[lp + 2]!; sp += 2; pc++; break;
          case Op.lload_2: case Op.dload_2: s[sp] = s[lp + 2]!; s[sp + 1] = s[lp + 3]!; sp += 2; pc++; break;
          case Op.lload_3: case Op.dload_3: s[sp] = s[lp + 3]!; s[sp + 1] = s[lp + 4]!; sp += 2; pc++; break;

          case Op.iaload: {
            const a = s[sp - 2]!, i = s[sp - 1]!;
            if (i >>> 0 >= I32[(a + 8) >> 2]! >>> 0) throw vm.arrayIndexError(a, i);
            s[sp - 2] = I32[((a + 16) >> 2) + i]!; sp--; pc++; break;
          }
          case Op.aaload: {
            const a = s[sp - 2]!, i = s[sp - 1]!;
            if (i >>> 0 >= I32[(a + 8) >> 2]! >>> 0) throw vm.arrayIndexError(a, i);
            s[sp - 2] = I32[((a + 16) >> 2) + i]!; sp--; pc++; break;
          }
          case Op.faload: {
            const a = s[sp - 2]!, i = s[sp - 1]!;
            if (i >>> 0 >= I32[(a + 8) >> 2]! >>> 0) throw vm.arrayIndexError(a, i);
            s[sp - 2] = F32[((a + 16) >> 2) + i]!; sp--; pc++; break;
          }
          case Op.baload: {
            const a = s[sp - 2]!, i = s[sp - 1]!;
            if (i >>> 0 >= I32[(a + 8) >> 2]! >>> 0) throw vm.arrayIndexError(a, i);
            s[sp - 2] = I8[a + 16 + i]!; sp--; pc++; break;
          }
          case Op.caload: {
            const a = s[sp - 2]!, i = s[sp - 1]!;
            if (i >>> 0 >= I32[(a + 8) >> 2]! >>> 0) throw vm.arrayIndexError(a, i);
            s[sp - 2] = U16[((a + 16) >> 1) + i]!; sp--; pc++; break;
          }
          case Op.saload: {
            const a = s[sp - 2]!, i = s[sp - 1]!;
            if (i >>> 0 >= I32[(a + 8) >> 2]! >>> 0) throw vm.arrayIndexError(a, i);
            s[sp - 2] = I16[((a + 16) >> 1) + i]!; sp--; pc++; break;
          }
          case Op.laload: {
            const a = s[sp - 2]!, i = s[sp - 1]!;
            if (i >>> 0 >= I32[(a + 8) >> 2]! >>> 0) throw vm.arrayIndexError(a, i);
            const w = ((a + 16) >> 2) + 2 * i;
            s[sp - 2] = I32[w]!; s[sp - 1] = I32[w + 1]!; pc++; break;
          }
          case Op.daload: {
            const a = s[sp - 2]!, i = s[sp - 1]!;
            if (i >>> 0 >= I32[(a + 8) >> 2]! >>> 0) throw vm.arrayIndexError(a, i);
            s[sp - 2] = F64[((a + 16) >> 3) + i]!; s[sp - 1] = 0; pc++; break;
          }

          case Op.istore: case Op.fstore: case Op.astore: s[lp + code[pc + 1]!] = s[--sp]!; pc += 2; break;
          case Op.lstore: case Op.dstore: { const i = lp + code[pc + 1]!; sp -= 2; s[i] = s[sp]!; s[i + 1] = s[sp + 1]!; pc += 2; break; }
          case Op.istore_0: case Op.fstore_0: case Op.astore_0: s[lp] = s[--sp]!; pc++; break;
          case Op.istore_1: case Op.fstore_1: case Op.astore_1: s[lp + 1] = s[--sp]!; pc++; break;
          case Op.istore_2: case Op.fstore_2: case Op.astore_2: s[lp + 2] = s[--sp]!; pc++; break;
          case Op.istore_3: case Op.fstore_3: case Op.astore_3: s[lp + 3] = s[--sp]!; pc++; break;
          case Op.lstore_0: case Op.dstore_0: sp -= 2; s[lp] = s[sp]!; s[lp + 1] = s[sp + 1]!; pc++; break;
          case Op.lstore_1: case Op.dstore_1: sp -= 2; s[lp + 1] = s[sp]!; s[lp + 2] = s[sp + 1]!; pc++; break;
          case Op.lstore_2: case Op.dstore_2: sp -= 2; s[lp + 2] = s[sp]!; s[lp + 3] = s[sp + 1]!; pc++; break;
          case Op.lstore_3: case Op.dstore_3: sp -= 2; s[lp + 3] = s[sp]!; s[lp + 4] = s[sp + 1]!; pc++; break;

          case Op.iastore: {
            const a = s[sp - 3]!, i = s[sp - 2]!;
            if (i >>> 0 >= I32[(a + 8) >> 2]! >>> 0) throw vm.arrayIndexError(a, i);
            I32[((a + 16) >> 2) + i] = s[sp - 1]!; sp -= 3; pc++; break;
          }
          case Op.fastore: {
            const a = s[sp - 3]!, i = s[sp - 2]!;
            if (i >>> 0 >= I32[(a + 8) >> 2]! >>> 0) throw vm.arrayIndexError(a, i);
            F32[((a + 16) >> 2) + i] = s[sp - 1]!; sp -= 3; pc++; break;
          }
          case Op.aastore: {
            const a = s[sp - 3]!, i = s[sp - 2]!, v = s[sp - 1]!;
            if (i >>> 0 >= I32[(a + 8) >> 2]! >>> 0) throw vm.arrayIndexError(a, i);
            if (v !== 0) arrayStoreCheck(vm, a, v);
            I32[((a + 16) >> 2) + i] = v; sp -= 3; pc++; break;
          }
          case Op.bastore: {
            const a = s[sp - 3]!, i = s[sp - 2]!;
            if (i >>> 0 >= I32[(a + 8) >> 2]! >>> 0) throw vm.arrayIndexError(a, i);
            // JVMS §6.5 bastore: boolean arrays store value & 1.
            I8[a + 16 + i] = classes[I32[a >> 2]!]!.name === '[Z' ? s[sp - 1]! & 1 : s[sp - 1]!; sp -= 3; pc++; break;
          }
          case Op.castore: case Op.sastore: {
            const a = s[sp - 3]!, i = s[sp - 2]!;
            if (i >>> 0 >= I32[(a + 8) >> 2]! >>> 0) throw vm.arrayIndexError(a, i);
            I16[((a + 16) >> 1) + i] = s[sp - 1]!; sp -= 3; pc++; break;
          }
          case Op.lastore: {
            const a = s[sp - 4]!, i = s[sp - 3]!;
            if (i >>> 0 >= I32[(a + 8) >> 2]! >>> 0) throw vm.arrayIndexError(a, i);
            const w = ((a + 16) >> 2) + 2 * i;
            I32[w] = s[sp - 2]!; I32[w + 1] = s[sp - 1]!; sp -= 4; pc++; break;
          }
          case Op.dastore: {
            const a = s[sp - 4]!, i = s[sp - 3]!;
            if (i >>> 0 >= I32[(a + 8) >> 2]! >>> 0) throw vm.arrayIndexError(a, i);
            F64[((a + 16) >> 3) + i] = s[sp - 2]!; sp -= 4; pc++; break;
          }

          case Op.pop: sp--; pc++; break;
          case Op.pop2: sp -= 2; pc++; break;
          case Op.dup: s[sp] = s[sp - 1]!; sp++; pc++; break;
          case Op.dup_x1: { const a = s[sp - 1]!, b = s[sp - 2]!; s[sp - 2] = a; s[sp - 1] = b; s[sp] = a; sp++; pc++; break; }
          case Op.dup_x2: { const a = s[sp - 1]!, b = s[sp - 2]!, c = s[sp - 3]!; s[sp - 3] = a; s[sp - 2] = c; s[sp - 1] = b; s[sp] = a; sp++; pc++; break; }
          case Op.dup2: s[sp] = s[sp - 2]!; s[sp + 1] = s[sp - 1]!; sp += 2; pc++; break;
          case Op.dup2_x1: {
            const a = s[sp - 1]!, b = s[sp - 2]!, c = s[sp - 3]!;
            s[sp - 3] = b; s[sp - 2] = a; s[sp - 1] = c; s[sp] = b; s[sp + 1] = a; sp += 2; pc++; break;
          }
          case Op.dup2_x2: {
            const a = s[sp - 1]!, b = s[sp - 2]!, c = s[sp - 3]!, d = s[sp - 4]!;
            s[sp - 4] = b; s[sp - 3] = a; s[sp - 2] = d; s[sp - 1] = c; s[sp] = b; s[sp + 1] = a; sp += 2; pc++; break;
          }
          case Op.swap: { const a = s[sp - 1]!; s[sp - 1] = s[sp - 2]!; s[sp - 2] = a; pc++; break; }

          case Op.iadd: s[sp - 2] = (s[sp - 2]! + s[sp - 1]!) | 0; sp--; pc++; break;
          case Op.isub: s[sp - 2] = (s[sp - 2]! - s[sp - 1]!) | 0; sp--; pc++; break;
          case Op.imul: s[sp - 2] = Math.imul(s[sp - 2]!, s[sp - 1]!); sp--; pc++; break;
          case Op.idiv: {
            const b = s[sp - 1]!;
            if (b === 0) throw new JavaThrow('java/lang/ArithmeticException', '/ by zero');
            s[sp - 2] = (s[sp - 2]! / b) | 0; sp--; pc++; break;
          }
          case Op.irem: {
            const b = s[sp - 1]!;
            if (b === 0) throw new JavaThrow('java/lang/ArithmeticException', '/ by zero');
            s[sp - 2] = (s[sp - 2]! % b) | 0; sp--; pc++; break;
          }
          case Op.ineg: s[sp - 1] = -s[sp - 1]! | 0; pc++; break;
          case Op.ishl: s[sp - 2] = s[sp - 2]! << s[sp - 1]!; sp--; pc++; break;
          case Op.ishr: s[sp - 2] = s[sp - 2]! >> s[sp - 1]!; sp--; pc++; break;
          case Op.iushr: s[sp - 2] = (s[sp - 2]! >>> s[sp - 1]!) | 0; sp--; pc++; break;
          case Op.iand: s[sp - 2] = s[sp - 2]! & s[sp - 1]!; sp--; pc++; break;
          case Op.ior: s[sp - 2] = s[sp - 2]! | s[sp - 1]!; sp--; pc++; break;
          case Op.ixor: s[sp - 2] = s[sp - 2]! ^ s[sp - 1]!; sp--; pc++; break;

          case Op.ladd: ladd(s, sp - 4); sp -= 2; pc++; break;
          case Op.lsub: lsub(s, sp - 4); sp -= 2; pc++; break;
          case Op.lmul: lmul(s, sp - 4); sp -= 2; pc++; break;
          case Op.ldiv: case Op.lrem: {
            if (s[sp - 2] === 0 && s[sp - 1] === 0) throw new JavaThrow('java/lang/ArithmeticException', '/ by zero');
            if (ops[pc] === Op.ldiv) ldiv(s, sp - 4); else lrem(s, sp - 4);
            sp -= 2; pc++; break;
          }
          case Op.lneg: lneg(s, sp - 2); pc++; break;
          case Op.lshl: lshl(s, sp - 3); sp--; pc++; break;
          case Op.lshr: lshr(s, sp - 3); sp--; pc++; break;
          case Op.lushr: lushr(s, sp - 3); sp--; pc++; break;
          case Op.land: s[sp - 4] = s[sp - 4]! & s[sp - 2]!; s[sp - 3] = s[sp - 3]! & s[sp - 1]!; sp -= 2; pc++; break;
          case Op.lor: s[sp - 4] = s[sp - 4]! | s[sp - 2]!; s[sp - 3] = s[sp - 3]! | s[sp - 1]!; sp -= 2; pc++; break;
          case Op.lxor: s[sp - 4] = s[sp - 4]! ^ s[sp - 2]!; s[sp - 3] = s[sp - 3]! ^ s[sp - 1]!; sp -= 2; pc++; break;

          case Op.fadd: s[sp - 2] = Math.fround(s[sp - 2]! + s[sp - 1]!); sp--; pc++; break;
          case Op.fsub: s[sp - 2] = Math.fround(s[sp - 2]! - s[sp - 1]!); sp--; pc++; break;
          case Op.fmul: s[sp - 2] = Math.fround(s[sp - 2]! * s[sp - 1]!); sp--; pc++; break;
          case Op.fdiv: s[sp - 2] = Math.fround(s[sp - 2]! / s[sp - 1]!); sp--; pc++; break;
          case Op.frem: s[sp - 2] = Math.fround(s[sp - 2]! % s[sp - 1]!); sp--; pc++; break;
          case Op.fneg: s[sp - 1] = -s[sp - 1]!; pc++; break;
          case Op.dadd: s[sp - 4] = s[sp - 4]! + s[sp - 2]!; sp -= 2; pc++; break;
          case Op.dsub: s[sp - 4] = s[sp - 4]! - s[sp - 2]!; sp -= 2; pc++; break;
          case Op.dmul: s[sp - 4] = s[sp - 4]! * s[sp - 2]!; sp -= 2; pc++; break;
          case Op.ddiv: s[sp - 4] = s[sp - 4]! / s[sp - 2]!; sp -= 2; pc++; break;
          case Op.drem: s[sp - 4] = s[sp - 4]! % s[sp - 2]!; sp -= 2; pc++; break;
          case Op.dneg: s[sp - 2] = -s[sp - 2]!; pc++; break;

          case Op.iinc: s[lp + code[pc + 1]!] = (s[lp + code[pc + 1]!]! + ((code[pc + 2]! << 24) >> 24)) | 0; pc += 3; break;

          case Op.i2l: s[sp] = s[sp - 1]! >> 31; sp++; pc++; break;
          case Op.i2f: s[sp - 1] = Math.fround(s[sp - 1]!); pc++; break;
          case Op.i2d: s[sp] = 0; sp++; pc++; break;
          case Op.l2i: sp--; pc++; break;
          case Op.l2f: s[sp - 2] = l2f(s, sp - 2); sp--; pc++; break;
          case Op.l2d: s[sp - 2] = l2d(s, sp - 2); s[sp - 1] = 0; pc++; break;
          case Op.f2i: s[sp - 1] = d2i(s[sp - 1]!); pc++; break;
          case Op.f2l: d2l(s, sp - 1, s[sp - 1]!); sp++; pc++; break;
          case Op.f2d: s[sp] = 0; sp++; pc++; break;
          case Op.d2i: s[sp - 2] = d2i(s[sp - 2]!); sp--; pc++; break;
          case Op.d2l: d2l(s, sp - 2, s[sp - 2]!); pc++; break;
          case Op.d2f: s[sp - 2] = Math.fround(s[sp - 2]!); sp--; pc++; break;
          case Op.i2b: s[sp - 1] = (s[sp - 1]! << 24) >> 24; pc++; break;
          case Op.i2c: s[sp - 1] = s[sp - 1]! & 0xffff; pc++; break;
          case Op.i2s: s[sp - 1] = (s[sp - 1]! << 16) >> 16; pc++; break;

          case Op.lcmp: s[sp - 4] = lcmp(s, sp - 4); sp -= 3; pc++; break;
          case Op.fcmpl: case Op.fcmpg: {
            const a = s[sp - 2]!, b = s[sp - 1]!;
            s[sp - 2] = a > b ? 1 : a < b ? -1 : a === b ? 0 : ops[pc] === Op.fcmpg ? 1 : -1; sp--; pc++; break;
          }
          case Op.dcmpl: case Op.dcmpg: {
            const a = s[sp - 4]!, b = s[sp - 2]!;
            s[sp - 4] = a > b ? 1 : a < b ? -1 : a === b ? 0 : ops[pc] === Op.dcmpg ? 1 : -1; sp -= 3; pc++; break;
          }

          case Op.ifeq: case Op.ifnull: { const taken = s[--sp] === 0; if (taken) { const o = readI16(code, pc + 1); pc += o; if (o < 0 && --budget <= 0) { f.pc = pc; f.sp = sp; return RunResult.Yielded; } } else pc += 3; break; }
          case Op.ifne: case Op.ifnonnull: { const taken = s[--sp] !== 0; if (taken) { const o = readI16(code, pc + 1); pc += o; if (o < 0 && --budget <= 0) { f.pc = pc; f.sp = sp; return RunResult.Yielded; } } else pc += 3; break; }
          case Op.iflt: { if (s[--sp]! < 0) { const o = readI16(code, pc + 1); pc += o; if (o < 0 && --budget <= 0) { f.pc = pc; f.sp = sp; return RunResult.Yielded; } } else pc += 3; break; }
          case Op.ifge: { if (s[--sp]! >= 0) { const o = readI16(code, pc + 1); pc += o; if (o < 0 && --budget <= 0) { f.pc = pc; f.sp = sp; return RunResult.Yielded; } } else pc += 3; break; }
          case Op.ifgt: { if (s[--sp]! > 0) { const o = readI16(code, pc + 1); pc += o; if (o < 0 && --budget <= 0) { f.pc = pc; f.sp = sp; return RunResult.Yielded; } } else pc += 3; break; }
          case Op.ifle: { if (s[--sp]! <= 0) { const o = readI16(code, pc + 1); pc += o; if (o < 0 && --budget <= 0) { f.pc = pc; f.sp = sp; return RunResult.Yielded; } } else pc += 3; break; }
          case Op.if_icmpeq: case Op.if_acmpeq: { sp -= 2; if (s[sp] === s[sp + 1]) { const o = readI16(code, pc + 1); pc += o; if (o < 0 && --budget <= 0) { f.pc = pc; f.sp = sp; return RunResult.Yielded; } } else pc += 3; break; }
          case Op.if_icmpne: case Op.if_acmpne: { sp -= 2; if (s[sp] !== s[sp + 1]) { const o = readI16(code, pc + 1); pc += o; if (o < 0 && --budget <= 0) { f.pc = pc; f.sp = sp; return RunResult.Yielded; } } else pc += 3; break; }
          case Op.if_icmplt: { sp -= 2; if (s[sp]! < s[sp + 1]!) { const o = readI16(code, pc + 1); pc += o; if (o < 0 && --budget <= 0) { f.pc = pc; f.sp = sp; return RunResult.Yielded; } } else pc += 3; break; }
          case Op.if_icmpge: { sp -= 2; if (s[sp]! >= s[sp + 1]!) { const o = readI16(code, pc + 1); pc += o; if (o < 0 && --budget <= 0) { f.pc = pc; f.sp = sp; return RunResult.Yielded; } } else pc += 3; break; }
          case Op.if_icmpgt: { sp -= 2; if (s[sp]! > s[sp + 1]!) { const o = readI16(code, pc + 1); pc += o; if (o < 0 && --budget <= 0) { f.pc = pc; f.sp = sp; return RunResult.Yielded; } } else pc += 3; break; }
          case Op.if_icmple: { sp -= 2; if (s[sp]! <= s[sp + 1]!) { const o = readI16(code, pc + 1); pc += o; if (o < 0 && --budget <= 0) { f.pc = pc; f.sp = sp; return RunResult.Yielded; } } else pc += 3; break; }
          case Op.goto: { const o = readI16(code, pc + 1); pc += o; if (o < 0 && --budget <= 0) { f.pc = pc; f.sp = sp; return RunResult.Yielded; } break; }
          case Op.goto_w: { const o = readI32(code, pc + 1); pc += o; if (o < 0 && --budget <= 0) { f.pc = pc; f.sp = sp; return RunResult.Yielded; } break; }
          case Op.jsr: s[sp++] = pc + 3; pc += readI16(code, pc + 1); break;
          case Op.jsr_w: s[sp++] = pc + 5; pc += readI32(code, pc + 1); break;
          case Op.ret: pc = s[lp + code[pc + 1]!]!; break;
          case Op.tableswitch: {
            const key = s[--sp]!, base = (pc + 4) & ~3;
            const low = readI32(code, base + 4), high = readI32(code, base + 8);
            const o = key < low || key > high ? readI32(code, base) : readI32(code, base + 12 + (key - low) * 4);
            pc += o;
            if (o < 0 && --budget <= 0) { f.pc = pc; f.sp = sp; return RunResult.Yielded; }
            break;
          }
          case Op.lookupswitch: {
            const key = s[--sp]!, base = (pc + 4) & ~3;
            const n = readI32(code, base + 4);
            let o = readI32(code, base);
            let lo = 0, hi = n - 1;
            while (lo <= hi) {
              const mid = (lo + hi) >> 1, k = readI32(code, base + 8 + mid * 8);
              if (k === key) { o = readI32(code, base + 12 + mid * 8); break; }
              if (k < key) lo = mid + 1; else hi = mid - 1;
            }
            pc += o;
            if (o < 0 && --budget <= 0) { f.pc = pc; f.sp = sp; return RunResult.Yielded; }
            break;
          }

          case Op.ireturn: case Op.freturn: case Op.areturn: case Op.lreturn: case Op.dreturn: case Op.return: {
            const op = ops[pc]!;
            const n = op === Op.return ? 0 : op === Op.lreturn || op === Op.dreturn ? 2 : 1;
            const v0 = s[sp - n]!, v1 = s[sp - n + 1]!;
            f.pc = pc; f.sp = sp;
            if (m.isSynchronized) vm.monitors.exit(t, s[lp + P.maxLocals]!);
            t.depth--;
            if (f.kind !== FrameKind.Normal) {
              finishSpecialReturn(vm, t, f);
              if (t.depth === 0) return RunResult.Terminated;
              f = t.top; m = f.method; P = prepared(m); code = P.code; ops = P.ops; arg = P.arg; ref = P.ref;
              pc = f.pc; sp = f.sp; lp = f.lp;
              break;
            }
            f = t.top; m = f.method; P = prepared(m); code = P.code; ops = P.ops; arg = P.arg; ref = P.ref;
            pc = f.pc; sp = f.sp; lp = f.lp;
            pc += code[pc] === Op.invokeinterface || code[pc] === Op.invokedynamic ? 5 : 3;
            if (n !== 0) { s[sp] = v0; if (n === 2) s[sp + 1] = v1; sp += n; }
            break;
          }

          case Quick.getfield_i32: { const o = s[sp - 1]!; if (o === 0) throw vm.npe(); s[sp - 1] = I32[(o + arg[pc]!) >> 2]!; pc += 3; break; }
          case Quick.getfield_f32: { const o = s[sp - 1]!; if (o === 0) throw vm.npe(); s[sp - 1] = F32[(o + arg[pc]!) >> 2]!; pc += 3; break; }
          case Quick.getfield_i64: { const o = s[sp - 1]!; if (o === 0) throw vm.npe(); const w = (o + arg[pc]!) >> 2; s[sp - 1] = I32[w]!; s[sp] = I32[w + 1]!; sp++; pc += 3; break; }
          case Quick.getfield_f64: { const o = s[sp - 1]!; if (o === 0) throw vm.npe(); s[sp - 1] = F64[(o + arg[pc]!) >> 3]!; s[sp] = 0; sp++; pc += 3; break; }
          case Quick.getfield_i8: { const o = s[sp - 1]!; if (o === 0) throw vm.npe(); s[sp - 1] = I8[o + arg[pc]!]!; pc += 3; break; }
          case Quick.getfield_u16: { const o = s[sp - 1]!; if (o === 0) throw vm.npe(); s[sp - 1] = U16[(o + arg[pc]!) >> 1]!; pc += 3; break; }
          case Quick.getfield_i16: { const o = s[sp - 1]!; if (o === 0) throw vm.npe(); s[sp - 1] = I16[(o + arg[pc]!) >> 1]!; pc += 3; break; }
          case Quick.putfield_i32: { const o = s[sp - 2]!; if (o === 0) throw vm.npe(); I32[(o + arg[pc]!) >> 2] = s[sp - 1]!; sp -= 2; pc += 3; break; }
          case Quick.putfield_f32: { const o = s[sp - 2]!; if (o === 0) throw vm.npe(); F32[(o + arg[pc]!) >> 2] = s[sp - 1]!; sp -= 2; pc += 3; break; }
          case Quick.putfield_i64: { const o = s[sp - 3]!; if (o === 0) throw vm.npe(); const w = (o + arg[pc]!) >> 2; I32[w] = s[sp - 2]!; I32[w + 1] = s[sp - 1]!; sp -= 3; pc += 3; break; }
          case Quick.putfield_f64: { const o = s[sp - 3]!; if (o === 0) throw vm.npe(); F64[(o + arg[pc]!) >> 3] = s[sp - 2]!; sp -= 3; pc += 3; break; }
          case Quick.putfield_i8: { const o = s[sp - 2]!; if (o === 0) throw vm.npe(); I8[o + arg[pc]!] = s[sp - 1]!; sp -= 2; pc += 3; break; }
          case Quick.putfield_bool: { const o = s[sp - 2]!; if (o === 0) throw vm.npe(); I8[o + arg[pc]!] = s[sp - 1]! & 1; sp -= 2; pc += 3; break; }
          case Quick.putfield_i16: { const o = s[sp - 2]!; if (o === 0) throw vm.npe(); I16[(o + arg[pc]!) >> 1] = s[sp - 1]!; sp -= 2; pc += 3; break; }

          case Quick.getstatic_i32: s[sp++] = I32[arg[pc]! >> 2]!; pc += 3; break;
          case Quick.getstatic_f32: s[sp++] = F32[arg[pc]! >> 2]!; pc += 3; break;
          case Quick.getstatic_i64: { const w = arg[pc]! >> 2; s[sp] = I32[w]!; s[sp + 1] = I32[w + 1]!; sp += 2; pc += 3; break; }
          case Quick.getstatic_f64: s[sp] = F64[arg[pc]! >> 3]!; s[sp + 1] = 0; sp += 2; pc += 3; break;
          case Quick.getstatic_i8: s[sp++] = I8[arg[pc]!]!; pc += 3; break;
          case Quick.getstatic_u16: s[sp++] = U16[arg[pc]! >> 1]!; pc += 3; break;
          case Quick.getstatic_i16: s[sp++] = I16[arg[pc]! >> 1]!; pc += 3; break;
          case Quick.putstatic_i32: I32[arg[pc]! >> 2] = s[--sp]!; pc += 3; break;
          case Quick.putstatic_f32: F32[arg[pc]! >> 2] = s[--sp]!; pc += 3; break;
          case Quick.putstatic_i64: { const w = arg[pc]! >> 2; sp -= 2; I32[w] = s[sp]!; I32[w + 1] = s[sp + 1]!; pc += 3; break; }
          case Quick.putstatic_f64: sp -= 2; F64[arg[pc]! >> 3] = s[sp]!; pc += 3; break;
          case Quick.putstatic_i8: I8[arg[pc]!] = s[--sp]!; pc += 3; break;
          case Quick.putstatic_bool: I8[arg[pc]!] = s[--sp]! & 1; pc += 3; break;
          case Quick.putstatic_i16: I16[arg[pc]! >> 1] = s[--sp]!; pc += 3; break;

          case Quick.invokevirtual_q: case Quick.invokeinterface_q: case Quick.invoke_direct: {
            let target = ref[pc] as RtMethod;
            const op = ops[pc]!;
            if (op !== Quick.invoke_direct || !target.isStatic) {
              const recv = s[sp - target.argSlots]!;
              if (recv === 0) throw vm.npe();
              if (op === Quick.invokevirtual_q) target = classes[I32[recv >> 2]!]!.vtable[arg[pc]!]!;
              else if (op === Quick.invokeinterface_q) target = selectInterface(vm, classes[I32[recv >> 2]!]!, target);
            }
            f.pc = pc;
            if (target.code === null) {
              f.sp = sp;
              const r = callNative(vm, t, target, sp);
              if (r === NativeOutcome.Done) {
                sp = f.sp;
                pc += code[pc] === Op.invokeinterface || code[pc] === Op.invokedynamic ? 5 : 3;
                break;
              }
              if (r === NativeOutcome.Blocked) return RunResult.Blocked;
              if (r === NativeOutcome.Exit) return RunResult.Exit;
              // Frames were pushed (or the native threw and unwinding moved us): reload.
              f = t.top; m = f.method; P = prepared(m); code = P.code; ops = P.ops; arg = P.arg; ref = P.ref;
              pc = f.pc; sp = f.sp; lp = f.lp;
              break;
            }
            const nlp = sp - target.argSlots;
            f.sp = nlp;
            if (!t.pushFrame(target, nlp, FrameKind.Normal)) { f.sp = sp; throw new JavaThrow('java/lang/StackOverflowError'); }
            f = t.top; m = target; P = prepared(m); code = P.code; ops = P.ops; arg = P.arg; ref = P.ref;
            pc = 0; sp = f.sp; lp = nlp;
            if (m.isSynchronized && !enterSynchronized(vm, t, f)) return RunResult.Blocked;
            if (--budget <= 0) { f.pc = pc; f.sp = sp; return RunResult.Yielded; }
            break;
          }

          case Quick.new_q: {
            const cls = ref[pc] as RtClass;
            let o = heap.allocInstance(cls.id, cls.instanceSize);
            if (o === 0) { f.pc = pc; f.sp = sp; o = vm.allocInstanceSlow(cls); }
            s[sp++] = o; pc += 3; break;
          }
          case Op.newarray: {
            const n = s[sp - 1]!;
            f.pc = pc; f.sp = sp;
            s[sp - 1] = vm.newArray(vm.registry.load(ATYPE_CLASS[code[pc + 1]!]!), n);
            pc += 2; break;
          }
          case Quick.anewarray_q: {
            const n = s[sp - 1]!;
            f.pc = pc; f.sp = sp;
            s[sp - 1] = vm.newArray(ref[pc] as RtClass, n);
            pc += 3; break;
          }
          case Op.multianewarray: {
            f.pc = pc; f.sp = sp;
            const dims = code[pc + 3]!;
            const st = multiNewArray(vm, t, P, pc, sp - dims, dims);
            if (st !== Step.Again) { f = t.top; m = f.method; P = prepared(m); code = P.code; ops = P.ops; arg = P.arg; ref = P.ref; pc = f.pc; sp = f.sp; lp = f.lp; break; }
            sp = sp - dims + 1; pc += 4; break;
          }
          case Op.arraylength: { const a = s[sp - 1]!; if (a === 0) throw vm.npe(); s[sp - 1] = I32[(a + 8) >> 2]!; pc++; break; }
          case Op.athrow: { const e = s[sp - 1]!; if (e === 0) throw vm.npe(); throw new JavaException(e); }
          case Quick.checkcast_q: {
            const o = s[sp - 1]!;
            if (o !== 0 && !classes[I32[o >> 2]!]!.supertypes.has(ref[pc] as RtClass)) throw vm.classCastError(o, ref[pc] as RtClass);
            pc += 3; break;
          }
          case Quick.instanceof_q: {
            const o = s[sp - 1]!;
            s[sp - 1] = o !== 0 && classes[I32[o >> 2]!]!.supertypes.has(ref[pc] as RtClass) ? 1 : 0;
            pc += 3; break;
          }
          case Op.monitorenter: {
            const o = s[sp - 1]!;
            if (o === 0) throw vm.npe();
            sp--; pc++;
            if (!vm.monitors.enter(t, o)) { f.pc = pc; f.sp = sp; return RunResult.Blocked; }
            break;
          }
          case Op.monitorexit: {
            const o = s[sp - 1]!;
            if (o === 0) throw vm.npe();
            vm.monitors.exit(t, o); sp--; pc++; break;
          }
          case Op.wide: {
            const op = code[pc + 1]!, i = lp + readU16(code, pc + 2);
            switch (op) {
              case Op.iload: case Op.fload: case Op.aload: s[sp++] = s[i]!; break;
              case Op.lload: case Op.dload: s[sp] = s[i]!; s[sp + 1] = s[i + 1]!; sp += 2; break;
              case Op.istore: case Op.fstore: case Op.astore: s[i] = s[--sp]!; break;
              case Op.lstore: case Op.dstore: sp -= 2; s[i] = s[sp]!; s[i + 1] = s[sp + 1]!; break;
              case Op.ret: pc = s[i]!; continue;
              case Op.iinc: s[i] = (s[i]! + readI16(code, pc + 4)) | 0; pc += 6; continue;
            }
            pc += 4; break;
          }
          default:
            throw new JavaThrow('java/lang/VerifyError', `Bad instruction: ${ops[pc]!.toString(16)} at ${pc} in ${m}`);
        }
      }
    } catch (e) {
      f.pc = pc; f.sp = sp;
      const r = handleThrowable(vm, t, e);
      if (r !== RunResult.Yielded) return r;
      f = t.top; m = f.method; P = prepared(m); code = P.code; ops = P.ops; arg = P.arg; ref = P.ref;
      pc = f.pc; sp = f.sp; lp = f.lp;
    }
  }
}

export { ensureInitialized };
