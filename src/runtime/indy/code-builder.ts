/**
 * @fileoverview Assembles one method's code array (JVMS §4.7.3, instructions of §6.5) for the
 * class writer. Callers emit instructions through typed helpers that pick the short forms
 * (`iload_1`, `iconst_5`, `bipush`, `ldc` vs `ldc_w`, `wide`) and add the constants they need;
 * branches name {@link Label}s that are resolved at the end. {@link CodeBuilder.build} computes
 * max_locals from the descriptor and the local-variable instructions, and max_stack by a dataflow
 * pass over the control-flow graph (the stack depth at every instruction is the same on every path,
 * JVMS §4.9.2), so generated code with an inconsistent stack is caught here rather than by a verifier.
 */

import { argSlots, parseMethodDescriptor, slotCount } from '../../classfile/descriptors.js';
import { Op, OPCODES } from '../../classfile/opcodes.js';
import { ByteBuffer, ClassWriteError } from './byte-buffer.js';
import type { ConstantPoolBuilder } from './class-writer.js';

/** A position in the code, bound by {@link CodeBuilder.place}; branches may refer to it before that. */
export class Label {
  /** The bound pc, or -1 while unbound. */
  pc = -1;
}

/** Overrides of the computed Code attribute limits. */
export interface CodeLimits {
  maxStack?: number;
  maxLocals?: number;
}

/** One exception_table row with the catch type as a pool index (0 = any). */
export interface ExceptionTableEntry {
  startPc: number;
  endPc: number;
  handlerPc: number;
  catchType: number;
}

/** The parts of a Code attribute the builder produces. */
export interface BuiltCode {
  code: Uint8Array;
  maxStack: number;
  maxLocals: number;
  exceptionTable: ExceptionTableEntry[];
}

/** How control leaves an instruction. */
const enum Flow {
  /** Falls through to the next instruction. */
  Next,
  /** Falls through or jumps to its targets (conditional branches). */
  Branch,
  /** Only jumps to its targets (goto, switches). */
  Jump,
  /** Leaves the method (returns, athrow). */
  End,
}

/** What the stack analysis needs to know about one emitted instruction. */
interface Instruction {
  pc: number;
  pops: number;
  pushes: number;
  flow: Flow;
  targets: Label[];
}

/** A branch offset to fill in once `label` is bound: at `at`, relative to the instruction at `from`. */
interface Fixup {
  at: number;
  from: number;
  label: Label;
  wide: boolean;
}

/** JVMS §4.7.3: code_length must be less than 65536. */
const MAX_CODE_LENGTH = 0xffff;

/** Local-variable kinds in the order of the `Tload_n` / `Tstore_n` opcode groups. */
const LOCAL_KINDS = ['I', 'J', 'F', 'D', 'A'] as const;

/** newarray atype codes (JVMS §6.5 newarray, Table 6.5.newarray-A). */
const ARRAY_TYPE: Readonly<Record<string, number>> = { Z: 4, C: 5, F: 6, D: 7, B: 8, S: 9, I: 10, J: 11 };

/** Stack slots popped and pushed by the instructions with a class operand (JVMS §6.5). */
const TYPE_INSTRUCTION_EFFECTS: Partial<Record<number, readonly [number, number]>> = {
  [Op.new]: [0, 1],
  [Op.anewarray]: [1, 1],
  [Op.checkcast]: [1, 1],
  [Op.instanceof]: [1, 1],
};

/** Builds the code of one method; every emitting method returns `this` so calls chain. */
export class CodeBuilder {
  private readonly out = new ByteBuffer();
  private readonly instructions: Instruction[] = [];
  private readonly fixups: Fixup[] = [];
  private readonly handlers: { start: Label; end: Label; handler: Label; catchType: number }[] = [];
  private maxLocalsSeen: number;

  constructor(
    /** Pool that receives the constants the instructions refer to. */
    readonly pool: ConstantPoolBuilder,
    method: { descriptor: string; isStatic: boolean },
  ) {
    this.maxLocalsSeen = argSlots(method.descriptor, method.isStatic);
  }

  /** The pc of the next instruction. */
  get pc(): number {
    return this.out.length;
  }

  /** A new, unbound label. */
  newLabel(): Label {
    return new Label();
  }

  /** Binds `label` to the current pc. */
  place(label: Label): this {
    if (label.pc >= 0) throw new ClassWriteError('label placed twice');
    label.pc = this.pc;
    return this;
  }

  /**
   * Any instruction without operands (arithmetic, conversions, array access, stack manipulation,
   * returns, athrow, monitors, `Tload_n` / `Tstore_n`), with its stack effect from the opcode table.
   */
  op(opcode: Op): this {
    const info = OPCODES[opcode];
    if (info === undefined || info.length !== 1 || info.pops < 0) {
      throw new ClassWriteError(`op() needs an instruction without operands, not 0x${opcode.toString(16)}`);
    }
    if (opcode >= Op.iload_0 && opcode <= Op.aload_3) this.useLocal(LOCAL_KINDS[(opcode - Op.iload_0) >> 2]!, (opcode - Op.iload_0) & 3);
    if (opcode >= Op.istore_0 && opcode <= Op.astore_3) this.useLocal(LOCAL_KINDS[(opcode - Op.istore_0) >> 2]!, (opcode - Op.istore_0) & 3);
    const ends = (opcode >= Op.ireturn && opcode <= Op.return) || opcode === Op.athrow;
    return this.emit(info.pops, info.pushes, ends ? Flow.End : Flow.Next, [], () => this.out.u1(opcode));
  }

  /** Pushes an int constant with the shortest instruction (iconst_n, bipush, sipush, ldc). */
  iconst(value: number): this {
    const v = value | 0;
    if (v >= -1 && v <= 5) return this.op(Op.iconst_0 + v);
    if (v >= -128 && v <= 127) return this.emit(0, 1, Flow.Next, [], () => this.out.u1(Op.bipush).u1(v));
    if (v >= -32768 && v <= 32767) return this.emit(0, 1, Flow.Next, [], () => this.out.u1(Op.sipush).u2(v));
    return this.ldc(this.pool.integer(v), 1);
  }

  /** Pushes a long constant (lconst_0/1 or ldc2_w). */
  lconst(value: bigint): this {
    if (value === 0n || value === 1n) return this.op(value === 0n ? Op.lconst_0 : Op.lconst_1);
    return this.ldc(this.pool.long(value), 2);
  }

  /** Pushes a float constant (fconst_0/1/2 or ldc). */
  fconst(value: number): this {
    if (Object.is(value, 0) || value === 1 || value === 2) return this.op(Op.fconst_0 + value);
    return this.ldc(this.pool.float(value), 1);
  }

  /** Pushes a double constant (dconst_0/1 or ldc2_w). */
  dconst(value: number): this {
    if (Object.is(value, 0) || value === 1) return this.op(Op.dconst_0 + value);
    return this.ldc(this.pool.double(value), 2);
  }

  /** Pushes a String constant. */
  ldcString(value: string): this {
    return this.ldc(this.pool.string(value), 1);
  }

  /** Pushes a Class constant (allowed from version 49, JVMS §4.4.1). */
  ldcClass(name: string): this {
    return this.ldc(this.pool.classRef(name), 1);
  }

  /** `ldc` / `ldc_w` / `ldc2_w` of an existing pool entry taking `slots` stack slots (JVMS §6.5 ldc). */
  ldc(index: number, slots: 1 | 2): this {
    if (slots === 2) return this.emit(0, 2, Flow.Next, [], () => this.out.u1(Op.ldc2_w).u2(index));
    if (index < 256) return this.emit(0, 1, Flow.Next, [], () => this.out.u1(Op.ldc).u1(index));
    return this.emit(0, 1, Flow.Next, [], () => this.out.u1(Op.ldc_w).u2(index));
  }

  /** Loads local `slot` holding a value of field descriptor `desc` (iload/lload/fload/dload/aload). */
  load(desc: string, slot: number): this {
    const kind = localKind(desc);
    const k = LOCAL_KINDS.indexOf(kind);
    this.useLocal(kind, slot);
    if (slot <= 3) return this.op(Op.iload_0 + k * 4 + slot);
    return this.emit(0, kindSlots(kind), Flow.Next, [], () => this.localInstruction(Op.iload + k, slot));
  }

  /** Stores into local `slot` a value of field descriptor `desc`. */
  store(desc: string, slot: number): this {
    const kind = localKind(desc);
    const k = LOCAL_KINDS.indexOf(kind);
    this.useLocal(kind, slot);
    if (slot <= 3) return this.op(Op.istore_0 + k * 4 + slot);
    return this.emit(kindSlots(kind), 0, Flow.Next, [], () => this.localInstruction(Op.istore + k, slot));
  }

  /** `iinc slot, delta`, widened when either operand does not fit a byte (JVMS §6.5 wide). */
  iinc(slot: number, delta: number): this {
    this.useLocal('I', slot);
    if (slot <= 0xff && delta >= -128 && delta <= 127) {
      return this.emit(0, 0, Flow.Next, [], () => this.out.u1(Op.iinc).u1(slot).u1(delta));
    }
    return this.emit(0, 0, Flow.Next, [], () => this.out.u1(Op.wide).u1(Op.iinc).u2(slot).u2(delta));
  }

  /** The return instruction for a method returning `desc` (`V` gives `return`). */
  returnValue(desc: string): this {
    if (desc === 'V') return this.op(Op.return);
    return this.op([Op.ireturn, Op.lreturn, Op.freturn, Op.dreturn, Op.areturn][LOCAL_KINDS.indexOf(localKind(desc))]!);
  }

  /** getfield (JVMS §6.5): objectref -> value. */
  getField(owner: string, name: string, desc: string): this {
    return this.fieldInstruction(Op.getfield, owner, name, desc, 1, slotCount(desc));
  }

  /** putfield: objectref value ->. */
  putField(owner: string, name: string, desc: string): this {
    return this.fieldInstruction(Op.putfield, owner, name, desc, 1 + slotCount(desc), 0);
  }

  /** getstatic: -> value. */
  getStatic(owner: string, name: string, desc: string): this {
    return this.fieldInstruction(Op.getstatic, owner, name, desc, 0, slotCount(desc));
  }

  /** putstatic: value ->. */
  putStatic(owner: string, name: string, desc: string): this {
    return this.fieldInstruction(Op.putstatic, owner, name, desc, slotCount(desc), 0);
  }

  /**
   * invokevirtual, invokespecial, invokestatic or invokeinterface of `owner.name desc`. `isInterface`
   * selects an InterfaceMethodref (always for invokeinterface; for invokestatic and invokespecial
   * that needs class-file version 52, JVMS §4.9.1).
   */
  invoke(opcode: Op, owner: string, name: string, desc: string, isInterface = false): this {
    const isStatic = opcode === Op.invokestatic;
    const pops = argSlots(desc, isStatic);
    const pushes = slotCount(parseMethodDescriptor(desc).ret);
    if (opcode === Op.invokeinterface) {
      const index = this.pool.interfaceMethodRef(owner, name, desc);
      // JVMS §6.5 invokeinterface: the count operand is the argument slots including the receiver.
      return this.emit(pops, pushes, Flow.Next, [], () => this.out.u1(opcode).u2(index).u1(pops).u1(0));
    }
    if (opcode !== Op.invokevirtual && opcode !== Op.invokespecial && opcode !== Op.invokestatic) {
      throw new ClassWriteError(`invoke() needs an invoke opcode, not 0x${opcode.toString(16)}`);
    }
    const index = isInterface ? this.pool.interfaceMethodRef(owner, name, desc) : this.pool.methodRef(owner, name, desc);
    return this.emit(pops, pushes, Flow.Next, [], () => this.out.u1(opcode).u2(index));
  }

  /** invokedynamic through row `bootstrapIndex` of the class's BootstrapMethods (needs version 51). */
  invokeDynamic(bootstrapIndex: number, name: string, desc: string): this {
    const index = this.pool.invokeDynamic(bootstrapIndex, name, desc);
    const pops = argSlots(desc, true);
    const pushes = slotCount(parseMethodDescriptor(desc).ret);
    return this.emit(pops, pushes, Flow.Next, [], () => this.out.u1(Op.invokedynamic).u2(index).u2(0));
  }

  /** new, anewarray, checkcast or instanceof with a class operand (an internal name or array descriptor). */
  typeInstruction(opcode: Op, className: string): this {
    const effect = TYPE_INSTRUCTION_EFFECTS[opcode];
    if (effect === undefined) throw new ClassWriteError(`typeInstruction() needs new/anewarray/checkcast/instanceof`);
    const index = this.pool.classRef(className);
    return this.emit(effect[0], effect[1], Flow.Next, [], () => this.out.u1(opcode).u2(index));
  }

  /** newarray of a primitive element type given by its descriptor letter: count -> arrayref. */
  newArray(elementDesc: string): this {
    const atype = ARRAY_TYPE[elementDesc];
    if (atype === undefined) throw new ClassWriteError(`newarray needs a primitive element type, not ${elementDesc}`);
    return this.emit(1, 1, Flow.Next, [], () => this.out.u1(Op.newarray).u1(atype));
  }

  /** multianewarray of array class `arrayDesc` with `dimensions` counts on the stack. */
  multiANewArray(arrayDesc: string, dimensions: number): this {
    const index = this.pool.classRef(arrayDesc);
    return this.emit(dimensions, 1, Flow.Next, [], () => this.out.u1(Op.multianewarray).u2(index).u1(dimensions));
  }

  /** A branch (if*, if_icmp*, if_acmp*, ifnull, ifnonnull, goto) to `label`. */
  jump(opcode: Op, label: Label): this {
    const conditional = (opcode >= Op.ifeq && opcode <= Op.if_acmpne) || opcode === Op.ifnull || opcode === Op.ifnonnull;
    if (!conditional && opcode !== Op.goto) throw new ClassWriteError(`jump() needs a branch opcode, not 0x${opcode.toString(16)}`);
    const pops = OPCODES[opcode]!.pops;
    return this.emit(pops, 0, conditional ? Flow.Branch : Flow.Jump, [label], () => {
      const from = this.out.length;
      this.out.u1(opcode);
      this.fixups.push({ at: this.out.length, from, label, wide: false });
      this.out.u2(0);
    });
  }

  /** tableswitch (JVMS §6.5) over keys `low .. low + targets.length - 1`. */
  tableSwitch(low: number, defaultLabel: Label, targets: readonly Label[]): this {
    if (targets.length === 0) throw new ClassWriteError('tableswitch needs at least one target');
    return this.emit(1, 0, Flow.Jump, [defaultLabel, ...targets], () => {
      const from = this.switchHeader(Op.tableswitch, defaultLabel);
      this.out.u4(low).u4(low + targets.length - 1);
      for (const t of targets) this.wideFixup(from, t);
    });
  }

  /** lookupswitch with `keys[i]` jumping to `targets[i]`; keys are sorted here as JVMS §4.9.1 requires. */
  lookupSwitch(defaultLabel: Label, keys: readonly number[], targets: readonly Label[]): this {
    if (keys.length !== targets.length) throw new ClassWriteError('lookupswitch needs one target per key');
    const pairs = keys.map((k, i) => [k | 0, targets[i]!] as const).sort((a, b) => a[0] - b[0]);
    return this.emit(1, 0, Flow.Jump, [defaultLabel, ...targets], () => {
      const from = this.switchHeader(Op.lookupswitch, defaultLabel);
      this.out.u4(pairs.length);
      for (const [key, label] of pairs) {
        this.out.u4(key);
        this.wideFixup(from, label);
      }
    });
  }

  /** Adds an exception_table row: `[start, end)` handled at `handler`; `catchType` null catches everything. */
  tryCatch(start: Label, end: Label, handler: Label, catchType: string | null): this {
    this.handlers.push({ start, end, handler, catchType: catchType === null ? 0 : this.pool.classRef(catchType) });
    return this;
  }

  /**
   * Resolves branches and returns the code with its limits. max_stack is the deepest stack of the
   * dataflow pass; max_locals covers the parameters and every local the code touches. `limits`
   * replaces either value.
   */
  build(limits: CodeLimits = {}): BuiltCode {
    if (this.out.length === 0) throw new ClassWriteError('a method with code needs at least one instruction');
    if (this.out.length > MAX_CODE_LENGTH) throw new ClassWriteError(`code too large (${this.out.length} bytes)`);
    for (const f of this.fixups) {
      const offset = labelPc(f.label) - f.from;
      if (f.wide) {
        this.out.patchU4(f.at, offset);
      } else {
        if (offset < -32768 || offset > 32767) throw new ClassWriteError(`branch offset ${offset} does not fit 16 bits`);
        this.out.patchU2(f.at, offset);
      }
    }
    const exceptionTable = this.handlers.map((h) => ({
      startPc: labelPc(h.start),
      endPc: labelPc(h.end),
      handlerPc: labelPc(h.handler),
      catchType: h.catchType,
    }));
    return {
      code: this.out.toBytes(),
      maxStack: limits.maxStack ?? this.computeMaxStack(exceptionTable),
      maxLocals: limits.maxLocals ?? this.maxLocalsSeen,
      exceptionTable,
    };
  }

  /**
   * Stack depth at every reachable instruction by a worklist over the control-flow graph; a handler
   * starts with the exception alone on the stack (JVMS §2.10). Throws on underflow or on two paths
   * reaching one instruction with different depths.
   */
  private computeMaxStack(exceptionTable: readonly ExceptionTableEntry[]): number {
    const indexAt = new Map<number, number>();
    this.instructions.forEach((insn, i) => indexAt.set(insn.pc, i));
    const depth = new Array<number>(this.instructions.length).fill(-1);
    const work: number[] = [];
    const reach = (pc: number, d: number): void => {
      const i = indexAt.get(pc);
      if (i === undefined) throw new ClassWriteError(`control reaches pc ${pc}, which starts no instruction`);
      if (depth[i] === -1) {
        depth[i] = d;
        work.push(i);
      } else if (depth[i] !== d) {
        throw new ClassWriteError(`inconsistent stack depth at pc ${pc}: ${depth[i]} and ${d}`);
      }
    };
    reach(0, 0);
    for (const h of exceptionTable) reach(h.handlerPc, 1);
    let max = exceptionTable.length > 0 ? 1 : 0;
    while (work.length > 0) {
      const i = work.pop()!;
      const insn = this.instructions[i]!;
      const before = depth[i]!;
      if (before < insn.pops) throw new ClassWriteError(`stack underflow at pc ${insn.pc}`);
      const after = before - insn.pops + insn.pushes;
      max = Math.max(max, before, after);
      if (insn.flow === Flow.Next || insn.flow === Flow.Branch) {
        const next = this.instructions[i + 1];
        if (next === undefined) throw new ClassWriteError(`control falls off the end of the code at pc ${insn.pc}`);
        reach(next.pc, after);
      }
      for (const t of insn.targets) reach(labelPc(t), after);
    }
    return max;
  }

  /** Records an instruction's stack effect and flow, then lets `write` encode it. */
  private emit(pops: number, pushes: number, flow: Flow, targets: Label[], write: () => void): this {
    this.instructions.push({ pc: this.out.length, pops, pushes, flow, targets });
    write();
    return this;
  }

  private fieldInstruction(opcode: Op, owner: string, name: string, desc: string, pops: number, pushes: number): this {
    const index = this.pool.fieldRef(owner, name, desc);
    return this.emit(pops, pushes, Flow.Next, [], () => this.out.u1(opcode).u2(index));
  }

  /** A load or store with an explicit index, behind `wide` when the index needs two bytes. */
  private localInstruction(opcode: number, slot: number): void {
    if (slot <= 0xff) this.out.u1(opcode).u1(slot);
    else this.out.u1(Op.wide).u1(opcode).u2(slot);
  }

  /** Writes a switch opcode, its 0-3 padding bytes (JVMS §6.5 tableswitch) and the default offset. */
  private switchHeader(opcode: Op, defaultLabel: Label): number {
    const from = this.out.length;
    this.out.u1(opcode);
    while (this.out.length % 4 !== 0) this.out.u1(0);
    this.wideFixup(from, defaultLabel);
    return from;
  }

  private wideFixup(from: number, label: Label): void {
    this.fixups.push({ at: this.out.length, from, label, wide: true });
    this.out.u4(0);
  }

  /** Widens max_locals to cover local `slot` of kind `kind` (long and double take two slots). */
  private useLocal(kind: (typeof LOCAL_KINDS)[number], slot: number): void {
    if (slot < 0 || slot > 0xffff) throw new ClassWriteError(`local variable index ${slot} out of range`);
    this.maxLocalsSeen = Math.max(this.maxLocalsSeen, slot + kindSlots(kind));
  }
}

/** The local-variable kind of a field descriptor: byte, char, short and boolean travel as int. */
function localKind(desc: string): (typeof LOCAL_KINDS)[number] {
  switch (desc[0]) {
    case 'J':
      return 'J';
    case 'F':
      return 'F';
    case 'D':
      return 'D';
    case 'L':
    case '[':
      return 'A';
    case 'Z':
    case 'B':
    case 'C':
    case 'S':
    case 'I':
      return 'I';
    default:
      throw new ClassWriteError(`no local-variable kind for descriptor ${JSON.stringify(desc)}`);
  }
}

function kindSlots(kind: (typeof LOCAL_KINDS)[number]): 1 | 2 {
  return kind === 'J' || kind === 'D' ? 2 : 1;
}

function labelPc(label: Label): number {
  if (label.pc < 0) throw new ClassWriteError('branch to a label that was never placed');
  return label.pc;
}
