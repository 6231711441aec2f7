/**
 * @fileoverview Field and method tables (JVMS §4.5, §4.6) with the format checks of JVMS §4.8 that
 * concern members: legal names and descriptors, legal access-flag combinations, no duplicates,
 * ConstantValue compatible with the field type, a Code attribute exactly when the method is neither
 * native nor abstract, and arguments that fit in max_locals. Messages follow HotSpot's.
 */

import { ByteReader } from './byte-reader.js';
import { keepAnnotations, once, readAttributes, readClassList, readUtf8Index } from './attributes.js';
import { parseCodeAttribute } from './code-attribute.js';
import { cpUtf8 } from './constant-pool.js';
import {
  MAX_ARGUMENT_SLOTS,
  argSlots,
  isValidFieldDescriptor,
  isValidMethodDescriptor,
  isValidMethodName,
  isValidUnqualifiedName,
} from './descriptors.js';
import { ClassContext } from './errors.js';
import { Acc, CodeAttribute, CpEntry, CpTag, FieldInfo, MethodInfo } from './types.js';

/** Field flags the JVM recognizes (JVMS Table 4.5-A); other bits are ignored. */
const FIELD_FLAGS = 0x50df;
/** Method flags the JVM recognizes (JVMS Table 4.6-A); other bits are ignored. */
const METHOD_FLAGS = 0x1dff;

const ACCESS = Acc.Public | Acc.Private | Acc.Protected;

/** The class being parsed, as the member checks need it. */
export interface MemberOwner {
  className: string;
  isInterface: boolean;
  pool: readonly CpEntry[];
  ctx: ClassContext;
}

/** At most one of public, private and protected (JVMS §4.5, §4.6). */
function accessConflict(flags: number): boolean {
  const a = flags & ACCESS;
  return (a & (a - 1)) !== 0;
}

function hex(flags: number): string {
  return `0x${flags.toString(16).toUpperCase()}`;
}

function readName(r: ByteReader, owner: MemberOwner, what: string): string {
  const at = r.pos;
  const index = r.u2();
  return cpUtf8(owner.pool, index) ?? owner.ctx.fail(`Illegal constant pool index ${index} for ${what}`, at);
}

/** Reads `fields_count` and the field table. */
export function parseFields(r: ByteReader, owner: MemberOwner): FieldInfo[] {
  const { ctx } = owner;
  const count = r.u2();
  const fields: FieldInfo[] = [];
  const keys = new Set<string>();
  for (let i = 0; i < count; i++) {
    const at = r.pos;
    const rawFlags = r.u2();
    const name = readName(r, owner, 'field name');
    const descriptor = readName(r, owner, 'field signature');
    if (illegalFieldFlags(rawFlags, owner.isInterface)) ctx.failRaw(`Illegal field modifiers in class ${ctx.className}: ${hex(rawFlags)}`, at);
    if (!isValidUnqualifiedName(name)) ctx.failRaw(`Illegal field name "${name}" in class ${ctx.className}`, at);
    if (!isValidFieldDescriptor(descriptor)) {
      ctx.failRaw(`Field "${name}" in class ${ctx.className} has illegal signature "${descriptor}"`, at);
    }
    const flags = rawFlags & FIELD_FLAGS;
    const field: FieldInfo = { flags, name, descriptor, constantValue: 0, signature: null };
    const seen = new Set<string>();
    readAttributes(r, owner.pool, ctx, (attr, body) => {
      if (attr === 'ConstantValue' && (flags & Acc.Static) !== 0) {
        // JVMS §4.7.2: only static fields take a ConstantValue; on others it is ignored.
        if (seen.has(attr)) ctx.fail('Duplicate ConstantValue attribute', body.start - 6);
        seen.add(attr);
        if (body.remaining !== 2) ctx.fail(`Invalid ConstantValue field attribute length ${body.remaining}`, body.start - 4);
        field.constantValue = readConstantValue(body, descriptor, owner);
      } else if (attr === 'Signature') {
        once(seen, attr, body, ctx);
        field.signature = readUtf8Index(body, owner.pool, ctx, 'Signature');
      } else if (attr === 'RuntimeVisibleAnnotations') {
        keepAnnotations(field, attr, body);
      } else {
        body.skip(body.remaining);
      }
    });
    const key = `${name} ${descriptor}`;
    if (keys.has(key)) ctx.fail(`Duplicate field name "${name}" with signature "${descriptor}"`, at);
    keys.add(key);
    fields.push(field);
  }
  return fields;
}

function illegalFieldFlags(flags: number, isInterface: boolean): boolean {
  if (isInterface) {
    // JVMS §4.5: interface fields are public static final, optionally synthetic, nothing else.
    const required = Acc.Public | Acc.Static | Acc.Final;
    return (flags & required) !== required || (flags & (FIELD_FLAGS & ~(required | Acc.Synthetic))) !== 0;
  }
  return accessConflict(flags) || ((flags & Acc.Final) !== 0 && (flags & Acc.Volatile) !== 0);
}

/** JVMS §4.7.2 Table 4.7.2-A: the constant's tag must match the field's type. */
function readConstantValue(body: ByteReader, descriptor: string, owner: MemberOwner): number {
  const at = body.pos;
  const index = body.u2();
  const e = owner.pool[index];
  if (e == null) return owner.ctx.fail(`Bad initial value index ${index} in ConstantValue attribute`, at);
  let expected: CpTag | null;
  switch (descriptor) {
    case 'J':
      expected = CpTag.Long;
      break;
    case 'F':
      expected = CpTag.Float;
      break;
    case 'D':
      expected = CpTag.Double;
      break;
    case 'I':
    case 'S':
    case 'C':
    case 'B':
    case 'Z':
      expected = CpTag.Integer;
      break;
    case 'Ljava/lang/String;':
      expected = CpTag.String;
      break;
    default:
      expected = null;
  }
  if (e.tag !== expected) owner.ctx.fail('Inconsistent constant value type', at);
  return index;
}

/** Reads `methods_count` and the method table. */
export function parseMethods(r: ByteReader, owner: MemberOwner): MethodInfo[] {
  const { ctx } = owner;
  const count = r.u2();
  const methods: MethodInfo[] = [];
  const keys = new Set<string>();
  for (let i = 0; i < count; i++) {
    const at = r.pos;
    let flags = r.u2();
    const name = readName(r, owner, 'method name');
    const descriptor = readName(r, owner, 'method signature');
    if (!isValidMethodName(name)) ctx.failRaw(`Illegal method name "${name}" in class ${ctx.className}`, at);
    const initializer = name === '<init>' || name === '<clinit>';
    if (!isValidMethodDescriptor(descriptor) || (initializer && !descriptor.endsWith(')V'))) {
      ctx.failRaw(`Method "${name}" in class ${ctx.className} has illegal signature "${descriptor}"`, at);
    }
    if (name === '<clinit>') {
      // JVMS §2.9.2: from version 51 the class initializer must be static; before, its flags are ignored.
      if (ctx.majorVersion < 51) flags = Acc.Static;
      else if ((flags & Acc.Static) === 0) ctx.fail('Method <clinit> is not static', at);
      else flags &= Acc.Static | Acc.Strict;
    } else {
      if (name === '<init>' && owner.isInterface) ctx.failRaw(`Interface cannot have a method named <init>, class file ${ctx.className}`, at);
      if (illegalMethodFlags(flags, name, owner.isInterface, ctx.majorVersion)) {
        ctx.failRaw(`Method ${name} in class ${ctx.className} has illegal modifiers: ${hex(flags)}`, at);
      }
    }
    flags &= METHOD_FLAGS;
    const isStatic = (flags & Acc.Static) !== 0;
    const slots = argSlots(descriptor, isStatic);
    if (slots > MAX_ARGUMENT_SLOTS) ctx.fail('Too many arguments in method signature', at);
    const method: MethodInfo = { flags, name, descriptor, code: null, exceptions: [], signature: null };
    const seen = new Set<string>();
    readAttributes(r, owner.pool, ctx, (attr, body) => {
      switch (attr) {
        case 'Code':
          if ((flags & (Acc.Native | Acc.Abstract)) !== 0) ctx.fail('Code attribute in native or abstract methods', body.start - 6);
          once(seen, attr, body, ctx);
          method.code = parseCodeAttribute(body, { className: owner.className, name, descriptor, flags }, owner.pool, ctx);
          break;
        case 'Exceptions': // JVMS §4.7.5
          once(seen, attr, body, ctx);
          method.exceptions = readClassList(body, owner.pool, ctx, (index) => `Exception name has bad type at constant pool ${index}`);
          break;
        case 'Signature':
          once(seen, attr, body, ctx);
          method.signature = readUtf8Index(body, owner.pool, ctx, 'Signature');
          break;
        case 'RuntimeVisibleAnnotations':
        case 'RuntimeVisibleParameterAnnotations':
        case 'AnnotationDefault':
          keepAnnotations(method, attr, body);
          break;
        default:
          body.skip(body.remaining);
      }
    });
    const code: CodeAttribute | null = method.code;
    if (code === null && (flags & (Acc.Native | Acc.Abstract)) === 0) {
      ctx.fail('Absent Code attribute in method that is not native or abstract', at);
    }
    const key = `${name} ${descriptor}`;
    if (keys.has(key)) ctx.fail(`Duplicate method name "${name}" with signature "${descriptor}"`, at);
    keys.add(key);
    methods.push(method);
  }
  return methods;
}

/** JVMS §4.6 flag rules for methods other than <clinit>. */
function illegalMethodFlags(flags: number, name: string, isInterface: boolean, major: number): boolean {
  const has = (f: number): boolean => (flags & f) !== 0;
  // ACC_STRICT only means something in versions 46..60 (JEP 306 made all code strict).
  const strictMatters = major >= 46 && major <= 60;
  if (isInterface) {
    if (major >= 52) {
      // Java 8+: public or private (exactly one), never protected, final, synchronized or native.
      if (has(Acc.Public) === has(Acc.Private)) return true;
      if (has(Acc.Protected | Acc.Final | Acc.Synchronized | Acc.Native)) return true;
    } else {
      // Before Java 8 interface methods are public abstract.
      if (!has(Acc.Public) || !has(Acc.Abstract)) return true;
      if (has(Acc.Private | Acc.Protected | Acc.Static | Acc.Final | Acc.Synchronized | Acc.Native)) return true;
      if (strictMatters && has(Acc.Strict)) return true;
    }
    return has(Acc.Abstract) && (has(Acc.Private | Acc.Static) || (strictMatters && has(Acc.Strict)));
  }
  if (accessConflict(flags)) return true;
  if (name === '<init>') {
    // JVMS §4.6: an instance initializer may only have access, varargs, strict and synthetic flags.
    return has(Acc.Static | Acc.Final | Acc.Synchronized | Acc.Bridge | Acc.Native | Acc.Abstract);
  }
  if (has(Acc.Abstract)) {
    return has(Acc.Private | Acc.Static | Acc.Final | Acc.Synchronized | Acc.Native) || (strictMatters && has(Acc.Strict));
  }
  return false;
}
