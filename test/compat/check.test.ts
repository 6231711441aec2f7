// The analysis behind `tern check` (src/compat): an application compiled by javac against version 1
// of a small library is checked against version 2 of it, which lacks members and a class, so every
// resolution rule (superclass, superinterface default, constructor, field, lambda interface) is
// exercised against known answers; plus the real class library on a program that uses only it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkApplication, parseApplication, type ApplicationClass, BadClassFileError } from '../../src/compat/check.js';
import { formatJson, formatText } from '../../src/compat/report.js';
import { ClassLibrary } from '../../src/runtime/class-path.js';
import { loadClassLibrary } from '../../src/host/node/class-library.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
let dir = '';

function javac(out: string, cp: string | null, sources: string[]): void {
  execFileSync('javac', ['--release', '17', '-d', out, ...(cp ? ['-cp', cp] : []), ...sources]);
}

function javaFiles(d: string): string[] {
  return readdirSync(d, { recursive: true }).map(String).filter((f) => f.endsWith('.java')).map((f) => join(d, f));
}

function classesIn(d: string): ApplicationClass[] {
  return readdirSync(d, { recursive: true }).map(String).filter((f) => f.endsWith('.class') && statSync(join(d, f)).isFile())
    .sort().map((f) => ({ name: f.slice(0, -6), source: join(d, f), bytes: readFileSync(join(d, f)) }));
}

function libraryOf(d: string): (name: string) => Uint8Array | null {
  const real = new ClassLibrary(loadClassLibrary());
  const own = new Map(classesIn(d).map((c) => [relative(d, c.source).slice(0, -6), c.bytes]));
  return (n) => own.get(n) ?? real.get(n);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tern-check-'));
  javac(join(dir, 'lib1'), null, javaFiles(join(FIXTURES, 'lib1')));
  javac(join(dir, 'lib2'), null, javaFiles(join(FIXTURES, 'lib2')));
  javac(join(dir, 'app'), join(dir, 'lib1'), javaFiles(join(FIXTURES, 'app')));
  javac(join(dir, 'good'), null, javaFiles(join(FIXTURES, 'good')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkApplication', () => {
  it('finds nothing missing against the library the application was compiled with', () => {
    const r = checkApplication(parseApplication(classesIn(join(dir, 'app'))), libraryOf(join(dir, 'lib1')));
    expect(r.classes).toEqual([]);
    expect(formatText(r)).toBe('all references resolve (2 application classes checked)\n');
  });

  it('follows JVM resolution against a library that lost members', () => {
    const r = checkApplication(parseApplication(classesIn(join(dir, 'app'))), libraryOf(join(dir, 'lib2')));
    const seen = r.classes.map((c) => [c.name, c.classMissing, c.members.map((m) => `${m.kind} ${m.name}${m.descriptor}`)]);
    expect(seen).toEqual([
      // grow via Base and via the app subclass, count via the subclass, tag() that Named no longer inherits
      ['lib/Base', false, ['field countI', 'method <init>(I)V', 'method grow(I)V', 'method tag()I']],
      ['lib/Fn', false, ['method apply(I)I']],
      ['lib/Gone', true, ['field VALUELjava/lang/Object;', 'method twice(I)I']],
    ]);
    expect([r.missingClasses, r.missingMethods, r.missingFields]).toEqual([1, 4, 1]);
    expect(r.classes[0]!.members.find((m) => m.name === 'grow')!.usedBy).toEqual(['app/Main']);
    expect(r.classes[0]!.members.find((m) => m.name === 'count')!.usedBy).toEqual(['app/Main$Sub']);
    const text = formatText(r);
    expect(text).toContain('lib:\n  Base\n    field int count  (used by app.Main$Sub)\n    method Base(int)  (used by app.Main$Sub)\n');
    expect(text).toContain('  Gone  (class missing; used by app.Main)\n');
    expect(text.endsWith('\n1 class, 4 methods, 1 field missing\n')).toBe(true);
    const json = JSON.parse(formatJson(r));
    expect(json.ok).toBe(false);
    expect(json.summary).toEqual({ classes: 1, methods: 4, fields: 1 });
    expect(json.missing[1]).toMatchObject({ class: 'lib.Fn', classMissing: false, members: [{ name: 'apply', signature: 'int apply(int)' }] });
  });

  it('resolves a program that uses only the class library (lambdas, records, enums with bodies, arrays)', () => {
    const library = new ClassLibrary(loadClassLibrary());
    const r = checkApplication(parseApplication(classesIn(join(dir, 'good'))), (n) => library.get(n));
    expect(r.classes).toEqual([]);
  });

  it('rejects a malformed class file with its source and the format error', () => {
    const bad: ApplicationClass = { name: 'Bad', source: 'x/Bad.class', bytes: new Uint8Array([0xca, 0xfe, 0xba, 0xbe, 0, 0]) };
    expect(() => parseApplication([bad])).toThrow(BadClassFileError);
    expect(() => parseApplication([bad])).toThrow(/^x\/Bad\.class: java\.lang\.ClassFormatError: /);
  });
});
