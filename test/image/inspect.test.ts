// `tern inspect image`: what an image holds, as text and JSON, read from a real checkpoint of a
// program with threads waiting, sleeping and running; damaged images and bad usage fail cleanly.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { javaWorkspace, TERN } from '../support/java-workspace.js';

const SOURCE = `
import java.util.*;
public class Snap {
  static final Object LOCK = new Object();
  static List<int[]> data = new ArrayList<>();
  public static void main(String[] args) throws Exception {
    for (int i = 0; i < 1000; i++) data.add(new int[i % 50]);
    Thread w = new Thread(() -> { synchronized (LOCK) { try { LOCK.wait(); } catch (InterruptedException e) {} } }, "waiter");
    w.setDaemon(true); w.start();
    Thread s = new Thread(() -> { try { Thread.sleep(100000); } catch (InterruptedException e) {} }, "sleeper");
    s.setDaemon(true); s.start();
    Thread.sleep(50);
    System.out.println("restored=" + tern.Checkpoint.save(args[0]));
  }
}`;

let dir = '';
let image = '';
const tern = (...args: string[]) => spawnSync('node', [TERN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

beforeAll(() => {
  const ws = javaWorkspace('tern-inspect-', { Snap: SOURCE }, { javac: ['-g'] });
  dir = ws.dir;
  image = join(dir, 'snap.tern');
  expect(tern('-cp', dir, 'Snap', image).stdout).toBe('restored=false\n');
  return ws.remove;
});

describe('tern inspect image', () => {
  it('shows threads with frames, line numbers and parked states, monitors and the heap by class', () => {
    const r = tern('inspect', 'image', image, '--top', '3');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Image .*snap\.tern: \d+ bytes, format 6, uncompressed\n {2}main class Snap, captured \d{4}-/);
    expect(r.stdout).toContain("(this installation's)");
    expect(r.stdout).toContain('  application: Snap\n');
    expect(r.stdout).toContain('"main" #1\n   java.lang.Thread.State: RUNNABLE\n\tat tern.Checkpoint.checkpoint0(Native Method)\n');
    expect(r.stdout).toMatch(/\tat Snap\.main\(Snap\.java:13\) pc \d+\n/);
    expect(r.stdout).toMatch(/"waiter" #2 daemon\n {3}java\.lang\.Thread\.State: WAITING \(on object monitor\)\n\tat java\.lang\.Object\.wait0\(Native Method\)\n\t- waiting on <#\d+ java\.lang\.Object>\n/);
    expect(r.stdout).toMatch(/"sleeper" #3 daemon\n {3}java\.lang\.Thread\.State: TIMED_WAITING \(sleeping\), \d+ ms left\n/);
    expect(r.stdout).toMatch(/\tat Snap\.lambda\$main\$1\(Snap\.java:10\) pc \d+\n/);
    expect(r.stdout).toMatch(/Monitors:\n {2}<#\d+ java\.lang\.Object> not owned; waiting: "waiter"\n/);
    // 1000 int[] of 0..49 elements: 16-byte header plus elements, 8-aligned.
    let bytes = 0;
    for (let i = 0; i < 1000; i++) bytes += (16 + (i % 50) * 4 + 7) & ~7;
    expect(r.stdout).toMatch(new RegExp(`\\n {2}int\\[\\] +1000 +${bytes}\\n`));
    expect(r.stdout).toMatch(/\n {2}\(\d+ more classes\) +\d+ +\d+\n$/);
  });

  it('gives the same facts as JSON', () => {
    const r = tern('inspect', 'image', image, '--json');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary.mainClass).toBe('Snap');
    expect(report.libraryMatches).toBe(true);
    expect(report.threads.map((t: { name: string }) => t.name)).toEqual(['main', 'waiter', 'sleeper']);
    expect(report.threads[1].blockedOn).toMatch(/^#\d+ java\.lang\.Object$/);
    expect(report.threads[2].remainingMs).toBeGreaterThan(90_000);
    expect(report.heap.byClass.find((c: { className: string }) => c.className === 'int[]').count).toBe(1000);
  });

  it('reports damaged images, missing files and bad usage in one line with status 1', () => {
    const damaged = join(dir, 'damaged.tern');
    const b = readFileSync(image);
    b[b.length >> 1] ^= 0xff;
    writeFileSync(damaged, b);
    const cases: Array<[string[], RegExp]> = [
      [['inspect', 'image', damaged], /^Error: .*damaged\.tern: checksum mismatch .*: the image is damaged\n$/],
      [['inspect', 'image', join(dir, 'missing.tern')], /^Error: cannot read .*missing\.tern: no such file\n$/],
      [['inspect'], /^Usage: tern inspect image FILE \[--json\] \[--top N\]\n {7}tern inspect trace FILE .*\n {7}tern inspect --serve PORT .*\n$/],
      [['inspect', 'image', image, '--top', 'x'], /^Error: unexpected argument --top\n/],
    ];
    for (const [args, message] of cases) {
      const r = tern(...args);
      expect(r.stderr).toMatch(message);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
    }
  });
});
