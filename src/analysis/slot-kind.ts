/**
 * @fileoverview The kinds of interpreter frame slots. Interpreter frames carry no type tags
 * (DESIGN.md principle 2); the kind of each local and stack slot at a pc is recovered by the
 * dataflow in `frames.ts` and reported with these numbers. GC reference maps, checkpoint capture,
 * restore validation and the JIT all speak this vocabulary.
 */

/**
 * What a frame slot holds at a pc (JVMS §2.6.1, §2.6.2). Long and double occupy two slots: the
 * first is `Long`/`Double`, the second `Long2`/`Double2` (the interpreter keeps a long as
 * [low 32 bits, high 32 bits] and a double as [value, unused]). boolean, byte, char and short are
 * `Int`. Uninitialized objects (after `new`, before `<init>`) and `null` are `Ref`. `Unusable` is a
 * slot that was never written or whose kinds conflict where control flow merges (the verifier's
 * `top`): the code cannot read it, so GC and checkpoint ignore it.
 */
export const enum SlotKind {
  Unusable = 0,
  Int = 1,
  Float = 2,
  Long = 3,
  Double = 4,
  Ref = 5,
  ReturnAddress = 6,
  Long2 = 7,
  Double2 = 8,
}

/** Number of SlotKind values (kinds are 0 .. SLOT_KIND_COUNT - 1). */
export const SLOT_KIND_COUNT = 9;

const NAMES = ['unusable', 'int', 'float', 'long', 'double', 'reference', 'returnAddress', 'long2', 'double2'];

/** Lower-case name of a kind for messages and dumps (`int`, `reference`, `long2` ...). */
export function slotKindName(kind: number): string {
  return NAMES[kind] ?? `kind#${kind}`;
}

/** True for the first slot of a two-slot value (`Long`, `Double`). */
export function isWideFirst(kind: number): boolean {
  return kind === SlotKind.Long || kind === SlotKind.Double;
}

/** True for the second slot of a two-slot value (`Long2`, `Double2`). */
export function isWideSecond(kind: number): boolean {
  return kind === SlotKind.Long2 || kind === SlotKind.Double2;
}

/** The kind of the second slot of a two-slot value, or `Unusable` for one-slot kinds. */
export function secondHalfOf(kind: number): SlotKind {
  if (kind === SlotKind.Long) return SlotKind.Long2;
  if (kind === SlotKind.Double) return SlotKind.Double2;
  return SlotKind.Unusable;
}

/** Number of slots a value of this kind occupies (2 for `Long`/`Double`, otherwise 1). */
export function slotSize(kind: number): 1 | 2 {
  return isWideFirst(kind) ? 2 : 1;
}

/** Renders a slot-kind array compactly, e.g. `[int, long, long2, reference]`, for messages and tests. */
export function formatKinds(kinds: ArrayLike<number>): string {
  const parts: string[] = [];
  for (let i = 0; i < kinds.length; i++) parts.push(slotKindName(kinds[i]!));
  return `[${parts.join(', ')}]`;
}
