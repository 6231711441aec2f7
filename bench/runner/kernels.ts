/**
 * @fileoverview The SciMark-style kernels `tern bench` runs (Java sources in bench/scimark) and
 * their problem sizes: SciMark 2.0's normal sizes fit in cache, `--large` ones do not.
 */

/** One kernel. */
export interface KernelSpec {
  /** The name on the command line and in reports. */
  id: string;
  title: string;
  /** Problem size (normal, large) as the harness takes it. */
  size: number;
  largeSize: number;
  /** What the size means, for reports. */
  sizeUnit: string;
}

export const KERNELS: readonly KernelSpec[] = [
  { id: 'fft', title: 'FFT', size: 1024, largeSize: 1 << 20, sizeUnit: 'complex points' },
  { id: 'sor', title: 'SOR', size: 100, largeSize: 1000, sizeUnit: 'grid side' },
  { id: 'mc', title: 'Monte Carlo', size: 100_000, largeSize: 100_000, sizeUnit: 'samples per cycle' },
  { id: 'sparse', title: 'Sparse matmult', size: 1000, largeSize: 100_000, sizeUnit: 'rows (5 nonzeros each)' },
  { id: 'lu', title: 'LU', size: 100, largeSize: 1000, sizeUnit: 'matrix side' },
];

/** A user's benchmark class (`--class NAME`) run as a kernel. */
export function userKernel(className: string): KernelSpec {
  return { id: `class:${className}`, title: className, size: 0, largeSize: 0, sizeUnit: '' };
}
