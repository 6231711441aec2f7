#!/usr/bin/env node
// @ts-check
/**
 * @fileoverview How long a checkpoint request waits for every thread to reach a safepoint, with
 * threads deep in hot loops (bench/checkpoint/SafepointSpin.java): under -Xint, with the JIT at its
 * default threshold (loops entered by OSR) and under -Xcomp (whole call chains compiled), for 1, 4
 * and 16 threads. A worker thread sends requests at random 15–45 ms intervals, each stamped with
 * the monotonic clock; the VM's thread receives one only when the VM yields to the event loop (as
 * the control socket's requests arrive) and queues a safepoint task (Scheduler.atSafepoint, what a
 * checkpoint does); the wait is from the stamp to the start of the task, so it covers the whole
 * path: the event-loop delivery, the running thread's next poll and the deoptimization of its
 * compiled frames ("after delivery": from the moment the request reached the VM's event loop to
 * the task, i.e. the part the VM adds on top of its regular yields). Also reported: how many requests were served by a poll of compiled code (the
 * slice before the task ended in compiled code, JitRuntime.lastYield).
 *
 *   node bench/checkpoint/safepoint.mjs [--requests 40] [--warmup-ms 6000] [--depth 20] [--threads 1,4,16]
 *
 * Prints a Markdown table on stdout (progress on stderr).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLASSES = join(ROOT, 'build', 'bench-checkpoint');
const api = await import(join(ROOT, 'dist/src/api/index.js'));
const { launch } = await import(join(ROOT, 'dist/src/api/launcher.js'));
const { tieringOf } = await import(join(ROOT, 'dist/src/interp/interpreter.js'));

const { values: opts } = parseArgs({ options: {
  requests: { type: 'string' }, 'warmup-ms': { type: 'string' }, depth: { type: 'string' }, threads: { type: 'string' },
} });
const REQUESTS = Number(opts.requests ?? 40);
const WARMUP_MS = Number(opts['warmup-ms'] ?? 6000);
const DEPTH = Number(opts.depth ?? 20);
const THREADS = (opts.threads ?? '1,4,16').split(',').map(Number);

mkdirSync(CLASSES, { recursive: true });
execFileSync('javac', ['--release', '17', '-d', CLASSES, join(ROOT, 'bench/checkpoint/SafepointSpin.java')]);
const library = api.loadClassLibrary();
const quietHost = () => ({ ...api.createNodeHost(), write: () => {}, flush: () => {}, exit: () => { throw new Error('exit'); } });

/** The requester: posts its monotonic clock (ns) at random intervals until told to stop. */
const REQUESTER = `
const { parentPort } = require('node:worker_threads');
let stop = false;
parentPort.on('message', () => { stop = true; });
const tick = () => {
  if (stop) return;
  parentPort.postMessage(process.hrtime.bigint());
  setTimeout(tick, 15 + Math.random() * 30);
};
tick();`;

const MODES = [
  { name: '-Xint', jit: null },
  { name: 'JIT (default threshold)', jit: { compileAll: false, threshold: 10000, deoptimizeALot: false, log: null } },
  { name: '-Xcomp', jit: { compileAll: true, threshold: 10000, deoptimizeALot: false, log: null } },
];

/** Runs SafepointSpin with `threads` threads in `mode`; returns the waits (ms) and how many a compiled poll served. */
async function measure(mode, threads) {
  /** @type {number[]} */
  const waits = [];
  /** @type {number[]} */
  const afterDelivery = [];
  let fromCompiled = 0;
  // Requests sent before the warm-up ended are ignored (start-up and the first compiles hold the
  // event loop for long stretches; those are not safepoint waits).
  const measureFrom = process.hrtime.bigint() + BigInt(WARMUP_MS) * 1000000n;
  const worker = new Worker(REQUESTER, { eval: true });
  let vmRef = null;
  worker.on('message', (sent) => {
    const vm = vmRef;
    if (vm === null || sent < measureFrom || waits.length >= REQUESTS) return;
    const delivered = process.hrtime.bigint();
    vm.scheduler.atSafepoint(() => {
      const now = process.hrtime.bigint();
      if (waits.length >= REQUESTS) return;
      waits.push(Number(now - sent) / 1e6);
      afterDelivery.push(Number(now - delivered) / 1e6);
      const tier = tieringOf(vm);
      const y = tier?.lastYield ?? null;
      if (y !== null && y.slice === vm.scheduler.slices) fromCompiled++;
      if (waits.length === REQUESTS) {
        vm.exitCode = 0;
        vm.scheduler.exiting = true;
      }
    });
  });
  await launch(quietHost(), {
    mainClass: 'SafepointSpin', args: [String(threads), String(DEPTH)], classPath: [CLASSES], classLibrary: library,
    maxHeapBytes: 64 << 20, stackBytes: 4 << 20, properties: {}, jit: mode.jit,
    onVmCreated: (vm) => { vmRef = vm; },
  });
  worker.postMessage('stop');
  await worker.terminate();
  return { waits, afterDelivery, fromCompiled };
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const pct = (xs, p) => sorted(xs)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const f = (x) => x.toFixed(x < 10 ? 2 : 1);

const rows = [];
for (const threads of THREADS) {
  for (const mode of MODES) {
    process.stderr.write(`${mode.name}, ${threads} thread(s)\n`);
    const { waits, afterDelivery, fromCompiled } = await measure(mode, threads);
    rows.push(`| ${mode.name} | ${threads} | ${DEPTH} | ${waits.length} | ${fromCompiled} | ${f(pct(waits, 0.5))} | ${f(pct(waits, 0.9))} | ${f(Math.max(...waits))} | ${f(pct(afterDelivery, 0.5))} | ${f(Math.max(...afterDelivery))} |`);
  }
}
process.stdout.write(`| mode | threads | depth | requests | served by a compiled poll | wait median ms | p90 ms | max ms | after delivery median ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n${rows.join('\n')}\n`);
