// Runs a one-file CommonJS bundle of dist/ (made by scripts/build.mjs) through V8's code cache, so
// its functions are not compiled cold: bin/tern.js runs the CLI's bundle (dist/tern.cjs) this way,
// bin/jit-worker.js the JIT's compile worker (dist/jit-worker.cjs).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

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

/**
 * Runs `bundle` with the code cache of `cacheFile` when its stamp matches; returns the bundle's
 * exports and `saveCache`, which records the functions compiled so far (the build calls it after a
 * representative run).
 */
export function runBundle(bundle, cacheFile) {
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
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return {
    exports: module.exports,
    cacheRejected: script.cachedDataRejected === true,
    saveCache: () => writeFileSync(cacheFile, Buffer.concat([stamp, script.createCachedData()])),
  };
}
