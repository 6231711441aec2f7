/**
 * @fileoverview Spawns a child process with a deadline and collects its output as raw bytes.
 *
 * The differential harness compares HotSpot and Tern byte for byte, so output is kept as
 * `Buffer`s (never decoded here) and the environment is pinned to values that make the JDK's
 * behaviour independent of the machine it runs on (locale, time zone, injected JVM options).
 */
import { spawn } from 'node:child_process';

/** What one run of a Java program (on either VM) produced. */
export interface RunResult {
  /** Bytes written to standard output. */
  stdout: Buffer;
  /** Bytes written to standard error. */
  stderr: Buffer;
  /** Exit status, or null when the process was ended by a signal. */
  exitCode: number | null;
  /** Name of the signal that ended the process, if any. */
  signal: string | null;
  /** True when the harness killed the process because its deadline passed. */
  timedOut: boolean;
}

/** Options for {@link runProcess}. */
export interface RunOptions {
  /** Working directory of the child. */
  cwd: string;
  /** Bytes fed to standard input; the stream is closed afterwards (empty when absent). */
  stdin?: Buffer;
  /** Deadline in milliseconds after which the child is killed. */
  timeoutMs: number;
  /** Environment of the child; defaults to {@link childEnvironment}. */
  env?: NodeJS.ProcessEnv;
}

/** Variables that would make a JVM or Node print extra text or behave differently per machine. */
const SCRUBBED_VARIABLES = ['JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'JDK_JAVA_OPTIONS', 'CLASSPATH', 'NODE_OPTIONS'];

/** The environment every child gets: the harness's own, minus injected options, with a fixed locale and zone. */
export function childEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of SCRUBBED_VARIABLES) delete env[name];
  // A UTF-8 locale makes the JDK's stdout encoding UTF-8 on every machine; UTC pins the clock zone.
  env.LC_ALL = 'C.UTF-8';
  env.LANG = 'C.UTF-8';
  env.TZ = 'UTC';
  return env;
}

/** Runs `command args`, feeding stdin, killing it at the deadline, and resolves with everything it produced. */
export function runProcess(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? childEnvironment(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(stdout),
        stderr: Buffer.concat(stderr),
        exitCode,
        signal,
        timedOut,
      });
    });
    // A child that exits without reading its input makes the write fail with EPIPE; that is not an error here.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? Buffer.alloc(0));
  });
}

/** Returns a function that runs at most `slots` of the tasks given to it at the same time. */
export function createLimiter(slots: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  // A finishing task hands its slot straight to the oldest waiter, so no newcomer can overtake it.
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= slots) await new Promise<void>((wake) => waiting.push(wake));
    else running++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
