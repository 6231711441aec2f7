/**
 * @fileoverview Compiles Java sources with the real `javac` into a fresh temporary directory and
 * parses every class file produced, for analysis tests that need code as javac emits it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseClassFile } from '../../../src/classfile/parser.js';
import type { ClassFile, MethodInfo } from '../../../src/classfile/types.js';

/** Java sources keyed by path relative to the source root (`p/Foo.java`). */
export type Sources = Readonly<Record<string, string>>;

/** Classes produced by one compilation, keyed by internal name. */
export type Compiled = ReadonlyMap<string, ClassFile>;

/** Compiles `sources` with `javac --release 17` plus `options` and parses the results; the temp dir is removed. */
export function compileJava(sources: Sources, options: readonly string[] = []): Compiled {
  const root = mkdtempSync(join(tmpdir(), 'tern-analysis-'));
  try {
    const src = join(root, 'src');
    const out = join(root, 'out');
    const files: string[] = [];
    for (const [path, text] of Object.entries(sources)) {
      const file = join(src, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      files.push(file);
    }
    execFileSync('javac', ['--release', '17', '-encoding', 'UTF-8', '-nowarn', ...options, '-d', out, ...files], { stdio: 'pipe' });
    return readClasses(out);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Parses every `.class` file under `dir`. */
export function readClasses(dir: string): Map<string, ClassFile> {
  const classes = new Map<string, ClassFile>();
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.class') && name !== 'module-info.class') {
        const cls = parseClassFile(new Uint8Array(readFileSync(path)));
        classes.set(cls.name, cls);
      }
    }
  };
  walk(dir);
  return classes;
}

/** The method `name` (first one, or the one with `descriptor`) of class `className`. */
export function methodOf(classes: Compiled, className: string, name: string, descriptor?: string): { cls: ClassFile; method: MethodInfo } {
  const cls = classes.get(className);
  if (cls === undefined) throw new Error(`no class ${className} among ${[...classes.keys()].join(', ')}`);
  const method = cls.methods.find((m) => m.name === name && (descriptor === undefined || m.descriptor === descriptor));
  if (method === undefined) throw new Error(`no method ${name}${descriptor ?? ''} in ${className}`);
  return { cls, method };
}

/** Every (class, method with code) pair of a compilation. */
export function methodsWithCode(classes: Compiled): Array<{ cls: ClassFile; method: MethodInfo }> {
  const out: Array<{ cls: ClassFile; method: MethodInfo }> = [];
  for (const cls of classes.values()) for (const method of cls.methods) if (method.code !== null) out.push({ cls, method });
  return out;
}
