/**
 * @fileoverview Reads an `invokedynamic` call site out of a parsed class (JVMS §4.4.10, §4.7.23,
 * §5.4.3.6): its name and descriptor, its bootstrap method handle and its static arguments decoded
 * into plain values. The spinners (string concatenation, lambdas, record methods) work on this form
 * and never index the constant pool themselves. Every problem becomes a `BootstrapMethodError`, the
 * error JVMS §5.4.3.6 says call-site specifier resolution throws.
 */

import { ClassFile, CpEntry, CpTag, RefKind } from '../../classfile/types.js';
import { JavaThrow } from '../errors.js';

/** A CONSTANT_MethodHandle with the member it refers to (JVMS §4.4.8). */
export interface MethodHandleArg {
  kind: 'methodHandle';
  refKind: RefKind;
  /** Internal name of the class or interface in the reference. */
  owner: string;
  name: string;
  /** Field descriptor for field kinds, method descriptor otherwise. */
  descriptor: string;
  /** True when the reference is an InterfaceMethodref. */
  isInterface: boolean;
}

/** A static argument of a bootstrap method, decoded from its loadable constant (JVMS §4.4, Table 4.4-C). */
export type StaticArg =
  | { kind: 'string'; value: string }
  | { kind: 'int'; value: number }
  | { kind: 'float'; value: number }
  | { kind: 'long'; value: bigint }
  | { kind: 'double'; value: number }
  /** A Class constant: internal name or array descriptor. */
  | { kind: 'class'; name: string }
  | { kind: 'methodType'; descriptor: string }
  | MethodHandleArg
  /** A CONSTANT_Dynamic; no supported bootstrap accepts one. */
  | { kind: 'dynamic'; name: string; descriptor: string };

/** An `invokedynamic` call site with everything its bootstrap method would be given. */
export interface CallSiteInfo {
  /** The class containing the instruction. */
  caller: ClassFile;
  /** Constant-pool index of the CONSTANT_InvokeDynamic entry. */
  cpIndex: number;
  /** The call site's name (the SAM name for lambdas, the method name for record methods). */
  name: string;
  /** The call site's method descriptor. */
  descriptor: string;
  /** Index of the row in the BootstrapMethods attribute. */
  bootstrapIndex: number;
  /** The bootstrap method. */
  bootstrap: MethodHandleArg;
  /** The static arguments, in order. */
  args: StaticArg[];
}

/** A `java/lang/BootstrapMethodError` with `message`, for the caller to throw. */
export function bootstrapError(message: string): JavaThrow {
  return new JavaThrow('java/lang/BootstrapMethodError', message);
}

/** `invokedynamic #12 in p/Main`, the prefix of every message about a call site. */
export function describeSite(site: { caller: ClassFile; cpIndex: number }): string {
  return `invokedynamic #${site.cpIndex} in ${site.caller.name}`;
}

/** Decodes the call site at pool index `cpIndex` of `caller`; throws BootstrapMethodError when it is malformed. */
export function readCallSite(caller: ClassFile, cpIndex: number): CallSiteInfo {
  const where = describeSite({ caller, cpIndex });
  const entry = caller.constantPool[cpIndex];
  if (entry === undefined || entry === null || entry.tag !== CpTag.InvokeDynamic) {
    throw bootstrapError(`${where}: constant-pool entry is not a CONSTANT_InvokeDynamic`);
  }
  const row = caller.bootstrapMethods[entry.bootstrap];
  if (row === undefined) throw bootstrapError(`${where}: no bootstrap method #${entry.bootstrap}`);
  const bootstrap = decodeArg(caller.constantPool, row.methodHandle, where);
  if (bootstrap.kind !== 'methodHandle') throw bootstrapError(`${where}: bootstrap method is not a method handle`);
  return {
    caller,
    cpIndex,
    name: entry.name,
    descriptor: entry.descriptor,
    bootstrapIndex: entry.bootstrap,
    bootstrap,
    args: row.args.map((index) => decodeArg(caller.constantPool, index, where)),
  };
}

/** Decodes the loadable constant at `index` (JVMS §5.4.3.6 step 2, without resolving classes). */
function decodeArg(pool: readonly CpEntry[], index: number, where: string): StaticArg {
  const e = pool[index];
  if (e === undefined || e === null) throw bootstrapError(`${where}: bad static argument index ${index}`);
  switch (e.tag) {
    case CpTag.String:
      return { kind: 'string', value: e.value };
    case CpTag.Integer:
      return { kind: 'int', value: e.value };
    case CpTag.Float:
      return { kind: 'float', value: e.value };
    case CpTag.Long:
      return { kind: 'long', value: (BigInt(e.hi) << 32n) | BigInt(e.lo >>> 0) };
    case CpTag.Double:
      return { kind: 'double', value: e.value };
    case CpTag.Class:
      return { kind: 'class', name: e.name };
    case CpTag.MethodType:
      return { kind: 'methodType', descriptor: e.descriptor };
    case CpTag.Dynamic:
      return { kind: 'dynamic', name: e.name, descriptor: e.descriptor };
    case CpTag.MethodHandle: {
      const ref = pool[e.ref];
      if (ref == null || (ref.tag !== CpTag.Fieldref && ref.tag !== CpTag.Methodref && ref.tag !== CpTag.InterfaceMethodref)) {
        throw bootstrapError(`${where}: method handle #${index} refers to no member`);
      }
      return {
        kind: 'methodHandle',
        refKind: e.kind,
        owner: ref.owner,
        name: ref.name,
        descriptor: ref.descriptor,
        isInterface: ref.tag === CpTag.InterfaceMethodref,
      };
    }
    default:
      throw bootstrapError(`${where}: constant #${index} cannot be a static argument`);
  }
}

/** Java's spelling of a method handle for messages: `REF_invokeStatic p/Main.m(I)V`. */
export function describeHandle(h: MethodHandleArg): string {
  const kinds = ['', 'getField', 'getStatic', 'putField', 'putStatic', 'invokeVirtual', 'invokeStatic', 'invokeSpecial', 'newInvokeSpecial', 'invokeInterface'];
  const sep = h.refKind <= RefKind.PutStatic ? ':' : '';
  return `REF_${kinds[h.refKind] ?? h.refKind} ${h.owner}.${h.name}${sep}${h.descriptor}`;
}
