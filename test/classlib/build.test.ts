/**
 * @fileoverview Checks the class-library build against docs/classlib-contract.md: the library
 * compiles and is closed (names no class outside itself but the VM-intercepted bootstrap
 * types), classlib.bin holds exactly the compiled classes, classlib-natives.json lists exactly
 * the native methods, every class and VM-known member the contract names is there with the
 * contract's descriptor and modifiers, and every public or protected member matches JDK 17's
 * signature (checked by reflection on the real JDK).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  VM_INTERCEPTED,
  findMissing,
  listFiles,
  readClassInfo,
  unpackClasses,
  type ClassInfo,
  type NativeInfo,
} from '../../scripts/build-classlib.mjs';
import { runProcess } from '../support/process.js';
import { CONTRACT_CLASSES, CONTRACT_MEMBERS, type ContractMember } from './support/contract.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ACC_PUBLIC = 0x0001;
const ACC_PRIVATE = 0x0002;
const ACC_PROTECTED = 0x0004;
const ACC_STATIC = 0x0008;
const ACC_FINAL = 0x0010;
const ACC_VOLATILE = 0x0040;
const ACC_BRIDGE = 0x0040;
const ACC_NATIVE = 0x0100;
const ACC_INTERFACE = 0x0200;
const ACC_ABSTRACT = 0x0400;
const ACC_SYNTHETIC = 0x1000;

let outDir = '';
let bin = new Map<string, Buffer>();
let infos = new Map<string, ClassInfo>();
let nativesJson: NativeInfo[] = [];

// The build (javac over the whole library, a minute on a busy machine) runs in a child process:
// done in this worker it would block the worker's event loop long enough for vitest's own calls
// to time out ("Timeout calling onTaskUpdate"), failing the run though every test passed.
beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'tern-classlib-build-'));
  const build = await runProcess(process.execPath, [join(ROOT, 'scripts', 'build-classlib.mjs'), '--quiet', '--out', outDir], { cwd: ROOT, timeoutMs: 600_000 });
  expect(build.exitCode, build.stderr.toString()).toBe(0);
  bin = unpackClasses(readFileSync(join(outDir, 'classlib.bin')));
  infos = new Map([...bin].map(([name, bytes]) => [name, readClassInfo(bytes)]));
  nativesJson = JSON.parse(readFileSync(join(outDir, 'classlib-natives.json'), 'utf8')) as NativeInfo[];
}, 600_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const memberKey = (cls: string, name: string, descriptor: string): string => `${cls}.${name}${descriptor}`;

describe('class-library build', () => {
  it('packs exactly the compiled classes into classlib.bin, in name order', () => {
    const compiled = listFiles(join(outDir, 'classlib'), '.class').map((f) =>
      f.slice(join(outDir, 'classlib').length + 1).replace(/\\/g, '/').replace(/\.class$/, ''),
    );
    expect([...bin.keys()]).toEqual([...compiled].sort());
    for (const [name, bytes] of bin) {
      expect(bytes.equals(readFileSync(join(outDir, 'classlib', `${name}.class`))), name).toBe(true);
    }
  });

  it('names no class outside the library except the VM-intercepted bootstrap types', () => {
    expect(findMissing([...infos.values()])).toEqual(new Map());
    for (const intercepted of VM_INTERCEPTED) {
      expect(intercepted).toMatch(/^java\/lang\/(invoke|runtime)\//);
      expect(bin.has(intercepted), intercepted).toBe(false);
    }
  });

  it('compiles to Java 17 class files (major version 61)', () => {
    for (const [name, bytes] of bin) {
      expect(bytes.readUInt16BE(6), name).toBe(61);
    }
  });

  it('lists every native method in classlib-natives.json, and nothing else', () => {
    const fromClasses = [...infos.values()].flatMap((i) =>
      i.members
        .filter((m) => m.kind === 'method' && (m.flags & ACC_NATIVE) !== 0)
        .map((m) => ({ class: i.name, name: m.name, descriptor: m.descriptor, static: (m.flags & ACC_STATIC) !== 0 })),
    );
    const key = (n: NativeInfo): string => `${memberKey(n.class, n.name, n.descriptor)} ${n.static}`;
    expect(nativesJson.map(key).sort()).toEqual(fromClasses.map(key).sort());
  });

  it('has every class the contract names', () => {
    const missing = CONTRACT_CLASSES.filter((c) => !bin.has(c));
    expect(missing).toEqual([]);
  });

  it('has the VM-known fields and methods with the contract\'s descriptors and modifiers', () => {
    const problems: string[] = [];
    for (const want of CONTRACT_MEMBERS) {
      const info = infos.get(want.cls);
      const member = info?.members.find(
        (m) => m.kind === want.kind && m.name === want.name && m.descriptor === want.descriptor,
      );
      if (!member) {
        problems.push(`missing ${want.kind} ${memberKey(want.cls, want.name, want.descriptor)}`);
        continue;
      }
      const wrong = modifierProblems(want, member.flags);
      if (wrong) problems.push(`${memberKey(want.cls, want.name, want.descriptor)}: ${wrong}`);
    }
    expect(problems).toEqual([]);
  });

  it('declares only natives the contract documents', () => {
    const documented = new Set(
      CONTRACT_MEMBERS.filter((m) => m.modifiers.includes('native')).map((m) => memberKey(m.cls, m.name, m.descriptor)),
    );
    const undocumented = nativesJson.map((n) => memberKey(n.class, n.name, n.descriptor)).filter((k) => !documented.has(k));
    expect(undocumented).toEqual([]);
  });

  it('matches JDK 17 in every public and protected signature and superclass', async () => {
    const apiDir = join(outDir, 'api');
    const javac = await runProcess('javac', ['-d', apiDir, join(import.meta.dirname, 'support', 'ApiDump.java')], { cwd: outDir, timeoutMs: 120_000 });
    expect(javac.exitCode, javac.stderr.toString()).toBe(0);
    // org.crac (CRaC's API) and tern (Tern's own) are not Java SE: checked by their own tests.
    // jdk.internal is not exported to programs (javac rejects it), so its classes are ours to shape.
    const publicClasses = [...infos.values()].filter(
      (i) => (i.accessFlags & ACC_PUBLIC) !== 0 && !/^(org\/crac|tern|jdk\/internal)\//.test(i.name),
    );
    const dump = await runProcess('java', ['-cp', apiDir, 'ApiDump'], {
      cwd: outDir,
      stdin: Buffer.from(publicClasses.map((i) => i.name.replace(/\//g, '.')).join('\n') + '\n'),
      timeoutMs: 120_000,
    });
    expect(dump.exitCode, dump.stderr.toString()).toBe(0);
    const jdk = parseApiDump(dump.stdout.toString('utf8'));
    const problems: string[] = [];
    for (const info of publicClasses) {
      const dotted = info.name.replace(/\//g, '.');
      const theirs = jdk.get(dotted);
      if (!theirs) {
        problems.push(`class ${dotted} is not in JDK 17`);
        continue;
      }
      const ourSuper = info.superName?.replace(/\//g, '.') ?? '-';
      const isInterface = (info.accessFlags & ACC_INTERFACE) !== 0;
      if (!isInterface && theirs.superName !== ourSuper) {
        problems.push(`${dotted} extends ${ourSuper}, JDK 17: ${theirs.superName}`);
      }
      for (const m of info.members) {
        if ((m.flags & (ACC_PUBLIC | ACC_PROTECTED)) === 0 || (m.flags & ACC_SYNTHETIC) !== 0) continue;
        if (m.kind === 'method' && (m.flags & ACC_BRIDGE) !== 0) continue;
        const key = `${m.kind === 'field' ? 'F' : 'M'} ${m.name} ${m.descriptor} ${m.flags & ACC_STATIC ? 'S' : 'I'}`;
        if (!theirs.members.has(key)) problems.push(`${dotted}: ${key} is not JDK 17 API`);
      }
    }
    expect(problems).toEqual([]);
  });
});

/** Checks the modifiers the contract asks for; returns a description of what differs. */
function modifierProblems(want: ContractMember, flags: number): string | undefined {
  const access = flags & (ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED);
  const checks: [string, boolean][] = [
    ['public', access === ACC_PUBLIC],
    ['private', access === ACC_PRIVATE],
    ['protected', access === ACC_PROTECTED],
    ['package', access === 0],
    ['static', (flags & ACC_STATIC) !== 0],
    ['instance', (flags & ACC_STATIC) === 0],
    ['final', (flags & ACC_FINAL) !== 0],
    ['volatile', want.kind === 'field' && (flags & ACC_VOLATILE) !== 0],
    ['native', want.kind === 'method' && (flags & ACC_NATIVE) !== 0],
    ['java', want.kind === 'method' && (flags & (ACC_NATIVE | ACC_ABSTRACT)) === 0],
    ['abstract', (flags & ACC_ABSTRACT) !== 0],
  ];
  const failed = checks.filter(([word, ok]) => want.modifiers.includes(word) && !ok).map(([word]) => word);
  return failed.length > 0 ? `expected ${failed.join(' ')} (flags 0x${flags.toString(16)})` : undefined;
}

/** One JDK class as printed by ApiDump. */
interface JdkClass {
  superName: string;
  members: Set<string>;
}

function parseApiDump(text: string): Map<string, JdkClass> {
  const classes = new Map<string, JdkClass>();
  let current: JdkClass | undefined;
  for (const line of text.split('\n')) {
    const [kind, name, ...rest] = line.split(' ');
    if (kind === 'K' && name) {
      current = { superName: rest[1] ?? '-', members: new Set() };
      classes.set(name, current);
    } else if ((kind === 'M' || kind === 'F') && current) {
      current.members.add(`${kind} ${name} ${rest[0]} ${rest[1]}`);
    } else if (kind === 'X') {
      current = undefined;
    }
  }
  return classes;
}
