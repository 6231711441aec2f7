/**
 * @fileoverview Natives of jdk.internal.reflect.TernReflection, the VM side of java.lang.reflect's
 * Constructor and Method: the declared methods of a class as text, the Class of a descriptor, and
 * invoker objects (src/runtime/reflect-invoker.ts) whose plain-bytecode `invoke` makes the call,
 * so that no native ever calls back into Java.
 */
import type { Ref } from '../../../../heap/index.js';
import { ensureInitialized } from '../../../../interp/linkage.js';
import { REEXECUTE } from '../../../../interp/invoke-native.js';
import { JavaThrow } from '../../../../runtime/errors.js';
import type { RtClass } from '../../../../runtime/model.js';
import { spinInvoker, type InvokeKind } from '../../../../runtime/reflect-invoker.js';
import type { Vm } from '../../../../runtime/vm.js';
import type { JavaThread } from '../../../../threads/java-thread.js';
import { newStringArray } from '../../../env.js';
import type { NativeTable } from '../../../registry.js';

/** Invoker classes already spun, per VM, by member (a retried native finds its class again). */
const invokers = new WeakMap<Vm, Map<string, RtClass>>();

/** TernReflection.members: `"flags name descriptor"` for each declared method and constructor, in class-file order. */
function members(vm: Vm, _t: JavaThread, mirror: Ref): Ref {
  if (mirror === 0) throw new JavaThrow('java/lang/NullPointerException');
  const cls = vm.classOfMirror(mirror);
  const methods = cls.file?.methods ?? [];
  return newStringArray(vm, methods.filter((m) => m.name !== '<clinit>').map((m) => `${m.flags} ${m.name} ${m.descriptor} ${m.exceptions.join(",")}`));
}

/** TernReflection.typeFor: the Class of a field descriptor (loaded, not initialized). */
function typeFor(vm: Vm, _t: JavaThread, descRef: Ref): Ref {
  const desc = vm.jsString(descRef)!;
  const prim = desc.length === 1 ? vm.registry.primitives.get(desc) : undefined;
  if (prim) return vm.mirror(prim);
  return vm.mirror(vm.registry.load(desc[0] === 'L' ? desc.slice(1, -1) : desc));
}

/** TernReflection.newInvoker: an instance of the invoker class calling `owner.name descriptor` the `kind` way. */
function newInvoker(vm: Vm, t: JavaThread, ownerMirror: Ref, nameRef: Ref, descRef: Ref, kind: number): Ref | symbol {
  const owner = vm.classOfMirror(ownerMirror);
  const name = vm.jsString(nameRef)!;
  const descriptor = vm.jsString(descRef)!;
  let cache = invokers.get(vm);
  if (!cache) invokers.set(vm, (cache = new Map()));
  const key = `${owner.name}.${name}${descriptor}#${kind}`;
  let cls = cache.get(key);
  if (!cls) {
    const spunName = `${owner.name}$$Reflect$${++vm.syntheticCount}`;
    cls = vm.registry.define(spunName, spinInvoker(spunName, owner.name, name, descriptor, kind as InvokeKind), owner.loader);
    cls.hidden = true;
    cache.set(key, cls);
  }
  if (ensureInitialized(vm, t, cls) === 2 /* pushed */) return REEXECUTE;
  return vm.allocInstance(cls);
}

export const natives: NativeTable = {
  className: 'jdk/internal/reflect/TernReflection',
  methods: {
    'members(Ljava/lang/Class;)[Ljava/lang/String;': members,
    'typeFor(Ljava/lang/String;)Ljava/lang/Class;': typeFor,
    'newInvoker(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/String;I)Ljdk/internal/reflect/TernReflection$Invoker;': newInvoker,
  },
};
