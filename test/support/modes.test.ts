import { describe, expect, it } from 'vitest';
import { COMPILED_SLICES, MODES, modesFor, rotates, rotationRound, sliceOf } from './modes.js';

const ids = Array.from({ length: 800 }, (_, i) => `compat/Program${i}`);
const names = (id: string, env: NodeJS.ProcessEnv, round?: number) => modesFor(id, env, round).map((m) => m.name);

describe('execution modes of the corpus', () => {
  it('runs only the default mode unless asked', () => {
    expect(names('basics/Hello', {})).toEqual(['default']);
    expect(rotates({})).toBe(false);
    expect(rotates({ TERN_SLOW: '1', TERN_MODES: 'all' })).toBe(false);
    expect(rotates({ TERN_SLOW: '1' })).toBe(true);
  });

  it('runs every program in default and -Xint in the slow suite, and its slice in the compiling modes too', () => {
    for (const id of ids.slice(0, 50)) {
      for (const round of [0, 7, 20430]) {
        const all = sliceOf(id) === round % COMPILED_SLICES;
        expect(names(id, { TERN_SLOW: '1' }, round)).toEqual(all ? ['default', 'Xint', 'Xcomp', 'deoptalot'] : ['default', 'Xint']);
      }
    }
  });

  it('covers every program in every mode over COMPILED_SLICES consecutive rounds, a fair share each', () => {
    const seen = new Set<string>();
    for (let round = 100; round < 100 + COMPILED_SLICES; round++) {
      const compiled = ids.filter((id) => names(id, { TERN_SLOW: '1' }, round).includes('Xcomp'));
      expect(compiled.length).toBeGreaterThan(ids.length / COMPILED_SLICES / 2);
      expect(compiled.length).toBeLessThan((ids.length / COMPILED_SLICES) * 2);
      for (const id of compiled) seen.add(id);
    }
    expect(seen.size).toBe(ids.length);
  });

  it('takes TERN_MODES over the slow suite, and rejects an unknown mode', () => {
    expect(modesFor('x/Y', { TERN_MODES: 'all' })).toEqual(MODES);
    expect(names('x/Y', { TERN_SLOW: '1', TERN_MODES: 'Xint, Xcomp' })).toEqual(['Xint', 'Xcomp']);
    expect(modesFor('x/Y', { TERN_MODES: 'deoptalot' })[0]!.flags).toEqual(['-Xcomp', '-XX:+DeoptimizeALot']);
    expect(() => modesFor('x/Y', { TERN_MODES: 'default,fast' })).toThrow(/unknown mode fast/);
  });

  it('takes the round from TERN_ROTATION or the UTC day', () => {
    expect(rotationRound({ TERN_ROTATION: '42' })).toBe(42);
    expect(rotationRound({}, Date.UTC(2026, 11, 7, 23))).toBe(Math.floor(Date.UTC(2026, 11, 7) / 86_400_000));
    expect(() => rotationRound({ TERN_ROTATION: 'x' })).toThrow(/non-negative integer/);
  });
});
