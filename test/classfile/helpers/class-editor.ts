/**
 * @fileoverview A minimal, independent class-file reader/writer for building broken and hand-made
 * class files in tests. It keeps constant-pool entries and attributes as raw bytes, so a test can
 * change exactly one thing and re-serialize. It does not use src/classfile (the code under test).
 */
import { encodeModifiedUtf8 } from '../../../src/classfile/mutf8.js';

/** An attribute: name index and raw body. */
export interface RawAttribute {
  name: number;
  data: Uint8Array;
}

/** A field or method: flags, name and descriptor indices, attributes. */
export interface RawMember {
  flags: number;
  name: number;
  descriptor: number;
  attributes: RawAttribute[];
}

/** A Code attribute body split into its parts. */
export interface RawCode {
  maxStack: number;
  maxLocals: number;
  code: Uint8Array;
  /** [start, end, handler, catchType] rows. */
  handlers: [number, number, number, number][];
  attributes: RawAttribute[];
}

/** Fixed sizes of constant-pool entries after the tag (JVMS §4.4). */
const ENTRY_SIZE: Record<number, number> = { 3: 4, 4: 4, 5: 8, 6: 8, 7: 2, 8: 2, 9: 4, 10: 4, 11: 4, 12: 4, 15: 3, 16: 2, 17: 4, 18: 4, 19: 2, 20: 2 };

/** Big-endian byte writer. */
export class Writer {
  private readonly out: number[] = [];

  u1(v: number): this {
    this.out.push(v & 0xff);
    return this;
  }

  u2(v: number): this {
    return this.u1(v >> 8).u1(v);
  }

  u4(v: number): this {
    return this.u2(v >>> 16).u2(v & 0xffff);
  }

  bytes(b: ArrayLike<number>): this {
    for (let i = 0; i < b.length; i++) this.out.push(b[i]! & 0xff);
    return this;
  }

  toBytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

class Reader {
  pos = 0;

  constructor(private readonly b: Uint8Array) {}

  u1(): number {
    if (this.pos >= this.b.length) throw new Error('class-editor: truncated input');
    return this.b[this.pos++]!;
  }

  u2(): number {
    return (this.u1() << 8) | this.u1();
  }

  u4(): number {
    return ((this.u2() << 16) | this.u2()) >>> 0;
  }

  bytes(n: number): Uint8Array {
    if (this.pos + n > this.b.length) throw new Error('class-editor: truncated input');
    const v = this.b.slice(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }
}

/** An editable class file. */
export class ClassEditor {
  minor = 0;
  major = 61;
  /** Raw entries including the tag byte; index 0 and the slot after Long/Double are null. */
  pool: (Uint8Array | null)[] = [null];
  flags = 0x21;
  thisClass = 0;
  superClass = 0;
  interfaces: number[] = [];
  fields: RawMember[] = [];
  methods: RawMember[] = [];
  attributes: RawAttribute[] = [];

  /** Reads a well-formed class file. */
  static parse(bytes: Uint8Array): ClassEditor {
    const e = new ClassEditor();
    const r = new Reader(bytes);
    r.u4();
    e.minor = r.u2();
    e.major = r.u2();
    const count = r.u2();
    for (let i = 1; i < count; i++) {
      const start = r.pos;
      const tag = r.u1();
      if (tag === 1) r.bytes(r.u2());
      else r.bytes(ENTRY_SIZE[tag]!);
      e.pool.push(bytes.slice(start, r.pos));
      if (tag === 5 || tag === 6) {
        e.pool.push(null);
        i++;
      }
    }
    e.flags = r.u2();
    e.thisClass = r.u2();
    e.superClass = r.u2();
    const ni = r.u2();
    for (let i = 0; i < ni; i++) e.interfaces.push(r.u2());
    e.fields = readMembers(r);
    e.methods = readMembers(r);
    e.attributes = readAttributes(r);
    return e;
  }

  /** An empty class `name` extending `superName`, with no members. */
  static create(name: string, superName: string, major: number): ClassEditor {
    const e = new ClassEditor();
    e.major = major;
    e.thisClass = e.addClass(name);
    e.superClass = e.addClass(superName);
    return e;
  }

  /** Serializes the class file. */
  toBytes(): Uint8Array {
    const w = new Writer().u4(0xcafebabe).u2(this.minor).u2(this.major).u2(this.pool.length);
    for (const entry of this.pool) if (entry) w.bytes(entry);
    w.u2(this.flags).u2(this.thisClass).u2(this.superClass).u2(this.interfaces.length);
    for (const i of this.interfaces) w.u2(i);
    for (const list of [this.fields, this.methods]) {
      w.u2(list.length);
      for (const m of list) {
        w.u2(m.flags).u2(m.name).u2(m.descriptor);
        writeAttributes(w, m.attributes);
      }
    }
    writeAttributes(w, this.attributes);
    return w.toBytes();
  }

  /** Appends a raw entry (tag byte included) and returns its index. */
  addEntry(raw: Uint8Array): number {
    this.pool.push(raw);
    const index = this.pool.length - 1;
    if (raw[0] === 5 || raw[0] === 6) this.pool.push(null);
    return index;
  }

  /** The string of Utf8 entry `i` (ASCII and Latin-1 only; enough for tests). */
  utf8(i: number): string {
    const e = this.pool[i]!;
    return String.fromCharCode(...e.subarray(3));
  }

  /** Index of the Utf8 entry equal to `s`, or -1. */
  findUtf8(s: string): number {
    return this.pool.findIndex((e, i) => e !== null && e[0] === 1 && this.utf8(i) === s);
  }

  /** Appends a Utf8 entry; `value` is a string (encoded as modified UTF-8) or raw bytes. */
  addUtf8(value: string | Uint8Array): number {
    return this.addEntry(utf8Entry(value));
  }

  /** Replaces Utf8 entry `i`. */
  setUtf8(i: number, value: string | Uint8Array): void {
    this.pool[i] = utf8Entry(value);
  }

  /** Appends a Class entry (and its Utf8). */
  addClass(name: string): number {
    const n = this.addUtf8(name);
    return this.addEntry(new Writer().u1(7).u2(n).toBytes());
  }

  /** Appends a NameAndType entry (and its Utf8s). */
  addNameAndType(name: string, descriptor: string): number {
    const n = this.addUtf8(name);
    const d = this.addUtf8(descriptor);
    return this.addEntry(new Writer().u1(12).u2(n).u2(d).toBytes());
  }

  /** Appends a Fieldref (9), Methodref (10) or InterfaceMethodref (11). */
  addRef(tag: 9 | 10 | 11, owner: string, name: string, descriptor: string): number {
    const c = this.addClass(owner);
    const nat = this.addNameAndType(name, descriptor);
    return this.addEntry(new Writer().u1(tag).u2(c).u2(nat).toBytes());
  }

  /** The first method called `name`. */
  method(name: string): RawMember {
    const m = this.methods.find((x) => this.utf8(x.name) === name);
    if (!m) throw new Error(`class-editor: no method ${name}`);
    return m;
  }

  /** The first attribute of `owner` called `name`. */
  attribute(owner: RawAttribute[], name: string): RawAttribute {
    const a = owner.find((x) => this.utf8(x.name) === name);
    if (!a) throw new Error(`class-editor: no attribute ${name}`);
    return a;
  }

  /** Applies `edit` to the Code attribute of method `name`. */
  editCode(name: string, edit: (code: RawCode) => void): void {
    const attr = this.attribute(this.method(name).attributes, 'Code');
    const code = parseCode(attr.data);
    edit(code);
    attr.data = writeCode(code);
  }

  /** Adds a method with a Code attribute. */
  addMethod(flags: number, name: string, descriptor: string, code: RawCode | null): void {
    const attributes = code ? [{ name: this.utf8Index('Code'), data: writeCode(code) }] : [];
    this.methods.push({ flags, name: this.addUtf8(name), descriptor: this.addUtf8(descriptor), attributes });
  }

  /** Index of Utf8 `s`, added when missing. */
  utf8Index(s: string): number {
    const i = this.findUtf8(s);
    return i >= 0 ? i : this.addUtf8(s);
  }
}

function utf8Entry(value: string | Uint8Array): Uint8Array {
  const bytes = typeof value === 'string' ? encodeModifiedUtf8(value) : value;
  return new Writer().u1(1).u2(bytes.length).bytes(bytes).toBytes();
}

function readAttributes(r: Reader): RawAttribute[] {
  const n = r.u2();
  const out: RawAttribute[] = [];
  for (let i = 0; i < n; i++) {
    const name = r.u2();
    out.push({ name, data: r.bytes(r.u4()) });
  }
  return out;
}

function readMembers(r: Reader): RawMember[] {
  const n = r.u2();
  const out: RawMember[] = [];
  for (let i = 0; i < n; i++) {
    out.push({ flags: r.u2(), name: r.u2(), descriptor: r.u2(), attributes: readAttributes(r) });
  }
  return out;
}

function writeAttributes(w: Writer, attributes: RawAttribute[]): void {
  w.u2(attributes.length);
  for (const a of attributes) w.u2(a.name).u4(a.data.length).bytes(a.data);
}

/** Splits a Code attribute body. */
export function parseCode(data: Uint8Array): RawCode {
  const r = new Reader(data);
  const maxStack = r.u2();
  const maxLocals = r.u2();
  const code = r.bytes(r.u4());
  const handlers: [number, number, number, number][] = [];
  const n = r.u2();
  for (let i = 0; i < n; i++) handlers.push([r.u2(), r.u2(), r.u2(), r.u2()]);
  return { maxStack, maxLocals, code, handlers, attributes: readAttributes(r) };
}

/** Joins a Code attribute body. */
export function writeCode(c: RawCode): Uint8Array {
  const w = new Writer().u2(c.maxStack).u2(c.maxLocals).u4(c.code.length).bytes(c.code).u2(c.handlers.length);
  for (const h of c.handlers) w.u2(h[0]).u2(h[1]).u2(h[2]).u2(h[3]);
  writeAttributes(w, c.attributes);
  return w.toBytes();
}

/** Offsets and sizes of every count and length field of a well-formed class file (fuzz targets). */
export function lengthFields(bytes: Uint8Array): { offset: number; size: 2 | 4 }[] {
  const out: { offset: number; size: 2 | 4 }[] = [];
  const r = new Reader(bytes);
  r.pos = 8;
  out.push({ offset: 8, size: 2 });
  const count = r.u2();
  let codeIndex = -1;
  for (let i = 1; i < count; i++) {
    const tag = r.u1();
    if (tag === 1) {
      out.push({ offset: r.pos, size: 2 });
      const text = r.bytes(r.u2());
      if (String.fromCharCode(...text) === 'Code') codeIndex = i;
    } else {
      r.bytes(ENTRY_SIZE[tag]!);
      if (tag === 5 || tag === 6) i++;
    }
  }
  r.pos += 6;
  out.push({ offset: r.pos, size: 2 });
  r.bytes(2 * r.u2());
  const attributes = (): void => {
    out.push({ offset: r.pos, size: 2 });
    const n = r.u2();
    for (let i = 0; i < n; i++) {
      const nameIndex = r.u2();
      out.push({ offset: r.pos, size: 4 });
      const len = r.u4();
      const start = r.pos;
      if (nameIndex === codeIndex) {
        // code_length, then exception_table_length right after the code.
        out.push({ offset: start + 4, size: 4 });
        const codeLength = ((bytes[start + 4]! << 24) | (bytes[start + 5]! << 16) | (bytes[start + 6]! << 8) | bytes[start + 7]!) >>> 0;
        out.push({ offset: start + 8 + codeLength, size: 2 });
      }
      r.pos = start + len;
    }
  };
  for (let k = 0; k < 2; k++) {
    out.push({ offset: r.pos, size: 2 });
    const n = r.u2();
    for (let i = 0; i < n; i++) {
      r.pos += 6;
      attributes();
    }
  }
  attributes();
  return out;
}
