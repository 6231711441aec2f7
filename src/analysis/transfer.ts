/**
 * @fileoverview The effect of one instruction on slot kinds (JVMS §6.5, type rules of §4.10.1.9):
 * what it pops, checking the kinds it expects, and what it pushes or stores. Kinds of field,
 * method and dynamic-constant values come from descriptors through the constant pool. Every
 * malformed use (underflow, overflow against max_stack, a slot of the wrong kind, a bad constant
 * pool entry) raises a BytecodeVerifyError naming the pc. Control flow is not handled here; the
 * drivers in `frames.ts` decide where the resulting state goes.
 */
import { Op, readI16, readI32, readU16 } from '../classfile/opcodes.js';
import { CpTag, Acc, type ClassFile, type CpEntry, type MethodInfo } from '../classfile/types.js';
import { fieldDescriptorKind, methodDescriptorKinds, type MethodKinds } from './descriptor-kinds.js';
import { FrameState, RA_BASE, internalKindName, isReturnAddress } from './frame-state.js';
import { SlotKind, isWideFirst, isWideSecond, secondHalfOf } from './slot-kind.js';
import type { Fail } from './verify-error.js';

/** Pops (top of stack first) and push of an instruction whose effect depends only on its opcode. */
interface Signature {
  readonly pops: readonly SlotKind[];
  readonly push: SlotKind | null;
}

const LETTER: Record<string, SlotKind> = { I: SlotKind.Int, F: SlotKind.Float, J: SlotKind.Long, D: SlotKind.Double, A: SlotKind.Ref };

/**
 * Fixed stack effects, written `inputs:output` bottom-to-top with I F J D A for int, float, long,
 * double and reference (the `// a b -> c` comments of the opcode table, typed).
 */
const FIXED: ReadonlyArray<readonly [string, readonly Op[]]> = [
  [':', [Op.nop, Op.goto, Op.goto_w]],
  [':A', [Op.aconst_null, Op.new]],
  [':I', [Op.iconst_m1, Op.iconst_0, Op.iconst_1, Op.iconst_2, Op.iconst_3, Op.iconst_4, Op.iconst_5, Op.bipush, Op.sipush]],
  [':J', [Op.lconst_0, Op.lconst_1]],
  [':F', [Op.fconst_0, Op.fconst_1, Op.fconst_2]],
  [':D', [Op.dconst_0, Op.dconst_1]],
  ['AI:I', [Op.iaload, Op.baload, Op.caload, Op.saload]],
  ['AI:J', [Op.laload]],
  ['AI:F', [Op.faload]],
  ['AI:D', [Op.daload]],
  ['AI:A', [Op.aaload]],
  ['AII:', [Op.iastore, Op.bastore, Op.castore, Op.sastore]],
  ['AIJ:', [Op.lastore]],
  ['AIF:', [Op.fastore]],
  ['AID:', [Op.dastore]],
  ['AIA:', [Op.aastore]],
  ['II:I', [Op.iadd, Op.isub, Op.imul, Op.idiv, Op.irem, Op.ishl, Op.ishr, Op.iushr, Op.iand, Op.ior, Op.ixor]],
  ['JJ:J', [Op.ladd, Op.lsub, Op.lmul, Op.ldiv, Op.lrem, Op.land, Op.lor, Op.lxor]],
  ['JI:J', [Op.lshl, Op.lshr, Op.lushr]],
  ['FF:F', [Op.fadd, Op.fsub, Op.fmul, Op.fdiv, Op.frem]],
  ['DD:D', [Op.dadd, Op.dsub, Op.dmul, Op.ddiv, Op.drem]],
  ['I:I', [Op.ineg, Op.i2b, Op.i2c, Op.i2s]],
  ['J:J', [Op.lneg]],
  ['F:F', [Op.fneg]],
  ['D:D', [Op.dneg]],
  ['I:J', [Op.i2l]],
  ['I:F', [Op.i2f]],
  ['I:D', [Op.i2d]],
  ['J:I', [Op.l2i]],
  ['J:F', [Op.l2f]],
  ['J:D', [Op.l2d]],
  ['F:I', [Op.f2i]],
  ['F:J', [Op.f2l]],
  ['F:D', [Op.f2d]],
  ['D:I', [Op.d2i]],
  ['D:J', [Op.d2l]],
  ['D:F', [Op.d2f]],
  ['JJ:I', [Op.lcmp]],
  ['FF:I', [Op.fcmpl, Op.fcmpg]],
  ['DD:I', [Op.dcmpl, Op.dcmpg]],
  ['I:', [Op.ifeq, Op.ifne, Op.iflt, Op.ifge, Op.ifgt, Op.ifle, Op.tableswitch, Op.lookupswitch]],
  ['II:', [Op.if_icmpeq, Op.if_icmpne, Op.if_icmplt, Op.if_icmpge, Op.if_icmpgt, Op.if_icmple]],
  ['AA:', [Op.if_acmpeq, Op.if_acmpne]],
  ['A:', [Op.athrow, Op.monitorenter, Op.monitorexit, Op.ifnull, Op.ifnonnull]],
  ['I:A', [Op.newarray, Op.anewarray]],
  ['A:I', [Op.arraylength, Op.instanceof]],
  ['A:A', [Op.checkcast]],
];

/** Fixed signatures by opcode; exported so a test can cross-check slot counts against the opcode table. */
export const FIXED_SIGNATURES: ReadonlyMap<number, Signature> = (() => {
  const map = new Map<number, Signature>();
  for (const [text, ops] of FIXED) {
    const [inputs, output] = text.split(':') as [string, string];
    const pops = [...inputs].reverse().map((c) => LETTER[c]!);
    const sig: Signature = { pops, push: output === '' ? null : LETTER[output]! };
    for (const op of ops) map.set(op, sig);
  }
  return map;
})();

/** Kinds of the x in xload/xstore/xreturn, in opcode order: i, l, f, d, a. */
const TYPED_KINDS = [SlotKind.Int, SlotKind.Long, SlotKind.Float, SlotKind.Double, SlotKind.Ref] as const;

/** Applies the effect of single instructions to a {@link FrameState}, checking every kind it consumes. */
export class Transfer {
  private pc = 0;
  private readonly pool: readonly CpEntry[];
  private readonly maxLocals: number;
  private readonly maxStack: number;
  private readonly result: SlotKind | null;

  /**
   * @param subroutineOf maps each jsr target pc to the index of its subroutine (return addresses
   *     pushed by `jsr` record it).
   */
  constructor(
    cls: ClassFile,
    method: MethodInfo,
    private readonly code: Uint8Array,
    private readonly fail: Fail,
    private readonly subroutineOf: ReadonlyMap<number, number>,
  ) {
    this.pool = cls.constantPool;
    this.maxLocals = method.code!.maxLocals;
    this.maxStack = method.code!.maxStack;
    this.result = this.descriptorOf(method.descriptor).result;
  }

  /** Transforms `s`, the state before the instruction at `pc`, into the state after it. */
  step(s: FrameState, pc: number): void {
    this.pc = pc;
    const code = this.code;
    const op = code[pc]!;
    const fixed = FIXED_SIGNATURES.get(op);
    if (fixed !== undefined) {
      for (const kind of fixed.pops) this.pop(s, kind);
      this.checkOperands(op, pc);
      if (fixed.push !== null) this.push(s, fixed.push);
      return;
    }
    if (op >= Op.iload && op <= Op.aload) return this.load(s, code[pc + 1]!, TYPED_KINDS[op - Op.iload]!);
    if (op >= Op.iload_0 && op <= Op.aload_3) return this.load(s, (op - Op.iload_0) & 3, TYPED_KINDS[(op - Op.iload_0) >> 2]!);
    if (op >= Op.istore && op <= Op.astore) return this.store(s, code[pc + 1]!, TYPED_KINDS[op - Op.istore]!);
    if (op >= Op.istore_0 && op <= Op.astore_3) return this.store(s, (op - Op.istore_0) & 3, TYPED_KINDS[(op - Op.istore_0) >> 2]!);
    if (op >= Op.ireturn && op <= Op.areturn) return this.returnValue(s, TYPED_KINDS[op - Op.ireturn]!);
    switch (op) {
      case Op.return:
        // JVMS §4.10.1.9 return: only in methods whose descriptor returns void.
        if (this.result !== null) this.fail(pc, 'Method expects a return value', `return in a method returning ${internalKindName(this.result)}`);
        return;
      case Op.ldc:
        return this.ldc(s, code[pc + 1]!, false);
      case Op.ldc_w:
        return this.ldc(s, readU16(code, pc + 1), false);
      case Op.ldc2_w:
        return this.ldc(s, readU16(code, pc + 1), true);
      case Op.iinc:
        return this.iinc(s, code[pc + 1]!);
      case Op.wide:
        return this.wide(s);
      case Op.pop:
        return this.discard(s, 1);
      case Op.pop2:
        return this.discard(s, 2);
      case Op.dup:
        return this.duplicate(s, 1, 0);
      case Op.dup_x1:
        return this.duplicate(s, 1, 1);
      case Op.dup_x2:
        return this.duplicate(s, 1, 2);
      case Op.dup2:
        return this.duplicate(s, 2, 0);
      case Op.dup2_x1:
        return this.duplicate(s, 2, 1);
      case Op.dup2_x2:
        return this.duplicate(s, 2, 2);
      case Op.swap:
        return this.swap(s);
      case Op.getstatic:
      case Op.putstatic:
      case Op.getfield:
      case Op.putfield:
        return this.field(s, op);
      case Op.invokevirtual:
      case Op.invokespecial:
      case Op.invokestatic:
      case Op.invokeinterface:
      case Op.invokedynamic:
        return this.invoke(s, op);
      case Op.multianewarray:
        return this.multianewarray(s);
      case Op.jsr:
      case Op.jsr_w: {
        // JVMS §6.5 jsr: pushes the returnAddress of the next instruction.
        const target = pc + (op === Op.jsr ? readI16(code, pc + 1) : readI32(code, pc + 1));
        return this.push(s, RA_BASE + this.subroutineOf.get(target)!);
      }
      case Op.ret:
        return this.ret(s, code[pc + 1]!);
      default:
        this.fail(pc, 'Bad instruction', `opcode 0x${op.toString(16)} is not handled`);
    }
  }

  /** Kind of the local `index` for `ret`, checked to be a return address (JVMS §6.5 ret). */
  private ret(s: FrameState, index: number): void {
    this.checkLocalIndex(index, 1);
    if (!isReturnAddress(s.locals[index]!)) this.badLocal(s, index, 'returnAddress');
  }

  private wide(s: FrameState): void {
    const code = this.code;
    const op = code[this.pc + 1]!;
    const index = readU16(code, this.pc + 2);
    if (op >= Op.iload && op <= Op.aload) return this.load(s, index, TYPED_KINDS[op - Op.iload]!);
    if (op >= Op.istore && op <= Op.astore) return this.store(s, index, TYPED_KINDS[op - Op.istore]!);
    if (op === Op.ret) return this.ret(s, index);
    return this.iinc(s, index); // instructionLength only accepts these forms after wide
  }

  private iinc(s: FrameState, index: number): void {
    this.checkLocalIndex(index, 1);
    if (s.locals[index] !== SlotKind.Int) this.badLocal(s, index, 'int');
  }

  private load(s: FrameState, index: number, kind: SlotKind): void {
    const size = isWideFirst(kind) ? 2 : 1;
    this.checkLocalIndex(index, size);
    if (s.locals[index] !== kind || (size === 2 && s.locals[index + 1] !== secondHalfOf(kind))) {
      this.badLocal(s, index, internalKindName(kind));
    }
    this.push(s, kind);
  }

  private store(s: FrameState, index: number, kind: SlotKind): void {
    let stored: number = kind;
    if (kind === SlotKind.Ref) {
      // JVMS §6.5 astore: the value may be a reference or a returnAddress (how subroutines keep it).
      if (s.sp < 1) this.underflow();
      stored = s.stack[s.sp - 1]!;
      if (stored !== SlotKind.Ref && !isReturnAddress(stored)) this.badStack(s, s.sp - 1, 'reference');
      s.sp--;
    } else {
      this.pop(s, kind);
    }
    const size = isWideFirst(kind) ? 2 : 1;
    this.checkLocalIndex(index, size);
    s.locals[index] = stored;
    s.modified[index] = 1;
    if (size === 2) {
      s.locals[index + 1] = secondHalfOf(kind);
      s.modified[index + 1] = 1;
    }
    s.breakSplitPairs(index, index + size);
    s.localsDirty = true;
  }

  private returnValue(s: FrameState, kind: SlotKind): void {
    this.pop(s, kind);
    if (this.result !== kind) {
      this.fail(this.pc, 'Bad return type', `${internalKindName(kind)} returned from a method returning ${this.result === null ? 'void' : internalKindName(this.result)}`);
    }
  }

  private ldc(s: FrameState, index: number, wide: boolean): void {
    const entry = this.entry(index);
    let kind: SlotKind | null = null;
    switch (entry.tag) {
      case CpTag.Integer:
        kind = SlotKind.Int;
        break;
      case CpTag.Float:
        kind = SlotKind.Float;
        break;
      case CpTag.Long:
        kind = SlotKind.Long;
        break;
      case CpTag.Double:
        kind = SlotKind.Double;
        break;
      case CpTag.String:
      case CpTag.Class:
      case CpTag.MethodType:
      case CpTag.MethodHandle:
        kind = SlotKind.Ref;
        break;
      case CpTag.Dynamic:
        // JVMS §5.4.3.6: a dynamically-computed constant has the type of its field descriptor.
        kind = fieldDescriptorKind(entry.descriptor);
        break;
    }
    // JVMS §4.9.1: ldc and ldc_w load category-1 constants, ldc2_w category-2 ones.
    if (kind === null || isWideFirst(kind) !== wide) {
      this.fail(this.pc, 'Illegal type in constant pool', `constant pool entry ${index} (tag ${entry.tag}) cannot be loaded by this instruction`);
    }
    this.push(s, kind);
  }

  private field(s: FrameState, op: Op): void {
    const index = readU16(this.code, this.pc + 1);
    const entry = this.entry(index);
    if (entry.tag !== CpTag.Fieldref) this.fail(this.pc, 'Illegal type in constant pool', `constant pool entry ${index} is not a Fieldref`);
    const kind = fieldDescriptorKind(entry.descriptor);
    if (kind === null) this.fail(this.pc, 'Illegal field descriptor', `"${entry.descriptor}" in constant pool entry ${index}`);
    switch (op) {
      case Op.getstatic:
        return this.push(s, kind);
      case Op.putstatic:
        return this.pop(s, kind);
      case Op.getfield:
        this.pop(s, SlotKind.Ref);
        return this.push(s, kind);
      default:
        this.pop(s, kind);
        return this.pop(s, SlotKind.Ref);
    }
  }

  private invoke(s: FrameState, op: Op): void {
    const code = this.code;
    const index = readU16(code, this.pc + 1);
    const entry = this.entry(index);
    let descriptor: string;
    let name: string;
    if (op === Op.invokedynamic) {
      if (entry.tag !== CpTag.InvokeDynamic) this.fail(this.pc, 'Illegal type in constant pool', `constant pool entry ${index} is not an InvokeDynamic`);
      if (code[this.pc + 3] !== 0 || code[this.pc + 4] !== 0) this.fail(this.pc, 'Bad instruction', 'invokedynamic operand bytes 3 and 4 must be zero');
      descriptor = entry.descriptor;
      name = entry.name;
    } else {
      // JVMS §4.9.1: invokeinterface names an InterfaceMethodref, invokevirtual a Methodref,
      // invokespecial and invokestatic either (class files 52 and later).
      const tagOk =
        entry.tag === CpTag.InterfaceMethodref ? op !== Op.invokevirtual : entry.tag === CpTag.Methodref && op !== Op.invokeinterface;
      if (!tagOk || (entry.tag !== CpTag.Methodref && entry.tag !== CpTag.InterfaceMethodref)) {
        this.fail(this.pc, 'Illegal type in constant pool', `constant pool entry ${index} (tag ${entry.tag}) cannot be invoked by this instruction`);
      }
      descriptor = entry.descriptor;
      name = entry.name;
      if (name.startsWith('<') && !(name === '<init>' && op === Op.invokespecial)) {
        this.fail(this.pc, 'Illegal call to internal method', `${entry.owner}.${name}${descriptor}`);
      }
    }
    const kinds = this.descriptorOf(descriptor);
    if (op === Op.invokeinterface && (code[this.pc + 3] !== kinds.paramSlots + 1 || code[this.pc + 4] !== 0)) {
      this.fail(this.pc, 'Inconsistent args count operand in invokeinterface', `count ${code[this.pc + 3]} for ${kinds.paramSlots} argument slots`);
    }
    for (let i = kinds.params.length - 1; i >= 0; i--) this.pop(s, kinds.params[i]!);
    if (op !== Op.invokestatic && op !== Op.invokedynamic) this.pop(s, SlotKind.Ref);
    if (kinds.result !== null) {
      if (name === '<init>') this.fail(this.pc, 'Bad method descriptor', 'an <init> method must return void');
      this.push(s, kinds.result);
    }
  }

  private multianewarray(s: FrameState): void {
    const index = readU16(this.code, this.pc + 1);
    const dims = this.code[this.pc + 3]!;
    const entry = this.entry(index);
    if (entry.tag !== CpTag.Class) this.fail(this.pc, 'Illegal type in constant pool', `constant pool entry ${index} is not a Class`);
    // JVMS §6.5 multianewarray: at least one dimension, and no more than the array type has.
    let arrayDims = 0;
    while (entry.name.charCodeAt(arrayDims) === 0x5b) arrayDims++;
    if (dims < 1 || dims > arrayDims) this.fail(this.pc, 'Illegal dimension in multianewarray', `${dims} dimensions of ${entry.name}`);
    for (let i = 0; i < dims; i++) this.pop(s, SlotKind.Int);
    this.push(s, SlotKind.Ref);
  }

  /** Operand checks of fixed-effect instructions that name constants or array types. */
  private checkOperands(op: number, pc: number): void {
    if (op === Op.new || op === Op.anewarray || op === Op.checkcast || op === Op.instanceof) {
      const index = readU16(this.code, pc + 1);
      if (this.entry(index).tag !== CpTag.Class) this.fail(pc, 'Illegal type in constant pool', `constant pool entry ${index} is not a Class`);
    } else if (op === Op.newarray) {
      const atype = this.code[pc + 1]!;
      if (atype < 4 || atype > 11) this.fail(pc, 'Illegal newarray instruction', `array type code ${atype}`); // JVMS Table 6.5.newarray-A
    }
  }

  /** pop, pop2: any values, as long as no long or double is split (JVMS §6.5 pop2). */
  private discard(s: FrameState, slots: number): void {
    if (s.sp < slots) this.underflow();
    if (isWideSecond(s.stack[s.sp - slots]!)) this.badStack(s, s.sp - slots, 'a category 1 type');
    s.sp -= slots;
  }

  /**
   * The dup family (JVMS §6.5 dup .. dup2_x2): copies the top `top` slots and inserts the copy
   * below the next `below` slots. Works on slots; each group must hold whole values, so longs and
   * doubles move as pairs (the "form 2" variants).
   */
  private duplicate(s: FrameState, top: number, below: number): void {
    this.checkGroups(s, top, below);
    if (s.sp + top > this.maxStack) this.overflow();
    const stack = s.stack;
    const base = s.sp - top - below;
    const copied = stack.slice(s.sp - top, s.sp);
    stack.copyWithin(base + top, base, s.sp);
    stack.set(copied, base);
    s.sp += top;
  }

  private swap(s: FrameState): void {
    this.checkGroups(s, 1, 1);
    const stack = s.stack;
    const a = stack[s.sp - 1]!;
    stack[s.sp - 1] = stack[s.sp - 2]!;
    stack[s.sp - 2] = a;
  }

  /** The top `top` slots and the `below` slots under them hold whole, usable values. */
  private checkGroups(s: FrameState, top: number, below: number): void {
    if (s.sp < top + below) this.underflow();
    for (let i = s.sp - top - below; i < s.sp; i++) {
      if (s.stack[i] === SlotKind.Unusable) this.badStack(s, i, 'a usable value');
    }
    if (isWideSecond(s.stack[s.sp - top]!)) this.badStack(s, s.sp - top, 'a category 1 type');
    if (below > 0 && isWideSecond(s.stack[s.sp - top - below]!)) this.badStack(s, s.sp - top - below, 'a category 1 type');
  }

  private pop(s: FrameState, kind: SlotKind): void {
    const wide = isWideFirst(kind);
    const size = wide ? 2 : 1;
    if (s.sp < size) this.underflow();
    if (wide) {
      if (s.stack[s.sp - 1] !== secondHalfOf(kind)) this.badStack(s, s.sp - 1, internalKindName(kind));
      if (s.stack[s.sp - 2] !== kind) this.badStack(s, s.sp - 2, internalKindName(kind));
    } else if (s.stack[s.sp - 1] !== kind) {
      this.badStack(s, s.sp - 1, internalKindName(kind));
    }
    s.sp -= size;
  }

  private push(s: FrameState, kind: number): void {
    const wide = isWideFirst(kind);
    if (s.sp + (wide ? 2 : 1) > this.maxStack) this.overflow();
    s.stack[s.sp++] = kind;
    if (wide) s.stack[s.sp++] = secondHalfOf(kind);
  }

  private entry(index: number): Exclude<CpEntry, null> {
    const entry = this.pool[index];
    if (entry === undefined || entry === null) this.fail(this.pc, 'Illegal constant pool index', `${index} is not a valid constant pool entry`);
    return entry;
  }

  private descriptorOf(descriptor: string): MethodKinds {
    const kinds = methodDescriptorKinds(descriptor);
    if (kinds === null) this.fail(this.pc, 'Illegal method descriptor', `"${descriptor}"`);
    return kinds;
  }

  private checkLocalIndex(index: number, size: number): void {
    if (index + size > this.maxLocals) {
      this.fail(this.pc, 'Illegal local variable number', `local ${index} does not fit in max_locals ${this.maxLocals}`);
    }
  }

  private badLocal(s: FrameState, index: number, expected: string): never {
    return this.fail(this.pc, 'Bad local variable type', `Type ${internalKindName(s.locals[index]!)} (current frame, locals[${index}]) is not assignable to ${expected}`);
  }

  private badStack(s: FrameState, index: number, expected: string): never {
    return this.fail(this.pc, 'Bad type on operand stack', `Type ${internalKindName(s.stack[index]!)} (current frame, stack[${index}]) is not assignable to ${expected}`);
  }

  private underflow(): never {
    return this.fail(this.pc, 'Operand stack underflow', 'Attempt to pop empty stack.');
  }

  private overflow(): never {
    return this.fail(this.pc, 'Operand stack overflow', `Exceeded max stack size ${this.maxStack}.`);
  }
}

/** Kinds of the locals when a method starts (JVMS §2.6.1): the receiver, then the parameters. */
export function entryLocals(method: MethodInfo, fail: Fail): SlotKind[] {
  const kinds: SlotKind[] = [];
  // An uninitialized `this` in <init> is still a reference for the GC and checkpoint.
  if ((method.flags & Acc.Static) === 0) kinds.push(SlotKind.Ref);
  const parsed = methodDescriptorKinds(method.descriptor);
  if (parsed === null) fail(-1, 'Illegal method descriptor', `"${method.descriptor}"`);
  for (const kind of parsed.params) {
    kinds.push(kind);
    if (isWideFirst(kind)) kinds.push(secondHalfOf(kind));
  }
  return kinds;
}
