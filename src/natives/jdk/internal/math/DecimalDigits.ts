/**
 * @fileoverview Native of jdk.internal.math.DecimalDigits: the decimal digits JDK 17's
 * FloatingDecimal produces for a double, which java.util.Formatter (%e %f %g) and
 * java.text.DecimalFormat round from. The digit generator is src/natives/support (checked
 * against HotSpot); this adds how the digits relate to the exact binary value, which
 * DecimalFormat's half-even and half-up rounding need to settle ties.
 */
import { JavaThrow } from '../../../../runtime/errors.js';
import type { Vm } from '../../../../runtime/vm.js';
import type { JavaThread } from '../../../../threads/java-thread.js';
import { javaDecimalDigits } from '../../../support/double-to-string.js';
import { doubleToBits } from '../../../support/ieee754.js';
import type { NativeTable } from '../../../registry.js';

/**
 * How the digits D (value 0.D × 10^e) compare with the double itself: 'e' equal, 'u' above
 * (the generator rounded its last digit up), 'd' below. Integers below 2^63 take the JDK's
 * shortcut, which records neither exactness nor rounding, so they answer 'd' as HotSpot does.
 */
export function relation(d: number, digits: string, decExponent: number): string {
  const bits = doubleToBits(d);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & 0xfffffffffffffn;
  let binExp: number;
  if (biased === 0) {
    binExp = -1074;
  } else {
    mantissa |= 1n << 52n;
    binExp = biased - 1075;
  }
  if (Number.isInteger(d) && d < 2 ** 63) return 'd';
  let left = BigInt(digits);
  let right = mantissa;
  const tenExp = decExponent - digits.length;
  if (tenExp >= 0) left *= 10n ** BigInt(tenExp);
  else right *= 10n ** BigInt(-tenExp);
  if (binExp >= 0) right <<= BigInt(binExp);
  else left <<= BigInt(-binExp);
  return left === right ? 'e' : left > right ? 'u' : 'd';
}

/** DecimalDigits.digits0(d, compatible): "<relation><digits>e<decExponent>" for finite d > 0. */
function digits0(vm: Vm, _t: JavaThread, d: number, compatible: number): number {
  if (!(d > 0) || d === Infinity) throw new JavaThrow('java/lang/IllegalArgumentException', String(d));
  const r = javaDecimalDigits(d, compatible !== 0);
  return vm.newString(relation(d, r.digits, r.decExponent) + r.digits + 'e' + r.decExponent);
}

export const natives: NativeTable = {
  className: 'jdk/internal/math/DecimalDigits',
  methods: {
    'digits0(DZ)Ljava/lang/String;': digits0,
  },
};
