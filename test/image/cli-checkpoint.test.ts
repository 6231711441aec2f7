// Checkpoint and restore across processes, as users run them: `tern checkpoint PID -o FILE --stop`
// from outside (no program change), `tern restore FILE`, CRaC's -XX:CRaCCheckpointTo with
// org.crac.Core.checkpointRestore() and -XX:CRaCRestoreFrom, tern.Checkpoint from Java, and clear
// errors for bad images and bad requests. Output before the checkpoint plus output of the restored
// process must equal an uninterrupted run's.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { socketPath } from '../../src/host/node/control-endpoint.js';
import { javaWorkspace, TERN } from '../support/java-workspace.js';

const SOURCES: Record<string, string> = {
  // Prints a line every 20 ms with a growing map: long enough to be caught mid-run from outside.
  Ticker: `
import java.util.*;
public class Ticker {
  public static void main(String[] args) throws Exception {
    Map<Integer, String> seen = new TreeMap<>();
    StringBuilder log = new StringBuilder();
    Thread helper = new Thread(() -> { synchronized (seen) { seen.put(-1, "helper"); } }, "helper");
    helper.start();
    for (int i = 0; i < 40; i++) {
      synchronized (seen) { seen.put(i, Integer.toHexString(i * 2654435761L > 0 ? i * 7 : i)); }
      log.append(i % 10);
      System.out.println("tick " + i + " " + log.length() + " " + seen.size());
      // The tests checkpoint it after tick 10 from a new process (node, the bundle): leave that
      // process seconds to start on a loaded machine, or the program ends before it asks.
      Thread.sleep(i < 10 ? 20 : 80);
    }
    helper.join();
    System.out.println("done " + seen + " " + log);
  }
}`,
  // Holds 60,000 objects (more than one progress step of capture and encoding), then ticks until
  // it is checkpointed (for up to 10 s, so a slow machine still catches it); restored, it reports.
  Hoard: `
import java.util.*;
public class Hoard {
  public static void main(String[] args) throws Exception {
    List<int[]> kept = new ArrayList<>();
    for (int i = 0; i < 60000; i++) kept.add(new int[] { i, i * 3 });
    for (int i = 0; i < 500; i++) {
      if (tern.Checkpoint.isRestored()) { System.out.println("restored " + kept.size() + " " + kept.get(59999)[1]); return; }
      System.out.println("tick " + i);
      Thread.sleep(20);
    }
  }
}`,
  SelfCheckpoint: `
public class SelfCheckpoint {
  public static void main(String[] args) throws Exception {
    long sum = 0;
    for (int i = 0; i < 1000; i++) sum += i * (long) i;
    System.out.println("before " + sum + " restored=" + tern.Checkpoint.isRestored());
    boolean inRestored = tern.Checkpoint.save(args[0]);
    System.out.println("after " + sum + " inRestored=" + inRestored + " restored=" + tern.Checkpoint.isRestored());
  }
}`,
  CracApp: `
import org.crac.*;
public class CracApp {
  static class Res implements Resource {
    final String name;
    Res(String name) { this.name = name; }
    public void beforeCheckpoint(Context<? extends Resource> c) { System.out.println("before " + name); }
    public void afterRestore(Context<? extends Resource> c) { System.out.println("after " + name); }
  }
  public static void main(String[] args) throws Exception {
    Res a = new Res("a"), b = new Res("b");
    Core.getGlobalContext().register(a);
    Core.getGlobalContext().register(b);
    System.out.println("checkpointing");
    Core.checkpointRestore();
    System.out.println("restored " + a.name + b.name);
  }
}`,
};

let dir = '';
let classes = '';
beforeAll(() => {
  const ws = javaWorkspace('tern-cr-', SOURCES, { classes: 'classes' });
  dir = ws.dir;
  classes = ws.classes;
  return ws.remove;
});

function tern(args: string[], cwd = dir) {
  const r = spawnSync('node', [TERN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `tern -cp classes MAIN`; resolves once its output holds `marker`. `output()` is all it has printed so far. */
async function startUntil(main: string, marker: string) {
  const child = spawn('node', [TERN, '-cp', classes, main], { cwd: dir });
  let before = '';
  child.stdout.setEncoding('utf8');
  const exited = new Promise<number | null>((r) => child.on('exit', r));
  await new Promise<void>((resolve) => child.stdout.on('data', (c: string) => {
    before += c;
    if (before.includes(marker)) resolve();
  }));
  return { child, output: () => before, exited };
}

describe('checkpoint and restore from the command line', () => {
  it('checkpoints a running program from outside and restores it in a new process', async () => {
    const uninterrupted = tern(['-cp', classes, 'Ticker']);
    expect(uninterrupted.status).toBe(0);
    const image = join(dir, 'ticker.tern');
    const { child, output, exited } = await startUntil('Ticker', 'tick 10 ');
    const cp = tern(['checkpoint', String(child.pid), '-o', image, '--stop']);
    expect(cp.stderr).toBe('');
    expect(cp.status).toBe(0);
    expect(cp.stdout).toMatch(/^checkpoint written to .*ticker\.tern \(\d+ bytes\)\n$/);
    expect(await exited).toBe(0);
    // Moved elsewhere, restored from another working directory.
    const moved = join(dir, 'elsewhere.tern');
    writeFileSync(moved, readFileSync(image));
    const after = tern(['restore', moved], tmpdir());
    expect(after.stderr).toBe('');
    expect(after.status).toBe(0);
    expect(output() + after.stdout).toBe(uninterrupted.stdout);
  });

  it('reaches a VM whose pid a killed process had used, its socket file left behind', async () => {
    const uninterrupted = tern(['-cp', classes, 'Ticker']);
    const image = join(dir, 'reused.tern');
    const { child, output, exited } = await startUntil('Ticker', 'tick 10 ');
    // What a VM killed with SIGKILL leaves: a socket file nobody listens on, here under the pid
    // of a running VM that has not opened its endpoint yet.
    const stale = socketPath(child.pid!);
    mkdirSync(dirname(stale), { recursive: true, mode: 0o700 });
    const killed = spawnSync('node', ['-e', `require('net').createServer().listen(${JSON.stringify(stale)}, () => process.kill(process.pid, 'SIGKILL'))`]);
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(stale)).toBe(true);
    const cp = tern(['checkpoint', String(child.pid), '-o', image, '--stop']);
    rmSync(stale, { force: true }); // gone already when the VM replaced it; a failed run leaves nothing
    expect(cp.stderr).toBe('');
    expect(cp.status).toBe(0);
    expect(await exited).toBe(0);
    const after = tern(['restore', image]);
    expect(after.status).toBe(0);
    expect(output() + after.stdout).toBe(uninterrupted.stdout);
  });

  it('shows the progress of a checkpoint with --progress', async () => {
    const image = join(dir, 'hoard.tern');
    const { child, exited } = await startUntil('Hoard', 'tick 3\n');
    const cp = tern(['checkpoint', String(child.pid), '-o', image, '--stop', '--progress']);
    expect(cp.status).toBe(0);
    expect(await exited).toBe(0);
    // One line per phase at least (steps within a phase come every 100 ms).
    expect(cp.stderr).toMatch(/^capturing: 0 objects \(0 found so far\)$/m);
    const encoding = /^encoding: 0 of ([\d,]+) objects \(0%\)$/m.exec(cp.stderr);
    expect(Number(encoding?.[1]?.replaceAll(',', ''))).toBeGreaterThan(60000);
    expect(cp.stderr).toMatch(/^writing \d+\.\d MB$/m);
    expect(cp.stdout).toMatch(/^checkpoint written to .*hoard\.tern \(\d+ bytes\)\n$/);
    const after = tern(['restore', image]);
    expect(after.status).toBe(0);
    expect(after.stdout).toBe('restored 60000 179997\n');
  });

  it('checkpoints from Java with tern.Checkpoint.save and continues both runs', () => {
    const image = join(dir, 'self.tern');
    const first = tern(['-cp', classes, 'SelfCheckpoint', image]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe('before 332833500 restored=false\nafter 332833500 inRestored=false restored=false\n');
    const second = tern(['restore', image]);
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe('after 332833500 inRestored=true restored=true\n');
  });

  it('runs CRaC programs: resources notified in CRaC order, -XX:CRaCCheckpointTo and -XX:CRaCRestoreFrom', () => {
    const cr = join(dir, 'cr');
    execFileSync('mkdir', ['-p', cr]);
    const first = tern([`-XX:CRaCCheckpointTo=${cr}`, '-cp', classes, 'CracApp']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('checkpointing\nbefore b\nbefore a\n');
    const second = tern([`-XX:CRaCRestoreFrom=${cr}`]);
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe('after a\nafter b\nrestored ab\n');
  });

  it('reports damaged images and bad usage in one line with status 1', () => {
    const bad = join(dir, 'bad.tern');
    writeFileSync(bad, 'not an image at all');
    const r = tern(['restore', bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Error: cannot restore .*bad\.tern: .+\n$/);
    expect(tern(['restore', join(dir, 'missing.tern')]).stderr).toMatch(/^Error: cannot read image/);
    expect(tern(['checkpoint', 'abc']).status).toBe(1);
    const none = tern(['checkpoint', '999999', '-o', join(dir, 'x.tern')]);
    expect(none.status).toBe(1);
    expect(none.stderr).toBe('Error: no process 999999\n');
    // A process that is not a VM dies of the attach signal: said at once, not after the 5 s wait.
    const other = spawn('sleep', ['30']);
    const killed = tern(['checkpoint', String(other.pid), '-o', join(dir, 'y.tern')]);
    expect(killed.status).toBe(1);
    expect(killed.stderr).toBe(`Error: process ${other.pid} ended without answering (a tern VM that finished, or not a tern VM)\n`);
  });
});
