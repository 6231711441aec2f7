// `tern bench` end to end: a short run of one kernel on Tern and HotSpot with JSON and HTML
// reports, a comparison with that result, progress on standard error, and usage errors.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TERN = join(ROOT, 'bin', 'tern.js');
const dir = mkdtempSync(join(tmpdir(), 'tern-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tern = (...args: string[]) => spawnSync('node', [TERN, ...args], { encoding: 'utf8', timeout: 180_000 });

describe('tern bench', () => {
  it('measures a kernel on Tern and java, checks both computed the same, writes JSON and HTML, compares', () => {
    const json = join(dir, 'mc.json'), html = join(dir, 'mc.html');
    const r = tern('bench', '--kernels', 'mc', '--against', 'java', '--runs', '2', '--min-time', '20', '--json', json, '--html', html);
    expect(r.stderr).toMatch(/^\[1\/2\] mc on tern: calibrating \([\d.]+ s\)$/m);
    expect(r.stderr).toMatch(/^\[2\/2\] mc on java: run 2\/2 done \([\d.]+ s\)$/m);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Monte Carlo +[\d.]+ \(\d+%\) +[\d.]+ \(\d+%\)$/m);
    expect(r.stdout).toMatch(/^Geometric mean +[\d.]+x$/m);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.options.vms).toEqual(['tern', 'java']);
    expect(report.results.map((x: { vm: string; runs: unknown[] }) => [x.vm, x.runs.length])).toEqual([['tern', 2], ['java', 2]]);
    expect(report.results[0].checksum).toBe(report.results[1].checksum);
    // The JIT's counts for Tern's run (from its deopt trace or --jit-log totals), none for java's.
    expect(report.results[0].jit).toMatchObject({ source: expect.stringMatching(/^(deopt-trace|jit-log)$/), compiled: expect.any(Number), deopts: expect.any(Number) });
    expect(report.results[1].jit).toBeUndefined();
    expect(r.stdout).toMatch(/^JIT activity of tern \(whole harness process/m);
    expect(r.stdout).toMatch(/^Monte Carlo +\d+ +\d+ +\d+ +\d+ +\d+ +(none|\S+ \d+)/m);
    expect(readFileSync(html, 'utf8')).toContain('<h2>JIT compiles and deopts per kernel</h2>');
    expect(readFileSync(html, 'utf8')).toContain('<svg');

    const again = tern('bench', '--kernels', 'mc', '--runs', '1', '--min-time', '20', '--compare', json);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`Compared with ${json.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(median MFLOPS\\):\\nkernel`));
    expect(again.stdout).toMatch(/^mc +tern +[\d.]+ +[\d.]+ +[+-][\d.]+% +(REGRESSION|improvement|within noise)$/m);
  });

  it("runs a user's benchmark class (IntToDoubleFunction, DoubleSupplier for the checksum)", () => {
    writeFileSync(join(dir, 'Harmonic.java'), `
public class Harmonic implements java.util.function.IntToDoubleFunction, java.util.function.DoubleSupplier {
  private double sum;
  public double applyAsDouble(int cycles) {
    for (int c = 0; c < cycles; c++) { sum = 0; for (int i = 1; i <= 1000; i++) sum += 1.0 / i; }
    return 2000.0 * cycles;
  }
  public double getAsDouble() { return sum; }
}`);
    execFileSync('javac', ['--release', '17', '-d', dir, join(dir, 'Harmonic.java')]);
    const json = join(dir, 'harmonic.json');
    const r = tern('bench', '--class', 'Harmonic', '-cp', dir, '--against', 'java', '--runs', '1', '--min-time', '20', '--json', json);
    expect(r.stderr).toMatch(/class:Harmonic on tern: run 1\/1 done/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Harmonic +[\d.]+ \(0%\) +[\d.]+ \(0%\)$/m);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.results[0].checksum).toBeCloseTo(7.485470860550345, 12);
    expect(report.results[1].checksum).toBe(report.results[0].checksum);
  });

  it('refuses bad usage with one line and status 1', () => {
    const cases: Array<[string[], RegExp]> = [
      [['bench', '--kernels', 'fft,nbody'], /^Error: unknown kernel 'nbody' \(choose from fft, sor, mc, sparse, lu\)\n$/],
      [['bench', '--against', 'jikes'], /^Error: unknown VM 'jikes' \(choose from java, java-Xint, tern-Xint\)\n$/],
      [['bench', '--runs', '0'], /^Error: --runs needs a positive integer\n/],
      [['bench', '--class', 'my.Bench'], /^Error: --class needs -cp PATH/],
      [['bench', '--compare', join(dir, 'none.json')], /^Error: cannot read .*none\.json: no such file\n$/],
    ];
    for (const [args, message] of cases) {
      const r = tern(...args);
      expect(r.stderr).toMatch(message);
      expect(r.status).toBe(1);
    }
  });
});
