/**
 * @fileoverview The strong test of the analysis: for every method of every class javac compiled
 * from the fixtures (with -g and with -g:none), dataflow run WITHOUT the StackMapTable must agree
 * with every frame javac recorded (where the frame says int, float, long, double or reference) and
 * with the table-driven analysis at every pc. With TERN_SLOW=1 the same runs over all of java.base
 * from the installed JDK.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { differential, type DifferentialStats } from './helpers/differential.js';
import { allSources } from './helpers/fixtures.js';
import { compileJava, methodsWithCode, readClasses, type Compiled } from './helpers/javac.js';

function check(classes: Compiled): DifferentialStats {
  const stats: DifferentialStats = { methods: 0, frames: 0, pcs: 0 };
  const problems: string[] = [];
  for (const { cls, method } of methodsWithCode(classes)) problems.push(...differential(cls, method, stats));
  expect(problems).toEqual([]);
  return stats;
}

describe('dataflow against javac StackMapTable frames', () => {
  let debug: Compiled;
  let plain: Compiled;
  beforeAll(() => {
    debug = compileJava(allSources(), ['-g']);
    plain = compileJava(allSources(), ['-g:none']);
  });

  it('agrees on every method compiled with -g', () => {
    const stats = check(debug);
    expect(stats.methods).toBeGreaterThan(60);
    expect(stats.frames).toBeGreaterThan(100);
  });

  it('agrees on every method compiled with -g:none', () => {
    expect(check(plain).frames).toBeGreaterThan(100);
  });
});

describe.runIf(process.env.TERN_SLOW === '1')('dataflow against the JDK (TERN_SLOW)', () => {
  it('agrees on every method of java.base', () => {
    const javac = execFileSync('bash', ['-c', 'readlink -f "$(command -v javac)"']).toString().trim();
    const jmod = join(dirname(dirname(javac)), 'jmods', 'java.base.jmod');
    if (!existsSync(jmod)) return;
    const dir = mkdtempSync(join(tmpdir(), 'tern-jmod-'));
    try {
      execFileSync('jmod', ['extract', '--dir', dir, jmod], { stdio: 'pipe' });
      const stats = check(readClasses(join(dir, 'classes')));
      expect(stats.methods).toBeGreaterThan(10_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
