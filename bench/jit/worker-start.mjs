#!/usr/bin/env node
// @ts-check
/**
 * @fileoverview The compile worker's start-up cost (docs/performance.md "The compile worker's
 * start"): the compile requests of a small program are recorded once (a run through the embedding
 * API with a low threshold, background compilation on), then each run is a fresh Node process
 * that starts a compile worker (src/host/node/jit-worker.ts of the checkout measured), posts the
 * first request and waits for its module (*first*: wall ms from creating the worker, and the
 * process's CPU ms meanwhile, all threads: the worker, V8's compiler threads), then the other
 * requests one after the other (*all*), then 1 s idle (*idle*: CPU that V8's background tier-up
 * of Binaryen's wasm still spends). Checkouts alternate run by run; medians.
 *
 *   node bench/jit/worker-start.mjs [--runs 5] [--cp CLASSDIR --main CLASS] [DIR...]
 *
 * DIR: a checkout with dist/ (default: this one); --cp/--main: record another program's requests
 * (its stdin is empty) instead of the built-in one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import v8 from 'node:v8';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE = `
public class Work {
    static int inner(int x) { return x * 3 + 1; }
    static int outer(int x) { return inner(x) ^ inner(x + 1); }
    static int often(int x) { return x % 10 == 0 ? x * 7 : x + 1; }
    static long loop(int n) { long s = 0; for (int i = 0; i < n; i++) s += outer(i) % 1000 + often(i); return s; }
    static String text(int n) { StringBuilder b = new StringBuilder(); for (int i = 0; i < n; i++) b.append(i % 7); return b.toString(); }
    public static void main(String[] args) {
        long total = 0;
        for (int r = 0; r < 400; r++) total += loop(200) + text(20).length();
        System.out.println(total);
    }
}`;

const f = (c) => Math.round((c.user + c.system) / 1000);

if (process.argv[2] === '--child') {
  // One measured run: argv = --child DIR REQUESTS
  const [dir, file] = process.argv.slice(3);
  const requests = v8.deserialize(readFileSync(file));
  const { createCompileWorker } = await import(pathToFileURL(join(dir, 'dist/src/host/node/jit-worker.js')).href);
  const c0 = process.cpuUsage(), t0 = performance.now();
  const w = createCompileWorker();
  const r0 = await w.compile(requests[0]);
  const first = { ms: performance.now() - t0, cpu: f(process.cpuUsage(c0)) };
  for (const r of requests.slice(1)) await w.compile(r);
  const all = { ms: performance.now() - t0, cpu: f(process.cpuUsage(c0)) };
  await new Promise((res) => setTimeout(res, 1000));
  const idle = f(process.cpuUsage(c0)) - all.cpu;
  w.close();
  if (r0.members.length === 0) throw new Error('the first request compiled nothing');
  console.log(JSON.stringify({ first, all, idle }));
  process.exit(0);
}

let runs = 5;
let cp = null, main = 'Work';
const dirs = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--runs') runs = Number(argv[++i]);
  else if (argv[i] === '--cp') cp = resolve(argv[++i]);
  else if (argv[i] === '--main') main = argv[++i];
  else dirs.push(resolve(argv[i]));
}
if (dirs.length === 0) dirs.push(ROOT);

// Record the requests once, with this checkout.
const tmp = mkdtempSync(join(tmpdir(), 'tern-worker-start-'));
if (cp === null) {
  writeFileSync(join(tmp, 'Work.java'), SOURCE);
  execFileSync('javac', ['--release', '17', '-d', tmp, join(tmp, 'Work.java')]);
}
const api = await import(pathToFileURL(join(ROOT, 'dist/src/api/index.js')).href);
const { createCompileWorker } = await import(pathToFileURL(join(ROOT, 'dist/src/host/node/jit-worker.js')).href);
const requests = [];
let out = '';
await api.launch({ ...api.createNodeHost(), write: (fd, b) => { out += Buffer.from(b).toString(); }, flush: () => {}, exit: (s) => { throw new Error(`exit ${s}`); } }, {
  mainClass: main, args: [], classPath: [cp ?? tmp], classLibrary: api.loadClassLibrary(), maxHeapBytes: 32 << 20, stackBytes: 1 << 20, properties: {},
  jit: {
    compileAll: false, threshold: 50, deoptimizeALot: false, log: null, preload: true,
    compileService: () => {
      const w = createCompileWorker();
      const inner = w.compile.bind(w);
      w.compile = (req) => { requests.push(req); return inner(req); };
      return w;
    },
  },
}).catch((e) => { throw new Error(`recording run failed: ${e}`); });
const file = process.env.TERN_KEEP_REQUESTS ?? join(tmp, 'requests.bin');
writeFileSync(file, v8.serialize(requests));
if (cp === null && !/^\d+\n$/.test(out)) throw new Error(`unexpected output ${out}`);
console.log(`${requests.length} requests recorded (${requests.reduce((n, r) => n + r.members.length, 0)} members)`);

const results = dirs.map(() => []);
for (let i = 0; i < runs; i++) {
  dirs.forEach((dir, k) => {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', dir, file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`run failed in ${dir}: ${r.stderr}`);
    results[k].push(JSON.parse(r.stdout.trim().split('\n').pop()));
  });
}
rmSync(tmp, { recursive: true, force: true });
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
console.log('| checkout | first module: wall ms | CPU ms | all modules: wall ms | CPU ms | CPU ms in the next 1 s idle |');
console.log('|---|---:|---:|---:|---:|---:|');
dirs.forEach((dir, k) => {
  const rs = results[k];
  console.log(`| ${dir} | ${median(rs.map((r) => r.first.ms)).toFixed(0)} | ${median(rs.map((r) => r.first.cpu))} | ${median(rs.map((r) => r.all.ms)).toFixed(0)} | ${median(rs.map((r) => r.all.cpu))} | ${median(rs.map((r) => r.idle))} |`);
});
