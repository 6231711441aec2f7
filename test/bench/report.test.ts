// tern bench's statistics and reports: summaries, composite scores, ratios, checksum checks,
// comparison with an earlier result (regressions only beyond noise) and the HTML page.
import { describe, expect, it } from 'vitest';
import { buildReport, checksumMismatches, compareReports, formatChanges, formatReport, htmlReport, type KernelResult } from '../../bench/runner/report.js';
import { geomean, summarize } from '../../bench/runner/stats.js';

const base = {
  tool: 'tern bench' as const,
  format: 1 as const,
  date: '2026-12-07T00:00:00.000Z',
  machine: { platform: 'linux', arch: 'x64', cpus: 2, cpuModel: 'Test CPU', node: 'v20' },
  options: { kernels: ['fft', 'sor'], large: false, runs: 3, minMillis: 100, vms: ['tern', 'java'] },
};

function result(kernel: string, vm: string, mflops: number[], checksum = 1.5): KernelResult {
  return { kernel, title: kernel.toUpperCase(), size: 100, vm, runs: mflops.map((m) => ({ cycles: 8, seconds: 1, mflops: m })), mflops: null, checksum };
}

describe('bench statistics', () => {
  it('summarizes samples', () => {
    expect(summarize([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, spread: 1 });
    expect(summarize([1, 2, 3, 4]).median).toBe(2.5);
    expect(() => summarize([])).toThrow('no samples');
    expect(geomean([1, 100])).toBeCloseTo(10);
  });
});

describe('bench report', () => {
  const report = buildReport(base, [result('fft', 'tern', [10, 11, 12]), result('fft', 'java', [1000, 1100, 1200]), result('sor', 'tern', [20, 20, 20]), result('sor', 'java', [500, 500, 500])]);

  it('gives the composite (mean of medians) and the time ratios against each reference', () => {
    expect(report.composite).toEqual({ tern: 15.5, java: 800 });
    const text = formatReport(report);
    expect(text).toMatch(/^FFT +11\.0 \(18%\) +1100 \(18%\)$/m);
    expect(text).toMatch(/^Composite +15\.5 +800$/m);
    expect(text).toMatch(/^FFT +100x$/m);
    expect(text).toMatch(/^SOR +25\.0x$/m);
    expect(text).toMatch(/^Geometric mean +50\.0x$/m);
    expect(text).not.toContain('WRONG RESULTS');
  });

  it('flags a VM that computed a different checksum', () => {
    const bad = buildReport(base, [result('fft', 'tern', [1], 1.5), result('fft', 'java', [1], 1.6)]);
    expect(checksumMismatches(bad)).toEqual(['fft: java computed checksum 1.6 but tern computed 1.5']);
    expect(formatReport(bad)).toContain('WRONG RESULTS:\n  fft: java computed checksum 1.6 but tern computed 1.5');
  });

  it('calls a change a regression only when it is beyond noise', () => {
    const after = buildReport(base, [result('fft', 'tern', [5, 5.5, 6]), result('fft', 'java', [1050, 1300, 900]), result('sor', 'tern', [30, 31, 32]), result('sor', 'java', [496, 497, 498])]);
    const changes = compareReports(report, after);
    expect(changes.map((c) => [c.kernel, c.vm, c.verdict])).toEqual([
      ['fft', 'tern', 'regression'],
      ['fft', 'java', 'within noise'],
      ['sor', 'tern', 'improvement'],
      ['sor', 'java', 'within noise'], // apart, but by less than 5%
    ]);
    const text = formatChanges(changes, 'old.json');
    expect(text).toMatch(/^fft +tern +11\.0 +5\.50 +-50\.0% +REGRESSION$/m);
    expect(text).toContain('1 regression(s) beyond noise.');
  });

  it('renders a self-contained HTML page with a bar per kernel and VM', () => {
    const html = htmlReport(report, null);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|src=|href=/);
    expect(html.match(/<rect [^>]*><title>/g)?.length).toBe(6); // 2 kernels + composite, 2 VMs
    expect(html).toContain('<title>FFT on java: 1100 MFLOPS (min 1000, max 1200)</title>'.replace('FFT', 'fft'));
  });
});
