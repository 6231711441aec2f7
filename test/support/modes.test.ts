import { describe, expect, it } from 'vitest';
import { MODES, modesFor, rotatingMode } from './modes.js';

describe('execution modes of the corpus', () => {
  it('runs only the default mode unless asked', () => {
    expect(modesFor('basics/Hello', {}).map((m) => m.name)).toEqual(['default']);
  });

  it('adds one rotating extra mode in the slow suite, stable per program', () => {
    const modes = modesFor('basics/Hello', { TERN_SLOW: '1' }).map((m) => m.name);
    expect(modes[0]).toBe('default');
    expect(modes).toHaveLength(2);
    expect(modes[1]).toBe(rotatingMode('basics/Hello').name);
  });

  it('spreads the extra modes over the corpus', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 300; i++) {
      const m = rotatingMode(`compat/Program${i}`).name;
      counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['Xcomp', 'Xint', 'deoptalot']);
    for (const n of counts.values()) expect(n).toBeGreaterThan(70);
  });

  it('takes an explicit list or all', () => {
    expect(modesFor('a/B', { TERN_MODES: 'all' })).toEqual(MODES);
    expect(modesFor('a/B', { TERN_MODES: 'Xint, Xcomp' }).map((m) => m.flags)).toEqual([['-Xint'], ['-Xcomp']]);
    expect(() => modesFor('a/B', { TERN_MODES: 'turbo' })).toThrow(/unknown mode turbo/);
  });
});
