/**
 * @fileoverview The `tern` command: runs a Java program like `java` does (options, class path,
 * -jar), with the same error wording and exit statuses.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { traceHeader, TraceWriter, type TraceListener } from '../../jit/trace.js';
import type { JitOptions } from '../../jit/index.js';
import { jitOptions, noteJit, setBinaryenImporter } from './jit-settings.js';
import * as path from 'node:path';
import { JarFile } from '../classfile/jar.js';
import { launch, LaunchError } from '../api/launcher.js';
import { createNodeHost } from '../host/node/node-host.js';
import { loadClassLibrary } from '../host/node/class-library.js';
import { parseCommandLine, UsageError, USAGE, type CliOptions } from './options.js';
import { attachControl, COMMANDS, CommandError, restoreCommand } from './commands.js';
import type { ControlEndpoint } from '../host/node/control-endpoint.js';
import { CRAC_IMAGE_NAME } from '../control/vm-control.js';
import type { Host } from '../host/host.js';
import { atExit, runExitHooks } from './exit-hooks.js';

export { jitOptions } from './jit-settings.js';
export { createNodeHost };

/** Tern's version. */
export const VERSION = '0.1.0';

/** The main class and class path of `-jar file`, from its manifest. */
function resolveJar(o: CliOptions): { mainClass: string; classPath: string[] } {
  const jarPath = o.jar!;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(jarPath);
  } catch {
    throw new UsageError(`Error: Unable to access jarfile ${jarPath}`);
  }
  const host = createNodeHost();
  let jar: JarFile;
  try {
    jar = new JarFile(bytes, host.inflate);
  } catch {
    throw new UsageError(`Error: Invalid or corrupt jarfile ${jarPath}`);
  }
  const manifest = jar.manifest();
  const main = manifest?.mainClass ?? null;
  if (!main) throw new UsageError(`no main manifest attribute, in ${jarPath}`);
  const dir = path.dirname(jarPath);
  const extra = (manifest?.classPath ?? []).map((p: string) => path.resolve(dir, p));
  return { mainClass: main, classPath: [jarPath, ...extra] };
}

/**
 * --deopt-trace=FILE: opens FILE (truncated), writes the header line, and returns the listener
 * the JIT gives its events to. Lines are buffered and written every second, when 256 KiB are
 * pending, and at exit (so a trace costs the program almost nothing and changes nothing).
 */
function openDeoptTrace(o: CliOptions, what: string): TraceListener | null {
  if (o.deoptTrace === null) return null;
  let fd: number;
  try {
    fd = openSync(o.deoptTrace, 'w');
  } catch (e) {
    throw new UsageError(`Error: Could not open the deopt trace file ${o.deoptTrace}: ${(e as Error).message}`);
  }
  const flags = [o.interpretOnly ? '-Xint' : o.compileAll ? '-Xcomp' : '-Xmixed'];
  if (o.compileThreshold !== null) flags.push(`-XX:CompileThreshold=${o.compileThreshold}`);
  if (o.deoptimizeALot) flags.push('-XX:+DeoptimizeALot');
  if (o.backgroundCompilation && !o.interpretOnly && !o.compileAll) flags.push('-XX:+BackgroundCompilation');
  const writer = new TraceWriter((chunk) => writeSync(fd, chunk), traceHeader(`${what} ${flags.join(' ')}`));
  const timer = setInterval(() => writer.flush(), 1000);
  timer.unref();
  atExit(() => {
    clearInterval(timer);
    writer.close();
    closeSync(fd);
  });
  return (e) => writer.push(e);
}

/** What a run takes from its surroundings. */
export interface CliPlatform {
  /** How the JIT loads Binaryen when the bundle cannot import() (bin/tern.js passes it). */
  importBinaryen?: JitOptions['importBinaryen'];
  /**
   * The host programs run on: by default Node's own (createNodeHost()). One process running many
   * programs (test/support/warm-runner.ts) gives each run a host with its own standard streams.
   */
  host?: Host;
}

/** Entry point: parses `argv`, runs the program, exits with its status. */
export async function main(argv: string[], platform: CliPlatform = {}): Promise<void> {
  const host = platform.host ?? createNodeHost();
  // A process ended from elsewhere (an uncaught error) still closes its trace file.
  process.on('exit', runExitHooks);
  host.exit(await run(argv, { ...platform, host }));
}

/**
 * What {@link main} does short of ending the process: parses `argv`, runs the command or the
 * program, flushes its output, runs the exit hooks (exit-hooks.ts), and resolves to the exit status.
 */
export async function run(argv: string[], platform: CliPlatform = {}): Promise<number> {
  const host = platform.host ?? createNodeHost();
  const status = await runCommand(argv, host, platform);
  host.flush();
  runExitHooks();
  return status;
}

async function runCommand(argv: string[], host: Host, platform: CliPlatform): Promise<number> {
  setBinaryenImporter(platform.importBinaryen);
  const err = (s: string) => host.write(2, new TextEncoder().encode(s.endsWith('\n') ? s : s + '\n'));
  try {
    const command = COMMANDS[argv[0] ?? ''];
    if (command) return await command(host, argv.slice(1));
    const o = parseCommandLine(argv);
    if (o.showHelp) {
      host.write(1, new TextEncoder().encode(USAGE));
      return 0;
    }
    if (o.showVersion) {
      err(`tern version "${VERSION}" (Java SE 17 class files)\nTern Runtime Environment (build ${VERSION})\nTern VM (build ${VERSION}, interpreted mode, green threads)`);
      return 0;
    }
    if (o.cracRestoreFrom !== null) {
      return await restoreCommand(host, o, host.joinPath(o.cracRestoreFrom, CRAC_IMAGE_NAME));
    }
    let mainClass = o.mainClass;
    let classPath = o.classPath ?? (host.getenv('CLASSPATH') ?? '.').split(':');
    if (o.jar !== null) ({ mainClass, classPath } = resolveJar(o));
    if (mainClass === null) {
      err(USAGE);
      return 1;
    }
    const trace = openDeoptTrace(o, o.jar !== null ? `-jar ${o.jar}` : mainClass);
    const jit = jitOptions(o);
    if (jit !== null) jit.trace = trace;
    const classLibrary = loadClassLibrary();
    let endpoint: ControlEndpoint | null = null;
    try {
      const status = await launch(host, {
        mainClass, args: o.args, classPath, classLibrary,
        maxHeapBytes: o.maxHeapBytes, stackBytes: o.stackBytes, properties: o.properties, gcStress: o.gcStress,
        jit,
        onVmCreated: (vm) => {
          endpoint = attachControl(vm, o);
          noteJit(vm);
        },
      });
      await endpoint!.drain();
      return status;
    } finally {
      (endpoint as ControlEndpoint | null)?.stop();
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof LaunchError || e instanceof CommandError) {
      if (e instanceof UsageError && e.stdout) host.write(1, new TextEncoder().encode(e.stdout));
      if (e.message) err(e.message);
      return e.status;
    }
    err(`Error: Tern internal error: ${(e as Error)?.stack ?? e}`);
    return 1;
  }
}
