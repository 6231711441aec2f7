/**
 * @fileoverview Runs corpus programs on Tern through its command-line launcher.
 *
 * The command is `node bin/tern.js <TERN_FLAGS> <program tern-flags> -cp <classes> Main args`, run
 * the same way HotSpot is (same working directory, input and environment), so that the two runs
 * differ only in the VM. `bin/tern.js` loads the build output in `dist/`, made by `npm run build`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { programEnvironment, type JavaProgram } from './corpus.js';
import { runProcess, type RunResult } from './process.js';
import type { WarmPool } from './warm-runner.js';

/** The `tern` launcher script. */
export const TERN_LAUNCHER = fileURLToPath(new URL('../../bin/tern.js', import.meta.url));

/** The compiled CLI module the launcher imports; missing until `npm run build` has run. */
export const TERN_CLI_MODULE = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

/** Tern's deadline when neither the program nor `TERN_TIMEOUT` sets one. */
export const DEFAULT_TERN_TIMEOUT_MS = 120_000;

/** Says why Tern cannot run yet, or undefined when the build output is present. */
export function ternUnavailableReason(): string | undefined {
  if (existsSync(TERN_CLI_MODULE)) return undefined;
  return `Tern is not built (${TERN_CLI_MODULE} is missing): run \`npm run build\` first`;
}

/** How a Tern run is configured beyond the program itself. */
export interface TernRunOptions {
  /** Options placed before the program's own `tern-flags` (from `TERN_FLAGS`). */
  extraFlags: readonly string[];
  /** Options for Node itself, placed before the launcher (from `TERN_NODE_FLAGS`). */
  nodeFlags: readonly string[];
  /** Deadline used when the program sets none. */
  defaultTimeoutMs: number;
  /** A command replacing `node bin/tern.js` (from `TERN_COMMAND`), e.g. to check the harness against `java -Xint`. */
  command: readonly string[] | undefined;
  /** Warm runners to run in (test/support/warm-runner.ts), if any. */
  warm?: WarmPool;
}

/** The arguments of `tern` (everything after the launcher) that run `program` from `classesDir`. */
export function ternArguments(program: JavaProgram, classesDir: string, options: TernRunOptions): string[] {
  return [...options.extraFlags, ...program.ternFlags, '-cp', classesDir, program.mainClass, ...program.args];
}

/** Tern's full command line for `program` (program first), given the directory of its classes. */
export function ternCommandLine(program: JavaProgram, classesDir: string, options: TernRunOptions): string[] {
  const launcher = options.command ?? [process.execPath, ...options.nodeFlags, TERN_LAUNCHER];
  return [...launcher, ...ternArguments(program, classesDir, options)];
}

/**
 * Runs `program` on Tern; a timeout is reported in the result, not thrown. With `options.warm`
 * (and no TERN_COMMAND), in one of its warm runners unless the program has a `warm: no` directive.
 */
export function runTern(program: JavaProgram, classesDir: string, options: TernRunOptions): Promise<RunResult> {
  const run = {
    cwd: program.dir,
    stdin: program.stdin,
    env: programEnvironment(program),
    timeoutMs: program.ternTimeoutMs ?? options.defaultTimeoutMs,
  };
  if (options.warm && !options.command && program.coldOnly === undefined) {
    return options.warm.run({ ...run, argv: ternArguments(program, classesDir, options) });
  }
  const [command, ...args] = ternCommandLine(program, classesDir, options);
  return runProcess(command!, args, run);
}
