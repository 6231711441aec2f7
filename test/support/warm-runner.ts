/**
 * @fileoverview Runs `tern` command lines in long-lived Node processes ("warm runners") instead of
 * one new process per run: a runner loads the CLI bundle (and, once a compiling mode needs it,
 * Binaryen) once and then runs program after program, each in a fresh VM, through the CLI's own
 * run() (src/cli/main.ts) with a host whose standard streams and input are the request's
 * (test/support/warm-child.mjs). What a run returns is what the process would have: stdout and
 * stderr bytes and the exit status (System.exit, uncaught exceptions and launcher errors alike).
 *
 * A runner serves one run at a time (it changes its working directory and environment for each).
 * A run past its deadline kills its runner (the next run starts a new one) and reports a timeout
 * as {@link runProcess} does, without the output (it is in the killed runner). A run that breaks a
 * runner (an error past the CLI, the runner dying) is run again the old way, in its own process,
 * and counted in {@link WarmPool.fallbacks}. The docs/testing.md section "Warm runners" has the
 * measurements and what must stay in a process of its own.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runProcess, type RunResult } from './process.js';
import { TERN_LAUNCHER } from './tern.js';

const CHILD = fileURLToPath(new URL('./warm-child.mjs', import.meta.url));

/** One `tern` run: what a process would get. */
export interface WarmRequest {
  /** The command line after `tern`. */
  argv: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: Buffer;
  timeoutMs: number;
}

/**
 * Runs after which a runner is replaced: bounds what one runner's Node heap can accumulate (code
 * of the JIT's modules, V8's caches) over a long suite.
 */
const RUNS_PER_RUNNER = 200;

interface Reply {
  id: number;
  stdout?: Uint8Array;
  stderr?: Uint8Array;
  status?: number;
  leftovers?: string[];
  cpuMs?: number;
  rss?: number;
  crashed?: string;
}

/** Variables Tern reads when its modules load (jit/runtime.ts): a runner serves only runs that agree on them. */
function loadTimeKey(env: NodeJS.ProcessEnv): string {
  return JSON.stringify(Object.keys(env).filter((name) => name.startsWith('TERN_')).sort().map((name) => [name, env[name]]));
}

const bytes = (b: Uint8Array | undefined): Buffer => (b === undefined ? Buffer.alloc(0) : Buffer.from(b.buffer, b.byteOffset, b.byteLength));

/** One runner process. */
class WarmChild {
  private readonly child: ChildProcess;
  private readonly ready: Promise<void>;
  private pending: { id: number; settle: (reply: Reply | null) => void } | null = null;
  private nextId = 0;
  runs = 0;
  dead = false;
  /** CPU time of the last run, in ms. */
  cpuMs = 0;

  constructor(readonly key: string, env: NodeJS.ProcessEnv, nodeFlags: readonly string[]) {
    this.child = fork(CHILD, [], { env, execArgv: [...nodeFlags], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.ready = new Promise((resolve, reject) => {
      this.child.once('message', () => resolve());
      this.child.once('exit', (code, signal) => reject(new Error(`warm runner ended while loading (${signal ?? code})`)));
    });
    this.child.on('message', (reply: Reply | { ready: true }) => {
      if ('id' in reply && this.pending?.id === reply.id) this.pending.settle(reply);
    });
    this.child.on('exit', (code, signal) => {
      if (process.env.TERN_WARM_DEBUG && !this.dead) console.log(`[warm ${this.child.pid}] ended after ${this.runs} runs (${signal ?? `status ${code}`})`);
      this.dead = true;
      this.pending?.settle(null);
    });
  }

  /** Runs `request`; null when the runner broke (crashed, died) and the run must be redone elsewhere. */
  async run(request: WarmRequest): Promise<RunResult | null> {
    try {
      await this.ready;
    } catch {
      return null;
    }
    this.runs++;
    const id = ++this.nextId;
    let timedOut = false;
    const reply = await new Promise<Reply | null>((settle) => {
      const timer = setTimeout(() => {
        timedOut = true;
        this.kill();
      }, request.timeoutMs);
      this.pending = { id, settle: (r) => { clearTimeout(timer); this.pending = null; settle(r); } };
      this.child.send({ id, argv: request.argv, cwd: request.cwd, env: request.env, stdin: request.stdin });
    });
    if (timedOut) return { stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), exitCode: null, signal: 'SIGKILL', timedOut: true };
    if (reply === null || reply.crashed !== undefined) {
      this.kill();
      if (reply?.crashed) console.log(`NOTICE: warm runner crashed in tern ${request.argv.join(' ')}: ${reply.crashed}`);
      return null;
    }
    this.cpuMs = reply.cpuMs ?? 0;
    if (process.env.TERN_WARM_DEBUG) console.log(`[warm ${this.child.pid} #${this.runs}] ${reply.cpuMs} ms CPU, rss ${Math.round((reply.rss ?? 0) / 1e6)} MB, left ${reply.leftovers?.join(' ')}: tern ${request.argv.join(' ')}`);
    return { stdout: bytes(reply.stdout), stderr: bytes(reply.stderr), exitCode: reply.status!, signal: null, timedOut: false };
  }

  kill(): void {
    this.dead = true;
    this.child.kill('SIGKILL');
  }
}

/** Warm runners for runs of one harness: at most `size` idle ones are kept. */
export class WarmPool {
  private idle: WarmChild[] = [];
  /** Runs that broke their runner and were redone in their own process. */
  fallbacks = 0;
  /** Runners started so far. */
  started = 0;
  /** Runs served warm, and their CPU time (ms, as the runner measured it: the harness's own CPU cost is not in it). */
  runs = 0;
  cpuMs = 0;

  constructor(private readonly size: number, private readonly nodeFlags: readonly string[] = []) {}

  /** Runs `tern argv` as {@link runProcess} would run `node bin/tern.js argv`. */
  async run(request: WarmRequest): Promise<RunResult> {
    const key = loadTimeKey(request.env);
    const at = this.idle.findIndex((c) => c.key === key);
    const child = at >= 0 ? this.idle.splice(at, 1)[0]! : this.start(key, request.env);
    const result = await child.run(request);
    if (result !== null && !result.timedOut) {
      this.runs++;
      this.cpuMs += child.cpuMs;
    }
    if (!child.dead && child.runs < RUNS_PER_RUNNER) {
      this.idle.push(child);
      while (this.idle.length > this.size) this.idle.shift()!.kill();
    } else if (!child.dead) child.kill();
    if (result !== null) return result;
    this.fallbacks++;
    return runProcess(process.execPath, [...this.nodeFlags, TERN_LAUNCHER, ...request.argv], request);
  }

  private start(key: string, env: NodeJS.ProcessEnv): WarmChild {
    this.started++;
    return new WarmChild(key, env, this.nodeFlags);
  }

  /** Ends every idle runner. */
  close(): void {
    for (const child of this.idle.splice(0)) child.kill();
  }
}
