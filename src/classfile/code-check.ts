/**
 * @fileoverview Static constraints on the code array (JVMS §4.9.1) that need no dataflow: every
 * instruction is defined and complete, branch and switch targets land on instruction starts, local
 * variable indices fit in max_locals, and constant-pool operands have the tag their instruction
 * requires. The interpreter, the analysis and the JIT rely on these facts instead of re-checking them
 * per execution. Type-level checks (the verifier proper) belong to src/analysis.
 *
 * Both passes are driven by per-opcode tables built once from the opcode table, so the per-byte
 * work is an array lookup and a switch over a small integer.
 */

import { argSlots, arrayDimensions, isValidMethodDescriptor, MAX_ARRAY_DIMENSIONS } from './descriptors.js';
import { VerifyError } from './errors.js';
import { Op, OPCODES, instructionLength, readI16, readI32, readU16 } from './opcodes.js';
import { CpEntry, CpTag } from './types.js';

/** What the checks need to know about the method and its class. */
export interface CodeCheckContext {
  pool: readonly CpEntry[];
  majorVersion: number;
  maxLocals: number;
  /** Internal name of the class, for messages. */
  className: string;
  /** Method as HotSpot prints it in verifier messages: `Foo.bar(I)V`. */
  location: string;
  /** Offset of code[0] in the class file, to report absolute offsets. */
  codeOffset: number;
}

/** The operand check each opcode needs. */
const enum Operand {
  None,
  Local1,
  Local2,
  Wide,
  Ldc,
  LdcW,
  Ldc2W,
  Field,
  Invoke,
  InvokeDynamic,
  New,
  ANewArray,
  ClassRef,
  MultiANewArray,
  NewArray,
  Branch16,
  Branch32,
  TableSwitch,
  LookupSwitch,
  Jsr,
}

/** Fixed instruction lengths by opcode; 0 for variable-length and undefined opcodes. */
const FIXED_LENGTH = Uint8Array.from({ length: 256 }, (_, op) => OPCODES[op]?.length ?? 0);

/** For local-variable instructions, the index they access (implicit forms) or 255 for "operand byte". */
const IMPLICIT_LOCAL = new Uint8Array(256).fill(255);

const OPERAND = buildOperandTable();

function buildOperandTable(): Uint8Array {
  const t = new Uint8Array(256);
  const set = (kind: Operand, ...ops: number[]): void => ops.forEach((op) => (t[op] = kind));
  set(Operand.Local1, Op.iload, Op.fload, Op.aload, Op.istore, Op.fstore, Op.astore, Op.iinc);
  set(Operand.Local2, Op.lload, Op.dload, Op.lstore, Op.dstore);
  // xload_n / xstore_n: families ordered i, l, f, d, a, four each; l and d take two slots.
  for (const base of [Op.iload_0, Op.istore_0]) {
    for (let family = 0; family < 5; family++) {
      for (let n = 0; n < 4; n++) {
        const op = base + family * 4 + n;
        t[op] = family === 1 || family === 3 ? Operand.Local2 : Operand.Local1;
        IMPLICIT_LOCAL[op] = n;
      }
    }
  }
  set(Operand.Wide, Op.wide);
  set(Operand.Ldc, Op.ldc);
  set(Operand.LdcW, Op.ldc_w);
  set(Operand.Ldc2W, Op.ldc2_w);
  set(Operand.Field, Op.getstatic, Op.putstatic, Op.getfield, Op.putfield);
  set(Operand.Invoke, Op.invokevirtual, Op.invokespecial, Op.invokestatic, Op.invokeinterface);
  set(Operand.InvokeDynamic, Op.invokedynamic);
  set(Operand.New, Op.new);
  set(Operand.ANewArray, Op.anewarray);
  set(Operand.ClassRef, Op.checkcast, Op.instanceof);
  set(Operand.MultiANewArray, Op.multianewarray);
  set(Operand.NewArray, Op.newarray);
  for (let op = Op.ifeq; op <= Op.goto; op++) t[op] = Operand.Branch16;
  set(Operand.Branch16, Op.ifnull, Op.ifnonnull);
  set(Operand.Jsr, Op.jsr, Op.jsr_w, Op.ret);
  set(Operand.Branch32, Op.goto_w);
  set(Operand.TableSwitch, Op.tableswitch);
  set(Operand.LookupSwitch, Op.lookupswitch);
  return t;
}

/**
 * Walks the code once and marks instruction starts (1 at each pc where an instruction begins).
 * Throws VerifyError("Bad instruction") for undefined opcodes, truncated instructions and malformed
 * switches, and for jsr/ret in class files of version 51 or later (JVMS §4.9.1).
 */
export function instructionStarts(code: Uint8Array, ctx: CodeCheckContext): Uint8Array {
  const starts = new Uint8Array(code.length);
  const noJsr = ctx.majorVersion >= 51;
  let pc = 0;
  while (pc < code.length) {
    const op = code[pc]!;
    let len = FIXED_LENGTH[op]!;
    if (len === 0 || pc + len > code.length) len = instructionLength(code, pc);
    if (len <= 0) fail(ctx, 'Bad instruction', pc, code);
    if (noJsr && (OPERAND[op] === Operand.Jsr || (op === Op.wide && code[pc + 1] === Op.ret))) {
      fail(ctx, `Bad instruction: ${op.toString(16)}`, pc, code);
    }
    starts[pc] = 1;
    pc += len;
  }
  return starts;
}

/**
 * Branch and switch targets of the instruction at `pc` (which must be a well-formed instruction), in
 * the order they appear; empty for instructions that do not branch. The fall-through is not listed.
 */
export function branchTargets(code: Uint8Array, pc: number): number[] {
  const op = code[pc]!;
  if (op === Op.jsr || OPERAND[op] === Operand.Branch16) return [pc + readI16(code, pc + 1)];
  if (op === Op.goto_w || op === Op.jsr_w) return [pc + readI32(code, pc + 1)];
  if (op !== Op.tableswitch && op !== Op.lookupswitch) return [];
  const base = (pc + 4) & ~3; // JVMS §6.5 tableswitch: padding to a multiple of 4
  const targets = [pc + readI32(code, base)];
  const n = op === Op.tableswitch ? readI32(code, base + 8) - readI32(code, base + 4) + 1 : readI32(code, base + 4);
  for (let i = 0; i < n; i++) {
    targets.push(pc + readI32(code, op === Op.tableswitch ? base + 12 + 4 * i : base + 12 + 8 * i));
  }
  return targets;
}

/** Checks every instruction's operands against the static constraints listed in the file overview. */
export function checkInstructions(code: Uint8Array, starts: Uint8Array, ctx: CodeCheckContext): void {
  // From version 50 HotSpot's type checker words this as a missing frame (none can be there).
  const badTarget = (to: number): string =>
    ctx.majorVersion >= 50 ? `Expecting a stackmap frame at branch target ${to}` : 'Illegal target of jump or branch';
  const target = (pc: number, to: number): void => {
    if (to < 0 || to >= code.length || starts[to] !== 1) fail(ctx, badTarget(to), pc, code);
  };
  for (let pc = 0; pc < code.length; pc++) {
    if (starts[pc] !== 1) continue;
    const op = code[pc]!;
    switch (OPERAND[op]) {
      case Operand.None:
        break;
      case Operand.Local1:
      case Operand.Local2: {
        const index = IMPLICIT_LOCAL[op] !== 255 ? IMPLICIT_LOCAL[op]! : code[pc + 1]!;
        checkLocal(index, OPERAND[op] === Operand.Local2 ? 2 : 1, pc, code, ctx);
        break;
      }
      case Operand.Wide: {
        const inner = code[pc + 1]!;
        checkLocal(readU16(code, pc + 2), OPERAND[inner] === Operand.Local2 ? 2 : 1, pc, code, ctx);
        break;
      }
      case Operand.Jsr:
        if (op === Op.ret) checkLocal(code[pc + 1]!, 1, pc, code, ctx);
        else target(pc, pc + (op === Op.jsr ? readI16(code, pc + 1) : readI32(code, pc + 1)));
        break;
      case Operand.Branch16:
        target(pc, pc + readI16(code, pc + 1));
        break;
      case Operand.Branch32:
        target(pc, pc + readI32(code, pc + 1));
        break;
      case Operand.TableSwitch:
      case Operand.LookupSwitch:
        checkSwitch(code, pc, target, ctx);
        break;
      case Operand.Ldc:
        checkLdc(code[pc + 1]!, false, pc, code, ctx);
        break;
      case Operand.LdcW:
        checkLdc(readU16(code, pc + 1), false, pc, code, ctx);
        break;
      case Operand.Ldc2W:
        checkLdc(readU16(code, pc + 1), true, pc, code, ctx);
        break;
      case Operand.Field:
        cpEntry(code, pc, ctx, 1 << CpTag.Fieldref);
        break;
      case Operand.Invoke:
        checkInvoke(op, pc, code, ctx);
        break;
      case Operand.InvokeDynamic:
        cpEntry(code, pc, ctx, 1 << CpTag.InvokeDynamic);
        // JVMS §4.9.1: the third and fourth operand bytes of invokedynamic must be zero.
        if (code[pc + 3] !== 0 || code[pc + 4] !== 0) fail(ctx, 'Third and fourth operand bytes of invokedynamic must be zero', pc, code);
        break;
      default:
        checkClassOperand(op, pc, code, ctx);
    }
  }
}

/** new, anewarray, checkcast, instanceof, multianewarray, newarray. */
function checkClassOperand(op: number, pc: number, code: Uint8Array, ctx: CodeCheckContext): void {
  if (op === Op.newarray) {
    const atype = code[pc + 1]!; // JVMS §6.5 newarray: T_BOOLEAN (4) .. T_LONG (11)
    if (atype < 4 || atype > 11) fail(ctx, 'Illegal newarray instruction', pc, code);
    return;
  }
  const e = cpEntry(code, pc, ctx, 1 << CpTag.Class);
  const name = e.tag === CpTag.Class ? e.name : '';
  if (op === Op.new && name[0] === '[') fail(ctx, 'Illegal new instruction', pc, code);
  if (op === Op.anewarray && arrayDimensions(name) >= MAX_ARRAY_DIMENSIONS) fail(ctx, 'Array with too many dimensions', pc, code);
  if (op === Op.multianewarray) {
    const dims = code[pc + 3]!;
    if (dims === 0 || arrayDimensions(name) < dims) fail(ctx, 'Illegal dimension in multianewarray instruction', pc, code);
  }
}

function checkSwitch(code: Uint8Array, pc: number, target: (pc: number, to: number) => void, ctx: CodeCheckContext): void {
  const base = (pc + 4) & ~3; // JVMS §6.5 tableswitch: padding to a multiple of 4
  target(pc, pc + readI32(code, base));
  if (code[pc] === Op.tableswitch) {
    const n = readI32(code, base + 8) - readI32(code, base + 4) + 1;
    for (let i = 0; i < n; i++) target(pc, pc + readI32(code, base + 12 + 4 * i));
    return;
  }
  const npairs = readI32(code, base + 4);
  for (let i = 0; i < npairs; i++) {
    // JVMS §4.9.1: lookupswitch keys are sorted in increasing order.
    if (i > 0 && readI32(code, base + 8 + 8 * i) <= readI32(code, base + 8 * i)) fail(ctx, 'Bad lookupswitch instruction', pc, code);
    target(pc, pc + readI32(code, base + 12 + 8 * i));
  }
}

function checkLocal(index: number, width: number, pc: number, code: Uint8Array, ctx: CodeCheckContext): void {
  if (index + width > ctx.maxLocals) {
    fail(ctx, ctx.majorVersion >= 50 ? 'Local variable table overflow' : 'Illegal local variable number', pc, code);
  }
}

function checkLdc(index: number, wide: boolean, pc: number, code: Uint8Array, ctx: CodeCheckContext): void {
  const e = ctx.pool[index];
  if (index <= 0 || e === null || e === undefined) {
    fail(ctx, `Illegal constant pool index ${index} in class ${ctx.className}`, pc, code);
  }
  let ok: boolean;
  if (e.tag === CpTag.Dynamic) {
    ok = (e.descriptor === 'J' || e.descriptor === 'D') === wide;
  } else if (wide) {
    ok = e.tag === CpTag.Long || e.tag === CpTag.Double;
  } else {
    // JVMS §4.9.1: ldc of a Class needs version 49, of a MethodHandle or MethodType version 51.
    ok = e.tag === CpTag.Integer || e.tag === CpTag.Float || e.tag === CpTag.String ||
      (e.tag === CpTag.Class && ctx.majorVersion >= 49) ||
      ((e.tag === CpTag.MethodHandle || e.tag === CpTag.MethodType) && ctx.majorVersion >= 51);
  }
  if (!ok) fail(ctx, `Illegal type at constant pool entry ${index} in class ${ctx.className}`, pc, code);
}

function checkInvoke(op: number, pc: number, code: Uint8Array, ctx: CodeCheckContext): void {
  // JVMS §4.9.1: invokespecial and invokestatic may name interface methods from version 52.
  const allowed =
    op === Op.invokevirtual ? 1 << CpTag.Methodref
    : op === Op.invokeinterface ? 1 << CpTag.InterfaceMethodref
    : ctx.majorVersion >= 52 ? (1 << CpTag.Methodref) | (1 << CpTag.InterfaceMethodref) : 1 << CpTag.Methodref;
  const e = cpEntry(code, pc, ctx, allowed);
  if (e.tag !== CpTag.Methodref && e.tag !== CpTag.InterfaceMethodref) return;
  // Only invokespecial may call an instance initializer; nothing may call a class initializer.
  if (e.name.charCodeAt(0) === 0x3c /* < */ && (e.name !== '<init>' || op !== Op.invokespecial)) {
    fail(ctx, 'Illegal call to internal method', pc, code);
  }
  if (op === Op.invokeinterface) {
    // JVMS §6.5 invokeinterface: count is the argument slots plus one; the fourth byte is zero.
    if (isValidMethodDescriptor(e.descriptor) && code[pc + 3] !== argSlots(e.descriptor, false)) {
      fail(ctx, 'Inconsistent args count operand in invokeinterface', pc, code);
    }
    if (code[pc + 4] !== 0) fail(ctx, 'Fourth operand byte of invokeinterface must be zero', pc, code);
  }
}

/** The entry the u2 operand at pc+1 names, whose tag must be in the bit set `tags` (bit n = tag n). */
function cpEntry(code: Uint8Array, pc: number, ctx: CodeCheckContext, tags: number): NonNullable<CpEntry> {
  const index = readU16(code, pc + 1);
  const e = ctx.pool[index];
  if (index <= 0 || e === null || e === undefined) {
    return fail(ctx, `Illegal constant pool index ${index} in class ${ctx.className}`, pc, code);
  }
  if (((1 << e.tag) & tags) === 0) fail(ctx, `Illegal type at constant pool entry ${index} in class ${ctx.className}`, pc, code);
  return e;
}

/** Throws a VerifyError worded like HotSpot's: the reason, then where it happened. */
function fail(ctx: CodeCheckContext, reason: string, pc: number, code: Uint8Array): never {
  const mnemonic = OPCODES[code[pc]!]?.mnemonic ?? `<illegal opcode 0x${code[pc]!.toString(16)}>`;
  throw new VerifyError(`${reason}\nException Details:\n  Location:\n    ${ctx.location} @${pc}: ${mnemonic}`, ctx.codeOffset + pc);
}
