/**
 * @fileoverview The differential harness's settings, read from environment variables.
 *
 *   TERN_ONLY=regex          run only the programs whose id (`category/Name`) matches
 *   TERN_FLAGS="-X.. -X.."   extra options for every Tern run (to run the corpus in other modes)
 *   TERN_NODE_FLAGS="..."    options for Node itself when it runs Tern
 *   TERN_COMMAND="java -Xint" command run instead of `node bin/tern.js` (checks the harness itself)
 *   TERN_TIMEOUT=seconds     Tern's deadline for programs that set none (default 120)
 *   TERN_BASELINE=path       known-failures file to use instead of test/java/known-failures.txt
 *   TERN_HOTSPOT_ONLY=1      only compile and run HotSpot (fill or check the cache; no Tern runs)
 *   TERN_VERIFY_HOTSPOT=1    rerun HotSpot even when cached and fail if it disagrees with the cache
 *   TERN_PRUNE_CACHE=1       delete cache files no program uses any more (full runs only)
 *   TERN_JOBS=n              programs run at the same time (default 2)
 *   TERN_WARM=0|compare      0: every Tern run in a process of its own (default: in warm runners,
 *                            test/support/warm-runner.ts); compare: both ways, and they must agree
 *   TERN_WARM_DEBUG=1        print each warm run's CPU time, RSS and leftover Node resources
 */
import { isAbsolute, resolve } from 'node:path';
import { DEFAULT_BASELINE } from './baseline.js';
import { splitWords } from './corpus.js';
import { DEFAULT_TERN_TIMEOUT_MS } from './tern.js';

/** Every knob of the harness. */
export interface HarnessConfig {
  /** Regular expression selecting programs by id, if any. */
  only: string | undefined;
  /** Extra Tern options. */
  ternFlags: string[];
  /** Extra Node options for the Tern process. */
  nodeFlags: string[];
  /** Command replacing `node bin/tern.js`, if set. */
  command: string[] | undefined;
  /** Tern deadline for programs without a `timeout` directive. */
  ternTimeoutMs: number;
  /** Known-failures file. */
  baselinePath: string;
  /** Skip the Tern side. */
  hotspotOnly: boolean;
  /** Rerun HotSpot and compare with the cache. */
  verifyHotspot: boolean;
  /** Remove unused cache files after a full run. */
  pruneCache: boolean;
  /** How many programs run concurrently. */
  jobs: number;
  /** Tern runs in warm runners (`on`), each in its own process (`off`), or both, compared (`compare`). */
  warm: 'on' | 'off' | 'compare';
}

/** True for `1`, `true` or `yes`. */
function flag(value: string | undefined): boolean {
  return value !== undefined && /^(1|true|yes)$/i.test(value);
}

/** Reads the configuration from `env` (the process environment by default). */
export function readConfig(env: NodeJS.ProcessEnv = process.env): HarnessConfig {
  const timeout = env.TERN_TIMEOUT ? Number(env.TERN_TIMEOUT) * 1000 : DEFAULT_TERN_TIMEOUT_MS;
  const jobs = env.TERN_JOBS ? Number(env.TERN_JOBS) : 2;
  if (!(timeout > 0)) throw new Error(`TERN_TIMEOUT must be a positive number of seconds, not ${env.TERN_TIMEOUT}`);
  if (!(Number.isInteger(jobs) && jobs > 0)) throw new Error(`TERN_JOBS must be a positive integer, not ${env.TERN_JOBS}`);
  const baseline = env.TERN_BASELINE;
  const warm = env.TERN_WARM === undefined || env.TERN_WARM === '' || flag(env.TERN_WARM) ? 'on' : /^(0|false|no)$/i.test(env.TERN_WARM) ? 'off' : env.TERN_WARM;
  if (warm !== 'on' && warm !== 'off' && warm !== 'compare') throw new Error(`TERN_WARM must be 0, 1 or compare, not ${env.TERN_WARM}`);
  return {
    only: env.TERN_ONLY || undefined,
    ternFlags: splitWords(env.TERN_FLAGS ?? ''),
    nodeFlags: splitWords(env.TERN_NODE_FLAGS ?? ''),
    command: env.TERN_COMMAND ? splitWords(env.TERN_COMMAND) : undefined,
    ternTimeoutMs: timeout,
    baselinePath: baseline ? (isAbsolute(baseline) ? baseline : resolve(baseline)) : DEFAULT_BASELINE,
    hotspotOnly: flag(env.TERN_HOTSPOT_ONLY),
    verifyHotspot: flag(env.TERN_VERIFY_HOTSPOT),
    pruneCache: flag(env.TERN_PRUNE_CACHE),
    jobs,
    warm,
  };
}
