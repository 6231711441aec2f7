/**
 * @fileoverview Slot kinds of the values named by field and method descriptors (JVMS §4.3). The
 * dataflow needs, for every field access, invoke and `ldc` of a dynamic constant, which kinds are
 * popped and pushed; this file maps the descriptors parsed by `src/classfile/descriptors.ts` to
 * kinds and nothing more. Method descriptors are memoized because the same few recur everywhere.
 */
import { isValidFieldDescriptor, isValidMethodDescriptor, parseMethodDescriptor } from '../classfile/descriptors.js';
import { SlotKind } from './slot-kind.js';

/** The kinds of a method's parameters and result. */
export interface MethodKinds {
  /** One entry per parameter (a long or double is one entry of kind `Long`/`Double`). */
  readonly params: readonly SlotKind[];
  /** Number of slots the parameters take (long/double count 2). */
  readonly paramSlots: number;
  /** Kind of the result, or null for `V`. */
  readonly result: SlotKind | null;
}

/** Kind of a valid field descriptor: B C I S Z are int at run time, arrays and classes references (JVMS §2.11.1). */
function kindOfValid(desc: string): SlotKind {
  switch (desc[0]) {
    case 'F':
      return SlotKind.Float;
    case 'J':
      return SlotKind.Long;
    case 'D':
      return SlotKind.Double;
    case 'L':
    case '[':
      return SlotKind.Ref;
    default:
      return SlotKind.Int;
  }
}

/** Kind of a value of field descriptor `desc`, or null when `desc` is not one well-formed field type. */
export function fieldDescriptorKind(desc: string): SlotKind | null {
  return isValidFieldDescriptor(desc) ? kindOfValid(desc) : null;
}

const methodCache = new Map<string, MethodKinds | null>();

/** Parameter and result kinds of method descriptor `desc` (JVMS §4.3.3), or null when malformed. */
export function methodDescriptorKinds(desc: string): MethodKinds | null {
  let kinds = methodCache.get(desc);
  if (kinds !== undefined) return kinds;
  kinds = null;
  if (isValidMethodDescriptor(desc)) {
    const parsed = parseMethodDescriptor(desc);
    const params = parsed.params.map(kindOfValid);
    const paramSlots = params.reduce((n, k) => n + (k === SlotKind.Long || k === SlotKind.Double ? 2 : 1), 0);
    kinds = { params, paramSlots, result: parsed.ret === 'V' ? null : kindOfValid(parsed.ret) };
  }
  methodCache.set(desc, kinds);
  return kinds;
}
