import { describe, expect, it } from 'vitest';
import { MODES, corpusModes } from './modes.js';

describe('execution modes of the corpus', () => {
  it('runs only the default mode unless asked', () => {
    expect(corpusModes({}).map((m) => m.name)).toEqual(['default']);
  });

  it('runs every mode in the slow suite (CI)', () => {
    expect(corpusModes({ TERN_SLOW: '1' })).toEqual(MODES);
    expect(MODES.map((m) => m.name)).toEqual(['default', 'Xint', 'Xcomp', 'deoptalot']);
  });

  it('takes TERN_MODES over the slow suite', () => {
    expect(corpusModes({ TERN_MODES: 'all' })).toEqual(MODES);
    expect(corpusModes({ TERN_SLOW: '1', TERN_MODES: 'Xint, Xcomp' }).map((m) => m.name)).toEqual(['Xint', 'Xcomp']);
    expect(corpusModes({ TERN_MODES: 'deoptalot' })[0]!.flags).toEqual(['-Xcomp', '-XX:+DeoptimizeALot']);
  });

  it('rejects an unknown mode', () => {
    expect(() => corpusModes({ TERN_MODES: 'default,fast' })).toThrow(/unknown mode fast/);
  });
});
