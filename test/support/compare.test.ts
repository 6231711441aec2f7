/**
 * @fileoverview Tests for the comparison and diff helpers of the differential harness.
 */
import { describe, expect, it } from 'vitest';
import { compareRuns, firstDifferenceDiff } from './compare.js';
import type { RunResult } from './process.js';

/** A finished run with the given outputs. */
function run(stdout: string, stderr = '', exitCode: number | null = 0): RunResult {
  return { stdout: Buffer.from(stdout), stderr: Buffer.from(stderr), exitCode, signal: null, timedOut: false };
}

describe('firstDifferenceDiff', () => {
  it('returns undefined for equal texts', () => {
    expect(firstDifferenceDiff('a\nb\n', 'a\nb\n', 'x', 'y')).toBeUndefined();
  });

  it('shows a changed line with context in unified format', () => {
    const expected = ['1', '2', '3', '4', '5', '6', '7', '8'].join('\n') + '\n';
    const actual = ['1', '2', '3', '4', 'five', '6', '7', '8'].join('\n') + '\n';
    expect(firstDifferenceDiff(expected, actual, 'hotspot', 'tern')).toBe(
      ['--- hotspot', '+++ tern', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8'].join('\n'),
    );
  });

  it('shows only the first region when differences are far apart', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `line ${i}`);
    const changed = [...lines];
    changed[5] = 'first change';
    changed[30] = 'second change';
    const diff = firstDifferenceDiff(lines.join('\n'), changed.join('\n'), 'a', 'b')!;
    expect(diff).toContain('+first change');
    expect(diff).not.toContain('second change');
  });

  it('reports missing and extra lines', () => {
    const diff = firstDifferenceDiff('a\nb\nc\n', 'a\nc\nd\n', 'a', 'b')!;
    expect(diff.split('\n').slice(2)).toEqual(['@@ -1,3 +1,3 @@', ' a', '-b', ' c', '+d']);
  });

  it('explains a difference in the final newline only', () => {
    expect(firstDifferenceDiff('a\nb\n', 'a\nb', 'x', 'y')).toContain('x ends with a newline, y has no newline at the end');
  });

  it('handles an empty side', () => {
    expect(firstDifferenceDiff('', 'boom\n', 'a', 'b')).toContain('@@ -0,0 +1,1 @@\n+boom');
  });
});

describe('compareRuns', () => {
  it('accepts identical runs', () => {
    expect(compareRuns(run('out\n', 'err\n', 3), run('out\n', 'err\n', 3))).toBeUndefined();
  });

  it('reports the exit status, stdout and stderr separately', () => {
    const report = compareRuns(run('x\n', '', 0), run('y\n', 'trace\n', 1))!;
    expect(report).toContain('exit status: HotSpot exit 0, Tern exit 1');
    expect(report).toContain('stdout differs');
    expect(report).toContain('stderr differs');
  });

  it('reports a timeout even when the output so far matches', () => {
    const timedOut: RunResult = { ...run('x\n', '', null), signal: 'SIGKILL', timedOut: true };
    expect(compareRuns(run('x\n'), timedOut)).toContain('Tern killed after the deadline');
  });

  it('compares bytes, not decoded text', () => {
    const a: RunResult = { ...run(''), stdout: Buffer.from([0xff]) };
    const b: RunResult = { ...run(''), stdout: Buffer.from([0xfe]) };
    expect(compareRuns(a, b)).toContain('invalid UTF-8');
  });
});
