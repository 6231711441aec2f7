#!/usr/bin/env node
// Builds everything from source: TypeScript (tsc), the Java class library (javac, packed into
// build/classlib.bin), the Unicode table of the Character natives (build/unicode-data.bin, from
// the JDK's answers), the time-zone database (build/tzdb.bin, likewise) and the bundled demo.
// An installed package needs none of these tools.
import { execFileSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareBinaryen } from './prepare-binaryen.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
// One-file bundle of the CLI for fast start-up (bin/tern.js); import.meta.url points at the bundle.
buildSync({
  entryPoints: [join(root, 'dist/src/cli/main.js')], outfile: join(root, 'dist/tern.cjs'), bundle: true,
  platform: 'node', format: 'cjs', logLevel: 'warning', external: ['binaryen'],
  define: { 'import.meta.url': '__tern_import_meta_url' },
  banner: { js: "const __tern_import_meta_url = require('url').pathToFileURL(__filename).href;" },
});
// The JIT's compile worker, one file too (bin/jit-worker.js runs it through its own code cache).
buildSync({
  entryPoints: [join(root, 'dist/src/host/node/jit-worker-main.js')], outfile: join(root, 'dist/jit-worker.cjs'), bundle: true,
  platform: 'node', format: 'cjs', logLevel: 'warning', external: ['binaryen'],
  define: { 'import.meta.url': '__tern_import_meta_url' },
  banner: { js: "const __tern_import_meta_url = require('url').pathToFileURL(__filename).href;" },
});
// Binaryen's JavaScript and wasm as separate files (scripts/prepare-binaryen.mjs): quicker to load.
prepareBinaryen(root);
run(process.execPath, [join(root, 'scripts/build-classlib.mjs')]);
run(process.execPath, [join(root, 'scripts/unicode/build-unicode-data.mjs')]);
// The time-zone database of java.time (build/tzdb.bin, from the JDK's own rules and names).
run(process.execPath, [join(root, 'scripts/tz/build-tzdb.mjs')]);
// The SciMark-style kernels and their harness, run by `tern bench` on every VM.
run('javac', ['--release', '17', '-d', 'build/scimark', ...readdirSync(join(root, 'bench/scimark/scimark')).filter((f) => f.endsWith('.java')).map((f) => `bench/scimark/scimark/${f}`)]);
// The Java side of the embedding examples (examples/*.ts).
run('javac', ['--release', '17', '-d', 'build/examples', ...readdirSync(join(root, 'examples/java')).filter((f) => f.endsWith('.java')).map((f) => `examples/java/${f}`)]);
mkdirSync(join(root, 'build/demo'), { recursive: true });
run('javac', ['--release', '17', '-d', 'build/demo', 'examples/demo/Demo.java']);
// Run the demo once to record V8's code cache for the bundle.
execFileSync(process.execPath, [join(root, 'bin/tern.js'), '-cp', 'build/demo', 'Demo'], {
  cwd: root, stdio: 'ignore', env: { ...process.env, TERN_WRITE_CODE_CACHE: '1' },
});
// And once with a low threshold, so that methods are compiled in the background, to record the
// worker's code cache and Binaryen's (written after each of its replies).
const workerCache = join(root, 'dist/jit-worker.cjs.cache');
rmSync(workerCache, { force: true });
// (A demo that ends before the worker's first reply records nothing: tried three times.)
for (let i = 0; i < 3 && !existsSync(workerCache); i++) {
  execFileSync(process.execPath, [join(root, 'bin/tern.js'), '-XX:CompileThreshold=100', '-cp', 'build/demo', 'Demo'], {
    cwd: root, stdio: 'ignore', env: { ...process.env, TERN_WRITE_WORKER_CODE_CACHE: '1' },
  });
}
if (!existsSync(workerCache)) console.warn('the compile worker answered nothing in three runs of the demo: no code cache for it (it starts slower)');
