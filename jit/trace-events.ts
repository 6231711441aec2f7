/**
 * @fileoverview The deopt trace: one structured event for every compile, bail-out, invalidation
 * and deoptimization the JIT makes (issue 6). `--deopt-trace=FILE` writes them as JSON lines (one
 * `TraceEvent` per line, the first line a `TraceHeader`); the embedding API delivers the same
 * objects as events; `tern inspect trace FILE` reads them back. This file is the contract between
 * the three: plain data only, every field JSON-safe, times in milliseconds since the VM started.
 *
 * Compatibility: readers ignore unknown fields and unknown `ev` values; a change that alters
 * the meaning of a field raises `TRACE_FORMAT_VERSION`.
 */

export const TRACE_FORMAT_VERSION = 1;

/** First line of a trace file. */
export interface TraceHeader {
  readonly ev: 'header';
  readonly format: 'tern-deopt-trace';
  readonly version: number;
  /** Wall-clock start of the VM (ISO 8601), for display only. */
  readonly started: string;
  /** Main class or jar and the JIT flags in effect (`-Xcomp`, `-XX:CompileThreshold=…`). */
  readonly command: string;
}

/** What a method is called in every event: `pkg/Cls.name(desc)`, the JVM's internal form. */
export type MethodName = string;

/** Where a compiled method may stop and hand its frame to the interpreter. */
export type StopKind = 'entry-poll' | 'loop-poll' | 'call' | 'allocation' | 'throw-check' | 'guard' | 'unresolved';

/** One slot of a frame state: local `slot` (operand-stack slots numbered after the locals). */
export interface TraceSlot {
  readonly slot: number;
  /** `int`, `float`, `long`, `double` or `ref`. */
  readonly kind: string;
  /** Where compiled code keeps the value: a wasm local (`local 12`) or a constant (`const 0`). */
  readonly where: string;
}

/** A stop point of compiled code and the frame state recorded there. */
export interface TraceStopPoint {
  /** Bytecode pc in the method that owns the code at this point (the innermost inlined method). */
  readonly pc: number;
  readonly kind: StopKind;
  /** For guards: what the guard assumes (`class-hierarchy: Shape.area has one implementation`, `branch never taken`, …). */
  readonly reason?: string;
  /** Inlined-caller chain, outermost first, each `method@pc`; empty when not inlined. */
  readonly inlinedFrom: readonly string[];
  readonly slots: readonly TraceSlot[];
}

/** One bytecode instruction of a compiled method, for the inspector's listing. */
export interface TraceInstruction {
  readonly pc: number;
  /** Disassembled text, as `javap -c` would print the instruction (`iload_1`, `invokevirtual #7 // Method …`). */
  readonly text: string;
}

export interface CompileEvent {
  readonly ev: 'compile';
  readonly t: number;
  /** Compiled-method id (the `[jit]` log's number); later events refer to it. */
  readonly id: number;
  readonly method: MethodName;
  /** Which compile of this method this is (1 for the first, 2 after an invalidation, …). */
  readonly attempt: number;
  readonly bytecodeSize: number;
  readonly wasmSize: number;
  /** Total compile time and its parts. */
  readonly ms: number;
  readonly genMs?: number;
  readonly optMs?: number;
  readonly instantiateMs?: number;
  /** Loop headers with an OSR entry. */
  readonly osrPcs: readonly number[];
  /** Methods inlined into this one, each `method@pc-of-the-call`. */
  readonly inlined: readonly string[];
  /** Class-hierarchy and profile assumptions the code depends on (invalidated when one breaks). */
  readonly assumptions: readonly string[];
  readonly stops: readonly TraceStopPoint[];
  readonly code: readonly TraceInstruction[];
  /** Why it was compiled: `invocations`, `backedges` (OSR), `xcomp`, `callee-of <method>`. */
  readonly trigger: string;
  /**
   * Compiled in the background (a worker thread optimized and compiled the module; `optMs` then
   * includes V8's compilation there). Absent: synchronously, on the VM's thread.
   */
  readonly background?: boolean;
  /** Background compiles: ids of the methods compiled in the same module (this one included). */
  readonly batch?: readonly number[];
  /** Background compiles: from posting the module to the worker until it came back. */
  readonly waitMs?: number;
}

/** A method the JIT would not compile, and why (`unsupported instruction new at pc 83`). */
export interface BailoutEvent {
  readonly ev: 'bailout';
  readonly t: number;
  readonly method: MethodName;
  readonly reason: string;
}

/** Compiled code dropped: an assumption broke or the deopt policy gave up on it. */
export interface InvalidateEvent {
  readonly ev: 'invalidate';
  readonly t: number;
  readonly id: number;
  readonly method: MethodName;
  /** `class-hierarchy: loaded app/Circle overriding Shape.area`, `too many deopts (throw)`, `unresolved`, … */
  readonly reason: string;
}

/** Compiled frames unwound into interpreter frames. */
export interface DeoptEvent {
  readonly ev: 'deopt';
  readonly t: number;
  readonly id: number;
  readonly method: MethodName;
  /** pc in `method` (the innermost frame) where the code stopped. */
  readonly pc: number;
  /** `poll`, `throw`, `unresolved`, `not-compiled`, `caller`, `depth`, `allocation`, `guard`, … */
  readonly reason: string;
  /** For guard deopts: the guard's own reason. */
  readonly detail?: string;
  /** Frames rebuilt, outermost first, each `method@pc` (more than one when inlined frames were rebuilt). */
  readonly frames: readonly string[];
  /** Java thread name. */
  readonly thread: string;
  /** Time spent rebuilding the frames. */
  readonly ms: number;
}

/** Interpreter frame entered compiled code at a loop header. */
export interface OsrEvent {
  readonly ev: 'osr';
  readonly t: number;
  readonly id: number;
  readonly method: MethodName;
  readonly pc: number;
}

export type TraceEvent = CompileEvent | BailoutEvent | InvalidateEvent | DeoptEvent | OsrEvent;
export type TraceLine = TraceHeader | TraceEvent;
