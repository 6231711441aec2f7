/**
 * @fileoverview The comparable summary of a class file, computed once from Tern's parse and once
 * from javap's listing, so a test can compare them with one `toEqual` and get a readable diff.
 */
import { parseMethodDescriptor } from '../../../src/classfile/descriptors.js';
import { instructionLength } from '../../../src/classfile/opcodes.js';
import { Acc, ClassFile } from '../../../src/classfile/types.js';
import type { JavapClass } from './javap.js';

/** Shape of one method's Code attribute. */
export interface CodeSummary {
  stack: number;
  locals: number;
  argsSize: number;
  lastPc: number;
  exceptionRows: number;
  lineNumbers: number;
  localVariables: number;
  stackMapFrames: number;
}

/** Everything the tests compare about a class. */
export interface ClassSummary {
  version: string;
  flags: number;
  thisClass: string;
  superClass: string | null;
  counts: [number, number, number];
  poolLength: number;
  members: { descriptor: string; flags: number; code: CodeSummary | null; exceptions: string[]; signature: string | null }[];
  sourceFile: string | null;
  signature: string | null;
  bootstrapMethods: number;
  innerClasses: number;
  enclosingMethod: boolean;
  nestHost: string | null;
  nestMembers: string[];
  permittedSubclasses: string[];
  recordComponents: number | null;
}

/** Summary of Tern's parse. */
export function summarizeParsed(cf: ClassFile): ClassSummary {
  const members = [
    ...cf.fields.map((f) => ({ descriptor: f.descriptor, flags: f.flags, code: null, exceptions: [], signature: f.signature })),
    ...cf.methods.map((m) => {
      const c = m.code;
      let code: CodeSummary | null = null;
      if (c !== null) {
        let lastPc = 0;
        for (let pc = 0; pc < c.code.length; pc += instructionLength(c.code, pc)) lastPc = pc;
        code = {
          stack: c.maxStack,
          locals: c.maxLocals,
          // javap's args_size counts parameters (and `this`), not local-variable slots.
          argsSize: parseMethodDescriptor(m.descriptor).params.length + ((m.flags & Acc.Static) !== 0 ? 0 : 1),
          lastPc,
          exceptionRows: c.exceptionTable.length,
          lineNumbers: c.lineNumbers.length,
          localVariables: c.localVariables.length,
          stackMapFrames: c.stackMap?.length ?? 0,
        };
      }
      return { descriptor: m.descriptor, flags: m.flags, code, exceptions: m.exceptions.map((e) => e.replace(/\//g, '.')), signature: m.signature };
    }),
  ];
  return {
    version: `${cf.majorVersion}.${cf.minorVersion}`,
    flags: cf.flags,
    thisClass: cf.name,
    superClass: cf.superName,
    counts: [cf.interfaces.length, cf.fields.length, cf.methods.length],
    poolLength: cf.constantPool.length,
    members,
    sourceFile: cf.sourceFile,
    signature: cf.signature,
    bootstrapMethods: cf.bootstrapMethods.length,
    innerClasses: cf.innerClasses.length,
    enclosingMethod: cf.enclosingMethod !== null,
    nestHost: cf.nestHost,
    nestMembers: cf.nestMembers,
    permittedSubclasses: cf.permittedSubclasses,
    recordComponents: cf.record?.length ?? null,
  };
}

/** Summary of javap's listing. */
export function summarizeJavap(j: JavapClass): ClassSummary {
  const wide = j.lastPoolTag === 'Long' || j.lastPoolTag === 'Double';
  return {
    version: `${j.major}.${j.minor}`,
    flags: j.flags,
    thisClass: j.thisClass,
    superClass: j.superClass,
    counts: [j.interfaceCount, j.fieldCount, j.methodCount],
    poolLength: j.lastPoolIndex + (wide ? 2 : 1),
    members: j.members.map((m) => ({
      descriptor: m.descriptor,
      flags: m.flags,
      code:
        m.code === null
          ? null
          : {
              stack: m.code.stack,
              locals: m.code.locals,
              argsSize: m.code.argsSize,
              lastPc: m.code.lastPc,
              exceptionRows: m.code.exceptionRows,
              lineNumbers: m.code.lineNumbers,
              localVariables: m.code.localVariables,
              stackMapFrames: m.code.stackMapFrames,
            },
      exceptions: m.exceptions,
      signature: m.signature,
    })),
    sourceFile: j.sourceFile,
    signature: j.signature,
    bootstrapMethods: j.bootstrapMethods,
    innerClasses: j.innerClasses,
    enclosingMethod: j.enclosingMethod,
    nestHost: j.nestHost,
    nestMembers: j.nestMembers,
    permittedSubclasses: j.permittedSubclasses,
    recordComponents: j.recordComponents,
  };
}
