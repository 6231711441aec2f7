/** @fileoverview Natives of java.lang.Math (HotSpot's results, see support/strict-math.ts). */
import { javaMath } from '../../support/strict-math.js';
import type { NativeTable } from '../../registry.js';
import { mathNatives } from './math-natives.js';

export const natives: NativeTable = { className: 'java/lang/Math', methods: mathNatives(javaMath) };
