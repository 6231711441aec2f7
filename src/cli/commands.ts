/**
 * @fileoverview The `tern` subcommands around checkpointing: `tern restore FILE` continues a
 * program from an image, `tern checkpoint PID -o FILE [--stop]` asks a running VM for one, and
 * `tern jcmd PID JDK.checkpoint` does what CRaC users type. Every failure is one clear line on
 * standard error and status 1; the program asked to checkpoint keeps running when it fails.
 */
import * as path from 'node:path';
import { runToCompletion, createVm } from '../api/launcher.js';
import { checkpointAtSafepoint, handleControlRequest, type ControlSettings } from '../control/vm-control.js';
import { serveMigrations } from '../host/node/migration-transport.js';
import { readFileSync } from 'node:fs';
import type { ControlRequest } from '../control/protocol.js';
import type { Host } from '../host/host.js';
import { loadClassLibrary } from '../host/node/class-library.js';
import { enableControlEndpoint, sendControlRequest, type ControlEndpoint } from '../host/node/control-endpoint.js';
import { progressDisplay } from './progress.js';
import { CommandError } from './command-error.js';
import { atExit } from './exit-hooks.js';
import { inspectCommand } from './inspect-command.js';
import { benchCommand } from './bench-command.js';
import { restoreFromBytesAsync } from '../image/checkpoint.js';
import { ImageFormatError } from '../image/errors.js';
import { RestoreError } from '../image/restore.js';
import type { Vm } from '../runtime/vm.js';
import { parseCommandLine, type CliOptions } from './options.js';
import { checkCommand } from './check.js';
import { installRestoreJit } from './jit-settings.js';
import { tieringOf } from '../interp/interpreter.js';
import { JitRuntime } from '../../jit/index.js';

export { CommandError };

/** Serves control requests for `vm` (checkpoint from outside, CRaC's jcmd). */
export function attachControl(vm: Vm, o: CliOptions): ControlEndpoint {
  const settings: ControlSettings = { cracCheckpointTo: o.cracCheckpointTo === null ? null : path.resolve(o.cracCheckpointTo) };
  vm.cracCheckpointTo = settings.cracCheckpointTo;
  vm.fileCapture = { contents: o.checkpointFiles, directories: o.checkpointDirs.map((d) => path.resolve(d)) };
  if (o.sliceBudget !== null) vm.sliceBudget = vm.compiledSliceBudget = o.sliceBudget;
  armSliceCheckpoints(vm, o);
  if (o.printSliceCount) {
    // With the JIT, also which slices ended in a poll of compiled code (where a checkpoint at that
    // slice finds freshly deoptimized frames): `[tern] slices: N (compiled: 3 4 9)`.
    const tier = tieringOf(vm);
    const compiled: number[] = [];
    if (tier instanceof JitRuntime) tier.onPollYield = (y) => void compiled.push(y.slice);
    atExit(() => {
      vm.host.write(2, new TextEncoder().encode(sliceCountLine(vm.scheduler.slices, tier instanceof JitRuntime ? compiled : null)));
      vm.host.flush();
    });
  }
  return enableControlEndpoint((r, progress) => handleControlRequest(vm, settings, r, progress));
}

/**
 * -XX:TernCheckpointAtSlice=N:FILE (consistency tests): a checkpoint after each slice N, in order;
 * the first stops the program unless -XX:+TernCheckpointContinue. With -XX:+TernPrintCheckpointSite
 * each successful one is reported as `[tern] checkpoint at slice N: SITE`; when the program goes on,
 * followed by ` (after stdout byte X, stderr byte Y)`: how much output it had written when the image
 * was taken (the slice ends at a safepoint, so no Java code runs between the count and the capture).
 */
function armSliceCheckpoints(vm: Vm, o: CliOptions): void {
  const points = [...o.checkpointsAtSlices].sort((a, b) => a.slice - b.slice);
  const stop = !o.checkpointContinue;
  let ownBytes = 0; // the report lines' own bytes on stderr, not the program's
  const report = (line: string): void => {
    const bytes = new TextEncoder().encode(line);
    ownBytes += bytes.length;
    vm.host.write(2, bytes);
  };
  const arm = (i: number): void => {
    const at = points[i];
    vm.scheduler.onSlice = at === undefined ? null : {
      atSlice: at.slice,
      run: () => {
        arm(i + 1);
        let site = o.printCheckpointSite ? checkpointSite(vm, at.slice) : '';
        if (site !== '' && !stop) site += ` (after stdout byte ${vm.host.written(1)}, stderr byte ${vm.host.written(2) - ownBytes})`;
        void checkpointAtSafepoint(vm, path.resolve(at.file), stop, 0).then((r) => {
          if (!r.ok) report(`[tern] ${r.error}\n`);
          else if (site !== '') report(`[tern] checkpoint at slice ${at.slice}: ${site}\n`);
        });
      },
    };
  };
  arm(0);
}

/**
 * Where slice `slice` ended (-XX:+TernPrintCheckpointSite): "compiled ..." when it ended in a
 * safepoint poll of compiled code, whose frames were deoptimized for the scheduler (and so for
 * the checkpoint taken next), else "interpreted".
 */
function checkpointSite(vm: Vm, slice: number): string {
  const tier = tieringOf(vm);
  const y = tier instanceof JitRuntime ? tier.lastYield : null;
  if (y === null || y.slice !== slice) return tier === null ? 'interpreted (no JIT)' : 'interpreted';
  const callee = y.interpreted === undefined ? '' : `; interpreted callee frames kept on top: ${y.interpreted.join(' <- ')}`;
  return `compiled (thread ${y.thread.debugName}${y.osr ? ', OSR' : ''}, ${y.frames.length} compiled frame${y.frames.length === 1 ? '' : 's'} deoptimized: ${y.frames.join(' <- ')}${callee})`;
}

/** Most compiled slices -XX:+TernPrintSliceCount lists. */
export const MAX_LISTED_SLICES = 1000;

/**
 * The -XX:+TernPrintSliceCount line: `[tern] slices: N`, with the JIT ` (compiled: 3 4 9)`. At
 * most {@link MAX_LISTED_SLICES} compiled slices, evenly spaced: the line is written at exit, and
 * a pipe takes only part of a line of hundreds of KB before the process ends.
 */
export function sliceCountLine(slices: number, compiled: readonly number[] | null): string {
  if (compiled === null) return `[tern] slices: ${slices}\n`;
  const n = Math.min(compiled.length, MAX_LISTED_SLICES);
  const listed = Array.from({ length: n }, (_, i) => compiled[Math.floor((i * compiled.length) / n)]!);
  return `[tern] slices: ${slices} (compiled:${listed.map((x) => ` ${x}`).join('')})\n`;
}

/**
 * A new VM with the command line's heap, stack, properties and JIT mode, holding the program of
 * `image` (which has no compiled code: hot methods are compiled again in this VM); its sockets
 * are re-established before it resolves (no Java thread has run yet).
 */
async function restoredVm(host: Host, o: CliOptions, classLibrary: Uint8Array, image: Uint8Array): Promise<Vm> {
  const vm = createVm(host, {
    classPath: [], classLibrary, maxHeapBytes: o.maxHeapBytes, stackBytes: o.stackBytes, properties: o.properties, gcStress: o.gcStress,
  });
  await installRestoreJit(vm, o);
  let workingDirectory: string | undefined;
  if (o.cwd !== null) {
    workingDirectory = path.resolve(o.cwd);
    if (host.fs.stat(workingDirectory, true)?.kind !== 'directory') throw new RestoreError(`--cwd ${o.cwd} is not a directory`);
  }
  await restoreFromBytesAsync(vm, image, {
    fileChanged: o.fileChanged,
    warn: (m) => host.write(2, new TextEncoder().encode(`[tern] warning: ${m}\n`)),
    workingDirectory,
  });
  return vm;
}

/** `tern restore [options] FILE`: restores and runs to completion; resolves to the exit status. */
export async function restoreCommand(host: Host, o: CliOptions, file: string): Promise<number> {
  const bytes = host.readFile(file);
  if (bytes === null) throw new CommandError(`Error: cannot read image ${file}`);
  let vm: Vm;
  try {
    vm = await restoredVm(host, o, loadClassLibrary(), bytes);
  } catch (e) {
    if (e instanceof ImageFormatError || e instanceof RestoreError) throw new CommandError(`Error: cannot restore ${file}: ${e.message}`);
    throw e;
  }
  const endpoint = attachControl(vm, o);
  try {
    const status = await runToCompletion(vm);
    await endpoint.drain();
    return status;
  } finally {
    endpoint.stop();
  }
}

function pidOf(arg: string | undefined, usage: string): number {
  if (arg === undefined || !/^[1-9][0-9]*$/.test(arg)) throw new CommandError(usage);
  return Number(arg);
}

const CHECKPOINT_USAGE = 'Usage: tern checkpoint PID -o FILE [--stop] [--compress[=LEVEL]] [--progress]';

async function checkpointCommand(host: Host, argv: string[]): Promise<number> {
  const pid = pidOf(argv[0], CHECKPOINT_USAGE);
  let file: string | null = null, stop = false, level = 0, progress = false;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-o' && argv[i + 1] !== undefined) file = argv[++i]!;
    else if (a === '--stop') stop = true;
    else if (a === '--progress') progress = true;
    else if (a === '--compress') level = 6;
    else if (/^--compress=[1-9]$/.test(a)) level = Number(a.substring(11));
    else throw new CommandError(`Error: unknown option ${a}\n${CHECKPOINT_USAGE}`);
  }
  if (file === null) throw new CommandError(CHECKPOINT_USAGE);
  return send(host, pid, { op: 'checkpoint', path: path.resolve(file), stop, compressionLevel: level }, progress);
}

const JCMD_USAGE = 'Usage: tern jcmd PID JDK.checkpoint';

async function jcmdCommand(host: Host, argv: string[]): Promise<number> {
  const pid = pidOf(argv[0], JCMD_USAGE);
  if (argv[1] !== 'JDK.checkpoint' || argv.length !== 2) throw new CommandError(JCMD_USAGE);
  host.write(1, new TextEncoder().encode(`${pid}:\n`));
  return send(host, pid, { op: 'crac-checkpoint' });
}

/**
 * Sends `request` to process `pid` and prints the answer. Progress goes to standard error when it
 * is a terminal, or with `progress` (--progress) as one line per update.
 */
async function send(host: Host, pid: number, request: ControlRequest, progress = false): Promise<number> {
  const tty = process.stderr.isTTY === true;
  const display = progressDisplay((text) => host.write(2, new TextEncoder().encode(text)), tty);
  const r = await sendControlRequest(pid, request, tty || progress ? (p) => display.update(p) : undefined);
  display.end();
  if (!r.ok) throw new CommandError(`Error: ${r.error}`);
  host.write(1, new TextEncoder().encode(`${r.message}${r.bytes !== undefined ? ` (${r.bytes} bytes)` : ''}\n`));
  return 0;
}

/** Reads a shared token (first line of the file); tokens shorter than 16 characters are refused. */
function readToken(file: string | null, usage: string): string {
  if (file === null) throw new CommandError(usage);
  let token: string;
  try {
    token = readFileSync(file, 'utf8').split('\n')[0]!.trim();
  } catch {
    throw new CommandError(`Error: cannot read token file ${file}`);
  }
  if (token.length < 16) throw new CommandError(`Error: the token in ${file} is too short (16 characters at least)`);
  return token;
}

/** `HOST:PORT` (IPv6 hosts in brackets). */
function endpointOf(arg: string | undefined, usage: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:]+)):([0-9]{1,5})$/.exec(arg ?? '');
  const port = m ? Number(m[3]) : 0;
  if (!m || port < 1 || port > 65535) throw new CommandError(usage);
  return { host: m[1] ?? m[2]!, port };
}

const MIGRATE_USAGE = 'Usage: tern migrate PID HOST:PORT --token-file FILE';

async function migrateCommand(host: Host, argv: string[]): Promise<number> {
  const pid = pidOf(argv[0], MIGRATE_USAGE);
  const to = endpointOf(argv[1], MIGRATE_USAGE);
  const file = argv[2] === '--token-file' && argv.length === 4 ? argv[3]! : null;
  return send(host, pid, { op: 'migrate', host: to.host, port: to.port, token: readToken(file, MIGRATE_USAGE) });
}

const SERVE_USAGE = 'Usage: tern serve --listen HOST:PORT --token-file FILE [options]';

/** `tern serve`: receives migrating programs and runs them here until killed. */
async function serveCommand(host: Host, argv: string[]): Promise<number> {
  let listen: string | undefined, tokenFile: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--listen') listen = argv[++i];
    else if (argv[i] === '--token-file') tokenFile = argv[++i] ?? null;
    else rest.push(argv[i]!);
  }
  const at = endpointOf(listen, SERVE_USAGE);
  const token = readToken(tokenFile, SERVE_USAGE);
  const o = parseCommandLine(rest);
  const log = (line: string): void => {
    host.write(2, new TextEncoder().encode(`[tern serve] ${line}\n`));
    host.flush();
  };
  const library = loadClassLibrary();
  try {
    await serveMigrations({
      host: at.host, port: at.port, token, log,
      receive: async (image) => {
        const started = Date.now();
        let vm: Vm;
        try {
          vm = await restoredVm(host, o, library, image);
        } catch (e) {
          return { ok: false, error: (e as Error).message };
        }
        if (o.sliceBudget !== null) vm.sliceBudget = vm.compiledSliceBudget = o.sliceBudget;
        void runToCompletion(vm).then((status) => log(`${vm.mainClassName} ended with status ${status}`));
        return { ok: true, restoreMs: Date.now() - started };
      },
    });
  } catch (e) {
    throw new CommandError(`Error: cannot listen on ${listen}: ${(e as Error).message}`);
  }
  log(`listening on ${at.host}:${at.port}`);
  return new Promise<number>(() => {}); // serves until the process is ended
}

async function restoreMain(host: Host, argv: string[]): Promise<number> {
  const o = parseCommandLine(argv);
  if (o.mainClass === null || o.args.length > 0) throw new CommandError('Usage: tern restore [options] FILE');
  return restoreCommand(host, o, o.mainClass);
}

/** Subcommands by name. */
export const COMMANDS: Record<string, (host: Host, argv: string[]) => Promise<number>> = {
  checkpoint: checkpointCommand,
  restore: restoreMain,
  jcmd: jcmdCommand,
  migrate: migrateCommand,
  serve: serveCommand,
  inspect: inspectCommand,
  bench: benchCommand,
  check: checkCommand,
};
