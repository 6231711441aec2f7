/**
 * @fileoverview Finds the Java programs of the differential corpus and reads their directives.
 *
 * A program is a directory `test/java/<category>/<Name>/` holding one or more `.java` files (in
 * package subfolders if it wants). Directives are `//` comments at the very top of any of its
 * files:
 *
 *   // main: pkg.Main        main class (default: the class in `<Name>.java`)
 *   // args: a "b c" d       program arguments (double quotes group words)
 *   // stdin: input.txt      file, relative to the program directory, piped to standard input
 *   // tern-flags: -Xmx16m   options given to Tern only
 *   // java-flags: -Xmx64m   options given to HotSpot only
 *   // timeout: 300          Tern's deadline in seconds (HotSpot's is fixed)
 *   // env: TZ=Asia/Tokyo    environment variables for both VMs (over the harness's fixed ones)
 *   // warm: no <why>        Tern runs it in a process of its own, never in a warm runner
 *                            (test/support/warm-runner.ts), e.g. when it tests process-level behaviour
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnvironment } from './process.js';

/** Root of the corpus: `test/java`. */
export const CORPUS_ROOT = fileURLToPath(new URL('../java/', import.meta.url));

/** One source file of a program, with its path relative to the program directory (always `/`-separated). */
export interface SourceFile {
  /** Path relative to the program directory, e.g. `com/example/Main.java`. */
  path: string;
  /** Full text of the file. */
  text: string;
}

/** A Java program of the corpus and how to run it. */
export interface JavaProgram {
  /** `category/Name`: the name used by `TERN_ONLY`, the baseline file and test titles. */
  id: string;
  /** Absolute path of the program directory (the working directory of both VMs). */
  dir: string;
  /** Every `.java` file of the program, sorted by path. */
  sources: SourceFile[];
  /** Binary name of the main class, e.g. `pkg.Main`. */
  mainClass: string;
  /** Program arguments. */
  args: string[];
  /** Bytes piped to standard input (empty when the program has no `stdin` directive). */
  stdin: Buffer;
  /** Options passed to Tern only. */
  ternFlags: string[];
  /** Options passed to HotSpot only. */
  javaFlags: string[];
  /** Tern's deadline in milliseconds, when the program sets one. */
  ternTimeoutMs: number | undefined;
  /**
   * Why the checkpoint consistency harness leaves the program out (`// consistency: skip <why>`),
   * e.g. output that depends on wall-clock margins a restored, still cold VM cannot keep.
   */
  consistencySkip: string | undefined;
  /** Environment variables set for both VMs (`// env: NAME=value ...`), over {@link childEnvironment}'s. */
  env: Record<string, string>;
  /** Why Tern must run the program in its own process (`// warm: no <why>`), if it must. */
  coldOnly: string | undefined;
}

/** Directive names the harness understands; anything else in a `// name: value` header is an error. */
const DIRECTIVES = new Set(['main', 'args', 'stdin', 'tern-flags', 'java-flags', 'timeout', 'consistency', 'env', 'warm']);

/** Splits a directive value into words; double quotes group words and are removed. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let current = '';
  let quoted = false;
  let inWord = false;
  for (const ch of text) {
    if (ch === '"') {
      quoted = !quoted;
      inWord = true;
    } else if (!quoted && /\s/.test(ch)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (quoted) throw new Error(`unbalanced quote in ${JSON.stringify(text)}`);
  if (inWord) words.push(current);
  return words;
}

/** Reads the `// name: value` lines at the top of a source file (stopping at the first other line). */
export function readDirectives(text: string): Map<string, string> {
  const directives = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^\s*\/\/\s*([a-z-]+):\s*(.*?)\s*$/.exec(line);
    if (!match) break;
    const [, name, value] = match as unknown as [string, string, string];
    if (!DIRECTIVES.has(name)) throw new Error(`unknown directive "${name}"`);
    if (directives.has(name)) throw new Error(`directive "${name}" given twice`);
    directives.set(name, value);
  }
  return directives;
}

/** Lists every `.java` file below `dir`, as sorted `/`-separated relative paths. */
function listJavaFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.java')) found.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** Derives the default main class: the class in `<Name>.java`, qualified by that file's package. */
function defaultMainClass(name: string, sources: SourceFile[]): string {
  const file = sources.find((source) => source.path === `${name}.java` || source.path.endsWith(`/${name}.java`));
  if (!file) throw new Error(`no "// main:" directive and no ${name}.java`);
  const pkg = /^\s*package\s+([\w.]+)\s*;/m.exec(file.text);
  return pkg ? `${pkg[1]}.${name}` : name;
}

/** Loads one program from its directory; `id` is `category/Name`. */
export function loadProgram(dir: string, id: string): JavaProgram {
  const name = id.slice(id.lastIndexOf('/') + 1);
  const sources = listJavaFiles(dir).map((path) => ({ path, text: readFileSync(join(dir, path), 'utf8') }));
  if (sources.length === 0) throw new Error(`${id}: no .java files`);
  const directives = new Map<string, string>();
  for (const source of sources) {
    let own: Map<string, string>;
    try {
      own = readDirectives(source.text);
    } catch (error) {
      throw new Error(`${id}/${source.path}: ${(error as Error).message}`);
    }
    for (const [key, value] of own) {
      if (directives.has(key)) throw new Error(`${id}: directive "${key}" appears in more than one file`);
      directives.set(key, value);
    }
  }
  const stdinFile = directives.get('stdin');
  const timeout = directives.get('timeout');
  if (timeout !== undefined && !/^\d+$/.test(timeout)) throw new Error(`${id}: timeout must be whole seconds`);
  return {
    id,
    dir,
    sources,
    mainClass: directives.get('main') ?? defaultMainClass(name, sources),
    args: splitWords(directives.get('args') ?? ''),
    stdin: stdinFile ? readFileSync(join(dir, stdinFile)) : Buffer.alloc(0),
    ternFlags: splitWords(directives.get('tern-flags') ?? ''),
    javaFlags: splitWords(directives.get('java-flags') ?? ''),
    ternTimeoutMs: timeout === undefined ? undefined : Number(timeout) * 1000,
    consistencySkip: /^skip\b/.test(directives.get('consistency') ?? '') ? directives.get('consistency')!.substring(4).trim() : undefined,
    env: parseEnv(id, directives.get('env') ?? ''),
    coldOnly: coldOnly(id, directives.get('warm')),
  };
}

/** The reason of a `warm: no <why>` directive (the only form: a reason is required). */
function coldOnly(id: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^no\s+(\S.*)$/.exec(value);
  if (!match) throw new Error(`${id}: the warm directive is "warm: no <why>", not ${JSON.stringify(value)}`);
  return match[1];
}

/** Parses `NAME=value` words of an `env` directive. */
function parseEnv(id: string, text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const word of splitWords(text)) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word);
    if (!match) throw new Error(`${id}: env entries are NAME=value, not ${JSON.stringify(word)}`);
    env[match[1]!] = match[2]!;
  }
  return env;
}

/** The environment of a run of `program`: the harness's fixed one plus the program's `env` directive. */
export function programEnvironment(program: JavaProgram): NodeJS.ProcessEnv {
  return { ...childEnvironment(), ...program.env };
}

/** Finds every program under `root` (`<root>/<category>/<Name>/`), sorted by id. */
export function discoverPrograms(root: string = CORPUS_ROOT): JavaProgram[] {
  const programs: JavaProgram[] = [];
  for (const category of readdirSync(root).sort()) {
    const categoryDir = join(root, category);
    if (!statSync(categoryDir).isDirectory()) continue;
    for (const name of readdirSync(categoryDir).sort()) {
      const dir = join(categoryDir, name);
      if (statSync(dir).isDirectory()) programs.push(loadProgram(dir, `${category}/${name}`));
    }
  }
  return programs;
}

/** Keeps the programs whose id matches `pattern` (a regular expression; a plain substring works). */
export function filterPrograms(programs: JavaProgram[], pattern: string | undefined): JavaProgram[] {
  if (!pattern) return programs;
  const regex = new RegExp(pattern);
  return programs.filter((program) => regex.test(program.id));
}
