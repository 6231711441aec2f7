/**
 * @fileoverview The execution modes the differential corpus runs in (issue 6: "the whole corpus
 * passes in -Xint, default, -Xcomp and -XX:+DeoptimizeALot").
 *
 * Which modes a program runs in:
 *   TERN_MODES=all or a list (`default,Xint,Xcomp,deoptalot`): every program in every listed mode.
 *   otherwise, with TERN_SLOW=1 (CI): `default`, and for one program in EXTRA_SHARE (chosen by a
 *     hash of its id) one of the three other modes as well, so each extra mode covers a fixed
 *     twelfth of the corpus (about 30 programs) and CI stays within its time budget (-Xcomp runs
 *     compile every method and cost several times a default run); the full cross product is
 *     `TERN_MODES=all`.
 *   otherwise: `default` only.
 */
import { createHash } from 'node:crypto';

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

const EXTRA = MODES.slice(1);
/** In the slow suite, one program in this many also runs in an extra mode. */
export const EXTRA_SHARE = 4;

function byName(name: string): Mode {
  const mode = MODES.find((m) => m.name === name);
  if (!mode) throw new Error(`TERN_MODES: unknown mode ${name} (known: all, ${MODES.map((m) => m.name).join(', ')})`);
  return mode;
}

/** The extra mode a program gets in the slow suite, if any: stable across runs and machines. */
export function rotatingMode(id: string): Mode | null {
  const h = createHash('sha256').update(id).digest().readUInt32BE(0);
  if (h % EXTRA_SHARE !== 0) return null;
  return EXTRA[Math.floor(h / EXTRA_SHARE) % EXTRA.length]!;
}

/** The modes `id` runs in under `env`. */
export function modesFor(id: string, env: NodeJS.ProcessEnv = process.env): readonly Mode[] {
  const list = env.TERN_MODES?.trim();
  if (list) return list === 'all' ? MODES : list.split(',').map((n) => byName(n.trim()));
  if (env.TERN_SLOW === '1') {
    const extra = rotatingMode(id);
    return extra === null ? [MODES[0]!] : [MODES[0]!, extra];
  }
  return [MODES[0]!];
}
