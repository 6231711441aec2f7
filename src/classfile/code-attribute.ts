/**
 * @fileoverview The Code attribute (JVMS §4.7.3) with its exception table and the attributes nested
 * in it: LineNumberTable (§4.7.12), LocalVariableTable (§4.7.13) and StackMapTable (§4.7.4, expanded
 * by stack-map.ts). Checks the format rules HotSpot applies when it parses (code length, table
 * ranges) and the static code constraints of code-check.ts, so the bytecode handed to the
 * interpreter is known to be well formed.
 */

import { ByteReader } from './byte-reader.js';
import { readAttributes, readUtf8Index, once } from './attributes.js';
import { checkInstructions, instructionStarts, CodeCheckContext } from './code-check.js';
import { cpClassName } from './constant-pool.js';
import { argSlots, externalMethodName, isValidFieldDescriptor, slotCount } from './descriptors.js';
import { ClassContext, LinkageFault } from './errors.js';
import { initialFrame, parseStackMapTable, StackMapContext } from './stack-map.js';
import { Acc, CodeAttribute, CpEntry, ExceptionHandler, LineNumber, LocalVariable, StackMapFrame } from './types.js';

/** The method a Code attribute belongs to. */
export interface CodeOwner {
  className: string;
  name: string;
  descriptor: string;
  flags: number;
}

/** JVMS §4.7.3: code_length must be greater than zero and less than 65536. */
export const MAX_CODE_LENGTH = 65535;

/** Reads the body of a Code attribute (`body` spans exactly the attribute). */
export function parseCodeAttribute(body: ByteReader, owner: CodeOwner, pool: readonly CpEntry[], ctx: ClassContext): CodeAttribute {
  const maxStack = body.u2();
  const maxLocals = body.u2();
  const lengthAt = body.pos;
  const codeLength = body.u4();
  if (codeLength === 0 || codeLength > MAX_CODE_LENGTH) ctx.fail(`Invalid method Code length ${codeLength}`, lengthAt);
  // JVMS §4.7.3: the arguments (with `this`) occupy the first local-variable slots.
  if (argSlots(owner.descriptor, (owner.flags & Acc.Static) !== 0) > maxLocals) ctx.fail("Arguments can't fit into locals", lengthAt);
  const codeOffset = body.pos;
  // A copy: the bytecode must stay exactly as loaded whatever happens to the caller's buffer.
  const code = body.view(codeLength).slice();
  const check: CodeCheckContext = {
    pool,
    majorVersion: ctx.majorVersion,
    maxLocals,
    className: owner.className,
    location: `${owner.className}.${owner.name}${owner.descriptor}`,
    codeOffset,
  };
  // Trusted code: every offset passes the boundary checks below, and no instruction is checked.
  const starts = ctx.trusted ? new Uint8Array(code.length).fill(1) : instructionStarts(code, check);
  const where = (): string => ` in method '${externalMethodName(owner.className, owner.name, owner.descriptor)}'`;
  const exceptionTable = parseExceptionTable(body, code, starts, pool, ctx, where);

  const initial = initialFrame(owner.className, owner.name, owner.descriptor, (owner.flags & Acc.Static) !== 0);
  let stackMap: StackMapFrame[] | null = ctx.majorVersion >= 50 ? [] : null;
  const lineNumbers: LineNumber[] = [];
  const localVariables: LocalVariable[] = [];
  const seen = new Set<string>();
  readAttributes(body, pool, ctx, (name, inner) => {
    switch (name) {
      case 'LineNumberTable':
        parseLineNumbers(inner, codeLength, ctx, lineNumbers);
        break;
      case 'LocalVariableTable':
        parseLocalVariables(inner, { codeLength, maxLocals, starts, where }, pool, ctx, localVariables);
        break;
      case 'StackMapTable':
        once(seen, name, inner, ctx);
        stackMap = readStackMap(inner, { pool, code, starts, maxLocals, maxStack, initial, where, location: check.location }, ctx);
        break;
      default:
        inner.skip(inner.remaining);
    }
  });
  if (!ctx.trusted) checkInstructions(code, starts, check);
  return { maxStack, maxLocals, code, exceptionTable, stackMap, lineNumbers, localVariables, initialFrame: initial };
}

/**
 * A version-50 class file whose StackMapTable is unusable falls back to inference (HotSpot's
 * failover to the old verifier, JVMS §4.10), so its faults give null instead of an error.
 */
function readStackMap(inner: ByteReader, smCtx: StackMapContext, ctx: ClassContext): StackMapFrame[] | null {
  if (ctx.majorVersion > 50) return parseStackMapTable(inner, smCtx);
  try {
    return parseStackMapTable(inner, smCtx);
  } catch (e) {
    if (!(e instanceof LinkageFault)) throw e;
    inner.pos = inner.end;
    return null;
  }
}

/** JVMS §4.7.3 exception_table: ranges inside the code, on instruction boundaries, catch type a class or 0. */
function parseExceptionTable(
  body: ByteReader,
  code: Uint8Array,
  starts: Uint8Array,
  pool: readonly CpEntry[],
  ctx: ClassContext,
  where: () => string,
): ExceptionHandler[] {
  const n = body.u2();
  const out: ExceptionHandler[] = [];
  for (let i = 0; i < n; i++) {
    const at = body.pos;
    const startPc = body.u2();
    const endPc = body.u2();
    const handlerPc = body.u2();
    const typeIndex = body.u2();
    if (startPc >= endPc || endPc > code.length) ctx.fail('Illegal exception table range', at);
    if (handlerPc >= code.length) ctx.fail('Illegal exception table handler', at);
    let catchType: string | null = null;
    if (typeIndex !== 0) {
      catchType = cpClassName(pool, typeIndex) ?? ctx.fail('Catch type in exception table has bad constant type', at);
    }
    // Checked by HotSpot's verifier, but still a ClassFormatError there.
    if (starts[startPc] !== 1) ctx.failRaw(`Illegal exception table start_pc ${startPc}${where()}`, at);
    if (endPc !== code.length && starts[endPc] !== 1) ctx.failRaw(`Illegal exception table end_pc ${endPc}${where()}`, at);
    if (starts[handlerPc] !== 1) ctx.failRaw(`Illegal exception table handler_pc ${handlerPc}${where()}`, at);
    out.push({ startPc, endPc, handlerPc, catchType });
  }
  return out;
}

/** JVMS §4.7.12: several LineNumberTable attributes may appear; their entries are concatenated. */
function parseLineNumbers(body: ByteReader, codeLength: number, ctx: ClassContext, out: LineNumber[]): void {
  const n = body.u2();
  for (let i = 0; i < n; i++) {
    const at = body.pos;
    const startPc = body.u2();
    const line = body.u2();
    if (startPc >= codeLength) ctx.fail('Invalid pc in LineNumberTable', at);
    out.push({ startPc, line });
  }
}

/** What the LocalVariableTable checks need to know about the code. */
interface LocalsContext {
  codeLength: number;
  maxLocals: number;
  starts: Uint8Array;
  where: () => string;
}

/**
 * JVMS §4.7.13: each variable's range lies in the code and starts and ends on instruction
 * boundaries (HotSpot's verifier checks those, as ClassFormatErrors), its slot(s) below max_locals.
 */
function parseLocalVariables(body: ByteReader, lc: LocalsContext, pool: readonly CpEntry[], ctx: ClassContext, out: LocalVariable[]): void {
  const n = body.u2();
  for (let i = 0; i < n; i++) {
    const at = body.pos;
    const startPc = body.u2();
    const length = body.u2();
    const name = readUtf8Index(body, pool, ctx, 'LocalVariableTable name');
    const descriptor = readUtf8Index(body, pool, ctx, 'LocalVariableTable descriptor');
    const index = body.u2();
    const endPc = startPc + length;
    if (startPc >= lc.codeLength) ctx.fail(`Invalid start_pc ${startPc} in LocalVariableTable`, at);
    if (endPc > lc.codeLength) ctx.fail(`Invalid length ${length} in LocalVariableTable`, at);
    if (!isValidFieldDescriptor(descriptor)) ctx.fail(`Invalid descriptor "${descriptor}" in LocalVariableTable`, at);
    if (index + slotCount(descriptor) > lc.maxLocals) ctx.fail(`Invalid index ${index} in LocalVariableTable`, at);
    if (lc.starts[startPc] !== 1) ctx.failRaw(`Illegal local variable table start_pc ${startPc}${lc.where()}`, at);
    if (endPc !== lc.codeLength && lc.starts[endPc] !== 1) ctx.failRaw(`Illegal local variable table length ${length}${lc.where()}`, at);
    out.push({ startPc, length, name, descriptor, index });
  }
}
