/** @fileoverview Natives of java.lang.StrictMath (fdlibm results, see support/strict-math.ts). */
import { strictMath } from '../../support/strict-math.js';
import type { NativeTable } from '../../registry.js';
import { mathNatives } from './math-natives.js';

export const natives: NativeTable = { className: 'java/lang/StrictMath', methods: mathNatives(strictMath) };
