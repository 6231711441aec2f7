// The JIT's compile worker thread (src/host/node/jit-worker.ts starts it): runs the worker's
// one-file bundle dist/jit-worker.cjs (src/host/node/jit-worker-main.ts, made by `npm run build`)
// through V8's code cache, so the worker does not compile the compiler's modules cold.
import { fileURLToPath } from 'node:url';
import { loadBinaryen, runBundle } from './code-cache.js';

const path = (rel) => fileURLToPath(new URL(rel, import.meta.url));
const { exports, saveCache } = runBundle(path('../dist/jit-worker.cjs'), path('../dist/jit-worker.cjs.cache'));
let saveBinaryenCache = null;
exports.serveCompileJobs({
  // Code run through vm.Script cannot use import() itself: Binaryen is loaded here.
  importBinaryen: () => loadBinaryen(path('../dist'), () => import('binaryen')).then((r) => {
    saveBinaryenCache = r.saveCache;
    return r.binaryen;
  }),
  // `npm run build` runs a program that compiles in the background with this set, so the caches
  // hold the functions the worker's compiles run, not just the top level.
  afterReply: process.env.TERN_WRITE_WORKER_CODE_CACHE === '1' ? () => {
    saveCache();
    saveBinaryenCache?.();
  } : undefined,
});
