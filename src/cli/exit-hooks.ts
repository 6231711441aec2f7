/**
 * @fileoverview Work the command does when a run ends (the --jit-log totals line, the
 * -XX:+TernPrintSliceCount line, closing a --deopt-trace file). Registered here rather than on
 * Node's process 'exit' event so that a host running many programs in one process (the test
 * harness's warm runner, test/support/warm-runner.ts) gets each run's lines with that run:
 * {@link run} in main.ts runs them once the program's output is flushed, before the process ends.
 */

const hooks: Array<() => void> = [];

/** Runs `hook` when the current run ends. */
export function atExit(hook: () => void): void {
  hooks.push(hook);
}

/** Runs (and forgets) the hooks registered so far, in order. */
export function runExitHooks(): void {
  for (const hook of hooks.splice(0)) hook();
}
