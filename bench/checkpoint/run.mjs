#!/usr/bin/env node
// @ts-check
/**
 * @fileoverview `npm run bench:checkpoint`: capture and restore time and image size as functions of
 * thread count, stack depth and live heap, with and without deflate, next to Bouchenak's Java
 * thread-capture figures and a cold start of the same program on HotSpot and on Tern. Prints
 * progress on stderr, Markdown tables on stdout; `--doc` also rewrites docs/checkpoint-bench.md
 * with the tables and an SVG plot (docs/checkpoint-bench.svg).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLASSES = join(ROOT, 'build', 'bench-checkpoint');
const api = await import(join(ROOT, 'dist/src/api/index.js'));
const { captureImage } = await import(join(ROOT, 'dist/src/image/capture.js'));
const { classLibraryId } = await import(join(ROOT, 'dist/src/image/library-id.js'));
const { BLOCK } = await import(join(ROOT, 'dist/src/interp/invoke-native.js'));

const { values: opts } = parseArgs({ options: { doc: { type: 'boolean' }, quick: { type: 'boolean' }, runs: { type: 'string' } } });
const RUNS = Number(opts.runs ?? 3);

mkdirSync(CLASSES, { recursive: true });
execFileSync('javac', ['--release', '17', '-d', CLASSES, join(ROOT, 'bench/checkpoint/CkptState.java')]);

const library = api.loadClassLibrary();
const libraryId = classLibraryId(library);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quietHost = () => ({ ...api.createNodeHost(), write: () => {}, flush: () => {}, exit: () => { throw new Error('exit'); } });

/** Builds the state on Tern, then measures capture, encoding, deflate and restore at the ready point. */
async function measure(threads, depth, heapMb) {
  const maxHeapBytes = Math.max(64, Math.ceil(heapMb * 1.5) + 64) << 20;
  const options = { maxHeapBytes, stackBytes: 4 << 20, properties: {} };
  let result = null;
  const natives = new Map([['CkptState', {
    'ready()V': (vm, t) => {
      t.state = 6; // waiting: the safepoint task below runs with every thread stopped
      vm.scheduler.atSafepoint(() => {
        const capture = [], encode = [], deflate = [], restore = [];
        let bytes = new Uint8Array(0), packed = new Uint8Array(0), frames = 0;
        for (let r = 0; r < RUNS; r++) {
          t.state = 0;
          let t0 = performance.now();
          const image = captureImage(vm, libraryId, 'CkptState');
          capture.push(performance.now() - t0);
          frames = image.threads.reduce((n, th) => n + th.frames.length, 0);
          t0 = performance.now();
          bytes = api.checkpointToBytes(vm).bytes;
          encode.push(performance.now() - t0);
          t0 = performance.now();
          packed = api.checkpointToBytes(vm, { compressionLevel: 6 }).bytes;
          deflate.push(performance.now() - t0);
          const fresh = api.createVm(quietHost(), { classPath: [], classLibrary: library, ...options });
          t0 = performance.now();
          api.restoreFromBytes(fresh, bytes);
          restore.push(performance.now() - t0);
        }
        result = { threads, depth, heapMb, frames, objects: 0, captureMs: median(capture), checkpointMs: median(encode),
          bytes: bytes.length, deflatedBytes: packed.length, deflateTotalMs: median(deflate), restoreMs: median(restore) };
        vm.exitCode = 0;
        vm.scheduler.exiting = true;
      });
      return BLOCK;
    },
  }]]);
  await api.launch(quietHost(), { mainClass: 'CkptState', args: [String(threads), String(depth), String(heapMb)], classPath: [CLASSES], classLibrary: library, ...options, extraNatives: natives });
  if (!result) throw new Error(`no measurement for ${threads}/${depth}/${heapMb}`);
  return result;
}

function coldStart(cmd) {
  const times = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const p = spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8' });
    if (p.status !== 0) throw new Error(`${cmd.join(' ')}: ${p.stderr}`);
    times.push(performance.now() - t0);
  }
  return median(times);
}

await measure(1, 10, 1); // warm-up: the first run compiles the VM's own code
const SERIES = opts.quick
  ? { threads: [1, 8], depth: [1, 100], heap: [1, 16] }
  : { threads: [1, 4, 16, 64], depth: [1, 10, 25, 100, 1000], heap: [1, 16, 128, 512] };
const rows = { threads: [], depth: [], heap: [] };
for (const n of SERIES.threads) { process.stderr.write(`threads ${n}\n`); rows.threads.push(await measure(n, 10, 1)); }
for (const d of SERIES.depth) { process.stderr.write(`depth ${d}\n`); rows.depth.push(await measure(1, d, 1)); }
for (const h of SERIES.heap) { process.stderr.write(`heap ${h} MB\n`); rows.heap.push(await measure(1, 10, h)); }

process.stderr.write('cold starts\n');
const cold = [];
for (const h of [1, SERIES.heap[SERIES.heap.length - 1]]) {
  const args = ['-cp', CLASSES, 'CkptState', '1', '10', String(h), 'exit'];
  cold.push({ heapMb: h, java: coldStart(['java', `-Xmx${Math.ceil(h * 1.5) + 64}m`, ...args]),
    tern: coldStart([process.execPath, join(ROOT, 'bin/tern.js'), `-Xmx${Math.ceil(h * 1.5) + 64}m`, ...args]),
    restore: rows.heap.find((r) => r.heapMb === h)?.restoreMs });
}

const ms = (x) => x.toFixed(x < 10 ? 2 : 1);
const kb = (b) => (b / 1024).toFixed(b < 10240 ? 1 : 0);
function table(title, key, list) {
  const head = `| ${key} | frames | capture ms | checkpoint ms | image KiB | deflated KiB | deflated checkpoint ms | restore ms |\n|---:|---:|---:|---:|---:|---:|---:|---:|`;
  const body = list.map((r) => `| ${r[key]} | ${r.frames} | ${ms(r.captureMs)} | ${ms(r.checkpointMs)} | ${kb(r.bytes)} | ${kb(r.deflatedBytes)} | ${ms(r.deflateTotalMs)} | ${ms(r.restoreMs)} |`).join('\n');
  return `### ${title}\n\n${head}\n${body}\n`;
}
const coldTable = `### Restore vs cold start (time until the state is built)\n\n| live heap MB | HotSpot cold start ms | Tern cold start ms | Tern restore ms (in-process) |\n|---:|---:|---:|---:|\n${cold.map((c) => `| ${c.heapMb} | ${ms(c.java)} | ${ms(c.tern)} | ${ms(c.restore)} |`).join('\n')}\n`;
const tables = [
  table('Threads (each 10 frames deep, waiting on a monitor; 1 MB heap)', 'threads', rows.threads),
  table('Stack depth (one thread; 1 MB heap)', 'depth', rows.depth),
  table('Live heap (one thread, 10 frames)', 'heapMb', rows.heap),
  coldTable,
].join('\n');
process.stdout.write(tables);

if (opts.doc) {
  // Hand-written notes from "## Reading the figures" on survive a rerun.
  let notes = '';
  try {
    const old = readFileSync(join(ROOT, 'docs/checkpoint-bench.md'), 'utf8');
    const at = old.indexOf('\n## Reading the figures');
    if (at >= 0) notes = old.substring(at);
  } catch {
    notes = '';
  }
  writeFileSync(join(ROOT, 'docs/checkpoint-bench.svg'), plot(rows.depth.map((r) => [r.frames, r.captureMs, r.restoreMs])));
  writeFileSync(join(ROOT, 'docs/checkpoint-bench.md'), `# Checkpoint benchmark\n\nMade by \`npm run bench:checkpoint -- --doc\` (medians of ${RUNS} runs, in-process through the\nembedding API, on ${process.platform} ${process.arch}, Node ${process.version}). Capture is the\nheap and thread walk into the image model; checkpoint is capture plus encoding to bytes; the\ndeflated checkpoint adds deflate level 6; restore decodes, validates and rebuilds the VM (loading\nits classes) without running it.\n\nReference figures (Bouchenak et al., Java thread capture in a modified JVM): capture under 1 ms\nup to 25 frames and 6 ms at 100 frames, restore 0.4–0.6 ms.\n\n![capture and restore time by stack depth](checkpoint-bench.svg)\n\n${tables}${notes}`);
}

/** A small SVG line plot of [x, capture, restore] points (log-x). */
function plot(points) {
  const W = 520, H = 300, L = 50, B = 40;
  const xs = points.map((p) => Math.log10(Math.max(1, p[0])));
  const ymax = Math.max(...points.flatMap((p) => [p[1], p[2]])) * 1.1;
  const X = (x) => L + (x / Math.max(...xs, 1)) * (W - L - 20);
  const Y = (y) => H - B - (y / ymax) * (H - B - 20);
  const line = (i, color) => `<polyline fill="none" stroke="${color}" stroke-width="2" points="${points.map((p, k) => `${X(xs[k]).toFixed(1)},${Y(p[i]).toFixed(1)}`).join(' ')}"/>`;
  const ticks = points.map((p, k) => `<text x="${X(xs[k])}" y="${H - B + 16}" font-size="11" text-anchor="middle">${p[0]}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif">
<rect width="100%" height="100%" fill="white"/>
<line x1="${L}" y1="${H - B}" x2="${W - 10}" y2="${H - B}" stroke="black"/><line x1="${L}" y1="20" x2="${L}" y2="${H - B}" stroke="black"/>
${line(1, '#1f77b4')}${line(2, '#d62728')}${ticks}
<text x="${W / 2}" y="${H - 6}" font-size="12" text-anchor="middle">frames captured (log scale)</text>
<text x="12" y="${H / 2}" font-size="12" transform="rotate(-90 12 ${H / 2})" text-anchor="middle">ms (max ${ymax.toFixed(1)})</text>
<text x="${L + 10}" y="34" font-size="12" fill="#1f77b4">capture</text><text x="${L + 80}" y="34" font-size="12" fill="#d62728">restore</text>
</svg>\n`;
}
