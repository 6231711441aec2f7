/**
 * @fileoverview java.lang.reflect.Proxy classes: one generated class per interface list, as the
 * JDK's ProxyGenerator makes them, but with the Method lookup and the exception rule left to Java
 * (Proxy.dispatch), so the code here is straight-line (version 49, no StackMapTable):
 *
 * ```
 * public final synthetic class <name> extends java/lang/reflect/Proxy implements I1, ..., In {
 *   public <init>(InvocationHandler h)       Proxy.<init>(h)
 *   public final R m_k(P1 a1, ...)           Proxy.dispatch(this, k, args boxed in an Object[] or null)
 *                                            result: popped (void), cast, or cast to the wrapper and unboxed
 * }
 * ```
 */
import { parseMethodDescriptor } from '../../classfile/descriptors.js';
import { Op } from '../../classfile/opcodes.js';
import { Acc } from '../../classfile/types.js';
import { ClassWriter } from './class-writer.js';
import { argumentSlots, emitBox, emitConversion, isPrimitive, OBJECT, wrapperOf } from './conversions.js';

const PROXY = 'java/lang/reflect/Proxy';
const DISPATCH = '(Ljava/lang/reflect/Proxy;I[Ljava/lang/Object;)Ljava/lang/Object;';

/** One proxy method: its name and descriptor; its index is its position in the list. */
export interface ProxyMethod {
  name: string;
  descriptor: string;
}

/** Generates proxy class `name` implementing `interfaces` (internal names) with `methods`. */
export function spinProxyClass(name: string, interfaces: readonly string[], methods: readonly ProxyMethod[]): Uint8Array {
  const cw = new ClassWriter({ name, superName: PROXY, interfaces, flags: Acc.Public | Acc.Final | Acc.Super | Acc.Synthetic, majorVersion: 49 });
  const init = cw.addMethod(Acc.Public, '<init>', '(Ljava/lang/reflect/InvocationHandler;)V');
  init.op(Op.aload_0).op(Op.aload_1).invoke(Op.invokespecial, PROXY, '<init>', '(Ljava/lang/reflect/InvocationHandler;)V').op(Op.return);
  methods.forEach((m, index) => {
    const { params, ret } = parseMethodDescriptor(m.descriptor);
    const code = cw.addMethod(Acc.Public | Acc.Final, m.name, m.descriptor);
    code.op(Op.aload_0).iconst(index);
    if (params.length === 0) {
      code.op(Op.aconst_null);
    } else {
      // Instance method: slot 0 is `this`, the parameters follow.
      const slots = argumentSlots(params).map((s) => s + 1);
      code.iconst(params.length).typeInstruction(Op.anewarray, 'java/lang/Object');
      params.forEach((p, i) => {
        code.op(Op.dup).iconst(i).load(p, slots[i]!);
        if (isPrimitive(p)) emitBox(code, p);
        code.op(Op.aastore);
      });
    }
    code.invoke(Op.invokestatic, PROXY, 'dispatch', DISPATCH);
    if (ret === 'V') {
      code.op(Op.pop).op(Op.return);
    } else {
      emitConversion(code, OBJECT, ret, isPrimitive(ret) ? `L${wrapperOf(ret)};` : ret);
      code.returnValue(ret);
    }
  });
  return cw.toBytes();
}
