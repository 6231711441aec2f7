/**
 * @fileoverview Per-method interpreter side tables. The bytecode is never modified (analysis, JIT
 * side tables and images rely on it); instead `ops` is a copy in which resolved instructions are
 * replaced by "quick" variants, and `arg`/`ref` hold what resolution found, indexed by pc.
 */
import type { RtMethod } from '../runtime/model.js';

/** Quick opcodes, numbered after the last JVM opcode (0xc9). Each replaces a resolved instruction. */
export const enum Quick {
  getfield_i32 = 0xcb, // arg = field offset; int, reference
  getfield_f32,
  getfield_i64,
  getfield_f64,
  getfield_i8, // byte, boolean
  getfield_u16, // char
  getfield_i16, // short
  putfield_i32,
  putfield_f32,
  putfield_i64,
  putfield_f64,
  putfield_i8,
  putfield_i16, // char and short
  getstatic_i32, // arg = absolute address
  getstatic_f32,
  getstatic_i64,
  getstatic_f64,
  getstatic_i8,
  getstatic_u16,
  getstatic_i16,
  putstatic_i32,
  putstatic_f32,
  putstatic_i64,
  putstatic_f64,
  putstatic_i8,
  putstatic_i16,
  invokevirtual_q, // arg = vtable index, ref = resolved method (for argSlots)
  invoke_direct, // ref = the method (static, special, private, final; linked invokedynamic)
  invokeinterface_q, // ref = resolved interface method
  new_q, // arg = class id
  ldc_ref, // arg = index in the VM's constant-reference table
  checkcast_q, // ref = class
  instanceof_q, // ref = class
  anewarray_q, // ref = array class
  putfield_bool, // boolean fields store value & 1
  putstatic_bool,
  ldc_num, // ref = the int or float value
  ldc2_long, // arg = low word, ref = high word
  ldc2_double, // ref = the double
}

/** Interpreter data for one method. */
export class Prepared {
  readonly code: Uint8Array;
  /** Opcodes as dispatched; quickened in place. */
  readonly ops: Uint8Array;
  /** Integer operand of a quickened instruction, by pc. */
  readonly arg: Int32Array;
  /** Object operand of a quickened instruction, by pc. */
  readonly ref: unknown[];
  readonly maxLocals: number;
  /** Offset from `lp` to the operand stack base (locals, plus a lock slot for synchronized methods). */
  readonly stackOffset: number;

  constructor(readonly method: RtMethod) {
    const code = method.code!;
    this.code = code.code;
    this.ops = Uint8Array.from(code.code); // a copy: Buffer#slice would alias the bytecode
    this.arg = new Int32Array(code.code.length);
    this.ref = new Array(code.code.length);
    this.maxLocals = code.maxLocals;
    this.stackOffset = code.maxLocals + (method.isSynchronized ? 1 : 0);
  }
}

/** The method's prepared data, created on first use. */
export function prepared(m: RtMethod): Prepared {
  return (m.prepared as Prepared | null) ?? (m.prepared = new Prepared(m)) as Prepared;
}
