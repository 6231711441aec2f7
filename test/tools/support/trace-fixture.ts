// Builds deopt traces (jit/trace-events.ts) for the inspector's tests, from real class files: the
// listing comes from the class-file disassembler, the stop points sit where Tern's JIT puts them
// (entry poll at pc 0, a poll at each loop header, calls, allocations, instructions that can throw,
// unresolved static accesses, plus the guards a test asks for), and their frame states hold the
// slot kinds that src/analysis computes at those pcs. Until the JIT's own --deopt-trace writer
// lands, this is what the inspector is tested against.
import { analyzeMethod, SlotKind } from '../../../src/analysis/index.js';
import { Op, parseClassFile, type ClassFile, type MethodInfo } from '../../../src/classfile/index.js';
import { disassembleInstruction } from '../../../src/classfile/disassembler.js';
import { instructionLength } from '../../../src/classfile/opcodes.js';
import {
  TRACE_FORMAT_VERSION, type StopKind, type TraceHeader, type TraceInstruction, type TraceLine, type TraceSlot, type TraceStopPoint,
} from '../../../jit/trace-events.js';

/** A method of a parsed class. */
export interface MethodRef {
  cf: ClassFile;
  m: MethodInfo;
}

/** Finds `name` + `descriptor` (e.g. `total([LShapeReport$Shape;)D`) in a class. */
export function method(cf: ClassFile, nameAndDescriptor: string): MethodRef {
  const m = cf.methods.find((x) => x.name + x.descriptor === nameAndDescriptor);
  if (!m) throw new Error(`${cf.name} has no method ${nameAndDescriptor}`);
  return { cf, m };
}

/** The trace's name of a method: `pkg/Cls.name(desc)`. */
export function nameOf(r: MethodRef): string {
  return `${r.cf.name}.${r.m.name}${r.m.descriptor}`;
}

/** Parses class file bytes. */
export function classFile(bytes: Uint8Array): ClassFile {
  return parseClassFile(bytes);
}

function* instructions(r: MethodRef): Generator<{ pc: number; op: number }> {
  const code = r.m.code!.code;
  for (let pc = 0; pc < code.length; pc += instructionLength(code, pc)) yield { pc, op: code[pc]! };
}

/** The pcs of instructions with opcode `op`, in order. */
export function pcsOf(r: MethodRef, op: number): number[] {
  return [...instructions(r)].filter((i) => i.op === op).map((i) => i.pc);
}

/** The method's listing as the trace carries it: javap's instruction text without the `pc:` prefix. */
export function listing(r: MethodRef): TraceInstruction[] {
  return [...instructions(r)].map(({ pc }) => ({
    pc,
    text: disassembleInstruction(r.cf, r.m.code!.code, pc).map((l) => l.replace(/^\s*\d+: /, '')).join('\n'),
  }));
}

const THROWING = new Set<number>([
  Op.idiv, Op.irem, Op.ldiv, Op.lrem, Op.iaload, Op.laload, Op.faload, Op.daload, Op.aaload, Op.baload, Op.caload, Op.saload,
  Op.iastore, Op.lastore, Op.fastore, Op.dastore, Op.aastore, Op.bastore, Op.castore, Op.sastore, Op.arraylength, Op.athrow,
  Op.getfield, Op.putfield, Op.checkcast,
]);
const CALLS = new Set<number>([Op.invokevirtual, Op.invokespecial, Op.invokestatic, Op.invokeinterface, Op.invokedynamic]);
const ALLOCATIONS = new Set<number>([Op.new, Op.newarray, Op.anewarray, Op.multianewarray]);
const KIND_NAMES: Partial<Record<number, string>> = {
  [SlotKind.Int]: 'int', [SlotKind.Float]: 'float', [SlotKind.Long]: 'long', [SlotKind.Double]: 'double', [SlotKind.Ref]: 'ref',
};

/** The frame state at `pc`: every live local and stack slot, kept in wasm locals numbered like the slots. */
export function slotsAt(r: MethodRef, pc: number, base = 0): TraceSlot[] {
  const kinds = analyzeMethod(r.cf, r.m).kindsAt(pc);
  const out: TraceSlot[] = [];
  const add = (slot: number, kind: number): void => {
    const name = KIND_NAMES[kind];
    if (name) out.push({ slot, kind: name, where: `local ${base + slot}` });
  };
  kinds.locals.forEach((k, i) => add(i, k));
  kinds.stack.forEach((k, i) => add(kinds.locals.length + i, k));
  return out;
}

/** A guard the JIT placed before the instruction at `pc`. */
export interface Guard {
  pc: number;
  reason: string;
}

/**
 * The stop points of compiled `r`: an entry poll (not for inlined code), a poll at each loop
 * header, and calls, allocations, throw checks and unresolved static accesses at their
 * instructions; `guards` add speculation guards; `inlinedFrom` is the chain when `r` is inlined.
 */
export function stopPoints(r: MethodRef, guards: readonly Guard[] = [], inlinedFrom: readonly string[] = [], skipCallsAt: readonly number[] = []): TraceStopPoint[] {
  const a = analyzeMethod(r.cf, r.m);
  const loops = new Set(a.cfg.loops.map((l) => l.headerPc));
  const base = inlinedFrom.length * 16;
  const out: TraceStopPoint[] = [];
  const add = (pc: number, kind: StopKind, reason?: string): void => {
    out.push({ pc, kind, ...(reason !== undefined ? { reason } : {}), inlinedFrom, slots: slotsAt(r, pc, base) });
  };
  for (const { pc, op } of instructions(r)) {
    if (!a.isReachable(pc)) continue;
    if (pc === 0 && inlinedFrom.length === 0) add(0, 'entry-poll');
    if (loops.has(pc)) add(pc, 'loop-poll');
    for (const g of guards) if (g.pc === pc) add(pc, 'guard', g.reason);
    if (CALLS.has(op) && !skipCallsAt.includes(pc)) add(pc, 'call');
    else if (ALLOCATIONS.has(op)) add(pc, 'allocation');
    else if (THROWING.has(op)) add(pc, 'throw-check');
    else if (op === Op.getstatic || op === Op.putstatic) add(pc, 'unresolved');
  }
  return out;
}

/** An inlined callee: inlined at `atPc` (a call instruction of the caller). */
export interface Inline {
  callee: MethodRef;
  atPc: number;
}

/** Options of {@link TraceBuilder.compile}. */
export interface CompileSpec {
  t: number;
  ms: number;
  attempt?: number;
  trigger?: string;
  guards?: Guard[];
  inline?: Inline[];
  assumptions?: string[];
  wasmSize?: number;
  /** OSR entries (default: every loop header). */
  osrPcs?: number[];
}

/** Collects trace lines in order, numbering compiled code like the JIT does. */
export class TraceBuilder {
  readonly lines: TraceLine[] = [];
  private nextId = 0;

  constructor(header: Partial<TraceHeader> = {}) {
    this.lines.push({ ev: 'header', format: 'tern-deopt-trace', version: TRACE_FORMAT_VERSION, started: '2026-12-07T03:00:00.000Z', command: 'Main', ...header });
  }

  /** A compile event of `r`; returns its compiled-method id. */
  compile(r: MethodRef, s: CompileSpec): number {
    const id = this.nextId++;
    const inline = s.inline ?? [];
    const outer = nameOf(r);
    const stops = stopPoints(r, s.guards, [], inline.map((i) => i.atPc));
    for (const i of inline) {
      const inner = stopPoints(i.callee, [], [`${outer}@${i.atPc}`]);
      const at = stops.findIndex((x) => x.pc > i.atPc);
      stops.splice(at < 0 ? stops.length : at, 0, ...inner);
    }
    const code = listing(r);
    const a = analyzeMethod(r.cf, r.m);
    this.lines.push({
      ev: 'compile', t: s.t, id, method: outer, attempt: s.attempt ?? 1, bytecodeSize: r.m.code!.code.length,
      wasmSize: s.wasmSize ?? 300 + 40 * code.length, ms: s.ms, genMs: round(s.ms * 0.1), optMs: round(s.ms * 0.8), instantiateMs: round(s.ms * 0.1),
      osrPcs: s.osrPcs ?? a.cfg.loops.map((l) => l.headerPc), inlined: inline.map((i) => `${nameOf(i.callee)}@${i.atPc}`),
      assumptions: s.assumptions ?? [], stops, code, trigger: s.trigger ?? 'invocations',
    });
    return id;
  }

  bailout(t: number, r: MethodRef | string, reason: string): void {
    this.lines.push({ ev: 'bailout', t, method: typeof r === 'string' ? r : nameOf(r), reason });
  }

  invalidate(t: number, id: number, reason: string): void {
    this.lines.push({ ev: 'invalidate', t, id, method: this.methodOf(id), reason });
  }

  /** A deopt of code `id` at `pc` of the compiled method, or of an inlined callee (`inlined`: the call's pc and the callee). */
  deopt(t: number, id: number, pc: number, reason: string, o: { detail?: string; thread?: string; inlined?: Inline; ms?: number } = {}): void {
    const outer = this.methodOf(id);
    const frames = o.inlined ? [`${outer}@${o.inlined.atPc}`, `${nameOf(o.inlined.callee)}@${pc}`] : [`${outer}@${pc}`];
    this.lines.push({
      ev: 'deopt', t, id, method: o.inlined ? nameOf(o.inlined.callee) : outer, pc, reason, ...(o.detail !== undefined ? { detail: o.detail } : {}),
      frames, thread: o.thread ?? 'main', ms: o.ms ?? 0.05,
    });
  }

  osr(t: number, id: number, pc: number): void {
    this.lines.push({ ev: 'osr', t, id, method: this.methodOf(id), pc });
  }

  /** The JSON-lines text. */
  text(): string {
    return this.lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
  }

  private methodOf(id: number): string {
    const c = this.lines.find((l) => l.ev === 'compile' && l.id === id);
    if (!c || c.ev !== 'compile') throw new Error(`no compiled code #${id}`);
    return c.method;
  }
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
