/**
 * @fileoverview Tests for corpus discovery, directive parsing and the known-failures baseline.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBaseline } from './baseline.js';
import { readConfig } from './config.js';
import { discoverPrograms, filterPrograms, loadProgram, programEnvironment, readDirectives, splitWords } from './corpus.js';
import { createLimiter } from './process.js';

const temporaryDirs: string[] = [];

/** Creates a program directory with the given files and returns its path. */
function makeProgram(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tern-corpus-test-'));
  temporaryDirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('splitWords', () => {
  it('splits on whitespace and groups quoted words', () => {
    expect(splitWords('a  "b c" d""e ""')).toEqual(['a', 'b c', 'de', '']);
    expect(splitWords('   ')).toEqual([]);
  });

  it('rejects an unbalanced quote', () => {
    expect(() => splitWords('"open')).toThrow(/unbalanced/);
  });
});

describe('readDirectives', () => {
  it('reads the leading comment block only', () => {
    const text = '// main: p.Main\n// args: 1 2\nclass X {}\n// stdin: ignored.txt\n';
    expect([...readDirectives(text)]).toEqual([
      ['main', 'p.Main'],
      ['args', '1 2'],
    ]);
  });

  it('rejects unknown and repeated directives', () => {
    expect(() => readDirectives('// mian: X\n')).toThrow(/unknown directive/);
    expect(() => readDirectives('// args: a\n// args: b\n')).toThrow(/twice/);
  });
});

describe('loadProgram', () => {
  it('defaults the main class to the file named after the directory, with its package', () => {
    const dir = makeProgram({ 'Hello.java': 'package demo.app;\nclass Hello {}\n', 'Util.java': 'class Util {}\n' });
    const program = loadProgram(dir, 'misc/Hello');
    expect(program.mainClass).toBe('demo.app.Hello');
    expect(program.sources.map((source) => source.path)).toEqual(['Hello.java', 'Util.java']);
    expect(program.args).toEqual([]);
    expect(program.stdin.length).toBe(0);
  });

  it('reads every directive, from any source file', () => {
    const dir = makeProgram({
      'a/b/Main.java': '// main: a.b.Main\n// args: x "y z"\npackage a.b;\n',
      'Other.java': '// stdin: in.txt\n// tern-flags: -Xmx16m -Xss1m\n// java-flags: -Xmx64m\n// timeout: 30\n// consistency: skip wall-clock margins\n// env: TZ=Asia/Tokyo "X=a b"\n',
      'in.txt': 'input\n',
    });
    const program = loadProgram(dir, 'misc/Whatever');
    expect(program).toMatchObject({
      mainClass: 'a.b.Main',
      args: ['x', 'y z'],
      ternFlags: ['-Xmx16m', '-Xss1m'],
      javaFlags: ['-Xmx64m'],
      ternTimeoutMs: 30_000,
      consistencySkip: 'wall-clock margins',
      env: { TZ: 'Asia/Tokyo', X: 'a b' },
    });
    expect(programEnvironment(program)).toMatchObject({ TZ: 'Asia/Tokyo', X: 'a b', LANG: 'C.UTF-8' });
    expect(program.stdin.toString()).toBe('input\n');
  });

  it('rejects an env entry without a name', () => {
    const dir = makeProgram({ 'A.java': '// env: =x\n' });
    expect(() => loadProgram(dir, 'misc/A')).toThrow(/NAME=value/);
  });

  it('rejects a directive given in two files', () => {
    const dir = makeProgram({ 'A.java': '// args: 1\n', 'B.java': '// args: 2\n' });
    expect(() => loadProgram(dir, 'misc/A')).toThrow(/more than one file/);
  });
});

describe('discoverPrograms and filterPrograms', () => {
  it('finds category/Name directories and filters them by regular expression', () => {
    const root = makeProgram({
      'one/Alpha/Alpha.java': 'class Alpha {}\n',
      'one/Beta/Beta.java': 'class Beta {}\n',
      'two/Gamma/Gamma.java': 'class Gamma {}\n',
      'known-failures.txt': '',
    });
    const programs = discoverPrograms(root);
    expect(programs.map((program) => program.id)).toEqual(['one/Alpha', 'one/Beta', 'two/Gamma']);
    expect(filterPrograms(programs, 'Beta|two/').map((program) => program.id)).toEqual(['one/Beta', 'two/Gamma']);
    expect(filterPrograms(programs, undefined)).toHaveLength(3);
  });

  it('finds the real corpus with a main class for every program', () => {
    const programs = discoverPrograms();
    expect(programs.length).toBeGreaterThanOrEqual(110);
    for (const program of programs) expect(program.mainClass).not.toBe('');
  });
});

describe('parseBaseline', () => {
  it('reads ids and reasons, ignoring comments and blank lines', () => {
    const baseline = parseBaseline('# header\n\nthreads/Park  park not done # yet\nlib/Math   fdlibm\n');
    expect([...baseline]).toEqual([
      ['threads/Park', 'park not done'],
      ['lib/Math', 'fdlibm'],
    ]);
  });

  it('requires a reason and rejects duplicates', () => {
    expect(() => parseBaseline('a/B\n')).toThrow(/needs a reason/);
    expect(() => parseBaseline('a/B x\na/B y\n')).toThrow(/twice/);
  });
});

describe('readConfig', () => {
  it('has sensible defaults', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ only: undefined, ternFlags: [], jobs: 2, hotspotOnly: false, verifyHotspot: false, command: undefined });
  });

  it('reads every variable', () => {
    const config = readConfig({
      TERN_ONLY: 'threads/',
      TERN_FLAGS: '-Xint -Dx=1',
      TERN_TIMEOUT: '5',
      TERN_HOTSPOT_ONLY: '1',
      TERN_VERIFY_HOTSPOT: 'true',
      TERN_JOBS: '3',
      TERN_COMMAND: 'java -Xint',
    });
    expect(config).toMatchObject({
      only: 'threads/',
      ternFlags: ['-Xint', '-Dx=1'],
      ternTimeoutMs: 5000,
      hotspotOnly: true,
      verifyHotspot: true,
      jobs: 3,
      command: ['java', '-Xint'],
    });
  });

  it('rejects nonsense numbers', () => {
    expect(() => readConfig({ TERN_JOBS: '0' })).toThrow(/TERN_JOBS/);
    expect(() => readConfig({ TERN_TIMEOUT: 'soon' })).toThrow(/TERN_TIMEOUT/);
  });
});

describe('createLimiter', () => {
  it('never runs more tasks at once than it has slots', async () => {
    const limit = createLimiter(2);
    let running = 0;
    let peak = 0;
    const task = async (): Promise<void> => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setImmediate(resolve));
      running--;
    };
    await Promise.all(Array.from({ length: 10 }, () => limit(task)));
    expect(peak).toBe(2);
  });
});
