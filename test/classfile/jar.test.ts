/**
 * @fileoverview JarFile and the manifest against the JDK: jars made by the `jar` tool (deflated and
 * stored, with Main-Class and a Class-Path long enough to need 72-byte continuation lines) and a
 * hand-written manifest, read by Tern and by java.util.jar (the JarDump harness); corrupt jars get
 * the launcher's "Invalid or corrupt jarfile" error; mutated jars only ever raise JarFormatError.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JarFormatError } from '../../src/classfile/errors.js';
import { JarFile, crc32 } from '../../src/classfile/jar.js';
import { Manifest, parseManifest } from '../../src/classfile/manifest.js';
import { parseClassFile } from '../../src/classfile/parser.js';
import { nodeInflate } from '../../src/host/node/inflate.js';
import { compiledFixtures, compiledHarness } from './helpers/fixtures.js';
import { makeTempDir, removeDir, runTool } from './helpers/jdk.js';

const CLASS_PATH = Array.from({ length: 8 }, (_, i) => `lib/dependency-number-${i}-with-a-long-name.jar`);

let dir = '';
let harness = '';
let deflated = '';
let stored = '';
let handWritten = '';
let unterminated = '';
let classesDir = '';

beforeAll(() => {
  dir = makeTempDir('jar');
  harness = compiledHarness();
  const classes = compiledFixtures('jarapp', 17);
  classesDir = classes[0]!.slice(0, classes[0]!.lastIndexOf('/app/'));
  const manifest = join(dir, 'manifest.txt');
  writeFileSync(manifest, `Main-Class: app.Main\nClass-Path: ${CLASS_PATH.join(' ')}\nImplementation-Title: Tern test\n`);
  deflated = join(dir, 'app.jar');
  stored = join(dir, 'stored.jar');
  runTool('jar', ['--create', '--file', deflated, '--manifest', manifest, '-C', classesDir, '.']);
  runTool('jar', ['--create', '--no-compress', '--file', stored, '--manifest', manifest, '-C', classesDir, '.']);
  // A manifest written by hand and stored verbatim (--no-manifest keeps the jar tool from
  // rewriting it): CRLF and LF line ends, continued values and section names, odd header case.
  handWritten = join(dir, 'hand.jar');
  const text =
    'Manifest-Version: 1.0\r\nmain-class: app.Ma\r\n in\r\nX-Long: ' + 'abcdefghij'.repeat(6) + '\n klmnop\r\n\r\n' +
    'Name: app/Main.class\r\nX-Digest: 1234\r\n\r\nName: app/He\r\n lper.class\r\nSealed: true\r\n';
  const manifestDir = join(dir, 'hand');
  mkdirSync(join(manifestDir, 'META-INF'), { recursive: true });
  writeFileSync(join(manifestDir, 'META-INF', 'MANIFEST.MF'), text);
  runTool('jar', ['--create', '--no-manifest', '--file', handWritten, '-C', manifestDir, '.', '-C', classesDir, '.']);
  // Header names may start with '-' or '_'; a last line without a line break is not read.
  unterminated = join(dir, 'unterminated.jar');
  writeFileSync(join(manifestDir, 'META-INF', 'MANIFEST.MF'), 'Manifest-Version: 1.0\n_x-y: 1\n-z: 2\nMain-Class: app.Main');
  runTool('jar', ['--create', '--no-manifest', '--file', unterminated, '-C', manifestDir, '.']);
}, 120_000);

afterAll(() => removeDir(dir));

function open(path: string): JarFile {
  return new JarFile(new Uint8Array(readFileSync(path)), nodeInflate, path);
}

/** Tern's view of a jar in JarDump's format. */
function dump(path: string): string {
  const jar = open(path);
  const lines = [`jar ${path}`, ...jar.entries().map((e) => `entry ${e}`)];
  const m: Manifest | null = jar.manifest();
  if (m === null) return [...lines, 'no manifest'].join('\n') + '\n';
  const section = (title: string, entries: [string, string][]): void => {
    lines.push(title, ...entries.map(([k, v]) => `  ${k}: ${v}`).sort());
  };
  section('main', m.main.entries());
  for (const name of [...m.sections.keys()].sort()) {
    // java.util.jar keys sections by Name and does not repeat it among their attributes.
    section(`section ${name}`, m.sections.get(name)!.entries().filter(([k]) => k.toLowerCase() !== 'name'));
  }
  return lines.join('\n') + '\n';
}

describe('JarFile', () => {
  it('lists entries and reads the manifest as java.util.jar does', () => {
    const expected = runTool('java', ['-cp', harness, 'JarDump', deflated, stored, handWritten, unterminated]);
    expect(dump(deflated) + dump(stored) + dump(handWritten) + dump(unterminated)).toBe(expected);
  });

  it('reads Main-Class and the continued Class-Path', () => {
    const m = open(deflated).manifest()!;
    expect(m.mainClass).toBe('app.Main');
    expect(m.classPath).toEqual(CLASS_PATH);
    expect(open(handWritten).manifest()!.mainClass).toBe('app.Main');
    // The jar tool wrapped the long header: the raw manifest has continuation lines.
    const raw = new TextDecoder().decode(open(deflated).read('META-INF/MANIFEST.MF')!);
    expect(raw.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
  });

  it('returns the exact bytes of deflated and stored entries', () => {
    for (const path of [deflated, stored]) {
      const jar = open(path);
      for (const name of ['app/Main.class', 'app/Helper.class']) {
        const bytes = jar.read(name)!;
        expect(bytes).toEqual(new Uint8Array(readFileSync(join(classesDir, name))));
        expect(parseClassFile(bytes).name).toBe(name.slice(0, -'.class'.length));
      }
      expect(jar.read('app/Missing.class')).toBeNull();
      expect(jar.has('META-INF/')).toBe(true);
    }
  });

  it('runs: the jar is what java -jar runs', () => {
    expect(runTool('java', ['-jar', deflated, 'a', 'b'])).toBe('main a,b\n');
  });

  it('rejects corrupt jars with the launcher message', () => {
    const bytes = new Uint8Array(readFileSync(deflated));
    const truncated = join(dir, 'truncated.jar');
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 30));
    const java = spawnSync('java', ['-jar', truncated], { encoding: 'utf8' });
    let error: unknown;
    try {
      open(truncated);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JarFormatError);
    const fault = error as JarFormatError;
    expect(`Error: Invalid or corrupt jarfile ${fault.jarName}`).toBe(java.stderr.trim());
    expect(fault.javaClass).toBe('java/util/zip/ZipException');
  });

  it('refuses ZIP64 archives clearly', () => {
    const bytes = new Uint8Array(readFileSync(deflated));
    const eocd = bytes.length - 22;
    const zip64 = bytes.slice();
    zip64[eocd + 10] = 0xff; // total entries 0xFFFF means "see the ZIP64 record"
    zip64[eocd + 11] = 0xff;
    expect(() => new JarFile(zip64, nodeInflate, 'z.jar')).toThrow(/ZIP64 archives are not supported/);
  });

  it('detects a corrupted entry by its CRC', () => {
    const bytes = new Uint8Array(readFileSync(stored));
    const jar = open(stored);
    const data = jar.read('app/Main.class')!;
    const at = indexOf(bytes, data);
    const damaged = bytes.slice();
    damaged[at + 100]! ^= 0xff;
    expect(() => new JarFile(damaged, nodeInflate, 's.jar').read('app/Main.class')).toThrow(/invalid entry CRC/);
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('only ever raises JarFormatError on mutated jars', () => {
    const base = new Uint8Array(readFileSync(deflated));
    let random = 12345;
    const next = (n: number): number => {
      random = (Math.imul(random, 1103515245) + 12345) >>> 0;
      return random % n;
    };
    const failures: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const m = base.slice(0, i % 7 === 0 ? next(base.length) : base.length);
      for (let k = 0; k < 1 + next(4); k++) if (m.length > 0) m[next(m.length)] = next(256);
      try {
        const jar = new JarFile(m, nodeInflate, 'm.jar');
        for (const e of jar.entries()) jar.read(e);
        jar.manifest();
      } catch (e) {
        if (!(e instanceof JarFormatError)) failures.push(`mutant ${i}: ${String(e)}`);
      }
    }
    expect(failures.slice(0, 10).join('\n')).toBe('');
  });
});

describe('parseManifest', () => {
  it('joins continuation lines and splits sections', () => {
    const m = parseManifest(new TextEncoder().encode('Manifest-Version: 1.0\nClass-Path: a.jar\n  b.jar\n\nName: x/Y.class\nA: 1\n'));
    expect(m.main.get('CLASS-PATH')).toBe('a.jar b.jar');
    expect(m.classPath).toEqual(['a.jar', 'b.jar']);
    expect(m.sections.get('x/Y.class')!.get('a')).toBe('1');
    expect(m.mainClass).toBeNull();
  });

  it('rejects a line that is not a header', () => {
    expect(() => parseManifest(new TextEncoder().encode('Manifest-Version: 1.0\nnot a header\n'))).toThrow(/invalid header field/);
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
