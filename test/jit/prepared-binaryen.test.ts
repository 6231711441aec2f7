// Binaryen's prepared copy (scripts/prepare-binaryen.mjs, loaded by bin/code-cache.js
// `loadBinaryen`): the package's own JavaScript and wasm in two files, quicker to start. It must be
// the same compiler: a module built, optimized and emitted by both gives the same bytes. Without a
// prepared copy the package is imported as published.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type binaryenNs from 'binaryen';
// @ts-expect-error (plain JavaScript of the launcher)
import { loadBinaryen } from '../../bin/code-cache.js';

type Binaryen = typeof binaryenNs;
const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/** A small loop, optimized at -O2 and emitted. */
function emit(b: Binaryen): Uint8Array {
  const m = new b.Module();
  try {
    m.addFunction('sum', b.createType([b.i32]), b.i32, [b.i32, b.i32], m.block(null, [
      m.loop('l', m.block(null, [
        m.local.set(2, m.i32.add(m.local.get(2, b.i32), m.i32.mul(m.local.get(1, b.i32), m.i32.const(3)))),
        m.local.set(1, m.i32.add(m.local.get(1, b.i32), m.i32.const(1))),
        m.br('l', m.i32.lt_s(m.local.get(1, b.i32), m.local.get(0, b.i32))),
      ])),
      m.return(m.local.get(2, b.i32)),
    ]));
    m.addFunctionExport('sum', 'sum');
    b.setOptimizeLevel(2);
    m.optimize();
    expect(m.validate()).toBeTruthy();
    return m.emitBinary();
  } finally {
    m.dispose();
  }
}

describe('the prepared Binaryen', () => {
  it('is what the build made, and compiles as the package does', async () => {
    let imported = 0;
    const prepared = await loadBinaryen(DIST, () => { imported++; return import('binaryen'); });
    expect(imported).toBe(0);
    expect(prepared.saveCache).not.toBeNull();
    const b = prepared.binaryen.default as Binaryen;
    const bytes = emit(b);
    const api = globalThis as unknown as { WebAssembly: { Instance: new (m: unknown) => { exports: { sum(n: number): number } }; Module: new (b: Uint8Array) => unknown } };
    expect(new api.WebAssembly.Instance(new api.WebAssembly.Module(bytes)).exports.sum(10)).toBe(135);
    expect(bytes).toEqual(emit((await import('binaryen')).default));
  }, 60_000);

  it('without one, the package is imported', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'tern-no-binaryen-'));
    try {
      const sentinel = { default: {} };
      const r = await loadBinaryen(empty, () => Promise.resolve(sentinel));
      expect(r.binaryen).toBe(sentinel);
      expect(r.saveCache).toBeNull();
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
