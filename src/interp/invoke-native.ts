/**
 * @fileoverview Calling native methods (src/natives, docs/natives.md). Arguments are read from the
 * caller's operand stack, which keeps them until the native is done, so they stay GC roots. A
 * native may return a value, throw a JavaThrow/JavaException, ask for a GC and a retry
 * ({@link RETRY_AFTER_GC}), park the thread ({@link BLOCK}), or push frames and ask to be called
 * again once they return ({@link REEXECUTE}).
 */
import { Op } from '../classfile/opcodes.js';
import { JavaThrow, RETRY_AFTER_GC } from '../runtime/errors.js';
export { RETRY_AFTER_GC };
import { RtMethod, ValueKind } from '../runtime/model.js';
import type { Vm } from '../runtime/vm.js';
import type { JavaThread } from '../threads/java-thread.js';
import { RunResult } from '../threads/scheduler.js';
import { toBigInt } from './long-math.js';
import { dispatchException } from './unwind.js';

/** Returned by a native that parked the thread; the call completes when the thread resumes. */
export const BLOCK = Symbol('block');
/** Returned by a native that pushed frames; it is called again (same arguments) when they return. */
export const REEXECUTE = Symbol('reexecute');
/** Returned by a native that ended the VM (Runtime.halt). */
export const EXIT = Symbol('exit');

/** How a native call ended, for the interpreter. */
export const enum NativeOutcome {
  /** Result pushed; the caller frame's sp updated; continue after the invoke. */
  Done = 0,
  Blocked = 1,
  /** Frames changed (pushed, or unwound by an exception): reload the top frame. */
  Reload = 2,
  Exit = 3,
}

/** Calls native (or abstract) `m` with arguments at the top of the caller's stack ending at `sp`. */
export function callNative(vm: Vm, t: JavaThread, m: RtMethod, sp: number): NativeOutcome {
  const fn = m.native ?? vm.bindNative(m);
  const s = t.stack;
  const base = sp - m.argSlots;
  for (let attempt = 0; ; attempt++) {
    let result: unknown;
    vm.inNative = true;
    try {
      result = invoke(fn, vm, t, m, s, base);
    } catch (e) {
      vm.inNative = false;
      if (e === RETRY_AFTER_GC && attempt === 0) {
        vm.collectGarbage();
        continue;
      }
      if (e === RETRY_AFTER_GC) throw new JavaThrow('java/lang/OutOfMemoryError', 'Java heap space');
      throw e;
    }
    vm.inNative = false;
    if (result === BLOCK) {
      t.inNative = true;
      t.resumeKind = m.returnKind;
      t.nativeMethod = m;
      return NativeOutcome.Blocked;
    }
    if (result === REEXECUTE) return NativeOutcome.Reload;
    if (result === EXIT) return NativeOutcome.Exit;
    t.top.sp = base + pushResult(s, base, m.returnKind, result);
    return NativeOutcome.Done;
  }
}

/** Reads the arguments and calls `fn(vm, thread, ...args)`; fast paths avoid array allocation. */
function invoke(fn: (...a: any[]) => unknown, vm: Vm, t: JavaThread, m: RtMethod, s: Float64Array, base: number): unknown {
  const kinds = m.paramKinds;
  if (!m.isStatic) {
    const self = s[base]!;
    if (kinds.length === 0) return fn(vm, t, self);
    if (kinds.length === 1 && kinds[0] !== ValueKind.Long) return fn(vm, t, self, s[base + 1]);
  } else {
    if (kinds.length === 0) return fn(vm, t);
    if (kinds.length === 1 && kinds[0] !== ValueKind.Long) return fn(vm, t, s[base]);
  }
  const args: unknown[] = [vm, t];
  let i = base;
  if (!m.isStatic) args.push(s[i++]);
  for (const k of kinds) {
    if (k === ValueKind.Long) { args.push(toBigInt(s, i)); i += 2; }
    else if (k === ValueKind.Double) { args.push(s[i]); i += 2; }
    else args.push(s[i++]);
  }
  return fn(...args);
}

/** Writes a native's result at `at`; returns the slots used. */
function pushResult(s: Float64Array, at: number, kind: ValueKind, v: unknown): number {
  switch (kind) {
    case ValueKind.Void: return 0;
    case ValueKind.Long: {
      const w = BigInt.asIntN(64, v as bigint);
      s[at] = Number(w & 0xffffffffn) | 0;
      s[at + 1] = Number(w >> 32n) | 0;
      return 2;
    }
    case ValueKind.Double: s[at] = v as number; s[at + 1] = 0; return 2;
    case ValueKind.Float: s[at] = Math.fround(v as number); return 1;
    case ValueKind.Boolean: s[at] = v ? 1 : 0; return 1;
    default: s[at] = typeof v === 'boolean' ? (v ? 1 : 0) : (v as number) | 0; return 1;
  }
}

/** Completes a native call a parked thread was in, when it resumes (result or exception). */
export function resumeFromNative(vm: Vm, t: JavaThread): RunResult {
  t.inNative = false;
  const f = t.top;
  const m = t.nativeMethod!;
  t.nativeMethod = null;
  if (t.resumeException !== 0 || t.resumeThrow !== null) {
    let ex = t.resumeException;
    if (t.resumeThrow) ex = vm.createThrowable(t, t.resumeThrow.javaClass, t.resumeThrow.message);
    t.resumeException = 0;
    t.resumeThrow = null;
    return dispatchException(vm, t, ex);
  }
  const base = f.sp - m.argSlots;
  f.sp = base + pushResult(t.stack, base, m.returnKind, t.resumeValue);
  const op = f.method.code!.code[f.pc];
  f.pc += op === Op.invokeinterface || op === Op.invokedynamic ? 5 : 3;
  t.resumeValue = 0;
  return RunResult.Yielded;
}
