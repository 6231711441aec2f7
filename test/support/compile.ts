/**
 * @fileoverview Compiles a corpus program with `javac --release 17 -g`, caching the class files.
 *
 * Compiled classes are kept under the system temporary directory in a folder named by the hash of
 * everything that determines them (javac version, options, every source file), so a rerun of the
 * suite with unchanged sources spends no time in javac. The folder is filled under a private name
 * and renamed into place, so concurrent or interrupted runs never see half a compilation.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { JavaProgram } from './corpus.js';
import { runProcess } from './process.js';

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
  const result = await runProcess('javac', [...JAVAC_OPTIONS, '-d', classesDir, ...files], {
    cwd: workDir,
    timeoutMs: 180_000,
  });
  if (result.exitCode !== 0) {
    rmSync(workDir, { recursive: true, force: true });
    const why = result.timedOut ? 'timed out' : `exit ${result.exitCode}`;
    throw new Error(`javac failed for ${program.id} (${why}):\n${result.stdout}${result.stderr}`);
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
