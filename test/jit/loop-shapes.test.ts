// Range-check elimination beyond innermost `i++` loops (jit/loops.ts Induction, LoopPlan;
// docs/jit.md "Loops"): outer loops of a nest are versioned with their inner loops' versions
// inside both copies (per-row accesses m[r], start[r], start[r + 1], y[r] drop their checks),
// down-counting loops (`i >= 0`, `i > lo`, `i -= 2`), `<=` tests and constant strides. The
// compiler's loop reports say which checks the fast copies dropped (asserted below, against the
// pcs javap lists), and every output, exceptions included (type, message, method and line), must
// be HotSpot's: with -Xcomp, with a deopt at every poll (-XX:+DeoptimizeALot: re-entries by OSR
// into inner loops of either copy), and tiered (OSR mid-run). LoopShapes.java.txt calls each loop
// where its entry predicate holds and where it fails at the first or last index, with limits near
// Integer.MAX_VALUE / MIN_VALUE (a counter that would wrap), null and short rows, rows swapped and
// arrays reassigned inside the loop, printing the partial results left behind by an exception.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onLoopReport, type LoopReport } from '../../jit/loops.js';
import { javaFixture, runJava } from './helpers.js';

vi.setConfig({ testTimeout: 300_000 });

const SOURCE = readFileSync(new URL('./LoopShapes.java.txt', import.meta.url), 'utf8');

const program = javaFixture({ 'LoopShapes.java': SOURCE }, 'LoopShapes', { javaFlags: ['-Xint'] });
afterEach(() => onLoopReport(null));

async function run(options: Record<string, unknown>): Promise<{ out: string; reports: Map<string, LoopReport> }> {
  const reports = new Map<string, LoopReport>();
  onLoopReport((method, r) => { if (method.startsWith('LoopShapes.')) reports.set(method, r); });
  const r = await runJava(program.dir, 'LoopShapes', options);
  expect(r.err).toBe('');
  return { out: r.out, reports };
}

/** javap's listing of `name`'s code: pc → instruction text. */
function code(name: string): Map<number, string> {
  const text = execFileSync('javap', ['-c', '-p', '-cp', program.dir, 'LoopShapes'], { encoding: 'utf8' });
  const start = text.indexOf(` ${name}(`);
  const body = text.slice(start, text.indexOf('\n\n', start));
  return new Map([...body.matchAll(/^\s+(\d+): (.*)$/gm)].map((x) => [Number(x[1]), x[2]!.trim()]));
}
/** pcs of `name`'s array loads and stores. */
function arrayPcs(name: string): number[] {
  return [...code(name)].filter(([, t]) => /^[ilfdbcsa]a(load|store)\b/.test(t)).map(([pc]) => pc);
}
/** pcs of the loop headers of `name` (targets of its backward gotos). */
function headers(name: string): number[] {
  return [...code(name)].filter(([pc, t]) => t.startsWith('goto') && Number(t.split(/\s+/)[1]) < pc).map(([, t]) => Number(t.split(/\s+/)[1])).sort((x, y) => x - y);
}

describe('JIT: range checks of outer, down-counting, `<=` and strided loops', () => {
  it('-Xcomp: which checks are dropped; output as HotSpot', async () => {
    const { out, reports } = await run({ compileAll: true });
    expect(out).toBe(program.expected);
    const rep = (name: string): LoopReport => {
      const m = [...reports.keys()].find((k) => k.startsWith(`LoopShapes.${name}(`));
      expect(m, name).toBeDefined();
      return reports.get(m!)!;
    };
    const dropped = (name: string): number[] => rep(name).rangeChecksDropped;
    // Outer loops: rowSums's m[r] and out[r] with the inner row[c]; every access of the nest.
    expect(dropped('rowSums')).toEqual(arrayPcs('rowSums'));
    expect(rep('rowSums').versioned).toEqual(headers('rowSums'));
    // Sparse's shape: start[r], start[r + 1], vals[k], cols[k], y[r]; only x[cols[k]] keeps its check.
    const csr = arrayPcs('csr');
    expect(rep('csr').versioned).toEqual(headers('csr'));
    expect(csr.filter((pc) => !dropped('csr').includes(pc))).toHaveLength(1);
    expect(dropped('csr')).toHaveLength(5);
    // LU's shape, three loops: the i and k loops are versioned (m[i], rowI[k] load and store,
    // rowJ[k]); the j loop is three deep (MAX_VERSION_DEPTH), so m[j] keeps its check; rowI[j]
    // too (j is the outermost loop's variable, and rowI is stored in the i loop).
    expect(rep('triangle').versioned).toEqual(headers('triangle').slice(1));
    expect(dropped('triangle')).toEqual(arrayPcs('triangle').slice(1, -1));
    // The outer loop's header `r + 1 < n` is not an induction test: only the inner loop is versioned.
    expect(rep('rotateRows').versioned).toHaveLength(1);
    expect(dropped('rotateRows')).toHaveLength(1);
    // The outer loop stores m: m[r] keeps its check; the inner row[c] drops it.
    expect(dropped('switching')).toHaveLength(1);
    expect(dropped('switching')[0]).toBe(arrayPcs('switching')[1]);
    // Down-counting loops, `<=` and strides: every access indexed by the variable (± a constant).
    for (const name of ['sumDown', 'pairsDown', 'everyOtherDown', 'sumInclusive', 'strided', 'reverseInto']) {
      expect(rep(name).versioned, name).toHaveLength(1);
    }
    expect(dropped('sumDown')).toEqual(arrayPcs('sumDown'));
    expect(dropped('pairsDown')).toEqual(arrayPcs('pairsDown'));
    expect(dropped('everyOtherDown')).toEqual(arrayPcs('everyOtherDown'));
    expect(dropped('sumInclusive')).toEqual(arrayPcs('sumInclusive'));
    expect(dropped('strided')).toEqual(arrayPcs('strided'));
    // reverseInto: src[i] only (dst[n - 1 - i] is not i ± c).
    expect(dropped('reverseInto')).toEqual(arrayPcs('reverseInto').slice(-2, -1));
    // pairSums: a[i], a[i + 1]; out[i / 2] keeps its checks.
    expect(dropped('pairSums')).toHaveLength(2);
  });

  it('-Xcomp -XX:+DeoptimizeALot: every poll deoptimizes, re-entries by OSR into either copy; same output', async () => {
    const { out } = await run({ compileAll: true, deoptimizeALot: true });
    expect(out).toBe(program.expected);
  });

  it('-Xcomp with per-header OSR functions and DeoptimizeALot: same output', async () => {
    const { out } = await run({ compileAll: true, deoptimizeALot: true, osrFunctions: 6 });
    expect(out).toBe(program.expected);
  });

  it('tiered (OSR into versioned nests mid-run): same output', async () => {
    const { out } = await run({ threshold: 5 });
    expect(out).toBe(program.expected);
  });
});
