/**
 * @fileoverview Compiled test inputs, cached on disk between runs: the fixture sources compiled by
 * javac (`--release 17` and `--release 8`), their `javap -v -p` listings, and java.base extracted
 * from the JDK's module image. Each cache folder is named by a hash of everything that determines
 * it (tool versions, sources) and is filled under a private name, then renamed into place, so
 * concurrent test files never see half a folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JAVA_ROOT, compileHarness, compileJava, javaHome, javapVerbose, listFiles, makeTempDir, removeDir, runTool, toolPath } from './jdk.js';

let toolVersion: string | undefined;

/** Identifies the JDK (and so javac, javap and jimage): the real paths and dates of java and javac. */
function jdkVersion(): string {
  toolVersion ??= ['java', 'javac'].map((t) => `${toolPath(t)}@${statSync(toolPath(t)).mtimeMs}`).join(' ');
  return toolVersion;
}

/** A cache folder for `key`, built by `fill(dir)` the first time. */
function cached(kind: string, key: string, fill: (dir: string) => void): string {
  // The recipe is part of the key, so changing how a cache is filled invalidates it.
  const hash = createHash('sha256').update(jdkVersion()).update(key).update(fill.toString()).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `tern-classfile-${kind}-${hash}`);
  if (existsSync(dir)) return dir;
  const work = makeTempDir(`${kind}-work`);
  try {
    fill(work);
    renameSync(work, dir);
  } catch (e) {
    removeDir(work);
    if (!existsSync(dir)) throw e;
  }
  return dir;
}

function sourcesKey(srcDir: string): string {
  return listFiles(srcDir, '.java')
    .map((f) => `${f}\n${readFileSync(f, 'utf8')}`)
    .join('\n');
}

/** Class files compiled from test/classfile/java/<folder> with `--release <release>`. */
export function compiledFixtures(folder: string, release: 8 | 17): string[] {
  const src = join(JAVA_ROOT, folder);
  const dir = cached(`javac${release}`, sourcesKey(src) + compileJava.toString(), (out) => {
    compileJava(src, out, release);
  });
  return listFiles(dir, '.class');
}

/** `javap -v -p` text of each file, cached next to the class files. */
export function javapListings(files: string[]): Map<string, string> {
  const key = files.map((f) => `${f}:${createHash('sha256').update(readFileSync(f)).digest('hex')}`).join('\n');
  const dir = cached('javap', key, (out) => {
    writeFileSync(join(out, 'javap.json'), JSON.stringify([...javapVerbose(files)]));
  });
  return new Map(JSON.parse(readFileSync(join(dir, 'javap.json'), 'utf8')) as [string, string][]);
}

/** Every class file of the java.base module of the running JDK, extracted with jimage. */
export function javaBaseClasses(): string[] {
  const image = join(javaHome(), 'lib', 'modules');
  const dir = cached('javabase', image, (out) => {
    runTool('jimage', ['extract', '--dir', out, '--include', 'regex:/java.base/.*\\.class', image]);
  });
  return listFiles(dir, '.class');
}

/** Folder holding the compiled DefineAll harness. */
export function compiledHarness(): string {
  return cached('harness', sourcesKey(join(JAVA_ROOT, 'harness')) + compileHarness.toString(), (out) => compileHarness(out));
}
