/**
 * @fileoverview Natives of java.lang.Double: raw bit conversions and JDK 17-exact decimal
 * conversion (src/natives/support).
 */
import type { Ref } from '../../../heap/index.js';
import { JavaThrow } from '../../../runtime/errors.js';
import type { Vm } from '../../../runtime/vm.js';
import type { JavaThread } from '../../../threads/java-thread.js';
import { javaDoubleToString } from '../../support/double-to-string.js';
import { bitsToDouble, doubleToBits } from '../../support/ieee754.js';
import { NumberFormatError, javaParseDouble } from '../../support/parse-double.js';
import type { NativeTable } from '../../registry.js';

/** Runs a Java-syntax number parse, turning format errors into NumberFormatException. */
export function parseJavaNumber(vm: Vm, s: Ref, parse: (text: string) => number): number {
  if (s === 0) throw new JavaThrow('java/lang/NullPointerException');
  try {
    return parse(vm.jsString(s)!);
  } catch (e) {
    if (e instanceof NumberFormatError) throw new JavaThrow('java/lang/NumberFormatException', e.message);
    throw e;
  }
}

export const natives: NativeTable = {
  className: 'java/lang/Double',
  methods: {
    'doubleToRawLongBits(D)J': (_vm: Vm, _t: JavaThread, d: number) => doubleToBits(d),
    'longBitsToDouble(J)D': (_vm: Vm, _t: JavaThread, bits: bigint) => bitsToDouble(bits),
    'toString(D)Ljava/lang/String;': (vm: Vm, _t: JavaThread, d: number) => vm.newString(javaDoubleToString(d)),
    'parseDouble(Ljava/lang/String;)D': (vm: Vm, _t: JavaThread, s: Ref) => parseJavaNumber(vm, s, javaParseDouble),
  },
};
