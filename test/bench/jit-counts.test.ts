// tern bench's JIT counts: read from --jit-log's totals line or from a deopt trace, and shown in
// the text report, the JSON and the HTML page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDeopts, jitCountsFromLog, jitCountsFromTrace } from '../../bench/runner/jit-counts.js';
import { buildReport, formatReport, htmlReport, type KernelResult } from '../../bench/runner/report.js';

const LOG = `[jit]     0  ShapeReport$Square.area()D (10 bytes) -> 456 wasm bytes, 3 deopt points, 620.4 ms (gen 32.0 opt 587.9 v8 0.4)
[jit] made not entrant: ShapeReport.percent(II)I (throw at pc 5)
[jit] total: 23 compiled, 9 not compilable, 13 invalidated, 9739 wasm bytes, 1155 ms compiling; deopts: poll 17, throw 408, not-compiled 9
`;

describe('JIT counts', () => {
  it('reads the totals line of --jit-log', () => {
    expect(jitCountsFromLog(LOG)).toEqual({
      compiled: 23, notCompilable: 9, invalidated: 13, compileMs: 1155, deopts: 434, deoptsByReason: { poll: 17, throw: 408, 'not-compiled': 9 }, source: 'jit-log',
    });
    expect(jitCountsFromLog('[jit] total: 0 compiled, 0 not compilable, 0 invalidated, 0 wasm bytes, 0 ms compiling; deopts: none\n'))
      .toMatchObject({ compiled: 0, deopts: 0, deoptsByReason: {} });
    expect(jitCountsFromLog('[jit]     0  A.f()V (1 bytes) -> 9 wasm bytes\n')).toBeNull();
    expect(jitCountsFromLog('')).toBeNull();
  });

  it('reads a deopt trace', () => {
    const text = readFileSync(join(import.meta.dirname, '..', 'tools', 'fixtures', 'shape-report.deopt-trace.jsonl'), 'utf8');
    expect(jitCountsFromTrace(text)).toEqual({
      compiled: 15, notCompilable: 4, invalidated: 10, compileMs: 1218, deopts: 416,
      deoptsByReason: { throw: 400, poll: 10, unresolved: 2, caller: 1, depth: 1, guard: 1, 'not-compiled': 1 }, source: 'deopt-trace',
    });
    expect(formatDeopts({ poll: 3, throw: 40 })).toBe('throw 40, poll 3');
    expect(formatDeopts({})).toBe('none');
  });

  it('are shown per kernel in the text and HTML reports', () => {
    const base = {
      tool: 'tern bench' as const, format: 1 as const, date: '2026-12-07T00:00:00.000Z',
      machine: { platform: 'linux', arch: 'x64', cpus: 2, cpuModel: 'Test CPU', node: 'v20' },
      options: { kernels: ['mc', 'sor'], large: false, runs: 1, minMillis: 100, vms: ['tern', 'java'] },
    };
    const r = (kernel: string, vm: string, jit?: KernelResult['jit']): KernelResult => ({
      kernel, title: kernel === 'mc' ? 'Monte Carlo' : 'SOR', size: 1, vm, runs: [{ cycles: 1, seconds: 1, mflops: 5 }], mflops: null, checksum: 1, ...(jit !== undefined ? { jit } : {}),
    });
    const report = buildReport(base, [
      r('mc', 'tern', jitCountsFromLog(LOG)), r('mc', 'java'), r('sor', 'tern', null), r('sor', 'java'),
    ]);
    const text = formatReport(report);
    expect(text).toContain('JIT activity of tern (whole harness process: checksum run, calibration, measured runs)\n' +
      'kernel       compiled  not compilable  invalidated  compile ms  deopts  by reason\n' +
      'Monte Carlo        23               9           13        1155     434  throw 408, poll 17, not-compiled 9\n' +
      'SOR                 -               -            -           -       -  not available\n');
    const html = htmlReport(report, null);
    expect(html).toContain('<h2>JIT compiles and deopts per kernel</h2>');
    expect(html).toContain('<tr><td>Monte Carlo</td><td>tern</td><td class="n">23</td><td class="n">9</td><td class="n">13</td><td class="n">1155</td><td class="n">434</td><td>throw 408, poll 17, not-compiled 9</td></tr>');
    expect(html).toContain('<tr><td>SOR</td><td>tern</td><td colspan="6">not available</td></tr>');
    expect(html).toContain('from the --jit-log totals');
    expect(html).not.toMatch(/<script|src=|href=/);
  });
});
