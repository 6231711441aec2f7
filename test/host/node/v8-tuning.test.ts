// bin/code-cache.js (tuneV8, before any bundle runs) keeps V8 from optimizing JavaScript functions of more than
// MAX_OPTIMIZED_BYTECODE bytes of bytecode, meaning the JIT compiler's `instruction`. The
// interpreter's loop must stay below that limit (never optimized, it would run several times
// slower), and `instruction` above it (else the setting no longer does what docs/performance.md says).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OPTIMIZED_BYTECODE } from '../../../bin/code-cache.js';

const TERN = join(import.meta.dirname, '..', '..', '..', 'bin', 'tern.js');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tern-v8-tuning-'));
  // Enough library code (TreeMap, streams, String.format) that -Xcomp compiles a few hundred methods.
  writeFileSync(join(dir, 'Loop.java'), 'import java.util.*; public class Loop { public static void main(String[] a) { Map<String, Integer> m = new TreeMap<>(); ' +
    'for (int i = 0; i < 300; i++) m.merge("k" + (i % 17), i, Integer::sum); System.out.println(String.format("%s %d", m, m.values().stream().mapToInt(Integer::intValue).sum())); } }');
  execFileSync('javac', ['--release', '17', '-d', dir, join(dir, 'Loop.java')]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Node's arguments and the output of an -Xcomp run of Loop (it runs the interpreter and the JIT compiler). */
function runLoop(nodeArgs: string[]): string {
  const r = spawnSync(process.execPath, [...nodeArgs, TERN, '-Xcomp', '-cp', dir, 'Loop'], { encoding: 'utf8', maxBuffer: 256 << 20 });
  expect(r.status).toBe(0);
  return r.stdout + r.stderr;
}

/** V8's bytecode length of the function named `name` (the bundle keeps names). */
function bytecodeLength(name: string): number {
  const m = /Bytecode length: (\d+)/.exec(runLoop(['--print-bytecode', `--print-bytecode-filter=${name}`]));
  expect(m, `no bytecode printed for ${name}`).not.toBeNull();
  return Number(m![1]);
}

describe('V8 tuning', () => {
  it('keeps the interpreter loop optimizable and the JIT compiler\'s instruction function out', () => {
    expect(bytecodeLength('runThread')).toBeLessThan(MAX_OPTIMIZED_BYTECODE);
    expect(bytecodeLength('instruction')).toBeGreaterThan(MAX_OPTIMIZED_BYTECODE);
  });

  it('is applied: TurboFan never compiles instruction (it does with V8\'s default limit)', () => {
    const compiled = /completed compiling \S+ <JSFunction instruction /;
    expect(runLoop(['--trace-opt', '--max-optimized-bytecode-size=61440'])).toMatch(compiled);
    expect(runLoop(['--trace-opt'])).not.toMatch(compiled);
  });
});
