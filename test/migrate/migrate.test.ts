// Migration between two Tern processes: `tern serve` receives, `tern migrate PID HOST:PORT` sends a
// running program there, which continues with exactly the output the uninterrupted run would give;
// a stranger (wrong token) is refused and logged and the program keeps running where it was. Run on
// loopback, and between two network namespaces when the machine allows creating them.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { javaWorkspace, TERN } from '../support/java-workspace.js';

const PROGRAM = `
import java.util.*;
public class Wanderer {
  public static void main(String[] args) throws Exception {
    List<String> trail = new ArrayList<>();
    Object lock = new Object();
    int[] shared = new int[1];
    Thread counter = new Thread(() -> { for (int i = 0; i < 30; i++) { synchronized (lock) { shared[0]++; } try { Thread.sleep(10); } catch (InterruptedException e) { } } }, "counter");
    counter.start();
    for (int i = 0; i < 30; i++) {
      trail.add(Integer.toString(i * i, 36));
      System.out.println("step " + i + " " + String.join("", trail).length());
      Thread.sleep(40);
    }
    counter.join();
    System.out.println("arrived " + trail + " " + shared[0]);
  }
}`;

const SELF_MIGRATING = `
public class Traveller {
  public static void main(String[] args) throws Exception {
    StringBuilder log = new StringBuilder("packed");
    System.out.println("leaving " + log);
    try {
      tern.Checkpoint.migrate("127.0.0.1", Integer.parseInt(args[0]), args[1]);
    } catch (tern.CheckpointFailedException e) {
      System.out.println("still here: " + e.getMessage());
      return;
    }
    log.append(", unpacked");
    System.out.println("arrived " + log + " restored=" + tern.Checkpoint.isRestored());
  }
}`;

let dir = '';
let classes = '';
const children: ChildProcess[] = [];
beforeAll(() => {
  const ws = javaWorkspace('tern-migrate-', { Wanderer: PROGRAM, Traveller: SELF_MIGRATING }, { classes: 'classes' });
  dir = ws.dir;
  classes = ws.classes;
  writeFileSync(join(dir, 'token'), 'correct-horse-battery-staple-42\n');
  writeFileSync(join(dir, 'wrong'), 'not-the-right-token-at-all-0000\n');
  return ws.remove;
});
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
});

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** Starts `cmd`, collecting its output; resolves once `ready` appears in stream `which`. */
function start(cmd: string[], ready: string, which: 'stdout' | 'stderr') {
  const child = spawn(cmd[0]!, cmd.slice(1), { cwd: dir });
  children.push(child);
  const out = { stdout: '', stderr: '' };
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  const seen = new Promise<void>((resolve) => {
    for (const k of ['stdout', 'stderr'] as const) {
      child[k]!.on('data', (c: string) => {
        out[k] += c;
        if (k === which && out[k].includes(ready)) resolve();
      });
    }
  });
  const exited = new Promise<number | null>((r) => child.on('exit', r));
  return { child, out, seen, exited };
}

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Migrates a running Wanderer from `prefix` (a namespace or nothing) to a receiver at `host`. */
async function migrateOnce(sendPrefix: string[], servePrefix: string[], host: string) {
  const port = await freePort();
  const whole = spawnSync('node', [TERN, '-cp', classes, 'Wanderer'], { cwd: dir, encoding: 'utf8' });
  const receiver = start([...servePrefix, 'node', TERN, 'serve', '--listen', `${host}:${port}`, '--token-file', join(dir, 'token')], 'listening', 'stderr');
  await receiver.seen;
  const program = start([...sendPrefix, 'node', TERN, '-cp', classes, 'Wanderer'], 'step 8 ', 'stdout');
  await program.seen;
  const m = spawnSync(sendPrefix[0] ?? 'node', [...sendPrefix.slice(1), ...(sendPrefix.length ? ['node'] : []), TERN, 'migrate', String(program.child.pid), `${host}:${port}`, '--token-file', join(dir, 'token')], { cwd: dir, encoding: 'utf8' });
  return { whole, receiver, program, m };
}

describe('migration', () => {
  it('moves a running program to another process on loopback', async () => {
    const { whole, receiver, program, m } = await migrateOnce([], [], '127.0.0.1');
    expect(m.stderr).toBe('');
    expect(m.status).toBe(0);
    expect(m.stdout).toMatch(/^migrated to 127\.0\.0\.1:\d+ in \d+ ms \(capture \d+ ms, transfer -?\d+ ms, restore \d+ ms\) \(\d+ bytes\)\n$/);
    expect(await program.exited).toBe(0);
    await until(() => receiver.out.stderr.includes('ended with status 0'));
    expect(program.out.stdout + receiver.out.stdout).toBe(whole.stdout);
    receiver.child.kill();
  });

  it('refuses a stranger and leaves the program running where it was', async () => {
    const port = await freePort();
    const whole = spawnSync('node', [TERN, '-cp', classes, 'Wanderer'], { cwd: dir, encoding: 'utf8' });
    const receiver = start(['node', TERN, 'serve', '--listen', `127.0.0.1:${port}`, '--token-file', join(dir, 'token')], 'listening', 'stderr');
    await receiver.seen;
    const program = start(['node', TERN, '-cp', classes, 'Wanderer'], 'step 5 ', 'stdout');
    await program.seen;
    const m = spawnSync('node', [TERN, 'migrate', String(program.child.pid), `127.0.0.1:${port}`, '--token-file', join(dir, 'wrong')], { cwd: dir, encoding: 'utf8' });
    expect(m.status).toBe(1);
    expect(m.stderr).toMatch(/^Error: migration failed, the program keeps running here: authentication failed\n$/);
    expect(await program.exited).toBe(0);
    expect(program.out.stdout).toBe(whole.stdout);
    expect(receiver.out.stderr).toMatch(/refused 127\.0\.0\.1:\d+: authentication failed/);
    // A raw stranger speaking nonsense is refused too.
    const s = net.createConnection(port, '127.0.0.1');
    s.write('hello?\n');
    await until(() => receiver.out.stderr.includes('header is not JSON'));
    s.destroy();
    receiver.child.kill();
  });

  it('moves itself from Java with tern.Checkpoint.migrate, or stays when refused', async () => {
    const port = await freePort();
    const receiver = start(['node', TERN, 'serve', '--listen', `127.0.0.1:${port}`, '--token-file', join(dir, 'token')], 'listening', 'stderr');
    await receiver.seen;
    const token = 'correct-horse-battery-staple-42';
    const gone = spawnSync('node', [TERN, '-cp', classes, 'Traveller', String(port), token], { cwd: dir, encoding: 'utf8' });
    expect(gone.stderr).toBe('');
    expect(gone.status).toBe(0);
    expect(gone.stdout).toBe('leaving packed\n');
    await until(() => receiver.out.stderr.includes('Traveller ended with status 0'));
    expect(receiver.out.stdout).toBe('arrived packed, unpacked restored=true\n');
    const refused = spawnSync('node', [TERN, '-cp', classes, 'Traveller', String(port), 'a-wrong-token-of-some-length'], { cwd: dir, encoding: 'utf8' });
    expect(refused.status).toBe(0);
    expect(refused.stdout).toBe(`leaving packed\nstill here: migration to 127.0.0.1:${port} failed: authentication failed\n`);
    receiver.child.kill();
  });

  const netns = spawnSync('ip', ['netns', 'add', 'tern-probe'], { encoding: 'utf8' });
  if (netns.status === 0) spawnSync('ip', ['netns', 'del', 'tern-probe']);
  it.runIf(netns.status === 0)('moves a running program between two network namespaces', async () => {
    const ip = (...a: string[]) => execFileSync('ip', a, { stdio: 'pipe' });
    const a = `tern-a-${process.pid}`, b = `tern-b-${process.pid}`;
    try {
      ip('netns', 'add', a);
      ip('netns', 'add', b);
      ip('link', 'add', `ta${process.pid % 10000}`, 'type', 'veth', 'peer', 'name', `tb${process.pid % 10000}`);
      ip('link', 'set', `ta${process.pid % 10000}`, 'netns', a);
      ip('link', 'set', `tb${process.pid % 10000}`, 'netns', b);
      ip('-n', a, 'addr', 'add', '10.211.7.1/24', 'dev', `ta${process.pid % 10000}`);
      ip('-n', b, 'addr', 'add', '10.211.7.2/24', 'dev', `tb${process.pid % 10000}`);
      ip('-n', a, 'link', 'set', `ta${process.pid % 10000}`, 'up');
      ip('-n', b, 'link', 'set', `tb${process.pid % 10000}`, 'up');
      const { whole, receiver, program, m } = await migrateOnce(['ip', 'netns', 'exec', a], ['ip', 'netns', 'exec', b], '10.211.7.2');
      expect(m.stderr).toBe('');
      expect(m.status).toBe(0);
      expect(await program.exited).toBe(0);
      await until(() => receiver.out.stderr.includes('ended with status 0'));
      expect(program.out.stdout + receiver.out.stdout).toBe(whole.stdout);
      receiver.child.kill();
    } finally {
      spawnSync('ip', ['netns', 'del', a]);
      spawnSync('ip', ['netns', 'del', b]);
    }
  });
  if (netns.status !== 0) console.log(`skipping the network-namespace migration test: cannot create namespaces (${netns.stderr.trim()})`);
});
