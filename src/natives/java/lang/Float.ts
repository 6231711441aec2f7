/**
 * @fileoverview Natives of java.lang.Float: raw bit conversions and JDK 17-exact decimal conversion.
 */
import type { Ref } from '../../../heap/index.js';
import type { Vm } from '../../../runtime/vm.js';
import type { JavaThread } from '../../../threads/java-thread.js';
import { javaFloatToString } from '../../support/double-to-string.js';
import { bitsToFloat, floatToBits } from '../../support/ieee754.js';
import { javaParseFloat } from '../../support/parse-double.js';
import type { NativeTable } from '../../registry.js';
import { parseJavaNumber } from './Double.js';

export const natives: NativeTable = {
  className: 'java/lang/Float',
  methods: {
    'floatToRawIntBits(F)I': (_vm: Vm, _t: JavaThread, f: number) => floatToBits(f),
    'intBitsToFloat(I)F': (_vm: Vm, _t: JavaThread, bits: number) => bitsToFloat(bits),
    'toString(F)Ljava/lang/String;': (vm: Vm, _t: JavaThread, f: number) => vm.newString(javaFloatToString(f)),
    'parseFloat(Ljava/lang/String;)F': (vm: Vm, _t: JavaThread, s: Ref) => parseJavaNumber(vm, s, javaParseFloat),
  },
};
