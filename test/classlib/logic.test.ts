/**
 * @fileoverview Differential checks of the class library's pure-logic code against HotSpot.
 *
 * Tern cannot run the library yet, but much of it is plain Java over arrays and primitives:
 * charset coding, Integer/Long parsing and formatting, Math's exact functions, Character's
 * Latin-1 tables, String case mapping, StringBuilder, and the java.io streams. Shadow copies
 * of those classes (test/classlib/support/shadow.ts) run on the real JDK next to the classes
 * they imitate, driven by randomized programs in test/classlib/logic/ that compare results,
 * exception types and messages. The expected behaviour is always HotSpot's own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeShadowSources } from './support/shadow.js';

const DRIVERS_DIR = join(import.meta.dirname, 'logic');

/** Driver main class and the rounds it runs (chosen to take a few seconds each). */
const DRIVERS: [string, number][] = [
  ['tcl.lang.FuzzCoding', 60_000],
  ['tcl.lang.FuzzNumbers', 8_000],
  ['tcl.lang.FuzzMath', 15_000],
  ['tcl.lang.FuzzStrings', 10_000],
  ['tcl.io.FuzzIo', 3_000],
];

let work = '';
let classes = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tern-classlib-logic-'));
  classes = join(work, 'classes');
  const sources = writeShadowSources(join(work, 'src'));
  const drivers = readdirSync(DRIVERS_DIR).filter((f) => f.endsWith('.java')).map((f) => join(DRIVERS_DIR, f));
  const r = spawnSync('javac', ['-nowarn', '-g', '-encoding', 'UTF-8', '-d', classes, ...sources, ...drivers], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`javac failed:\n${r.stdout}${r.stderr}`);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('class-library logic matches HotSpot', () => {
  it.each(DRIVERS)('%s', (main, rounds) => {
    // Fast-throw would make HotSpot's own hot implicit exceptions lose their messages.
    const r = spawnSync('java', ['-XX:-OmitStackTraceInFastThrow', '-cp', classes, main, String(rounds)], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const summary = lines[lines.length - 1] ?? '';
    expect(summary, r.stdout).toMatch(/^cases=\d+ bad=0$/);
  });
});
