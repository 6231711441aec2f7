/**
 * -XX:TernCheckpointAtSlice (repeatable) with -XX:+TernCheckpointContinue: one run takes several
 * images and goes on, and each report says how much output the program had written when its image
 * was taken — what the consistency harness relies on to check every image against one run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runProcess } from '../support/process.js';
import { TERN_LAUNCHER } from '../support/tern.js';

const dir = mkdtempSync(join(tmpdir(), 'tern-slice-ckpt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SOURCE = `
public class Counter {
  public static void main(String[] args) throws Exception {
    long sum = 0;
    for (int i = 0; i < 40; i++) {
      for (int j = 0; j < 20000; j++) sum += (long) i * j % 7;
      System.out.println("line " + i + " " + sum);
      if (i % 10 == 0) System.err.println("err " + i);
    }
  }
}`;

const tern = (args: string[]) => runProcess(process.execPath, [TERN_LAUNCHER, ...args], { cwd: dir, timeoutMs: 60_000 });

describe('checkpoints at slices that let the program go on', () => {
  it('report the output written at each image, and each image continues the run from there', async () => {
    writeFileSync(join(dir, 'Counter.java'), SOURCE);
    execFileSync('javac', ['-d', dir, join(dir, 'Counter.java')]);
    const launch = ['-Xint', '-XX:TernSliceBudget=500', '-cp', dir, 'Counter'];
    const whole = await tern(['-XX:+TernPrintSliceCount', ...launch]);
    const out = whole.stdout.toString('latin1');
    const counted = /^([^]*)\[tern\] slices: (\d+)\n$/.exec(whole.stderr.toString('latin1'))!;
    const err = counted[1]!, slices = Number(counted[2]);
    const [early, late] = [Math.floor(slices * 0.4), Math.floor(slices * 0.8)];
    const images = [join(dir, 'a.tern'), join(dir, 'b.tern')];
    const run = await tern([`-XX:TernCheckpointAtSlice=${late}:${images[1]}`, `-XX:TernCheckpointAtSlice=${early}:${images[0]}`, '-XX:+TernCheckpointContinue',
      '-XX:+TernPrintCheckpointSite', ...launch]);
    const runErr = run.stderr.toString('latin1');
    const reports = [...runErr.matchAll(/\[tern\] checkpoint at slice (\d+): interpreted \(no JIT\) \(after stdout byte (\d+), stderr byte (\d+)\)\n/g)];
    // In slice order, whatever the order of the options.
    expect(reports.map((m) => Number(m[1]))).toEqual([early, late]);
    expect(run.stdout.toString('latin1')).toBe(out);
    expect(runErr.replace(/\[tern\] checkpoint at slice .*\n/g, '')).toBe(err);
    for (const [i, m] of reports.entries()) {
      const outAt = Number(m[2]), errAt = Number(m[3]);
      expect(outAt).toBeGreaterThan(0);
      expect(outAt).toBeLessThan(out.length);
      const rest = await tern(['restore', '-Xint', images[i]!]);
      expect(out.substring(0, outAt) + rest.stdout.toString('latin1')).toBe(out);
      expect(err.substring(0, errAt) + rest.stderr.toString('latin1')).toBe(err);
    }
  }, 120_000);
});
