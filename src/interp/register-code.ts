/**
 * @fileoverview The instruction form the interpreter loop dispatches on ("register code"). The
 * bytecode stays unchanged (analysis, JIT side tables and images rely on it); each method gets a
 * parallel Int32Array `q` with four words per bytecode pc, describing what to run when control
 * reaches that pc. Because the JVM operand-stack depth at every pc is static (JVMS §4.10), stack
 * operands are addressed like locals, by slot offset from the frame's local 0 (`lp`), so the loop
 * needs no run-time stack pointer. A pure push (load of a local, int constant) followed by the
 * instruction that consumes it is folded into one instruction reading the local or constant
 * directly, and a result followed by a store to a local is written there directly: one dispatch
 * instead of two to four. See docs/interpreter-performance.md.
 *
 * Encoding at index `4 * pc`:
 * ```
 *  word 0:  op (bits 0-7) | length in bytes of the bytecode run it covers (bits 8-13) | A << 14
 *  word 1:  B
 *  word 2:  C
 *  word 3:  D = lp-relative operand-stack top before the instruction at pc (stack base + depth)
 * ```
 * A is an unsigned slot, or for branches the signed distance in pcs from this entry's pc to the
 * target; B and C are slots, or C an int immediate (`_K` ops), field offset or static address.
 * Long and double constants that instructions consume live after the method's entries, in its
 * constant area (four words per constant, so doubles stay 8-byte aligned). Jumping into the middle of a fused
 * run is fine: every pc keeps its own entry. Frames still hold the JVM pc and sp (docs/frame-layout.md):
 * the loop writes back `pc = q >> 2` and `sp = lp + D` whenever it leaves or may be observed.
 */

/** Register-code operations. Operands: A = w0 >>> 14, B = q[i+1], C = q[i+2]; "s" means a slot read or written. */
export const enum R {
  /** Not a reachable instruction start (or a pop/nop): skip `length` bytes. */
  NOP = 0,
  /** Resolve the instruction through linkage.ts, retranslate, dispatch again. */
  RESOLVE,
  /** Executed out of line by cold-ops.ts on the frame's JVM state. */
  COLD,
  /** sA = sB. */
  MOV,
  /** sA,sA+1 = sB,sB+1. */
  MOV2,
  /** sA = C. */
  CONST,
  /** sA = B (low word), sA+1 = C (high word): a long constant. */
  CONST2,
  /** sA = the double whose bits are B (low), C (high); sA+1 = 0. */
  CONSTD,
  /** sA = the float whose double bits are B, C (one slot). */
  CONSTF,
  /** sA = vm.constRefs[C] (String and Class constants). */
  LDC_REF,
  IADD, IADD_K, ISUB, IMUL, IMUL_K, IAND, IAND_K, IOR, IOR_K, IXOR, IXOR_K,
  ISHL, ISHL_K, ISHR, ISHR_K, IUSHR, IUSHR_K,
  /** Throw ArithmeticException when sC is 0. */
  IDIV, IREM,
  /** C is a non-zero constant. */
  IDIV_K, IREM_K,
  INEG,
  /** sB += C. */
  IINC,
  /** sB += C, then jump by A. */
  IINC_GOTO,
  I2L, I2F, I2D, I2B, I2C, I2S, L2F, L2D, F2I, F2L, D2I, D2L, D2F,
  /** Two-slot operands: sA = sB op sC. */
  LADD, LSUB, LMUL, LAND, LOR, LXOR, LDIV, LREM,
  /** sA = sB shifted by int sC, or by C in the _K forms. */
  LSHL, LSHR, LUSHR, LSHL_K, LSHR_K, LUSHR_K,
  LNEG,
  /** sA (int) = compare(sB, sC). */
  LCMP, FCMPL, FCMPG, DCMPL, DCMPG,
  FADD, FSUB, FMUL, FDIV, FREM, FNEG,
  DADD, DSUB, DMUL, DDIV, DREM, DNEG,
  /**
   * Long and double operations with a constant second operand, stored in the method's constant
   * area of the code space: its words are at index q + C (long: low, high; double: 8-byte aligned).
   */
  LADD_K, LSUB_K, LMUL_K, LAND_K, LOR_K, LXOR_K, LCMP_K, DADD_K, DSUB_K, DMUL_K, DDIV_K, DCMPL_K, DCMPG_K,
  /** if (sB op sC) jump by A pcs. */
  IF_EQ, IF_NE, IF_LT, IF_GE, IF_GT, IF_LE,
  /** if (sB op C) jump by A pcs. */
  IF_EQ_K, IF_NE_K, IF_LT_K, IF_GE_K, IF_GT_K, IF_LE_K,
  GOTO,
  /** if (sB < length of array sC) / if (sB >= length of array sC) jump by A pcs: a loop over an array. */
  IF_LT_ALEN, IF_GE_ALEN,
  /** sA = element sC of array sB. */
  IALOAD, LALOAD, FALOAD, DALOAD, BALOAD, CALOAD, SALOAD,
  /** element sC of array sB = sA. */
  IASTORE, LASTORE, FASTORE, DASTORE, AASTORE, BASTORE, SASTORE,
  ARRAYLENGTH,
  /** sA = field at offset C of object sB. */
  GETFIELD_I32, GETFIELD_F32, GETFIELD_I64, GETFIELD_F64, GETFIELD_I8, GETFIELD_U16, GETFIELD_I16,
  /** field at offset C of object sB = sA. */
  PUTFIELD_I32, PUTFIELD_F32, PUTFIELD_I64, PUTFIELD_F64, PUTFIELD_I8, PUTFIELD_BOOL, PUTFIELD_I16,
  /** sA = static at address C. */
  GETSTATIC_I32, GETSTATIC_F32, GETSTATIC_I64, GETSTATIC_F64, GETSTATIC_I8, GETSTATIC_U16, GETSTATIC_I16,
  /** static at address C = sA. */
  PUTSTATIC_I32, PUTSTATIC_F32, PUTSTATIC_I64, PUTSTATIC_F64, PUTSTATIC_I8, PUTSTATIC_BOOL, PUTSTATIC_I16,
  /**
   * Calls; the method is in `ref[pc]`, the vtable index in C; arguments end at D. DIRECT: private,
   * final, super and constructor calls (receiver checked for null); STATIC: no receiver.
   */
  INVOKE_VIRTUAL, INVOKE_INTERFACE, INVOKE_DIRECT, INVOKE_STATIC,
  /** sA = new instance of the class in `ref[pc]`. */
  NEW,
  /** sA = new array of class `ref[pc]` with sB elements. */
  NEWARRAY,
  /** sA = sB after checking it against the class in `ref[pc]`. */
  CHECKCAST,
  /** sA = sB instanceof the class in `ref[pc]`. */
  INSTANCEOF,
  /** Return sB (one slot, two slots, nothing). */
  IRETURN, LRETURN, RETURN,
  /** Throw sB. */
  ATHROW,
}

/** Bit position of operand A in word 0. */
export const A_SHIFT = 14;
/** Largest operand A (a slot; read with `w >>> 14`). */
export const A_MAX = (1 << 18) - 1;
/** Smallest operand A (a backward branch distance; read with `w >> 14`). */
export const A_MIN = -(1 << 17);
/** Longest bytecode run one entry may cover. */
export const MAX_RUN = 63;

/** Word 0 of an entry. */
export function word0(op: R, length: number, a: number): number {
  return op | (length << 8) | (a << A_SHIFT);
}
