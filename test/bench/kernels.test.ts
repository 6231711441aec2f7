/**
 * @fileoverview Keeps the benchmark suite honest without timing anything: every kernel in
 * bench/java compiles with javac --release 17, prints the two lines the runner parses, and its
 * checksum is the same on HotSpot's interpreter and on HotSpot compiling every method first
 * (so it depends on nothing a VM may choose, such as identity hash codes or timing) and changes
 * with the iteration count (so it covers the work). Tiny iteration counts keep the file fast.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compileKernels,
  JAVA_SOURCE_DIR,
  KERNELS,
  parseKernelOutput,
  scaledIterations,
  STARTUP_CLASS,
} from '../../bench/kernels.mjs';

const run = promisify(execFile);
/** Fraction of the benchmark work size used here: enough to run every path, far below 1 ms. */
const SMOKE_SCALE = 1e-4;
/** HotSpot flags that compile every method (with C1, which is quick) before running it. */
const COMPILE_ALL = ['-Xcomp', '-XX:TieredStopAtLevel=1'];
/** Sources that are not kernels: the shared output helper and the start-up program. */
const SUPPORT_CLASSES = ['Harness', STARTUP_CLASS];

let classDir = '';

/** Runs a class from the compiled suite on HotSpot; `flags` go before -cp. */
async function java(flags: string[], mainClass: string, args: string[]): Promise<string> {
  const { stdout } = await run('java', [...flags, '-cp', classDir, mainClass, ...args], { encoding: 'utf8' });
  return stdout;
}

beforeAll(() => {
  classDir = mkdtempSync(join(tmpdir(), 'tern-bench-'));
  compileKernels(classDir);
});

afterAll(() => {
  if (classDir !== '') rmSync(classDir, { recursive: true, force: true });
});

describe('benchmark kernels', () => {
  it('lists exactly the kernel sources in bench/java', () => {
    const sources = readdirSync(JAVA_SOURCE_DIR)
      .filter((file) => file.endsWith('.java'))
      .map((file) => file.slice(0, -'.java'.length))
      .filter((name) => !SUPPORT_CLASSES.includes(name))
      .sort();
    expect(KERNELS.map((kernel) => kernel.name).sort()).toEqual(sources);
  });

  for (const kernel of KERNELS) {
    it(`${kernel.name}: same checksum interpreted and compiled, tracks the work, runs with n = 1`, async () => {
      const n = scaledIterations(kernel, SMOKE_SCALE);
      const [interpreted, compiled, more, single] = await Promise.all([
        java(['-Xint'], kernel.name, [String(n)]),
        java(COMPILE_ALL, kernel.name, [String(n)]),
        java(['-Xint'], kernel.name, [String(n + 1)]),
        java(['-Xint'], kernel.name, ['1']),
      ]);
      expect(parseKernelOutput(single)).not.toBeNull();
      expect(interpreted).toMatch(/^checksum=-?\d+\ntime_ns=\d+\n$/);
      const reference = parseKernelOutput(interpreted);
      expect(reference).not.toBeNull();
      expect(parseKernelOutput(compiled)?.checksum).toBe(reference?.checksum);
      expect(parseKernelOutput(more)?.checksum).not.toBe(reference?.checksum);
    });
  }

  it('a kernel without an iteration count exits with status 2', async () => {
    await expect(java(['-Xint'], KERNELS[0].name, [])).rejects.toMatchObject({ code: 2 });
  });

  it(`${STARTUP_CLASS} prints exactly one line`, async () => {
    expect(await java([], STARTUP_CLASS, [])).toMatch(/^[^\n]+\n$/);
  });
});
