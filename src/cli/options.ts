/**
 * @fileoverview Parsing of `tern` command lines, shaped like `java`'s: launcher options, then the
 * main class (or `-jar file`), then program arguments. Errors are worded as `java` words them.
 */

/** A parsed command line. */
export interface CliOptions {
  classPath: string[] | null;
  jar: string | null;
  mainClass: string | null;
  args: string[];
  maxHeapBytes: number;
  stackBytes: number;
  properties: Record<string, string>;
  /** -Xint: no JIT. */
  interpretOnly: boolean;
  /** -Xcomp: compile every eligible method before its first call. */
  compileAll: boolean;
  /** -XX:CompileThreshold=N (null: the default). */
  compileThreshold: number | null;
  /** --jit-log (''= standard error) or --jit-log=FILE (appended); null: no log. */
  jitLog: string | null;
  /** --deopt-trace=FILE: the JIT's compile/deopt events as JSON lines (jit/trace-events.ts); null: none. */
  deoptTrace: string | null;
  /**
   * -XX:+BackgroundCompilation (the default, as in HotSpot): generate, optimize and compile in a
   * worker thread; -XX:-BackgroundCompilation or -Xbatch: on the VM's thread (-Xcomp always is).
   */
  backgroundCompilation: boolean;
  /** -XX:+DeoptimizeALot: compiled code deoptimizes at every safepoint poll (stress testing). */
  deoptimizeALot: boolean;
  showVersion: boolean;
  showHelp: boolean;
  gcStress: boolean;
  /** -XX:CRaCCheckpointTo=DIR: where Core.checkpointRestore() and `jcmd PID JDK.checkpoint` write. */
  cracCheckpointTo: string | null;
  /** -XX:CRaCRestoreFrom=DIR: restore the image there instead of starting a main class. */
  cracRestoreFrom: string | null;
  /** Diagnostics for consistency testing: -XX:TernSliceBudget=N. */
  sliceBudget: number | null;
  /**
   * -XX:TernCheckpointAtSlice=N:FILE (repeatable): checkpoint to FILE after scheduler slice N, and
   * stop there unless -XX:+TernCheckpointContinue.
   */
  checkpointsAtSlices: Array<{ slice: number; file: string }>;
  /** -XX:+TernCheckpointContinue: the checkpoints of TernCheckpointAtSlice let the program go on. */
  checkpointContinue: boolean;
  /** -XX:+TernPrintSliceCount: print the number of slices run to stderr at exit. */
  printSliceCount: boolean;
  /** -XX:+TernPrintCheckpointSite: with TernCheckpointAtSlice, say whether the slice ended in compiled code. */
  printCheckpointSite: boolean;
  /** --checkpoint-files=open|written|none: which file contents checkpoints save. */
  checkpointFiles: 'open' | 'written' | 'none';
  /** --checkpoint-dir=PATH (repeatable): directories whose files checkpoints save. */
  checkpointDirs: string[];
  /** --file-changed=fail|warn|restore: what a restore does with a file changed since the checkpoint. */
  fileChanged: 'fail' | 'warn' | 'restore';
  /** --cwd=DIR (restore): where the restored program's relative paths resolve instead of its recorded directory. */
  cwd: string | null;
}

/** A usage error: message for stderr and the exit status `java` uses. */
export class UsageError extends Error {
  /** `stdout`: text `java` prints on standard output for this error (some VM-creation errors). */
  constructor(message: string, readonly status = 1, readonly stdout = '') {
    super(message);
  }
}

/** Default -Xmx: 512 MiB semispaces (the heap reserves two, plus statics). */
export const DEFAULT_MAX_HEAP = 512 * 1024 * 1024;
/** Default -Xss: 4 MiB of slot stack per thread. */
export const DEFAULT_STACK = 4 * 1024 * 1024;

/** Parses `64m`, `1g`, `512k`, `1048576` as HotSpot does; null when malformed. */
export function parseSize(text: string): number | null {
  const m = /^(\d+)([kKmMgG]?)$/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  return n * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1);
}

/** Smallest -Xmx and -Xss that `java` accepts on Linux x64. */
const MIN_HEAP = 2 << 20;
const MIN_STACK = 136 << 10;

const FATAL = '\nError: Could not create the Java Virtual Machine.\nError: A fatal exception has occurred. Program will exit.';

/** Parses the launcher part of `argv`. */
export function parseCommandLine(argv: string[]): CliOptions {
  const o: CliOptions = {
    classPath: null, jar: null, mainClass: null, args: [], maxHeapBytes: DEFAULT_MAX_HEAP,
    stackBytes: DEFAULT_STACK, properties: {}, interpretOnly: false, compileAll: false, compileThreshold: null, jitLog: null, deoptTrace: null, backgroundCompilation: true, deoptimizeALot: false, showVersion: false, showHelp: false, cracCheckpointTo: null, cracRestoreFrom: null,
    sliceBudget: null, checkpointsAtSlices: [], checkpointContinue: false, printSliceCount: false, printCheckpointSite: false,
    gcStress: false, checkpointFiles: 'written', checkpointDirs: [], fileChanged: 'fail', cwd: null,
  };
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('-')) break;
    if (a === '-cp' || a === '-classpath' || a === '--class-path') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`Error: ${a} requires class path specification`, 1);
      o.classPath = v.split(':');
    } else if (/^--checkpoint-files=/.test(a)) {
      const v = a.substring('--checkpoint-files='.length);
      if (v !== 'open' && v !== 'written' && v !== 'none') throw new UsageError(`Error: --checkpoint-files must be open, written or none, not '${v}'`, 1);
      o.checkpointFiles = v;
    } else if (a.startsWith('--checkpoint-dir=') && a.length > '--checkpoint-dir='.length) {
      o.checkpointDirs.push(a.substring('--checkpoint-dir='.length));
    } else if (/^--file-changed=/.test(a)) {
      const v = a.substring('--file-changed='.length);
      if (v !== 'fail' && v !== 'warn' && v !== 'restore') throw new UsageError(`Error: --file-changed must be fail, warn or restore, not '${v}'`, 1);
      o.fileChanged = v;
    } else if (a.startsWith('--class-path=')) {
      o.classPath = a.substring('--class-path='.length).split(':');
    } else if (a === '-jar') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(USAGE, 1); // java prints just its usage here
      o.jar = v;
      i++;
      break;
    } else if (a.startsWith('-Xmx') || a.startsWith('-Xss') || a.startsWith('-Xms') || a.startsWith('-Xmn')) {
      const size = parseSize(a.substring(4));
      const what = a.startsWith('-Xss') ? 'thread stack size' : 'maximum heap size';
      if (size === null || size === 0) throw new UsageError(`Invalid ${what}: ${a}${FATAL}`);
      if (a.startsWith('-Xmx')) {
        // HotSpot cannot start in less than about 2 MB and says so on standard output.
        if (size < MIN_HEAP) throw new UsageError('', 1, 'Error occurred during initialization of VM\nToo small maximum heap\n');
        o.maxHeapBytes = size;
      } else if (a.startsWith('-Xss')) {
        if (size < MIN_STACK) {
          throw new UsageError(FATAL.substring(1), 1, '\nThe Java thread stack size specified is too small. Specify at least 136k\n');
        }
        o.stackBytes = size;
      }
    } else if (a.startsWith('-D')) {
      const eq = a.indexOf('=');
      if (eq < 0) o.properties[a.substring(2)] = '';
      else o.properties[a.substring(2, eq)] = a.substring(eq + 1);
    } else if (a === '-Xint' || a === '-Xmixed' || a === '-Xcomp') {
      o.interpretOnly = a === '-Xint';
      o.compileAll = a === '-Xcomp';
    } else if (/^-XX:CompileThreshold=[0-9]+$/.test(a)) {
      o.compileThreshold = Number(a.substring('-XX:CompileThreshold='.length));
    } else if (a === '--jit-log' || a === '-XX:+PrintCompilation') {
      o.jitLog = '';
    } else if (a.startsWith('--jit-log=')) {
      o.jitLog = a.substring('--jit-log='.length);
    } else if (a.startsWith('--deopt-trace=') && a.length > '--deopt-trace='.length) {
      o.deoptTrace = a.substring('--deopt-trace='.length);
    } else if (a === '-XX:+BackgroundCompilation' || a === '-XX:-BackgroundCompilation' || a === '-Xbatch') {
      o.backgroundCompilation = a === '-XX:+BackgroundCompilation';
    } else if (a === '-XX:+DeoptimizeALot' || a === '-XX:-DeoptimizeALot') {
      o.deoptimizeALot = a === '-XX:+DeoptimizeALot';
    } else if (a === '-version' || a === '--version') {
      o.showVersion = true;
    } else if (a === '-help' || a === '--help' || a === '-h' || a === '-?') {
      o.showHelp = true;
    } else if (a === '-XX:+TernGCStress') {
      o.gcStress = true;
    } else if (a.startsWith('-XX:CRaCCheckpointTo=')) {
      o.cracCheckpointTo = a.substring('-XX:CRaCCheckpointTo='.length);
    } else if (a.startsWith('-XX:CRaCRestoreFrom=')) {
      o.cracRestoreFrom = a.substring('-XX:CRaCRestoreFrom='.length);
    } else if (/^-XX:TernSliceBudget=[1-9][0-9]*$/.test(a)) {
      o.sliceBudget = Number(a.substring('-XX:TernSliceBudget='.length));
    } else if (/^-XX:TernCheckpointAtSlice=[1-9][0-9]*:.+$/.test(a)) {
      const v = a.substring('-XX:TernCheckpointAtSlice='.length);
      o.checkpointsAtSlices.push({ slice: Number(v.substring(0, v.indexOf(':'))), file: v.substring(v.indexOf(':') + 1) });
    } else if (a === '-XX:+TernCheckpointContinue') {
      o.checkpointContinue = true;
    } else if (a === '-XX:+TernPrintSliceCount') {
      o.printSliceCount = true;
    } else if (a.startsWith('--cwd=') && a.length > '--cwd='.length) {
      o.cwd = a.substring('--cwd='.length);
    } else if (a === '-XX:+TernPrintCheckpointSite') {
      o.printCheckpointSite = true;
    } else if (a.startsWith('-XX:') || a.startsWith('-Xshare') || a === '-ea' || a === '-da' || a.startsWith('-ea:') ||
      a.startsWith('-da:') || a === '-esa' || a === '-dsa' || a.startsWith('-verbose') || a === '-server' || a === '-client' ||
      a.startsWith('-Xlog')) {
      // Accepted for compatibility with `java` command lines; no effect yet.
    } else {
      throw new UsageError(`Unrecognized option: ${a}${FATAL}`);
    }
  }
  if (o.jar === null && i < argv.length) o.mainClass = argv[i++]!;
  o.args = argv.slice(i);
  return o;
}

/** `tern -help` text. */
export const USAGE = `Usage: tern [options] <mainclass> [args...]
           (to execute a class)
   or  tern [options] -jar <jarfile> [args...]
           (to execute a jar file)

 Arguments following the main class or -jar <jarfile> are passed as the arguments to main.

 where options include:
    -cp <class search path of directories and jar files>
    -classpath <class search path of directories and jar files>
    --class-path <class search path of directories and jar files>
                  A : separated list of directories and JAR archives to search for class files.
    -D<name>=<value>
                  set a system property
    -Xmx<size>    set the maximum Java heap size (e.g. 64m, 1g)
    -Xss<size>    set the Java thread stack size
    -Xint         interpreted mode execution only
    -Xmixed       mixed mode execution (default): hot methods are compiled to WebAssembly
    -Xcomp        forces compilation of methods on first invocation
    -XX:CompileThreshold=<n>     calls before a method is compiled (loops: 10 n back edges)
    --jit-log[=<file>]           one line per compiled method (and bail-out) to stderr or a file
    -XX:+BackgroundCompilation   generate and compile hot methods in a worker thread while
                                 the program runs (the default; -Xbatch or
                                 -XX:-BackgroundCompilation: on the program's thread)
    --deopt-trace=<file>         every compile, bail-out, invalidation, deopt and OSR entry
                                 as JSON lines (read by \`tern inspect trace\`)
    -version      print product version to the error stream and exit
    -help, -h, -? print this help message to the output stream
    -XX:CRaCCheckpointTo=<dir>   where org.crac checkpoints and \`tern jcmd PID JDK.checkpoint\` write
    -XX:CRaCRestoreFrom=<dir>    restore the program checkpointed there
    --checkpoint-files=open|written|none   file contents checkpoints save (default: written)
    --checkpoint-dir=<dir>       checkpoints also save every file under <dir> (repeatable)
    --file-changed=fail|warn|restore       restore: a file changed since the checkpoint fails,
                                 is used as it is, or gets its saved contents back (default: fail)
    --cwd=<dir>                  restore: the program's relative paths resolve in <dir> instead of
                                 the working directory it was started in (which the image records)

Checkpoint, restore and migration (docs/checkpoint.md):
   tern checkpoint <pid> -o <file> [--stop] [--compress[=<level>]] [--progress]
   tern restore [options] <file>
   tern jcmd <pid> JDK.checkpoint
   tern serve --listen <host>:<port> --token-file <file> [options]
   tern migrate <pid> <host>:<port> --token-file <file>
   tern inspect image <file> [--json] [--top <n>]

Deopt traces (docs/cli.md, docs/deopt-trace.md):
   tern inspect trace <file> [--method <regex>] [--reason <r>] [--timeline] [--buckets <n>] [--top <n>]
                      [--json] [--html <out.html>]
   tern inspect --serve <port> [<file>]   the trace page on http://127.0.0.1:<port>/ until Ctrl-C

Benchmarks (docs/cli.md):
   tern bench [--kernels fft,sor,mc,sparse,lu] [--large] [--against java,java-Xint,tern-Xint] [--runs <n>]
              [--min-time <ms>] [--json <file>] [--html <file>] [--compare <old.json>] [--class <name> -cp <path>]
`;
