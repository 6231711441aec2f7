/**
 * @fileoverview Links `java/lang/invoke/LambdaMetafactory.metafactory` and `altMetafactory` call
 * sites (lambdas and method references) by generating the class the JDK would spin:
 *
 * ```
 * final synthetic class <syntheticName> implements <interface>, <markers...> {
 *   private final T1 arg$1; ...                      one field per captured value
 *   private <init>(T1, ...)                          stores the captured values
 *   public static <interface> get$Lambda(T1, ...)    the call site: new instance (or the cached
 *                                                    singleton when nothing is captured, as the JDK does)
 *   public R <samName>(samParams)                    forwards to the implementation method
 *   public R' <samName>(bridgeParams)                one per FLAG_BRIDGES method type
 * }
 * ```
 *
 * The forwarding method loads the captured values, then each interface argument adapted to the
 * implementation's parameter (conversions.ts), calls the implementation with the instruction its
 * method-handle kind implies (JVMS §5.4.3.5), adapts the result and returns. A private instance
 * implementation in the caller (`lambda$main$0`, REF_invokeSpecial in older class files) is called
 * with invokevirtual/invokeinterface as JDK 15+ does; the VM does not check access from the
 * synthetic class. FLAG_SERIALIZABLE adds `java/io/Serializable` to the interfaces so `instanceof`
 * answers like the JDK, but no `writeReplace` is generated (serialization of lambdas is not supported).
 */

import { parseMethodDescriptor, slotCount } from '../../classfile/descriptors.js';
import { Op } from '../../classfile/opcodes.js';
import { Acc, RefKind } from '../../classfile/types.js';
import { bootstrapError, CallSiteInfo, describeHandle, describeSite, MethodHandleArg, StaticArg } from './call-site.js';
import { ClassWriter } from './class-writer.js';
import type { CodeBuilder } from './code-builder.js';
import { argumentSlots, descriptorOfClass, emitConversion } from './conversions.js';
import type { SyntheticClass } from './synthetic.js';

/** altMetafactory flags (java.lang.invoke.LambdaMetafactory). */
const FLAG_SERIALIZABLE = 1;
const FLAG_MARKERS = 2;
const FLAG_BRIDGES = 4;

/** Name of the static field holding the singleton of a non-capturing lambda. */
const INSTANCE_FIELD = 'INSTANCE';

/** The metafactory's static arguments, decoded. */
interface LambdaSpec {
  /** Erased descriptor of the interface method. */
  samDescriptor: string;
  impl: MethodHandleArg;
  /** The interface method's descriptor with its generic types instantiated. */
  instantiatedDescriptor: string;
  serializable: boolean;
  markers: string[];
  bridges: string[];
}

/** How to call the implementation method and what it takes and returns. */
interface ImplCall {
  /** Parameter descriptors, the receiver first for instance methods. */
  params: string[];
  /** Result descriptor; the owner's for constructors. */
  ret: string;
  /** Emits `new owner; dup` for constructors; nothing otherwise. */
  prefix: (code: CodeBuilder) => void;
  /** Emits the invoke instruction. */
  call: (code: CodeBuilder) => void;
  /**
   * True when the call names an interface method with invokestatic or invokespecial, which needs
   * class-file version 52 (JVMS §4.9.1); the class is 49 otherwise. Either way no StackMapTable is
   * needed: every generated method is straight-line code.
   */
  needsVersion52?: boolean;
}

/** Spins the class for a LambdaMetafactory call site; `alternate` selects altMetafactory's argument layout. */
export function spinLambda(site: CallSiteInfo, syntheticName: string, alternate: boolean): SyntheticClass {
  const where = describeSite(site);
  const spec = alternate ? readAltArgs(site.args, where) : readArgs(site.args, where);
  const factory = parseMethodDescriptor(site.descriptor);
  if (factory.ret[0] !== 'L') throw bootstrapError(`${where}: a lambda call site must return an interface, not ${factory.ret}`);
  const captured = factory.params;
  const iface = factory.ret.slice(1, -1);
  const impl = implCall(site, spec.impl, where);
  const sam = parseMethodDescriptor(spec.samDescriptor);
  const instantiated = parseMethodDescriptor(spec.instantiatedDescriptor);
  if (captured.length + sam.params.length !== impl.params.length || instantiated.params.length !== sam.params.length) {
    throw bootstrapError(
      `${where}: incorrect number of parameters for ${describeHandle(spec.impl)}: ` +
        `${captured.length} captured + ${sam.params.length} interface arguments`,
    );
  }

  const interfaces = [iface];
  for (const m of [...spec.markers, ...(spec.serializable ? ['java/io/Serializable'] : [])]) {
    if (!interfaces.includes(m)) interfaces.push(m);
  }
  const cw = new ClassWriter({
    name: syntheticName,
    superName: 'java/lang/Object',
    interfaces,
    flags: Acc.Final | Acc.Super | Acc.Synthetic,
    majorVersion: impl.needsVersion52 === true ? 52 : 49,
  });
  const fieldNames = captured.map((_, i) => `arg$${i + 1}`);
  captured.forEach((desc, i) => cw.addField(Acc.Private | Acc.Final, fieldNames[i]!, desc));
  emitConstructor(cw, captured, fieldNames);

  const factoryName = site.name === 'get$Lambda' ? 'get$Lambda$' : 'get$Lambda';
  emitFactory(cw, factoryName, site.descriptor, captured);

  const forward = (descriptor: string): void => {
    const { params, ret } = parseMethodDescriptor(descriptor);
    if (params.length !== sam.params.length) throw bootstrapError(`${where}: bridge ${descriptor} does not match ${spec.samDescriptor}`);
    const code = cw.addMethod(Acc.Public, site.name, descriptor);
    impl.prefix(code);
    captured.forEach((desc, i) => {
      code.op(Op.aload_0).getField(syntheticName, fieldNames[i]!, desc);
      emitConversion(code, desc, impl.params[i]!, desc);
    });
    let slot = 1;
    params.forEach((desc, j) => {
      code.load(desc, slot);
      slot += slotCount(desc);
      emitConversion(code, desc, impl.params[captured.length + j]!, instantiated.params[j]!);
    });
    impl.call(code);
    if (ret === 'V') {
      if (slotCount(impl.ret) === 1) code.op(Op.pop);
      if (slotCount(impl.ret) === 2) code.op(Op.pop2);
    } else {
      if (impl.ret === 'V') throw bootstrapError(`${where}: ${describeHandle(spec.impl)} returns void but ${descriptor} does not`);
      emitConversion(code, impl.ret, ret, ret);
    }
    code.returnValue(ret);
  };
  forward(spec.samDescriptor);
  const bridges = new Set(spec.bridges);
  bridges.delete(spec.samDescriptor);
  for (const b of bridges) forward(b);

  return { name: syntheticName, bytes: cw.toBytes(), methodName: factoryName, methodDescriptor: site.descriptor };
}

/** metafactory(Lookup, String, MethodType, MethodType sam, MethodHandle impl, MethodType instantiated). */
function readArgs(args: readonly StaticArg[], where: string): LambdaSpec {
  if (args.length !== 3) throw bootstrapError(`${where}: metafactory expects 3 static arguments, got ${args.length}`);
  return { ...readCommon(args, where), serializable: false, markers: [], bridges: [] };
}

/** altMetafactory(Lookup, String, MethodType, Object... args): the three metafactory arguments, flags, then markers and bridges. */
function readAltArgs(args: readonly StaticArg[], where: string): LambdaSpec {
  if (args.length < 4) throw bootstrapError(`${where}: altMetafactory expects at least 4 static arguments, got ${args.length}`);
  const common = readCommon(args, where);
  let next = 3;
  const int = (): number => {
    const a = args[next++];
    if (a === undefined || a.kind !== 'int') throw bootstrapError(`${where}: altMetafactory argument ${next - 1} must be an int`);
    return a.value;
  };
  const flags = int();
  const markers: string[] = [];
  const bridges: string[] = [];
  if ((flags & FLAG_MARKERS) !== 0) {
    for (let n = int(); n > 0; n--) {
      const a = args[next++];
      if (a === undefined || a.kind !== 'class') throw bootstrapError(`${where}: altMetafactory marker must be a Class`);
      markers.push(a.name);
    }
  }
  if ((flags & FLAG_BRIDGES) !== 0) {
    for (let n = int(); n > 0; n--) {
      const a = args[next++];
      if (a === undefined || a.kind !== 'methodType') throw bootstrapError(`${where}: altMetafactory bridge must be a MethodType`);
      bridges.push(a.descriptor);
    }
  }
  return { ...common, serializable: (flags & FLAG_SERIALIZABLE) !== 0, markers, bridges };
}

function readCommon(args: readonly StaticArg[], where: string): Pick<LambdaSpec, 'samDescriptor' | 'impl' | 'instantiatedDescriptor'> {
  const [sam, impl, instantiated] = args;
  if (sam?.kind !== 'methodType' || impl?.kind !== 'methodHandle' || instantiated?.kind !== 'methodType') {
    throw bootstrapError(`${where}: lambda bootstrap expects (MethodType, MethodHandle, MethodType) static arguments`);
  }
  return { samDescriptor: sam.descriptor, impl, instantiatedDescriptor: instantiated.descriptor };
}

/** The implementation method's shape and call instruction for each method-handle kind (JVMS §5.4.3.5). */
function implCall(site: CallSiteInfo, h: MethodHandleArg, where: string): ImplCall {
  if (h.refKind < RefKind.InvokeVirtual) throw bootstrapError(`${where}: unsupported lambda implementation ${describeHandle(h)}`);
  const md = parseMethodDescriptor(h.descriptor);
  const receiver = descriptorOfClass(h.owner);
  const none = (): void => {};
  const invoke = (op: Op, isInterface: boolean) => (code: CodeBuilder): void => {
    code.invoke(op, h.owner, h.name, h.descriptor, isInterface);
  };
  switch (h.refKind) {
    case RefKind.InvokeStatic:
      return { params: md.params, ret: md.ret, prefix: none, call: invoke(Op.invokestatic, h.isInterface), needsVersion52: h.isInterface };
    case RefKind.InvokeVirtual:
      return { params: [receiver, ...md.params], ret: md.ret, prefix: none, call: invoke(Op.invokevirtual, false) };
    case RefKind.InvokeInterface:
      return { params: [receiver, ...md.params], ret: md.ret, prefix: none, call: invoke(Op.invokeinterface, true) };
    case RefKind.InvokeSpecial: {
      // A private method of the caller is selected directly by invokevirtual/invokeinterface (JVMS
      // §5.4.6); any other invokespecial target keeps invokespecial, which selects the resolved method.
      const caller = site.caller;
      const isPrivateOfCaller =
        h.owner === caller.name &&
        caller.methods.some((m) => m.name === h.name && m.descriptor === h.descriptor && (m.flags & Acc.Private) !== 0);
      const params = [receiver, ...md.params];
      if (isPrivateOfCaller) {
        const op = h.isInterface ? Op.invokeinterface : Op.invokevirtual;
        return { params, ret: md.ret, prefix: none, call: invoke(op, h.isInterface) };
      }
      return { params, ret: md.ret, prefix: none, call: invoke(Op.invokespecial, h.isInterface), needsVersion52: h.isInterface };
    }
    case RefKind.NewInvokeSpecial:
      if (h.name !== '<init>' || md.ret !== 'V') throw bootstrapError(`${where}: ${describeHandle(h)} is not a constructor`);
      return {
        params: md.params,
        ret: receiver,
        prefix: (code) => code.typeInstruction(Op.new, h.owner).op(Op.dup),
        call: invoke(Op.invokespecial, false),
      };
    default:
      throw bootstrapError(`${where}: unsupported lambda implementation ${describeHandle(h)}`);
  }
}

/** `private <init>(captured...)`: Object's constructor, then one putfield per captured value. */
function emitConstructor(cw: ClassWriter, captured: readonly string[], fieldNames: readonly string[]): void {
  const code = cw.addMethod(Acc.Private, '<init>', `(${captured.join('')})V`);
  code.op(Op.aload_0).invoke(Op.invokespecial, 'java/lang/Object', '<init>', '()V');
  let slot = 1;
  captured.forEach((desc, i) => {
    code.op(Op.aload_0).load(desc, slot).putField(cw.name, fieldNames[i]!, desc);
    slot += slotCount(desc);
  });
  code.op(Op.return);
}

/**
 * The call site's method: a new instance holding the captured values, or — when nothing is
 * captured — one instance created in `<clinit>` and returned every time (the JDK links such a
 * site to a constant, so `==` between two evaluations is true there too).
 */
function emitFactory(cw: ClassWriter, name: string, descriptor: string, captured: readonly string[]): void {
  const self = cw.name;
  const code = cw.addMethod(Acc.Public | Acc.Static, name, descriptor);
  const ctor = `(${captured.join('')})V`;
  if (captured.length === 0) {
    // The field has the interface's type, not the class's own: no descriptor names the synthetic
    // class, so a VM that defines it under another name (HotSpot's hidden classes) never looks it up.
    const type = parseMethodDescriptor(descriptor).ret;
    cw.addField(Acc.Private | Acc.Static | Acc.Final, INSTANCE_FIELD, type);
    cw.addMethod(Acc.Static, '<clinit>', '()V')
      .typeInstruction(Op.new, self)
      .op(Op.dup)
      .invoke(Op.invokespecial, self, '<init>', ctor)
      .putStatic(self, INSTANCE_FIELD, type)
      .op(Op.return);
    code.getStatic(self, INSTANCE_FIELD, type).op(Op.areturn);
    return;
  }
  code.typeInstruction(Op.new, self).op(Op.dup);
  const slots = argumentSlots(captured);
  captured.forEach((desc, i) => code.load(desc, slots[i]!));
  code.invoke(Op.invokespecial, self, '<init>', ctor).op(Op.areturn);
}
