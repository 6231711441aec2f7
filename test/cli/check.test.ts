// `tern check` end to end: javac-compiled fixtures (test/compat/fixtures) in a directory and in a
// jar, checked against the real class library; exit statuses 0/1/2, text and JSON output, and one
// clear error line for usage errors, unreadable jars and malformed class files.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TERN = join(import.meta.dirname, '..', '..', 'bin', 'tern.js');
const FIXTURES = join(import.meta.dirname, '..', 'compat', 'fixtures');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tern-check-cli-'));
  execFileSync('javac', ['--release', '17', '-d', join(dir, 'good'), join(FIXTURES, 'good', 'Good.java')]);
  execFileSync('javac', ['--release', '17', '-d', join(dir, 'missing'), join(FIXTURES, 'missing', 'Missing.java')]);
  execFileSync('jar', ['cf', join(dir, 'good.jar'), '-C', join(dir, 'good'), '.']);
  execFileSync('jar', ['cf', join(dir, 'missing.jar'), '-C', join(dir, 'missing'), '.']);
  mkdirSync(join(dir, 'bad', 'p'), { recursive: true });
  writeFileSync(join(dir, 'bad', 'p', 'Broken.class'), new Uint8Array([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 61, 0, 0]));
  writeFileSync(join(dir, 'notajar.jar'), 'not a zip\n');
  mkdirSync(join(dir, 'empty'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(...args: string[]) {
  const r = spawnSync('node', [TERN, 'check', ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const MISSING_REPORT = `java.awt:
  Point  (class missing; used by Missing)
    field int x  (used by Missing)
    field int y  (used by Missing)
    method Point(int, int)  (used by Missing)
    method void translate(int, int)  (used by Missing)

java.util.zip:
  CRC32  (class missing; used by Missing)
    method CRC32()  (used by Missing)
    method long getValue()  (used by Missing)
    method void update(byte[])  (used by Missing)

2 classes, 0 methods, 0 fields missing
`;

describe('tern check', () => {
  it('exits 0 when every reference resolves (directory and jar)', () => {
    for (const args of [['-cp', 'good'], ['good.jar'], ['good']]) {
      const r = check(...args);
      expect(r).toMatchObject({ status: 0, stderr: '' });
      expect(r.stdout).toMatch(/^all references resolve \(\d+ application classes checked\)\n$/);
    }
  });

  it('lists missing classes grouped by package and exits 1 (directory and jar)', () => {
    expect(check('-cp', 'missing')).toEqual({ status: 1, stdout: MISSING_REPORT, stderr: '' });
    expect(check('missing.jar')).toEqual({ status: 1, stdout: MISSING_REPORT, stderr: '' });
    expect(check('-cp', 'good:missing.jar').stdout).toBe(MISSING_REPORT);
  });

  it('prints JSON with --json', () => {
    const r = check('--json', 'missing.jar');
    expect(r.status).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.summary).toEqual({ classes: 2, methods: 0, fields: 0 });
    expect(j.missing.map((c: { class: string }) => c.class)).toEqual(['java.awt.Point', 'java.util.zip.CRC32']);
    expect(j.missing[1].members[1]).toEqual({ kind: 'method', name: 'getValue', descriptor: '()J', signature: 'long getValue()', usedBy: ['Missing'] });
    expect(JSON.parse(check('--json', 'good.jar').stdout)).toMatchObject({ ok: true, missing: [] });
  });

  it('rejects bad input with one error line and status 2', () => {
    const cases: [string[], RegExp][] = [
      [['-cp', 'bad'], /^Error: malformed class file .*bad\/p\/Broken\.class: java\.lang\.ClassFormatError: .+\n$/],
      [['notajar.jar'], /^Error: notajar\.jar is not a readable jar: .+\n$/],
      [['nothere.jar'], /^Error: cannot read nothere\.jar: no such file or directory\n$/],
      [['empty'], /^Error: no class files in empty\n$/],
    ];
    for (const [args, message] of cases) {
      const r = check(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    }
  });

  it('reports usage errors with status 2 and prints help with status 0', () => {
    for (const args of [[], ['-cp'], ['--frobnicate', 'good']]) {
      const r = check(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^Error: .+\nUsage: tern check/);
    }
    const help = check('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: tern check/);
  });
});
