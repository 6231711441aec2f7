#!/usr/bin/env node
// @ts-check
/**
 * @fileoverview `npm run bench`: compiles the Java kernels, runs each on HotSpot's interpreter
 * (`java -Xint`, the reference), on Tern, and on HotSpot with its JIT, then measures start-up.
 * Prints progress on stderr and the result tables on stdout; `--json FILE` keeps everything.
 * See docs/benchmarks.md for what the kernels measure and how to read the figures.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { compileKernels, KERNELS, STARTUP_CLASS } from './kernels.mjs';
import { firstLine } from './measure.mjs';
import { buildJsonReport, formatKernelTable, formatStartupTable, REFERENCE_ID } from './report.mjs';
import { runKernels, runStartup } from './suite.mjs';

/** Repository root: class paths and the Tern launcher are given relative to it. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where the kernels are compiled (build/ is git-ignored). */
const CLASS_DIR = 'build/bench';
/** The compiled CLI that bin/tern.js loads; without it Tern cannot run. */
const TERN_ENTRY = 'dist/src/cli/main.js';

const USAGE = `usage: node bench/run.mjs [options]
  --runs N          runs per kernel and VM (default 3); the median is reported
  --startup-runs N  runs per start-up command (default 10)
  --only A,B        run only these kernels (${KERNELS.map((kernel) => kernel.name).join(', ')})
  --skip-startup    do not measure start-up
  --json FILE       also write all results (raw times included) to FILE
  --scale F         multiply every kernel's iteration count by F (default 1)
  --timeout S       kill any single run after S seconds (default 300)
  --tern-cmd CMD    command that starts Tern (default: node bin/tern.js); e.g. "java -Xint"
                    to dry-run the suite on HotSpot before Tern works
  --tern-xint       also measure Tern with -Xint (interpreter only)
  --skip-java-jit   do not measure HotSpot with its JIT
  --help            show this text`;

/**
 * Parsed command line.
 * @typedef {object} Settings
 * @property {number} runs
 * @property {number} startupRuns
 * @property {readonly import('./kernels.mjs').Kernel[]} kernels
 * @property {boolean} skipStartup
 * @property {string | null} json
 * @property {number} scale
 * @property {number} timeoutMs
 * @property {string[] | null} ternCommand   null = the default launcher
 * @property {boolean} ternXint
 * @property {boolean} javaJit
 */

/**
 * Parses argv into settings; throws an Error with a user-facing message on bad input.
 * @param {string[]} argv
 * @returns {Settings | null}  null when --help was asked for
 */
function parseSettings(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '3' },
      'startup-runs': { type: 'string', default: '10' },
      only: { type: 'string' },
      'skip-startup': { type: 'boolean', default: false },
      json: { type: 'string' },
      scale: { type: 'string', default: '1' },
      timeout: { type: 'string', default: '300' },
      'tern-cmd': { type: 'string' },
      'tern-xint': { type: 'boolean', default: false },
      'skip-java-jit': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    return null;
  }
  let kernels = KERNELS;
  if (values.only !== undefined) {
    const wanted = values.only.split(',').map((name) => name.trim()).filter((name) => name !== '');
    const unknown = wanted.filter((name) => !KERNELS.some((kernel) => kernel.name === name));
    if (unknown.length > 0) {
      throw new Error(`unknown kernel(s): ${unknown.join(', ')}`);
    }
    kernels = KERNELS.filter((kernel) => wanted.includes(kernel.name));
  }
  const ternCommand = values['tern-cmd']?.trim().split(/\s+/) ?? null;
  return {
    runs: positiveNumber('--runs', values.runs, true),
    startupRuns: positiveNumber('--startup-runs', values['startup-runs'], true),
    kernels,
    skipStartup: values['skip-startup'] ?? false,
    json: values.json ?? null,
    scale: positiveNumber('--scale', values.scale, false),
    timeoutMs: positiveNumber('--timeout', values.timeout, false) * 1000,
    ternCommand: ternCommand !== null && ternCommand[0] !== '' ? ternCommand : null,
    ternXint: values['tern-xint'] ?? false,
    javaJit: !(values['skip-java-jit'] ?? false),
  };
}

/**
 * A strictly positive number from an option value (an integer when `integer` is set).
 * @param {string} option
 * @param {string | undefined} text
 * @param {boolean} integer
 * @returns {number}
 */
function positiveNumber(option, text, integer) {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`${option} needs a positive ${integer ? 'integer' : 'number'}, got ${JSON.stringify(text)}`);
  }
  return value;
}

/**
 * The command that starts Tern and, when it obviously cannot run, why.
 * @param {Settings} settings
 * @returns {{ command: string[], unavailable: string | null }}
 */
function ternLauncher(settings) {
  if (settings.ternCommand !== null) {
    return { command: settings.ternCommand, unavailable: null };
  }
  const built = existsSync(resolve(ROOT, TERN_ENTRY));
  return {
    command: [process.execPath, 'bin/tern.js'],
    unavailable: built ? null : `Tern is not built (${TERN_ENTRY} is missing): run npm run build`,
  };
}

/**
 * The VMs measured on the kernels, reference first.
 * @param {Settings} settings
 * @returns {import('./suite.mjs').Subject[]}
 */
function kernelSubjects(settings) {
  const tern = ternLauncher(settings);
  /** @type {import('./suite.mjs').Subject[]} */
  const subjects = [
    { id: REFERENCE_ID, label: 'java -Xint', argv: ['java', '-Xint', '-cp', CLASS_DIR], hotspot: true, unavailable: null },
    { id: 'tern', label: 'tern', argv: [...tern.command, '-cp', CLASS_DIR], hotspot: false, unavailable: tern.unavailable },
  ];
  if (settings.ternXint) {
    subjects.push({
      id: 'ternXint',
      label: 'tern -Xint',
      argv: [...tern.command, '-Xint', '-cp', CLASS_DIR],
      hotspot: false,
      unavailable: tern.unavailable,
    });
  }
  if (settings.javaJit) {
    subjects.push({ id: 'java', label: 'java', argv: ['java', '-cp', CLASS_DIR], hotspot: true, unavailable: null });
  }
  return subjects;
}

/**
 * The start-up commands: HotSpot, Tern, and bare Node as the floor no Node-hosted VM can beat.
 * @param {Settings} settings
 * @returns {(import('./suite.mjs').Subject & { fullCommand: boolean })[]}
 */
function startupSubjects(settings) {
  const tern = ternLauncher(settings);
  return [
    { id: 'java', label: 'java Hello', argv: ['java', '-cp', CLASS_DIR], hotspot: true, unavailable: null, fullCommand: false },
    {
      id: 'tern',
      label: 'tern Hello',
      argv: [...tern.command, '-cp', CLASS_DIR],
      hotspot: false,
      unavailable: tern.unavailable,
      fullCommand: false,
    },
    {
      id: 'nodeFloor',
      label: 'node -e (floor)',
      argv: [process.execPath, '-e', "console.log('hi')"],
      hotspot: false,
      unavailable: null,
      fullCommand: true,
    },
  ];
}

/**
 * Facts about the machine that a reader of saved results needs.
 * @returns {Record<string, unknown>}
 */
function describeHost() {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const processors = cpus();
  return {
    platform: `${platform()} ${release()}`,
    cpu: processors[0]?.model ?? 'unknown',
    cpuCount: processors.length,
    node: process.version,
    java: firstLine(java.stderr ?? '') || 'unknown',
  };
}

/**
 * Runs the suite; returns the process exit status (0 unless the suite itself is broken).
 * @param {string[]} argv
 * @returns {number}
 */
function main(argv) {
  /** @type {Settings | null} */
  let settings;
  try {
    settings = parseSettings(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (settings === null) {
    console.log(USAGE);
    return 0;
  }
  const progress = (/** @type {string} */ line) => console.error(line);
  progress(`compiling ${KERNELS.length} kernels into ${CLASS_DIR} (javac --release 17)`);
  try {
    compileKernels(resolve(ROOT, CLASS_DIR));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const host = describeHost();
  const subjects = kernelSubjects(settings);
  console.log(`host: ${host.cpu} x${host.cpuCount}, ${host.platform}, node ${host.node}, ${host.java}`);
  for (const subject of subjects) {
    console.log(`${subject.label.padEnd(10)} = ${subject.argv.join(' ')} <Kernel> <iterations>`);
  }
  const options = { cwd: ROOT, timeoutMs: settings.timeoutMs, progress };
  const kernels = runKernels(settings.kernels, subjects, { ...options, runs: settings.runs, scale: settings.scale });
  console.log(`\n${formatKernelTable(kernels, subjects, settings.runs)}`);

  const startupCommands = startupSubjects(settings);
  const startup = settings.skipStartup
    ? null
    : runStartup(startupCommands, { ...options, runs: settings.startupRuns, mainClass: STARTUP_CLASS });
  if (startup !== null) {
    console.log(formatStartupTable(startup, startupCommands, settings.startupRuns));
  }

  if (settings.json !== null) {
    const { kernels: kernelList, ternCommand, ...rest } = settings;
    const report = buildJsonReport({
      settings: { ...rest, kernels: kernelList.map((kernel) => kernel.name), ternCommand },
      host,
      subjects,
      kernels,
      startupSubjects: startupCommands,
      startup,
    });
    const path = resolve(process.cwd(), settings.json);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
    progress(`wrote ${path}`);
  }
  const referenceBroken = kernels.some((result) => result.subjects[REFERENCE_ID].status === 'failed');
  return referenceBroken ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
