/**
 * @fileoverview Consistency of checkpoint/restore over the whole differential corpus: every
 * program runs on Tern uninterrupted, then is checkpointed and stopped at K points of its run
 * (scheduler slices chosen from a seeded random generator; the seed is printed), each image is
 * restored in a fresh process with another working directory, and the output before the checkpoint
 * followed by the restored process's output must equal the uninterrupted output byte for byte, with
 * the same exit status. One program in five is also checkpointed again after each restore, five
 * generations deep. Slow (TERN_SLOW=1, CI runs it); TERN_ONLY, TERN_JOBS and TERN_CONSISTENCY_SEED
 * steer it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBaseline } from './support/baseline.js';
import { compileProgram } from './support/compile.js';
import { readConfig } from './support/config.js';
import { discoverPrograms, filterPrograms, type JavaProgram } from './support/corpus.js';
import { createLimiter, runProcess, type RunResult } from './support/process.js';
import { TERN_LAUNCHER } from './support/tern.js';
import { seededRandom as random } from './support/random.js';

const config = readConfig();
const baseline = readBaseline(config.baselinePath);
/** Programs that read standard input are left out: the original consumed part of it. */
const programs = filterPrograms(discoverPrograms(), config.only).filter((p) => !baseline.has(p.id) && p.stdin.length === 0 && p.consistencySkip === undefined);
const limit = createLimiter(config.jobs);
const SEED = Number(process.env['TERN_CONSISTENCY_SEED'] ?? 20261206);
/** TERN_CONSISTENCY=full: three points per program and chains for one in five (the bar); the
 * slow suite in CI takes two points and chains one in ten to stay within its time budget. */
const FULL = process.env['TERN_CONSISTENCY'] === 'full';
const POINTS = FULL ? 3 : 2;
const CHAIN_ONE_IN = FULL ? 5 : 10;
const GENERATIONS = 5;
/** Small slices give many checkpoint points even in short programs. */
const BUDGET = ['-XX:TernSliceBudget=500'];
const work = mkdtempSync(join(tmpdir(), 'tern-consistency-'));
const elsewhere = mkdtempSync(join(tmpdir(), 'tern-elsewhere-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});


function hash(s: string): number {
  let h = SEED;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function tern(program: JavaProgram, args: string[], cwd: string): Promise<RunResult> {
  return limit(() => runProcess(process.execPath, [TERN_LAUNCHER, ...args], { cwd, timeoutMs: program.ternTimeoutMs ?? config.ternTimeoutMs }));
}

const text = (r: RunResult) => ({ out: r.stdout.toString('latin1'), err: r.stderr.toString('latin1') });

/**
 * Runs from `start` — a launch (`-cp ... Main args`) or `['restore', image]` — and checkpoints to
 * `image` at `slice`; returns the stopped (or completed) run.
 */
async function runUntil(program: JavaProgram, start: string[], slice: number, image: string, cwd: string) {
  const flags = [...BUDGET, ...program.ternFlags, `-XX:TernCheckpointAtSlice=${slice}:${image}`];
  const args = start[0] === 'restore' ? ['restore', ...flags, ...start.slice(1)] : [...flags, ...start];
  const r = await tern(program, args, cwd);
  return { ...text(r), status: r.exitCode };
}

async function checkProgram(program: JavaProgram): Promise<void> {
  const classes = await limit(() => compileProgram(program));
  const launch = ['-cp', classes, program.mainClass, ...program.args];
  const whole = await tern(program, [...BUDGET, ...program.ternFlags, '-XX:+TernPrintSliceCount', ...launch], program.dir);
  const { out, err: errWithCount } = text(whole);
  const m = /\[tern\] slices: (\d+)\n$/.exec(errWithCount);
  if (!m) throw new Error(`${program.id}: no slice count (status ${whole.exitCode}, timed out ${whole.timedOut})`);
  const err = errWithCount.substring(0, m.index);
  const slices = Number(m[1]);
  if (slices < 2) return; // nothing to interrupt
  const next = random(hash(program.id));
  const points = [...new Set(Array.from({ length: POINTS }, () => 1 + Math.floor(next() * (slices - 1))))];
  const where = `seed ${SEED}, ${slices} slices`;
  for (const point of points) {
    const image = join(work, `${program.id.replace('/', '_')}-${point}.tern`);
    const first = await runUntil(program, launch, point, image, program.dir);
    // Runs with sleeps may take fewer slices this time: then the run simply completes.
    if (!existsSync(image)) {
      expect({ out: first.out, err: first.err, status: first.status }, `${program.id} ended before slice ${point}`).toEqual({ out, err, status: whole.exitCode });
      continue;
    }
    if (first.status !== 0 || first.err.includes('[tern]')) throw new Error(`${program.id} at slice ${point} (${where}): checkpoint run failed: ${first.err}`);
    const rest = await tern(program, ['restore', ...program.ternFlags, image], elsewhere);
    expect({ out: first.out + text(rest).out, err: first.err + text(rest).err, status: rest.exitCode }, `${program.id} checkpointed at slice ${point} (${where})`)
      .toEqual({ out, err, status: whole.exitCode });
  }
  if (hash(program.id) % CHAIN_ONE_IN !== 0) return;
  // Chained: each restored generation is checkpointed again a little later.
  let image = join(work, `${program.id.replace('/', '_')}-gen0.tern`);
  let before = '', beforeErr = '';
  const step = Math.max(1, Math.floor(slices / (GENERATIONS + 1)));
  let start = launch;
  let generations = 0;
  for (let g = 1; g <= GENERATIONS; g++) {
    const r = await runUntil(program, start, step, image, g === 1 ? program.dir : elsewhere);
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
    image = join(work, `${program.id.replace('/', '_')}-gen${g}.tern`);
  }
  const last = await tern(program, ['restore', ...program.ternFlags, start[1]!], elsewhere);
  expect({ out: before + text(last).out, err: beforeErr + text(last).err, status: last.exitCode }, `${program.id} over ${generations} generations (${where})`)
    .toEqual({ out, err, status: whole.exitCode });
}

describe.runIf(process.env['TERN_SLOW'] === '1' || process.env['TERN_CONSISTENCY'] !== undefined)(`checkpoint/restore consistency (seed ${SEED})`, () => {
  for (const program of programs) {
    it(program.id, () => checkProgram(program), 20 * config.ternTimeoutMs);
  }
});
