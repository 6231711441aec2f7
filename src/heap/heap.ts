/**
 * @fileoverview The Java heap: one `WebAssembly.Memory` reserved in full at start (so typed-array
 * views never detach), bump allocation in the current semispace, a static area for per-class static
 * field blocks, and a precise copying collector (Cheney's algorithm: breadth-first, iterative, the
 * to-space itself is the work queue). Layout and invariants: docs/heap-layout.md.
 */

import { HandleTable } from './handles.js';
import {
  ARRAY_DATA_OFFSET,
  FORWARDED_CLASS_ID,
  OBJECT_HEADER_BYTES,
  type Ref,
} from './layout.js';
import {
  DEFAULT_HASH_SEED,
  type HeapGeometry,
  type HeapOptions,
  planHeap,
} from './options.js';
import { ShapeKind, ShapeTable, type TypeInfoSource } from './shapes.js';
import { createFixedMemory, type LinearMemory } from './wasm-memory.js';

export type { Ref } from './layout.js';
export type { HeapOptions } from './options.js';
export type { ArrayShape, InstanceShape, TypeInfoSource } from './shapes.js';
export type { LinearMemory } from './wasm-memory.js';

/** Root enumeration: calls `visit` for every root slot; the visitor returns the (possibly moved) new reference to store back. */
export type RootEnumerator = (visit: (ref: Ref) => Ref) => void;

/** Pattern written over the old semispace in poison mode; as a class id it is negative, so stale reads fail fast. */
const POISON_WORD = 0xdeadbeef | 0;

/** Objects of at most this many 32-bit words are copied by a loop; larger ones by `copyWithin`. */
const SMALL_COPY_WORDS = 32;

/** Owns the linear memory and every Java object, array and static block in it. */
export class Heap {
  /** The `WebAssembly.Memory` shared by the interpreter (through the views below) and compiled wasm code. */
  readonly memory: LinearMemory;
  /** Signed byte view over the whole memory. */
  readonly i8: Int8Array;
  /** Unsigned byte view over the whole memory. */
  readonly u8: Uint8Array;
  /** Signed 16-bit view over the whole memory (index = address >> 1). */
  readonly i16: Int16Array;
  /** Unsigned 16-bit view (Java `char`) over the whole memory (index = address >> 1). */
  readonly u16: Uint16Array;
  /** Signed 32-bit view over the whole memory (index = address >> 2). */
  readonly i32: Int32Array;
  /** Unsigned 32-bit view over the whole memory (index = address >> 2). */
  readonly u32: Uint32Array;
  /** 32-bit float view over the whole memory (index = address >> 2). */
  readonly f32: Float32Array;
  /** 64-bit float view over the whole memory (index = address >> 3). */
  readonly f64: Float64Array;
  /** Signed 64-bit view over the whole memory (index = address >> 3), for natives that use `bigint`. */
  readonly i64: BigInt64Array;
  /** Where the regions lie in memory. */
  readonly geometry: HeapGeometry;
  /** GC stress mode: the runtime collects before every allocation when set. */
  readonly gcStress: boolean;
  /** Number of collections run so far. */
  collections = 0;
  /**
   * Called after each collection with a forwarding function (old ref -> new ref, or 0 if the object
   * died), so the runtime can update weak tables (monitors, interned-string maps). The function is
   * valid only during the call.
   */
  onMoved: ((forward: (old: Ref) => Ref) => void) | null = null;
  /**
   * The weak references (objects whose shape has a `weakOffset`) whose referent the last
   * collection cleared, at their new addresses; valid until the next collection (read it in
   * `onMoved`).
   */
  clearedReferences: Ref[] = [];
  /** Weak references met by the current collection's scan (new addresses). */
  private readonly discovered: Ref[] = [];
  /** Gives the identity hash of an object whose status word holds inflated monitor `monitorId`. */
  monitorHash: ((monitorId: number, ref: Ref) => number) | null = null;

  private readonly shapes: ShapeTable;
  private readonly handles = new HandleTable();
  private readonly poison: boolean;
  private staticTop: number;
  private staticRootSlots = new Int32Array(16);
  private staticRootCount = 0;
  /** Start of the semispace objects are allocated in. */
  private spaceStart: number;
  /** Next free address in the current semispace. */
  private top: number;
  /** End of the current semispace. */
  private limit: number;
  /** Start of the other semispace. */
  private otherStart: number;
  /** Bytes of the other semispace from here on are known to be zero. */
  private otherDirtyEnd: number;
  private collecting = false;
  /** Why a collection failed midway, after which the heap refuses to collect again. */
  private failure: string | null = null;
  /** During a collection: the from-space range being evacuated, and the to-space bump pointer. */
  private fromStart = 0;
  private fromTop = 0;
  private toStart = 0;
  private toLimit = 0;
  private free = 0;
  /** After a collection: the old from-space range `forwardOld` may read, while `onMoved` runs. */
  private forwardingOpen = false;
  private hashState: number;
  private readonly visitRoot = (ref: Ref): Ref => this.evacuate(ref);
  private readonly forwardOld = (old: Ref): Ref => this.forwarded(old);

  /** Reserves the whole linear memory for `options` and prepares empty regions; shapes come from `types`. */
  constructor(options: HeapOptions, types: TypeInfoSource) {
    const g = planHeap(options);
    this.geometry = g;
    try {
      this.memory = createFixedMemory(g.pages);
    } catch (e) {
      throw new Error(
        `Could not reserve ${g.totalBytes} bytes of linear memory for the Java heap ` +
          `(-Xmx ${g.semispaceBytes}): ${(e as Error).message}`,
      );
    }
    const buf = this.memory.buffer;
    this.i8 = new Int8Array(buf);
    this.u8 = new Uint8Array(buf);
    this.i16 = new Int16Array(buf);
    this.u16 = new Uint16Array(buf);
    this.i32 = new Int32Array(buf);
    this.u32 = new Uint32Array(buf);
    this.f32 = new Float32Array(buf);
    this.f64 = new Float64Array(buf);
    this.i64 = new BigInt64Array(buf);
    this.gcStress = options.gcStress ?? false;
    this.poison = options.poisonFromSpace ?? this.gcStress;
    this.shapes = new ShapeTable(types);
    this.staticTop = g.staticStart;
    this.spaceStart = g.spaceA;
    this.top = g.spaceA;
    this.limit = g.spaceA + g.semispaceBytes;
    this.otherStart = g.spaceB;
    this.otherDirtyEnd = g.spaceB;
    this.hashState = (options.hashSeed ?? DEFAULT_HASH_SEED) | 0 || DEFAULT_HASH_SEED;
  }

  // ---------------------------------------------------------------------------------------------
  // Allocation

  /** Bump-allocates a zeroed instance; returns 0 when the current semispace has no room (caller then collects and retries, then throws OutOfMemoryError). */
  allocInstance(classId: number, size: number): Ref {
    const bytes = (size + 7) & ~7;
    const ref = this.top;
    if (bytes > this.limit - ref) return 0;
    if (bytes < OBJECT_HEADER_BYTES) throw new Error(`heap: instance size ${size} is below the 8-byte header`);
    this.top = ref + bytes;
    this.i32[ref >> 2] = classId;
    return ref;
  }

  /** Bump-allocates a zeroed array of `length` elements; returns 0 when there is no room. A negative length is the caller's check (NegativeArraySizeException). */
  allocArray(classId: number, elementSize: 1 | 2 | 4 | 8, length: number): Ref {
    // Floating-point size so that huge lengths compare as huge instead of wrapping.
    const bytes = ARRAY_DATA_OFFSET + length * elementSize;
    const ref = this.top;
    if (bytes > this.limit - ref) return 0;
    if (!(length >= 0)) throw new Error(`heap: allocArray with negative length ${length}`);
    // Semispace bounds are 8-aligned, so the rounded size fits whenever the exact size does.
    this.top = ref + ((bytes + 7) & ~7);
    const w = ref >> 2;
    this.i32[w] = classId;
    this.i32[w + 2] = length;
    return ref;
  }

  /** Reserves `bytes` (rounded to 8) of zeroed, never-moving memory in the static area; throws a clear Error when full. */
  allocStatic(bytes: number): number {
    if (!Number.isInteger(bytes) || bytes < 0) {
      throw new Error(`heap: allocStatic needs a non-negative integer size, got ${bytes}`);
    }
    const rounded = Math.ceil(bytes / 8) * 8;
    const end = this.geometry.staticEnd;
    if (rounded > end - this.staticTop) {
      throw new Error(
        `Static area full: ${rounded} bytes requested, ${end - this.staticTop} of ` +
          `${end - this.geometry.staticStart} left; raise the heap's staticBytes option`,
      );
    }
    const address = this.staticTop;
    this.staticTop += rounded;
    return address;
  }

  /** Declares that the i32 at `address` (in the static area) holds a reference; the collector then treats it as a root. */
  registerStaticRefSlot(address: number): void {
    if ((address & 3) !== 0 || address < this.geometry.staticStart || address + 4 > this.staticTop) {
      throw new Error(`heap: static reference slot ${address} is not an allocated, 4-aligned static address`);
    }
    if (this.staticRootCount === this.staticRootSlots.length) {
      const grown = new Int32Array(this.staticRootSlots.length * 2);
      grown.set(this.staticRootSlots);
      this.staticRootSlots = grown;
    }
    this.staticRootSlots[this.staticRootCount++] = address;
  }

  // ---------------------------------------------------------------------------------------------
  // Object access

  /** The class id of the object or array at `ref` (0 for `null`, the fake array). */
  classIdOf(ref: Ref): number {
    return this.i32[ref >> 2];
  }

  /** The length of the array at `ref` (0 for `null`, the fake array). */
  arrayLength(ref: Ref): number {
    return this.i32[(ref + 8) >> 2];
  }

  /** Size in bytes (rounded to 8) of the object or array at `ref`, e.g. for `Object.clone`. */
  objectSize(ref: Ref): number {
    return this.sizeOf(ref, this.i32[ref >> 2]);
  }

  /** Calls `fn` with the address of every reference slot (field or element) of the object at `ref`. */
  forEachRefSlot(ref: Ref, fn: (slotAddress: number) => void): void {
    const shapes = this.shapes;
    const cid = this.i32[ref >> 2];
    const kind = shapes.load(cid);
    if (kind === ShapeKind.Instance) {
      const offsets = shapes.refOffsets[cid];
      for (let k = 0; k < offsets.length; k++) fn(ref + offsets[k]);
    } else if (kind === ShapeKind.RefArray) {
      const end = ref + ARRAY_DATA_OFFSET + 4 * this.i32[(ref + 8) >> 2];
      for (let slot = ref + ARRAY_DATA_OFFSET; slot < end; slot += 4) fn(slot);
    }
  }

  /** Calls `visit` for the roots the heap keeps itself (live handles, registered static slots) and stores back what it returns. */
  enumerateOwnRoots(visit: (ref: Ref) => Ref): void {
    this.handles.visitAll(visit);
    const i32 = this.i32;
    const slots = this.staticRootSlots;
    for (let k = 0; k < this.staticRootCount; k++) {
      const w = slots[k] >> 2;
      const ref = i32[w];
      if (ref !== 0) i32[w] = visit(ref);
    }
  }

  /** True when `ref` is the address of an object allocated in the current semispace (not a proof that an object starts there). */
  contains(ref: Ref): boolean {
    return ref >= this.spaceStart && ref < this.top && (ref & 7) === 0;
  }

  /** The identity hash of `ref` (JLS `System.identityHashCode`): assigned lazily, 31-bit, nonzero, stable across moves; 0 for null. */
  identityHash(ref: Ref): number {
    if (ref === 0) return 0;
    const w = (ref + 4) >> 2;
    const status = this.i32[w];
    if ((status & 1) !== 0) {
      if (this.monitorHash === null) {
        throw new Error(`heap: object ${ref} has an inflated monitor but no monitorHash hook is set`);
      }
      return this.monitorHash(status >>> 1, ref);
    }
    if (status !== 0) return status >>> 1;
    const hash = this.nextIdentityHash();
    this.i32[w] = hash << 1;
    return hash;
  }

  /** State of the identity-hash generator (checkpointed so a restored run draws the same hashes). */
  get identityHashState(): number {
    return this.hashState;
  }

  set identityHashState(state: number) {
    this.hashState = state | 0 || DEFAULT_HASH_SEED;
  }

  /** Draws a fresh 31-bit nonzero identity hash (xorshift32), e.g. for the runtime to give an object whose header holds a monitor. */
  nextIdentityHash(): number {
    let x = this.hashState;
    let h = 0;
    while (h === 0) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      h = x >>> 1;
    }
    this.hashState = x | 0;
    return h;
  }

  // ---------------------------------------------------------------------------------------------
  // Statistics

  /** Bytes allocated in the current semispace (live data after the last collection plus new objects). */
  usedBytes(): number {
    return this.top - this.spaceStart;
  }

  /** Bytes still free in the current semispace. */
  freeBytes(): number {
    return this.limit - this.top;
  }

  /** Size of one semispace: the most the program can have live (-Xmx). */
  capacityBytes(): number {
    return this.geometry.semispaceBytes;
  }

  /** Bytes of the static area in use. */
  staticUsedBytes(): number {
    return this.staticTop - this.geometry.staticStart;
  }

  /** Start and end (exclusive) of the allocated part of the current semispace, for heap walkers. */
  allocatedRange(): { start: number; end: number } {
    return { start: this.spaceStart, end: this.top };
  }

  // ---------------------------------------------------------------------------------------------
  // Handles

  /** Stores `ref` in a new handle (a root) and returns its number, never 0. */
  newHandle(ref: Ref): number {
    return this.handles.create(ref);
  }

  /** The current reference held by handle `h`. */
  getHandle(h: number): Ref {
    return this.handles.get(h);
  }

  /** Makes handle `h` hold `ref`. */
  setHandle(h: number, ref: Ref): void {
    this.handles.set(h, ref);
  }

  /** Releases handle `h`. */
  freeHandle(h: number): void {
    this.handles.free(h);
  }

  /** Number of live handles (a leak check for natives). */
  handleCount(): number {
    return this.handles.count();
  }

  // ---------------------------------------------------------------------------------------------
  // Collection

  /**
   * Runs a full copying (Cheney) collection. Roots: everything `enumerateRoots` visits, every live
   * handle and every registered static reference slot. Returns bytes live after. Neither
   * `enumerateRoots` nor the type source may allocate while it runs.
   */
  collect(enumerateRoots: RootEnumerator): number {
    if (this.collecting || this.forwardingOpen) {
      throw new Error('heap: collect() called during a collection or onMoved');
    }
    if (this.failure !== null) throw new Error(`heap: unusable after a failed collection: ${this.failure}`);
    this.collecting = true;
    const oldStart = this.spaceStart;
    const oldTop = this.top;
    try {
      this.fromStart = oldStart;
      this.fromTop = oldTop;
      this.toStart = this.otherStart;
      this.toLimit = this.otherStart + this.geometry.semispaceBytes;
      this.free = this.toStart;

      this.discovered.length = 0;
      this.clearedReferences = [];
      enumerateRoots(this.visitRoot);
      this.enumerateOwnRoots(this.visitRoot);
      this.scanToSpace();
      this.processWeakReferences();

      const free = this.free;
      // Keep the invariant "the current semispace is zero from `top` on".
      if (this.otherDirtyEnd > free) this.u8.fill(0, free, this.otherDirtyEnd);
      this.spaceStart = this.toStart;
      this.top = free;
      this.limit = this.toLimit;
      this.otherStart = oldStart;
      this.otherDirtyEnd = oldTop;
      this.collections++;
    } catch (e) {
      // Objects are half-evacuated: no later collection could be trusted.
      this.failure = (e as Error).message;
      throw e;
    } finally {
      this.collecting = false;
    }
    this.publishForwarding();
    if (this.poison) this.i32.fill(POISON_WORD, oldStart >> 2, oldTop >> 2);
    return this.top - this.spaceStart;
  }

  /** Gives `onMoved` the forwarding function while the old semispace still holds forwarding headers. */
  private publishForwarding(): void {
    if (this.onMoved === null) return;
    this.forwardingOpen = true;
    try {
      this.onMoved(this.forwardOld);
    } finally {
      this.forwardingOpen = false;
    }
  }

  /** Old address -> new address after a collection, or 0 when the object died. */
  private forwarded(old: Ref): Ref {
    if (!this.forwardingOpen) throw new Error('heap: the forwarding function is only valid inside onMoved');
    if (old === 0) return 0;
    if (old < this.otherStart || old >= this.otherDirtyEnd || (old & 7) !== 0) {
      throw new Error(`heap: forward(${old}): not an object address of the collected semispace`);
    }
    const w = old >> 2;
    return this.i32[w] === FORWARDED_CLASS_ID ? this.i32[w + 1] : 0;
  }

  /**
   * After the trace: every discovered weak reference's referent is updated when it was copied
   * (strongly reachable) and cleared otherwise; the cleared references are listed in
   * {@link clearedReferences} (new addresses, in discovery order) for the runtime to enqueue.
   */
  private processWeakReferences(): void {
    const i32 = this.i32;
    const weakOffsets = this.shapes.weakOffsets;
    for (let k = 0; k < this.discovered.length; k++) {
      const r = this.discovered[k]!;
      const slot = (r + weakOffsets[i32[r >> 2]]!) >> 2;
      const old = i32[slot]!;
      if (old === 0) continue;
      if (old >= this.fromStart && old < this.fromTop) {
        const w = old >> 2;
        if (i32[w] === FORWARDED_CLASS_ID) {
          i32[slot] = i32[w + 1]!;
        } else {
          i32[slot] = 0;
          this.clearedReferences.push(r);
        }
      } else if (!(old >= this.toStart && old < this.free)) {
        throw new Error(`heap: weak referent ${old} of reference ${r} is not an object address; heap corrupted?`);
      }
    }
    this.discovered.length = 0;
  }

  /** Cheney scan: fixes the reference fields of every copied object, copying their targets in turn. */
  private scanToSpace(): void {
    const i32 = this.i32;
    const shapes = this.shapes;
    let scan = this.toStart;
    while (scan < this.free) {
      const w = scan >> 2;
      const cid = i32[w];
      let kind = cid >= 0 && cid < shapes.kinds.length ? (shapes.kinds[cid] as ShapeKind) : ShapeKind.Unknown;
      if (kind === ShapeKind.Unknown) kind = shapes.load(cid);
      if (kind === ShapeKind.Instance) {
        const offsets = shapes.scanOffsets[cid];
        for (let k = 0; k < offsets.length; k++) {
          const slot = w + (offsets[k] >> 2);
          const ref = i32[slot];
          if (ref !== 0) i32[slot] = this.evacuate(ref);
        }
        if (shapes.weakOffsets[cid] !== 0) this.discovered.push(scan);
        scan += shapes.sizes[cid];
      } else {
        const length = i32[w + 2];
        if (kind === ShapeKind.RefArray) {
          const first = w + (ARRAY_DATA_OFFSET >> 2);
          const end = first + length;
          for (let slot = first; slot < end; slot++) {
            const ref = i32[slot];
            if (ref !== 0) i32[slot] = this.evacuate(ref);
          }
        }
        scan += (ARRAY_DATA_OFFSET + length * shapes.sizes[cid] + 7) & ~7;
      }
    }
  }

  /** Copies the from-space object at `ref` to to-space (once) and returns its new address. */
  private evacuate(ref: Ref): Ref {
    if (ref === 0) return 0;
    const i32 = this.i32;
    if (ref >= this.fromStart && ref < this.fromTop && (ref & 7) === 0) {
      const w = ref >> 2;
      const cid = i32[w];
      if (cid === FORWARDED_CLASS_ID) return i32[w + 1];
      const size = this.sizeOf(ref, cid);
      const to = this.free;
      if (size > this.toLimit - to) {
        throw new Error(`heap: to-space overflow copying object ${ref} (class ${cid}, ${size} bytes); heap corrupted?`);
      }
      const words = size >> 2;
      if (words <= SMALL_COPY_WORDS) {
        const d = to >> 2;
        for (let k = 0; k < words; k++) i32[d + k] = i32[w + k];
      } else {
        this.u8.copyWithin(to, ref, ref + size);
      }
      this.free = to + size;
      i32[w] = FORWARDED_CLASS_ID;
      i32[w + 1] = to;
      return to;
    }
    // A slot visited twice already holds its new address.
    if (ref >= this.toStart && ref < this.free && (ref & 7) === 0) return ref;
    throw new Error(
      `heap: reference ${ref} found during GC is not an object address ` +
        `(current semispace ${this.fromStart}..${this.fromTop}); a root or field holds a stale or bad value`,
    );
  }

  /** Size in bytes (rounded to 8) of the object at `ref` whose class id is `cid`. */
  private sizeOf(ref: Ref, cid: number): number {
    const shapes = this.shapes;
    const kind = shapes.load(cid);
    if (kind === ShapeKind.Instance) return shapes.sizes[cid];
    return (ARRAY_DATA_OFFSET + this.i32[(ref + 8) >> 2] * shapes.sizes[cid] + 7) & ~7;
  }
}
