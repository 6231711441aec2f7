#!/usr/bin/env node
// The `tern` command. Start-up matters (a JVM launcher is judged by hello-world time), so it runs
// the single-file bundle dist/tern.cjs through V8's code cache (both made by `npm run build`)
// instead of loading ~100 ES modules and compiling them cold. Without a fresh bundle (e.g. right
// after a plain `tsc`), it falls back to the ES modules.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const path = (rel) => fileURLToPath(new URL(rel, import.meta.url));
const bundle = path('../dist/tern.cjs');
const cacheFile = path('../dist/tern.cjs.cache');
const argv = process.argv.slice(2);

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * The code cache's stamp of the bundle it was made from. V8 accepts a cache for a script whose
 * source has the same length, so a rebuilt bundle of equal length would run the old code (and the
 * build would record it again): the cache file starts with this stamp, and one made from another
 * bundle is not used.
 */
function stampOf(file) {
  const s = statSync(file);
  return Buffer.from(`tern code cache ${s.mtimeMs} ${s.size}`.padEnd(STAMP_BYTES));
}
const STAMP_BYTES = 64;

if (mtime(bundle) >= mtime(path('../dist/src/cli/main.js'))) {
  const stamp = stampOf(bundle);
  let cachedData;
  try {
    const file = readFileSync(cacheFile);
    if (file.subarray(0, STAMP_BYTES).equals(stamp)) cachedData = file.subarray(STAMP_BYTES);
  } catch {
    cachedData = undefined;
  }
  const source = readFileSync(bundle, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  // `npm run build` runs the demo with TERN_WRITE_CODE_CACHE=1 so the cache holds the functions
  // a run compiles, not just the top level.
  if (process.env.TERN_WRITE_CODE_CACHE === '1') process.on('exit', () => writeFileSync(cacheFile, Buffer.concat([stamp, script.createCachedData()])));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path('../dist'));
  // Code run through vm.Script cannot use import() itself: the JIT loads Binaryen through this one.
  module.exports.main(argv, { importBinaryen: () => import('binaryen') });
} else {
  import('../dist/src/cli/main.js').then((m) => m.main(argv));
}
