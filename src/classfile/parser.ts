/**
 * @fileoverview Entry point of the class-file layer: bytes in, a format-checked {@link ClassFile}
 * out (JVMS §4.1, with the checks of §4.8). Accepts versions 45.0 to 61.0 as JDK 17 does; preview
 * class files (61.65535) only when asked to. Every malformed input raises one of the errors.ts
 * faults, never a JS RangeError or TypeError, and the parser never loops longer than the input.
 */

import { parseClassAttributes } from './attributes.js';
import { ByteReader } from './byte-reader.js';
import { cpClassName, parseConstantPool } from './constant-pool.js';
import { isValidClassName } from './descriptors.js';
import { ClassContext, LinkageFault, NoClassDefFoundError, UnsupportedClassVersionError } from './errors.js';
import { parseFields, parseMethods } from './members.js';
import { Acc, ClassFile, CpEntry, CpTag } from './types.js';

/** Options of {@link parseClassFile}. */
export interface ParseOptions {
  /**
   * Internal name the loader expects (`p/Foo`). Used in messages from the start, as HotSpot does,
   * and checked against `this_class` (NoClassDefFoundError "Foo (wrong name: Bar)").
   */
  expectedName?: string;
  /** Accept preview class files of the newest version (61.65535), like `java --enable-preview`. */
  enablePreview?: boolean;
  /** The class library's own bytes: skip the instruction-level code checks (see ClassContext.trusted). */
  trusted?: boolean;
}

/** The class-file magic number (JVMS §4.1). */
export const MAGIC = 0xcafebabe;
/** Oldest supported major version (JDK 1.0.2). */
export const MIN_MAJOR_VERSION = 45;
/** Newest supported major version (Java 17). */
export const MAX_MAJOR_VERSION = 61;
/** Minor version marking a class file that uses preview features (JVMS §4.1). */
export const PREVIEW_MINOR_VERSION = 0xffff;

/** Class flags the JVM recognizes (JVMS Table 4.1-B); other bits are ignored. */
const CLASS_FLAGS = 0xf631;

/** Parses and format-checks a class file; throws a LinkageFault subclass on malformed input. */
export function parseClassFile(bytes: Uint8Array, options: ParseOptions = {}): ClassFile {
  const ctx: ClassContext = new ClassContext(options.expectedName ?? '<unknown>');
  ctx.trusted = options.trusted ?? false;
  const r = new ByteReader(bytes);
  const magic = r.u4();
  if (magic !== MAGIC) ctx.fail(`Incompatible magic value ${magic}`, 0);
  const minorVersion = r.u2();
  const majorVersion = r.u2();
  checkVersion(bytes, majorVersion, minorVersion, options, ctx);
  ctx.majorVersion = majorVersion;

  const { entries: constantPool, moduleEntry } = parseConstantPool(r, ctx);
  const flagsAt = r.pos;
  let flags = r.u2();
  const thisAt = r.pos;
  const thisIndex = r.u2();
  const name = cpClassName(constantPool, thisIndex);
  if ((flags & Acc.Module) !== 0 && majorVersion >= 53) {
    // JVMS §4.1: a module-info is not a class; it cannot be loaded as one.
    throw new NoClassDefFoundError(`${options.expectedName ?? name ?? 'module-info'} is not a class because access_flag ACC_MODULE is set`);
  }
  if (moduleEntry !== null) ctx.fail(`Unknown constant tag ${moduleEntry.tag}`, moduleEntry.offset);
  if (name === undefined) ctx.fail(`Invalid this class index ${thisIndex} in constant pool`, thisAt);
  if (!isValidClassName(name)) ctx.fail(`Illegal class name "${name}"`, thisAt);
  if (options.expectedName === undefined) ctx.className = name;
  if (options.expectedName !== undefined && options.expectedName !== name) {
    throw new NoClassDefFoundError(`${options.expectedName} (wrong name: ${name})`);
  }
  // Before Java 6 an interface was implicitly abstract (JVMS §4.1, ACC_INTERFACE).
  if ((flags & Acc.Interface) !== 0 && majorVersion < 50) flags |= Acc.Abstract;
  if (illegalClassFlags(flags, majorVersion)) {
    ctx.failRaw(`Illegal class modifiers in class ${ctx.className}: 0x${flags.toString(16).toUpperCase()}`, flagsAt);
  }
  flags &= CLASS_FLAGS;
  const isInterface = (flags & Acc.Interface) !== 0;

  const superName = readSuper(r, constantPool, name, isInterface, ctx);
  const interfaces = readInterfaces(r, constantPool, ctx);
  const owner = { className: name, isInterface, pool: constantPool, ctx };
  const fields = parseFields(r, owner);
  const methods = parseMethods(r, owner);
  const attributes = parseClassAttributes(r, constantPool, ctx);
  if (r.remaining !== 0) ctx.failRaw(`Extra bytes at the end of class file ${ctx.className}`, r.pos);
  checkBootstrapIndices(constantPool, attributes.bootstrapMethods.length, attributes.hasBootstrapMethods, ctx, r.pos);

  return {
    minorVersion,
    majorVersion,
    constantPool,
    flags,
    name,
    superName,
    interfaces,
    fields,
    methods,
    sourceFile: attributes.sourceFile,
    signature: attributes.signature,
    bootstrapMethods: attributes.bootstrapMethods,
    innerClasses: attributes.innerClasses,
    enclosingMethod: attributes.enclosingMethod,
    nestHost: attributes.nestHost,
    nestMembers: attributes.nestMembers,
    permittedSubclasses: attributes.permittedSubclasses,
    record: attributes.record,
    ...(attributes.annotations !== undefined ? { annotations: attributes.annotations } : {}),
  };
}

/** JVMS §4.1 and HotSpot's checks of major/minor version, with HotSpot's messages. */
function checkVersion(bytes: Uint8Array, major: number, minor: number, options: ParseOptions, ctx: ClassContext): void {
  const version = `class file version ${major}.${minor}`;
  const unsupported = (message: string): never => {
    throw new UnsupportedClassVersionError(message, 4);
  };
  const name = (): string => options.expectedName ?? peekClassName(bytes) ?? ctx.className;
  if (major < MIN_MAJOR_VERSION) unsupported(`${name()} (${version}) was compiled with an invalid major version`);
  if (major > MAX_MAJOR_VERSION) {
    unsupported(
      `${name()} has been compiled by a more recent version of the Java Runtime (${version}), ` +
        `this version of the Java Runtime only recognizes class file versions up to ${MAX_MAJOR_VERSION}.0`,
    );
  }
  // Before Java 12 (major 56) every minor version is accepted.
  if (major < 56 || minor === 0) return;
  if (minor !== PREVIEW_MINOR_VERSION) unsupported(`${name()} (${version}) was compiled with an invalid non-zero minor version`);
  if (major !== MAX_MAJOR_VERSION) {
    unsupported(
      `${name()} (${version}) was compiled with preview features that are unsupported. This version of the ` +
        `Java Runtime only recognizes preview features for class file version ${MAX_MAJOR_VERSION}.${PREVIEW_MINOR_VERSION}`,
    );
  }
  if (options.enablePreview !== true) {
    unsupported(`Preview features are not enabled for ${name()} (${version}). Try running with '--enable-preview'`);
  }
}

/**
 * The name in `this_class`, read by parsing the constant pool as the newest version would, for
 * version messages when the caller gave no name; null when that fails too.
 */
function peekClassName(bytes: Uint8Array): string | null {
  try {
    const ctx: ClassContext = new ClassContext('<unknown>');
    ctx.majorVersion = MAX_MAJOR_VERSION;
    const r = new ByteReader(bytes, 8);
    const pool = parseConstantPool(r, ctx).entries;
    r.u2();
    return cpClassName(pool, r.u2()) ?? null;
  } catch (e) {
    if (e instanceof LinkageFault) return null;
    throw e;
  }
}

/** JVMS §4.1 access_flags rules for classes (HotSpot applies the ACC_SUPER/ENUM/ANNOTATION ones from 49). */
function illegalClassFlags(flags: number, major: number): boolean {
  const has = (f: number): boolean => (flags & f) !== 0;
  if (has(Acc.Abstract) && has(Acc.Final)) return true;
  if (has(Acc.Interface)) {
    if (!has(Acc.Abstract)) return true;
    return major >= 49 && has(Acc.Super | Acc.Enum);
  }
  return major >= 49 && has(Acc.Annotation);
}

/** JVMS §4.1 super_class: zero only for java/lang/Object; java/lang/Object for every interface. */
function readSuper(r: ByteReader, pool: readonly CpEntry[], name: string, isInterface: boolean, ctx: ClassContext): string | null {
  const at = r.pos;
  const index = r.u2();
  if (index === 0) {
    if (name !== 'java/lang/Object') ctx.fail('Invalid superclass index 0', at);
    return null;
  }
  const superName = cpClassName(pool, index);
  if (superName === undefined) ctx.fail(`Invalid superclass index ${index}`, at);
  if (superName[0] === '[') ctx.fail('Bad superclass name', at);
  if (name === 'java/lang/Object') ctx.fail('java/lang/Object has a superclass', at);
  if (isInterface && superName !== 'java/lang/Object') ctx.fail('Interfaces must have java.lang.Object as superclass', at);
  return superName;
}

/** JVMS §4.1 interfaces: Class entries, no array, no duplicates. */
function readInterfaces(r: ByteReader, pool: readonly CpEntry[], ctx: ClassContext): string[] {
  const count = r.u2();
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = r.pos;
    const index = r.u2();
    const name = cpClassName(pool, index);
    if (name === undefined || name[0] === '[') ctx.fail(`Interface name has bad constant pool index ${index}`, at);
    if (out.includes(name)) ctx.fail(`Duplicate interface name "${name}"`, at);
    out.push(name);
  }
  return out;
}

/** JVMS §4.4.10: every Dynamic and InvokeDynamic entry names an existing bootstrap method. */
function checkBootstrapIndices(pool: readonly CpEntry[], count: number, present: boolean, ctx: ClassContext, at: number): void {
  for (const e of pool) {
    if (e === null || (e.tag !== CpTag.Dynamic && e.tag !== CpTag.InvokeDynamic)) continue;
    if (!present) ctx.fail('Missing BootstrapMethods attribute', at);
    if (e.bootstrap >= count) ctx.fail('Short length on BootstrapMethods', at);
  }
}
