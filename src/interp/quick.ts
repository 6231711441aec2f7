/**
 * @fileoverview The "quick" opcodes linkage.ts writes into `Prepared.ops` when it resolves an
 * instruction (the bytecode itself is never modified). A module of its own, without imports, so
 * that prepared.ts and translate.ts can both use it without an import cycle.
 */

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
