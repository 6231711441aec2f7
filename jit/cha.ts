/**
 * @fileoverview Class-hierarchy analysis (docs/jit.md "Speculation"): a virtual or interface call
 * whose every loaded receiver class selects the same method is compiled as a direct call (and may
 * be inlined). That is an assumption about the classes loaded *so far*; each one is recorded with
 * the compiled methods that depend on it, and {@link Cha.sync} finds the assumptions a newly loaded
 * class breaks, so the runtime can invalidate their dependents.
 *
 * Why checking new classes when compiled code is entered is enough: classes are loaded only by
 * the interpreter and natives, never by compiled code, and compiled code runs only after the
 * interpreter entered it (jit/runtime.ts `invoke`/`loop`, which call `sync` first). A class
 * loaded while a thread was interpreted therefore cannot meet a stale compiled frame: none exists
 * (compiled frames unwind before the interpreter runs anything else), and the next entry into
 * compiled code sees the invalidation.
 */
import type { RtClass, RtMethod } from '../src/runtime/model.js';
import { selectInterface } from '../src/interp/linkage.js';
import type { Vm } from '../src/runtime/vm.js';

/** Something compiled that depends on assumptions. */
export interface Dependent {
  readonly id: number;
}

/** "Every loaded concrete class below `holder` selects `target` for this call." */
export interface Assumption {
  /** For the log and the trace: `class-hierarchy: Shape.area()D has one implementation (Circle.area()D)`. */
  readonly text: string;
  readonly holder: RtClass;
  readonly target: RtMethod;
  /** The method a concrete class `c` would run. */
  select(c: RtClass): RtMethod | null;
  readonly dependents: Set<Dependent>;
}

/** Readable `Owner.name(desc)` (internal class name). */
function mname(m: RtMethod): string {
  return `${m.owner.name}.${m.name}${m.descriptor}`;
}

export class Cha {
  private seen = 0;
  private readonly byKey = new Map<string, Assumption>();

  constructor(private readonly vm: Vm) {
    this.seen = vm.registry.byId.length;
  }

  /** True when classes were loaded since the last {@link sync}. */
  get changed(): boolean {
    return this.vm.registry.byId.length !== this.seen;
  }

  /** The unique target of invokevirtual `vtableIndex` on receivers of static type `holder`, with its assumption; null when there is none or several. */
  virtual(holder: RtClass, vtableIndex: number): Assumption | null {
    const select = (c: RtClass): RtMethod | null => c.vtable[vtableIndex] ?? null;
    return this.unique(`v ${holder.name} ${vtableIndex}`, holder, select);
  }

  /** The unique target of invokeinterface `m` over the loaded implementations of `m.owner`. */
  interface(m: RtMethod): Assumption | null {
    const select = (c: RtClass): RtMethod | null => {
      try {
        return selectInterface(this.vm, c, m);
      } catch {
        return null;
      }
    };
    return this.unique(`i ${m.owner.name} ${m.name}${m.descriptor}`, m.owner, select);
  }

  private unique(key: string, holder: RtClass, select: (c: RtClass) => RtMethod | null): Assumption | null {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    let target: RtMethod | null = null;
    for (const c of this.vm.registry.byId) {
      if (!concrete(c) || !c.supertypes.has(holder)) continue;
      const t = select(c);
      if (t === null || t.isAbstract) return null;
      if (target === null) target = t;
      else if (t !== target) return null;
    }
    if (target === null) return null; // no concrete receiver class loaded yet: nothing to speculate on
    const text = `class-hierarchy: ${holder.name} receivers all run ${mname(target)}`;
    const a: Assumption = { text, holder, target, select, dependents: new Set() };
    this.byKey.set(key, a);
    return a;
  }

  /** Assumptions broken by classes loaded since the last call, each with the class that broke it (and forgotten). */
  sync(): Array<{ assumption: Assumption; by: RtClass }> {
    const classes = this.vm.registry.byId;
    const broken: Array<{ assumption: Assumption; by: RtClass }> = [];
    for (let i = this.seen; i < classes.length; i++) {
      const c = classes[i]!;
      if (!concrete(c)) continue;
      for (const [key, a] of this.byKey) {
        if (!c.supertypes.has(a.holder) || a.select(c) === a.target) continue;
        broken.push({ assumption: a, by: c });
        this.byKey.delete(key);
      }
    }
    this.seen = classes.length;
    return broken;
  }
}

/** A class that can have instances (arrays count: they are receivers of Object's methods). */
function concrete(c: RtClass): boolean {
  return !c.isInterface && !c.isAbstract && c.primitive === null;
}
