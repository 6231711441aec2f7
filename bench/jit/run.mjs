#!/usr/bin/env node
// @ts-check
/**
 * @fileoverview JIT micro-benchmark (docs/jit.md): the numeric bench/java kernels on Tern -Xint,
 * Tern with the JIT (default thresholds) and Tern -Xcomp, alternately, reporting each kernel's
 * self-measured time (median of runs) and the speed-up over -Xint. The timed region of a kernel
 * includes loading Binaryen and compiling, so short runs understate the steady-state speed-up:
 * --scale raises the work.
 *
 * --worker compares background compilation (-XX:+BackgroundCompilation) with -Xbatch (the
 * default: compiles on the VM's thread): kernel times, the time from VM start to the first installed compiled code, and the
 * VM thread's time spent compiling (from each run's --deopt-trace: compile events' ms, or for
 * background compiles genMs + instantiateMs).
 *
 *   node bench/jit/run.mjs [--runs 3] [--scale 1] [--only IntLoop,DoubleArith] [--java] [--worker]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileKernels, KERNELS, parseKernelOutput, scaledIterations } from '../kernels.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NUMERIC = ['IntLoop', 'LongArith', 'DoubleArith', 'ArrayTraversal', 'FieldAccess'];

const opts = { runs: 3, scale: 1, only: NUMERIC, java: false, worker: false };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--java') opts.java = true;
  else if (a === '--worker') opts.worker = true;
  else if (a === '--runs') opts.runs = Number(argv[++i]);
  else if (a === '--scale') opts.scale = Number(argv[++i]);
  else if (a === '--only') opts.only = String(argv[++i]).split(',');
  else throw new Error(`unknown option ${a}`);
}

const classes = mkdtempSync(join(tmpdir(), 'tern-jit-bench-'));
compileKernels(classes);

/** @type {Array<{label: string, cmd: string[]}>} */
const subjects = opts.worker ? [
  { label: 'tern -Xint', cmd: ['node', 'bin/tern.js', '-Xint'] },
  { label: 'tern (JIT)', cmd: ['node', 'bin/tern.js', '-XX:+BackgroundCompilation'], trace: true },
  { label: 'tern -Xbatch', cmd: ['node', 'bin/tern.js', '-Xbatch'], trace: true },
] : [
  { label: 'tern -Xint', cmd: ['node', 'bin/tern.js', '-Xint'] },
  { label: 'tern (JIT)', cmd: ['node', 'bin/tern.js'] },
  { label: 'tern -Xcomp', cmd: ['node', 'bin/tern.js', '-Xcomp'] },
];
if (opts.java) subjects.push({ label: 'java -Xint', cmd: ['java', '-Xint'] }, { label: 'java', cmd: ['java'] });

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const rows = [];
for (const kernel of KERNELS.filter((k) => opts.only.includes(k.name))) {
  const n = scaledIterations(kernel, opts.scale);
  /** @type {Map<string, number[]>} */
  const times = new Map(subjects.map((s) => [s.label, []]));
  /** @type {Map<string, {first: number[], busy: number[]}>} */
  const traced = new Map(subjects.map((s) => [s.label, { first: [], busy: [] }]));
  let checksum = null;
  for (let r = 0; r < opts.runs; r++) {
    for (const s of subjects) {
      const [cmd, ...args] = s.cmd;
      const traceFile = join(classes, 'trace.jsonl');
      const res = spawnSync(cmd, [...args, ...(s.trace ? [`--deopt-trace=${traceFile}`] : []), '-cp', classes, kernel.name, String(n)], { cwd: ROOT, encoding: 'utf8' });
      if (s.trace) {
        const compiles = readFileSync(traceFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((e) => e.ev === 'compile');
        rmSync(traceFile);
        traced.get(s.label).first.push(compiles.length > 0 ? compiles[0].t : NaN);
        traced.get(s.label).busy.push(compiles.reduce((sum, e) => sum + (e.background ? (e.genMs + e.instantiateMs) : e.ms), 0));
      }
      const out = parseKernelOutput(res.stdout ?? '');
      if (out === null) throw new Error(`${s.label} ${kernel.name} failed: ${res.stderr}`);
      if (checksum !== null && out.checksum !== checksum) throw new Error(`${s.label} ${kernel.name}: checksum ${out.checksum} != ${checksum}`);
      checksum = out.checksum;
      times.get(s.label).push(out.timeNs / 1e6);
      process.stderr.write(`${kernel.name} run ${r + 1}/${opts.runs} ${s.label}: ${(out.timeNs / 1e6).toFixed(1)} ms\n`);
    }
  }
  const med = new Map([...times].map(([k, v]) => [k, median(v)]));
  rows.push({ kernel: kernel.name, n, med, traced: new Map([...traced].map(([k, v]) => [k, { first: median(v.first), busy: median(v.busy) }])) });
}

if (opts.worker) {
  console.log('| kernel | n | tern -Xint ms | JIT, worker ms | JIT, -Xbatch ms | first code: worker / -Xbatch ms | VM thread compiling: worker / -Xbatch ms |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const w = r.traced.get('tern (JIT)'), b = r.traced.get('tern -Xbatch');
    console.log(`| ${r.kernel} | ${r.n} | ${r.med.get('tern -Xint').toFixed(0)} | ${r.med.get('tern (JIT)').toFixed(0)} | ${r.med.get('tern -Xbatch').toFixed(0)} | ` +
      `${w.first.toFixed(0)} / ${b.first.toFixed(0)} | ${w.busy.toFixed(0)} / ${b.busy.toFixed(0)} |`);
  }
  process.exit(0);
}

const labels = subjects.map((s) => s.label);
console.log(`| kernel | n | ${labels.map((l) => `${l} ms`).join(' | ')} | -Xint / JIT | -Xint / -Xcomp |`);
console.log(`|---|---:|${labels.map(() => '---:').join('|')}|---:|---:|`);
for (const r of rows) {
  const xint = r.med.get('tern -Xint');
  console.log(`| ${r.kernel} | ${r.n} | ${labels.map((l) => r.med.get(l).toFixed(0)).join(' | ')} | ${(xint / r.med.get('tern (JIT)')).toFixed(2)} | ${(xint / r.med.get('tern -Xcomp')).toFixed(2)} |`);
}
