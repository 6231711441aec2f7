/**
 * @fileoverview The execution modes the differential corpus runs in (issue 6: "the whole corpus
 * passes in -Xint, default, -Xcomp and -XX:+DeoptimizeALot").
 *
 * Which modes a program runs in:
 *   TERN_MODES=all or a list (`default,Xint,Xcomp,deoptalot`): every program in every listed mode.
 *   otherwise, with TERN_SLOW=1 (CI): `default`, and for one program in EXTRA_SHARE one of the three
 *     other modes as well, so each extra mode covers a twelfth of the corpus (about 30 programs)
 *     and CI stays within its time budget (-Xcomp runs compile every method and cost several times
 *     a default run). Which programs get which extra mode rotates: a hash of the program's id puts
 *     it in one of SLOTS slots, and the rotation round (TERN_ROTATION, by default the number of
 *     the UTC day) shifts the slots, so SLOTS consecutive rounds (CI on SLOTS different days) run
 *     every program in every extra mode once: the whole cross product, a twelfth at a time. A run
 *     is reproducible from its round (the suite's title names it); the full cross product at once
 *     is `TERN_MODES=all`.
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
/** Slots of the rotation: each extra mode owns one slot per round, the other slots run default only. */
export const SLOTS = EXTRA_SHARE * EXTRA.length;

const DAY_MS = 24 * 60 * 60 * 1000;

function byName(name: string): Mode {
  const mode = MODES.find((m) => m.name === name);
  if (!mode) throw new Error(`TERN_MODES: unknown mode ${name} (known: all, ${MODES.map((m) => m.name).join(', ')})`);
  return mode;
}

/** The slot of a program: stable across runs and machines. */
export function slotOf(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % SLOTS;
}

/** The rotation round of this run: TERN_ROTATION (a non-negative integer) or the UTC day number. */
export function rotationRound(env: NodeJS.ProcessEnv = process.env, now: number = Date.now()): number {
  const given = env.TERN_ROTATION?.trim();
  if (given) {
    if (!/^\d+$/.test(given)) throw new Error(`TERN_ROTATION must be a non-negative integer, not ${given}`);
    return Number(given);
  }
  return Math.floor(now / DAY_MS);
}

/** The extra mode a program gets in the slow suite in rotation round `round`, if any. */
export function rotatingMode(id: string, round: number): Mode | null {
  const slot = (slotOf(id) + round) % SLOTS;
  return slot < EXTRA.length ? EXTRA[slot]! : null;
}

/** The modes `id` runs in under `env` (in the slow suite, in rotation round `round`). */
export function modesFor(id: string, env: NodeJS.ProcessEnv = process.env, round: number = rotationRound(env)): readonly Mode[] {
  const list = env.TERN_MODES?.trim();
  if (list) return list === 'all' ? MODES : list.split(',').map((n) => byName(n.trim()));
  if (env.TERN_SLOW === '1') {
    const extra = rotatingMode(id, round);
    return extra === null ? [MODES[0]!] : [MODES[0]!, extra];
  }
  return [MODES[0]!];
}

/** True when the slow suite's extra modes rotate in this run (no TERN_MODES list). */
export function rotates(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.TERN_MODES?.trim() && env.TERN_SLOW === '1';
}
