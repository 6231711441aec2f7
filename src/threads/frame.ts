/**
 * @fileoverview Interpreter frames (docs/frame-layout.md). A frame is plain data: the method, the
 * pc, where its locals start in the thread's slot stack and where its operand stack ends. This is
 * the only frame format the GC, stack traces and the checkpoint ever see (DESIGN principle 3).
 */
import type { RtClass, RtMethod } from '../runtime/model.js';

/** What happens when a frame returns. */
export const enum FrameKind {
  /** Called by an invoke instruction: the caller continues after it with the result pushed. */
  Normal = 0,
  /**
   * Pushed by the VM: the result is dropped and the caller (if any) re-executes the instruction
   * it was at; with no caller the thread ends.
   */
  Reexecute = 1,
  /** A `<clinit>` run: like Reexecute, and on return its class becomes initialized. */
  ClassInit = 2,
  /**
   * Called by compiled code through the JIT's adapter (jit/runtime.ts `interpretCall`,
   * docs/deopt.md "Calls into the interpreter"): its return, or an exception it does not catch,
   * ends the interpreter's run and hands the result to the compiled caller. Never seen outside
   * such a run: when the run must stop, the compiled callers unwind and it becomes Normal.
   */
  Adapter = 3,
}

/** One activation record. Reused from a per-thread pool, so fields are mutable. */
export class Frame {
  method!: RtMethod;
  /** pc of the current instruction; in callers, the pc of the invoke in progress. */
  pc = 0;
  /** Index of local 0 in the thread's slot stack. */
  lp = 0;
  /** Index of the next free operand-stack slot (valid while the frame is not running). */
  sp = 0;
  kind: FrameKind = FrameKind.Normal;
  /** For ClassInit frames: the class being initialized. */
  initClass: RtClass | null = null;

  /** Index of the first operand-stack slot: after the locals and, for synchronized methods, the lock slot. */
  get stackBase(): number {
    return this.lp + this.method.code!.maxLocals + (this.method.isSynchronized ? 1 : 0);
  }
}
