// @ts-check
/**
 * @fileoverview Interpreter A/B runs: the bench/java kernels on `java -Xint` and on one or more
 * Tern commands (for example two builds of the interpreter), run alternately so that machine
 * drift hits every subject alike, reporting medians and each subject's ratio to `java -Xint`.
 * bench/run.mjs is the official suite; this script exists to measure one interpreter change
 * against another in the same run (docs/interpreter-performance.md).
 *
 *   node bench/interp/compare.mjs [--runs 5] [--scale 0.5] [--only IntLoop,LongArith] [--cpu]
 *        --tern "label=command ..." [--tern "label2=command ..."]
 *
 * --cpu compares main-thread CPU times instead of wall-clock times: HotSpot runs the kernel
 * through bench/interp/CpuRun.java, Tern gets env TERN_CPU_CLOCK=1 (honoured by launch.mjs).
 *
 * A Tern command takes `-cp DIR Main args` like `java`, e.g. `node bin/tern.js`; or it ends in
 * `{}` to get `DIR Main args` instead (for ad-hoc launchers such as `node run.mjs DIST {}`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileKernels, KERNELS, parseKernelOutput, scaledIterations } from '../kernels.mjs';

/** @param {string[]} argv */
function parseArgs(argv) {
  const opts = { runs: 5, scale: 1, cpu: false, only: /** @type {string[] | null} */ (null), terns: /** @type {{label: string, cmd: string}[]} */ ([]) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--cpu') { opts.cpu = true; continue; }
    const v = argv[++i] ?? '';
    if (a === '--runs') opts.runs = Number(v);
    else if (a === '--scale') opts.scale = Number(v);
    else if (a === '--only') opts.only = v.split(',');
    else if (a === '--tern') {
      const eq = v.indexOf('=');
      opts.terns.push(eq > 0 ? { label: v.slice(0, eq), cmd: v.slice(eq + 1) } : { label: `tern${opts.terns.length}`, cmd: v });
    } else throw new Error(`unknown option ${a}`);
  }
  if (opts.terns.length === 0) opts.terns.push({ label: 'tern', cmd: 'node bin/tern.js' });
  return opts;
}

/**
 * Runs one kernel once; returns its self-measured ms, or an error text.
 * @param {string} cmd @param {string} classDir @param {string} main @param {number} n
 * @returns {{ms: number, checksum: string} | {error: string}}
 */
function runOnce(cmd, classDir, main, n) {
  const words = cmd.split(/\s+/).filter(Boolean);
  const isJava = words[0] === 'java';
  const mainArgs = opts.cpu && isJava ? ['CpuRun', main, String(n)] : [main, String(n)];
  const args = words[words.length - 1] === '{}'
    ? [...words.slice(1, -1), classDir, ...mainArgs]
    : [...words.slice(1), '-cp', classDir, ...mainArgs];
  const env = opts.cpu ? { ...process.env, TERN_CPU_CLOCK: '1' } : process.env;
  const r = spawnSync(words[0], args, { encoding: 'utf8', timeout: 600_000, env });
  const out = parseKernelOutput(r.stdout ?? '');
  if (r.status !== 0 || !out) return { error: (r.stderr || r.stdout || `exit ${r.status}`).split('\n')[0] };
  return { ms: out.timeNs / 1e6, checksum: out.checksum };
}

/** @param {number[]} xs */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const opts = parseArgs(process.argv.slice(2));
const classDir = mkdtempSync(join(tmpdir(), 'tern-interp-bench-'));
compileKernels(classDir);
if (opts.cpu) {
  const javac = spawnSync('javac', ['--release', '17', '-d', classDir, fileURLToPath(new URL('./CpuRun.java', import.meta.url))], { encoding: 'utf8' });
  if (javac.status !== 0) throw new Error(javac.stderr);
}
const subjects = [{ label: 'java -Xint', cmd: 'java -Xint' }, ...opts.terns];
const kernels = KERNELS.filter((k) => !opts.only || opts.only.includes(k.name));
const rows = [];
for (const k of kernels) {
  const n = scaledIterations(k, opts.scale);
  const times = subjects.map(() => /** @type {number[]} */ ([]));
  let expected = null;
  const errors = subjects.map(() => /** @type {string | null} */ (null));
  for (let run = 0; run < opts.runs; run++) {
    subjects.forEach((subj, i) => {
      if (errors[i]) return;
      const r = runOnce(subj.cmd, classDir, k.name, n);
      if ('error' in r) { errors[i] = r.error; return; }
      if (i === 0) expected ??= r.checksum;
      else if (r.checksum !== expected) { errors[i] = `checksum ${r.checksum}, expected ${expected}`; return; }
      times[i].push(r.ms);
      process.stderr.write(`${k.name} run ${run + 1}/${opts.runs} ${subj.label}: ${r.ms.toFixed(1)} ms\n`);
    });
  }
  const meds = times.map((t, i) => (errors[i] || t.length === 0 ? NaN : median(t)));
  rows.push({ name: k.name, meds, errors });
}
const header = ['kernel', ...subjects.map((s) => s.label + ' ms'), ...opts.terns.map((s) => s.label + '/Xint')];
console.log(header.join('\t'));
const logSums = opts.terns.map(() => ({ sum: 0, n: 0 }));
for (const r of rows) {
  const rs = opts.terns.map((_, j) => r.meds[j + 1] / r.meds[0]);
  rs.forEach((x, j) => { if (Number.isFinite(x)) { logSums[j].sum += Math.log(x); logSums[j].n++; } });
  console.log([r.name, ...r.meds.map((x) => x.toFixed(1)), ...rs.map((x) => x.toFixed(2))].join('\t'));
  r.errors.forEach((e, i) => { if (e) console.log(`  ${subjects[i].label}: FAILED ${e}`); });
}
console.log(['geomean', ...subjects.map(() => ''), ...logSums.map((g) => Math.exp(g.sum / g.n).toFixed(2) + ` (${g.n})`)].join('\t'));
