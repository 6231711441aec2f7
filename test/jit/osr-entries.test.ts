// OSR functions per loop header (jit/compiler.ts emitOsr, docs/jit.md "Loops", "OSR entries"):
// optimized code of a method with few loop headers gets one OSR function per header, each with a
// single entry, so a loop nest entered at an inner header needs no label dispatch; quick code,
// and methods with more headers than OSR_FUNCTIONS, share one function entering at all of them.
// The loop reports say which functions were made; OsrNests.java.txt (a CSR product nest, a
// triangular nest with a while loop, seven loops in a row, failures in inner loops) must print
// HotSpot's output when every poll deoptimizes and re-enters by OSR at whichever header it reached.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onLoopReport, type LoopReport } from '../../jit/loops.js';
import type { TraceEvent } from '../../jit/trace-events.js';
import { javaFixture, runJava } from './helpers.js';

vi.setConfig({ testTimeout: 300_000 });

const SOURCE = readFileSync(new URL('./OsrNests.java.txt', import.meta.url), 'utf8');

const program = javaFixture({ 'OsrNests.java': SOURCE }, 'OsrNests', { javaFlags: ['-Xint'] });
afterEach(() => onLoopReport(null));

async function run(options: Record<string, unknown>): Promise<{ out: string; reports: Map<string, LoopReport[]>; osr: Map<string, Set<number>> }> {
  const reports = new Map<string, LoopReport[]>();
  const osr = new Map<string, Set<number>>();
  onLoopReport((method, r) => { if (method.startsWith('OsrNests')) reports.set(method, [...(reports.get(method) ?? []), r]); });
  const trace = (e: TraceEvent): void => {
    if (e.ev === 'osr') osr.set(e.method, (osr.get(e.method) ?? new Set()).add(e.pc));
  };
  const r = await runJava(program.dir, 'OsrNests', { ...options, trace });
  expect(r.err).toBe('');
  return { out: r.out, reports, osr };
}

const MULTIPLY = 'OsrNests.multiply(I)D', TRIANGLE = 'OsrNests.triangle([[II)J', SEVEN = 'OsrNests.sevenLoops([II)I';

describe('JIT: OSR functions per loop header', () => {
  it('-Xcomp with per-header OSR functions: one function per header, each entering there only; output as HotSpot', async () => {
    const { out, reports } = await run({ compileAll: true, osrFunctions: 6 });
    expect(out).toBe(program.expected);
    for (const m of [MULTIPLY, TRIANGLE]) {
      const r = reports.get(m)?.at(-1);
      expect(r, m).toBeDefined();
      const fns = r!.osrFunctions;
      expect(fns.length, m).toBeGreaterThan(1);
      for (const f of fns) expect(f, m).toHaveLength(1);
      expect(new Set(fns.map((f) => f[0])).size, m).toBe(fns.length);
    }
    // multiply: the cycle, row and element loops plus the final for-each.
    expect(reports.get(MULTIPLY)!.at(-1)!.osrFunctions).toHaveLength(4);
    // Seven loops are more headers than get functions of their own: one function enters at all.
    const seven = reports.get(SEVEN)!.at(-1)!.osrFunctions;
    expect(seven).toHaveLength(1);
    expect(seven[0]!.length).toBeGreaterThan(6);
  });

  it('-Xcomp -XX:+DeoptimizeALot with per-header OSR functions: re-entered at inner headers; output as HotSpot', async () => {
    const { out, osr } = await run({ compileAll: true, deoptimizeALot: true, osrFunctions: 6 });
    expect(out).toBe(program.expected);
    // Every poll deoptimizes: the nests are entered again at their inner headers, not only the outermost.
    expect(osr.get('OsrNests.multiply(I)D')?.size ?? 0).toBeGreaterThanOrEqual(3);
    expect(osr.get('OsrNests.triangle([[II)J')?.size ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('-Xcomp (quick code): one shared OSR function entering at every header', async () => {
    const { out, reports } = await run({ compileAll: true });
    expect(out).toBe(program.expected);
    const fns = reports.get(MULTIPLY)!.at(-1)!.osrFunctions;
    expect(fns).toHaveLength(1);
    expect(fns[0]!.length).toBe(4);
  });

  it('tiered: same output', async () => {
    const { out } = await run({});
    expect(out).toBe(program.expected);
  });
});
