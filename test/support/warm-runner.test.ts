import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { javaWorkspace } from './java-workspace.js';
import { childEnvironment, runProcess, type RunResult } from './process.js';
import { TERN_LAUNCHER, ternUnavailableReason } from './tern.js';
import { WarmPool, type WarmRequest } from './warm-runner.js';

const SOURCES = {
  Exit: `public class Exit { public static void main(String[] a) {
    System.out.print("out;"); System.err.print("err;");
    if (a[0].equals("throw")) throw new IllegalStateException("boom " + a[1]);
    try { System.exit(Integer.parseInt(a[0])); } finally { System.out.println("never"); } } }`,
  Echo: `import java.io.*; public class Echo { public static void main(String[] a) throws IOException {
    InputStream in = System.in; long n = 0, sum = 0; int b; while ((b = in.read()) >= 0) { n++; sum = sum * 31 + b; }
    System.out.println(n + " bytes, hash " + sum); } }`,
  Where: `import java.nio.file.*; public class Where { public static void main(String[] a) throws Exception {
    System.out.println(System.getProperty("user.dir") + " " + System.getenv("WARM_TEST") + " " + System.getenv("TZ"));
    System.out.println(Files.readString(Path.of("here.txt")).trim()); } }`,
  Statics: `public class Statics { static int count; static { count++; }
    public static void main(String[] a) { count++; System.out.println(count + " " + System.getProperty("warm.seen"));
    System.setProperty("warm.seen", "yes"); "interned".intern(); } }`,
  Spin: `public class Spin { public static void main(String[] a) { System.out.println("spinning"); long x = 0; while (true) x++; } }`,
};

const unavailable = ternUnavailableReason();
let ws: ReturnType<typeof javaWorkspace>;
const pool = new WarmPool(1);

beforeAll(() => {
  ws = javaWorkspace('tern-warm-', SOURCES);
  for (const d of ['a', 'b']) {
    mkdirSync(join(ws.dir, d));
    writeFileSync(join(ws.dir, d, 'here.txt'), `in ${d}\n`);
  }
  return ws.remove;
});
afterAll(() => pool.close());

function request(argv: string[], more: Partial<WarmRequest> = {}): WarmRequest {
  return { argv: ['-cp', ws.classes, ...argv], cwd: ws.dir, env: childEnvironment(), stdin: Buffer.alloc(0), timeoutMs: 60_000, ...more };
}

/** The same run in its own process, as the harness ran every program before. */
function cold(r: WarmRequest): Promise<RunResult> {
  return runProcess(process.execPath, [TERN_LAUNCHER, ...r.argv], r);
}

const shape = (r: RunResult) => ({ out: r.stdout.toString('latin1'), err: r.stderr.toString('latin1'), status: r.exitCode, timedOut: r.timedOut });

describe.skipIf(unavailable !== undefined)('warm runner', () => {
  it('gives the exit status and output of System.exit, uncaught exceptions and launcher errors, in one runner', async () => {
    const started = pool.started;
    for (const argv of [['Exit', '3'], ['Exit', '-1'], ['Exit', '0'], ['Exit', 'throw', 'x'], ['NoSuchClass'], ['-Xcomp', 'Exit', '7'], ['--no-such-option']]) {
      const r = request(argv);
      const [warm, own] = await Promise.all([pool.run(r), cold(r)]);
      expect(shape(warm), argv.join(' ')).toEqual(shape(own));
    }
    const exit = await pool.run(request(['Exit', '-1']));
    expect(shape(exit)).toMatchObject({ out: 'out;', err: 'err;', status: 255 });
    expect(pool.started - started).toBe(1);
    expect(pool.fallbacks).toBe(0);
  }, 240_000);

  it('feeds standard input, larger than a pipe buffer', async () => {
    const stdin = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7) & 0xff));
    const r = request(['Echo'], { stdin });
    const warm = await pool.run(r);
    expect(shape(warm)).toEqual(shape(await cold(r)));
    expect(warm.stdout.toString()).toMatch(/^200000 bytes/);
  }, 120_000);

  it('runs in the working directory and environment of each request', async () => {
    for (const d of ['a', 'b']) {
      const env = { ...childEnvironment(), WARM_TEST: `env-${d}`, TZ: d === 'a' ? 'UTC' : 'Asia/Tokyo' };
      const r = await pool.run(request(['Where'], { cwd: join(ws.dir, d), env }));
      expect(r.stdout.toString()).toBe(`${join(ws.dir, d)} env-${d} ${env.TZ}\nin ${d}\n`);
    }
    const r = await pool.run(request(['Where'], { cwd: join(ws.dir, 'a') }));
    expect(r.stdout.toString()).toMatch(/ null UTC\n/);
  }, 120_000);

  it('starts every program in a fresh VM: no static or property survives a run', async () => {
    for (let i = 0; i < 3; i++) expect((await pool.run(request(['Statics']))).stdout.toString()).toBe('2 null\n');
  }, 120_000);

  it('reports a run past its deadline as a timeout and replaces the runner', async () => {
    const started = pool.started;
    const r = await pool.run(request(['Spin'], { timeoutMs: 3000 }));
    expect(r).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGKILL' });
    expect((await pool.run(request(['Exit', '5']))).exitCode).toBe(5);
    expect(pool.started - started).toBe(1);
  }, 120_000);
});
