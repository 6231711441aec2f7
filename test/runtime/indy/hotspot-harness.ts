/**
 * @fileoverview Validates spun call sites on HotSpot, the reference JVM.
 *
 * 1. Compiles a Java program with `javac --release 17` and runs it on HotSpot as is.
 * 2. Parses every class with Tern's class-file parser and spins every `invokedynamic` call site
 *    with {@link spinCallSite} (each result is also parsed back by Tern's parser).
 * 3. Rewrites the program's BootstrapMethods so each call site bootstraps through the test bridge
 *    (java/bridge/terntest/IndyBridge.java), which defines the synthetic class as a hidden nestmate
 *    of the caller — HotSpot's verifier checks its bytecode — and links the call site to its static
 *    method. Before running main, the bridge defines every synthetic class once, so call sites the
 *    program never reaches are verified too.
 * 4. Runs the rewritten program on HotSpot. The caller compares its output with step 1's.
 *
 * Nestmate hidden classes are how the JDK defines its own lambda classes; they give the synthetic
 * class access to the caller's private members, which Tern grants by not checking access.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { instructionLength, Op, readU16 } from '../../../src/classfile/opcodes.js';
import { parseClassFile } from '../../../src/classfile/parser.js';
import { ClassFile, CpTag } from '../../../src/classfile/types.js';
import { spinCallSite, SyntheticClass } from '../../../src/runtime/indy/index.js';
import { javacVersion } from '../../support/compile.js';
import { runProcess, RunResult } from '../../support/process.js';
import { redirectBootstrapMethods } from './class-patch.js';

/** Folder of the Java sources these tests use. */
export const JAVA_DIR = fileURLToPath(new URL('./java/', import.meta.url));

/** One javac invocation: sources (relative to {@link JAVA_DIR}) and extra options. */
export interface CompilationUnit {
  sources: string[];
  options?: string[];
}

/** A class file the test generated itself, added to the program's classes. */
export interface ExtraClass {
  name: string;
  bytes: Uint8Array;
}

/** One call site of the program and what Tern generated for it. */
export interface SpunSite {
  /** `caller row name descriptor`, as the bridge prints it. */
  key: string;
  caller: string;
  cpIndex: number;
  /** The parsed class holding the instruction. */
  callerClass: ClassFile;
  /** Names of the methods holding an instruction that uses this call site. */
  methods: string[];
  /** `owner.name` of the bootstrap method. */
  bootstrap: string;
  synthetic: SyntheticClass;
  /** The synthetic class parsed back by Tern's parser. */
  parsed: ClassFile;
}

/** Everything a validation run produced. */
export interface Validation {
  original: RunResult;
  patched: RunResult;
  sites: SpunSite[];
  /** Keys of the call sites the patched program linked (executed). */
  linked: Set<string>;
  /** Keys of the synthetic classes HotSpot defined and verified. */
  verified: Set<string>;
  /** The patched run's standard error without the bridge's own lines. */
  patchedStderr: string;
}

const JAVAC_OPTIONS = ['--release', '17', '-g', '-encoding', 'UTF-8', '-nowarn'];
/** Where compiled test programs are cached between runs. */
const COMPILE_CACHE = join(tmpdir(), 'tern-indy-classes');
const BRIDGE = {
  owner: 'terntest/IndyBridge',
  name: 'link',
  descriptor: '(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;I)Ljava/lang/invoke/CallSite;',
};
const BRIDGE_LINE = /^\[tern-indy\] (linked|verified) (.*)$/;

/** Runs the four steps above for a program whose entry point is `mainClass` (binary name). */
export async function validateOnHotspot(options: { units: CompilationUnit[]; mainClass: string; extraClasses?: ExtraClass[] }): Promise<Validation> {
  const work = mkdtempSync(join(tmpdir(), 'tern-indy-run-'));
  try {
    const classes = join(work, 'classes');
    const bridge = join(work, 'bridge');
    mkdirSync(classes, { recursive: true });
    await compileUnits(classes, options.units);
    await compileUnits(bridge, [{ sources: ['bridge/terntest/IndyBridge.java'] }]);
    for (const extra of options.extraClasses ?? []) writeClass(classes, extra.name, extra.bytes);
    const original = await java(work, ['-cp', classes, options.mainClass]);

    const patchedDir = join(work, 'patched');
    const syntheticDir = join(work, 'synthetic');
    mkdirSync(syntheticDir, { recursive: true });
    const sites: SpunSite[] = [];
    const manifest: string[] = [];
    for (const file of classFiles(classes)) {
      const bytes = new Uint8Array(readFileSync(file));
      const caller = parseClassFile(bytes);
      for (const site of spinAll(caller)) {
        const path = join(syntheticDir, `${sites.length}.class`);
        writeFileSync(path, site.synthetic.bytes);
        manifest.push([...site.key.split(' '), path, site.synthetic.methodName].join('\t'));
        sites.push(site);
      }
      const patched = redirectBootstrapMethods(bytes, BRIDGE) ?? bytes;
      const target = join(patchedDir, relative(classes, file));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, patched);
    }
    const manifestPath = join(work, 'manifest.tsv');
    writeFileSync(manifestPath, manifest.join('\n') + '\n');
    const patched = await java(work, [
      `-Dtern.indy.manifest=${manifestPath}`,
      '-cp',
      `${patchedDir}:${bridge}`,
      'terntest.IndyBridge',
      options.mainClass,
    ]);
    const linked = new Set<string>();
    const verified = new Set<string>();
    const otherLines: string[] = [];
    for (const line of patched.stderr.toString('utf8').split('\n')) {
      const m = BRIDGE_LINE.exec(line);
      if (m === null) otherLines.push(line);
      else (m[1] === 'linked' ? linked : verified).add(m[2]!);
    }
    return { original, patched, sites, linked, verified, patchedStderr: otherLines.join('\n') };
  } finally {
    if (process.env.TERN_KEEP_INDY !== '1') rmSync(work, { recursive: true, force: true });
  }
}

/** Spins every CONSTANT_InvokeDynamic of `caller`, naming each class after its caller and pool index. */
function spinAll(caller: ClassFile): SpunSite[] {
  const out: SpunSite[] = [];
  caller.constantPool.forEach((entry, cpIndex) => {
    if (entry === null || entry.tag !== CpTag.InvokeDynamic) return;
    const bsm = caller.bootstrapMethods[entry.bootstrap]!;
    const handle = caller.constantPool[bsm.methodHandle];
    const ref = handle !== null && handle?.tag === CpTag.MethodHandle ? caller.constantPool[handle.ref] : null;
    const bootstrap = ref !== null && ref !== undefined && 'owner' in ref ? `${ref.owner}.${ref.name}` : '?';
    const synthetic = spinCallSite({ caller, cpIndex, syntheticName: `${caller.name}$$TernIndy$${cpIndex}` });
    out.push({
      key: `${caller.name} ${entry.bootstrap} ${entry.name} ${entry.descriptor}`,
      caller: caller.name,
      cpIndex,
      callerClass: caller,
      methods: methodsUsing(caller, cpIndex),
      bootstrap,
      synthetic,
      parsed: parseClassFile(synthetic.bytes, { expectedName: synthetic.name }),
    });
  });
  return out;
}

/** Names of the methods holding `invokedynamic #cpIndex`. */
function methodsUsing(cf: ClassFile, cpIndex: number): string[] {
  const out: string[] = [];
  for (const m of cf.methods) {
    const code = m.code?.code;
    if (code === undefined) continue;
    for (let pc = 0; pc < code.length; pc += instructionLength(code, pc)) {
      if (code[pc] === Op.invokedynamic && readU16(code, pc + 1) === cpIndex) {
        out.push(m.name);
        break;
      }
    }
  }
  return out;
}

/** Every `.class` file under `dir`. */
function classFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...classFiles(path));
    else if (name.endsWith('.class')) out.push(path);
  }
  return out;
}

function writeClass(classes: string, name: string, bytes: Uint8Array): void {
  const path = join(classes, `${name}.class`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

/**
 * Compiles `units` in order into `outDir` (later units see earlier classes). The classes are cached
 * under the system temporary directory, keyed by the javac version, options and source texts, so
 * reruns with unchanged sources skip javac (a few seconds per program on a busy machine).
 */
export async function compileUnits(outDir: string, units: readonly CompilationUnit[]): Promise<void> {
  const hash = createHash('sha256').update(await javacVersion()).update(JSON.stringify(JAVAC_OPTIONS));
  for (const unit of units) {
    hash.update(JSON.stringify(unit.options ?? []));
    for (const s of unit.sources) hash.update(s).update('\0').update(readFileSync(join(JAVA_DIR, s))).update('\0');
  }
  const cached = join(COMPILE_CACHE, hash.digest('hex'));
  if (!existsSync(cached)) {
    const building = `${cached}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
    for (const unit of units) await javac(building, unit);
    mkdirSync(building, { recursive: true });
    try {
      renameSync(building, cached);
    } catch (error) {
      // Another worker finished the same compilation first; its classes are identical.
      if (!existsSync(cached)) throw error;
      rmSync(building, { recursive: true, force: true });
    }
  }
  cpSync(cached, outDir, { recursive: true });
}

async function javac(outDir: string, unit: CompilationUnit): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const sources = unit.sources.map((s) => join(JAVA_DIR, s));
  const result = await runProcess('javac', [...JAVAC_OPTIONS, ...(unit.options ?? []), '-cp', outDir, '-d', outDir, ...sources], {
    cwd: outDir,
    timeoutMs: 180_000,
  });
  if (result.exitCode !== 0) throw new Error(`javac failed:\n${result.stdout}${result.stderr}`);
}

/** Runs `java args` (HotSpot) in `cwd`; throws when it times out. */
export async function java(cwd: string, args: string[]): Promise<RunResult> {
  const result = await runProcess('java', ['-Xshare:auto', ...args], { cwd, timeoutMs: 120_000 });
  if (result.timedOut) throw new Error(`java ${args.join(' ')} timed out`);
  return result;
}
