/**
 * @fileoverview The execution modes the differential corpus runs in (issue 6: "the whole corpus
 * passes in -Xint, default, -Xcomp and -XX:+DeoptimizeALot").
 *
 * Which modes every program runs in:
 *   TERN_MODES=all or a list (`default,Xint,Xcomp,deoptalot`): the listed modes;
 *   otherwise, with TERN_SLOW=1 (CI): all four (affordable since the runs are warm,
 *     test/support/warm-runner.ts; docs/testing.md "Warm runners" has the costs);
 *   otherwise: `default` only.
 */

export interface Mode {
  /** Short name used in TERN_MODES and in test titles. */
  readonly name: string;
  /** Tern options the mode adds before the program's own. */
  readonly flags: readonly string[];
}

export const MODES: readonly Mode[] = [
  { name: 'default', flags: [] },
  { name: 'Xint', flags: ['-Xint'] },
  { name: 'Xcomp', flags: ['-Xcomp'] },
  { name: 'deoptalot', flags: ['-Xcomp', '-XX:+DeoptimizeALot'] },
];

function byName(name: string): Mode {
  const mode = MODES.find((m) => m.name === name);
  if (!mode) throw new Error(`TERN_MODES: unknown mode ${name} (known: all, ${MODES.map((m) => m.name).join(', ')})`);
  return mode;
}

/** The modes every program runs in under `env`. */
export function corpusModes(env: NodeJS.ProcessEnv = process.env): readonly Mode[] {
  const list = env.TERN_MODES?.trim();
  if (list) return list === 'all' ? MODES : list.split(',').map((n) => byName(n.trim()));
  return env.TERN_SLOW === '1' ? MODES : [MODES[0]!];
}
