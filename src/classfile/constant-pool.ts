/**
 * @fileoverview Reads and cross-checks the constant pool (JVMS §4.4). Parsing happens in two passes:
 * the first reads every entry's tag and raw operands (so forward references work), the second
 * resolves each entry to a {@link CpEntry}, checking that every index it holds is in range and
 * points at an entry of the right tag, and that names and descriptors are well formed (JVMS §4.8).
 * After this, later layers may index the pool without re-checking tags.
 */

import { ByteReader } from './byte-reader.js';
import {
  MAX_ARRAY_DIMENSIONS,
  arrayDimensions,
  isValidClassRefName,
  isValidFieldDescriptor,
  isValidMethodDescriptor,
  isValidMethodName,
  isValidUnqualifiedName,
} from './descriptors.js';
import { ClassContext } from './errors.js';
import { decodeModifiedUtf8 } from './mutf8.js';
import { CpEntry, CpTag, RefKind } from './types.js';

/** First major version allowing each tag (JVMS Table 4.4-C); absent tags need no check. */
const TAG_SINCE: Partial<Record<number, number>> = {
  [CpTag.MethodHandle]: 51,
  [CpTag.MethodType]: 51,
  [CpTag.InvokeDynamic]: 51,
  [CpTag.Dynamic]: 55,
  [CpTag.Module]: 53,
  [CpTag.Package]: 53,
};

/** Operand bytes after the tag of every tag except Utf8 (JVMS §4.4); absent tags are unknown. */
const OPERAND_BYTES: Partial<Record<number, number>> = {
  [CpTag.Integer]: 4,
  [CpTag.Float]: 4,
  [CpTag.Long]: 8,
  [CpTag.Double]: 8,
  [CpTag.Class]: 2,
  [CpTag.String]: 2,
  [CpTag.Fieldref]: 4,
  [CpTag.Methodref]: 4,
  [CpTag.InterfaceMethodref]: 4,
  [CpTag.NameAndType]: 4,
  [CpTag.MethodHandle]: 3,
  [CpTag.MethodType]: 2,
  [CpTag.Dynamic]: 4,
  [CpTag.InvokeDynamic]: 4,
  [CpTag.Module]: 2,
  [CpTag.Package]: 2,
};

/** Raw form of the pool between the two passes: tags, operand words and decoded strings. */
interface RawPool {
  count: number;
  tags: Uint8Array;
  /** First operand (u2 index, u1 reference kind, or the high/only 32-bit word). */
  a: Int32Array;
  /** Second operand (u2 index, or the low 32-bit word). */
  b: Int32Array;
  strings: (string | undefined)[];
  /** Offset of each entry's tag byte, for error offsets. */
  offsets: Int32Array;
}

const scratch = new DataView(new ArrayBuffer(8));

/** A checked constant pool, and where its first Module or Package entry is (they are legal only in module-info). */
export interface ParsedPool {
  /** Entries indexed from 1; index 0 and the slot after each Long/Double hold null. Length is `constant_pool_count`. */
  entries: CpEntry[];
  /** The first CONSTANT_Module or CONSTANT_Package entry, or null when there is none. */
  moduleEntry: { tag: number; offset: number } | null;
}

/** Reads `constant_pool_count` and the entries from `r`, and checks them. */
export function parseConstantPool(r: ByteReader, ctx: ClassContext): ParsedPool {
  const raw = readRaw(r, ctx);
  const entries: CpEntry[] = new Array<CpEntry>(raw.count).fill(null);
  let moduleEntry: ParsedPool['moduleEntry'] = null;
  for (let i = 1; i < raw.count; i++) {
    const e = resolveEntry(raw, i, ctx);
    if (moduleEntry === null && e !== null && (e.tag === CpTag.Module || e.tag === CpTag.Package)) {
      moduleEntry = { tag: e.tag, offset: raw.offsets[i]! };
    }
    entries[i] = e;
  }
  return { entries, moduleEntry };
}

function readRaw(r: ByteReader, ctx: ClassContext): RawPool {
  const count = r.u2();
  const raw: RawPool = {
    count,
    tags: new Uint8Array(count),
    a: new Int32Array(count),
    b: new Int32Array(count),
    strings: new Array<string | undefined>(count),
    offsets: new Int32Array(count),
  };
  for (let i = 1; i < count; i++) {
    const at = r.pos;
    raw.offsets[i] = at;
    const tag = r.u1();
    raw.tags[i] = tag;
    if (tag === CpTag.Utf8) {
      const length = r.u2();
      const bytes = r.view(length);
      const s = decodeModifiedUtf8(bytes, 0, length);
      if (s === null) ctx.fail('Illegal UTF8 string in constant pool', at);
      raw.strings[i] = s;
      continue;
    }
    if (OPERAND_BYTES[tag] === undefined) ctx.fail(`Unknown constant tag ${tag}`, at);
    const since = TAG_SINCE[tag];
    if (since !== undefined && ctx.majorVersion < since) {
      // Module and Package were never "unsupported" by older versions, just unknown.
      ctx.fail(tag >= CpTag.Module ? `Unknown constant tag ${tag}` : `Class file version does not support constant tag ${tag}`, at);
    }
    switch (tag) {
      case CpTag.Integer:
      case CpTag.Float:
        raw.a[i] = r.i4();
        break;
      case CpTag.Long:
      case CpTag.Double:
        // JVMS §4.4.5: 8-byte constants take two entries; the second is unusable.
        if (i + 1 >= count) ctx.fail(`Invalid constant pool entry ${i}`, at);
        raw.a[i] = r.i4();
        raw.b[i] = r.i4();
        i++;
        break;
      case CpTag.Class:
      case CpTag.String:
      case CpTag.MethodType:
      case CpTag.Module:
      case CpTag.Package:
        raw.a[i] = r.u2();
        break;
      case CpTag.MethodHandle:
        raw.a[i] = r.u1();
        raw.b[i] = r.u2();
        break;
      default:
        raw.a[i] = r.u2();
        raw.b[i] = r.u2();
    }
  }
  return raw;
}

function resolveEntry(raw: RawPool, i: number, ctx: ClassContext): CpEntry {
  const tag = raw.tags[i]!;
  const a = raw.a[i]!;
  const b = raw.b[i]!;
  const at = raw.offsets[i]!;
  switch (tag) {
    case 0:
      return null; // second half of a Long/Double
    case CpTag.Utf8:
      return { tag, value: raw.strings[i]! };
    case CpTag.Integer:
      return { tag, value: a };
    case CpTag.Float:
      scratch.setInt32(0, a);
      return { tag, value: scratch.getFloat32(0) };
    case CpTag.Long:
      return { tag, hi: a, lo: b };
    case CpTag.Double:
      scratch.setInt32(0, a);
      scratch.setInt32(4, b);
      return { tag, value: scratch.getFloat64(0) };
    case CpTag.Class:
      return { tag, name: classNameAt(raw, a, at, ctx) };
    case CpTag.String:
      return { tag, value: utf8(raw, a, at, ctx) };
    case CpTag.MethodType: {
      const descriptor = utf8(raw, a, at, ctx);
      if (!isValidMethodDescriptor(descriptor)) {
        ctx.failRaw(`Method "type" in class ${ctx.className} has illegal signature "${descriptor}"`, at);
      }
      return { tag, descriptor };
    }
    case CpTag.NameAndType:
      return { tag, name: utf8(raw, a, at, ctx), descriptor: utf8(raw, b, at, ctx) };
    case CpTag.Fieldref:
    case CpTag.Methodref:
    case CpTag.InterfaceMethodref:
      return resolveMemberRef(raw, tag, a, b, at, ctx);
    case CpTag.MethodHandle:
      return resolveMethodHandle(raw, i, a, b, ctx);
    case CpTag.Dynamic:
    case CpTag.InvokeDynamic: {
      const [name, descriptor] = nameAndType(raw, b, at, ctx);
      if (tag === CpTag.Dynamic) {
        if (!isValidUnqualifiedName(name)) ctx.failRaw(`Illegal field name "${name}" in class ${ctx.className}`, at);
        if (!isValidFieldDescriptor(descriptor)) {
          ctx.failRaw(`CONSTANT_Dynamic "${name}" in class ${ctx.className} has illegal signature "${descriptor}"`, at);
        }
      } else {
        checkMethodNameAndDescriptor(name, descriptor, at, ctx);
      }
      // The bootstrap index is checked against the BootstrapMethods attribute once it is read.
      return { tag, bootstrap: a, name, descriptor };
    }
    case CpTag.Module:
    case CpTag.Package:
      return { tag, name: utf8(raw, a, at, ctx) };
    default:
      return ctx.fail(`Unknown constant tag ${tag}`, at);
  }
}

function resolveMemberRef(
  raw: RawPool,
  tag: CpTag.Fieldref | CpTag.Methodref | CpTag.InterfaceMethodref,
  classIndex: number,
  natIndex: number,
  at: number,
  ctx: ClassContext,
): CpEntry {
  const owner = className(raw, classIndex, at, ctx);
  const [name, descriptor] = nameAndType(raw, natIndex, at, ctx);
  if (tag === CpTag.Fieldref) {
    if (!isValidUnqualifiedName(name)) ctx.failRaw(`Illegal field name "${name}" in class ${ctx.className}`, at);
    if (!isValidFieldDescriptor(descriptor)) {
      ctx.failRaw(`Field "${name}" in class ${ctx.className} has illegal signature "${descriptor}"`, at);
    }
  } else {
    // JVMS §4.4.2: a method reference may name <init> (Methodref only) but never <clinit>.
    if (name.charCodeAt(0) === 0x3c /* < */ && (name !== '<init>' || tag === CpTag.InterfaceMethodref)) {
      ctx.fail(`Bad method name at constant pool index ${raw.a[natIndex]}`, at);
    }
    checkMethodNameAndDescriptor(name, descriptor, at, ctx);
  }
  return { tag, owner, name, descriptor };
}

function checkMethodNameAndDescriptor(name: string, descriptor: string, at: number, ctx: ClassContext): void {
  if (!isValidMethodName(name)) ctx.failRaw(`Illegal method name "${name}" in class ${ctx.className}`, at);
  if (!isValidMethodDescriptor(descriptor) || (name === '<init>' && !descriptor.endsWith(')V'))) {
    ctx.failRaw(`Method "${name}" in class ${ctx.className} has illegal signature "${descriptor}"`, at);
  }
}

/** JVMS §4.4.8: the reference kind decides which tag the target must have and which names are allowed. */
function resolveMethodHandle(raw: RawPool, i: number, kind: number, ref: number, ctx: ClassContext): CpEntry {
  const at = raw.offsets[i]!;
  if (kind < RefKind.GetField || kind > RefKind.InvokeInterface) {
    ctx.fail(`Bad method handle kind at constant pool index ${i}`, at);
  }
  const targetTag = ref > 0 && ref < raw.count ? raw.tags[ref] : undefined;
  let ok: boolean;
  let what: string;
  if (kind <= RefKind.PutStatic) {
    ok = targetTag === CpTag.Fieldref;
    what = 'a field';
  } else if (kind === RefKind.InvokeVirtual || kind === RefKind.NewInvokeSpecial) {
    ok = targetTag === CpTag.Methodref;
    what = 'a method';
  } else if (kind === RefKind.InvokeInterface) {
    ok = targetTag === CpTag.InterfaceMethodref;
    what = 'an interface method';
  } else {
    // invokestatic/invokespecial may target interface methods from version 52 (JVMS §4.4.8).
    ok = targetTag === CpTag.Methodref || (ctx.majorVersion >= 52 && targetTag === CpTag.InterfaceMethodref);
    what = 'a method';
  }
  if (!ok) ctx.failRaw(`Invalid constant pool index ${ref} in class file ${ctx.className} (not ${what})`, at);
  if (kind >= RefKind.InvokeVirtual) {
    const natIndex = raw.b[ref]!;
    const [name] = nameAndType(raw, natIndex, at, ctx);
    const nameIndex = raw.a[natIndex]!;
    if (kind === RefKind.NewInvokeSpecial) {
      if (name !== '<init>') ctx.fail(`Bad constructor name at constant pool index ${nameIndex}`, at);
    } else if (name === '<init>' || name === '<clinit>') {
      ctx.fail(`Bad method name at constant pool index ${nameIndex}`, at);
    }
  }
  return { tag: CpTag.MethodHandle, kind: kind as RefKind, ref };
}

function checkIndex(raw: RawPool, index: number, tag: CpTag, at: number, ctx: ClassContext): void {
  if (index <= 0 || index >= raw.count || raw.tags[index] !== tag) {
    ctx.fail(`Invalid constant pool index ${index}`, at);
  }
}

function utf8(raw: RawPool, index: number, at: number, ctx: ClassContext): string {
  checkIndex(raw, index, CpTag.Utf8, at, ctx);
  return raw.strings[index]!;
}

function className(raw: RawPool, index: number, at: number, ctx: ClassContext): string {
  checkIndex(raw, index, CpTag.Class, at, ctx);
  return classNameAt(raw, raw.a[index]!, raw.offsets[index]!, ctx);
}

/** The class name in Utf8 entry `utf8Index`, checked against JVMS §4.2.1 and §4.4.1. */
function classNameAt(raw: RawPool, utf8Index: number, at: number, ctx: ClassContext): string {
  const name = utf8(raw, utf8Index, at, ctx);
  if (!isValidClassRefName(name)) {
    if (arrayDimensions(name) > MAX_ARRAY_DIMENSIONS) {
      ctx.fail('Array type descriptor has more than 255 dimensions', at);
    }
    ctx.fail(`Illegal class name "${name}"`, at);
  }
  return name;
}

function nameAndType(raw: RawPool, index: number, at: number, ctx: ClassContext): [string, string] {
  checkIndex(raw, index, CpTag.NameAndType, at, ctx);
  const natAt = raw.offsets[index]!;
  return [utf8(raw, raw.a[index]!, natAt, ctx), utf8(raw, raw.b[index]!, natAt, ctx)];
}

/** The string of the Utf8 entry at `index`, or undefined when `index` is not a Utf8 entry. */
export function cpUtf8(pool: readonly CpEntry[], index: number): string | undefined {
  const e = pool[index];
  return e != null && e.tag === CpTag.Utf8 ? e.value : undefined;
}

/** The internal name held by the Class entry at `index`, or undefined when it is not a Class entry. */
export function cpClassName(pool: readonly CpEntry[], index: number): string | undefined {
  const e = pool[index];
  return e != null && e.tag === CpTag.Class ? e.name : undefined;
}

/** Whether the entry may be loaded by ldc or passed as a static bootstrap argument (JVMS §4.4, Table 4.4-C "loadable"). */
export function isLoadable(entry: CpEntry): boolean {
  if (entry === null) return false;
  switch (entry.tag) {
    case CpTag.Integer:
    case CpTag.Float:
    case CpTag.Long:
    case CpTag.Double:
    case CpTag.Class:
    case CpTag.String:
    case CpTag.MethodHandle:
    case CpTag.MethodType:
    case CpTag.Dynamic:
      return true;
    default:
      return false;
  }
}
