/**
 * @fileoverview Finds probe points in javac output: a call `at("label")` or `m("label")` compiles to
 * `ldc "label"` followed by `invokestatic`; the pc of that ldc is where a test checks the kinds
 * (the state of the surrounding Java code, before the probe pushes anything).
 */
import { Op, readU16 } from '../../../src/classfile/opcodes.js';
import { CpTag, type ClassFile, type MethodInfo } from '../../../src/classfile/types.js';
import { decodeInstructions } from '../../../src/analysis/instructions.js';
import type { Compiled } from './javac.js';

/** One place where the probe `label` is called. */
export interface Probe {
  cls: ClassFile;
  method: MethodInfo;
  pc: number;
}

/** Every probe with `label` in `classes` (a `finally` body copied by javac gives several). */
export function probes(classes: Compiled, label: string): Probe[] {
  const found: Probe[] = [];
  for (const cls of classes.values()) {
    for (const method of cls.methods) {
      const code = method.code?.code;
      if (code === undefined) continue;
      const { starts } = decodeInstructions(code, () => {
        throw new Error('bad code');
      });
      for (let i = 0; i + 1 < starts.length; i++) {
        const pc = starts[i]!;
        const op = code[pc]!;
        if (op !== Op.ldc && op !== Op.ldc_w) continue;
        const index = op === Op.ldc ? code[pc + 1]! : readU16(code, pc + 1);
        const entry = cls.constantPool[index];
        if (entry?.tag === CpTag.String && entry.value === label && code[starts[i + 1]!] === Op.invokestatic) {
          found.push({ cls, method, pc });
        }
      }
    }
  }
  if (found.length === 0) throw new Error(`no probe ${label}`);
  return found;
}
