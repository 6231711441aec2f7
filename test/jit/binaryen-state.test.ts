// Binaryen is loaded once per process (or compile worker) and outlives the VMs that compile with it
// (test/support/warm-runner.ts runs VM after VM in one process; so can an embedder). Its state must
// be where a VM found it when the VM ends, and a VM must survive a Binaryen that fails:
// - binaryen.js's Module.global.get/set leaked 16 bytes of Binaryen's 5 MB C stack per call
//   (jit/binaryen-module.ts); an -Xcomp run leaked 0.2-0.4 MB, and a dozen runs into a warm runner
//   Binaryen's heap was overwritten and every later compile failed;
// - a compile that failed before generating any method (Binaryen broken) left its methods hot, so
//   each of their calls built a module again: DeepRecursion took 36 s instead of 1.5.
import type binaryenNs from 'binaryen';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createModule } from '../../jit/binaryen-module.js';
import { compileSources, runJava } from './helpers.js';

vi.setConfig({ testTimeout: 300_000 });

type Binaryen = typeof binaryenNs;
const loadBinaryen = async (): Promise<Binaryen> => (await import('binaryen')).default;

/** Where the top of Binaryen's C stack is now (each reading takes 16 bytes of it itself). */
const stackTop = (b: Binaryen): number => (b as unknown as { stringToUTF8OnStack(s: string): number }).stringToUTF8OnStack('');
/** How many bytes of Binaryen's stack `f` left allocated. */
async function stackLeftBy(b: Binaryen, f: () => Promise<unknown> | unknown): Promise<number> {
  const a = stackTop(b), before = stackTop(b);
  await f();
  return before - stackTop(b) - (a - before);
}

const SOURCE = `
public class Work {
  static int square(int x) { return x * x; }
  static long sum(int n) { long s = 0; for (int i = 0; i < n; i++) s += square(i) + String.valueOf(i).length(); return s; }
  public static void main(String[] args) {
    System.out.println(sum(3000));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50; i++) sb.append(i % 7);
    System.out.println(sb);
  }
}
`;
const EXPECTED = `${Array.from({ length: 3000 }, (_, i) => BigInt(i * i) + BigInt(String(i).length)).reduce((x, y) => x + y)}\n${Array.from({ length: 50 }, (_, i) => i % 7).join('')}\n`;

let dir: string;
let dispose: () => void;
beforeAll(() => ({ dir, dispose } = compileSources({ 'Work.java': SOURCE })));
afterAll(() => dispose?.());

describe("Binaryen's state across VMs", () => {
  it('createModule: global.get/set build the same code as binaryen.js and leave the stack as they found it', async () => {
    const b = await loadBinaryen();
    const build = (m: InstanceType<Binaryen['Module']>): string => {
      m.addGlobal('g', b.i32, true, m.i32.const(0));
      m.addFunction('f', b.none, b.i32, [], m.block(null, [m.global.set('g', m.i32.add(m.global.get('g', b.i32), m.i32.const(1))), m.global.get('g', b.i32)], b.i32));
      const text = m.emitText();
      m.dispose();
      return text;
    };
    let ours = '';
    expect(await stackLeftBy(b, () => { ours = build(createModule(b)); })).toBe(0);
    expect(ours).toBe(build(new b.Module()));
    expect(ours).toContain('global.get $g');
  });

  it('an -Xcomp run leaves Binaryen\'s stack where it found it', async () => {
    const b = await loadBinaryen();
    let log: string[] = [];
    const leaked = await stackLeftBy(b, async () => {
      const r = await runJava(dir, 'Work', { compileAll: true, importBinaryen: async () => ({ default: b }) });
      expect(r.out).toBe(EXPECTED);
      log = r.log;
    });
    expect(log.filter((l) => l.includes('wasm bytes')).length).toBeGreaterThan(50);
    expect(leaked).toBe(0);
  });

  it('a compile that Binaryen fails before any method is generated bails its methods out, once each', async () => {
    const b = await loadBinaryen();
    let modules = 0;
    // A Binaryen whose modules fail at their first call, as a corrupted one did.
    const broken = Object.assign(Object.create(b) as Binaryen, {
      Module: function BrokenModule() {
        modules++;
        const m = new b.Module();
        m.setFeatures = () => {
          throw new Error('Binaryen is broken');
        };
        return m;
      },
    });
    const r = await runJava(dir, 'Work', { compileAll: true, importBinaryen: async () => ({ default: broken }) });
    expect(r.out).toBe(EXPECTED);
    const bailouts = r.log.filter((l) => l.includes('not compiled: internal compiler error: Binaryen is broken'));
    expect(bailouts.length).toBeGreaterThan(20);
    // Each module bails out at least the method it was built for, which then stays interpreted.
    expect(modules).toBeLessThanOrEqual(bailouts.length);
  });
});
