/**
 * @fileoverview Reflective calls without natives calling back into Java: for a constructor or
 * method chosen through java.lang.reflect, the VM spins a small hidden class implementing
 * `jdk/internal/reflect/TernReflection$Invoker` whose `invoke(Object target, Object[] args)` is
 * plain bytecode: unpack and unbox the arguments, call the member with the matching instruction,
 * box the result. The class library checks and converts the arguments first (exact wrapper types,
 * argument count, receiver type), so the generated code never branches and needs no
 * StackMapTable (version 49, like the lambda classes of src/runtime/indy).
 */
import { Op } from '../classfile/opcodes.js';
import { parseMethodDescriptor } from '../classfile/descriptors.js';
import { Acc } from '../classfile/types.js';
import { ClassWriter } from './indy/class-writer.js';
import { emitBox, isPrimitive, wrapperOf } from './indy/conversions.js';

/** Internal name of the interface every invoker implements. */
export const INVOKER_INTERFACE = 'jdk/internal/reflect/TernReflection$Invoker';

/** How the member is called (the `kind` argument of TernReflection.newInvoker). */
export const enum InvokeKind {
  Constructor = 0,
  Static = 1,
  Virtual = 2,
  Interface = 3,
  StaticInterface = 4,
}

const UNBOX: Readonly<Record<string, string>> = {
  Z: 'booleanValue', B: 'byteValue', S: 'shortValue', C: 'charValue', I: 'intValue', J: 'longValue', F: 'floatValue', D: 'doubleValue',
};

/** The class file of an invoker named `name` that calls `owner.member descriptor` the `kind` way. */
export function spinInvoker(name: string, owner: string, member: string, descriptor: string, kind: InvokeKind): Uint8Array {
  const needs52 = kind === InvokeKind.Interface || kind === InvokeKind.StaticInterface;
  const cw = new ClassWriter({
    name, superName: 'java/lang/Object', interfaces: [INVOKER_INTERFACE],
    flags: Acc.Public | Acc.Final | Acc.Super | Acc.Synthetic, majorVersion: needs52 ? 52 : 49,
  });
  cw.addMethod(Acc.Public, '<init>', '()V').op(Op.aload_0).invoke(Op.invokespecial, 'java/lang/Object', '<init>', '()V').op(Op.return);
  const code = cw.addMethod(Acc.Public, 'invoke', '(Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;');
  const { params, ret } = parseMethodDescriptor(descriptor);
  if (kind === InvokeKind.Constructor) code.typeInstruction(Op.new, owner).op(Op.dup);
  else if (kind === InvokeKind.Virtual || kind === InvokeKind.Interface) code.op(Op.aload_1).typeInstruction(Op.checkcast, owner);
  params.forEach((p, i) => {
    code.op(Op.aload_2).iconst(i).op(Op.aaload);
    if (isPrimitive(p)) {
      const w = wrapperOf(p);
      code.typeInstruction(Op.checkcast, w).invoke(Op.invokevirtual, w, UNBOX[p]!, `()${p}`);
    } else if (p !== 'Ljava/lang/Object;') {
      code.typeInstruction(Op.checkcast, p[0] === 'L' ? p.slice(1, -1) : p);
    }
  });
  switch (kind) {
    case InvokeKind.Constructor:
      code.invoke(Op.invokespecial, owner, '<init>', descriptor).op(Op.areturn);
      return cw.toBytes();
    case InvokeKind.Static:
      code.invoke(Op.invokestatic, owner, member, descriptor);
      break;
    case InvokeKind.StaticInterface:
      code.invoke(Op.invokestatic, owner, member, descriptor, true);
      break;
    case InvokeKind.Virtual:
      code.invoke(Op.invokevirtual, owner, member, descriptor);
      break;
    case InvokeKind.Interface:
      code.invoke(Op.invokeinterface, owner, member, descriptor, true);
      break;
  }
  if (ret === 'V') code.op(Op.aconst_null);
  else if (isPrimitive(ret)) emitBox(code, ret);
  code.op(Op.areturn);
  return cw.toBytes();
}
