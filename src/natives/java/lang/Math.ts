/**
 * @fileoverview Natives of java.lang.Math (HotSpot's results, see support/strict-math.ts):
 * the shared math functions with javaMath's answers, and fma (exact, support/fma.ts).
 */
import type { NativeImpl } from '../../../runtime/model.js';
import { fmaDouble, fmaFloat } from '../../support/fma.js';
import { javaMath } from '../../support/strict-math.js';
import type { NativeTable } from '../../registry.js';
import { mathNatives } from './math-natives.js';

const fmaD: NativeImpl = (_vm: unknown, _t: unknown, a: number, b: number, c: number) => fmaDouble(a, b, c);
const fmaF: NativeImpl = (_vm: unknown, _t: unknown, a: number, b: number, c: number) => fmaFloat(a, b, c);

export const natives: NativeTable = {
  className: 'java/lang/Math',
  methods: { ...mathNatives(javaMath), 'fma(DDD)D': fmaD, 'fma(FFF)F': fmaF },
};
