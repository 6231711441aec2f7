/**
 * @fileoverview Natives of java.lang.reflect.Array: reflective array creation.
 */
import type { Ref } from '../../../../heap/index.js';
import { JavaThrow } from '../../../../runtime/errors.js';
import type { Vm } from '../../../../runtime/vm.js';
import type { JavaThread } from '../../../../threads/java-thread.js';
import type { NativeTable } from '../../../registry.js';

/** HotSpot's limit on array dimensions (JVMS §4.4.1). */
const MAX_DIMENSIONS = 255;

/** Array.newArray: a one-dimensional array of `componentType` (checked like anewarray/newarray). */
function newArray(vm: Vm, _t: JavaThread, componentType: Ref, length: number): Ref {
  if (componentType === 0) throw new JavaThrow('java/lang/NullPointerException');
  const component = vm.classOfMirror(componentType);
  if (component.primitive === 'V') throw new JavaThrow('java/lang/IllegalArgumentException');
  if (component.isArray && component.name.lastIndexOf('[') + 1 >= MAX_DIMENSIONS) {
    throw new JavaThrow('java/lang/IllegalArgumentException', 'Exceeds the limit on array dimensions');
  }
  return vm.newArray(vm.registry.arrayOf(component), length);
}

export const natives: NativeTable = {
  className: 'java/lang/reflect/Array',
  methods: {
    'newArray(Ljava/lang/Class;I)Ljava/lang/Object;': newArray,
  },
};
