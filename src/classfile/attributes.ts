/**
 * @fileoverview Attribute tables (JVMS §4.7) of classes, fields, methods and record components.
 * Each predefined attribute is read only from the class-file version that introduced it (JVMS Table
 * 4.7-A); unknown and too-new attributes are skipped, as JVMS §4.7.1 requires. Every attribute body
 * is read through a window of exactly its declared length, so a lying inner count cannot read into
 * the next structure. The Code attribute has its own module (code-attribute.ts).
 */

import { ByteReader } from './byte-reader.js';
import { cpClassName, cpUtf8, isLoadable } from './constant-pool.js';
import { isValidFieldDescriptor, isValidUnqualifiedName } from './descriptors.js';
import { ClassContext } from './errors.js';
import { BootstrapMethod, CpEntry, CpTag, InnerClassInfo, RecordComponent } from './types.js';

/** First major version in which each predefined attribute is recognized (JVMS Table 4.7-A). */
const SINCE: Readonly<Record<string, number>> = {
  ConstantValue: 45,
  Code: 45,
  Exceptions: 45,
  SourceFile: 45,
  LineNumberTable: 45,
  LocalVariableTable: 45,
  InnerClasses: 45,
  Signature: 49,
  EnclosingMethod: 49,
  StackMapTable: 50,
  BootstrapMethods: 51,
  NestHost: 55,
  NestMembers: 55,
  Record: 60,
  PermittedSubclasses: 61,
  RuntimeVisibleAnnotations: 49,
  RuntimeVisibleParameterAnnotations: 49,
  AnnotationDefault: 49,
};

/**
 * The body of a run-time annotation attribute, copied and unparsed (types.ts RuntimeAnnotations):
 * HotSpot does not check these at class loading, reflection reports a malformed one lazily.
 * The first of duplicate attributes wins.
 */
export function keepAnnotations(into: { annotations?: Uint8Array; parameterAnnotations?: Uint8Array; annotationDefault?: Uint8Array }, name: string, body: ByteReader): boolean {
  const key = name === 'RuntimeVisibleAnnotations' ? 'annotations'
    : name === 'RuntimeVisibleParameterAnnotations' ? 'parameterAnnotations'
      : name === 'AnnotationDefault' ? 'annotationDefault' : null;
  if (key === null) return false;
  const bytes = body.view(body.remaining).slice();
  if (into[key] === undefined) into[key] = bytes;
  return true;
}

/** HotSpot's wording when an attribute's body and its declared length disagree. */
const WRONG_LENGTH: Readonly<Record<string, string>> = {
  Code: 'Code segment has wrong length',
  SourceFile: 'Wrong SourceFile attribute length',
  BootstrapMethods: 'Bad length on BootstrapMethods',
};

/** Called with each recognized attribute's name and a reader over exactly its body. */
export type AttributeVisitor = (name: string, body: ByteReader) => void;

/**
 * Reads an attribute table (count, then entries) from `r`, calling `visit` for every attribute
 * this version recognizes and skipping the rest. The visitor must consume the body exactly.
 */
export function readAttributes(r: ByteReader, pool: readonly CpEntry[], ctx: ClassContext, visit: AttributeVisitor): void {
  const count = r.u2();
  for (let i = 0; i < count; i++) {
    const at = r.pos;
    const nameIndex = r.u2();
    const name = cpUtf8(pool, nameIndex);
    if (name === undefined) ctx.fail(`Attribute name has bad constant pool index ${nameIndex}`, at);
    const length = r.u4();
    const since = SINCE[name];
    if (since === undefined || ctx.majorVersion < since) {
      r.skip(length);
      continue;
    }
    const message = (): string => `${WRONG_LENGTH[name] ?? `Wrong ${name} attribute length`} in class file ${ctx.className}`;
    const body = r.window(length, message);
    visit(name, body);
    body.expectEnd(message);
  }
}

/** Throws the "Multiple X attributes" error when `seen` already holds `name`, and records it otherwise. */
export function once(seen: Set<string>, name: string, body: ByteReader, ctx: ClassContext): void {
  if (seen.has(name)) ctx.fail(`Multiple ${name} attributes`, body.start - 6);
  seen.add(name);
}

/** Throws HotSpot's "Wrong <name> attribute length" unless the body is exactly `length` bytes. */
export function expectLength(body: ByteReader, length: number, name: string, ctx: ClassContext): void {
  if (body.remaining !== length) ctx.fail(`Wrong ${name} attribute length`, body.start - 4);
}

/** Reads a u2 index that must name a Utf8 entry; `what` describes it in the error. */
export function readUtf8Index(body: ByteReader, pool: readonly CpEntry[], ctx: ClassContext, what: string): string {
  const at = body.pos;
  const index = body.u2();
  const s = cpUtf8(pool, index);
  return s !== undefined ? s : ctx.fail(`Invalid ${what} attribute at constant pool index ${index}`, at);
}

/** Builds the error message (without the class-file suffix) for a bad index. */
export type IndexMessage = (index: number) => string;

/** The usual HotSpot wording: "<what> <index> has bad constant type". */
export function badConstantType(what: string): IndexMessage {
  return (index) => `${what} ${index} has bad constant type`;
}

/** Reads a u2 index that must name a Class entry. */
export function readClassIndex(body: ByteReader, pool: readonly CpEntry[], ctx: ClassContext, message: IndexMessage): string {
  const at = body.pos;
  const index = body.u2();
  const s = cpClassName(pool, index);
  return s !== undefined ? s : ctx.fail(message(index), at);
}

/** Reads a u2 index that is 0 (absent) or names a Class entry. */
function readOptionalClassIndex(body: ByteReader, pool: readonly CpEntry[], ctx: ClassContext, message: IndexMessage): string | null {
  const at = body.pos;
  const index = body.u2();
  if (index === 0) return null;
  const s = cpClassName(pool, index);
  return s !== undefined ? s : ctx.fail(message(index), at);
}

/** Reads u2 count then that many Class indices (NestMembers, PermittedSubclasses, Exceptions). */
export function readClassList(body: ByteReader, pool: readonly CpEntry[], ctx: ClassContext, message: IndexMessage): string[] {
  const n = body.u2();
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(readClassIndex(body, pool, ctx, message));
  return out;
}

/** The class-level attributes Tern keeps (the rest of {@link ClassFile} comes from the parser). */
export interface ClassAttributes {
  sourceFile: string | null;
  signature: string | null;
  bootstrapMethods: BootstrapMethod[];
  innerClasses: InnerClassInfo[];
  enclosingMethod: { className: string; methodName: string | null; methodDescriptor: string | null } | null;
  nestHost: string | null;
  nestMembers: string[];
  permittedSubclasses: string[];
  record: RecordComponent[] | null;
  /** Whether a BootstrapMethods attribute was present (an empty one counts). */
  hasBootstrapMethods: boolean;
  /** RuntimeVisibleAnnotations body, unparsed. */
  annotations?: Uint8Array;
}

/** Reads the ClassFile's own attribute table (JVMS §4.1 `attributes`). */
export function parseClassAttributes(r: ByteReader, pool: readonly CpEntry[], ctx: ClassContext): ClassAttributes {
  const out: ClassAttributes = {
    sourceFile: null,
    signature: null,
    bootstrapMethods: [],
    innerClasses: [],
    enclosingMethod: null,
    nestHost: null,
    nestMembers: [],
    permittedSubclasses: [],
    record: null,
    hasBootstrapMethods: false,
  };
  const seen = new Set<string>();
  readAttributes(r, pool, ctx, (name, body) => {
    switch (name) {
      case 'SourceFile': // JVMS §4.7.10
        once(seen, name, body, ctx);
        expectLength(body, 2, name, ctx);
        out.sourceFile = readUtf8Index(body, pool, ctx, 'SourceFile');
        break;
      case 'Signature': // JVMS §4.7.9
        once(seen, name, body, ctx);
        expectLength(body, 2, name, ctx);
        out.signature = readUtf8Index(body, pool, ctx, 'Signature');
        break;
      case 'BootstrapMethods':
        once(seen, name, body, ctx);
        out.bootstrapMethods = parseBootstrapMethods(body, pool, ctx);
        out.hasBootstrapMethods = true;
        break;
      case 'InnerClasses':
        once(seen, name, body, ctx);
        out.innerClasses = parseInnerClasses(body, pool, ctx);
        break;
      case 'EnclosingMethod': {
        // JVMS §4.7.7: a class and an optional NameAndType of the enclosing method.
        once(seen, name, body, ctx);
        expectLength(body, 4, name, ctx);
        const className = readClassIndex(body, pool, ctx, (i) => `Invalid class index ${i} in EnclosingMethod attribute`);
        const at = body.pos;
        const methodIndex = body.u2();
        const nat = pool[methodIndex];
        if (methodIndex !== 0 && (nat == null || nat.tag !== CpTag.NameAndType)) {
          ctx.fail('Invalid or out-of-bounds method index in EnclosingMethod attribute', at);
        }
        out.enclosingMethod = {
          className,
          methodName: nat != null && nat.tag === CpTag.NameAndType ? nat.name : null,
          methodDescriptor: nat != null && nat.tag === CpTag.NameAndType ? nat.descriptor : null,
        };
        break;
      }
      case 'NestHost': // JVMS §4.7.28
        once(seen, name, body, ctx);
        if (seen.has('NestMembers')) ctx.fail('Conflicting NestHost and NestMembers attributes', body.start - 6);
        expectLength(body, 2, name, ctx);
        out.nestHost = readClassIndex(body, pool, ctx, badConstantType('Nest-host class_info_index'));
        break;
      case 'NestMembers': // JVMS §4.7.29
        once(seen, name, body, ctx);
        if (seen.has('NestHost')) ctx.fail('Conflicting NestMembers and NestHost attributes', body.start - 6);
        out.nestMembers = readClassList(body, pool, ctx, badConstantType('Nest member class_info_index'));
        break;
      case 'PermittedSubclasses': // JVMS §4.7.31
        once(seen, name, body, ctx);
        out.permittedSubclasses = readClassList(body, pool, ctx, badConstantType('Permitted subclass class_info_index'));
        break;
      case 'Record':
        once(seen, name, body, ctx);
        out.record = parseRecord(body, pool, ctx);
        break;
      case 'RuntimeVisibleAnnotations':
        keepAnnotations(out, name, body);
        break;
      default:
        body.skip(body.remaining); // predefined but not needed at class level (e.g. Synthetic)
    }
  });
  return out;
}

/** JVMS §4.7.23: method handle and loadable static arguments of each bootstrap method. */
function parseBootstrapMethods(body: ByteReader, pool: readonly CpEntry[], ctx: ClassContext): BootstrapMethod[] {
  const n = body.u2();
  const out: BootstrapMethod[] = [];
  for (let i = 0; i < n; i++) {
    const at = body.pos;
    const methodHandle = body.u2();
    const mh = pool[methodHandle];
    if (mh == null || mh.tag !== CpTag.MethodHandle) ctx.fail(`bootstrap_method_index ${methodHandle} has bad constant type`, at);
    const argc = body.u2();
    const args: number[] = [];
    for (let j = 0; j < argc; j++) {
      const argAt = body.pos;
      const arg = body.u2();
      const e = pool[arg];
      if (e === undefined || !isLoadable(e)) ctx.fail(`argument_index ${arg} has bad constant type`, argAt);
      args.push(arg);
    }
    out.push({ methodHandle, args });
  }
  return out;
}

/** JVMS §4.7.6: inner class, optional outer class and simple name, and the source-level flags. */
function parseInnerClasses(body: ByteReader, pool: readonly CpEntry[], ctx: ClassContext): InnerClassInfo[] {
  const n = body.u2();
  const out: InnerClassInfo[] = [];
  for (let i = 0; i < n; i++) {
    const at = body.pos;
    const innerClass = readClassIndex(body, pool, ctx, badConstantType('inner_class_info_index'));
    const outerClass = readOptionalClassIndex(body, pool, ctx, badConstantType('outer_class_info_index'));
    const nameAt = body.pos;
    const nameIndex = body.u2();
    const innerName = nameIndex === 0 ? null : (cpUtf8(pool, nameIndex) ?? ctx.fail(`inner_name_index ${nameIndex} has bad constant type`, nameAt));
    const flags = body.u2();
    if (outerClass === innerClass) ctx.fail('Class is both outer and inner class', at);
    out.push({ innerClass, outerClass, innerName, flags });
  }
  return out;
}

/** JVMS §4.7.30: record components, each a name, a field descriptor and attributes (only Signature kept). */
function parseRecord(body: ByteReader, pool: readonly CpEntry[], ctx: ClassContext): RecordComponent[] {
  const n = body.u2();
  const out: RecordComponent[] = [];
  for (let i = 0; i < n; i++) {
    const at = body.pos;
    const name = readUtf8Index(body, pool, ctx, 'Record component name');
    const descriptor = readUtf8Index(body, pool, ctx, 'Record component descriptor');
    if (!isValidUnqualifiedName(name)) ctx.failRaw(`Illegal field name "${name}" in class ${ctx.className}`, at);
    if (!isValidFieldDescriptor(descriptor)) {
      ctx.failRaw(`Field "${name}" in class ${ctx.className} has illegal signature "${descriptor}"`, at);
    }
    const component: RecordComponent = { name, descriptor, signature: null };
    const seen = new Set<string>();
    readAttributes(body, pool, ctx, (attr, inner) => {
      if (attr === 'Signature') {
        once(seen, attr, inner, ctx);
        component.signature = readUtf8Index(inner, pool, ctx, 'Signature');
      } else if (attr === 'RuntimeVisibleAnnotations') {
        keepAnnotations(component, attr, inner);
      } else {
        inner.skip(inner.remaining);
      }
    });
    out.push(component);
  }
  return out;
}
