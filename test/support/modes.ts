/**
 * @fileoverview The execution modes the differential corpus runs in (issue 6: "the whole corpus
 * passes in -Xint, default, -Xcomp and -XX:+DeoptimizeALot").
 *
 * Which modes a program runs in:
 *   TERN_MODES=all or a list (`default,Xint,Xcomp,deoptalot`): every program in every listed mode.
 *   otherwise, with TERN_SLOW=1 (CI): `default`, and for the programs of some slots one extra mode
 *     as well. A hash of the program's id puts it in one of the ROTATION's slots, and the rotation
 *     round (TERN_ROTATION, by default the number of the UTC day) shifts the slots, so ROTATION.length
 *     consecutive rounds (CI on that many days) run every program in every extra mode: the whole
 *     cross product, a slice at a time. A run is reproducible from its round (the suite's title
 *     names it); the full cross product at once is `TERN_MODES=all`.
 *     The slots are shared by cost: a program's -Xint run costs about 0.8 of its default run (CPU
 *     time), -Xcomp and DeoptimizeALot runs 3-12 times one (every method is compiled, Binaryen is
 *     loaded first; docs/jit.md "The differential corpus with the JIT"), so -Xint gets three slots
 *     of twelve (a quarter of the corpus, ~90 programs) and the two compiling modes one each
 *     (~30 programs each), which keeps CI within its ~20-minute budget.
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

const [DEFAULT, XINT, XCOMP, DEOPTALOT] = MODES as [Mode, Mode, Mode, Mode];
/**
 * The slow suite's slots: a program in slot i runs in ROTATION[(i + round) % length] besides the
 * default mode (null: default only). Growing a mode's share is adding it to more slots.
 */
export const ROTATION: readonly (Mode | null)[] = [XINT, XCOMP, null, XINT, DEOPTALOT, null, XINT, null, null, null, null, null];
/** Slots of the rotation. */
export const SLOTS = ROTATION.length;

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
  return ROTATION[(slotOf(id) + round) % SLOTS]!;
}

/** The modes `id` runs in under `env` (in the slow suite, in rotation round `round`). */
export function modesFor(id: string, env: NodeJS.ProcessEnv = process.env, round: number = rotationRound(env)): readonly Mode[] {
  const list = env.TERN_MODES?.trim();
  if (list) return list === 'all' ? MODES : list.split(',').map((n) => byName(n.trim()));
  if (env.TERN_SLOW === '1') {
    const extra = rotatingMode(id, round);
    return extra === null ? [DEFAULT] : [DEFAULT, extra];
  }
  return [DEFAULT];
}

/** True when the slow suite's extra modes rotate in this run (no TERN_MODES list). */
export function rotates(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.TERN_MODES?.trim() && env.TERN_SLOW === '1';
}
