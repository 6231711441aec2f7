/**
 * @fileoverview Compiles a corpus program with `javac --release 17 -g`, caching the class files.
 *
 * Compiled classes are kept under the system temporary directory in a folder named by the hash of
 * everything that determines them (javac version, options, every source file), so a rerun of the
 * suite with unchanged sources spends no time in javac. The folder is filled under a private name
 * and renamed into place, so concurrent or interrupted runs never see half a compilation.
 *
 * javac runs in one long-lived JVM per test process (JavacServer.java beside this file), which
 * compiles with the JDK's own compiler and the same arguments: a cold `javac` process costs about
 * 1.5 s of CPU per program, a warm server about 0.1 s, and CI compiles the whole corpus from a
 * clean cache. TERN_JAVAC=process runs one `javac` process per program instead (to check that both
 * give the same class files).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { JavaProgram } from './corpus.js';
import { childEnvironment, runProcess } from './process.js';

/** Where compiled corpus programs are cached. */
export const COMPILE_CACHE_ROOT = join(tmpdir(), 'tern-corpus-classes');

/** Options of every compilation: `-g` keeps local variable names, which helpful NPE messages print. */
const JAVAC_OPTIONS = ['--release', '17', '-g', '-encoding', 'UTF-8', '-nowarn'];

let javacVersionPromise: Promise<string> | undefined;

/** The output of `javac -version`, computed once per run. */
export function javacVersion(): Promise<string> {
  javacVersionPromise ??= runProcess('javac', ['-version'], { cwd: tmpdir(), timeoutMs: 60_000 }).then((result) => {
    if (result.exitCode !== 0) throw new Error(`javac -version failed: ${result.stderr.toString()}`);
    return (result.stdout.toString() + result.stderr.toString()).trim();
  });
  return javacVersionPromise;
}

/** The server's source, run by the `java` source launcher. */
const JAVAC_SERVER_SOURCE = fileURLToPath(new URL('./JavacServer.java', import.meta.url));

/** What one javac run reported. */
interface JavacOutcome {
  exitCode: number | null;
  timedOut: boolean;
  /** javac's diagnostics (standard output and error). */
  output: string;
}

/** A running JavacServer: requests go out on its standard input, answers come back by id. */
interface JavacServer {
  child: ChildProcessWithoutNullStreams;
  pending: Map<number, (outcome: JavacOutcome) => void>;
  nextId: number;
}

let server: JavacServer | undefined;

/** Starts the server, or returns the one running. It ends with this process (its input closes). */
function javacServer(): JavacServer {
  if (server) return server;
  const child = spawn('java', ['-Xshare:auto', '-XX:+UseSerialGC', JAVAC_SERVER_SOURCE], {
    cwd: tmpdir(),
    env: childEnvironment(),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const started: JavacServer = { child, pending: new Map(), nextId: 0 };
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const [id, status, output] = line.split('\t');
    const done = started.pending.get(Number(id));
    started.pending.delete(Number(id));
    done?.({ exitCode: Number(status), timedOut: false, output: Buffer.from(output ?? '', 'base64').toString('utf8') });
    idle(started);
  });
  const fail = (why: string): void => {
    if (server === started) server = undefined;
    for (const done of started.pending.values()) done({ exitCode: null, timedOut: false, output: `javac server ${why}\n${stderr}` });
    started.pending.clear();
  };
  child.on('error', (error) => fail(`failed to start: ${error.message}`));
  child.on('close', (code, signal) => fail(`ended (${signal ?? `exit ${code}`})`));
  child.stdin.on('error', () => undefined);
  server = started;
  idle(started);
  return started;
}

/** An idle server must not keep this process alive; one with requests in flight must. */
function idle(s: JavacServer): void {
  const busy = s.pending.size > 0;
  for (const handle of [s.child, s.child.stdout, s.child.stderr, s.child.stdin] as Array<{ ref?(): void; unref?(): void }>) {
    if (busy) handle.ref?.();
    else handle.unref?.();
  }
}

/** Runs javac with `args` in the server (or, with TERN_JAVAC=process, as a process of its own). */
function runJavac(args: string[], cwd: string, timeoutMs: number): Promise<JavacOutcome> {
  if (process.env.TERN_JAVAC === 'process') {
    return runProcess('javac', args, { cwd, timeoutMs }).then((r) => ({
      exitCode: r.exitCode,
      timedOut: r.timedOut,
      output: r.stdout.toString() + r.stderr.toString(),
    }));
  }
  // The server's working directory is not `cwd`: every path given to javac is absolute.
  if (args.some((arg) => arg.includes('\t') || arg.includes('\n'))) throw new Error(`javac argument with a tab or newline: ${args.join(' ')}`);
  const s = javacServer();
  const id = s.nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      s.pending.delete(id);
      idle(s);
      resolve({ exitCode: null, timedOut: true, output: '' });
    }, timeoutMs);
    s.pending.set(id, (outcome) => {
      clearTimeout(timer);
      resolve(outcome);
    });
    idle(s);
    s.child.stdin.write(`${[id, ...args].join('\t')}\n`);
  });
}

/** Hash of the program's sources, used by both caches: paths and texts, in path order. */
export function sourcesDigest(program: JavaProgram): string {
  const hash = createHash('sha256');
  for (const source of program.sources) {
    hash.update(source.path).update('\0').update(source.text).update('\0');
  }
  return hash.digest('hex');
}

/** Compiles `program` (or reuses an earlier compilation) and returns the directory holding its classes. */
export async function compileProgram(program: JavaProgram): Promise<string> {
  const version = await javacVersion();
  const key = createHash('sha256')
    .update(JSON.stringify({ version, options: JAVAC_OPTIONS, sources: sourcesDigest(program) }))
    .digest('hex');
  const outDir = join(COMPILE_CACHE_ROOT, key);
  if (existsSync(outDir)) return outDir;

  const workDir = `${outDir}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const srcDir = join(workDir, 'src');
  const classesDir = join(workDir, 'classes');
  mkdirSync(classesDir, { recursive: true });
  // Sources are copied so that javac sees exactly the text that was hashed.
  const files = program.sources.map((source) => {
    const file = join(srcDir, source.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, source.text);
    return file;
  });
  const result = await runJavac([...JAVAC_OPTIONS, '-d', classesDir, ...files], workDir, 180_000);
  if (result.exitCode !== 0) {
    rmSync(workDir, { recursive: true, force: true });
    const why = result.timedOut ? 'timed out' : `exit ${result.exitCode}`;
    throw new Error(`javac failed for ${program.id} (${why}):\n${result.output}`);
  }
  try {
    renameSync(classesDir, outDir);
  } catch (error) {
    // Another run finished the same compilation first; its result is identical.
    if (!existsSync(outDir)) throw error;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  return outDir;
}
