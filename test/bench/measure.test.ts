/**
 * @fileoverview Unit tests for the runner's process and statistics helpers (bench/measure.mjs).
 */
import { describe, expect, it } from 'vitest';
import { firstLine, formatMs, geometricMean, median, runCommand } from '../../bench/measure.mjs';

describe('statistics', () => {
  it('median takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it('geometric mean cancels a 2x win against a 2x loss', () => {
    expect(geometricMean([2, 0.5])).toBeCloseTo(1, 12);
    expect(geometricMean([4, 9])).toBeCloseTo(6, 12);
    expect(geometricMean([])).toBeNull();
  });

  it('formats nanoseconds as milliseconds with one decimal', () => {
    expect(formatMs(1_234_567)).toBe('1.2');
  });

  it('firstLine skips blank lines', () => {
    expect(firstLine('\n  \n  Exception in thread "main"\n\tat x\n')).toBe('Exception in thread "main"');
    expect(firstLine('')).toBe('');
  });
});

describe('runCommand', () => {
  const node = process.execPath;

  it('captures stdout and reports success', () => {
    const result = runCommand([node, '-e', "process.stdout.write('ok')"], { cwd: process.cwd(), timeoutMs: 30_000 });
    expect(result).toMatchObject({ status: 0, stdout: 'ok', failure: null });
    expect(result.wallNs).toBeGreaterThan(0);
  });

  it('describes a non-zero exit by its status and first stderr line', () => {
    const script = "console.error('\\nboom: bad thing\\nmore'); process.exit(3)";
    const result = runCommand([node, '-e', script], { cwd: process.cwd(), timeoutMs: 30_000 });
    expect(result.failure).toBe('exit 3: boom: bad thing');
  });

  it('describes a program that cannot start', () => {
    const result = runCommand(['/nonexistent/tern-bench-vm'], { cwd: process.cwd(), timeoutMs: 30_000 });
    expect(result.failure).toMatch(/^cannot run \/nonexistent\/tern-bench-vm: /);
  });

  it('kills a run that exceeds the timeout', () => {
    const result = runCommand([node, '-e', 'setTimeout(() => {}, 60_000)'], { cwd: process.cwd(), timeoutMs: 300 });
    expect(result.failure).toBe('timed out after 0.3 s');
  });
});
