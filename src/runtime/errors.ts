/**
 * @fileoverview JS-side signals that unwind VM code into a Java exception. Runtime code (linking,
 * resolution, natives) throws these; the interpreter catches them at the instruction that caused
 * them and throws the Java exception there, so the Java stack trace points at the right place.
 */
import type { Ref } from '../heap/index.js';

/** "Throw a new Java exception of class `javaClass` with `message`" (created lazily by the interpreter). */
export class JavaThrow extends Error {
  constructor(
    /** Internal class name, e.g. `java/lang/NoClassDefFoundError`. */
    readonly javaClass: string,
    /** The detail message, or null for none. */
    readonly javaMessage: string | null = null,
    /** An optional cause (already a Java object). */
    readonly cause0: Ref = 0,
  ) {
    super(`${javaClass.replace(/\//g, '.')}${javaMessage !== null ? ': ' + javaMessage : ''}`);
  }
}

/** "Throw this existing Java exception object." */
export class JavaException extends Error {
  constructor(readonly exception: Ref) {
    super('Java exception');
  }
}

/**
 * Thrown while an interpreter run of the JIT's adapter has compiled frames below it on the JS stack
 * (jit/runtime.ts `interpretCall`, docs/deopt.md "Calls into the interpreter") by whatever needs
 * every frame as an interpreter frame: a collection, a stack walk (fillInStackTrace), a stack
 * overflow against the lowered limit. The adapter catches it, the compiled callers unwind, and
 * the interpreter re-executes the instruction (or native call) it came from.
 */
export const UNWIND_COMPILED = Symbol('unwind-compiled-frames');

/** A fatal VM error: a bug or an impossible state. Reported to the user as an internal error. */
export class InternalVmError extends Error {}

/** Thrown by an allocation inside a native when the heap is full: the VM collects and calls the native again. */
export const RETRY_AFTER_GC = Symbol('retry-after-gc');
