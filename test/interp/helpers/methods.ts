/**
 * @fileoverview Interpreter tests' view of compiled code: stand-ins for the runtime's RtMethod
 * carrying just what preparation reads (code, flags, owner class file), and Prepared instances
 * built from them in a private code space. The Java comes from the real javac
 * (test/analysis/helpers/javac.ts) or from the analysis tests' assembler.
 */
import type { ClassFile, MethodInfo } from '../../../src/classfile/types.js';
import type { RtMethod } from '../../../src/runtime/model.js';
import { CodeSpace } from '../../../src/interp/code-space.js';
import { Prepared } from '../../../src/interp/prepared.js';

/** A stand-in for the RtMethod of `method` in `cls` with the fields preparation uses. */
export function fakeMethod(cls: ClassFile, method: MethodInfo): RtMethod {
  return {
    info: method,
    code: method.code,
    isSynchronized: (method.flags & 0x0020) !== 0,
    isStatic: (method.flags & 0x0008) !== 0,
    owner: { file: cls, name: cls.name },
    prepared: null,
    toString: () => `${cls.name}.${method.name}${method.descriptor}`,
  } as unknown as RtMethod;
}

/** Prepares `method` of `cls` in `space` (a fresh one by default). */
export function prepare(cls: ClassFile, method: MethodInfo, space = new CodeSpace()): Prepared {
  return new Prepared(fakeMethod(cls, method), space);
}

/** Every method with code of every class, as [class, method]. */
export function methodsWithCode(classes: ReadonlyMap<string, ClassFile>): Array<[ClassFile, MethodInfo]> {
  const out: Array<[ClassFile, MethodInfo]> = [];
  for (const cls of classes.values()) for (const m of cls.methods) if (m.code !== null) out.push([cls, m]);
  return out;
}
