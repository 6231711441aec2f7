import { describe, expect, it } from 'vitest';
import { MODES, ROTATION, SLOTS, modesFor, rotates, rotatingMode, rotationRound, slotOf } from './modes.js';

const ids = Array.from({ length: 1200 }, (_, i) => `compat/Program${i}`);

describe('execution modes of the corpus', () => {
  it('runs only the default mode unless asked', () => {
    expect(modesFor('basics/Hello', {}).map((m) => m.name)).toEqual(['default']);
    expect(rotates({})).toBe(false);
    expect(rotates({ TERN_SLOW: '1', TERN_MODES: 'all' })).toBe(false);
    expect(rotates({ TERN_SLOW: '1' })).toBe(true);
  });

  it('adds the extra mode of a program, if it has one in the round, in the slow suite', () => {
    for (const id of ids.slice(0, 50)) {
      for (const round of [0, 7, 20430]) {
        const modes = modesFor(id, { TERN_SLOW: '1' }, round).map((m) => m.name);
        expect(modes[0]).toBe('default');
        const extra = rotatingMode(id, round);
        expect(modes.slice(1)).toEqual(extra === null ? [] : [extra.name]);
      }
    }
  });

  it('spreads the extra modes over their shares of the corpus in every round', () => {
    const share = (name: string) => ROTATION.filter((m) => (m?.name ?? 'none') === name).length / SLOTS;
    expect(share('Xint')).toBe(3 / 12);
    expect(share('Xcomp')).toBe(1 / 12);
    expect(share('deoptalot')).toBe(1 / 12);
    for (const round of [0, 1, 5, 11]) {
      const counts = new Map<string, number>();
      for (const id of ids) {
        const m = rotatingMode(id, round)?.name ?? 'none';
        counts.set(m, (counts.get(m) ?? 0) + 1);
      }
      expect([...counts.keys()].sort()).toEqual(['Xcomp', 'Xint', 'deoptalot', 'none']);
      for (const [m, n] of counts) expect(Math.abs(n - ids.length * share(m))).toBeLessThan(60);
    }
  });

  it('covers the whole cross product in SLOTS consecutive rounds, each extra mode once per program', () => {
    for (const start of [0, 20430]) {
      for (const id of ids.slice(0, 100)) {
        const seen: string[] = [];
        for (let r = start; r < start + SLOTS; r++) {
          const m = rotatingMode(id, r);
          if (m) seen.push(m.name);
        }
        expect(seen.sort()).toEqual(['Xcomp', 'Xint', 'Xint', 'Xint', 'deoptalot']);
      }
    }
    // The round moves every program: a fixed subset would leave most of the corpus untested in the extra modes.
    const moved = ids.filter((id) => rotatingMode(id, 0)?.name !== rotatingMode(id, 1)?.name);
    expect(moved.length).toBeGreaterThan(ids.length / 5);
    expect(slotOf('compat/Program1')).toBe(slotOf('compat/Program1'));
  });

  it('takes the round from TERN_ROTATION or the UTC day', () => {
    expect(rotationRound({ TERN_ROTATION: '42' })).toBe(42);
    expect(() => rotationRound({ TERN_ROTATION: '-1' })).toThrow(/TERN_ROTATION/);
    const day = Date.UTC(2026, 11, 7, 23, 59);
    expect(rotationRound({}, day)).toBe(rotationRound({}, Date.UTC(2026, 11, 7, 0, 0)));
    expect(rotationRound({}, Date.UTC(2026, 11, 8, 0, 0))).toBe(rotationRound({}, day) + 1);
  });

  it('takes an explicit list or all', () => {
    expect(modesFor('a/B', { TERN_MODES: 'all' })).toEqual(MODES);
    expect(modesFor('a/B', { TERN_MODES: 'Xint, Xcomp' }).map((m) => m.flags)).toEqual([['-Xint'], ['-Xcomp']]);
    expect(() => modesFor('a/B', { TERN_MODES: 'turbo' })).toThrow(/unknown mode turbo/);
  });
});
