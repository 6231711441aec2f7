// @ts-check
/**
 * @fileoverview The benchmark kernels: their names, work sizes and what each measures, plus the
 * two operations every user of the suite needs (compile the Java sources, parse a kernel's
 * output). Kept apart from the runner so that test/bench/kernels.test.ts checks exactly the
 * table the runner uses.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * One benchmark kernel.
 * @typedef {object} Kernel
 * @property {string} name        main class in bench/java (also the source file's name)
 * @property {number} iterations  default work size: java -Xint takes roughly 0.3–1 s on it
 * @property {string} measures    one line for reports and docs/benchmarks.md
 */

/** Every kernel, in the order reports list them; iteration counts tuned against java -Xint. */
export const KERNELS = Object.freeze(
  /** @type {readonly Kernel[]} */ ([
    { name: 'IntLoop', iterations: 10_000_000, measures: 'int arithmetic on locals in one loop' },
    { name: 'LongArith', iterations: 4_000_000, measures: 'long multiply/add/xor/shift/compare' },
    { name: 'DoubleArith', iterations: 400, measures: 'double math: Mandelbrot and Horner' },
    { name: 'ArrayTraversal', iterations: 1_000, measures: 'int[] fill/prefix/fold, 2-D double[][]' },
    { name: 'FieldAccess', iterations: 6_000_000, measures: 'getfield/putfield, putstatic, ring walk' },
    { name: 'VirtualCalls', iterations: 2_000_000, measures: 'invokevirtual over 3 subclasses' },
    { name: 'InterfaceCalls', iterations: 3_000_000, measures: 'invokeinterface over 3 classes, default' },
    { name: 'SmallObjects', iterations: 1_000_000, measures: '2 allocations per trip, 32 kept alive' },
    { name: 'StringBuilding', iterations: 40_000, measures: 'StringBuilder append/toString, hashCode' },
    { name: 'BigMath', iterations: 60, measures: 'BigInteger natives, BigDecimal money arithmetic' },
  ]),
);

/** Main class of the start-up benchmark: prints one line and exits. */
export const STARTUP_CLASS = 'Hello';

/** Absolute path of the Java sources of the kernels (bench/java). */
export const JAVA_SOURCE_DIR = fileURLToPath(new URL('./java/', import.meta.url));

/**
 * The iteration count for a kernel scaled by `scale` (1 = the default work size), never below 1.
 * @param {Kernel} kernel
 * @param {number} scale
 * @returns {number}
 */
export function scaledIterations(kernel, scale) {
  return Math.max(1, Math.round(kernel.iterations * scale));
}

/**
 * Compiles every source in bench/java with `javac --release 17` into `outDir`.
 * Throws an Error carrying javac's diagnostics when compilation fails.
 * @param {string} outDir
 * @returns {void}
 */
export function compileKernels(outDir) {
  mkdirSync(outDir, { recursive: true });
  const sources = readdirSync(JAVA_SOURCE_DIR)
    .filter((file) => file.endsWith('.java'))
    .sort()
    .map((file) => join(JAVA_SOURCE_DIR, file));
  const result = spawnSync('javac', ['--release', '17', '-encoding', 'UTF-8', '-d', outDir, ...sources], {
    encoding: 'utf8',
  });
  if (result.error) {
    throw new Error(`cannot run javac: ${result.error.message}`);
  }
  if (result.status !== 0) {
    throw new Error(`javac failed (exit ${result.status}):\n${result.stderr}`);
  }
}

/**
 * What a kernel reports (see bench/java/Harness.java).
 * @typedef {object} KernelOutput
 * @property {string} checksum  decimal text: a Java long may not fit a JS number exactly
 * @property {number} timeNs    self-measured time of the work, in nanoseconds
 */

/**
 * Reads the `checksum=` and `time_ns=` lines of a kernel's stdout; null when either is missing.
 * @param {string} stdout
 * @returns {KernelOutput | null}
 */
export function parseKernelOutput(stdout) {
  const checksum = /^checksum=(-?\d+)\s*$/m.exec(stdout);
  const time = /^time_ns=(\d+)\s*$/m.exec(stdout);
  if (!checksum || !time) {
    return null;
  }
  return { checksum: checksum[1], timeNs: Number(time[1]) };
}
