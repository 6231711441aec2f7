/**
 * @fileoverview Producing the deopt trace (jit/trace-events.ts is the format): the JIT runtime
 * builds a {@link TraceEvent} for each compile, bail-out, invalidation, deoptimization and OSR
 * entry — only when someone listens (`--deopt-trace=FILE`, the embedding API's `jit` events), so
 * a run without listeners pays one array-length test per such event and nothing on the
 * interpreter's or compiled code's fast paths. {@link TraceWriter} turns events into JSON lines
 * with buffered, platform-neutral writes (the caller supplies the sink and decides when to flush).
 *
 * What a compiled method's event holds comes from `CompiledMethod` (runtime.ts): the frame-state
 * table, OSR pcs, and — when the compiler records them — inlined methods, assumptions and stop
 * points with their kinds and reasons. Until the compiler records stop points, {@link deriveStops}
 * recovers them from the bytecode at compile time (which instruction is at each frame-state pc and
 * whether the interpreter had resolved it then).
 */
import { SlotKind } from '../src/analysis/index.js';
import { disassembleInstruction } from '../src/classfile/disassembler.js';
import { instructionLength, Op } from '../src/classfile/opcodes.js';
import type { Prepared } from '../src/interp/prepared.js';
import type { RtMethod } from '../src/runtime/model.js';
import type { FrameStateTable } from '../deopt/frame-state.js';
import {
  TRACE_FORMAT_VERSION, type StopKind, type TraceEvent, type TraceHeader, type TraceInstruction, type TraceSlot, type TraceStopPoint,
} from './trace-events.js';

/** Receives trace events (synchronously, on the VM's thread, between two Java instructions). */
export type TraceListener = (e: TraceEvent) => void;

/** A stop point as the compiler knows it, before its frame state is attached. */
export interface StopInfo {
  readonly pc: number;
  readonly kind: StopKind;
  readonly reason?: string;
  readonly inlinedFrom?: readonly string[];
}

/** The header line of a trace file. */
export function traceHeader(command: string, started = new Date()): TraceHeader {
  return { ev: 'header', format: 'tern-deopt-trace', version: TRACE_FORMAT_VERSION, started: started.toISOString(), command };
}

const LISTINGS = new WeakMap<RtMethod, readonly TraceInstruction[]>();

/** The method's bytecode as `javap -c` lists it, one entry per instruction (computed once per method). */
export function listing(method: RtMethod): readonly TraceInstruction[] {
  let out = LISTINGS.get(method);
  if (out !== undefined) return out;
  const list: TraceInstruction[] = [];
  const code = method.code?.code;
  const cf = method.owner.file;
  if (code && cf) {
    for (let pc = 0; pc < code.length;) {
      const len = instructionLength(code, pc);
      if (len <= 0) break;
      // Drop javap's "    12: " prefix (a switch has several lines: its cases keep their indent).
      const lines = disassembleInstruction(cf, code, pc).map((l) => l.trimEnd());
      list.push({ pc, text: [lines[0]!.replace(/^\s*\d+: /, ''), ...lines.slice(1)].join('\n') });
      pc += len;
    }
  }
  out = list;
  LISTINGS.set(method, out);
  return out;
}

const KIND_NAMES: Record<number, string> = {
  [SlotKind.Int]: 'int', [SlotKind.Float]: 'float', [SlotKind.Long]: 'long', [SlotKind.Double]: 'double', [SlotKind.Ref]: 'ref',
};
/** Offset of a kind's wasm local within a slot's four (compiler.ts: `4v + {i32, f32, i64, f64}`). */
const KIND_LOCAL: Record<number, number> = { [SlotKind.Int]: 0, [SlotKind.Ref]: 0, [SlotKind.Float]: 1, [SlotKind.Long]: 2, [SlotKind.Double]: 3 };

/**
 * The frame state at `pc` as trace slots. `where` names the wasm local of the method's normal
 * entry function (`m<id>`, whose `nParams` parameters come first) in the code as generated,
 * before Binaryen's optimizer renumbers locals.
 */
export function traceSlots(states: FrameStateTable, pc: number, firstLocal: number): TraceSlot[] {
  const s = states.get(pc);
  const out: TraceSlot[] = [];
  for (let i = 0; i < s.length; i += 2) {
    const slot = s[i]!, kind = s[i + 1]!;
    out.push({ slot, kind: KIND_NAMES[kind] ?? String(kind), where: `local ${firstLocal + 4 * slot + (KIND_LOCAL[kind] ?? 0)}` });
  }
  return out;
}

/**
 * Stop points of a method just compiled, recovered from its frame-state pcs and bytecode (call
 * right after code generation: "unresolved" depends on what the interpreter had quickened then).
 * A pc where code can stop for several reasons (an invoke: null receiver, callee not compiled,
 * callee deoptimized) gives one stop per kind.
 */
export function deriveStops(P: Prepared, statePcs: Iterable<number>, osrPcs: readonly number[]): StopInfo[] {
  const code = P.method.code!.code;
  const out: StopInfo[] = [];
  for (const pc of [...statePcs].sort((a, b) => a - b)) {
    const before = out.length;
    if (pc === 0) out.push({ pc, kind: 'entry-poll' });
    if (osrPcs.includes(pc)) out.push({ pc, kind: 'loop-poll' });
    const op = code[pc]!;
    const unresolved = P.ops[pc] === op; // not quickened by the interpreter yet
    switch (op) {
      case Op.invokestatic: case Op.invokespecial: case Op.invokevirtual: case Op.invokeinterface: case Op.invokedynamic:
        out.push({ pc, kind: unresolved ? 'unresolved' : 'call' });
        if (!unresolved && op !== Op.invokestatic && op !== Op.invokedynamic) out.push({ pc, kind: 'throw-check', reason: 'null receiver' });
        break;
      case Op.getfield: case Op.putfield: case Op.getstatic: case Op.putstatic:
        if (unresolved) out.push({ pc, kind: 'unresolved' });
        else if (op === Op.getfield || op === Op.putfield) out.push({ pc, kind: 'throw-check', reason: 'null' });
        break;
      case Op.new: case Op.newarray: case Op.anewarray: case Op.multianewarray:
        out.push({ pc, kind: 'allocation' });
        break;
      case Op.idiv: case Op.irem: case Op.ldiv: case Op.lrem:
        out.push({ pc, kind: 'throw-check', reason: 'division by zero' });
        break;
      case Op.iaload: case Op.laload: case Op.faload: case Op.daload: case Op.aaload: case Op.baload: case Op.caload: case Op.saload:
      case Op.iastore: case Op.lastore: case Op.fastore: case Op.dastore: case Op.aastore: case Op.bastore: case Op.castore: case Op.sastore:
        out.push({ pc, kind: 'throw-check', reason: 'null or index out of bounds' });
        break;
      case Op.arraylength: case Op.monitorenter: case Op.monitorexit:
        out.push({ pc, kind: 'throw-check', reason: 'null' });
        break;
      case Op.athrow:
        out.push({ pc, kind: 'throw-check', reason: 'athrow' });
        break;
      case Op.checkcast:
        out.push({ pc, kind: 'throw-check', reason: 'class cast' });
        break;
      default:
    }
    // Not classified from the bytecode (a compiler newer than this table): still listed.
    if (out.length === before) out.push({ pc, kind: 'guard', reason: 'deopt point' });
  }
  return out;
}

/**
 * The stops with their frame states, as the trace shows them. `stateOf` gives the frame-state
 * table a stop's slots are in and the first wasm local of its frame (inlined frames have their own
 * tables, jit/stops.ts `recordId`, and their slots after their callers').
 */
export function traceStops(stops: readonly StopInfo[], stateOf: (s: StopInfo) => { states: FrameStateTable; firstLocal: number }): TraceStopPoint[] {
  return stops.map((s) => {
    const { states, firstLocal } = stateOf(s);
    const slots = states.has(s.pc) ? traceSlots(states, s.pc, firstLocal) : [];
    return { pc: s.pc, kind: s.kind, ...(s.reason !== undefined ? { reason: s.reason } : {}), inlinedFrom: s.inlinedFrom ?? [], slots };
  });
}

/**
 * Buffers trace lines and hands them to `write` in chunks: when the buffer passes `maxBytes`, and
 * whenever the owner calls {@link flush} (periodically and at exit). Never writes per event.
 */
export class TraceWriter {
  private parts: string[] = [];
  private bytes = 0;
  private closed = false;

  constructor(private readonly write: (chunk: string) => void, header: TraceHeader, private readonly maxBytes = 256 * 1024) {
    this.push(header);
  }

  /** Appends one line (a listener: `jit.addTraceListener((e) => writer.push(e))`). */
  push(e: TraceEvent | TraceHeader): void {
    if (this.closed) return;
    const line = JSON.stringify(e) + '\n';
    this.parts.push(line);
    this.bytes += line.length;
    if (this.bytes >= this.maxBytes) this.flush();
  }

  /** Writes what is buffered. */
  flush(): void {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.bytes = 0;
    this.write(chunk);
  }

  /** Flushes and ignores later events. */
  close(): void {
    this.flush();
    this.closed = true;
  }
}
