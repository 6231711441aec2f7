/**
 * @fileoverview Producing the deopt trace (jit/trace-events.ts is the format): the JIT runtime
 * builds a {@link TraceEvent} for each compile, bail-out, invalidation, deoptimization and OSR
 * entry — only when someone listens (`--deopt-trace=FILE`, the embedding API's `jit` events), so
 * a run without listeners pays one array-length test per such event and nothing on the
 * interpreter's or compiled code's fast paths. {@link TraceWriter} turns events into JSON lines
 * with buffered, platform-neutral writes (the caller supplies the sink and decides when to flush).
 *
 * What a compiled method's event holds comes from `CompiledMethod` (runtime.ts): the frame-state
 * table, OSR pcs, inlined methods, assumptions and the stop points the compiler recorded with their
 * kinds and reasons (jit/stops.ts). (Whether an instruction is an uncommon trap cannot be derived
 * from the interpreter's quickening state: the compiler resolves instructions ahead of it.)
 */
import { SlotKind } from '../src/analysis/index.js';
import { disassembleInstruction } from '../src/classfile/disassembler.js';
import { instructionLength } from '../src/classfile/opcodes.js';
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
