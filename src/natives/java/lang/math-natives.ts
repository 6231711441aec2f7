/**
 * @fileoverview The native math functions shared by java.lang.Math and java.lang.StrictMath,
 * turned into native tables from src/natives/support/strict-math.ts (which says where HotSpot's
 * Math intrinsics and StrictMath's fdlibm agree).
 */
import type { NativeImpl } from '../../../runtime/model.js';
import type { MathFunctions } from '../../support/strict-math.js';

/** Unary functions with descriptor `(D)D`. */
const UNARY = ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'exp', 'log', 'log10', 'log1p', 'expm1',
  'sinh', 'cosh', 'tanh', 'cbrt', 'sqrt', 'floor', 'ceil', 'rint'] as const;
/** Binary functions with descriptor `(DD)D`. */
const BINARY: ReadonlyArray<[string, keyof MathFunctions]> = [['atan2', 'atan2'], ['hypot', 'hypot'], ['pow', 'pow'], ['IEEEremainder', 'IEEEremainder' as keyof MathFunctions]];

/** The native table entries for one set of math functions. */
export function mathNatives(fns: MathFunctions): Record<string, NativeImpl> {
  const out: Record<string, NativeImpl> = {};
  const table = fns as unknown as Record<string, (...a: number[]) => number>;
  for (const name of UNARY) {
    const f = table[name] ?? (Math as unknown as Record<string, (x: number) => number>)[name];
    if (f) out[`${name}(D)D`] = (_vm: unknown, _t: unknown, x: number) => f(x);
  }
  for (const [javaName, key] of BINARY) {
    const f = table[key as string] ?? table['ieeeRemainder'];
    if (f) out[`${javaName}(DD)D`] = (_vm: unknown, _t: unknown, x: number, y: number) => f(x, y);
  }
  return out;
}
