// Runs a one-file CommonJS bundle of dist/ (made by scripts/build.mjs) through V8's code cache, so
// its functions are not compiled cold: bin/tern.js runs the CLI's bundle (dist/tern.cjs) this way,
// bin/jit-worker.js the JIT's compile worker (dist/jit-worker.cjs), and both load Binaryen from
// its prepared copy (dist/binaryen.cjs + dist/binaryen.wasm) when the build made one.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Bytecode size (bytes) above which V8 never optimizes a JavaScript function (V8's
 * `--max-optimized-bytecode-size`, 60 KB by default). Tern's one function between this and that
 * is the JIT compiler's `instruction` (bytecode to IR for one instruction, 37.6 KB of V8
 * bytecode), which TurboFan took 0.5-1 s to compile each time and compiled again 4-5 times in a
 * -Xcomp run as each new kind of bytecode met its never-run cases ("insufficient type feedback"):
 * with the interpreter's `runThread`, most of the 36-42 % of a -Xcomp run's CPU that went to V8
 * optimizing Tern's JavaScript (docs/performance.md "V8 compiling Tern"). In baseline code it
 * costs less than one of those compiles. The interpreter's loop (`runThread`, 26.5 KB) and every
 * other hot function stay below: test/host/node/v8-tuning.test.ts checks it.
 */
export const MAX_OPTIMIZED_BYTECODE = 30_000;

/**
 * Sets Tern's V8 flags for the whole process (they change only whether V8 optimizes a function,
 * never what it does). {@link runBundle} calls it before it checks a code cache: V8 rejects a cache
 * made under other flags (they are part of its check), so every bundle's cache is made and used
 * under these, in the CLI's process, its compile worker and any other process running Tern's
 * bundles. Node's own command line wins (`node --max-optimized-bytecode-size=N bin/tern.js`, for
 * comparisons; such a run does not use the caches).
 */
export function tuneV8() {
  if (process.execArgv.some((a) => /^--max[-_]optimized[-_]bytecode[-_]size=/.test(a))) return;
  v8.setFlagsFromString(`--max-optimized-bytecode-size=${MAX_OPTIMIZED_BYTECODE}`);
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

/**
 * Runs `bundle` with the code cache of `cacheFile` when its stamp matches; returns the bundle's
 * exports and `saveCache`, which records the functions compiled so far (the build calls it after a
 * representative run).
 */
export function runBundle(bundle, cacheFile) {
  tuneV8();
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

/**
 * Loads Binaryen: from the copy `npm run build` prepared in `dist` when there is one, else by
 * `importBinaryen` (the package as published). The package is one 10 MB ES module whose wasm is a
 * base64 string: importing it reads and decodes 10 MB of text and parses it, 0.19 s of CPU here,
 * on every start. The prepared copy is its 170 kB of JavaScript, made a CommonJS factory (run
 * through its code cache) and its wasm as a file, compiled directly: 0.08 s (docs/performance.md
 * "The compile worker's start"). `saveCache` records the glue's code cache (null: not prepared).
 */
export async function loadBinaryen(dist, importBinaryen) {
  const glue = `${dist}/binaryen.cjs`;
  if (!existsSync(glue)) return { binaryen: await importBinaryen(), saveCache: null };
  const factory = runBundle(glue, `${dist}/binaryen.cjs.cache`);
  const wasm = await WebAssembly.compile(readFileSync(`${dist}/binaryen.wasm`));
  let failed;
  const failure = new Promise((_, reject) => { failed = reject; });
  // Emscripten's hook: it hands over the imports and waits for the instance (an error would leave it waiting).
  const instantiateWasm = (imports, done) => {
    WebAssembly.instantiate(wasm, imports).then((instance) => done(instance, wasm), failed);
    return {};
  };
  const binaryen = await Promise.race([factory.exports({ instantiateWasm }), failure]);
  return { binaryen: { default: binaryen }, saveCache: factory.saveCache };
}
