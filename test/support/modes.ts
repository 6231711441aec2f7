/**
 * @fileoverview The execution modes the differential corpus runs in (issue 6: "the whole corpus
 * passes in -Xint, default, -Xcomp and -XX:+DeoptimizeALot").
 *
 * Which modes a program runs in:
 *   TERN_MODES=all or a list (`default,Xint,Xcomp,deoptalot`): every program in every listed mode.
 *   otherwise, with TERN_SLOW=1 (CI): every program in `default` and `Xint`, and one slice of the
 *     corpus in `Xcomp` and `deoptalot` as well: a hash of the program's id puts it in one of
 *     {@link COMPILED_SLICES} slices, and the rotation round (TERN_ROTATION, by default the number
 *     of the UTC day) picks the slice, so that many consecutive rounds run every program in every
 *     mode. The split follows the measured cost with warm runners (test/README.md "Warm runners"):
 *     a program's -Xint run costs about a fifth of a cold one, its default run two thirds, but the
 *     compiling modes still ~85% (a fresh VM compiles every method it runs), 10-20 times an
 *     -Xint run; the whole corpus in all four modes is ~2500 CPU seconds, twice CI's budget.
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

/** Slices of the corpus the slow suite's compiling modes rotate over (one per run). */
export const COMPILED_SLICES = 8;

const DAY_MS = 24 * 60 * 60 * 1000;

function byName(name: string): Mode {
  const mode = MODES.find((m) => m.name === name);
  if (!mode) throw new Error(`TERN_MODES: unknown mode ${name} (known: all, ${MODES.map((m) => m.name).join(', ')})`);
  return mode;
}

/** The slice of a program: stable across runs and machines. */
export function sliceOf(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % COMPILED_SLICES;
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

/** The modes `id` runs in under `env` (in the slow suite, in rotation round `round`). */
export function modesFor(id: string, env: NodeJS.ProcessEnv = process.env, round: number = rotationRound(env)): readonly Mode[] {
  const list = env.TERN_MODES?.trim();
  if (list) return list === 'all' ? MODES : list.split(',').map((n) => byName(n.trim()));
  if (env.TERN_SLOW === '1') return sliceOf(id) === round % COMPILED_SLICES ? MODES : MODES.slice(0, 2);
  return MODES.slice(0, 1);
}

/** True when the slow suite's compiling modes rotate in this run (no TERN_MODES list). */
export function rotates(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.TERN_MODES?.trim() && env.TERN_SLOW === '1';
}
