/**
 * @fileoverview Validation of heap options and the region plan they give: where the static area
 * and the two semispaces start inside the one linear memory, and how many wasm pages to reserve.
 * Kept apart from the collector so that the CLI can check `-Xmx` before building a VM.
 */

import { NULL_ARRAY_BYTES, OBJECT_ALIGNMENT } from './layout.js';

/** Options of a {@link Heap}. */
export interface HeapOptions {
  /** Size of one semispace in bytes; this is `-Xmx`. Rounded up to 8. */
  semispaceBytes: number;
  /** Size of the static area (per-class static field blocks) in bytes; default 16 MiB. Rounded up to 8. */
  staticBytes?: number;
  /**
   * GC stress mode: the runtime collects before every allocation when this is set (the heap only
   * records the flag), and the collector poisons the old semispace so stale references fail fast.
   */
  gcStress?: boolean;
  /** Poison the old semispace after each collection; defaults to `gcStress`. */
  poisonFromSpace?: boolean;
  /** Seed of the identity-hash generator; a fixed default keeps runs reproducible. */
  hashSeed?: number;
}

/** Default size of the static area: 16 MiB. */
export const DEFAULT_STATIC_BYTES = 16 * 1024 * 1024;

/** Bytes in one WebAssembly page. */
export const WASM_PAGE_BYTES = 65536;

/**
 * Largest linear memory the heap uses: 2 GiB. References are non-negative i32 byte offsets (they
 * are stored in i32 fields and indexed with `>> 2`), so no address may reach 2^31; that is
 * stricter than the 4 GiB limit of wasm32.
 */
export const MAX_MEMORY_BYTES = 2 ** 31;

/** Default identity-hash seed. */
export const DEFAULT_HASH_SEED = 0x2545f491;

/** Where each region lives in linear memory, all addresses 8-aligned. */
export interface HeapGeometry {
  /** First address of the static area (just after the fake null array). */
  staticStart: number;
  /** One past the static area. */
  staticEnd: number;
  /** Size of one semispace in bytes. */
  semispaceBytes: number;
  /** First address of semispace A (allocation starts here). */
  spaceA: number;
  /** First address of semispace B. */
  spaceB: number;
  /** Bytes used by all regions. */
  totalBytes: number;
  /** Wasm pages reserved: initial = maximum, so views never detach. */
  pages: number;
}

/** Thrown for heap options that cannot work; the message says which option and why. */
export class HeapOptionsError extends Error {
  override name = 'HeapOptionsError';
}

/** Largest `semispaceBytes` (-Xmx) accepted with a static area of `staticBytes`. */
export function maxSemispaceBytes(staticBytes: number = DEFAULT_STATIC_BYTES): number {
  const rest = MAX_MEMORY_BYTES - NULL_ARRAY_BYTES - roundUp8(staticBytes);
  return Math.floor(rest / 2 / OBJECT_ALIGNMENT) * OBJECT_ALIGNMENT;
}

/** Checks `options` and computes the region plan; throws {@link HeapOptionsError} on bad input. */
export function planHeap(options: HeapOptions): HeapGeometry {
  const semi = options.semispaceBytes;
  const stat = options.staticBytes ?? DEFAULT_STATIC_BYTES;
  if (!Number.isSafeInteger(semi) || semi < OBJECT_ALIGNMENT * 2) {
    throw new HeapOptionsError(
      `Invalid heap size (-Xmx): semispaceBytes must be an integer of at least 16, got ${String(semi)}`,
    );
  }
  if (!Number.isSafeInteger(stat) || stat < 0) {
    throw new HeapOptionsError(
      `Invalid static area size: staticBytes must be a non-negative integer, got ${String(stat)}`,
    );
  }
  const staticBytes = roundUp8(stat);
  const semispaceBytes = roundUp8(semi);
  const staticStart = NULL_ARRAY_BYTES;
  const staticEnd = staticStart + staticBytes;
  const totalBytes = staticEnd + 2 * semispaceBytes;
  if (totalBytes > MAX_MEMORY_BYTES) {
    throw new HeapOptionsError(
      `Invalid heap size (-Xmx): ${semispaceBytes} bytes per semispace needs ${totalBytes} bytes of ` +
        `linear memory (two semispaces plus a ${staticBytes}-byte static area), over the ` +
        `${MAX_MEMORY_BYTES}-byte limit of i32 references; the largest accepted -Xmx is ` +
        `${maxSemispaceBytes(staticBytes)} bytes`,
    );
  }
  return {
    staticStart,
    staticEnd,
    semispaceBytes,
    spaceA: staticEnd,
    spaceB: staticEnd + semispaceBytes,
    totalBytes,
    pages: Math.ceil(totalBytes / WASM_PAGE_BYTES),
  };
}

/** Rounds a non-negative integer up to a multiple of 8 without 32-bit wrap-around. */
function roundUp8(bytes: number): number {
  return Math.ceil(bytes / OBJECT_ALIGNMENT) * OBJECT_ALIGNMENT;
}
