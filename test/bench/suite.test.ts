/**
 * @fileoverview Tests for bench/suite.mjs with stand-in VMs (small Node scripts), so that the
 * runner's rules are checked without a JVM: alternation, medians, checksum comparison against
 * the HotSpot subject, and "a failing VM is reported and the suite goes on".
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kernel } from '../../bench/kernels.mjs';
import { runKernels, runStartup, type Subject } from '../../bench/suite.mjs';

/**
 * A stand-in VM: argv is `<script> <mode> <MainClass> <n>`. Mode "good" prints checksum n*2 and
 * time_ns n; "bad" crashes on K1 and prints a wrong checksum elsewhere; Hello prints one line.
 */
const FAKE_VM = `
const [mode, main, n] = process.argv.slice(2);
if (main === 'Hello') { console.log(mode === 'good' ? 'hello' : 'bye'); process.exit(0); }
if (mode === 'bad' && main === 'K1') { console.error('\\nException in thread "main" boom'); process.exit(1); }
const checksum = mode === 'good' ? Number(n) * 2 : 7;
console.log('checksum=' + checksum + '\\ntime_ns=' + n);
`;

let dir = '';
let script = '';

/** A subject that runs the fake VM in the given mode. */
function subject(id: string, mode: 'good' | 'bad', hotspot: boolean): Subject {
  return { id, label: id, argv: [process.execPath, script, mode], hotspot, unavailable: null };
}

const kernels: Kernel[] = [
  { name: 'K1', iterations: 10, measures: 'first' },
  { name: 'K2', iterations: 20, measures: 'second' },
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tern-bench-suite-'));
  script = join(dir, 'fake-vm.mjs');
  writeFileSync(script, FAKE_VM);
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('runKernels', () => {
  it('reports failures per kernel and keeps going', () => {
    const lines: string[] = [];
    const subjects = [subject('javaXint', 'good', true), subject('tern', 'bad', false)];
    const results = runKernels(kernels, subjects, {
      cwd: dir,
      timeoutMs: 30_000,
      runs: 2,
      scale: 1,
      progress: (line) => lines.push(line),
    });
    expect(results.map((result) => [result.name, result.checksum])).toEqual([
      ['K1', '20'],
      ['K2', '40'],
    ]);
    const [k1, k2] = results;
    expect(k1.subjects.javaXint).toMatchObject({ status: 'ok', timesNs: [10, 10], medianNs: 10 });
    expect(k1.subjects.tern).toMatchObject({ status: 'failed', error: 'exit 1: Exception in thread "main" boom' });
    expect(k2.subjects.tern).toMatchObject({ status: 'failed', error: 'wrong checksum 7, HotSpot printed 40' });
    // A failed subject is not run again on that kernel: 2 reference runs + 1 failed run each.
    expect(lines.filter((line) => line.includes(' K1 '))).toHaveLength(3);
    expect(lines[1]).toMatch(/^\[1\/2\] K1 run 1\/2 tern: FAILED: exit 1: /);
  });

  it('checks runs made before HotSpot printed its checksum', () => {
    const subjects = [subject('tern', 'bad', false), subject('javaXint', 'good', true)];
    const [, k2] = runKernels(kernels, subjects, { cwd: dir, timeoutMs: 30_000, runs: 1, scale: 1, progress: () => {} });
    expect(k2.subjects.tern).toMatchObject({ status: 'failed', error: 'checksum 7 unconfirmed, HotSpot printed 40' });
    expect(k2.subjects.tern.medianNs).toBeNull();
  });

  it('never runs an unavailable subject and scales the work', () => {
    const subjects = [subject('javaXint', 'good', true), { ...subject('tern', 'good', false), unavailable: 'not built' }];
    const [k1] = runKernels([kernels[0]], subjects, {
      cwd: dir,
      timeoutMs: 30_000,
      runs: 1,
      scale: 0.5,
      progress: () => {},
    });
    expect(k1.iterations).toBe(5);
    expect(k1.subjects.tern).toMatchObject({ status: 'failed', error: 'not built', wallNs: [] });
  });
});

describe('runStartup', () => {
  it('times every command and fails a VM whose output differs from HotSpot', () => {
    const subjects = [
      { ...subject('java', 'good', true), fullCommand: false },
      { ...subject('tern', 'bad', false), fullCommand: false },
      { ...subject('nodeFloor', 'good', false), argv: [process.execPath, '-e', ''], fullCommand: true },
    ];
    const result = runStartup(subjects, { cwd: dir, timeoutMs: 30_000, runs: 2, mainClass: 'Hello', progress: () => {} });
    expect(result.expectedOutput).toBe('hello\n');
    expect(result.subjects.java.timesNs).toHaveLength(2);
    expect(result.subjects.nodeFloor.medianNs).toBeGreaterThan(0);
    expect(result.subjects.tern).toMatchObject({ status: 'failed', error: 'printed "bye\\n", HotSpot printed "hello\\n"' });
  });
});
