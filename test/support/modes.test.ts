import { describe, expect, it } from 'vitest';
import { EXTRA_SHARE, MODES, modesFor, rotatingMode } from './modes.js';

describe('execution modes of the corpus', () => {
  it('runs only the default mode unless asked', () => {
    expect(modesFor('basics/Hello', {}).map((m) => m.name)).toEqual(['default']);
  });

  it('adds the extra mode of a program, if it has one, in the slow suite, stable per program', () => {
    for (let i = 0; i < 50; i++) {
      const id = `compat/Program${i}`;
      const modes = modesFor(id, { TERN_SLOW: '1' }).map((m) => m.name);
      expect(modes[0]).toBe('default');
      const extra = rotatingMode(id);
      expect(modes.slice(1)).toEqual(extra === null ? [] : [extra.name]);
    }
  });

  it('spreads the extra modes over a share of the corpus', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 1200; i++) {
      const m = rotatingMode(`compat/Program${i}`)?.name ?? 'none';
      counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['Xcomp', 'Xint', 'deoptalot', 'none']);
    for (const [m, n] of counts) {
      if (m === 'none') expect(n).toBeGreaterThan(1200 * (1 - 1 / EXTRA_SHARE) - 60);
      else expect(n).toBeGreaterThan(1200 / EXTRA_SHARE / 3 - 40);
    }
  });

  it('takes an explicit list or all', () => {
    expect(modesFor('a/B', { TERN_MODES: 'all' })).toEqual(MODES);
    expect(modesFor('a/B', { TERN_MODES: 'Xint, Xcomp' }).map((m) => m.flags)).toEqual([['-Xint'], ['-Xcomp']]);
    expect(() => modesFor('a/B', { TERN_MODES: 'turbo' })).toThrow(/unknown mode turbo/);
  });
});
