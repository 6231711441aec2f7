/**
 * @fileoverview Differential test: every program of test/java runs on HotSpot and on Tern, and the
 * two must agree byte for byte on standard output, standard error and exit status.
 *
 * HotSpot results come from the committed cache in test/.hotspot-cache (filled on first run);
 * programs listed in test/java/known-failures.txt must still fail. Environment variables that
 * steer the run are described in test/support/config.ts and test/README.md.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBaseline } from './support/baseline.js';
import { compareRuns } from './support/compare.js';
import { compileProgram } from './support/compile.js';
import { readConfig } from './support/config.js';
import { discoverPrograms, filterPrograms, type JavaProgram } from './support/corpus.js';
import {
  HOTSPOT_CACHE_DIR,
  hotspotCacheKey,
  hotspotCachePath,
  hotspotResult,
  javaVersion,
  runHotspotFresh,
} from './support/hotspot.js';
import { modesFor, rotates, rotationRound, type Mode } from './support/modes.js';
import { createLimiter, type RunResult } from './support/process.js';
import { runTern, ternCommandLine, ternUnavailableReason } from './support/tern.js';
import { WarmPool } from './support/warm-runner.js';

const config = readConfig();
const allPrograms = discoverPrograms();
const programs = filterPrograms(allPrograms, config.only);
const baseline = readBaseline(config.baselinePath);
/** Every process (javac, java, tern) takes one slot. */
const limit = createLimiter(config.jobs);
/** Generous: the real deadlines are on the processes; this only stops a wedged harness. */
const TEST_TIMEOUT_MS = 4 * config.ternTimeoutMs + 10 * 60_000;
/** The slow suite's rotation round (which programs run in the compiling modes); named in the suite's title. */
const round = rotationRound();
/** Warm runners for Tern (one per job), unless TERN_WARM=0. */
const warm = config.warm === 'off' ? undefined : new WarmPool(config.jobs, config.nodeFlags);

/** Compiles, gets HotSpot's result (cached or fresh), runs Tern and checks the outcome against the baseline. */
async function checkProgram(program: JavaProgram, mode: Mode): Promise<void> {
  let classes: Promise<string> | undefined;
  const compile = (): Promise<string> => (classes ??= limit(() => compileProgram(program)));
  const runHotspot = async (): Promise<RunResult> => {
    const dir = await compile();
    return limit(() => runHotspotFresh(program, dir));
  };

  const expected = await hotspotResult(program, runHotspot);
  if (config.verifyHotspot) {
    const rerun = await runHotspot();
    const drift = compareRuns(expected.result, rerun, { expected: 'cached HotSpot', actual: 'rerun HotSpot' });
    if (drift) throw new Error(`${program.id} is not deterministic on HotSpot:\n${drift}`);
  }
  if (config.hotspotOnly) return;

  const knownReason = baseline.get(program.id);
  const unavailable = config.command ? undefined : ternUnavailableReason();
  if (unavailable) {
    if (knownReason) return;
    throw new Error(unavailable);
  }
  const dir = await compile();
  const ternOptions = {
    extraFlags: [...mode.flags, ...config.ternFlags],
    nodeFlags: config.nodeFlags,
    defaultTimeoutMs: config.ternTimeoutMs,
    command: config.command,
  };
  const actual = await limit(() => runTern(program, dir, { ...ternOptions, warm }));
  const command = ternCommandLine(program, dir, ternOptions).join(' ');
  if (config.warm === 'compare') {
    // The warm run must be the process's run, byte for byte (both are Tern's: no baseline applies).
    const cold = await limit(() => runTern(program, dir, ternOptions));
    const drift = compareRuns(cold, actual, { expected: 'Tern in its own process', actual: 'Tern in a warm runner' });
    if (drift) {
      console.log(`WARM DRIFT ${program.id} [${mode.name}]`);
      throw new Error(`${program.id} [${mode.name}]: a warm run differs from a run in its own process\n$ ${command}\n\n${drift}`);
    }
  }
  const report = compareRuns(expected.result, actual);
  if (knownReason) {
    if (report === undefined) {
      console.log(`NOTICE: ${program.id} now passes; remove it from known-failures.txt (was: ${knownReason})`);
      throw new Error(`${program.id} is listed in known-failures.txt but now passes: remove its line`);
    }
    return;
  }
  if (report !== undefined) {
    throw new Error(`${program.id}: Tern differs from HotSpot\n$ ${command}\n\n${report}`);
  }
}

describe(`differential corpus (HotSpot vs Tern)${rotates() ? `, compiling modes of rotation round TERN_ROTATION=${round}` : ''}`, () => {
  it('known-failures.txt lists only existing programs', () => {
    const ids = new Set(allPrograms.map((program) => program.id));
    expect([...baseline.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has programs to run', () => {
    expect(programs.length, `TERN_ONLY=${config.only ?? ''} matches no program`).toBeGreaterThan(0);
  });

  // The dearest programs start first (by their modes' cost), so the run does not end on one long
  // -Xcomp program while the other core has nothing left to do. The sort is stable: otherwise
  // discovery order.
  // The programs with compiling modes (-Xcomp, DeoptimizeALot: several times dearer) start first,
  // so the run does not end on one long program while the other core has nothing left to do.
  const planned = programs
    .map((program) => ({ program, modes: modesFor(program.id, process.env, round) }))
    .sort((a, b) => b.modes.length - a.modes.length);
  for (const { program, modes } of planned) {
    // A program's modes run one after the other: many programs write files under their working
    // directory, and two runs of one program at the same time would trip over each other.
    const title = modes.length === 1 && modes[0]!.name === 'default' ? program.id : `${program.id} [${modes.map((m) => m.name).join(', ')}]`;
    it.concurrent(title, async () => {
      for (const mode of modes) await checkProgram(program, mode);
    }, modes.length * TEST_TIMEOUT_MS);
  }

  afterAll(async () => {
    warm?.close();
    if (warm) console.log(`warm runners: ${warm.started} started, ${warm.runs} runs, ${(warm.cpuMs / 1000).toFixed(1)} CPU seconds`);
    if (warm && warm.fallbacks > 0) console.log(`NOTICE: ${warm.fallbacks} Tern run(s) broke their warm runner and were run again in their own process`);
    // Only a full run knows every key that is still in use.
    if (config.only) return;
    const version = await javaVersion();
    const used = new Set(allPrograms.map((program) => hotspotCachePath(hotspotCacheKey(program, version))));
    let files: string[];
    try {
      files = readdirSync(HOTSPOT_CACHE_DIR).filter((name) => name.endsWith('.json'));
    } catch {
      return;
    }
    const stale = files.map((name) => join(HOTSPOT_CACHE_DIR, name)).filter((path) => !used.has(path));
    if (stale.length === 0) return;
    if (config.pruneCache) {
      for (const path of stale) rmSync(path);
      console.log(`removed ${stale.length} stale HotSpot cache file(s)`);
    } else {
      console.log(`NOTICE: ${stale.length} HotSpot cache file(s) belong to no current program; TERN_PRUNE_CACHE=1 removes them`);
    }
  });
});
