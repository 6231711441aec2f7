// @ts-check
/**
 * @fileoverview When do the SciMark kernels get compiled code? For each kernel and each Tern
 * checkout given, runs `tern --jit-log` on the `tern bench` harness (one run of at least MIN ms)
 * and reports, from the log lines as they arrive: the wall time (ms since spawn) at which Binaryen
 * was asked for and at which the first method was installed, the slice number and interpreted
 * calls-and-branches count at the request (as the log line says them), and the whole process's
 * CPU. Checkouts alternate kernel by kernel, so that load changes hit each alike (the start-up
 * gates count work, not time: the slice/work figures do not depend on the load, the times do).
 *
 *   node bench/jit/first-code.mjs [--kernels fft,sor,mc,sparse,lu] [--min 500] [--rounds 1] DIR...
 *
 * DIR is a checkout with `bin/tern.js` and a build (default: this one). Needs `npm run build`
 * (build/scimark). docs/performance.md "JIT cost on short programs".
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SIZES = { fft: 1024, sor: 100, mc: 100_000, sparse: 1000, lu: 100 };
const argv = process.argv.slice(2);
let kernels = Object.keys(SIZES), min = 500, rounds = 1;
const dirs = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--kernels') kernels = argv[++i].split(',');
  else if (argv[i] === '--min') min = Number(argv[++i]);
  else if (argv[i] === '--rounds') rounds = Number(argv[++i]);
  else dirs.push(argv[i]);
}
if (dirs.length === 0) dirs.push(root);

/** CPU seconds (user + system) of a finished child, from /proc of this process's children totals. */
function childrenCpu() {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(f[13]) + Number(f[14])) / 100; // cutime, cstime (fields 16, 17), clock ticks of 10 ms
}

/** @param {string} dir @param {string} kernel */
function run(dir, kernel) {
  return new Promise((resolve, reject) => {
    const cpu0 = childrenCpu();
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(dir, 'bin/tern.js'), '--jit-log', '-cp', join(root, 'build/scimark'),
      'scimark.Harness', kernel, String(SIZES[kernel]), String(min), '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    const r = { load: NaN, first: NaN, slice: NaN, work: NaN, compiled: 0, end: NaN, cpu: NaN };
    let pending = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      const now = performance.now() - t0;
      pending += chunk;
      let nl;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        const m = /loading Binaryen at slice (\d+)(?: \((\d+) calls and branches interpreted\))?/.exec(line);
        if (m) { r.load = now; r.slice = Number(m[1]); r.work = m[2] === undefined ? NaN : Number(m[2]); }
        if (line.includes('wasm bytes') && !line.includes('total:')) {
          r.compiled++;
          if (Number.isNaN(r.first)) r.first = now;
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${dir} ${kernel}: exit ${code}`));
      r.end = performance.now() - t0;
      r.cpu = childrenCpu() - cpu0;
      resolve(r);
    });
  });
}

console.log('| kernel | checkout | Binaryen asked at slice | calls+branches then | asked at ms | first code at ms | compiles | process ms | CPU s |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (let round = 0; round < rounds; round++) {
  for (const k of kernels) {
    for (const d of dirs) {
      const r = /** @type {any} */ (await run(d, k));
      const f = (/** @type {number} */ x) => (Number.isNaN(x) ? '–' : x.toFixed(0));
      console.log(`| ${k} | ${d} | ${f(r.slice)} | ${f(r.work)} | ${f(r.load)} | ${f(r.first)} | ${r.compiled} | ${f(r.end)} | ${r.cpu.toFixed(2)} |`);
    }
  }
}
