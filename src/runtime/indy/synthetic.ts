/**
 * @fileoverview The request and result types of call-site spinning, in their own module so that
 * index.ts (the dispatcher) and the per-bootstrap spinners can share them without an import cycle.
 */

import type { ClassFile } from '../../classfile/types.js';

/** What the VM asks for when an `invokedynamic` instruction is linked. */
export interface CallSiteRequest {
  /** Parsed class containing the invokedynamic instruction. */
  caller: ClassFile;
  /** Constant-pool index of its CONSTANT_InvokeDynamic entry. */
  cpIndex: number;
  /** Internal name the VM wants for the generated class, e.g. `Main$$Lambda$3` (unique per VM). */
  syntheticName: string;
}

/** A generated class whose static method implements one call site. */
export interface SyntheticClass {
  /** Internal name (the requested syntheticName). */
  name: string;
  /**
   * A complete class file that needs no StackMapTable: version 49.0, or 52.0 for a lambda whose
   * implementation is a static or private interface method (its methods never branch, lambda.ts).
   */
  bytes: Uint8Array;
  /** Name of the public static method implementing the call site. */
  methodName: string;
  /** Its descriptor: exactly the call site's descriptor. */
  methodDescriptor: string;
}
