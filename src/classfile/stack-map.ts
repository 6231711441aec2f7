/**
 * @fileoverview The StackMapTable attribute (JVMS §4.7.4) expanded to full frames, and the implicit
 * initial frame a method starts with (JVMS §4.10.1.6). Compressed frames (same, chop, append, ...)
 * are deltas against the previous frame; expanding them once here lets the analysis read the types at
 * any frame's pc directly. Messages and error types follow HotSpot's verifier.
 */

import { ByteReader } from './byte-reader.js';
import { cpClassName } from './constant-pool.js';
import { parseMethodDescriptor } from './descriptors.js';
import { ClassFormatError, VerifyError } from './errors.js';
import { Op } from './opcodes.js';
import { CpEntry, StackMapFrame, VerificationType } from './types.js';

/** What the expansion needs to know about the method whose table it reads. */
export interface StackMapContext {
  pool: readonly CpEntry[];
  code: Uint8Array;
  /** 1 at every pc where an instruction starts. */
  starts: Uint8Array;
  maxLocals: number;
  maxStack: number;
  /** The implicit frame at the start of the method, the base of the first delta. */
  initial: StackMapFrame;
  /** Suffix naming the method in messages: ` in method 'int Foo.bar(int)'` (built only for errors). */
  where: () => string;
  /** The method as verifier messages locate it: `Foo.bar(I)I`. */
  location: string;
}

const TOP: VerificationType = { kind: 'top' };
const INT: VerificationType = { kind: 'int' };
const FLOAT: VerificationType = { kind: 'float' };
const LONG: VerificationType = { kind: 'long' };
const DOUBLE: VerificationType = { kind: 'double' };
const NULL: VerificationType = { kind: 'null' };
const UNINITIALIZED_THIS: VerificationType = { kind: 'uninitializedThis' };

/** Verification type of a value with field descriptor `desc` (JVMS §4.10.1.2): narrow ints become int. */
export function verificationTypeOf(desc: string): VerificationType {
  switch (desc[0]) {
    case 'B':
    case 'C':
    case 'I':
    case 'S':
    case 'Z':
      return INT;
    case 'F':
      return FLOAT;
    case 'J':
      return LONG;
    case 'D':
      return DOUBLE;
    case 'L':
      return { kind: 'object', className: desc.slice(1, -1) };
    default:
      return { kind: 'object', className: desc };
  }
}

/**
 * The frame at pc 0 (JVMS §4.10.1.6): `this` (uninitializedThis in a constructor other than
 * Object's), then one entry per parameter; the stack is empty.
 */
export function initialFrame(className: string, name: string, descriptor: string, isStatic: boolean): StackMapFrame {
  const locals: VerificationType[] = [];
  if (!isStatic) {
    locals.push(name === '<init>' && className !== 'java/lang/Object' ? UNINITIALIZED_THIS : { kind: 'object', className });
  }
  for (const p of parseMethodDescriptor(descriptor).params) locals.push(verificationTypeOf(p));
  return { pc: 0, locals, stack: [] };
}

/** Local-variable or stack slots a list of verification types occupies (long and double take two). */
export function slotsOf(types: readonly VerificationType[]): number {
  let n = 0;
  for (const t of types) n += t.kind === 'long' || t.kind === 'double' ? 2 : 1;
  return n;
}

/** Reads a StackMapTable body from `r` (a window over exactly the attribute) and expands every frame. */
export function parseStackMapTable(r: ByteReader, ctx: StackMapContext): StackMapFrame[] {
  // Overruns of the attribute are a format error of their own (HotSpot: "access beyond the end").
  const body = new ByteReader(r.bytes, r.pos, r.end, 'StackMapTable format error: access beyond the end of attribute');
  // HotSpot names the method only in the messages about frame contents, not about the encoding.
  const formatError = (what: string, named = false): never => {
    throw new ClassFormatError(`StackMapTable format error: ${what}${named ? ctx.where() : ''}`, body.pos);
  };
  const count = body.u2();
  const frames: StackMapFrame[] = [];
  let prev = ctx.initial;
  for (let n = 0; n < count; n++) {
    const frameAt = body.pos;
    const type = body.u1();
    let delta: number;
    let locals = prev.locals;
    let stack: VerificationType[] = [];
    if (type < 64) {
      delta = type; // same_frame
    } else if (type < 128) {
      delta = type - 64; // same_locals_1_stack_item_frame
      stack = [readType(body, ctx, formatError)];
    } else if (type < 247) {
      return formatError('reserved frame type');
    } else if (type === 247) {
      delta = body.u2(); // same_locals_1_stack_item_frame_extended
      stack = [readType(body, ctx, formatError)];
    } else if (type < 251) {
      delta = body.u2(); // chop_frame: the last 251-type locals are absent
      const k = 251 - type;
      if (k > locals.length) formatError('bad type array size', true);
      locals = locals.slice(0, locals.length - k);
    } else if (type === 251) {
      delta = body.u2(); // same_frame_extended
    } else if (type < 255) {
      delta = body.u2(); // append_frame: type-251 more locals
      locals = locals.slice();
      for (let k = type - 251; k > 0; k--) locals.push(readType(body, ctx, formatError));
    } else {
      delta = body.u2(); // full_frame
      locals = readTypes(body, ctx, formatError);
      stack = readTypes(body, ctx, formatError);
    }
    if (slotsOf(locals) > ctx.maxLocals || slotsOf(stack) > ctx.maxStack) formatError('bad type array size', true);
    // JVMS §4.7.4: the first frame is at offset_delta, each later one at previous + offset_delta + 1.
    const pc = n === 0 ? delta : prev.pc + delta + 1;
    if (pc >= ctx.code.length || ctx.starts[pc] !== 1) {
      throw new VerifyError(`StackMapTable error: bad offset\nException Details:\n  Location:\n    ${ctx.location}`, frameAt);
    }
    const frame: StackMapFrame = { pc, locals, stack };
    frames.push(frame);
    prev = frame;
  }
  if (body.remaining !== 0) formatError('wrong attribute size');
  r.pos = body.pos;
  return frames;
}

function readTypes(r: ByteReader, ctx: StackMapContext, formatError: (what: string, named?: boolean) => never): VerificationType[] {
  const n = r.u2();
  const out: VerificationType[] = [];
  for (let i = 0; i < n; i++) out.push(readType(r, ctx, formatError));
  return out;
}

/** One verification_type_info (JVMS §4.7.4). */
function readType(r: ByteReader, ctx: StackMapContext, formatError: (what: string, named?: boolean) => never): VerificationType {
  const tag = r.u1();
  switch (tag) {
    case 0:
      return TOP;
    case 1:
      return INT;
    case 2:
      return FLOAT;
    case 3:
      return DOUBLE;
    case 4:
      return LONG;
    case 5:
      return NULL;
    case 6:
      return UNINITIALIZED_THIS;
    case 7: {
      const className = cpClassName(ctx.pool, r.u2());
      return className === undefined ? formatError('bad class index') : { kind: 'object', className };
    }
    case 8: {
      // The offset must be that of the `new` instruction that created the object.
      const offset = r.u2();
      if (offset >= ctx.code.length || ctx.starts[offset] !== 1 || ctx.code[offset] !== Op.new) {
        formatError('bad offset for Uninitialized', true);
      }
      return { kind: 'uninitialized', offset };
    }
    default:
      return formatError('bad verification type');
  }
}
