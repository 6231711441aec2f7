/**
 * @fileoverview Reflective calls (Constructor.newInstance, Method.invoke) by generating a small
 * class per member, as HotSpot's MethodAccessorGenerator does once a member gets hot:
 *
 * ```
 * final synthetic class <name> implements jdk/internal/reflect/MethodAccessor {
 *   <init>()                                       Object's constructor
 *   public Object invoke(Object target, Object[] args)
 *       [new C; dup]  [target as C]  args[i] unboxed/cast to parameter i ...
 *       invokespecial|invokestatic|invokevirtual|invokeinterface C.m(desc)
 *       result boxed (null for void; the new object for a constructor); areturn
 * }
 * ```
 *
 * The Java side (java.lang.reflect.Executable) has already checked the receiver and the argument
 * count and turned every argument into exactly the parameter's wrapper type (widening included),
 * so the casts here cannot fail; whatever the call throws is the target's own exception, which the
 * Java side wraps in InvocationTargetException. The class needs no StackMapTable (version 49,
 * straight-line code) and, being synthetic, may call private members (no access checks).
 */
import { parseMethodDescriptor } from '../../classfile/descriptors.js';
import { Op } from '../../classfile/opcodes.js';
import { Acc } from '../../classfile/types.js';
import { ClassWriter } from './class-writer.js';
import { emitBox, emitConversion, isPrimitive, wrapperOf } from './conversions.js';

/** The interface every accessor implements (src/classlib/jdk/internal/reflect/MethodAccessor.java). */
export const METHOD_ACCESSOR = 'jdk/internal/reflect/MethodAccessor';

/** How the member is called. */
export const enum AccessorKind {
  Constructor = 0,
  Static = 1,
  Virtual = 2,
  Interface = 3,
}

/**
 * Generates the accessor class `name` for `owner.member(descriptor)`; `ownerIsInterface` for the
 * static methods of interfaces, which need an InterfaceMethodref and so class-file version 52.
 */
export function spinAccessor(name: string, owner: string, member: string, descriptor: string, kind: AccessorKind, ownerIsInterface: boolean): Uint8Array {
  const { params, ret } = parseMethodDescriptor(descriptor);
  const staticOfInterface = kind === AccessorKind.Static && ownerIsInterface;
  const cw = new ClassWriter({
    name, superName: 'java/lang/Object', interfaces: [METHOD_ACCESSOR], flags: Acc.Final | Acc.Super | Acc.Synthetic, majorVersion: staticOfInterface ? 52 : 49,
  });
  const init = cw.addMethod(Acc.Public, '<init>', '()V');
  init.op(Op.aload_0).invoke(Op.invokespecial, 'java/lang/Object', '<init>', '()V').op(Op.return);

  const code = cw.addMethod(Acc.Public, 'invoke', '(Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;');
  if (kind === AccessorKind.Constructor) code.typeInstruction(Op.new, owner).op(Op.dup);
  if (kind === AccessorKind.Virtual || kind === AccessorKind.Interface) code.op(Op.aload_1).typeInstruction(Op.checkcast, owner);
  params.forEach((p, i) => {
    code.op(Op.aload_2).iconst(i).op(Op.aaload);
    emitConversion(code, 'Ljava/lang/Object;', p, isPrimitive(p) ? `L${wrapperOf(p)};` : p);
  });
  switch (kind) {
    case AccessorKind.Constructor:
      code.invoke(Op.invokespecial, owner, '<init>', descriptor);
      break;
    case AccessorKind.Static:
      code.invoke(Op.invokestatic, owner, member, descriptor, staticOfInterface);
      break;
    case AccessorKind.Virtual:
      code.invoke(Op.invokevirtual, owner, member, descriptor);
      break;
    case AccessorKind.Interface:
      code.invoke(Op.invokeinterface, owner, member, descriptor, true);
      break;
  }
  if (kind !== AccessorKind.Constructor) {
    if (ret === 'V') code.op(Op.aconst_null);
    else if (isPrimitive(ret)) emitBox(code, ret);
  }
  code.op(Op.areturn);
  return cw.toBytes();
}

/** The interface every field accessor implements (src/classlib/jdk/internal/reflect/FieldAccessor.java). */
export const FIELD_ACCESSOR = 'jdk/internal/reflect/FieldAccessor';

/**
 * Generates the accessor class `name` for field `owner.field` of type `descriptor`
 * (java.lang.reflect.Field.get/set):
 *
 * ```
 * final synthetic class <name> implements jdk/internal/reflect/FieldAccessor {
 *   public Object get(Object target)             [target as C] getfield|getstatic C.f; boxed; areturn
 *   public void set(Object target, Object value) [target as C] value unboxed/cast; putfield|putstatic C.f
 * }
 * ```
 *
 * getstatic/putstatic initialize the declaring class, as the JDK's field access does. Field has
 * already checked the receiver, the final-field rules and the value (boxed as exactly the field's
 * wrapper type), so the casts cannot fail. Being synthetic, the class may write final fields.
 */
export function spinFieldAccessor(name: string, owner: string, field: string, descriptor: string, isStatic: boolean): Uint8Array {
  const cw = new ClassWriter({
    name, superName: 'java/lang/Object', interfaces: [FIELD_ACCESSOR], flags: Acc.Final | Acc.Super | Acc.Synthetic, majorVersion: 49,
  });
  const init = cw.addMethod(Acc.Public, '<init>', '()V');
  init.op(Op.aload_0).invoke(Op.invokespecial, 'java/lang/Object', '<init>', '()V').op(Op.return);

  const get = cw.addMethod(Acc.Public, 'get', '(Ljava/lang/Object;)Ljava/lang/Object;');
  if (isStatic) get.getStatic(owner, field, descriptor);
  else get.op(Op.aload_1).typeInstruction(Op.checkcast, owner).getField(owner, field, descriptor);
  if (isPrimitive(descriptor)) emitBox(get, descriptor);
  get.op(Op.areturn);

  const set = cw.addMethod(Acc.Public, 'set', '(Ljava/lang/Object;Ljava/lang/Object;)V');
  if (!isStatic) set.op(Op.aload_1).typeInstruction(Op.checkcast, owner);
  set.op(Op.aload_2);
  emitConversion(set, 'Ljava/lang/Object;', descriptor, isPrimitive(descriptor) ? `L${wrapperOf(descriptor)};` : descriptor);
  if (isStatic) set.putStatic(owner, field, descriptor);
  else set.putField(owner, field, descriptor);
  set.op(Op.return);
  return cw.toBytes();
}
