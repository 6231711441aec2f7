#!/usr/bin/env node
// Prepares a copy of Binaryen that starts faster (bin/code-cache.js `loadBinaryen`): the binaryen
// package is one ES module holding ~170 kB of Emscripten JavaScript and its 7.6 MB of wasm as a
// base64 string. This writes the wasm as dist/binaryen.wasm and the JavaScript as
// dist/binaryen.cjs, a CommonJS module exporting Emscripten's factory (so it can run through a V8
// code cache, and be given the compiled wasm). It edits the package's generated code in four
// known places; if the package changes shape (another version), it writes nothing and says so,
// and Tern imports the package as published (slower to start, same behaviour).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export function prepareBinaryen(root) {
  const out = join(root, 'dist');
  for (const f of ['binaryen.cjs', 'binaryen.cjs.cache', 'binaryen.wasm']) rmSync(join(out, f), { force: true });
  const file = createRequire(join(root, 'package.json')).resolve('binaryen');
  let src = readFileSync(file, 'utf8');
  const problems = [];
  /** Replaces the one occurrence (or `count`) of `from`. */
  const edit = (from, to, count = 1) => {
    const n = src.split(from).length - 1;
    if (n !== count) problems.push(`${JSON.stringify(from)} found ${n} times, expected ${count}`);
    else src = src.split(from).join(to);
  };
  // The wasm: the one base64 string given to Emscripten's decoder, starting with "\0asm" (AGFzbQ).
  const start = src.indexOf('("AGFzbQ');
  const end = start < 0 ? -1 : src.indexOf('"', start + 2);
  if (start < 0 || end < 0 || src.indexOf('("AGFzbQ', end) >= 0) problems.push('no single base64 wasm string');
  let wasm = null;
  if (problems.length === 0) {
    wasm = Buffer.from(src.slice(start + 2, end), 'base64');
    src = `${src.slice(0, start + 2)}${src.slice(end)}`; // (never decoded: the wasm comes by instantiateWasm)
  }
  edit('import.meta.url', '__binaryen_url', 4);
  edit('await import("module")', 'require("module")');
  edit('var rI=await lQ(),pI=rI;export{pI as default};', 'module.exports=lQ;');
  if (!src.includes('A.instantiateWasm(')) problems.push('no instantiateWasm hook');
  if (problems.length > 0) {
    console.warn(`binaryen: not prepared (${problems.join('; ')}): Tern will import the package as published`);
    return false;
  }
  writeFileSync(join(out, 'binaryen.wasm'), wasm);
  writeFileSync(join(out, 'binaryen.cjs'), `const __binaryen_url = require('url').pathToFileURL(__filename).href;\n${src}`);
  return true;
}
