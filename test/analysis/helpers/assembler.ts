/**
 * @fileoverview A tiny bytecode assembler for analysis tests: builds a ClassFile object with a
 * constant pool and methods whose Code attributes are written as mnemonics with labels, without
 * going through class-file bytes or the parser. Used for code javac no longer emits (jsr/ret
 * subroutines, ldc of dynamic constants) and for deliberately malformed methods.
 */
import { OPCODES, Op } from '../../../src/classfile/opcodes.js';
import {
  Acc,
  CpTag,
  type ClassFile,
  type CpEntry,
  type ExceptionHandler,
  type MethodInfo,
  type RefKind,
  type StackMapFrame,
} from '../../../src/classfile/types.js';

/**
 * One line of assembly: a label (`'loop:'`), or `[mnemonic, ...operands]`. Branch operands are
 * label names; `tableswitch` is `[op, low, defaultLabel, [labels]]`, `lookupswitch` is
 * `[op, defaultLabel, [[match, label], ...]]`; `wide` is `['wide', mnemonic, index, (delta)]`;
 * `['bytes', ...]` emits raw bytes.
 */
export type Line = string | readonly [string, ...Array<number | string | readonly unknown[]>];

/** What a method is made of. */
export interface MethodSpec {
  name: string;
  descriptor: string;
  /** Defaults to ACC_STATIC. */
  flags?: number;
  maxStack: number;
  maxLocals: number;
  code: readonly Line[];
  handlers?: ReadonlyArray<{ start: string; end: string; handler: string; catchType?: string | null }>;
  /** StackMapTable frames with label names for pcs; default null (no table). */
  stackMap?: ReadonlyArray<Omit<StackMapFrame, 'pc'> & { at: string }> | null;
}

/** An assembled method and the pc of every label. */
export interface Assembled {
  method: MethodInfo;
  labels: ReadonlyMap<string, number>;
}

const OPCODE_BY_NAME = new Map(OPCODES.map((info) => [info.mnemonic, info]));

/** Builds a ClassFile piece by piece: constants first, then methods. */
export class ClassBuilder {
  readonly pool: CpEntry[] = [null];
  readonly methods: MethodInfo[] = [];

  constructor(
    readonly name = 'Test',
    readonly majorVersion = 49,
  ) {}

  /** The ClassFile holding everything added so far. */
  build(): ClassFile {
    return {
      minorVersion: 0,
      majorVersion: this.majorVersion,
      constantPool: this.pool,
      flags: Acc.Public | Acc.Super,
      name: this.name,
      superName: 'java/lang/Object',
      interfaces: [],
      fields: [],
      methods: this.methods,
      sourceFile: null,
      signature: null,
      bootstrapMethods: [],
      innerClasses: [],
      enclosingMethod: null,
      nestHost: null,
      nestMembers: [],
      permittedSubclasses: [],
      record: null,
    };
  }

  /** Adds a constant-pool entry and returns its index (long and double take two indices). */
  add(entry: Exclude<CpEntry, null>): number {
    const index = this.pool.length;
    this.pool.push(entry);
    if (entry.tag === CpTag.Long || entry.tag === CpTag.Double) this.pool.push(null);
    return index;
  }

  classRef(name: string): number {
    return this.add({ tag: CpTag.Class, name });
  }
  fieldRef(owner: string, name: string, descriptor: string): number {
    return this.add({ tag: CpTag.Fieldref, owner, name, descriptor });
  }
  methodRef(owner: string, name: string, descriptor: string, isInterface = false): number {
    return this.add({ tag: isInterface ? CpTag.InterfaceMethodref : CpTag.Methodref, owner, name, descriptor });
  }
  string(value: string): number {
    return this.add({ tag: CpTag.String, value });
  }
  int(value: number): number {
    return this.add({ tag: CpTag.Integer, value });
  }
  float(value: number): number {
    return this.add({ tag: CpTag.Float, value });
  }
  long(lo: number, hi: number): number {
    return this.add({ tag: CpTag.Long, lo, hi });
  }
  double(value: number): number {
    return this.add({ tag: CpTag.Double, value });
  }
  methodType(descriptor: string): number {
    return this.add({ tag: CpTag.MethodType, descriptor });
  }
  methodHandle(kind: RefKind, ref: number): number {
    return this.add({ tag: CpTag.MethodHandle, kind, ref });
  }
  dynamic(name: string, descriptor: string): number {
    return this.add({ tag: CpTag.Dynamic, bootstrap: 0, name, descriptor });
  }
  invokeDynamic(name: string, descriptor: string): number {
    return this.add({ tag: CpTag.InvokeDynamic, bootstrap: 0, name, descriptor });
  }

  /** Assembles and adds a method. */
  method(spec: MethodSpec): Assembled {
    const { code, labels } = assemble(spec.code);
    const at = (label: string): number => {
      const pc = labels.get(label);
      if (pc === undefined) throw new Error(`unknown label ${label}`);
      return pc;
    };
    const exceptionTable: ExceptionHandler[] = (spec.handlers ?? []).map((h) => ({
      startPc: at(h.start),
      endPc: at(h.end),
      handlerPc: at(h.handler),
      catchType: h.catchType ?? null,
    }));
    const stackMap = spec.stackMap === undefined || spec.stackMap === null ? null : spec.stackMap.map((f) => ({ pc: at(f.at), locals: f.locals, stack: f.stack }));
    const method: MethodInfo = {
      flags: spec.flags ?? Acc.Static,
      name: spec.name,
      descriptor: spec.descriptor,
      code: { maxStack: spec.maxStack, maxLocals: spec.maxLocals, code, exceptionTable, stackMap, lineNumbers: [], localVariables: [] },
      exceptions: [],
      signature: null,
    };
    this.methods.push(method);
    return { method, labels };
  }
}

/** Lays out `lines` (pass 1: pcs of labels; pass 2: bytes). */
export function assemble(lines: readonly Line[]): { code: Uint8Array; labels: Map<string, number> } {
  const labels = new Map<string, number>();
  let pc = 0;
  for (const line of lines) {
    if (typeof line === 'string') labels.set(line.replace(/:$/, ''), pc);
    else pc += encode(line, pc, null).length;
  }
  const bytes: number[] = [];
  for (const line of lines) if (typeof line !== 'string') bytes.push(...encode(line, bytes.length, labels));
  return { code: Uint8Array.from(bytes), labels };
}

function u2(v: number): number[] {
  return [(v >> 8) & 0xff, v & 0xff];
}
function u4(v: number): number[] {
  return [(v >>> 24) & 0xff, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff];
}

/** Bytes of one instruction at `pc`; with `labels` null, only the length matters. */
function encode(line: Exclude<Line, string>, pc: number, labels: Map<string, number> | null): number[] {
  const [mnemonic, ...ops] = line;
  if (mnemonic === 'bytes') return ops as number[];
  const target = (label: unknown): number => {
    if (labels === null) return 0;
    const at = labels.get(label as string);
    if (at === undefined) throw new Error(`unknown label ${String(label)}`);
    return at - pc;
  };
  const info = OPCODE_BY_NAME.get(mnemonic);
  if (info === undefined) throw new Error(`unknown mnemonic ${mnemonic}`);
  const op = info.code;
  const n = (i: number): number => ops[i] as number;
  if (op === Op.wide) {
    const inner = OPCODE_BY_NAME.get(ops[0] as string)!.code;
    return inner === Op.iinc ? [op, inner, ...u2(n(1)), ...u2(n(2))] : [op, inner, ...u2(n(1))];
  }
  if (op === Op.tableswitch || op === Op.lookupswitch) {
    const padding = new Array<number>(3 - (pc % 4)).fill(0);
    if (op === Op.tableswitch) {
      const cases = ops[2] as string[];
      return [op, ...padding, ...u4(target(ops[1])), ...u4(n(0)), ...u4(n(0) + cases.length - 1), ...cases.flatMap((l) => u4(target(l)))];
    }
    const pairs = ops[1] as Array<[number, string]>;
    return [op, ...padding, ...u4(target(ops[0])), ...u4(pairs.length), ...pairs.flatMap(([m, l]) => [...u4(m), ...u4(target(l))])];
  }
  if ((op >= Op.ifeq && op <= Op.jsr) || op === Op.ifnull || op === Op.ifnonnull) return [op, ...u2(target(ops[0]))];
  if (op === Op.goto_w || op === Op.jsr_w) return [op, ...u4(target(ops[0]))];
  switch (op) {
    case Op.invokeinterface:
      return [op, ...u2(n(0)), n(1), 0];
    case Op.invokedynamic:
      return [op, ...u2(n(0)), 0, 0];
    case Op.multianewarray:
      return [op, ...u2(n(0)), n(1)];
    case Op.iinc:
      return [op, n(0), n(1) & 0xff];
    case Op.sipush:
      return [op, ...u2(n(0))];
    default:
      if (info.length === 1) return [op];
      if (info.length === 2) return [op, n(0) & 0xff];
      return [op, ...u2(n(0))];
  }
}
