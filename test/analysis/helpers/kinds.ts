/**
 * @fileoverview Compact notation for slot kinds in test expectations: one letter per slot,
 * `I` int, `F` float, `J`/`j` long and its second slot, `D`/`d` double and its second slot,
 * `A` reference, `R` return address, `-` unusable; `?` in an expectation matches anything.
 * A frame is written `locals | stack`, e.g. `A I J j | A A`.
 */
import { expect } from 'vitest';
import type { FrameKinds, MethodAnalysis } from '../../../src/analysis/frames.js';

const LETTERS = '-IFJDAR' + 'jd';

/** The notation of one kind array, letters separated by spaces. */
export function letters(kinds: ArrayLike<number>): string {
  return Array.from(kinds, (k) => LETTERS[k] ?? '!').join(' ');
}

/** The notation of a frame: `locals | stack`. */
export function shape(kinds: FrameKinds): string {
  return `${letters(kinds.locals)} | ${letters(kinds.stack)}`.trim();
}

/** True when `actual` (a shape) matches `pattern` letter by letter, `?` matching any one slot. */
export function matches(actual: string, pattern: string): boolean {
  const a = actual.split(/\s+/);
  const p = pattern.trim().split(/\s+/);
  return a.length === p.length && p.every((x, i) => x === '?' || x === a[i]);
}

/** Asserts the kinds before `pc` match `pattern`, with a readable failure. */
export function expectShape(analysis: MethodAnalysis, pc: number, pattern: string): void {
  const actual = shape(analysis.kindsAt(pc));
  if (!matches(actual, pattern)) expect(actual, `kinds at pc ${pc}`).toBe(pattern);
}
