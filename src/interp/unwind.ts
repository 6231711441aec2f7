/**
 * @fileoverview Exceptions in the interpreter (JVMS §2.10, §6.5 athrow): turning JS-side signals
 * into Java exception objects, finding handlers frame by frame, failing class initializers
 * (ExceptionInInitializerError, JVMS §5.5), and handing uncaught exceptions to
 * Thread.dispatchUncaughtException. Also the special returns of VM-pushed frames and
 * synchronized-method entry.
 */
import { JavaException, JavaThrow, UNWIND_COMPILED } from '../runtime/errors.js';
import { InitState, RtClass } from '../runtime/model.js';
import { NullPointerThrow, type Vm } from '../runtime/vm.js';
import { Frame, FrameKind } from '../threads/frame.js';
import type { JavaThread } from '../threads/java-thread.js';
import { RunResult } from '../threads/scheduler.js';
import { classInitialized } from './tiering.js';

/**
 * Handles anything thrown inside the interpreter loop for thread `t` (whose top frame has its
 * pc/sp written back). Returns Yielded to continue running `t` from its (new) top frame.
 */
export function handleThrowable(vm: Vm, t: JavaThread, e: unknown): RunResult {
  if (vm.hiddenCompiledFrames > 0) {
    // Under compiled callers (the JIT's adapter): a stack overflow against the lowered limit, or
    // of the JS stack, is decided again once they are interpreter frames (docs/deopt.md).
    if (e === UNWIND_COMPILED) throw e;
    if ((e instanceof JavaThrow && e.javaClass === 'java/lang/StackOverflowError' && t.slotLimit < t.stack.length) ||
      (e instanceof RangeError && /call stack/.test(e.message))) throw UNWIND_COMPILED;
    // Creating the exception fills in its stack trace, which names the compiled callers from their
    // site words (docs/deopt.md "Stack traces through compiled frames"), so it is created and
    // dispatched here. When that needs them unwound (a collection, a frame it cannot name), it is
    // thrown at this frame's pc once they unwound (what raised it must not run again).
    if (e instanceof JavaThrow) {
      let ex: number;
      try {
        ex = vm.createThrowable(t, e.javaClass, e.javaMessage, e.cause0, e instanceof NullPointerThrow);
      } catch (u) {
        if (u !== UNWIND_COMPILED) throw u;
        t.pendingThrow = e;
        throw UNWIND_COMPILED;
      }
      if (vm.traceExceptions) vm.traceException(t, ex, e);
      return dispatchException(vm, t, ex);
    }
  }
  let ex: number;
  if (e instanceof JavaException) ex = e.exception;
  else if (e instanceof JavaThrow) ex = vm.createThrowable(t, e.javaClass, e.javaMessage, e.cause0, e instanceof NullPointerThrow);
  else if (e instanceof RangeError && /call stack/.test(e.message)) ex = vm.createThrowable(t, 'java/lang/StackOverflowError', null);
  else ex = vm.internalError(t, e);
  if (vm.traceExceptions) vm.traceException(t, ex, e);
  return dispatchException(vm, t, ex);
}

/** Unwinds `t` to the nearest handler for `ex` (JVMS §2.10), or to Thread.dispatchUncaughtException. */
export function dispatchException(vm: Vm, t: JavaThread, ex: number): RunResult {
  const h = vm.heap.newHandle(ex);
  try {
    while (t.depth > 0) {
      const f = t.top;
      const handler = findHandler(vm, f, vm.heap.getHandle(h));
      if (handler >= 0) {
        f.sp = f.stackBase;
        t.stack[f.sp++] = vm.heap.getHandle(h);
        f.pc = handler;
        return RunResult.Yielded;
      }
      if (f.method.isSynchronized) {
        try { vm.monitors.exit(t, t.stack[f.lp + f.method.code!.maxLocals]!); } catch { /* not owner: lock never taken */ }
      }
      t.depth--;
      if (f.kind === FrameKind.Adapter) {
        // Called by compiled code (jit/runtime.ts): the exception goes to the compiled caller.
        t.adapterException = vm.heap.getHandle(h);
        return RunResult.AdapterThrew;
      }
      if (f.kind === FrameKind.ClassInit) vm.heap.setHandle(h, failInitialization(vm, t, f.initClass!, vm.heap.getHandle(h)));
    }
    return vm.uncaught(t, vm.heap.getHandle(h));
  } finally {
    vm.heap.freeHandle(h);
  }
}

/** The handler pc in `f` for exception `ex` at `f.pc`, or -1 (JVMS §2.10 handler search order). */
function findHandler(vm: Vm, f: Frame, ex: number): number {
  const table = f.method.code!.exceptionTable;
  if (table.length === 0) return -1;
  const exClass = vm.classOf(ex);
  for (const row of table) {
    if (f.pc < row.startPc || f.pc >= row.endPc) continue;
    if (row.catchType === null) return row.handlerPc;
    let catchClass: RtClass;
    try {
      catchClass = vm.registry.load(row.catchType);
    } catch {
      continue;
    }
    if (exClass.supertypes.has(catchClass)) return row.handlerPc;
  }
  return -1;
}

/**
 * A `<clinit>` ended with `ex`: the class becomes erroneous and waiters wake (JVMS §5.5 steps
 * 10–12). Returns the exception to propagate: `ex` itself when it is an Error, else an
 * ExceptionInInitializerError wrapping it.
 */
function failInitialization(vm: Vm, t: JavaThread, cls: RtClass, ex: number): number {
  cls.state = InitState.Erroneous;
  cls.initThread = null;
  vm.wakeClassInitWaiters(cls);
  if (vm.classOf(ex).supertypes.has(vm.registry.load('java/lang/Error'))) return ex;
  return vm.createThrowable(t, 'java/lang/ExceptionInInitializerError', null, ex);
}

/** Completes the return of a VM-pushed frame (already popped). */
export function finishSpecialReturn(vm: Vm, t: JavaThread, f: Frame): void {
  if (f.kind === FrameKind.ClassInit) {
    const cls = f.initClass!;
    cls.state = InitState.Initialized;
    cls.initThread = null;
    classInitialized(vm, cls);
    vm.wakeClassInitWaiters(cls);
  }
}

/** Locks the monitor of a synchronized method's frame just pushed; false when the thread must wait. */
export function enterSynchronized(vm: Vm, t: JavaThread, f: Frame): boolean {
  const m = f.method;
  const lock = m.isStatic ? vm.mirror(m.owner) : t.stack[f.lp]!;
  t.stack[f.lp + m.code!.maxLocals] = lock;
  return vm.monitors.enter(t, lock);
}
