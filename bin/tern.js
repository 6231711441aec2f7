#!/usr/bin/env node
// The `tern` command. Start-up matters (a JVM launcher is judged by hello-world time), so it runs
// the single-file bundle dist/tern.cjs through V8's code cache (both made by `npm run build`)
// instead of loading ~100 ES modules and compiling them cold. Without a fresh bundle (e.g. right
// after a plain `tsc`), it falls back to the ES modules.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBinaryen, runBundle } from './code-cache.js';

const path = (rel) => fileURLToPath(new URL(rel, import.meta.url));
const bundle = path('../dist/tern.cjs');
const argv = process.argv.slice(2);

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

const bundled = mtime(bundle), modules = mtime(path('../dist/src/cli/main.js'));
if (bundled < 0 && modules < 0) {
  // A source checkout before its first build: say so instead of a stack trace of the launcher.
  process.stderr.write(`tern: ${path('../dist')} holds no build of Tern: run \`npm run build\` in ${path('..').replace(/\/$/, '')} first\n`);
  process.exit(1);
}
if (bundled >= modules) {
  const { exports, saveCache } = runBundle(bundle, path('../dist/tern.cjs.cache'));
  // `npm run build` runs the demo with TERN_WRITE_CODE_CACHE=1 so the cache holds the functions
  // a run compiles, not just the top level.
  if (process.env.TERN_WRITE_CODE_CACHE === '1') process.on('exit', saveCache);
  // Code run through vm.Script cannot use import() itself: the JIT loads Binaryen through this one
  // (its prepared copy when the build made one).
  exports.main(argv, { importBinaryen: () => loadBinaryen(path('../dist'), () => import('binaryen')).then((r) => r.binaryen) });
} else {
  import('../dist/src/cli/main.js').then((m) => m.main(argv));
}
