/**
 * @fileoverview Tests of the handle table on its own: growth, reuse, and which slots are roots.
 */

import { describe, expect, it } from 'vitest';
import { HandleTable } from '../../src/heap/handles.js';

describe('HandleTable', () => {
  it('grows past its initial capacity and visits only live, non-null handles', () => {
    const t = new HandleTable();
    const hs = Array.from({ length: 1000 }, (_, i) => t.create(i % 3 === 0 ? 0 : 8 * (i + 1)));
    for (let i = 0; i < 1000; i += 2) t.free(hs[i]);
    const visited: number[] = [];
    t.visitAll((ref) => {
      visited.push(ref);
      return ref + 1;
    });
    const expected = hs.map((_, i) => i).filter((i) => i % 2 === 1 && i % 3 !== 0);
    expect(visited).toEqual(expected.map((i) => 8 * (i + 1)));
    expect(t.get(hs[1])).toBe(17);
    expect(t.get(hs[3])).toBe(0);
    expect(t.count()).toBe(500);
  });
});
