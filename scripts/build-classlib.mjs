#!/usr/bin/env node
/**
 * @fileoverview Builds Tern's Java class library (docs/classlib-contract.md, "Build").
 *
 * Why: the VM must never silently lean on the real JDK. This script compiles every
 * `src/classlib/**.java` as a patch of `java.base`, checks that the compiled classes are
 * closed (every class named in a constant pool or descriptor is one of ours, apart from the
 * `java.lang.invoke` bootstrap classes the VM intercepts), packs them into
 * `build/classlib.bin` and lists every `native` method in `build/classlib-natives.json` so the
 * VM can check it implements each one.
 *
 * Usage: node scripts/build-classlib.mjs [--allow-missing] [--quiet] [--out DIR]
 *   --allow-missing  report closure failures but still write the outputs (exit 0)
 *   --quiet          print only errors
 *   --out DIR        write DIR/classlib/, DIR/classlib.bin, DIR/classlib-natives.json
 *                    instead of build/ (tests use a temporary directory)
 *
 * classlib.bin layout (all integers big endian):
 *   "TCL1" | u32 count | count x ( u16 nameLength | name (UTF-8, internal form) | u32 length | bytes )
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (this file lives in scripts/). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the Java sources of the library live. */
export const SOURCE_DIR = join(ROOT, 'src', 'classlib');
/** Output directory for the compiled classes. */
export const CLASS_DIR = join(ROOT, 'build', 'classlib');
/** The packed library. */
export const BIN_PATH = join(ROOT, 'build', 'classlib.bin');
/** The list of native methods. */
export const NATIVES_PATH = join(ROOT, 'build', 'classlib-natives.json');

/**
 * Classes the library may name without defining: the VM links invokedynamic call sites for
 * lambdas, string concatenation and record methods itself, so these bootstrap-method types
 * only ever appear in constant pools and are never loaded.
 */
export const VM_INTERCEPTED = new Set([
  'java/lang/invoke/LambdaMetafactory',
  'java/lang/invoke/StringConcatFactory',
  'java/lang/runtime/ObjectMethods',
  'java/lang/invoke/MethodHandles$Lookup',
  'java/lang/invoke/MethodHandles',
  'java/lang/invoke/MethodHandle',
  'java/lang/invoke/MethodType',
  'java/lang/invoke/CallSite',
  'java/lang/invoke/TypeDescriptor',
  'java/lang/invoke/TypeDescriptor$OfField',
  'java/lang/invoke/TypeDescriptor$OfMethod',
]);

/** The javac flags fixed by the contract (no indy string concat inside the library). */
export const JAVAC_FLAGS = [
  '--patch-module', `java.base=${SOURCE_DIR}`,
  '-XDstringConcat=inline', '-g', '-encoding', 'UTF-8', '-nowarn',
];

/** Access flag of a native method (JVMS §4.6, Table 4.6-A). */
const ACC_NATIVE = 0x0100;
/** Access flag of a static method (JVMS §4.6). */
const ACC_STATIC = 0x0008;

/** Lists files under `dir` whose names end with `suffix`, sorted for reproducible output. */
export function listFiles(dir, suffix) {
  const out = [];
  const walk = (d) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(suffix)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Decodes a CONSTANT_Utf8 payload (JVMS §4.4.7, "modified UTF-8": NUL as C0 80, supplementary
 * characters as two 3-byte surrogates) into a JS string.
 */
export function decodeModifiedUtf8(bytes, start, end) {
  let s = '';
  let i = start;
  while (i < end) {
    const a = bytes[i];
    if (a < 0x80) {
      s += String.fromCharCode(a);
      i += 1;
    } else if ((a & 0xe0) === 0xc0) {
      s += String.fromCharCode(((a & 0x1f) << 6) | (bytes[i + 1] & 0x3f));
      i += 2;
    } else {
      s += String.fromCharCode(((a & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f));
      i += 3;
    }
  }
  return s;
}

/**
 * Reads what the build needs from one class file (JVMS §4.1): its name, access flags and
 * superclass, every class it names (CONSTANT_Class entries, NameAndType/MethodType
 * descriptors, its own field and method descriptors), its members and its native methods.
 */
export function readClassInfo(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0) !== 0xcafebabe) throw new Error('bad class-file magic');
  const count = view.getUint16(8);
  const utf8 = new Array(count);
  const classIndex = [];
  const classNameOf = new Map();
  const descriptorIndex = [];
  let p = 10;
  // JVMS §4.4: walk the constant pool; long and double entries take two slots.
  for (let i = 1; i < count; i++) {
    const tag = bytes[p];
    switch (tag) {
      case 1: {
        const len = view.getUint16(p + 1);
        utf8[i] = decodeModifiedUtf8(bytes, p + 3, p + 3 + len);
        p += 3 + len;
        break;
      }
      case 7:
        classIndex.push(view.getUint16(p + 1));
        classNameOf.set(i, view.getUint16(p + 1));
        p += 3;
        break;
      case 16:
        descriptorIndex.push(view.getUint16(p + 1));
        p += 3;
        break;
      case 12:
        descriptorIndex.push(view.getUint16(p + 3));
        p += 5;
        break;
      case 8: case 19: case 20:
        p += 3;
        break;
      case 3: case 4: case 9: case 10: case 11: case 17: case 18:
        p += 5;
        break;
      case 5: case 6:
        p += 9;
        i++;
        break;
      case 15:
        p += 4;
        break;
      default:
        throw new Error(`unknown constant-pool tag ${tag} at offset ${p}`);
    }
  }
  const accessFlags = view.getUint16(p);
  const thisClass = view.getUint16(p + 2);
  const name = utf8[classNameOf.get(thisClass)];
  const superClass = view.getUint16(p + 4);
  const superName = superClass === 0 ? null : utf8[classNameOf.get(superClass)];
  const interfaceCount = view.getUint16(p + 6);
  p += 8 + 2 * interfaceCount;
  const referenced = new Set();
  const addDescriptor = (d) => {
    for (const m of d.matchAll(/L([^;]+);/g)) referenced.add(m[1]);
  };
  for (const idx of classIndex) {
    const n = utf8[idx];
    if (n.startsWith('[')) addDescriptor(n);
    else referenced.add(n);
  }
  for (const idx of descriptorIndex) addDescriptor(utf8[idx]);
  const natives = [];
  const members = [];
  // JVMS §4.5/§4.6: fields then methods, each with attributes we skip.
  for (let kind = 0; kind < 2; kind++) {
    const memberCount = view.getUint16(p);
    p += 2;
    for (let m = 0; m < memberCount; m++) {
      const flags = view.getUint16(p);
      const memberName = utf8[view.getUint16(p + 2)];
      const descriptor = utf8[view.getUint16(p + 4)];
      addDescriptor(descriptor);
      members.push({ kind: kind === 0 ? 'field' : 'method', name: memberName, descriptor, flags });
      if (kind === 1 && (flags & ACC_NATIVE) !== 0) {
        natives.push({ class: name, name: memberName, descriptor, static: (flags & ACC_STATIC) !== 0 });
      }
      const attributeCount = view.getUint16(p + 6);
      p += 8;
      for (let a = 0; a < attributeCount; a++) p += 6 + view.getUint32(p + 2);
    }
  }
  referenced.delete(name);
  return { name, accessFlags, superName, referenced, natives, members };
}

/** Packs `entries` (`{name, bytes}`, sorted by name) into the classlib.bin format. */
export function packClasses(entries) {
  const parts = [Buffer.from('TCL1', 'ascii')];
  const head = Buffer.alloc(4);
  head.writeUInt32BE(entries.length);
  parts.push(head);
  for (const { name, bytes } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const nameLen = Buffer.alloc(2);
    nameLen.writeUInt16BE(nameBytes.length);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(bytes.length);
    parts.push(nameLen, nameBytes, len, Buffer.from(bytes));
  }
  return Buffer.concat(parts);
}

/** Reads a classlib.bin buffer back into a Map from internal name to class-file bytes. */
export function unpackClasses(buf) {
  if (buf.subarray(0, 4).toString('ascii') !== 'TCL1') throw new Error('classlib.bin: bad magic');
  const count = buf.readUInt32BE(4);
  const out = new Map();
  let p = 8;
  for (let i = 0; i < count; i++) {
    const nameLen = buf.readUInt16BE(p);
    const name = buf.subarray(p + 2, p + 2 + nameLen).toString('utf8');
    p += 2 + nameLen;
    const len = buf.readUInt32BE(p);
    out.set(name, buf.subarray(p + 4, p + 4 + len));
    p += 4 + len;
  }
  if (p !== buf.length) throw new Error('classlib.bin: trailing bytes');
  return out;
}

/**
 * Finds classes named by the library but not defined in it. Returns a Map from each missing
 * class to the sorted list of library classes that name it.
 */
export function findMissing(infos) {
  const defined = new Set(infos.map((i) => i.name));
  const missing = new Map();
  for (const info of infos) {
    for (const ref of info.referenced) {
      if (defined.has(ref) || VM_INTERCEPTED.has(ref)) continue;
      if (!missing.has(ref)) missing.set(ref, []);
      missing.get(ref).push(info.name);
    }
  }
  for (const users of missing.values()) users.sort();
  return new Map([...missing.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Compiles the sources into {@code classDir} (default CLASS_DIR); throws with javac's output on failure. */
export function compile(log, classDir = CLASS_DIR) {
  const sources = listFiles(SOURCE_DIR, '.java');
  if (sources.length === 0) throw new Error(`no Java sources under ${SOURCE_DIR}`);
  rmSync(classDir, { recursive: true, force: true });
  mkdirSync(classDir, { recursive: true });
  // An @argfile keeps the command line short whatever the number of sources.
  const argFile = join(dirname(classDir), 'classlib-sources.txt');
  writeFileSync(argFile, sources.map((s) => `"${s.split(sep).join('/')}"`).join('\n') + '\n');
  log(`javac: compiling ${sources.length} sources`);
  const r = spawnSync('javac', [...JAVAC_FLAGS, '-d', classDir, `@${argFile}`], { encoding: 'utf8' });
  if (r.error) throw new Error(`cannot run javac: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`javac failed:\n${r.stdout}${r.stderr}`);
}

/**
 * Runs the whole build into {@code outDir} (default build/): classes in outDir/classlib, then
 * outDir/classlib.bin and outDir/classlib-natives.json. Throws on compile errors or (unless
 * allowed) missing classes; returns a summary.
 */
export function buildClasslib({ allowMissing = false, quiet = false, outDir = join(ROOT, 'build') } = {}) {
  const log = quiet ? () => {} : (m) => console.log(m);
  const classDir = join(outDir, 'classlib');
  const binPath = join(outDir, 'classlib.bin');
  const nativesPath = join(outDir, 'classlib-natives.json');
  compile(log, classDir);
  const files = listFiles(classDir, '.class');
  const entries = [];
  const infos = [];
  for (const f of files) {
    const bytes = readFileSync(f);
    const info = readClassInfo(bytes);
    const expected = relative(classDir, f).split(sep).join('/').replace(/\.class$/, '');
    if (info.name !== expected) throw new Error(`${f} declares class ${info.name}`);
    infos.push(info);
    entries.push({ name: info.name, bytes });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const missing = findMissing(infos);
  if (missing.size > 0) {
    const lines = [...missing].map(([cls, users]) => {
      const shown = users.slice(0, 4).join(', ') + (users.length > 4 ? `, ... (${users.length} classes)` : '');
      return `  ${cls}  <- ${shown}`;
    });
    const msg = `closure check: ${missing.size} class(es) referenced but not in the library:\n${lines.join('\n')}`;
    if (!allowMissing) throw new Error(msg);
    console.error(msg);
  }
  const natives = infos.flatMap((i) => i.natives).sort((a, b) => {
    const ka = `${a.class}.${a.name}${a.descriptor}`;
    const kb = `${b.class}.${b.name}${b.descriptor}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  writeFileSync(binPath, packClasses(entries));
  writeFileSync(nativesPath, JSON.stringify(natives, null, 2) + '\n');
  log(`wrote ${relative(ROOT, binPath)} (${entries.length} classes) and ${relative(ROOT, nativesPath)} (${natives.length} natives)`);
  return { classes: entries.length, natives, missing };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const outIndex = argv.indexOf('--out');
  const outDir = outIndex >= 0 ? resolve(argv[outIndex + 1]) : undefined;
  try {
    buildClasslib({ allowMissing: argv.includes('--allow-missing'), quiet: argv.includes('--quiet'), outDir });
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
