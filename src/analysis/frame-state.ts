/**
 * @fileoverview The abstract frame the dataflow computes with: the kind of every local and stack
 * slot before one instruction, plus the bookkeeping `jsr`/`ret` need. Kinds are `SlotKind`
 * numbers, except that a return address also records which subroutine it returns from
 * (`RA_BASE + subroutine index`), because `ret` must know where it goes (JVMS §4.10.2.4). Outside
 * the analysis every return address is plain `SlotKind.ReturnAddress`.
 */
import { SlotKind, isWideFirst, isWideSecond, secondHalfOf, slotKindName } from './slot-kind.js';

/** Internal kind of a return address into subroutine `s` is `RA_BASE + s`. */
export const RA_BASE = 16;

/** `FrameState.sub` outside any subroutine. */
export const TOP_LEVEL = -1;

/** `FrameState.sub` where paths from different subroutines (or none) merge. */
export const MIXED_SUBROUTINES = -2;

/** True for an internal return-address kind. */
export function isReturnAddress(kind: number): boolean {
  return kind >= RA_BASE || kind === SlotKind.ReturnAddress;
}

/** The public SlotKind of an internal kind. */
export function publicKind(kind: number): SlotKind {
  return kind >= RA_BASE ? SlotKind.ReturnAddress : (kind as SlotKind);
}

/** Name of an internal kind for messages. */
export function internalKindName(kind: number): string {
  return slotKindName(publicKind(kind));
}

/** Kinds of the locals and operand stack at one point of a method. */
export class FrameState {
  /** Kind of each local variable slot (length max_locals). */
  readonly locals: Uint16Array;
  /** Kind of each operand-stack slot, bottom first; only `[0, sp)` is meaningful. */
  readonly stack: Uint16Array;
  /** Number of stack slots in use. */
  sp = 0;
  /**
   * Locals written since the innermost subroutine was entered (1 = written). At `ret` these take
   * the kinds the subroutine left; the others keep the kinds of the `jsr` site (JVMS §4.10.2.4).
   */
  readonly modified: Uint8Array;
  /** Index of the subroutine this code runs in, {@link TOP_LEVEL} or {@link MIXED_SUBROUTINES}. */
  sub = TOP_LEVEL;
  /** Set when a local is written; the scanner uses it to skip re-merging unchanged locals into handlers. */
  localsDirty = true;

  constructor(maxLocals: number, maxStack: number) {
    this.locals = new Uint16Array(maxLocals);
    this.stack = new Uint16Array(maxStack);
    this.modified = new Uint8Array(maxLocals);
  }

  /** A copy of this state. */
  clone(): FrameState {
    const copy = new FrameState(this.locals.length, this.stack.length);
    copy.copyFrom(this);
    return copy;
  }

  /** Makes this state equal to `other` (same dimensions). */
  copyFrom(other: FrameState): void {
    this.locals.set(other.locals);
    this.stack.set(other.stack);
    this.sp = other.sp;
    this.modified.set(other.modified);
    this.sub = other.sub;
    this.localsDirty = true;
  }

  /**
   * Marks the slots around the just-written `[from, to)` that lost their partner half as unusable:
   * a long or double whose other half was overwritten no longer exists (JVMS §2.6.1). The written
   * range itself starts with a first half or a one-slot kind and ends with a second half or a
   * one-slot kind, so only its neighbours can be broken.
   */
  breakSplitPairs(from: number, to: number): void {
    const locals = this.locals;
    if (from > 0 && isWideFirst(locals[from - 1]!)) {
      locals[from - 1] = SlotKind.Unusable;
      this.modified[from - 1] = 1;
    }
    if (to < locals.length && isWideSecond(locals[to]!)) {
      locals[to] = SlotKind.Unusable;
      this.modified[to] = 1;
    }
  }

  /** Renders the state for messages and debugging, e.g. `locals [reference, int] stack [int]`. */
  toString(): string {
    const names = (kinds: ArrayLike<number>, n: number): string =>
      `[${Array.from({ length: n }, (_, i) => internalKindName(kinds[i]!)).join(', ')}]`;
    return `locals ${names(this.locals, this.locals.length)} stack ${names(this.stack, this.sp)}`;
  }
}

/**
 * Marks as unusable every half of a long or double whose partner is not beside it. Needed after
 * a `ret`, where locals the subroutine wrote and locals kept from the `jsr` site are combined.
 */
export function breakOrphanHalves(locals: Uint16Array): void {
  for (let i = 0; i < locals.length; i++) {
    const kind = locals[i]!;
    if (isWideFirst(kind) && (i + 1 >= locals.length || locals[i + 1] !== secondHalfOf(kind))) {
      locals[i] = SlotKind.Unusable;
    } else if (isWideFirst(kind)) {
      i++; // a whole pair: skip its second half
    } else if (isWideSecond(kind)) {
      locals[i] = SlotKind.Unusable; // a second half not preceded by its first
    }
  }
}

/** Where merging two states found different stack heights. */
export class StackHeightMismatch {
  constructor(
    readonly existing: number,
    readonly incoming: number,
  ) {}
}

/**
 * Merges `incoming` into `target` where control flow joins: equal kinds stay, different kinds
 * become `Unusable` (the verifier's `top`); modified sets are unioned. Returns true when `target`
 * changed, or a {@link StackHeightMismatch} when the heights differ (JVMS §4.10.2.2: the stacks
 * must have the same height).
 */
export function mergeInto(target: FrameState, incoming: FrameState): boolean | StackHeightMismatch {
  if (target.sp !== incoming.sp) return new StackHeightMismatch(target.sp, incoming.sp);
  let changed = false;
  const tl = target.locals;
  const il = incoming.locals;
  for (let i = 0; i < tl.length; i++) {
    if (tl[i] !== il[i] && tl[i] !== SlotKind.Unusable) {
      tl[i] = SlotKind.Unusable;
      changed = true;
    }
    if (incoming.modified[i] === 1 && target.modified[i] === 0) {
      target.modified[i] = 1;
      changed = true;
    }
  }
  const ts = target.stack;
  const is = incoming.stack;
  for (let i = 0; i < target.sp; i++) {
    if (ts[i] !== is[i] && ts[i] !== SlotKind.Unusable) {
      ts[i] = SlotKind.Unusable;
      changed = true;
    }
  }
  if (target.sub !== incoming.sub && target.sub !== MIXED_SUBROUTINES) {
    target.sub = MIXED_SUBROUTINES;
    changed = true;
  }
  // Both inputs keep wide pairs whole, and a slot only ever becomes Unusable together with its
  // partner (a pair differs in both halves or in neither), so no split pair can appear here.
  if (changed) target.localsDirty = true;
  return changed;
}
