// Compile cost and start-up (docs/jit.md "Compile cost"): synchronous compiles put a hot method's
// uncompiled callees into one module; every first compile and recompile is quick (no Binaryen
// optimizer), hot loops (OSR) included; quick loops that stay hot tier up to the optimizer; a short
// run never loads Binaryen, nor does -Xint. Output is the same in every case.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERN_CLI_MODULE } from '../support/tern.js';
import { compileSources, runJava } from './helpers.js';

const SOURCE = `
public class Tiers {
    static int a(int x) { return x * 3 + 1; }
    static int b(int x) { return x ^ 0x55; }
    static int c(int x) { return x - 7; }
    static int hub(int x) { return x % 16 == 0 ? a(x) + b(x) + c(x) : x & 7; }
    static long sum(int[] v) {
        long s = 0;
        for (int i = 0; i < v.length; i++) s += v[i] * (long) i;
        return s;
    }
    public static void main(String[] args) {
        long t = 0;
        for (int i = 0; i < 30000; i++) t += hub(i);
        int[] v = new int[2000];
        for (int i = 0; i < v.length; i++) v[i] = i * 31 % 97;
        for (int r = 0; r < 60; r++) t += sum(v) % 1000;
        System.out.println(t);
    }
}`;
/** What HotSpot prints. */
const EXPECTED = '140679253\n';

let classes: { dir: string; dispose: () => void };
beforeAll(() => { classes = compileSources({ 'Tiers.java': SOURCE }); });
afterAll(() => classes.dispose());

const lineOf = (log: string[], method: string): string[] => log.filter((l) => l.includes(` Tiers.${method}(`) && l.includes('wasm bytes'));

describe('compile tiers and batches', () => {
  it('a hot method\'s uncompiled callees compile as one module; hot by calls or by a loop, quick', async () => {
    const r = await runJava(classes.dir, 'Tiers', { threshold: 50, preload: true });
    expect(r.out).toBe(EXPECTED);
    // hub got hot with a, b, c prepared (each ran a few times) but not compiled: one module, no optimizer.
    for (const m of ['a', 'b', 'c']) {
      const [first] = lineOf(r.log, m);
      expect(first).toContain('(batch of 3)');
      expect(first).toContain('no-opt');
    }
    expect(r.jit!.stats.batches).toBeGreaterThan(0);
    // hub got hot by calls, sum's and main's loops by back edges (OSR): all quick at first (the
    // optimizer is for code that stays hot, by tier-up).
    expect(lineOf(r.log, 'hub')[0]).toContain('no-opt');
    expect(lineOf(r.log, 'sum')[0]).toMatch(/OSR at .* \(gen [\d.]+ no-opt /);
    expect(lineOf(r.log, 'main')[0]).toMatch(/OSR at .* \(gen [\d.]+ no-opt /);
  });

  it('-Xcomp compiles quick; quick code whose loop keeps running tiers up to the optimizer', async () => {
    // Every 50th poll of compiled code ends the slice (the consistency harness's diagnostic), so
    // the poll stops that count towards the tier-up do not depend on time.
    const r = await runJava(classes.dir, 'Tiers', { compileAll: true, threshold: 1 }, 32 << 20, [], false, (vm) => { vm.compiledSliceBudget = 50; });
    expect(r.out).toBe(EXPECTED);
    const compiles = r.log.filter((l) => l.includes('wasm bytes'));
    expect(compiles.filter((l) => !l.includes(', tier-up,')).every((l) => l.includes('no-opt'))).toBe(true);
    const up = compiles.filter((l) => l.includes(', tier-up,') && l.includes(' Tiers.'));
    expect(up.length).toBeGreaterThan(0);
    for (const l of up) expect(l).toMatch(/ \(gen [\d.]+ opt /);
    // The optimized code replaced quick code of the same method.
    const m = / (Tiers\.\w+\([^)]*\)\S+) /.exec(up[0]!)![1]!;
    expect(compiles.findIndex((l) => l.includes(` ${m} `) && l.includes('no-opt'))).toBeLessThan(compiles.indexOf(up[0]!));
  });

  it('a short run does not load Binaryen; with a low threshold the same program does', async () => {
    // hub is called 30 000 times (past the threshold), in less work than the start-up needs (40
    // million calls and branches at this threshold); sum's loop (120 000 back edges) stays below
    // its OSR threshold.
    const quiet = await runJava(classes.dir, 'Tiers', { threshold: 20000 });
    expect(quiet.out).toBe(EXPECTED);
    expect(quiet.jit!.binaryenRequested).toBe(false);
    expect(quiet.jit!.stats.compiled).toBe(0);
    // The start-up scales with the threshold (100: 200 000 calls and branches).
    const eager = await runJava(classes.dir, 'Tiers', { threshold: 100 });
    expect(eager.out).toBe(EXPECTED);
    expect(eager.jit!.binaryenRequested).toBe(true);
  });
});

const BATCH_SOURCE = `
public class Batch {
    static int setUp(int n) { int s = 0; for (int i = 0; i < n; i++) s += i; return s; }
    static int leaf(int x) { return x * 7 + 3; }
    public static void main(String[] args) {
        long t = setUp(10);
        for (int i = 0; i < 40000; i++) t += leaf(i) & 15;
        System.out.println(t);
    }
}`;

describe('what a hot loop compiles', () => {
  let batch: { dir: string; dispose: () => void };
  beforeAll(() => { batch = compileSources({ 'Batch.java': BATCH_SOURCE }); });
  afterAll(() => batch.dispose());

  it('its callees join its batch only when they were called often, not those it called once', async () => {
    const r = await runJava(batch.dir, 'Batch', { threshold: 2000, preload: true });
    expect(r.out).toBe('300045\n');
    // main's loop got hot (OSR); leaf, called every iteration, came along; setUp, called once, did not.
    expect(r.log.filter((l) => l.includes(' Batch.main(') && l.includes('OSR at'))).toHaveLength(1);
    expect(r.log.filter((l) => l.includes(' Batch.leaf(') && l.includes('wasm bytes')).length).toBeGreaterThan(0);
    expect(r.log.filter((l) => /^\[jit\]\s+\d+\s+Batch\.setUp\(/.test(l))).toEqual([]); // (inlined into main is fine)
  });

  it('a loop hot early in a run waits for the start-up before it loads Binaryen', async () => {
    // At threshold 2000: OSR after 20 000 back edges, which main's loop passes, but the start-up
    // for loops is 800 000 interpreted calls and branches and the whole run is fewer.
    const early = await runJava(batch.dir, 'Batch', { threshold: 2000 });
    expect(early.out).toBe('300045\n');
    expect(early.jit!.stats.deferred).toBeGreaterThan(0);
    expect(early.jit!.binaryenRequested).toBe(false);
    expect(early.vm!.interpretedWork).toBeLessThan(800_000);
  });
});

describe('who loads Binaryen', () => {
  /** Runs the `tern` command line in a child process; `binaryen` = whether the JIT asked to import Binaryen. */
  function tern(args: string[]): { out: string; err: string; binaryen: boolean } {
    const script = `import(${JSON.stringify(pathToFileURL(TERN_CLI_MODULE).href)}).then((m) => m.main(${JSON.stringify(args)}, ` +
      `{ importBinaryen: () => { process.stderr.write('<binaryen requested>\\n'); return import('binaryen'); } }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: join(import.meta.dirname, '..', '..'), encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    return { out: r.stdout, err: r.stderr, binaryen: r.stderr.includes('<binaryen requested>') };
  }

  it('-Xint never does; the default mode does past the start-up, and says so', () => {
    // With a threshold of 20, sum's loop and hub are hot, and the start-up (scaled) is 40 000
    // interpreted calls and branches (8000 for loops).
    const xint = tern(['-Xint', '-XX:CompileThreshold=20', '-cp', classes.dir, 'Tiers']);
    expect(xint.out).toBe(EXPECTED);
    expect(xint.binaryen).toBe(false);
    const mixed = tern(['-XX:CompileThreshold=20', '--jit-log', '-cp', classes.dir, 'Tiers']);
    expect(mixed.out).toBe(EXPECTED);
    expect(mixed.binaryen).toBe(true);
    expect(mixed.err).toMatch(/\[jit\] loading Binaryen at slice \d+ \(\d+ calls and branches interpreted\): \S+ hot by (invocations|backedges)\n/);
  });
});
