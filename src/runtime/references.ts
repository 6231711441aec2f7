/**
 * @fileoverview Weak references on top of the copying collector (docs/heap-layout.md, "Weak
 * references"). The collector treats the `referent` field of java.lang.ref.WeakReference and
 * PhantomReference instances weakly (SoftReference stays strong: Tern never clears soft
 * references) and reports the references it cleared; the runtime links those that have a queue
 * into java.lang.ref.Reference's static pending list (`pendingHead`, chained through each
 * reference's `discovered` field), which Java drains into the queues (Reference.processPending,
 * called by ReferenceQueue). Linking writes two words per reference and allocates nothing, so it
 * runs inside the collection's onMoved callback.
 */
import type { Heap, Ref } from '../heap/index.js';
import type { RtClass } from './model.js';

const WEAK_CLASSES = new Set(['java/lang/ref/WeakReference', 'java/lang/ref/PhantomReference']);

/** The byte offset of `referent` when instances of `c` hold it weakly, else 0. */
export function weakReferentOffset(c: RtClass): number {
  for (let s: RtClass | null = c; s !== null; s = s.superclass) {
    if (WEAK_CLASSES.has(s.name)) return c.findField('referent')?.offset ?? 0;
  }
  return 0;
}

/** java.lang.ref.Reference, found from any reference object's class. */
function referenceClass(c: RtClass): RtClass | null {
  for (let s: RtClass | null = c; s !== null; s = s.superclass) {
    if (s.name === 'java/lang/ref/Reference') return s;
  }
  return null;
}

/** Address of the static `Reference.pendingHead` slot. */
export function pendingHeadAddress(reference: RtClass): number {
  const f = reference.fields.get('pendingHead');
  if (!f) throw new Error('java/lang/ref/Reference has no static field pendingHead');
  return f.offset;
}

/**
 * Pushes every reference the last collection cleared that has a queue (and is not yet enqueued)
 * onto the pending list, in the order the collector met them.
 */
export function linkClearedReferences(heap: Heap, classOf: (ref: Ref) => RtClass): void {
  const cleared = heap.clearedReferences;
  if (cleared.length === 0) return;
  const reference = referenceClass(classOf(cleared[0]!));
  if (!reference) return;
  const queue = reference.fields.get('queue')!.offset;
  const discovered = reference.fields.get('discovered')!.offset;
  const head = pendingHeadAddress(reference) >> 2;
  const i32 = heap.i32;
  // Pushing reverses the order; push from the end so the list reads in discovery order.
  for (let k = cleared.length - 1; k >= 0; k--) {
    const r = cleared[k]!;
    if (i32[(r + queue) >> 2] === 0) continue;
    i32[(r + discovered) >> 2] = i32[head]!;
    i32[head] = r;
  }
}
