/**
 * @fileoverview Virtual and interface calls from compiled code (docs/jit.md "Calls"). Each call
 * site has an inline cache of 8 bytes in the static area: the receiver class id last seen and the
 * compiled-method id (function-table index) of its target. Compiled code compares the receiver's
 * class word with the cached class and calls through the table; on a miss it calls the `dispatch`
 * import, which selects the target exactly as the interpreter does (the receiver class's vtable
 * for invokevirtual, JVMS §5.4.6 selection for invokeinterface) and refills the cache.
 *
 * `dispatch` returns -3 when the target is a Java method without compiled code or a native
 * (compiled code then calls it through the runtime's adapter, which runs it in the interpreter or
 * runs the native: `lastTarget`, docs/deopt.md "Calls into the interpreter") and -2 when selection
 * would throw
 * (IncompatibleClassChangeError, AbstractMethodError: the interpreter throws). It never loads a
 * class or allocates.
 */
import { selectInterface } from '../src/interp/linkage.js';
import type { Prepared } from '../src/interp/prepared.js';
import type { RtMethod } from '../src/runtime/model.js';
import type { Vm } from '../src/runtime/vm.js';

/** Sites per block of the static area. */
const SITES_PER_BLOCK = 1024;

interface Site {
  /** Resolved method (for interface selection). */
  readonly method: RtMethod;
  /** vtable index for invokevirtual; -1 for interface selection. */
  readonly vtableIndex: number;
  /** Address of the cache: [class id, compiled id]. */
  readonly cache: number;
}

export class DispatchSites {
  private readonly sites: Site[] = [];
  private block = 0;
  private used = SITES_PER_BLOCK;
  /** The target of the last `dispatch` that returned -3 (the adapter's `i2c(-1)` runs it, or its native). */
  lastTarget: RtMethod | null = null;

  constructor(private readonly vm: Vm, private readonly compiledId: (P: Prepared) => number) {}

  /** A new call site; returns its index (the `dispatch` import's second argument) and cache address. */
  add(method: RtMethod, vtableIndex: number): { index: number; cache: number } {
    if (this.used === SITES_PER_BLOCK) {
      this.block = this.vm.heap.allocStatic(8 * SITES_PER_BLOCK);
      this.used = 0;
    }
    const cache = this.block + 8 * this.used++;
    this.vm.heap.i32[cache >> 2] = -1; // no class id is -1: the first call misses
    this.sites.push({ method, vtableIndex, cache });
    return { index: this.sites.length - 1, cache };
  }

  /** The `dispatch` import: the compiled id of the target for receiver class `clsId` at site `index`. */
  dispatch(clsId: number, index: number): number {
    const site = this.sites[index]!;
    const cls = this.vm.registry.byId[clsId]!;
    let target: RtMethod | undefined;
    if (site.vtableIndex >= 0) target = cls.vtable[site.vtableIndex];
    else {
      try {
        target = selectInterface(this.vm, cls, site.method);
      } catch {
        return -2;
      }
    }
    if (target === undefined || target.isAbstract) return -2;
    const P = target.prepared as Prepared | null;
    const id = P === null ? -1 : this.compiledId(P);
    if (id < 0) {
      this.lastTarget = target;
      return -3;
    }
    const heap = this.vm.heap;
    heap.i32[site.cache >> 2] = clsId;
    heap.i32[(site.cache >> 2) + 1] = id;
    return id;
  }

  /** Empties every cache (compiled code was dropped: the next call selects again). */
  clear(): void {
    const i32 = this.vm.heap.i32;
    for (const s of this.sites) i32[s.cache >> 2] = -1;
  }
}
