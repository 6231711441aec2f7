/**
 * @fileoverview The imports compiled code calls for what wasm cannot do inline (docs/jit.md):
 * allocation without collection, the subtype test of checkcast/instanceof/aastore, the math
 * natives, and the root table through which compiled code reads constant references (interned
 * strings, class mirrors) so that no heap address is ever embedded in code the GC cannot update.
 *
 * None of these can run the collector, load a class or call Java: compiled code has no GC point
 * and never calls the interpreter (jit/compiler.ts). An allocation that does not fit returns 0 and
 * the compiled frame deoptimizes; the interpreter then collects (or throws OutOfMemoryError).
 */
import type { RtMethod } from '../src/runtime/model.js';
import type { Vm } from '../src/runtime/vm.js';

/** Constant references compiled code can read (4 bytes each in the static area). */
const ROOT_SLOTS = 4096;

/** The `env` functions of heap-related imports. */
export function heapImports(vm: Vm): Record<string, (...a: number[]) => number> {
  const heap = vm.heap;
  const classes = vm.registry.byId;
  /** Allocates a `dims`-dimensional array tree without collecting; 0 when it does not fit or a count is negative. */
  const multi = (clsId: number, counts: number[], from: number): number => {
    const cls = classes[clsId]!;
    const n = counts[from]!;
    const outer = heap.allocArray(clsId, cls.array!.elementSize, n);
    if (outer === 0 || from === counts.length - 1 || n === 0) return outer;
    const inner = cls.array!.component;
    for (let i = 0; i < n; i++) {
      const child = multi(inner.id, counts, from + 1);
      if (child === 0) return 0;
      heap.i32[((outer + 16) >> 2) + i] = child; // no GC can have moved `outer`
    }
    return outer;
  };
  return {
    newobj: (clsId, size) => heap.allocInstance(clsId, size),
    multinew: (clsId, dims, c0, c1, c2, c3) => {
      const counts = [c0!, c1!, c2!, c3!].slice(0, dims);
      if (counts.some((c) => c < 0)) return 0;
      return multi(clsId!, counts, 0);
    },
    // System.arraycopy when it cannot throw and needs no per-element store check (the native's
    // own fast path, src/natives/java/lang/System.ts); 0 otherwise: compiled code deoptimizes and
    // the interpreter calls the native, which throws with HotSpot's messages or copies checking.
    arraycopy: (src, sp, dst, dp, n) => {
      if (src === 0 || dst === 0) return 0;
      const sc = classes[heap.i32[src! >> 2]!]!, dc = classes[heap.i32[dst! >> 2]!]!;
      if (sc.array === null || dc.array === null) return 0;
      if (sc !== dc && (sc.array.elementKind !== dc.array.elementKind || sc.array.component.primitive !== null || !sc.array.component.supertypes.has(dc.array.component))) return 0;
      const slen = heap.i32[(src! + 8) >> 2]!, dlen = heap.i32[(dst! + 8) >> 2]!;
      if (n! < 0 || sp! < 0 || dp! < 0 || sp! + n! > slen || dp! + n! > dlen) return 0;
      const size = sc.array.elementSize;
      heap.u8.copyWithin(dst! + 16 + dp! * size, src! + 16 + sp! * size, src! + 16 + (sp! + n!) * size);
      return 1;
    },
    subtype: (objClass, target) => (classes[objClass]!.supertypes.has(classes[target]!) ? 1 : 0),
    // JVMS §6.5 aastore: the value's class must be assignable to the array's component type.
    storechk: (array, value) => (classes[heap.i32[value! >> 2]!]!.supertypes.has(classes[heap.i32[array! >> 2]!]!.array!.component) ? 1 : 0),
  };
}

/** A native math function as an import over doubles (the same function the interpreter's native calls). */
export function nativeImport(vm: Vm, m: RtMethod): (...a: number[]) => number {
  const fn = vm.bindNative(m) as (...a: unknown[]) => number;
  return (...a: number[]) => fn(vm, null, ...a);
}

/**
 * Root slots for constant references (vm.constRefs indexes) read by compiled code. The moving
 * collector updates vm.constRefs; {@link refresh} copies them into the slots, and the runtime calls
 * it before compiled code runs whenever a collection happened since (collections only run when no
 * compiled frame exists, so that is the only time the slots can be stale).
 */
export class RootTable {
  private readonly slotOf = new Map<number, number>();
  private readonly indexes: number[] = [];
  private base = 0;
  private seenCollections = -1;
  /** Slots of constants not created yet (see {@link pendingAddress}), and vm.constRefs' length when they were last looked for. */
  private readonly pendingSlot = new Map<unknown, number>();
  private pending: Array<{ k: number; index: () => number }> = [];
  private seenRefs = -1;

  constructor(private readonly vm: Vm) {}

  /** Address of the slot of constant reference `index` (assigned on first use). */
  address(index: number): number {
    if (this.base === 0) this.base = this.vm.heap.allocStatic(4 * ROOT_SLOTS);
    let k = this.slotOf.get(index);
    if (k === undefined) {
      if (this.indexes.length >= ROOT_SLOTS) throw new Error('constant root table full');
      k = this.indexes.length;
      this.indexes.push(index);
      this.slotOf.set(index, k);
      this.vm.heap.i32[(this.base >> 2) + k] = this.vm.constRefs[index]!;
    }
    return this.base + 4 * k;
  }

  /**
   * Address of a slot for a constant that does not exist yet (a string not interned, a class
   * mirror not made into a constant), by its key: it holds 0 (compiled code deoptimizes on it)
   * until `index()` finds the constant, which {@link refresh} asks whenever vm.constRefs grew.
   */
  pendingAddress(key: unknown, index: () => number): number {
    const i = index();
    if (i >= 0) return this.address(i);
    let k = this.pendingSlot.get(key);
    if (k === undefined) {
      if (this.base === 0) this.base = this.vm.heap.allocStatic(4 * ROOT_SLOTS);
      if (this.indexes.length >= ROOT_SLOTS) throw new Error('constant root table full');
      k = this.indexes.length;
      this.indexes.push(-1);
      this.pendingSlot.set(key, k);
      this.pending.push({ k, index });
      this.vm.heap.i32[(this.base >> 2) + k] = 0;
    }
    return this.base + 4 * k;
  }

  /** Brings the slots up to date after collections and fills pending ones (cheap when nothing happened). */
  refresh(): void {
    const heap = this.vm.heap, refs = this.vm.constRefs, w = this.base >> 2;
    if (this.pending.length > 0 && refs.length !== this.seenRefs) {
      this.seenRefs = refs.length;
      this.pending = this.pending.filter((p) => {
        const i = p.index();
        if (i < 0) return true;
        this.indexes[p.k] = i;
        heap.i32[w + p.k] = refs[i]!;
        return false;
      });
    }
    if (heap.collections === this.seenCollections) return;
    this.seenCollections = heap.collections;
    for (let k = 0; k < this.indexes.length; k++) heap.i32[w + k] = this.indexes[k]! < 0 ? 0 : refs[this.indexes[k]!]!;
  }
}
