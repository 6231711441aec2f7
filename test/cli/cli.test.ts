// The `tern` command against the `java` launcher: the same wording, streams and exit statuses for
// usage errors, missing classes, jars and VM-creation errors (both run live, side by side).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TERN = join(import.meta.dirname, '..', '..', 'bin', 'tern.js');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tern-cli-'));
  writeFileSync(join(dir, 'Hello.java'), 'public class Hello { public static void main(String[] a) { System.out.println("hi " + String.join(",", a)); } }');
  writeFileSync(join(dir, 'NoMain.java'), 'public class NoMain { }');
  writeFileSync(join(dir, 'Exit.java'), 'public class Exit { public static void main(String[] a) { System.out.println("bye"); System.exit(42); } }');
  execFileSync('javac', ['--release', '17', '-d', dir, join(dir, 'Hello.java'), join(dir, 'NoMain.java'), join(dir, 'Exit.java')]);
  writeFileSync(join(dir, 'manifest.txt'), 'Main-Class: Hello\n');
  execFileSync('jar', ['cfm', join(dir, 'app.jar'), join(dir, 'manifest.txt'), '-C', dir, 'Hello.class']);
  execFileSync('jar', ['cf', join(dir, 'nomain.jar'), '-C', dir, 'Hello.class']);
  writeFileSync(join(dir, 'bad.jar'), 'not a zip\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(cmd: string[], args: string[]) {
  const r = spawnSync(cmd[0]!, [...cmd.slice(1), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CASES: string[][] = [
  ['-foo', 'Hello'],
  ['-cp', '.', 'Missing'],
  ['-cp', '.', 'NoMain'],
  ['-cp'],
  ['-cp', '.', 'Hello', 'a', 'b c'],
  ['-classpath', '.', 'Exit'],
  ['--class-path', '.', 'Hello'],
  ['-jar', 'app.jar', 'x', 'y'],
  ['-jar', 'missing.jar'],
  ['-jar', 'nomain.jar'],
  ['-jar', 'bad.jar'],
  ['-Xmx', 'Hello'],
  ['-Xmxfoo', '-cp', '.', 'Hello'],
  ['-Xmx1m', '-cp', '.', 'Hello'],
  ['-Xss1k', '-cp', '.', 'Hello'],
  ['-Xmx64m', '-Xss512k', '-Dk=v', '-Xint', '-cp', '.', 'Hello'],
];

describe('tern vs java launcher', () => {
  for (const args of CASES) {
    it(`tern ${args.join(' ')}`, () => {
      expect(run(['node', TERN], args)).toEqual(run(['java'], args));
    });
  }

  it('prints java-style usage for no arguments and for -jar without a jar', () => {
    for (const args of [[], ['-jar']]) {
      const tern = run(['node', TERN], args);
      const java = run(['java'], args);
      expect(tern.status).toBe(java.status);
      expect(tern.stdout).toBe(java.stdout);
      expect(tern.stderr.split('\n')[0]).toBe('Usage: tern [options] <mainclass> [args...]');
    }
  });

  it('prints its version and help with status 0', () => {
    const v = run(['node', TERN], ['-version']);
    expect(v.status).toBe(0);
    expect(v.stderr).toMatch(/^tern version/);
    const h = run(['node', TERN], ['--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/-Xmx<size>/);
  });
});
