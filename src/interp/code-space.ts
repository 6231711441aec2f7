/**
 * @fileoverview One Int32Array per VM holding the register code (register-code.ts) of every method
 * the VM has prepared, each method in its own range. The interpreter loop then indexes a single
 * array that never changes while it runs, which V8 treats as a constant of the loop's closure (see
 * interpreter.ts): no per-access type check or length load, and no array variable to carry
 * across calls and returns. Each method's `Prepared.q` is a view of its range, so translate.ts
 * writes entries with method-relative indices (branch targets are absolute `4 * pc` indices).
 */

import type { Tiering } from './tiering.js';

/** Entries (pcs) a new VM's space holds before it must grow; 16 bytes each, committed on first touch. */
const INITIAL_PCS = 1 << 18;

/** What holds a range of the space: its view. */
export interface CodeRange {
  q: Int32Array;
}

/** Register code of one VM. */
export class CodeSpace {
  /** The compiler tier plugged into this VM's interpreter (src/interp/tiering.ts), or null (`-Xint`). */
  tiering: Tiering | null = null;
  /** Four words per pc of every prepared method. Replaced (copied) when the space grows. */
  words: Int32Array;
  /** Next free pc. */
  private top = 0;
  /** The ranges handed out, whose views are re-pointed after growth. */
  private readonly ranges: Array<{ owner: CodeRange; base: number; length: number }> = [];

  constructor(pcs = INITIAL_PCS) {
    this.words = new Int32Array(4 * pcs);
  }

  /**
   * Reserves `length` pcs for `owner`, sets `owner.q` to their view (now and whenever growth moves
   * it) and returns the first pc. Growing replaces {@link words}: a loop holding the old array
   * must not run any more (the interpreter checks after every call that can prepare a method).
   */
  allocate(owner: CodeRange, length: number): number {
    const base = this.top;
    if (4 * (base + length) > this.words.length) this.grow(base + length);
    this.top = base + length;
    this.ranges.push({ owner, base, length });
    owner.q = this.words.subarray(4 * base, 4 * (base + length));
    return base;
  }

  private grow(minPcs: number): void {
    let pcs = this.words.length / 4;
    while (pcs < minPcs) pcs *= 2;
    const words = new Int32Array(4 * pcs);
    words.set(this.words);
    this.words = words;
    for (const r of this.ranges) r.owner.q = words.subarray(4 * r.base, 4 * (r.base + r.length));
  }
}
