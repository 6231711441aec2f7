// Range-check elimination, loop-invariant fields of `this` and lengths hoisted out of loop nests,
// vector loops, unrolled fast copies and counted polls (jit/loops.ts,
// docs/jit.md "Loops"): the compiler reports which loops it versioned and which bounds checks
// the fast copies dropped (asserted below), and every program output, exceptions included (type,
// message, method and line of the throwing frame), must be HotSpot's: with -Xcomp, with a deopt at
// every poll (-XX:+DeoptimizeALot) and in the tiered default mode. RangeChecks.java.txt calls
// every loop with arguments where the entry predicate holds and where it fails (limits past the
// end, negative starts, Integer.MIN_VALUE, null arrays with and without iterations, shorter second
// arrays, aliased arrays, null and short rows, fields reassigned between calls).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onLoopReport, type LoopReport } from '../../jit/loops.js';
import { javaFixture, runJava } from './helpers.js';

vi.setConfig({ testTimeout: 300_000 });

const SOURCE = readFileSync(new URL('./RangeChecks.java.txt', import.meta.url), 'utf8');

const program = javaFixture({ 'RangeChecks.java': SOURCE }, 'RangeChecks', { javaFlags: ['-Xint'] });
afterEach(() => onLoopReport(null));

/** Runs with the JIT options given, collecting every compile's loop report by method. */
async function run(options: Record<string, unknown>): Promise<{ out: string; reports: Map<string, LoopReport[]>; log: string[] }> {
  const reports = new Map<string, LoopReport[]>();
  onLoopReport((method, r) => { if (method.startsWith('RangeChecks')) reports.set(method, [...(reports.get(method) ?? []), r]); });
  const r = await runJava(program.dir, 'RangeChecks', options);
  expect(r.err).toBe('');
  return { out: r.out, reports, log: r.log };
}

/** The pcs of `method`'s array instructions, from javap. */
function arrayAccessPcs(method: string): number[] {
  const text = execFileSync('javap', ['-c', '-p', '-cp', program.dir, method.startsWith('RangeChecks$') ? method.split('.')[0]! : 'RangeChecks'], { encoding: 'utf8' });
  const name = method.split('.')[1]!.split('(')[0]!;
  const start = text.indexOf(` ${name}(`);
  const body = text.slice(start, text.indexOf('\n\n', start));
  return [...body.matchAll(/^\s+(\d+): [ilfdbcsa]a(load|store)\b/gm)].map((x) => Number(x[1]));
}

describe('JIT: range-check elimination', () => {
  it('-Xcomp: the loops are versioned, their checks dropped in the fast copy; output as HotSpot', async () => {
    const { out, reports, log } = await run({ compileAll: true });
    expect(out).toBe(program.expected);
    // Loop reports are of compiled methods, not of inlined bodies: sumFrom, called only from a
    // lambda, is inlined there with the lambda's body (nested inlining) and never compiled alone.
    const inlinedOnly = (m: string): boolean => !reports.has(m) && log.some((l) => l.includes(` ${m}@`));
    const last = (m: string): LoopReport => {
      const rs = reports.get(m);
      expect(rs, m).toBeDefined();
      return rs!.at(-1)!;
    };
    // Every array access indexed by the induction variable loses its check in the fast copy.
    for (const m of ['RangeChecks.sumTo([II)I', 'RangeChecks.sumFrom([III)I', 'RangeChecks.dot([D[DI)D', 'RangeChecks.addInto([I[II)V',
      'RangeChecks.postIncrement([II)I']) {
      if (m === 'RangeChecks.sumFrom([III)I' && inlinedOnly(m)) continue;
      const r = last(m);
      expect(r.versioned, m).toHaveLength(1);
      expect(r.rangeChecksDropped, m).toEqual(arrayAccessPcs(m));
    }
    // Indexes i - 1 and i + 1 (SOR's stencil): the predicate checks from - 1 >= 0 and to + 1 <= length.
    const smooth = 'RangeChecks.smooth([D[DII)D';
    expect(last(smooth).rangeChecksDropped).toEqual(arrayAccessPcs(smooth)); // (and the for-each over dst)
    // SOR's loop: limit n - 1, rows loaded in the outer loop, indexes j - 1, j, j + 1 (6 checks);
    // the outer loop is versioned too: g[i - 1], g[i], g[i + 1] (3 more); row[1] keeps its check.
    expect(last('RangeChecks.stencil([[DI)D').rangeChecksDropped).toEqual(arrayAccessPcs('RangeChecks.stencil([[DI)D').slice(0, -1));
    expect(last('RangeChecks.stencil([[DI)D').versioned).toHaveLength(2);
    // Every primitive element type; but `zs[i] = !zs[i]` stores in another basic block than the
    // one that pushed i (the ?: branches), and stack values are tracked within a block only.
    const chars = 'RangeChecks.chars([C[B[S[J[F[ZI)J';
    expect(last(chars).rangeChecksDropped).toEqual(arrayAccessPcs(chars).slice(0, -1));
    // A constant limit (c < 4) on a row loaded in the outer loop, and that load (rows[r], limit rows.length).
    expect(last('RangeChecks.fixedWidth([[I)I').rangeChecksDropped).toEqual(arrayAccessPcs('RangeChecks.fixedWidth([[I)I'));
    // LU's pivot search: m[i] is unchecked, m[i][j] (j is not the induction variable) keeps its check.
    const piv = arrayAccessPcs('RangeChecks.pivot([[DI)I');
    expect(last('RangeChecks.pivot([[DI)I').rangeChecksDropped).toHaveLength(1);
    expect(piv.length).toBeGreaterThan(1);
    // i stored twice in the loop: not an induction variable, nothing dropped.
    expect(last('RangeChecks.skipping([II)I').versioned).toEqual([]);
    expect(last('RangeChecks.skipping([II)I').rangeChecksDropped).toEqual([]);
    // Sparse: the fields of `this` read in the loop nest (values, x, columns, rowStart) are hoisted
    // out of the outer (row) loop, whose header is pc 5 (`iload r; aload y; arraylength`), with
    // their lengths and y's; values[k] and columns[k] are unchecked, and in the versioned row loop
    // rowStart[r], rowStart[r + 1] and y[r]; x[columns[k]] keeps its check.
    const sp = last('RangeChecks$Sparse.multiply([D)D');
    expect(sp.hoistedFields).toHaveLength(4);
    expect(sp.hoistedFields.every((f) => f.endsWith('@5'))).toBe(true);
    expect(sp.hoistedLengths.filter((l) => l.endsWith('@5'))).toHaveLength(5);
    expect(sp.rangeChecksDropped).toHaveLength(5);
    expect(sp.versioned).toHaveLength(2);
    expect(arrayAccessPcs('RangeChecks$Sparse.multiply([D)D').filter((pc) => !sp.rangeChecksDropped.includes(pc))).toHaveLength(1);
    // LU's elimination nest: m's length is hoisted out of the outermost loop (m is local 0), rowJ's
    // (local 5) out of the i loop only (rowJ is stored in the j loop), rowI's (local 9) out of the k loop.
    const el = last('RangeChecks.eliminate([[DI)D');
    const headers = (slot: number): number[] => el.hoistedLengths.filter((l) => l.startsWith(`${slot}@`)).map((l) => Number(l.split('@')[1]));
    expect(headers(0)).toHaveLength(1);
    expect(headers(5)).toHaveLength(1);
    expect(headers(9)).toHaveLength(1);
    expect(headers(0)[0]!).toBeLessThan(headers(5)[0]!);
    expect(headers(5)[0]!).toBeLessThan(headers(9)[0]!);
    // The i and k loops are versioned: m[i] (i loop), rowI[k] and rowJ[k] (k loop); the j loop
    // is three loops deep (jit/loops.ts MAX_VERSION_DEPTH): m[j] keeps its check, and so do rowJ[j]
    // and rowI[j] (rows stored in the loop whose variable is j, or not j's loop).
    expect(el.versioned).toHaveLength(2);
    expect(el.rangeChecksDropped).toHaveLength(4);
    // The k loop runs two iterations at a time (`rowI[k] -= f * rowJ[k]`), like axpy and blend;
    // loops with a reduction (dot), indexes i ± 1 (smooth) or other element types are not.
    expect(el.vectorized).toEqual([Math.max(...el.versioned)]);
    expect(last('RangeChecks.axpy([D[DDI)I').vectorized).toHaveLength(1);
    expect(last('RangeChecks.blend([D[D[DDII)V').vectorized).toHaveLength(1);
    for (const m of ['RangeChecks.dot([D[DI)D', 'RangeChecks.smooth([D[DII)D', 'RangeChecks.sumTo([II)I']) expect(last(m).vectorized, m).toEqual([]);
    // Small versioned loops that are not vectorized have their fast copy unrolled once (Sparse's
    // row loop, dot's reduction); vectorized ones are not.
    for (const m of ['RangeChecks.dot([D[DI)D', 'RangeChecks.sumTo([II)I', 'RangeChecks$Sparse.multiply([D)D']) expect(last(m).unrolled, m).toHaveLength(1);
    expect(last('RangeChecks.axpy([D[DDI)I').unrolled).toEqual([]);
    // Outer loops that store a field (or call a method that may) do not hoist fields: only the
    // inner loop does, so every row's `current` / `offset` is read after the store / call.
    for (const m of ['RangeChecks$Rows.storing()D', 'RangeChecks$Rows.calling()D']) {
      const r = last(m);
      const innerHeader = Math.max(...r.hoistedFields.map((f) => Number(f.split('@')[1])));
      expect(r.hoistedFields.length, m).toBeGreaterThan(0);
      expect(r.hoistedFields.every((f) => f.endsWith(`@${innerHeader}`)), m).toBe(true);
    }
  });

  it('-Xcomp -XX:+DeoptimizeALot: every poll deoptimizes (inside fast and checked copies); same output', async () => {
    const { out } = await run({ compileAll: true, deoptimizeALot: true });
    expect(out).toBe(program.expected);
  });

  it('tiered (OSR into versioned loops): same output', async () => {
    const { out } = await run({ threshold: 5 });
    expect(out).toBe(program.expected);
  });
});
