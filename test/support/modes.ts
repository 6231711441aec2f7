/**
 * @fileoverview The execution modes the differential corpus runs in (issue 6: "the whole corpus
 * passes in -Xint, default, -Xcomp and -XX:+DeoptimizeALot").
 *
 * Which modes a program runs in:
 *   TERN_MODES=all or a list (`default,Xint,Xcomp,deoptalot`): every program in every listed mode.
 *   otherwise, with TERN_SLOW=1 (CI): `default` plus ONE of the three other modes, chosen by a hash
 *     of the program's id, so each extra mode covers a fixed third of the corpus and CI pays for
 *     two corpus runs instead of four; the full cross product is `TERN_MODES=all`.
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

function byName(name: string): Mode {
  const mode = MODES.find((m) => m.name === name);
  if (!mode) throw new Error(`TERN_MODES: unknown mode ${name} (known: all, ${MODES.map((m) => m.name).join(', ')})`);
  return mode;
}

/** The extra mode a program gets in the rotating share: stable across runs and machines. */
export function rotatingMode(id: string): Mode {
  const h = createHash('sha256').update(id).digest();
  return EXTRA[h.readUInt32BE(0) % EXTRA.length]!;
}

/** The modes `id` runs in under `env`. */
export function modesFor(id: string, env: NodeJS.ProcessEnv = process.env): readonly Mode[] {
  const list = env.TERN_MODES?.trim();
  if (list) return list === 'all' ? MODES : list.split(',').map((n) => byName(n.trim()));
  if (env.TERN_SLOW === '1') return [MODES[0]!, rotatingMode(id)];
  return [MODES[0]!];
}
