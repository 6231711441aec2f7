#!/usr/bin/env node
// @ts-check
/**
 * @fileoverview The steady-state cost of being checkpointable (issues 5 and 6: the goal is 0%):
 * bench/java kernels run with the control endpoint off, on (what `tern` always does) and open (the
 * socket listening), see overhead-run.mjs; the interpreter kernels under -Xint, the numeric kernels
 * under -Xcomp (compiled code from the start). One run of the benchmark alternates the three
 * settings per repetition, rotating their order, so that load drifts hit all three alike; each
 * repetition gives a ratio on/off and open/off per kernel, reported as the median with the range
 * (min–max) over the repetitions. Time is each kernel's self-measured region (main-thread CPU time
 * with --cpu, the default; wall time with --wall).
 *
 *   node bench/checkpoint/overhead.mjs [--runs 5] [--scale 0.3] [--jit-scale 3] [--sets int,comp] [--wall]
 *
 * Prints a Markdown table on stdout, progress on stderr.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileKernels, KERNELS, parseKernelOutput, scaledIterations } from '../kernels.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { values: opts } = parseArgs({ options: {
  runs: { type: 'string' }, scale: { type: 'string' }, 'jit-scale': { type: 'string' }, wall: { type: 'boolean' }, sets: { type: 'string' },
} });
const RUNS = Number(opts.runs ?? 5);
/** Work sizes: the interpreter's, and the compiled kernels' (10x faster, so more work to stay well above the 10 ms CPU clock tick). */
const SCALE = Number(opts.scale ?? 0.3);
const JIT_SCALE = Number(opts['jit-scale'] ?? 3);
const SETS = [
  { name: 'int', flags: '-Xint', scale: SCALE, kernels: ['IntLoop', 'FieldAccess', 'VirtualCalls', 'SmallObjects'] },
  { name: 'comp', flags: '-Xcomp', scale: JIT_SCALE, kernels: ['IntLoop', 'LongArith', 'DoubleArith'] },
].filter((s) => (opts.sets ?? 'int,comp').split(',').includes(s.name));
const ENDPOINTS = ['off', 'on', 'open'];

const classes = mkdtempSync(join(tmpdir(), 'tern-overhead-'));
compileKernels(classes);
const env = { ...process.env, ...(opts.wall ? {} : { TERN_CPU_CLOCK: '1' }) };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
const allOn = [], allOpen = [];
for (const set of SETS) {
  for (const name of set.kernels) {
    const kernel = KERNELS.find((k) => k.name === name);
    const n = String(scaledIterations(kernel, set.scale));
    /** @type {Record<string, number[]>} */
    const times = { off: [], on: [], open: [] };
    const onRatios = [], openRatios = [];
    for (let r = 0; r < RUNS; r++) {
      process.stderr.write(`${set.flags} ${name} run ${r + 1}/${RUNS}\n`);
      const order = ENDPOINTS.map((_, i) => ENDPOINTS[(i + r) % ENDPOINTS.length]);
      const t = {};
      for (const e of order) {
        const p = spawnSync(process.execPath, [join(ROOT, 'bench/checkpoint/overhead-run.mjs'), e, set.flags, classes, name, n], { env, encoding: 'utf8' });
        const out = parseKernelOutput(p.stdout ?? '');
        if (p.status !== 0 || out === null) throw new Error(`${name} (${e}) failed: ${p.stderr}`);
        t[e] = out.timeNs / 1e6;
        times[e].push(t[e]);
      }
      onRatios.push(t.on / t.off);
      openRatios.push(t.open / t.off);
    }
    const ratio = (xs) => `${median(xs).toFixed(3)} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
    allOn.push(median(onRatios));
    allOpen.push(median(openRatios));
    rows.push(`| ${set.flags} | ${name} | ${n} | ${median(times.off).toFixed(0)} | ${median(times.on).toFixed(0)} | ${median(times.open).toFixed(0)} | ${ratio(onRatios)} | ${ratio(openRatios)} |`);
  }
}
const geo = (xs) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length).toFixed(3);
process.stdout.write(`| mode | kernel | n | off ms | on ms | open ms | on / off | open / off |\n|---|---|---:|---:|---:|---:|---:|---:|\n${rows.join('\n')}\n| | geometric mean | | | | | ${geo(allOn)} | ${geo(allOpen)} |\n`);
process.stdout.write(`\n(${RUNS} repetitions; ${opts.wall ? 'wall' : 'main-thread CPU'} time of each kernel's timed region; ratios: median (min–max) over repetitions)\n`);
