// @ts-check
/**
 * @fileoverview Running one command and summarising timings: the small, VM-agnostic pieces of
 * the benchmark runner (bench/run.mjs). Wall-clock time is taken around spawnSync with
 * process.hrtime.bigint(), so it includes process creation, VM start-up and shutdown.
 */

import { spawnSync } from 'node:child_process';

/**
 * The outcome of one child process.
 * @typedef {object} CommandResult
 * @property {number | null} status  exit status, null when killed by a signal or not started
 * @property {string} stdout
 * @property {string} stderr
 * @property {number} wallNs         wall-clock nanoseconds from spawn to exit
 * @property {string | null} failure null on a clean exit 0, otherwise why it failed, in one line
 */

/**
 * Runs `argv` to completion and times it. Never throws: a failure is described in `failure`.
 * @param {readonly string[]} argv     program and arguments
 * @param {{ cwd: string, timeoutMs: number }} options
 * @returns {CommandResult}
 */
export function runCommand(argv, options) {
  const [program, ...args] = argv;
  const start = process.hrtime.bigint();
  const result = spawnSync(program, args, {
    cwd: options.cwd,
    encoding: 'utf8',
    timeout: options.timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallNs = Number(process.hrtime.bigint() - start);
  const stdout = result.stdout ?? '';
  const stderr = result.stderr ?? '';
  /** @type {string | null} */
  let failure = null;
  if (result.error && /** @type {NodeJS.ErrnoException} */ (result.error).code === 'ETIMEDOUT') {
    failure = `timed out after ${options.timeoutMs / 1000} s`;
  } else if (result.error) {
    failure = `cannot run ${program}: ${result.error.message}`;
  } else if (result.status !== 0) {
    const detail = firstLine(stderr) || firstLine(stdout) || '(no output)';
    failure = result.signal ? `killed by ${result.signal}: ${detail}` : `exit ${result.status}: ${detail}`;
  }
  return { status: result.status, stdout, stderr, wallNs, failure };
}

/**
 * The first non-blank line of `text`, trimmed; '' when there is none.
 * @param {string} text
 * @returns {string}
 */
export function firstLine(text) {
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '') {
      return trimmed;
    }
  }
  return '';
}

/**
 * The median of a non-empty list (mean of the middle two for an even count).
 * @param {readonly number[]} values
 * @returns {number}
 */
export function median(values) {
  if (values.length === 0) {
    throw new RangeError('median of an empty list');
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The geometric mean of positive numbers, or null for an empty list. Ratios are summarised
 * this way because a 2x win and a 2x loss should cancel out.
 * @param {readonly number[]} values
 * @returns {number | null}
 */
export function geometricMean(values) {
  if (values.length === 0) {
    return null;
  }
  const logSum = values.reduce((sum, value) => sum + Math.log(value), 0);
  return Math.exp(logSum / values.length);
}

/**
 * Nanoseconds as milliseconds with one decimal.
 * @param {number} ns
 * @returns {string}
 */
export function formatMs(ns) {
  return (ns / 1e6).toFixed(1);
}
