/**
 * @fileoverview The JVM instruction set (JVMS §6.5) as one declarative table, the single source of
 * truth for opcode numbers, mnemonics, instruction lengths and stack effects. The `Op` enum, the
 * disassembler, the analysis and the interpreter's coverage test all derive from it.
 *
 * Row: [mnemonic, length in bytes (0 = variable: tableswitch, lookupswitch, wide),
 *       slots popped, slots pushed (-1 = depends on a descriptor or dimension count)].
 * The trailing comment shows the stack effect, `before -> after`, top of stack on the right.
 * Generated once by hand-run script; edit the table, not the enum.
 */

/** One row of the opcode table. */
export interface OpcodeInfo {
  readonly code: number;
  readonly mnemonic: string;
  /** Instruction length in bytes including the opcode; 0 when it is variable. */
  readonly length: number;
  /** Operand-stack slots popped (long/double count 2); -1 when it depends on a descriptor. */
  readonly pops: number;
  /** Operand-stack slots pushed; -1 when it depends on a descriptor. */
  readonly pushes: number;
}

const TABLE: ReadonlyArray<readonly [string, number, number, number]> = [
  ['nop', 1, 0, 0], // 0x00 -
  ['aconst_null', 1, 0, 1], // 0x01 -> null
  ['iconst_m1', 1, 0, 1], // 0x02 -> -1
  ['iconst_0', 1, 0, 1], // 0x03 -> 0
  ['iconst_1', 1, 0, 1], // 0x04 -> 1
  ['iconst_2', 1, 0, 1], // 0x05 -> 2
  ['iconst_3', 1, 0, 1], // 0x06 -> 3
  ['iconst_4', 1, 0, 1], // 0x07 -> 4
  ['iconst_5', 1, 0, 1], // 0x08 -> 5
  ['lconst_0', 1, 0, 2], // 0x09 -> 0L
  ['lconst_1', 1, 0, 2], // 0x0a -> 1L
  ['fconst_0', 1, 0, 1], // 0x0b -> 0f
  ['fconst_1', 1, 0, 1], // 0x0c -> 1f
  ['fconst_2', 1, 0, 1], // 0x0d -> 2f
  ['dconst_0', 1, 0, 2], // 0x0e -> 0d
  ['dconst_1', 1, 0, 2], // 0x0f -> 1d
  ['bipush', 2, 0, 1], // 0x10 -> byte
  ['sipush', 3, 0, 1], // 0x11 -> short
  ['ldc', 2, 0, 1], // 0x12 -> constant
  ['ldc_w', 3, 0, 1], // 0x13 -> constant
  ['ldc2_w', 3, 0, 2], // 0x14 -> long/double constant
  ['iload', 2, 0, 1], // 0x15 -> local
  ['lload', 2, 0, 2], // 0x16 -> local
  ['fload', 2, 0, 1], // 0x17 -> local
  ['dload', 2, 0, 2], // 0x18 -> local
  ['aload', 2, 0, 1], // 0x19 -> local
  ['iload_0', 1, 0, 1], // 0x1a -> local0
  ['iload_1', 1, 0, 1], // 0x1b -> local1
  ['iload_2', 1, 0, 1], // 0x1c -> local2
  ['iload_3', 1, 0, 1], // 0x1d -> local3
  ['lload_0', 1, 0, 2], // 0x1e -> local0
  ['lload_1', 1, 0, 2], // 0x1f -> local1
  ['lload_2', 1, 0, 2], // 0x20 -> local2
  ['lload_3', 1, 0, 2], // 0x21 -> local3
  ['fload_0', 1, 0, 1], // 0x22 -> local0
  ['fload_1', 1, 0, 1], // 0x23 -> local1
  ['fload_2', 1, 0, 1], // 0x24 -> local2
  ['fload_3', 1, 0, 1], // 0x25 -> local3
  ['dload_0', 1, 0, 2], // 0x26 -> local0
  ['dload_1', 1, 0, 2], // 0x27 -> local1
  ['dload_2', 1, 0, 2], // 0x28 -> local2
  ['dload_3', 1, 0, 2], // 0x29 -> local3
  ['aload_0', 1, 0, 1], // 0x2a -> local0
  ['aload_1', 1, 0, 1], // 0x2b -> local1
  ['aload_2', 1, 0, 1], // 0x2c -> local2
  ['aload_3', 1, 0, 1], // 0x2d -> local3
  ['iaload', 1, 2, 1], // 0x2e arrayref index -> value
  ['laload', 1, 2, 2], // 0x2f arrayref index -> value
  ['faload', 1, 2, 1], // 0x30 arrayref index -> value
  ['daload', 1, 2, 2], // 0x31 arrayref index -> value
  ['aaload', 1, 2, 1], // 0x32 arrayref index -> value
  ['baload', 1, 2, 1], // 0x33 arrayref index -> value
  ['caload', 1, 2, 1], // 0x34 arrayref index -> value
  ['saload', 1, 2, 1], // 0x35 arrayref index -> value
  ['istore', 2, 1, 0], // 0x36 value ->
  ['lstore', 2, 2, 0], // 0x37 value ->
  ['fstore', 2, 1, 0], // 0x38 value ->
  ['dstore', 2, 2, 0], // 0x39 value ->
  ['astore', 2, 1, 0], // 0x3a value ->
  ['istore_0', 1, 1, 0], // 0x3b value ->
  ['istore_1', 1, 1, 0], // 0x3c value ->
  ['istore_2', 1, 1, 0], // 0x3d value ->
  ['istore_3', 1, 1, 0], // 0x3e value ->
  ['lstore_0', 1, 2, 0], // 0x3f value ->
  ['lstore_1', 1, 2, 0], // 0x40 value ->
  ['lstore_2', 1, 2, 0], // 0x41 value ->
  ['lstore_3', 1, 2, 0], // 0x42 value ->
  ['fstore_0', 1, 1, 0], // 0x43 value ->
  ['fstore_1', 1, 1, 0], // 0x44 value ->
  ['fstore_2', 1, 1, 0], // 0x45 value ->
  ['fstore_3', 1, 1, 0], // 0x46 value ->
  ['dstore_0', 1, 2, 0], // 0x47 value ->
  ['dstore_1', 1, 2, 0], // 0x48 value ->
  ['dstore_2', 1, 2, 0], // 0x49 value ->
  ['dstore_3', 1, 2, 0], // 0x4a value ->
  ['astore_0', 1, 1, 0], // 0x4b value ->
  ['astore_1', 1, 1, 0], // 0x4c value ->
  ['astore_2', 1, 1, 0], // 0x4d value ->
  ['astore_3', 1, 1, 0], // 0x4e value ->
  ['iastore', 1, 3, 0], // 0x4f arrayref index value ->
  ['lastore', 1, 4, 0], // 0x50 arrayref index value ->
  ['fastore', 1, 3, 0], // 0x51 arrayref index value ->
  ['dastore', 1, 4, 0], // 0x52 arrayref index value ->
  ['aastore', 1, 3, 0], // 0x53 arrayref index value ->
  ['bastore', 1, 3, 0], // 0x54 arrayref index value ->
  ['castore', 1, 3, 0], // 0x55 arrayref index value ->
  ['sastore', 1, 3, 0], // 0x56 arrayref index value ->
  ['pop', 1, 1, 0], // 0x57 a ->
  ['pop2', 1, 2, 0], // 0x58 a b ->
  ['dup', 1, 1, 2], // 0x59 a -> a a
  ['dup_x1', 1, 2, 3], // 0x5a b a -> a b a
  ['dup_x2', 1, 3, 4], // 0x5b c b a -> a c b a
  ['dup2', 1, 2, 4], // 0x5c b a -> b a b a
  ['dup2_x1', 1, 3, 5], // 0x5d c b a -> b a c b a
  ['dup2_x2', 1, 4, 6], // 0x5e d c b a -> b a d c b a
  ['swap', 1, 2, 2], // 0x5f b a -> a b
  ['iadd', 1, 2, 1], // 0x60 a b -> a+b
  ['ladd', 1, 4, 2], // 0x61 a b -> a+b
  ['fadd', 1, 2, 1], // 0x62 a b -> a+b
  ['dadd', 1, 4, 2], // 0x63 a b -> a+b
  ['isub', 1, 2, 1], // 0x64 a b -> a-b
  ['lsub', 1, 4, 2], // 0x65 a b -> a-b
  ['fsub', 1, 2, 1], // 0x66 a b -> a-b
  ['dsub', 1, 4, 2], // 0x67 a b -> a-b
  ['imul', 1, 2, 1], // 0x68 a b -> a*b
  ['lmul', 1, 4, 2], // 0x69 a b -> a*b
  ['fmul', 1, 2, 1], // 0x6a a b -> a*b
  ['dmul', 1, 4, 2], // 0x6b a b -> a*b
  ['idiv', 1, 2, 1], // 0x6c a b -> a/b
  ['ldiv', 1, 4, 2], // 0x6d a b -> a/b
  ['fdiv', 1, 2, 1], // 0x6e a b -> a/b
  ['ddiv', 1, 4, 2], // 0x6f a b -> a/b
  ['irem', 1, 2, 1], // 0x70 a b -> a%b
  ['lrem', 1, 4, 2], // 0x71 a b -> a%b
  ['frem', 1, 2, 1], // 0x72 a b -> a%b
  ['drem', 1, 4, 2], // 0x73 a b -> a%b
  ['ineg', 1, 1, 1], // 0x74 a -> -a
  ['lneg', 1, 2, 2], // 0x75 a -> -a
  ['fneg', 1, 1, 1], // 0x76 a -> -a
  ['dneg', 1, 2, 2], // 0x77 a -> -a
  ['ishl', 1, 2, 1], // 0x78 a n -> a<<n
  ['lshl', 1, 3, 2], // 0x79 a n -> a<<n
  ['ishr', 1, 2, 1], // 0x7a a n -> a>>n
  ['lshr', 1, 3, 2], // 0x7b a n -> a>>n
  ['iushr', 1, 2, 1], // 0x7c a n -> a>>>n
  ['lushr', 1, 3, 2], // 0x7d a n -> a>>>n
  ['iand', 1, 2, 1], // 0x7e a b -> a&b
  ['land', 1, 4, 2], // 0x7f a b -> a&b
  ['ior', 1, 2, 1], // 0x80 a b -> a|b
  ['lor', 1, 4, 2], // 0x81 a b -> a|b
  ['ixor', 1, 2, 1], // 0x82 a b -> a^b
  ['lxor', 1, 4, 2], // 0x83 a b -> a^b
  ['iinc', 3, 0, 0], // 0x84 - (local += const)
  ['i2l', 1, 1, 2], // 0x85 a -> (long)a
  ['i2f', 1, 1, 1], // 0x86 a -> (float)a
  ['i2d', 1, 1, 2], // 0x87 a -> (double)a
  ['l2i', 1, 2, 1], // 0x88 a -> (int)a
  ['l2f', 1, 2, 1], // 0x89 a -> (float)a
  ['l2d', 1, 2, 2], // 0x8a a -> (double)a
  ['f2i', 1, 1, 1], // 0x8b a -> (int)a
  ['f2l', 1, 1, 2], // 0x8c a -> (long)a
  ['f2d', 1, 1, 2], // 0x8d a -> (double)a
  ['d2i', 1, 2, 1], // 0x8e a -> (int)a
  ['d2l', 1, 2, 2], // 0x8f a -> (long)a
  ['d2f', 1, 2, 1], // 0x90 a -> (float)a
  ['i2b', 1, 1, 1], // 0x91 a -> (byte)a
  ['i2c', 1, 1, 1], // 0x92 a -> (char)a
  ['i2s', 1, 1, 1], // 0x93 a -> (short)a
  ['lcmp', 1, 4, 1], // 0x94 a b -> cmp(a,b)
  ['fcmpl', 1, 2, 1], // 0x95 a b -> cmp(a,b), NaN -> -1
  ['fcmpg', 1, 2, 1], // 0x96 a b -> cmp(a,b), NaN -> 1
  ['dcmpl', 1, 4, 1], // 0x97 a b -> cmp(a,b), NaN -> -1
  ['dcmpg', 1, 4, 1], // 0x98 a b -> cmp(a,b), NaN -> 1
  ['ifeq', 3, 1, 0], // 0x99 a -> (branch if a==0)
  ['ifne', 3, 1, 0], // 0x9a a -> (branch if a!=0)
  ['iflt', 3, 1, 0], // 0x9b a -> (branch if a<0)
  ['ifge', 3, 1, 0], // 0x9c a -> (branch if a>=0)
  ['ifgt', 3, 1, 0], // 0x9d a -> (branch if a>0)
  ['ifle', 3, 1, 0], // 0x9e a -> (branch if a<=0)
  ['if_icmpeq', 3, 2, 0], // 0x9f a b -> (branch if a==b)
  ['if_icmpne', 3, 2, 0], // 0xa0 a b -> (branch if a!=b)
  ['if_icmplt', 3, 2, 0], // 0xa1 a b -> (branch if a<b)
  ['if_icmpge', 3, 2, 0], // 0xa2 a b -> (branch if a>=b)
  ['if_icmpgt', 3, 2, 0], // 0xa3 a b -> (branch if a>b)
  ['if_icmple', 3, 2, 0], // 0xa4 a b -> (branch if a<=b)
  ['if_acmpeq', 3, 2, 0], // 0xa5 a b -> (branch if a==b)
  ['if_acmpne', 3, 2, 0], // 0xa6 a b -> (branch if a!=b)
  ['goto', 3, 0, 0], // 0xa7 - (branch)
  ['jsr', 3, 0, 1], // 0xa8 -> returnAddress
  ['ret', 2, 0, 0], // 0xa9 - (jump to returnAddress in local)
  ['tableswitch', 0, 1, 0], // 0xaa key ->
  ['lookupswitch', 0, 1, 0], // 0xab key ->
  ['ireturn', 1, 1, 0], // 0xac value -> (return)
  ['lreturn', 1, 2, 0], // 0xad value -> (return)
  ['freturn', 1, 1, 0], // 0xae value -> (return)
  ['dreturn', 1, 2, 0], // 0xaf value -> (return)
  ['areturn', 1, 1, 0], // 0xb0 value -> (return)
  ['return', 1, 0, 0], // 0xb1 - (return)
  ['getstatic', 3, -1, -1], // 0xb2 -> value
  ['putstatic', 3, -1, -1], // 0xb3 value ->
  ['getfield', 3, -1, -1], // 0xb4 objectref -> value
  ['putfield', 3, -1, -1], // 0xb5 objectref value ->
  ['invokevirtual', 3, -1, -1], // 0xb6 objectref args -> result
  ['invokespecial', 3, -1, -1], // 0xb7 objectref args -> result
  ['invokestatic', 3, -1, -1], // 0xb8 args -> result
  ['invokeinterface', 5, -1, -1], // 0xb9 objectref args -> result
  ['invokedynamic', 5, -1, -1], // 0xba args -> result
  ['new', 3, 0, 1], // 0xbb -> objectref
  ['newarray', 2, 1, 1], // 0xbc count -> arrayref
  ['anewarray', 3, 1, 1], // 0xbd count -> arrayref
  ['arraylength', 1, 1, 1], // 0xbe arrayref -> length
  ['athrow', 1, 1, 0], // 0xbf objectref -> (throw)
  ['checkcast', 3, 1, 1], // 0xc0 objectref -> objectref
  ['instanceof', 3, 1, 1], // 0xc1 objectref -> 0|1
  ['monitorenter', 1, 1, 0], // 0xc2 objectref ->
  ['monitorexit', 1, 1, 0], // 0xc3 objectref ->
  ['wide', 0, -1, -1], // 0xc4 (modifies next instruction)
  ['multianewarray', 4, -1, 1], // 0xc5 count... -> arrayref
  ['ifnull', 3, 1, 0], // 0xc6 a -> (branch if null)
  ['ifnonnull', 3, 1, 0], // 0xc7 a -> (branch if not null)
  ['goto_w', 5, 0, 0], // 0xc8 - (branch)
  ['jsr_w', 5, 0, 1], // 0xc9 -> returnAddress
];

/** Opcode numbers by mnemonic (`Op.iadd === 0x60`). */
export const enum Op {
  nop = 0x00,
  aconst_null = 0x01,
  iconst_m1 = 0x02,
  iconst_0 = 0x03,
  iconst_1 = 0x04,
  iconst_2 = 0x05,
  iconst_3 = 0x06,
  iconst_4 = 0x07,
  iconst_5 = 0x08,
  lconst_0 = 0x09,
  lconst_1 = 0x0a,
  fconst_0 = 0x0b,
  fconst_1 = 0x0c,
  fconst_2 = 0x0d,
  dconst_0 = 0x0e,
  dconst_1 = 0x0f,
  bipush = 0x10,
  sipush = 0x11,
  ldc = 0x12,
  ldc_w = 0x13,
  ldc2_w = 0x14,
  iload = 0x15,
  lload = 0x16,
  fload = 0x17,
  dload = 0x18,
  aload = 0x19,
  iload_0 = 0x1a,
  iload_1 = 0x1b,
  iload_2 = 0x1c,
  iload_3 = 0x1d,
  lload_0 = 0x1e,
  lload_1 = 0x1f,
  lload_2 = 0x20,
  lload_3 = 0x21,
  fload_0 = 0x22,
  fload_1 = 0x23,
  fload_2 = 0x24,
  fload_3 = 0x25,
  dload_0 = 0x26,
  dload_1 = 0x27,
  dload_2 = 0x28,
  dload_3 = 0x29,
  aload_0 = 0x2a,
  aload_1 = 0x2b,
  aload_2 = 0x2c,
  aload_3 = 0x2d,
  iaload = 0x2e,
  laload = 0x2f,
  faload = 0x30,
  daload = 0x31,
  aaload = 0x32,
  baload = 0x33,
  caload = 0x34,
  saload = 0x35,
  istore = 0x36,
  lstore = 0x37,
  fstore = 0x38,
  dstore = 0x39,
  astore = 0x3a,
  istore_0 = 0x3b,
  istore_1 = 0x3c,
  istore_2 = 0x3d,
  istore_3 = 0x3e,
  lstore_0 = 0x3f,
  lstore_1 = 0x40,
  lstore_2 = 0x41,
  lstore_3 = 0x42,
  fstore_0 = 0x43,
  fstore_1 = 0x44,
  fstore_2 = 0x45,
  fstore_3 = 0x46,
  dstore_0 = 0x47,
  dstore_1 = 0x48,
  dstore_2 = 0x49,
  dstore_3 = 0x4a,
  astore_0 = 0x4b,
  astore_1 = 0x4c,
  astore_2 = 0x4d,
  astore_3 = 0x4e,
  iastore = 0x4f,
  lastore = 0x50,
  fastore = 0x51,
  dastore = 0x52,
  aastore = 0x53,
  bastore = 0x54,
  castore = 0x55,
  sastore = 0x56,
  pop = 0x57,
  pop2 = 0x58,
  dup = 0x59,
  dup_x1 = 0x5a,
  dup_x2 = 0x5b,
  dup2 = 0x5c,
  dup2_x1 = 0x5d,
  dup2_x2 = 0x5e,
  swap = 0x5f,
  iadd = 0x60,
  ladd = 0x61,
  fadd = 0x62,
  dadd = 0x63,
  isub = 0x64,
  lsub = 0x65,
  fsub = 0x66,
  dsub = 0x67,
  imul = 0x68,
  lmul = 0x69,
  fmul = 0x6a,
  dmul = 0x6b,
  idiv = 0x6c,
  ldiv = 0x6d,
  fdiv = 0x6e,
  ddiv = 0x6f,
  irem = 0x70,
  lrem = 0x71,
  frem = 0x72,
  drem = 0x73,
  ineg = 0x74,
  lneg = 0x75,
  fneg = 0x76,
  dneg = 0x77,
  ishl = 0x78,
  lshl = 0x79,
  ishr = 0x7a,
  lshr = 0x7b,
  iushr = 0x7c,
  lushr = 0x7d,
  iand = 0x7e,
  land = 0x7f,
  ior = 0x80,
  lor = 0x81,
  ixor = 0x82,
  lxor = 0x83,
  iinc = 0x84,
  i2l = 0x85,
  i2f = 0x86,
  i2d = 0x87,
  l2i = 0x88,
  l2f = 0x89,
  l2d = 0x8a,
  f2i = 0x8b,
  f2l = 0x8c,
  f2d = 0x8d,
  d2i = 0x8e,
  d2l = 0x8f,
  d2f = 0x90,
  i2b = 0x91,
  i2c = 0x92,
  i2s = 0x93,
  lcmp = 0x94,
  fcmpl = 0x95,
  fcmpg = 0x96,
  dcmpl = 0x97,
  dcmpg = 0x98,
  ifeq = 0x99,
  ifne = 0x9a,
  iflt = 0x9b,
  ifge = 0x9c,
  ifgt = 0x9d,
  ifle = 0x9e,
  if_icmpeq = 0x9f,
  if_icmpne = 0xa0,
  if_icmplt = 0xa1,
  if_icmpge = 0xa2,
  if_icmpgt = 0xa3,
  if_icmple = 0xa4,
  if_acmpeq = 0xa5,
  if_acmpne = 0xa6,
  goto = 0xa7,
  jsr = 0xa8,
  ret = 0xa9,
  tableswitch = 0xaa,
  lookupswitch = 0xab,
  ireturn = 0xac,
  lreturn = 0xad,
  freturn = 0xae,
  dreturn = 0xaf,
  areturn = 0xb0,
  return = 0xb1,
  getstatic = 0xb2,
  putstatic = 0xb3,
  getfield = 0xb4,
  putfield = 0xb5,
  invokevirtual = 0xb6,
  invokespecial = 0xb7,
  invokestatic = 0xb8,
  invokeinterface = 0xb9,
  invokedynamic = 0xba,
  new = 0xbb,
  newarray = 0xbc,
  anewarray = 0xbd,
  arraylength = 0xbe,
  athrow = 0xbf,
  checkcast = 0xc0,
  instanceof = 0xc1,
  monitorenter = 0xc2,
  monitorexit = 0xc3,
  wide = 0xc4,
  multianewarray = 0xc5,
  ifnull = 0xc6,
  ifnonnull = 0xc7,
  goto_w = 0xc8,
  jsr_w = 0xc9,
}

/** Every defined opcode, indexed by opcode number (0x00..0xc9). */
export const OPCODES: ReadonlyArray<OpcodeInfo> = TABLE.map(([mnemonic, length, pops, pushes], code) => ({
  code,
  mnemonic,
  length,
  pops,
  pushes,
}));

/** Opcode number of the last defined instruction (jsr_w). */
export const LAST_OPCODE = 0xc9;

/** The table row for `code`, or undefined for an undefined opcode (0xca..0xff are reserved or unused). */
export function opcodeInfo(code: number): OpcodeInfo | undefined {
  return OPCODES[code];
}

/**
 * Length in bytes of the instruction at `pc`, including tableswitch/lookupswitch padding and the
 * `wide` prefix. Returns -1 when the instruction is undefined or runs past the end of `code`.
 */
export function instructionLength(code: Uint8Array, pc: number): number {
  const op = code[pc];
  if (op === undefined) return -1;
  if (op === Op.tableswitch || op === Op.lookupswitch) {
    const base = (pc + 4) & ~3; // JVMS §6.5 tableswitch: 0-3 bytes of padding to a multiple of 4
    if (base + 12 > code.length) return -1;
    if (op === Op.tableswitch) {
      const low = readI32(code, base + 4);
      const high = readI32(code, base + 8);
      if (high < low || high - low > 0xffff) return -1;
      const len = base + 12 + (high - low + 1) * 4 - pc;
      return pc + len <= code.length ? len : -1;
    }
    const npairs = readI32(code, base + 4);
    if (npairs < 0 || npairs > 0xffff) return -1;
    const len = base + 8 + npairs * 8 - pc;
    return pc + len <= code.length ? len : -1;
  }
  if (op === Op.wide) {
    const next = code[pc + 1];
    if (next === Op.iinc) return pc + 6 <= code.length ? 6 : -1;
    if (next === undefined) return -1;
    if ((next >= Op.iload && next <= Op.aload) || (next >= Op.istore && next <= Op.astore) || next === Op.ret) {
      return pc + 4 <= code.length ? 4 : -1;
    }
    return -1;
  }
  const info = OPCODES[op];
  if (info === undefined) return -1;
  return pc + info.length <= code.length ? info.length : -1;
}

/** Big-endian signed 32-bit read, as class files store multi-byte operands (JVMS §4.1). */
export function readI32(code: Uint8Array, at: number): number {
  return ((code[at]! << 24) | (code[at + 1]! << 16) | (code[at + 2]! << 8) | code[at + 3]!) | 0;
}

/** Big-endian signed 16-bit read. */
export function readI16(code: Uint8Array, at: number): number {
  return ((code[at]! << 24) >> 16) | code[at + 1]!;
}

/** Big-endian unsigned 16-bit read. */
export function readU16(code: Uint8Array, at: number): number {
  return (code[at]! << 8) | code[at + 1]!;
}
