/**
 * @fileoverview Runs the real JDK 17 tools for the class-file tests: javac into temporary folders,
 * javap listings, the DefineAll harness (HotSpot's verdict on class files) and jimage extraction.
 * Expected behaviour always comes from these tools, never from hand-written expectations.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder holding the Java sources of the class-file tests. */
export const JAVA_ROOT = fileURLToPath(new URL('../java/', import.meta.url));

/** A fresh temporary folder; remove it with {@link removeDir}. */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `tern-classfile-${prefix}-`));
}

/** Removes a folder made by {@link makeTempDir}. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Every file under `dir` whose name ends with `suffix`, sorted. */
export function listFiles(dir: string, suffix: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(suffix)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Runs a JDK tool and returns its stdout; throws with stderr on failure. */
export function runTool(tool: string, args: string[], cwd?: string): string {
  return execFileSync(tool, args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Absolute, symlink-free path of a tool found on the PATH. */
export function toolPath(tool: string): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, tool);
    if (existsSync(p)) return realpathSync(p);
  }
  throw new Error(`${tool} is not on the PATH`);
}

/** The `java.home` of the JDK on the PATH: the folder above the real `bin/java`. */
export function javaHome(): string {
  return dirname(dirname(toolPath('java')));
}

/** Compiles every .java file under `srcDir` with `javac --release <release> -g` into `outDir`. */
export function compileJava(srcDir: string, outDir: string, release: 8 | 17): string[] {
  const sources = listFiles(srcDir, '.java');
  const options = release === 8 ? ['-Xlint:-options'] : [];
  runTool('javac', ['--release', String(release), '-g', '-encoding', 'UTF-8', '-nowarn', ...options, '-d', outDir, ...sources]);
  return listFiles(outDir, '.class');
}

/** `javap -v -p file...` for many files at once, split per class file (keyed by the path javap prints). */
export function javapVerbose(files: string[]): Map<string, string> {
  const out = runTool('javap', ['-v', '-p', ...files]);
  const result = new Map<string, string>();
  for (const chunk of out.split(/^Classfile /m).slice(1)) {
    const path = chunk.slice(0, chunk.indexOf('\n')).trim();
    result.set(path, chunk);
  }
  return result;
}

/** One class file for the harness: a case id, the binary name to define, and the bytes. */
export interface HarnessCase {
  id: string;
  binaryName: string;
  bytes: Uint8Array;
}

/**
 * HotSpot's verdict on each case (`OK` or `java.lang.X: message`), from one run of the DefineAll
 * harness compiled into `harnessDir` by {@link compileHarness}.
 */
export function hotspotVerdicts(harnessDir: string, cases: HarnessCase[]): Map<string, string> {
  const dir = makeTempDir('cases');
  try {
    const list: string[] = [];
    cases.forEach((c, i) => {
      const path = join(dir, `case${i}.class`);
      writeFileSync(path, c.bytes);
      list.push(`${c.id}\t${c.binaryName}\t${path}`);
    });
    const listFile = join(dir, 'cases.txt');
    writeFileSync(listFile, list.join('\n') + '\n');
    const out = runTool('java', ['-Xshare:auto', '-cp', harnessDir, 'DefineAll', listFile]);
    const verdicts = new Map<string, string>();
    for (const line of out.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) verdicts.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return verdicts;
  } finally {
    removeDir(dir);
  }
}

/** Compiles the reference harnesses (DefineAll, JarDump) into `outDir`. */
export function compileHarness(outDir: string): void {
  runTool('javac', ['--release', '17', '-d', outDir, ...listFiles(join(JAVA_ROOT, 'harness'), '.java')]);
}
