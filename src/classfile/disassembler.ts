/**
 * @fileoverview A `javap -c` style listing of a method's bytecode, one instruction per line with
 * constant-pool operands resolved in a trailing comment, followed by the exception table. Used by
 * tools (`tern inspect`), debug output and error reports. The layout matches JDK 17's javap so that
 * listings can be diffed against it; everything is derived from the opcode table.
 */

import { Op, OPCODES, instructionLength, readI16, readI32, readU16 } from './opcodes.js';
import { javaDoubleToString, javaFloatToString } from './java-number-format.js';
import { ClassFile, CpEntry, CpTag, MethodInfo, RefKind } from './types.js';

/** Column at which javap starts the `//` comment of an instruction line. */
const COMMENT_COLUMN = 44;

/** JVMS §6.5 newarray atype codes. */
const ARRAY_TYPES: Readonly<Record<number, string>> = {
  4: 'boolean',
  5: 'char',
  6: 'float',
  7: 'double',
  8: 'byte',
  9: 'short',
  10: 'int',
  11: 'long',
};

const REF_KIND_NAMES: Readonly<Record<number, string>> = {
  [RefKind.GetField]: 'REF_getField',
  [RefKind.GetStatic]: 'REF_getStatic',
  [RefKind.PutField]: 'REF_putField',
  [RefKind.PutStatic]: 'REF_putStatic',
  [RefKind.InvokeVirtual]: 'REF_invokeVirtual',
  [RefKind.InvokeStatic]: 'REF_invokeStatic',
  [RefKind.InvokeSpecial]: 'REF_invokeSpecial',
  [RefKind.NewInvokeSpecial]: 'REF_newInvokeSpecial',
  [RefKind.InvokeInterface]: 'REF_invokeInterface',
};

/** The listing javap prints under a method's `Code:` line (instructions, then the exception table). */
export function disassembleMethod(cf: ClassFile, method: MethodInfo): string {
  const code = method.code;
  if (code === null) return '';
  const lines: string[] = [];
  for (let pc = 0; pc < code.code.length; ) {
    const len = instructionLength(code.code, pc);
    if (len <= 0) {
      lines.push(`${pcPrefix(pc)}<bad instruction 0x${code.code[pc]!.toString(16)}>`);
      break;
    }
    lines.push(...disassembleInstruction(cf, code.code, pc));
    pc += len;
  }
  if (code.exceptionTable.length > 0) {
    lines.push('    Exception table:', '       from    to  target type');
    for (const h of code.exceptionTable) {
      const type = h.catchType === null ? 'any' : `Class ${h.catchType}`;
      lines.push(`       ${pad(h.startPc, 5)} ${pad(h.endPc, 5)} ${pad(h.handlerPc, 5)}   ${type}`);
    }
  }
  // javap drops trailing white space (visible when a string constant ends with a space).
  return lines.map((l) => l.trimEnd()).join('\n');
}

/** The line(s) for the instruction at `pc` (switches take several); `code` must be well formed there. */
export function disassembleInstruction(cf: ClassFile, code: Uint8Array, pc: number): string[] {
  const op = code[pc]!;
  if (op === Op.wide) return [wideLine(code, pc)];
  const name = OPCODES[op]?.mnemonic ?? `0x${op.toString(16)}`;
  const head = `${pcPrefix(pc)}${name}`;
  const withOperand = (operand: string): string => `${head}${' '.repeat(Math.max(1, 14 - name.length))}${operand}`;
  const withComment = (operand: string, index: number): string => {
    const text = withOperand(operand);
    return `${text.padEnd(COMMENT_COLUMN - 1)} // ${describeConstant(cf, index)}`;
  };
  switch (op) {
    case Op.bipush:
      return [withOperand(String((code[pc + 1]! << 24) >> 24))];
    case Op.sipush:
      return [withOperand(String(readI16(code, pc + 1)))];
    case Op.ldc:
      return [withComment(`#${code[pc + 1]!}`, code[pc + 1]!)];
    case Op.newarray:
      return [withOperand(` ${ARRAY_TYPES[code[pc + 1]!] ?? code[pc + 1]!}`)];
    case Op.iinc:
      return [withOperand(`${code[pc + 1]!}, ${(code[pc + 2]! << 24) >> 24}`)];
    case Op.invokeinterface:
      return [withComment(`#${readU16(code, pc + 1)},  ${code[pc + 3]!}`, readU16(code, pc + 1))];
    case Op.invokedynamic:
      return [withComment(`#${readU16(code, pc + 1)},  0`, readU16(code, pc + 1))];
    case Op.multianewarray:
      return [withComment(`#${readU16(code, pc + 1)},  ${code[pc + 3]!}`, readU16(code, pc + 1))];
    case Op.goto_w:
    case Op.jsr_w:
      return [withOperand(String(pc + readI32(code, pc + 1)))];
    case Op.tableswitch:
    case Op.lookupswitch:
      return switchLines(code, pc, head);
    default:
      break;
  }
  if ((op >= Op.ifeq && op <= Op.jsr) || op === Op.ifnull || op === Op.ifnonnull) {
    return [withOperand(String(pc + readI16(code, pc + 1)))];
  }
  if ((op >= Op.iload && op <= Op.aload) || (op >= Op.istore && op <= Op.astore) || op === Op.ret) {
    return [withOperand(String(code[pc + 1]!))];
  }
  if (OPCODES[op]?.length === 3 && op >= Op.ldc_w) {
    // Every other 3-byte instruction from ldc_w on takes a constant-pool index.
    return [withComment(`#${readU16(code, pc + 1)}`, readU16(code, pc + 1))];
  }
  return [head];
}

/** javap spells `wide xload n` as `xload_w n` and `wide iinc` as `iinc_w`. */
function wideLine(code: Uint8Array, pc: number): string {
  const inner = code[pc + 1]!;
  const name = `${OPCODES[inner]?.mnemonic ?? '?'}_w`;
  const operand = inner === Op.iinc ? `${readU16(code, pc + 2)}, ${readI16(code, pc + 4)}` : String(readU16(code, pc + 2));
  return `${pcPrefix(pc)}${name}${' '.repeat(Math.max(1, 14 - name.length))}${operand}`;
}

function switchLines(code: Uint8Array, pc: number, head: string): string[] {
  const base = (pc + 4) & ~3; // JVMS §6.5 tableswitch: padding to a multiple of 4
  const defaultTarget = pc + readI32(code, base);
  const lines: string[] = [];
  const entry = (key: string, target: number): string => `${key.padStart(22)}: ${target}`;
  if (code[pc] === Op.tableswitch) {
    const low = readI32(code, base + 4);
    const high = readI32(code, base + 8);
    lines.push(`${head}   { // ${low} to ${high}`);
    for (let k = low, i = 0; k <= high; k++, i++) lines.push(entry(String(k), pc + readI32(code, base + 12 + 4 * i)));
  } else {
    const npairs = readI32(code, base + 4);
    lines.push(`${head}  { // ${npairs}`);
    for (let i = 0; i < npairs; i++) {
      lines.push(entry(String(readI32(code, base + 8 + 8 * i)), pc + readI32(code, base + 12 + 8 * i)));
    }
  }
  lines.push(entry('default', defaultTarget), '          }');
  return lines;
}

/** javap's description of a constant-pool entry in an instruction comment, e.g. `Method java/lang/Object."<init>":()V`. */
export function describeConstant(cf: ClassFile, index: number): string {
  const e: CpEntry | undefined = cf.constantPool[index];
  if (e == null) return `<invalid #${index}>`;
  switch (e.tag) {
    case CpTag.Utf8:
      return `Utf8 ${e.value}`;
    case CpTag.Integer:
      return `int ${e.value}`;
    case CpTag.Float:
      return `float ${javaFloatToString(e.value)}f`;
    case CpTag.Long:
      return `long ${(BigInt(e.hi) << 32n) | BigInt(e.lo >>> 0)}l`;
    case CpTag.Double:
      return `double ${javaDoubleToString(e.value)}d`;
    case CpTag.Class:
      return `class ${quoteName(e.name, true)}`;
    case CpTag.String:
      return `String ${escapeString(e.value)}`;
    case CpTag.Fieldref:
      return `Field ${memberRef(cf, e.owner, e.name, e.descriptor)}`;
    case CpTag.Methodref:
      return `Method ${memberRef(cf, e.owner, e.name, e.descriptor)}`;
    case CpTag.InterfaceMethodref:
      return `InterfaceMethod ${memberRef(cf, e.owner, e.name, e.descriptor)}`;
    case CpTag.NameAndType:
      return `NameAndType ${quoteName(e.name, false)}:${e.descriptor}`;
    case CpTag.MethodHandle: {
      const target = describeConstant(cf, e.ref).replace(/^\S+ /, '');
      return `MethodHandle ${REF_KIND_NAMES[e.kind]} ${target}`;
    }
    case CpTag.MethodType:
      return `MethodType ${e.descriptor}`;
    case CpTag.Dynamic:
      return `Dynamic #${e.bootstrap}:${quoteName(e.name, false)}:${e.descriptor}`;
    case CpTag.InvokeDynamic:
      return `InvokeDynamic #${e.bootstrap}:${quoteName(e.name, false)}:${e.descriptor}`;
    case CpTag.Module:
      return `Module ${e.name}`;
    case CpTag.Package:
      return `Package ${e.name}`;
  }
}

/** `owner.name:desc`, leaving out the owner when it is the class being listed, as javap does. */
function memberRef(cf: ClassFile, owner: string, name: string, descriptor: string): string {
  const prefix = owner === cf.name ? '' : `${quoteName(owner, true)}.`;
  return `${prefix}${quoteName(name, false)}:${descriptor}`;
}

/** javap quotes names that are not (slash-separated) Java identifiers: `"<init>"`, `"[I"`. */
function quoteName(name: string, isClass: boolean): string {
  const parts = isClass ? name.split('/') : [name];
  const plain = parts.every((p) => /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(p));
  return plain ? name : `"${name}"`;
}

/** javap's escaping of string constants: C-style escapes, \uXXXX for other control characters. */
function escapeString(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    switch (ch) {
      case '\\': out += '\\\\'; break;
      case '"': out += '\\"'; break;
      case "'": out += "\\'"; break;
      case '\b': out += '\\b'; break;
      case '\f': out += '\\f'; break;
      case '\n': out += '\\n'; break;
      case '\r': out += '\\r'; break;
      case '\t': out += '\\t'; break;
      default:
        out += c < 0x20 || (c >= 0x7f && c < 0xa0) ? `\\u${c.toString(16).padStart(4, '0')}` : ch;
    }
  }
  return out;
}

function pcPrefix(pc: number): string {
  return `    ${pad(pc, 4)}: `;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width);
}
