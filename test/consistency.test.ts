/**
 * @fileoverview Consistency of checkpoint/restore over the whole differential corpus: every
 * program runs on Tern uninterrupted, then runs again with checkpoints at 3 points of its run
 * (scheduler slices chosen from a seeded random generator; the seed is printed) that let it go on:
 * that run's output must be the uninterrupted one, and each image, restored in a fresh process with
 * another working directory, must continue it: the output the program had written when the image
 * was taken followed by the restored process's output must equal the uninterrupted output byte for
 * byte, with the same exit status (in CI's default mode one image of the three, chosen by a hash of
 * the program, is restored; all three with TERN_CONSISTENCY=full). One program in ten (five with TERN_CONSISTENCY=full) is also
 * checkpointed and stopped, restored, and checkpointed again after each restore, five generations
 * deep. Slow (TERN_SLOW=1, CI runs it); TERN_ONLY, TERN_JOBS, TERN_WARM and TERN_CONSISTENCY_SEED
 * steer it. The runs that launch a program run in warm runners (test/support/warm-runner.ts),
 * each restore in a fresh process of its own.
 *
 * Modes (TERN_CONSISTENCY_MODES, comma-separated; default `default,xcomp`): `default` (the JIT on
 * at its default threshold) over the whole corpus; `xcomp` (-Xcomp: compiled before the first
 * call, loops by OSR at their first back edge) and `xint` (-Xint) over {@link CI_SUBSET} (8
 * programs), {@link JIT_SUBSET} (19) with TERN_CONSISTENCY_SUBSET=jit, or the whole corpus with
 * TERN_CONSISTENCY_SUBSET=all. TERN_CONSISTENCY_FLAGS adds options to every run.
 * Every run of a mode (the uninterrupted one, the checkpointed ones, the restores) has the mode's
 * flags: a restored process starts with no compiled code and compiles again in its own mode. With
 * -XX:TernSliceBudget, compiled code also ends its slice every N safepoint polls, and
 * -XX:+TernPrintSliceCount lists the slices that ended in a poll of compiled code; in JIT modes the
 * first point (and half the others) is drawn from those (seeded), so the checkpoint finds frames just deoptimized out of
 * compiled code (OSR'd loops, chains of compiled calls), and -XX:+TernPrintCheckpointSite confirms
 * it for each image. A program of the subset must have at least one such point under -Xcomp.
 * Each program prints its own figures as it ends (`consistency [mode] category/Name: ...`), and the
 * run a tally per mode, so that a run stopped before its end can still be counted.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeImage } from '../src/image/codec.js';
import { readBaseline } from './support/baseline.js';
import { compileProgram } from './support/compile.js';
import { readConfig } from './support/config.js';
import { discoverPrograms, filterPrograms, programEnvironment, type JavaProgram } from './support/corpus.js';
import { createLimiter, runProcess, type RunResult } from './support/process.js';
import { TERN_LAUNCHER } from './support/tern.js';
import { seededRandom as random } from './support/random.js';
import { WarmPool } from './support/warm-runner.js';

const config = readConfig();
const baseline = readBaseline(config.baselinePath);
/**
 * Every program of the corpus but those marked `consistency: skip`. Programs that read standard
 * input get their fixture, and each restored process the rest of it from where its image says the
 * VM had read it ({@link restInput}), as a user restoring a program that read a pipe would feed it.
 */
const programs = filterPrograms(discoverPrograms(), config.only).filter((p) => !baseline.has(p.id) && p.consistencySkip === undefined);

/**
 * Programs the extra modes run in CI (each -Xcomp run compiles hundreds of class-library methods
 * synchronously, so the whole corpus would take several times the harness's budget): the loop-heavy
 * programs whose loops compile. Chosen on 2026-12-07 by running all 62 programs of algorithms/,
 * arrays/, opcodes/ and threads/ under -Xcomp -XX:TernSliceBudget=500 -XX:+TernPrintSliceCount and
 * keeping every one with at least one slice that ended in compiled code (19; in the others the
 * loops stay interpreted, mostly because they allocate or call virtually, which the JIT does not
 * compile yet). The list is fixed so that CI runs the same programs every time; when the JIT
 * compiles more, rerun that selection.
 */
const JIT_SUBSET = new Set([
  'algorithms/BigFactorial', 'algorithms/BinarySearchTree', 'algorithms/Checksums', 'algorithms/Dijkstra',
  'algorithms/FibonacciMemo', 'algorithms/Mandelbrot', 'algorithms/NQueens', 'algorithms/PrimeFactorization',
  'algorithms/QuickSort', 'algorithms/RomanNumerals', 'algorithms/Sieve', 'algorithms/SinglyLinkedList',
  'algorithms/SudokuSolver', 'algorithms/UnionFind', 'opcodes/Conversions', 'opcodes/DoubleArithmetic',
  'opcodes/LongArithmetic', 'threads/ParallelSum', 'threads/ProducerConsumer',
]);
/**
 * What CI runs of the subset (TERN_SLOW=1 with no TERN_CONSISTENCY_SUBSET): 8 of the 19, the first
 * of each kind — OSR'd numeric loops (Mandelbrot, Checksums, BigFactorial), compiled recursion
 * (NQueens, FibonacciMemo), compiled calls in sort loops (QuickSort), and several threads in
 * compiled loops (ParallelSum, ProducerConsumer). Under -Xcomp each run compiles hundreds of
 * methods synchronously, and the 19 took 40 min with 2 jobs on a 2-core machine at load ~28 (2026-12-07).
 * TERN_CONSISTENCY_SUBSET=jit runs the 19, =all the whole corpus in every mode.
 */
const CI_SUBSET = new Set([
  'algorithms/Mandelbrot', 'algorithms/Checksums', 'algorithms/BigFactorial', 'algorithms/NQueens',
  'algorithms/FibonacciMemo', 'algorithms/QuickSort', 'threads/ParallelSum', 'threads/ProducerConsumer',
]);
/** Flags of each mode. */
const MODE_FLAGS: Record<string, string[]> = { default: [], xcomp: ['-Xcomp'], xint: ['-Xint'] };
const MODES = (process.env['TERN_CONSISTENCY_MODES'] ?? 'default,xcomp').split(',').map((m) => m.trim()).filter((m) => m !== '');
for (const m of MODES) if (MODE_FLAGS[m] === undefined) throw new Error(`TERN_CONSISTENCY_MODES: unknown mode ${m} (known: ${Object.keys(MODE_FLAGS).join(', ')})`);
const EXTRA_FLAGS = (process.env['TERN_CONSISTENCY_FLAGS'] ?? '').split(/\s+/).filter((f) => f !== '');
const SUBSET = process.env['TERN_CONSISTENCY_SUBSET'] ?? 'ci';
if (!['ci', 'jit', 'all'].includes(SUBSET)) throw new Error(`TERN_CONSISTENCY_SUBSET must be ci, jit or all, not ${SUBSET}`);
/** Whether `mode` runs `program`. */
const runsIn = (mode: string, program: JavaProgram) =>
  mode === 'default' || SUBSET === 'all' || (SUBSET === 'jit' ? JIT_SUBSET : CI_SUBSET).has(program.id);
/** Checkpoints taken, and of those how many found compiled frames just deoptimized, in an OSR'd loop, with 2+ compiled frames. */
interface Tally {
  images: number;
  compiled: number;
  osr: number;
  chains: number;
}
const emptyTally = (): Tally => ({ images: 0, compiled: 0, osr: 0, chains: 0 });
const describeTally = (t: Tally) =>
  `${t.images} images, ${t.compiled} taken at a slice that ended in compiled code (${t.osr} in OSR'd loops, ${t.chains} with 2+ compiled frames)`;
/** Per mode, reported at the end (each program's own figures are printed as it ends, so a run stopped early can still be counted). */
const tally = new Map<string, Tally>();
const limit = createLimiter(config.jobs);
const SEED = Number(process.env['TERN_CONSISTENCY_SEED'] ?? 20261206);
/**
 * TERN_CONSISTENCY=full: every image restored and chains for one program in five. The slow suite in
 * CI restores one image of three in the default mode and chains one program in ten, to stay within
 * its time budget. Both take three points per program (the bar), in one run.
 */
const FULL = process.env['TERN_CONSISTENCY'] === 'full';
const POINTS = 3;
const CHAIN_ONE_IN = FULL ? 5 : 10;
const GENERATIONS = 5;
/** Small slices give many checkpoint points even in short programs. */
const BUDGET = ['-XX:TernSliceBudget=500'];
/**
 * The JIT's start-up gates count interpreted work (docs/jit.md "Start-up"); at full budget they
 * open after 1000 slices (calls) / 200 (loops). Scaled to the small slices above, as they were
 * when the gates counted slices, so the default mode compiles what gets hot in these short runs.
 */
const JIT_GATES = { TERN_JIT_START_WORK: String(1000 * 500), TERN_JIT_LOOP_START_WORK: String(200 * 500) };
const work = mkdtempSync(join(tmpdir(), 'tern-consistency-'));
const elsewhere = mkdtempSync(join(tmpdir(), 'tern-elsewhere-'));
afterAll(() => {
  for (const [mode, t] of tally) {
    console.log(`consistency [${mode}]: ${describeTally(t)}`);
  }
  rmSync(work, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});


function hash(s: string): number {
  let h = SEED;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Warm runners (test/support/warm-runner.ts) for the runs that launch a program (the uninterrupted
 * one, the checkpointing ones), unless TERN_WARM=0. Restores never use them: each runs in a fresh
 * process, as a user restoring an image would, so nothing of the checkpointing process can help it.
 * The -Xcomp mode asserts that points drawn from the uninterrupted run's compiled slices are
 * compiled in the checkpointing run, so both must slice alike wherever they run: with a slice
 * budget a run's slices do not depend on time (test/jit/slice-count.test.ts).
 */
const warm = config.warm === 'off' ? undefined : new WarmPool(config.jobs, config.nodeFlags);
afterAll(() => {
  warm?.close();
  if (warm) console.log(`warm runners: ${warm.started} started, ${warm.runs} runs, ${(warm.cpuMs / 1000).toFixed(1)} CPU seconds, ${warm.fallbacks} run again in a process of their own`);
});

function tern(program: JavaProgram, args: string[], cwd: string, stdin: Buffer): Promise<RunResult> {
  const run = { cwd, env: { ...programEnvironment(program), ...JIT_GATES }, timeoutMs: program.ternTimeoutMs ?? config.ternTimeoutMs, stdin };
  if (warm && args[0] !== 'restore' && program.coldOnly === undefined) return limit(() => warm.run({ ...run, argv: args }));
  return limit(() => runProcess(process.execPath, [...config.nodeFlags, TERN_LAUNCHER, ...args], run));
}

/**
 * The standard input a process restored from `image` gets: the program's fixture from the offset
 * the image records (the bytes the VM had read from its input; those read but not taken by the
 * program are in the image). A launch (`start` not a restore) gets the whole fixture.
 */
function restInput(program: JavaProgram, image: string | null): Buffer {
  if (image === null) return program.stdin;
  const stdin = decodeImage(readFileSync(image)).stdin;
  const offset = stdin?.offset ?? 0;
  if (offset > program.stdin.length) throw new Error(`${program.id}: ${image} says ${offset} bytes of standard input were read, the fixture has ${program.stdin.length}`);
  return program.stdin.subarray(offset);
}

const text = (r: RunResult) => ({ out: r.stdout.toString('latin1'), err: r.stderr.toString('latin1') });

/** Where a checkpoint was taken: whether its slice ended in compiled code, and (when the program went on) its output so far. */
interface Site {
  compiled: boolean;
  outAt: number;
  errAt: number;
}

/**
 * Runs from `start` — a launch (`-cp ... Main args`) or `['restore', image]` — with a checkpoint
 * to `images[i]` after slice `slices[i]`; the first one stops the program unless `go` (then the
 * program runs on and every checkpoint reports how much output it had written). Returns the run,
 * without the harness's report lines, and the sites of the checkpoints taken, by slice.
 */
async function runWithCheckpoints(mode: Mode, counts: Tally, program: JavaProgram, start: string[], slices: number[], images: string[], cwd: string, go: boolean) {
  const flags = [...BUDGET, ...mode.flags, ...program.ternFlags, ...slices.map((n, i) => `-XX:TernCheckpointAtSlice=${n}:${images[i]}`), '-XX:+TernPrintCheckpointSite'];
  if (go) flags.push('-XX:+TernCheckpointContinue');
  const args = start[0] === 'restore' ? ['restore', ...flags, ...start.slice(1)] : [...flags, ...start];
  const r = await tern(program, args, cwd, restInput(program, start[0] === 'restore' ? start[1]! : null));
  let { out, err } = text(r);
  // The site lines (-XX:+TernPrintCheckpointSite) are the harness's, not the program's.
  const sites = new Map<number, Site>();
  for (const m of err.matchAll(/\[tern\] checkpoint at slice (\d+): (.*?)(?: \(after stdout byte (\d+), stderr byte (\d+)\))?\n/g)) {
    const site = m[2]!;
    sites.set(Number(m[1]), { compiled: site.startsWith('compiled'), outAt: Number(m[3] ?? -1), errAt: Number(m[4] ?? -1) });
    const t = counts;
    t.images++;
    if (site.startsWith('compiled')) {
      t.compiled++;
      if (site.includes(', OSR')) t.osr++;
      if (!/ 1 compiled frame /.test(site)) t.chains++;
    }
  }
  err = err.replace(/\[tern\] checkpoint at slice \d+: .*\n/g, '');
  return { out, err, status: r.exitCode, sites };
}

/**
 * Whether the program works with files (its source names the file APIs): those are checkpointed and
 * stopped at each point, as their files at restore must be the ones of the moment of the checkpoint.
 */
function touchesFiles(program: JavaProgram): boolean {
  return program.sources.some((f) => /\b(File(Writer|Reader|InputStream|OutputStream|Channel)?|Files|RandomAccessFile|Paths?)\b/.test(f.text));
}

/** A mode of the harness: its name and the flags every run gets. */
interface Mode {
  name: string;
  flags: string[];
}

async function checkProgram(mode: Mode, program: JavaProgram, counts: Tally): Promise<void> {
  const classes = await limit(() => compileProgram(program));
  const launch = ['-cp', classes, program.mainClass, ...program.args];
  const whole = await tern(program, [...BUDGET, ...mode.flags, ...program.ternFlags, '-XX:+TernPrintSliceCount', ...launch], program.dir, program.stdin);
  const { out, err: errWithCount } = text(whole);
  const m = /\[tern\] slices: (\d+)(?: \(compiled:([ 0-9]*)\))?\n$/.exec(errWithCount);
  if (!m) throw new Error(`${program.id}: no slice count (status ${whole.exitCode}, timed out ${whole.timedOut})`);
  const err = errWithCount.substring(0, m.index);
  const slices = Number(m[1]);
  if (slices < 2) return; // nothing to interrupt
  // Slices that ended in a poll of compiled code (the last one ends the program: not a point).
  const compiledSlices = (m[2] ?? '').split(' ').filter((x) => x !== '').map(Number).filter((n) => n < slices);
  const next = random(hash(program.id));
  // The first point is in compiled code when any slice ended there, the others anywhere half the time.
  const pick = (i: number) => compiledSlices.length > 0 && (i === 0 || next() < 0.5)
    ? compiledSlices[Math.floor(next() * compiledSlices.length)]!
    : 1 + Math.floor(next() * (slices - 1));
  const points = [...new Set(Array.from({ length: POINTS }, (_, i) => pick(i)))].sort((x, y) => x - y);
  const where = `mode ${mode.name}, seed ${SEED}, ${slices} slices, ${compiledSlices.length} ending in compiled code`;
  const images = points.map((point) => join(work, `${mode.name}-${program.id.replace('/', '_')}-${point}.tern`));
  let compiledPoints = 0;
  // Which images are restored: all of them at full strength and in the JIT modes' subsets; in CI's
  // default mode one of the three (by a hash of the program), to keep the slow suite in budget.
  // Programs that stop at each point (files) are only checkpointed at the points restored.
  const one = hash(program.id) % points.length;
  const restored = (i: number) => FULL || mode.name !== 'default' || i === one;
  /** Restores image `i` and checks that it continues `before` (the output when it was taken) to the uninterrupted output. */
  const restoreAndCompare = async (i: number, before: { out: string; err: string }) => {
    const rest = await tern(program, ['restore', ...mode.flags, ...program.ternFlags, images[i]!], elsewhere, restInput(program, images[i]!));
    expect({ out: before.out + text(rest).out, err: before.err + text(rest).err, status: rest.exitCode }, `${program.id} checkpointed at slice ${points[i]} (${where})`)
      .toEqual({ out, err, status: whole.exitCode });
  };
  if (!touchesFiles(program)) {
    // One run takes every image and goes on: with the checkpoints, its output must still be the
    // uninterrupted one, and each image must continue it from where it was taken.
    const run = await runWithCheckpoints(mode, counts, program, launch, points, images, program.dir, true);
    if (run.err.includes('[tern]')) throw new Error(`${program.id} at slices ${points.join(', ')} (${where}): a checkpoint failed: ${run.err}`);
    expect({ out: run.out, err: run.err, status: run.status }, `${program.id} checkpointed at slices ${points.join(', ')} and going on (${where})`)
      .toEqual({ out, err, status: whole.exitCode });
    for (const [i, point] of points.entries()) {
      if (!restored(i)) continue;
      const site = run.sites.get(point);
      // Runs with sleeps may take fewer slices this time: then there is no image from there.
      if (site === undefined) {
        if (existsSync(images[i]!)) throw new Error(`${program.id}: an image at slice ${point} but no report of it (${where})`);
        continue;
      }
      if (site.compiled) compiledPoints++;
      await restoreAndCompare(i, { out: run.out.substring(0, site.outAt), err: run.err.substring(0, site.errAt) });
    }
  } else {
    // A run that went on would change the files its images continue from: stop at each point.
    for (const [i, point] of points.entries()) {
      if (!restored(i)) continue;
      const first = await runWithCheckpoints(mode, counts, program, launch, [point], [images[i]!], program.dir, false);
      if (!existsSync(images[i]!)) {
        expect({ out: first.out, err: first.err, status: first.status }, `${program.id} ended before slice ${point}`).toEqual({ out, err, status: whole.exitCode });
        continue;
      }
      if (first.status !== 0 || first.err.includes('[tern]')) throw new Error(`${program.id} at slice ${point} (${where}): checkpoint run failed: ${first.err}`);
      if (first.sites.get(point)?.compiled) compiledPoints++;
      await restoreAndCompare(i, first);
    }
  }
  if (mode.name === 'xcomp' && JIT_SUBSET.has(program.id) && !EXTRA_FLAGS.includes('-Xint')) {
    expect(compiledPoints, `${program.id}: no checkpoint fell inside compiled code (${where})`).toBeGreaterThan(0);
  }
  if (hash(program.id) % CHAIN_ONE_IN !== 0) return;
  // Chained: each restored generation is checkpointed again a little later.
  let image = join(work, `${mode.name}-${program.id.replace('/', '_')}-gen0.tern`);
  let before = '', beforeErr = '';
  const step = Math.max(1, Math.floor(slices / (GENERATIONS + 1)));
  let start = launch;
  let generations = 0;
  for (let g = 1; g <= GENERATIONS; g++) {
    const r = await runWithCheckpoints(mode, counts, program, start, [step], [image], g === 1 ? program.dir : elsewhere, false);
    before += r.out;
    beforeErr += r.err;
    if (!existsSync(image)) {
      // The program ended within this generation.
      expect({ out: before, err: beforeErr, status: r.status }, `${program.id} over ${generations} generations (${where})`).toEqual({ out, err, status: whole.exitCode });
      return;
    }
    if (r.status !== 0 || r.err.includes('[tern]')) throw new Error(`${program.id} generation ${g} (${where}): ${r.err}`);
    generations = g;
    start = ['restore', image];
    image = join(work, `${mode.name}-${program.id.replace('/', '_')}-gen${g}.tern`);
  }
  const last = await tern(program, ['restore', ...mode.flags, ...program.ternFlags, start[1]!], elsewhere, restInput(program, start[1]!));
  expect({ out: before + text(last).out, err: beforeErr + text(last).err, status: last.exitCode }, `${program.id} over ${generations} generations (${where})`)
    .toEqual({ out, err, status: whole.exitCode });
}

describe.runIf(process.env['TERN_SLOW'] === '1' || process.env['TERN_CONSISTENCY'] !== undefined)(`checkpoint/restore consistency (seed ${SEED})`, () => {
  for (const name of MODES) {
    const mode: Mode = { name, flags: [...MODE_FLAGS[name]!, ...EXTRA_FLAGS] };
    tally.set(name, emptyTally());
    describe(name, () => {
      for (const program of programs.filter((p) => runsIn(name, p))) {
        // Concurrent: each program's runs follow one another, so two programs at a time (TERN_JOBS
        // processes in all) keep both cores of a CI machine busy.
        it.concurrent(program.id, async () => {
          const counts = emptyTally();
          try {
            await checkProgram(mode, program, counts);
          } finally {
            const t = tally.get(name)!;
            t.images += counts.images;
            t.compiled += counts.compiled;
            t.osr += counts.osr;
            t.chains += counts.chains;
            console.log(`consistency [${name}] ${program.id}: ${describeTally(counts)}`);
          }
        }, 20 * config.ternTimeoutMs);
      }
    });
  }
});
