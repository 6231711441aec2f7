/**
 * @fileoverview The error the analysis raises for bytecode it cannot type: stack underflow or
 * overflow against max_stack, a slot read with the wrong kind (also after a merge of conflicting
 * kinds), inconsistent stack heights where control flow merges, jumps into the middle of an
 * instruction, StackMapTable frames that contradict the code. It is a `VerifyError` of the
 * class-file layer (so the runtime turns it into `java.lang.VerifyError` like every other
 * linkage fault) that also names the class, method and pc, with a message shaped like HotSpot's.
 */
import { VerifyError } from '../classfile/errors.js';
import { opcodeInfo } from '../classfile/opcodes.js';
import type { ClassFile, MethodInfo } from '../classfile/types.js';

/** A VerifyError found by bytecode analysis, located at a pc of a method. */
export class BytecodeVerifyError extends VerifyError {
  /** Internal name of the class declaring the method. */
  readonly className: string;
  /** Name of the method. */
  readonly methodName: string;
  /** Descriptor of the method. */
  readonly methodDescriptor: string;
  /** Bytecode offset of the offending instruction, or -1 when the fault is not at one instruction. */
  readonly pc: number;
  /** The one-line explanation (the message's `Reason:` part). */
  readonly reason: string;

  constructor(cls: ClassFile, method: MethodInfo, pc: number, headline: string, reason: string) {
    const code = method.code?.code;
    const op = pc >= 0 && code !== undefined ? code[pc] : undefined;
    const mnemonic = op === undefined ? '' : `: ${opcodeInfo(op)?.mnemonic ?? `opcode 0x${op.toString(16)}`}`;
    const where = pc >= 0 ? ` @${pc}${mnemonic}` : '';
    // HotSpot's layout (JDK 17): headline, then "Exception Details" with Location and Reason.
    super(
      `${headline}\nException Details:\n  Location:\n    ${cls.name}.${method.name}${method.descriptor}${where}\n` +
        `  Reason:\n    ${reason}`,
      -1,
    );
    this.className = cls.name;
    this.methodName = method.name;
    this.methodDescriptor = method.descriptor;
    this.pc = pc;
    this.reason = reason;
  }
}

/** Raises a {@link BytecodeVerifyError} for the method being analysed. */
export type Fail = (pc: number, headline: string, reason: string) => never;

/** A {@link Fail} bound to one method. */
export function failFor(cls: ClassFile, method: MethodInfo): Fail {
  return (pc, headline, reason) => {
    throw new BytecodeVerifyError(cls, method, pc, headline, reason);
  };
}
