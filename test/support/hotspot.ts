/**
 * @fileoverview Runs corpus programs on HotSpot (the reference JVM) and caches what they print.
 *
 * Expected behaviour always comes from the real JDK 17. Its results are stored in
 * `test/.hotspot-cache/<key>.json`, where the key is the SHA-256 of everything that decides the
 * outcome (the sources, main class, arguments, standard input, HotSpot options and the
 * `java -version` text). The files are written by this module only and are committed, so a run
 * with unchanged programs spends no time in HotSpot; a new JDK build gives new keys.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourcesDigest } from './compile.js';
import { programEnvironment, type JavaProgram } from './corpus.js';
import { runProcess, type RunResult } from './process.js';

/** Folder of the committed HotSpot results. */
export const HOTSPOT_CACHE_DIR = fileURLToPath(new URL('../.hotspot-cache/', import.meta.url));

/** HotSpot's deadline: corpus programs finish in well under a second there. */
const HOTSPOT_TIMEOUT_MS = 60_000;

/** Layout of one cache file. */
interface CacheEntry {
  /** Program id, for people reading the file. */
  program: string;
  /** The `java -version` text the result was produced with. */
  javaVersion: string;
  /** Command line after `java` (class path excluded), for people reading the file. */
  command: string[];
  /** Exit status of the JVM. */
  exitCode: number;
  /** How `stdout` and `stderr` are stored: as text when both are valid UTF-8, else base64. */
  encoding: 'utf8' | 'base64';
  /** Standard output. */
  stdout: string;
  /** Standard error. */
  stderr: string;
}

let javaVersionPromise: Promise<string> | undefined;

/** The output of `java -version`, computed once per run (part of every cache key). */
export function javaVersion(): Promise<string> {
  javaVersionPromise ??= runProcess('java', ['-version'], { cwd: tmpdir(), timeoutMs: 60_000 }).then((result) => {
    if (result.exitCode !== 0) throw new Error(`java -version failed: ${result.stderr.toString()}`);
    return (result.stdout.toString() + result.stderr.toString()).trim();
  });
  return javaVersionPromise;
}

/** HotSpot's command line for `program` after `java`, given the directory of its classes. */
export function hotspotArguments(program: JavaProgram, classesDir: string): string[] {
  return ['-Xshare:auto', ...program.javaFlags, '-cp', classesDir, program.mainClass, ...program.args];
}

/** The cache key of `program`: SHA-256 over its sources, arguments, input, HotSpot options and JDK. */
export function hotspotCacheKey(program: JavaProgram, version: string): string {
  const description = JSON.stringify({
    sources: sourcesDigest(program),
    mainClass: program.mainClass,
    args: program.args,
    stdin: createHash('sha256').update(program.stdin).digest('hex'),
    javaFlags: program.javaFlags,
    javaVersion: version,
    // Only when set, so that the keys of programs without an env directive stay as they were.
    ...(Object.keys(program.env).length > 0 ? { env: program.env } : {}),
  });
  return createHash('sha256').update(description).digest('hex');
}

/** Folder of the committed HotSpot results of the test files' own programs (test/jit/helpers.ts javaFixture), apart from the corpus's so its stale-file check leaves them alone. */
export const FIXTURE_CACHE_DIR = join(HOTSPOT_CACHE_DIR, 'fixtures');

/** Path of the cache file for `key` (in `dir`, by default the corpus's folder). */
export function hotspotCachePath(key: string, dir: string = HOTSPOT_CACHE_DIR): string {
  return join(dir, `${key}.json`);
}

/** True when `bytes` survive a round trip through a UTF-8 string. */
function isUtf8(bytes: Buffer): boolean {
  return Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);
}

/** Reads a cached result, or undefined when there is none. */
function readCache(path: string): RunResult | undefined {
  if (!existsSync(path)) return undefined;
  const entry = JSON.parse(readFileSync(path, 'utf8')) as CacheEntry;
  return {
    stdout: Buffer.from(entry.stdout, entry.encoding),
    stderr: Buffer.from(entry.stderr, entry.encoding),
    exitCode: entry.exitCode,
    signal: null,
    timedOut: false,
  };
}

/** Writes a result to the cache atomically (other test workers may read it at the same time). */
function writeCache(path: string, program: JavaProgram, version: string, result: RunResult): void {
  const encoding = isUtf8(result.stdout) && isUtf8(result.stderr) ? 'utf8' : 'base64';
  const entry: CacheEntry = {
    program: program.id,
    javaVersion: version,
    command: hotspotArguments(program, '<classes>'),
    exitCode: result.exitCode as number,
    encoding,
    stdout: result.stdout.toString(encoding),
    stderr: result.stderr.toString(encoding),
  };
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, `${JSON.stringify(entry, null, 2)}\n`);
  renameSync(temporary, path);
}

/** Runs `program` on HotSpot now, ignoring the cache; throws when it timed out or died by a signal. */
export async function runHotspotFresh(program: JavaProgram, classesDir: string): Promise<RunResult> {
  const result = await runProcess('java', hotspotArguments(program, classesDir), {
    cwd: program.dir,
    stdin: program.stdin,
    env: programEnvironment(program),
    timeoutMs: HOTSPOT_TIMEOUT_MS,
  });
  if (result.timedOut) throw new Error(`HotSpot timed out after ${HOTSPOT_TIMEOUT_MS} ms on ${program.id}`);
  if (result.exitCode === null) throw new Error(`HotSpot died by signal ${result.signal} on ${program.id}`);
  return result;
}

/** Where an expected result came from. */
export interface HotspotOutcome {
  /** What HotSpot produced. */
  result: RunResult;
  /** Cache key of the program (the file name without `.json`). */
  key: string;
  /** True when the result was read from the cache rather than produced now. */
  cached: boolean;
}

/**
 * Returns HotSpot's result for `program`: from the cache when present, otherwise from `produce`
 * (which compiles and runs it, see {@link runHotspotFresh}), writing the cache.
 */
export async function hotspotResult(program: JavaProgram, produce: () => Promise<RunResult>, cacheDir: string = HOTSPOT_CACHE_DIR): Promise<HotspotOutcome> {
  const version = await javaVersion();
  const key = hotspotCacheKey(program, version);
  const path = hotspotCachePath(key, cacheDir);
  const cached = readCache(path);
  if (cached) return { result: cached, key, cached: true };
  const result = await produce();
  writeCache(path, program, version, result);
  return { result, key, cached: false };
}
