/**
 * @fileoverview The exceptions compiled code raises itself (docs/deopt.md "Implicit exceptions in
 * compiled code"): a failed null check, bounds check, division by zero, checkcast, array store
 * check or array size. Compiled code passes the kind and its operands to the runtime's `newexc`
 * import, which builds here the exception the interpreter would throw at that instruction: the
 * same class and message (the interpreter's and HotSpot's wording, helpful NullPointerException
 * texts included), so whether the instruction ran compiled or interpreted cannot be told apart.
 */
import type { RtMethod } from '../src/runtime/model.js';
import { helpfulNpeMessage } from '../src/runtime/npe-message.js';
import type { Vm } from '../src/runtime/vm.js';

/** What failed, as compiled code passes it to `newexc` (with operands `a`, `b`). */
export const enum ImplicitKind {
  /** NullPointerException (getfield/putfield, arraylength, invoke receiver, athrow, monitorenter). */
  Null = 0,
  /** A bounds check of array `a`, index `b`: ArrayIndexOutOfBoundsException, or NPE for a null array. */
  Index = 1,
  /** ArithmeticException "/ by zero" of idiv, irem, ldiv, lrem. */
  DivideByZero = 2,
  /** ClassCastException of checkcast: object `a`, class id `b`. */
  ClassCast = 3,
  /** ArrayStoreException of aastore: value `b`. */
  ArrayStore = 4,
  /** NegativeArraySizeException of newarray/anewarray: count `a`. */
  NegativeSize = 5,
}

/**
 * Class and message of the exception the interpreter throws for `kind` at `pc` of `m` (the
 * innermost frame, inlined or not: a helpful NullPointerException text describes its bytecode).
 */
export function implicitException(vm: Vm, kind: ImplicitKind, a: number, b: number, m: RtMethod, pc: number): { javaClass: string; message: string | null } {
  // (A null array fails the bounds check too: arrayIndexError makes it an NPE.)
  const npe = kind === ImplicitKind.Null || (kind === ImplicitKind.Index && a === 0);
  const e = kind === ImplicitKind.Index ? vm.arrayIndexError(a, b)
    : kind === ImplicitKind.DivideByZero ? vm.divideByZero()
    : kind === ImplicitKind.ClassCast ? vm.classCastError(a, vm.registry.byId[b]!)
    : kind === ImplicitKind.ArrayStore ? vm.arrayStoreError(b)
    : kind === ImplicitKind.NegativeSize ? vm.negativeArraySize(a)
    : vm.npe();
  return { javaClass: e.javaClass, message: npe ? helpfulNpeMessage(vm, m, pc) : e.javaMessage };
}
