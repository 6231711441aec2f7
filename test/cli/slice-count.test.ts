import { describe, expect, it } from 'vitest';
import { MAX_LISTED_SLICES, sliceCountLine } from '../../src/cli/commands.js';

describe('-XX:+TernPrintSliceCount line', () => {
  it('lists every compiled slice of a short run', () => {
    expect(sliceCountLine(12, [3, 4, 9])).toBe('[tern] slices: 12 (compiled: 3 4 9)\n');
    expect(sliceCountLine(12, [])).toBe('[tern] slices: 12 (compiled:)\n');
    expect(sliceCountLine(7, null)).toBe('[tern] slices: 7\n');
  });

  it('keeps the line short for long runs (a pipe cut a 250 KB line written at exit)', () => {
    const compiled = Array.from({ length: 50_000 }, (_, i) => 2 * i + 1);
    const line = sliceCountLine(100_000, compiled);
    const listed = /\(compiled:([ 0-9]*)\)\n$/.exec(line)![1]!.trim().split(' ').map(Number);
    expect(listed).toHaveLength(MAX_LISTED_SLICES);
    expect(listed[0]).toBe(1);
    expect(listed.every((x, i) => i === 0 || x > listed[i - 1]!)).toBe(true);
    expect(listed.every((x) => compiled.includes(x))).toBe(true);
    expect(line.length).toBeLessThan(10_000);
  });
});
