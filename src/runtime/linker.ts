/**
 * @fileoverview Linking (JVMS §5.4): instance field layout, static storage, vtables and the
 * supertype sets used for subtype checks. Pure computations over {@link RtClass}; the registry
 * decides when they run.
 */
import { heapSizeOf, kindOfDescriptor, RtClass, RtField, RtMethod, ValueKind } from './model.js';

/** Instance-field layout: superclass fields first, then 8-, 4-, 2- and 1-byte fields (docs/heap-layout.md). */
export function layoutInstanceFields(cls: RtClass): void {
  const sup = cls.superclass;
  let offset = sup ? sup.instanceSize : 8;
  const refs: number[] = sup ? Array.from(sup.refOffsets) : [];
  const own = [...cls.fields.values()].filter((f) => !f.isStatic);
  for (const size of [8, 4, 2, 1]) {
    for (const f of own) {
      if (heapSizeOf(f.kind) !== size) continue;
      offset = align(offset, size);
      f.offset = offset;
      if (f.kind === ValueKind.Ref) refs.push(offset);
      offset += size;
    }
  }
  cls.instanceSize = align(offset, 8);
  cls.refOffsets = Int32Array.from(refs);
}

/**
 * Static-field layout inside a block the caller allocates: returns the block size. Offsets are
 * made absolute by {@link placeStatics} once the block's address is known.
 */
export function staticBlockSize(cls: RtClass): number {
  let offset = 0;
  const statics = [...cls.fields.values()].filter((f) => f.isStatic);
  for (const size of [8, 4, 2, 1]) {
    for (const f of statics) {
      if (heapSizeOf(f.kind) !== size) continue;
      offset = align(offset, size);
      f.offset = offset;
      offset += size;
    }
  }
  return align(offset, 8);
}

/** Turns the static fields' relative offsets into addresses inside the block at `base`. */
export function placeStatics(cls: RtClass, base: number): void {
  cls.staticBase = base;
  for (const f of cls.fields.values()) {
    if (!f.isStatic) continue;
    f.offset += base;
    if (f.kind === ValueKind.Ref) cls.staticRefAddresses.push(f.offset);
  }
}

/** Computes the set of all supertypes (reflexive, transitive). */
export function computeSupertypes(cls: RtClass): void {
  cls.supertypes.add(cls);
  if (cls.superclass) for (const s of cls.superclass.supertypes) cls.supertypes.add(s);
  for (const i of cls.interfaces) for (const s of i.supertypes) cls.supertypes.add(s);
}

/** Whether `m` takes part in virtual dispatch. */
function isVirtual(m: RtMethod): boolean {
  return !m.isStatic && !m.isPrivate && m.name !== '<init>' && m.name !== '<clinit>';
}

/**
 * Builds the vtable (JVMS §5.4.6 selection): the superclass's table, overridden or extended by
 * the declared virtual methods, then default (and abstract "miranda") interface methods that
 * nothing in the class chain implements, so invokevirtual of an inherited default works too.
 */
export function buildVtable(cls: RtClass): void {
  if (cls.isInterface) return;
  const table = cls.superclass ? cls.superclass.vtable.slice() : [];
  const index = new Map<string, number>();
  table.forEach((m, i) => index.set(m.name + m.descriptor, i));
  for (const m of cls.methods.values()) {
    if (!isVirtual(m)) continue;
    const key = m.name + m.descriptor;
    const at = index.get(key);
    if (at !== undefined) {
      table[at] = m;
      m.vtableIndex = at;
    } else {
      m.vtableIndex = table.length;
      index.set(key, table.length);
      table.push(m);
    }
  }
  for (const key of interfaceMethodKeys(cls)) {
    const at = index.get(key);
    if (at !== undefined && !table[at]!.isAbstract) continue;
    const chosen = selectDefault(cls, key);
    if (!chosen) continue;
    if (at !== undefined) {
      table[at] = chosen;
    } else {
      index.set(key, table.length);
      table.push(chosen);
    }
  }
  cls.vtable = table;
}

/** Every instance-method key declared by an interface this class implements. */
function interfaceMethodKeys(cls: RtClass): Set<string> {
  const keys = new Set<string>();
  for (const t of cls.supertypes) {
    if (!t.isInterface) continue;
    for (const m of t.methods.values()) if (!m.isStatic && !m.isPrivate && m.name !== '<clinit>') keys.add(m.name + m.descriptor);
  }
  return keys;
}

/**
 * The maximally-specific superinterface method for `key` (JVMS §5.4.3.3): prefers a non-abstract
 * one; returns an abstract one when only abstract ones exist, and null when there is none.
 */
export function selectDefault(cls: RtClass, key: string): RtMethod | null {
  const candidates: RtMethod[] = [];
  for (const t of cls.supertypes) {
    if (!t.isInterface) continue;
    const m = t.methods.get(key);
    if (m && !m.isStatic && !m.isPrivate) candidates.push(m);
  }
  const specific = candidates.filter(
    (m) => !candidates.some((o) => o !== m && o.owner !== m.owner && o.owner.isSubclassOf(m.owner)),
  );
  const concrete = specific.filter((m) => !m.isAbstract);
  if (concrete.length >= 1) return concrete[0]!;
  return specific[0] ?? null;
}

/** Creates the runtime fields of a parsed class. */
export function declareFields(cls: RtClass): void {
  for (const f of cls.file!.fields) {
    cls.fields.set(f.name, new RtField(cls, f.name, f.descriptor, f.flags, kindOfDescriptor(f.descriptor), f.constantValue));
  }
}

/** Rounds `n` up to a multiple of `to` (a power of two). */
export function align(n: number, to: number): number {
  return (n + to - 1) & -to;
}
