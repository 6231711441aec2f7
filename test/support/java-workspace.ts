/**
 * @fileoverview A throw-away directory holding a test's own Java programs, compiled against Tern's
 * class library (so `tern.Checkpoint` and `org.crac` resolve) — the setup of the checkpoint, CLI
 * and API tests that run small programs of their own rather than corpus programs.
 *
 * Use it from `beforeAll`, returning `remove` so vitest deletes the directory after the file's
 * tests:
 *
 *     beforeAll(() => { const ws = javaWorkspace('tern-files-', { Journal: SOURCE }); dir = ws.dir; return ws.remove; });
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository's root. */
export const ROOT = join(import.meta.dirname, '..', '..');
/** The `tern` launcher, as users run it (`node bin/tern.js`). */
export const TERN = join(ROOT, 'bin', 'tern.js');
/** Class files of Tern's own library, built by `npm run build`. */
export const CLASSLIB = join(ROOT, 'build', 'classlib');

export interface JavaWorkspaceOptions {
  /** A subdirectory for the class files (they go into the workspace itself by default). */
  classes?: string;
  /** More javac options, e.g. `-g` for local variable names. */
  javac?: readonly string[];
}

export interface JavaWorkspace {
  /** The directory: the sources, the class files unless `classes` was given, whatever the test writes. */
  readonly dir: string;
  /** Where the class files are: the class path to run them with. */
  readonly classes: string;
  /** Deletes the directory. */
  readonly remove: () => void;
}

/**
 * Makes a temporary directory named `prefix…`, writes `sources` (class name → source text) as
 * `NAME.java` and compiles them with `javac --release 17`. A compile error throws with javac's
 * message.
 */
export function javaWorkspace(prefix: string, sources: Readonly<Record<string, string>>, options: JavaWorkspaceOptions = {}): JavaWorkspace {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const classes = options.classes === undefined ? dir : join(dir, options.classes);
  mkdirSync(classes, { recursive: true });
  const files = Object.entries(sources).map(([name, text]) => {
    const file = join(dir, `${name}.java`);
    writeFileSync(file, text);
    return file;
  });
  execFileSync('javac', ['--release', '17', '-nowarn', ...(options.javac ?? []), '-cp', CLASSLIB, '-d', classes, ...files], { stdio: 'pipe' });
  return { dir, classes, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
