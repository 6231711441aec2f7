/**
 * @fileoverview Descriptor to slot-kind mapping: sub-int primitives are ints, arrays and classes
 * references, long/double two slots, malformed descriptors null.
 */
import { describe, expect, it } from 'vitest';
import { fieldDescriptorKind, methodDescriptorKinds } from '../../src/analysis/descriptor-kinds.js';
import { SlotKind, formatKinds, slotSize } from '../../src/analysis/slot-kind.js';

describe('descriptor kinds', () => {
  it('maps field descriptors', () => {
    const kinds = ['Z', 'B', 'C', 'S', 'I', 'F', 'J', 'D', 'Ljava/lang/String;', '[I', '[[Ljava/lang/Object;'].map(fieldDescriptorKind);
    expect(formatKinds(kinds as number[])).toBe('[int, int, int, int, int, float, long, double, reference, reference, reference]');
    for (const bad of ['', 'V', 'L;', 'Ljava/lang/String', 'II', '[', 'Q']) expect(fieldDescriptorKind(bad)).toBeNull();
  });

  it('maps method descriptors, counting slots', () => {
    expect(methodDescriptorKinds('(IJ[DLjava/lang/Object;D)V')).toEqual({
      params: [SlotKind.Int, SlotKind.Long, SlotKind.Ref, SlotKind.Ref, SlotKind.Double],
      paramSlots: 7,
      result: null,
    });
    expect(methodDescriptorKinds('()J')!.result).toBe(SlotKind.Long);
    expect(methodDescriptorKinds('()J')).toBe(methodDescriptorKinds('()J'));
    for (const bad of ['', '()', '(V)V', '(I', 'I()V', '()VV']) expect(methodDescriptorKinds(bad)).toBeNull();
    expect([SlotKind.Long, SlotKind.Int, SlotKind.Double2].map(slotSize)).toEqual([2, 1, 1]);
  });
});
