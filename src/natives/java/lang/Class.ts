/**
 * @fileoverview Natives of java.lang.Class: names, supertypes, modifiers, enum constants and
 * Class.forName (which may have to run static initializers first).
 */
import type { Ref } from '../../../heap/index.js';
import { REEXECUTE } from '../../../interp/invoke-native.js';
import { ensureInitialized } from '../../../interp/linkage.js';
import { JavaThrow } from '../../../runtime/errors.js';
import { InitState, type RtClass } from '../../../runtime/model.js';
import type { Vm } from '../../../runtime/vm.js';
import type { JavaThread } from '../../../threads/java-thread.js';
import { newRefArray } from '../../env.js';
import { cloneObject } from './Object.js';
import type { NativeTable } from '../../registry.js';
import { declaredFields, declaredMembers } from './reflect/ReflectAccess.js';

/** Class.forName0: loads (and optionally initializes) a class by binary name. */
function forName0(vm: Vm, t: JavaThread, nameRef: Ref, initialize: number): Ref | symbol {
  if (nameRef === 0) throw new JavaThrow('java/lang/NullPointerException');
  const name = vm.jsString(nameRef)!;
  const internal = name.replace(/\./g, '/');
  let cls: RtClass;
  try {
    if (name.includes('/') || internal.endsWith(';') && !internal.startsWith('[')) throw new Error();
    cls = vm.registry.load(internal);
  } catch {
    throw new JavaThrow('java/lang/ClassNotFoundException', name);
  }
  if (initialize && cls.state !== InitState.Initialized) {
    const st = ensureInitialized(vm, t, cls);
    if (st === 2 /* pushed */) return REEXECUTE;
  }
  return vm.mirror(cls);
}

/** javac's `$VALUES` array of an enum, cloned, or null for non-enums. */
function enumConstants(vm: Vm, t: JavaThread, self: Ref): Ref | symbol {
  const cls = vm.classOfMirror(self);
  if ((cls.flags & 0x4000) === 0 || cls.superclass?.name !== 'java/lang/Enum') return 0;
  if (cls.state !== InitState.Initialized) {
    const st = ensureInitialized(vm, t, cls);
    if (st === 2) return REEXECUTE;
  }
  const values = [...cls.fields.values()].find((f) => f.isStatic && f.descriptor === `[L${cls.name};` && (f.flags & 0x1000) !== 0)
    ?? cls.fields.get('$VALUES');
  if (!values) return 0;
  const arr = vm.heap.i32[values.offset >> 2]!;
  if (arr === 0) return 0;
  // A clone of $VALUES, typed like it (E[]), as HotSpot's values().clone() is.
  return cloneObject(vm, arr);
}

/** The simple binary name from the InnerClasses attribute (`Inner` for `Outer$Inner`), or null. */
function simpleBinaryName(cls: RtClass): string | null {
  const entry = cls.file?.innerClasses.find((e) => e.innerClass === cls.name);
  if (!entry) return null;
  return entry.innerName ?? '';
}

export const natives: NativeTable = {
  className: 'java/lang/Class',
  methods: {
    'forName0(Ljava/lang/String;Z)Ljava/lang/Class;': forName0,
    'getPrimitiveClass(Ljava/lang/String;)Ljava/lang/Class;': (vm: Vm, _t: JavaThread, name: Ref) => {
      const n = vm.jsString(name);
      for (const c of vm.registry.primitives.values()) if (c.name === n) return vm.mirror(c);
      throw new JavaThrow('java/lang/InternalError', `no primitive class ${n}`);
    },
    'isInstance(Ljava/lang/Object;)Z': (vm: Vm, _t: JavaThread, self: Ref, o: Ref) =>
      o !== 0 && vm.classOf(o).supertypes.has(vm.classOfMirror(self)) ? 1 : 0,
    'isAssignableFrom(Ljava/lang/Class;)Z': (vm: Vm, _t: JavaThread, self: Ref, other: Ref) => {
      if (other === 0) throw new JavaThrow('java/lang/NullPointerException');
      return vm.classOfMirror(other).supertypes.has(vm.classOfMirror(self)) || other === self ? 1 : 0;
    },
    'isInterface()Z': (vm: Vm, _t: JavaThread, self: Ref) => (vm.classOfMirror(self).isInterface && !vm.classOfMirror(self).primitive ? 1 : 0),
    'isArray()Z': (vm: Vm, _t: JavaThread, self: Ref) => (vm.classOfMirror(self).isArray ? 1 : 0),
    'isPrimitive()Z': (vm: Vm, _t: JavaThread, self: Ref) => (vm.classOfMirror(self).primitive ? 1 : 0),
    'getName0()Ljava/lang/String;': (vm: Vm, _t: JavaThread, self: Ref) => vm.newString(vm.classOfMirror(self).javaName),
    'getSuperclass()Ljava/lang/Class;': (vm: Vm, _t: JavaThread, self: Ref) => {
      const c = vm.classOfMirror(self);
      return c.isInterface || c.primitive || !c.superclass ? 0 : vm.mirror(c.superclass);
    },
    'getInterfaces0()[Ljava/lang/Class;': (vm: Vm, _t: JavaThread, self: Ref) => {
      const c = vm.classOfMirror(self);
      const mirrors = c.interfaces.map((i) => vm.mirror(i));
      return newRefArray(vm, '[Ljava/lang/Class;', mirrors);
    },
    'getComponentType()Ljava/lang/Class;': (vm: Vm, _t: JavaThread, self: Ref) => {
      const c = vm.classOfMirror(self);
      return c.array ? vm.mirror(c.array.component) : 0;
    },
    'getModifiers()I': (vm: Vm, _t: JavaThread, self: Ref) => {
      const c = vm.classOfMirror(self);
      const inner = c.file?.innerClasses.find((e) => e.innerClass === c.name);
      return (inner ? inner.flags : c.flags) & ~0x0020 & 0xffff;
    },
    'getDeclaredMembers0(Z)[Ljava/lang/Object;': declaredMembers,
    'getDeclaredFields0()[Ljava/lang/reflect/Field;': declaredFields,
    'getGenericSignature0()Ljava/lang/String;': (vm: Vm, _t: JavaThread, self: Ref) => {
      const sig = vm.classOfMirror(self).file?.signature ?? null;
      return sig === null ? 0 : vm.newString(sig);
    },
    'isAppClass0()Z': (vm: Vm, _t: JavaThread, self: Ref) => (vm.classOfMirror(self).loader === 'app' ? 1 : 0),
    'isHidden0()Z': (vm: Vm, _t: JavaThread, self: Ref) => (vm.classOfMirror(self).hidden ? 1 : 0),
    'getEnumConstants0()[Ljava/lang/Object;': enumConstants,
    'getSimpleBinaryName0()Ljava/lang/String;': (vm: Vm, _t: JavaThread, self: Ref) => {
      const n = simpleBinaryName(vm.classOfMirror(self));
      return n === null ? 0 : vm.newString(n);
    },
  },
};
