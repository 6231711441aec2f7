/**
 * @fileoverview A small, generic class-file writer (JVMS §4): a constant-pool builder that
 * deduplicates entries, fields, methods whose Code attribute comes from a {@link CodeBuilder}
 * (max_stack and max_locals computed or supplied), and raw class attributes. Tern generates class
 * files at run time (the synthetic classes that link `invokedynamic`, see index.ts; later the
 * checkpoint/restore work), so this module knows nothing about call sites. It writes version 49.0
 * by default: such class files need no StackMapTable (JVMS §4.10.1 applies from version 50), so
 * generated code may branch freely.
 *
 * Typical use:
 * ```ts
 * const cw = new ClassWriter({ name: 'p/Gen', superName: 'java/lang/Object', flags: Acc.Public | Acc.Super });
 * const m = cw.addMethod(Acc.Public | Acc.Static, 'seven', '()I');
 * m.iconst(7).op(Op.ireturn);
 * const bytes = cw.toBytes();
 * ```
 */

import { encodeModifiedUtf8 } from '../../classfile/mutf8.js';
import { Acc, CpTag, RefKind } from '../../classfile/types.js';
import { ByteBuffer, ClassWriteError } from './byte-buffer.js';
import { CodeBuilder, CodeLimits } from './code-builder.js';

export { ByteBuffer, ClassWriteError } from './byte-buffer.js';
export { CodeBuilder, Label } from './code-builder.js';
export type { BuiltCode, CodeLimits, ExceptionTableEntry } from './code-builder.js';

/** Largest constant_pool_count a class file can hold (a u2, JVMS §4.1). */
const MAX_POOL_COUNT = 0xffff;

/**
 * Builds a constant pool (JVMS §4.4): each method returns the index of an entry equal to the one
 * asked for, adding it only when no equal entry exists yet. Long and double take two indices.
 */
export class ConstantPoolBuilder {
  private readonly bytes = new ByteBuffer();
  private readonly indices = new Map<string, number>();
  private next: number;

  /**
   * `firstIndex` is 1 for a fresh pool; a larger value lets a caller append entries after those of
   * an existing class file (the new entries then start at that index).
   */
  constructor(firstIndex = 1) {
    this.next = firstIndex;
  }

  /** The constant_pool_count to write: one more than the highest index in use. */
  get count(): number {
    return this.next;
  }

  /** The serialized entries (without the count), in index order. */
  entriesBytes(): Uint8Array {
    return this.bytes.toBytes();
  }

  /** CONSTANT_Utf8 (JVMS §4.4.7), encoded as modified UTF-8. */
  utf8(value: string): number {
    return this.intern(`U${value}`, 1, () => {
      const encoded = encodeModifiedUtf8(value);
      if (encoded.length > 0xffff) throw new ClassWriteError(`string constant too long (${encoded.length} bytes)`);
      this.bytes.u1(CpTag.Utf8).u2(encoded.length).bytes(encoded);
    });
  }

  /** CONSTANT_Integer (JVMS §4.4.4); `value` is taken modulo 2^32. */
  integer(value: number): number {
    const v = value | 0;
    return this.intern(`I${v}`, 1, () => this.bytes.u1(CpTag.Integer).u4(v));
  }

  /** CONSTANT_Float from a number (rounded to float precision). */
  float(value: number): number {
    const view = new DataView(new ArrayBuffer(4));
    view.setFloat32(0, value);
    return this.floatBits(view.getInt32(0));
  }

  /** CONSTANT_Float from its raw IEEE 754 bits, so NaN payloads and -0.0 survive exactly. */
  floatBits(bits: number): number {
    const b = bits | 0;
    return this.intern(`F${b}`, 1, () => this.bytes.u1(CpTag.Float).u4(b));
  }

  /** CONSTANT_Long (JVMS §4.4.5); takes two pool indices. */
  long(value: bigint): number {
    const v = BigInt.asIntN(64, value);
    return this.intern(`J${v}`, 2, () => {
      this.bytes.u1(CpTag.Long).u4(Number(BigInt.asIntN(32, v >> 32n))).u4(Number(BigInt.asIntN(32, v)));
    });
  }

  /** CONSTANT_Double from a number; takes two pool indices. */
  double(value: number): number {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value);
    return this.doubleBits(view.getBigInt64(0));
  }

  /** CONSTANT_Double from its raw IEEE 754 bits. */
  doubleBits(bits: bigint): number {
    const v = BigInt.asIntN(64, bits);
    return this.intern(`D${v}`, 2, () => {
      this.bytes.u1(CpTag.Double).u4(Number(BigInt.asIntN(32, v >> 32n))).u4(Number(BigInt.asIntN(32, v)));
    });
  }

  /** CONSTANT_Class (JVMS §4.4.1): an internal class name or an array descriptor. */
  classRef(name: string): number {
    const nameIndex = this.utf8(name);
    return this.intern(`C${name}`, 1, () => this.bytes.u1(CpTag.Class).u2(nameIndex));
  }

  /** CONSTANT_String (JVMS §4.4.3). */
  string(value: string): number {
    const utf8 = this.utf8(value);
    return this.intern(`S${value}`, 1, () => this.bytes.u1(CpTag.String).u2(utf8));
  }

  /** CONSTANT_NameAndType (JVMS §4.4.6). */
  nameAndType(name: string, descriptor: string): number {
    const n = this.utf8(name);
    const d = this.utf8(descriptor);
    return this.intern(`N${name} ${descriptor}`, 1, () => this.bytes.u1(CpTag.NameAndType).u2(n).u2(d));
  }

  /** CONSTANT_Fieldref (JVMS §4.4.2). */
  fieldRef(owner: string, name: string, descriptor: string): number {
    return this.memberRef(CpTag.Fieldref, owner, name, descriptor);
  }

  /** CONSTANT_Methodref (JVMS §4.4.2): a method of a class. */
  methodRef(owner: string, name: string, descriptor: string): number {
    return this.memberRef(CpTag.Methodref, owner, name, descriptor);
  }

  /** CONSTANT_InterfaceMethodref (JVMS §4.4.2): a method of an interface. */
  interfaceMethodRef(owner: string, name: string, descriptor: string): number {
    return this.memberRef(CpTag.InterfaceMethodref, owner, name, descriptor);
  }

  /** CONSTANT_MethodHandle (JVMS §4.4.8); `refIndex` is a Fieldref/Methodref/InterfaceMethodref index. */
  methodHandle(kind: RefKind, refIndex: number): number {
    return this.intern(`H${kind} ${refIndex}`, 1, () => this.bytes.u1(CpTag.MethodHandle).u1(kind).u2(refIndex));
  }

  /** CONSTANT_MethodType (JVMS §4.4.9). */
  methodType(descriptor: string): number {
    const d = this.utf8(descriptor);
    return this.intern(`T${descriptor}`, 1, () => this.bytes.u1(CpTag.MethodType).u2(d));
  }

  /** CONSTANT_InvokeDynamic (JVMS §4.4.10); `bootstrapIndex` indexes the BootstrapMethods attribute. */
  invokeDynamic(bootstrapIndex: number, name: string, descriptor: string): number {
    const nat = this.nameAndType(name, descriptor);
    return this.intern(`Y${bootstrapIndex} ${nat}`, 1, () => this.bytes.u1(CpTag.InvokeDynamic).u2(bootstrapIndex).u2(nat));
  }

  private memberRef(tag: CpTag, owner: string, name: string, descriptor: string): number {
    const c = this.classRef(owner);
    const nat = this.nameAndType(name, descriptor);
    return this.intern(`R${tag} ${c} ${nat}`, 1, () => this.bytes.u1(tag).u2(c).u2(nat));
  }

  /** Returns the index stored under `key`, or writes a new entry of `slots` indices and remembers it. */
  private intern(key: string, slots: 1 | 2, write: () => void): number {
    const known = this.indices.get(key);
    if (known !== undefined) return known;
    const index = this.next;
    if (index + slots > MAX_POOL_COUNT) throw new ClassWriteError('too many constants (constant pool is full)');
    write();
    this.next += slots;
    this.indices.set(key, index);
    return index;
  }
}

/** What a class file declares about itself (JVMS §4.1). */
export interface ClassWriterOptions {
  /** Internal name, e.g. `p/Main$$Lambda$1`. */
  name: string;
  /** Internal name of the superclass; null only for java/lang/Object. */
  superName: string | null;
  /** Internal names of the direct superinterfaces, in order. */
  interfaces?: readonly string[];
  /** Class access flags (JVMS Table 4.1-B). */
  flags: number;
  /** Defaults to 49 (no StackMapTable needed). */
  majorVersion?: number;
  /** Defaults to 0. */
  minorVersion?: number;
}

/** A field to write (JVMS §4.5). */
interface FieldEntry {
  flags: number;
  name: string;
  descriptor: string;
  /** Pool index of a ConstantValue, or 0. */
  constantValue: number;
}

/** A method to write (JVMS §4.6); `code` is null for abstract and native methods. */
interface MethodEntry {
  flags: number;
  name: string;
  descriptor: string;
  code: CodeBuilder | null;
  limits: CodeLimits;
}

/** One BootstrapMethods row (JVMS §4.7.23), as pool indices. */
interface BootstrapEntry {
  handle: number;
  args: readonly number[];
}

/**
 * Assembles one class file. Members and attributes are written in the order they were added;
 * every constant they need goes to {@link pool}, which callers may also use directly (for `ldc`
 * operands, ConstantValue indices, raw attributes).
 */
export class ClassWriter {
  /** The class's constant pool. */
  readonly pool = new ConstantPoolBuilder();
  private readonly fields: FieldEntry[] = [];
  private readonly methods: MethodEntry[] = [];
  private readonly attributes: { name: string; body: Uint8Array }[] = [];
  private readonly bootstrapMethods: BootstrapEntry[] = [];

  constructor(private readonly options: ClassWriterOptions) {}

  /** The internal name of the class being written. */
  get name(): string {
    return this.options.name;
  }

  /** Adds a field; `constantValue` is the pool index of its ConstantValue attribute (static finals). */
  addField(flags: number, name: string, descriptor: string, constantValue = 0): void {
    this.fields.push({ flags, name, descriptor, constantValue });
  }

  /**
   * Adds a method with a Code attribute and returns the builder for its code. `limits` overrides the
   * computed max_stack / max_locals (JVMS §4.7.3).
   */
  addMethod(flags: number, name: string, descriptor: string, limits: CodeLimits = {}): CodeBuilder {
    const code = new CodeBuilder(this.pool, { descriptor, isStatic: (flags & Acc.Static) !== 0 });
    this.methods.push({ flags, name, descriptor, code, limits });
    return code;
  }

  /** Adds a method without code (abstract or native). */
  addMethodWithoutCode(flags: number, name: string, descriptor: string): void {
    this.methods.push({ flags, name, descriptor, code: null, limits: {} });
  }

  /** Adds a BootstrapMethods row (JVMS §4.7.23) and returns its index, for {@link ConstantPoolBuilder.invokeDynamic}. */
  addBootstrapMethod(handleIndex: number, argIndices: readonly number[]): number {
    this.bootstrapMethods.push({ handle: handleIndex, args: [...argIndices] });
    return this.bootstrapMethods.length - 1;
  }

  /** Adds the SourceFile attribute (JVMS §4.7.10). */
  setSourceFile(fileName: string): void {
    const body = new ByteBuffer().u2(this.pool.utf8(fileName)).toBytes();
    this.addAttribute('SourceFile', body);
  }

  /** Adds a class attribute whose body the caller already encoded (pool indices from {@link pool}). */
  addAttribute(name: string, body: Uint8Array): void {
    this.attributes.push({ name, body });
  }

  /** Serializes the class file (JVMS §4.1 ClassFile structure). */
  toBytes(): Uint8Array {
    const o = this.options;
    // Everything that adds constants comes before the pool is written.
    const thisIndex = this.pool.classRef(o.name);
    const superIndex = o.superName === null ? 0 : this.pool.classRef(o.superName);
    const interfaceIndices = (o.interfaces ?? []).map((i) => this.pool.classRef(i));
    const fields = this.fields.map((f) => this.encodeField(f));
    const methods = this.methods.map((m) => this.encodeMethod(m));
    const attributes = [...this.attributes];
    if (this.bootstrapMethods.length > 0) attributes.push({ name: 'BootstrapMethods', body: this.encodeBootstrapMethods() });
    const attributeNames = attributes.map((a) => this.pool.utf8(a.name));

    const out = new ByteBuffer();
    out.u4(0xcafebabe).u2(o.minorVersion ?? 0).u2(o.majorVersion ?? 49);
    out.u2(this.pool.count).bytes(this.pool.entriesBytes());
    out.u2(o.flags).u2(thisIndex).u2(superIndex);
    out.u2(interfaceIndices.length);
    for (const i of interfaceIndices) out.u2(i);
    out.u2(fields.length);
    for (const f of fields) out.bytes(f);
    out.u2(methods.length);
    for (const m of methods) out.bytes(m);
    out.u2(attributes.length);
    attributes.forEach((a, i) => out.u2(attributeNames[i]!).u4(a.body.length).bytes(a.body));
    return out.toBytes();
  }

  /** field_info (JVMS §4.5) with an optional ConstantValue attribute (§4.7.2). */
  private encodeField(f: FieldEntry): Uint8Array {
    const out = new ByteBuffer().u2(f.flags).u2(this.pool.utf8(f.name)).u2(this.pool.utf8(f.descriptor));
    if (f.constantValue === 0) return out.u2(0).toBytes();
    return out.u2(1).u2(this.pool.utf8('ConstantValue')).u4(2).u2(f.constantValue).toBytes();
  }

  /** method_info (JVMS §4.6) with its Code attribute (§4.7.3) when it has code. */
  private encodeMethod(m: MethodEntry): Uint8Array {
    const out = new ByteBuffer().u2(m.flags).u2(this.pool.utf8(m.name)).u2(this.pool.utf8(m.descriptor));
    if (m.code === null) return out.u2(0).toBytes();
    const built = m.code.build(m.limits);
    const body = new ByteBuffer();
    body.u2(built.maxStack).u2(built.maxLocals).u4(built.code.length).bytes(built.code);
    body.u2(built.exceptionTable.length);
    for (const e of built.exceptionTable) body.u2(e.startPc).u2(e.endPc).u2(e.handlerPc).u2(e.catchType);
    body.u2(0); // no attributes of the Code attribute
    const bytes = body.toBytes();
    return out.u2(1).u2(this.pool.utf8('Code')).u4(bytes.length).bytes(bytes).toBytes();
  }

  /** The BootstrapMethods attribute body (JVMS §4.7.23). */
  private encodeBootstrapMethods(): Uint8Array {
    const body = new ByteBuffer().u2(this.bootstrapMethods.length);
    for (const b of this.bootstrapMethods) {
      body.u2(b.handle).u2(b.args.length);
      for (const a of b.args) body.u2(a);
    }
    return body.toBytes();
  }
}
