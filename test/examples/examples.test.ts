// The embedding examples (examples/*.ts) run as users run them, from the build, and print what
// their comments promise.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const run = (name: string) => spawnSync('node', [join(ROOT, 'dist', 'examples', `${name}.js`)], { encoding: 'utf8', timeout: 120_000 });

describe('embedding examples', () => {
  it('call-static: static methods with arguments and results, and a Java exception', () => {
    const r = run('call-static');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe([
      'mean 4.416666666666667',
      'histogram Int32Array(4) [ 1, 3, 1, 1 ]',
      'samples: n=6 mean=4.416666666666667 sd=2.6365486699260625',
      '20! = 2432902008176640000n',
      'Java threw java.lang.ArithmeticException - long overflow',
      'exit status 0',
      '',
    ].join('\n'));
  });

  it('checkpoint-resume: a computation saved mid-way finishes after a restore', () => {
    const r = run('checkpoint-resume');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('saved call 1 while it ran\ncall 1 resumed and returned 9592\n');
  });

  it('jit-events: compile and deopt events of a hot method, summarised', () => {
    const r = run('jit-events');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('kernel compiled; one more run gives 32751545000n');
    expect(lines[1]).toBe('checked: 85723334 with 1000 divisions by zero');
    expect(r.stdout).toMatch(/^Hot\.kernel\(II\)J: compiled [1-8]x \((invocations|backedges)/m);
    expect(r.stdout).toMatch(/^Hot\.ratio\(II\)I: compiled [1-8]x \(invocations; /m);
    expect(r.stdout).toMatch(/^ {2}deopts: (.*, )?throw \d+x/m);
    expect(r.stdout).toMatch(/^Hot\.checked\(I\)Ljava\/lang\/String;: (not )?compiled/m);
    expect(r.stdout).toMatch(/^Hot\.ratio stops: entry-poll@0 throw-check@2( |$)/m);
    expect(r.stdout.endsWith('exit status 0\n')).toBe(true);
  });

  it('migrate: a computation moved to another process finishes there', () => {
    const r = run('migrate');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('call 1 moved to another process and returned 9592\n');
  });
});
