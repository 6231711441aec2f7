/**
 * @fileoverview Handles: a growable table of GC roots through which natives and the embedding API
 * hold references across anything that can allocate (DESIGN.md, Heap). The collector rewrites
 * every live slot after it moves objects, so a handle always yields the current address.
 */

import type { Ref } from './layout.js';

/** Maps a handle number (>= 1) to a reference slot that the collector treats as a root. */
export class HandleTable {
  private refs = new Int32Array(64);
  private live = new Uint8Array(64);
  private freeList = new Int32Array(64);
  private freeCount = 0;
  /** One past the highest handle number ever handed out; handle 0 is never used. */
  private top = 1;
  private liveCount = 0;

  /** Stores `ref` in a new handle and returns its number (never 0). */
  create(ref: Ref): number {
    let h: number;
    if (this.freeCount > 0) {
      h = this.freeList[--this.freeCount];
    } else {
      if (this.top === this.refs.length) this.grow();
      h = this.top++;
    }
    this.refs[h] = ref;
    this.live[h] = 1;
    this.liveCount++;
    return h;
  }

  /** The reference held by handle `h`. */
  get(h: number): Ref {
    this.check(h);
    return this.refs[h];
  }

  /** Replaces the reference held by handle `h`. */
  set(h: number, ref: Ref): void {
    this.check(h);
    this.refs[h] = ref;
  }

  /** Releases handle `h`; its number may be handed out again. */
  free(h: number): void {
    this.check(h);
    this.live[h] = 0;
    this.refs[h] = 0;
    this.freeList[this.freeCount++] = h;
    this.liveCount--;
  }

  /** Number of handles currently held. */
  count(): number {
    return this.liveCount;
  }

  /** Rewrites every live handle through `visit` (the collector's root visitor). */
  visitAll(visit: (ref: Ref) => Ref): void {
    const refs = this.refs;
    const live = this.live;
    for (let h = 1; h < this.top; h++) {
      if (live[h] !== 0 && refs[h] !== 0) refs[h] = visit(refs[h]);
    }
  }

  private check(h: number): void {
    if (!(h >= 1 && h < this.top && this.live[h] === 1)) {
      throw new Error(`heap: handle ${h} is not live (freed twice or never created)`);
    }
  }

  private grow(): void {
    const cap = this.refs.length * 2;
    const refs = new Int32Array(cap);
    refs.set(this.refs);
    const live = new Uint8Array(cap);
    live.set(this.live);
    const freeList = new Int32Array(cap);
    freeList.set(this.freeList);
    this.refs = refs;
    this.live = live;
    this.freeList = freeList;
  }
}
