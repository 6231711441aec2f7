// @ts-check
/**
 * @fileoverview Runs the two halves of the benchmark suite and returns plain result objects:
 * (a) the kernels, each run on every VM ("subject") in alternation, timed by the kernel itself;
 * (b) start-up, timed by wall clock around the whole process. Printing lives in report.mjs.
 *
 * Alternation (round 1: every subject once, round 2: every subject once, ...) spreads slow drifts
 * of the machine — thermal throttling, other processes — evenly over the VMs being compared.
 */

import { parseKernelOutput, scaledIterations } from './kernels.mjs';
import { formatMs, median, runCommand } from './measure.mjs';

/**
 * A VM configuration to measure. `argv` is the command up to and including the class path; the
 * main class and its arguments are appended.
 * @typedef {object} Subject
 * @property {string} id             key in results and JSON: javaXint, java, tern, ternXint
 * @property {string} label          column heading
 * @property {readonly string[]} argv
 * @property {boolean} hotspot       true for the reference JVM, whose checksums define "correct"
 * @property {string | null} unavailable  why this subject cannot run at all, or null
 */

/**
 * How one subject fared on one kernel (or on start-up).
 * @typedef {object} SubjectResult
 * @property {'ok' | 'failed'} status
 * @property {number[]} timesNs      self-measured (kernels) or wall-clock (start-up) times
 * @property {number[]} wallNs       wall-clock time of every run, start-up included
 * @property {number | null} medianNs
 * @property {string | null} checksum   kernels: the checksum it printed; start-up: null
 * @property {string | null} error      first line explaining a failure
 */

/**
 * Everything measured for one kernel.
 * @typedef {object} KernelResult
 * @property {string} name
 * @property {number} iterations
 * @property {string | null} checksum   the reference (HotSpot) checksum
 * @property {Record<string, SubjectResult>} subjects
 */

/**
 * Shared settings for a suite run.
 * @typedef {object} SuiteOptions
 * @property {string} cwd            repository root; class paths in argv are relative to it
 * @property {number} timeoutMs      per process
 * @property {(line: string) => void} progress
 */

/**
 * Runs every kernel `runs` times on every subject, alternating subjects within each round.
 * A subject that fails (non-zero exit, missing output, wrong checksum) is not run again on that
 * kernel; its result keeps the first error line.
 * @param {readonly import('./kernels.mjs').Kernel[]} kernels
 * @param {readonly Subject[]} subjects
 * @param {{ runs: number, scale: number } & SuiteOptions} options
 * @returns {KernelResult[]}
 */
export function runKernels(kernels, subjects, options) {
  const started = process.hrtime.bigint();
  /** @type {KernelResult[]} */
  const results = [];
  kernels.forEach((kernel, kernelIndex) => {
    const iterations = scaledIterations(kernel, options.scale);
    /** @type {KernelResult} */
    const result = { name: kernel.name, iterations, checksum: null, subjects: {} };
    for (const subject of subjects) {
      result.subjects[subject.id] = emptyResult(subject.unavailable);
    }
    for (let run = 1; run <= options.runs; run++) {
      for (const subject of subjects) {
        const own = result.subjects[subject.id];
        if (own.status === 'failed') {
          continue;
        }
        const command = runCommand([...subject.argv, kernel.name, String(iterations)], options);
        const ok = recordKernelRun(result, subject, own, command);
        const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
        const outcome = ok ? `${formatMs(own.timesNs[own.timesNs.length - 1])} ms` : `FAILED: ${own.error}`;
        options.progress(
          `[${kernelIndex + 1}/${kernels.length}] ${kernel.name} run ${run}/${options.runs} ` +
            `${subject.label}: ${outcome} (elapsed ${elapsed.toFixed(1)} s)`,
        );
      }
    }
    for (const own of Object.values(result.subjects)) {
      // A run that finished before any HotSpot checksum existed is checked here.
      if (own.status === 'ok' && own.checksum !== result.checksum) {
        fail(own, `checksum ${own.checksum} unconfirmed, HotSpot printed ${result.checksum}`);
      }
      own.medianNs = own.status === 'ok' && own.timesNs.length > 0 ? median(own.timesNs) : null;
    }
    results.push(result);
  });
  return results;
}

/**
 * Folds one kernel run into the subject's result: time on success, an error line otherwise.
 * HotSpot's first checksum becomes the kernel's reference; any later mismatch is a failure.
 * @param {KernelResult} kernel
 * @param {Subject} subject
 * @param {SubjectResult} own
 * @param {import('./measure.mjs').CommandResult} command
 * @returns {boolean}  false when this run failed
 */
function recordKernelRun(kernel, subject, own, command) {
  own.wallNs.push(command.wallNs);
  if (command.failure !== null) {
    return fail(own, command.failure);
  }
  const output = parseKernelOutput(command.stdout);
  if (output === null) {
    const printed = command.stdout === '' ? 'exit 0 without printing anything' : JSON.stringify(command.stdout.slice(0, 120));
    return fail(own, `no checksum=/time_ns= lines in output: ${printed}`);
  }
  own.checksum ??= output.checksum;
  if (kernel.checksum === null && subject.hotspot) {
    kernel.checksum = output.checksum;
  }
  if (kernel.checksum !== null && output.checksum !== kernel.checksum) {
    return fail(own, `wrong checksum ${output.checksum}, HotSpot printed ${kernel.checksum}`);
  }
  own.timesNs.push(output.timeNs);
  return true;
}

/**
 * Start-up results: one entry per subject, keyed by subject id.
 * @typedef {object} StartupResult
 * @property {string | null} expectedOutput  what HotSpot printed for Hello
 * @property {Record<string, SubjectResult>} subjects
 */

/**
 * Times `runs` complete runs of each start-up command by wall clock, alternating between them.
 * Subjects with `hotspot` set define the expected stdout; a non-HotSpot subject printing
 * something else fails. Subjects whose argv already names what to run (the node floor) are
 * marked by `fullCommand`.
 * @param {readonly (Subject & { fullCommand: boolean })[]} subjects
 * @param {{ runs: number, mainClass: string } & SuiteOptions} options
 * @returns {StartupResult}
 */
export function runStartup(subjects, options) {
  const started = process.hrtime.bigint();
  /** @type {StartupResult} */
  const result = { expectedOutput: null, subjects: {} };
  for (const subject of subjects) {
    result.subjects[subject.id] = emptyResult(subject.unavailable);
  }
  for (let run = 1; run <= options.runs; run++) {
    for (const subject of subjects) {
      const own = result.subjects[subject.id];
      if (own.status === 'failed') {
        continue;
      }
      const argv = subject.fullCommand ? subject.argv : [...subject.argv, options.mainClass];
      const command = runCommand(argv, options);
      own.wallNs.push(command.wallNs);
      let ok = true;
      if (command.failure !== null) {
        ok = fail(own, command.failure);
      } else if (subject.hotspot) {
        result.expectedOutput ??= command.stdout;
      } else if (!subject.fullCommand && result.expectedOutput !== null && command.stdout !== result.expectedOutput) {
        ok = fail(own, `printed ${JSON.stringify(command.stdout)}, HotSpot printed ${JSON.stringify(result.expectedOutput)}`);
      }
      if (ok) {
        own.timesNs.push(command.wallNs);
      }
      const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
      const outcome = ok ? `${formatMs(command.wallNs)} ms` : `FAILED: ${own.error}`;
      options.progress(
        `[start-up] run ${run}/${options.runs} ${subject.label}: ${outcome} (elapsed ${elapsed.toFixed(1)} s)`,
      );
    }
  }
  for (const own of Object.values(result.subjects)) {
    own.medianNs = own.status === 'ok' && own.timesNs.length > 0 ? median(own.timesNs) : null;
  }
  return result;
}

/**
 * A fresh result, already failed when the subject is unavailable.
 * @param {string | null} unavailable
 * @returns {SubjectResult}
 */
function emptyResult(unavailable) {
  return {
    status: unavailable === null ? 'ok' : 'failed',
    timesNs: [],
    wallNs: [],
    medianNs: null,
    checksum: null,
    error: unavailable,
  };
}

/**
 * Marks a result failed, keeping only the first error; returns false for the caller to pass on.
 * @param {SubjectResult} own
 * @param {string} error
 * @returns {false}
 */
function fail(own, error) {
  own.status = 'failed';
  own.error ??= error;
  return false;
}
