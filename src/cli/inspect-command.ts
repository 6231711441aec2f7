/**
 * @fileoverview `tern inspect image FILE [--json] [--top N]`: what a checkpoint image holds
 * (src/image/inspect.ts). A damaged image gets the decoder's one-line reason and status 1.
 * `tern inspect trace FILE ...` and `tern inspect --serve PORT [FILE]`: the deopt trace inspector
 * (src/tools/trace-*.ts, src/cli/trace-server.ts); a file that is not a readable trace gets a
 * one-line reason and status 1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Host } from '../host/host.js';
import { loadClassLibrary } from '../host/node/class-library.js';
import { ImageFormatError } from '../image/errors.js';
import { formatImageReport, inspectImage, type LibraryLookup } from '../image/inspect.js';
import { classLibraryId } from '../image/library-id.js';
import { ClassLibrary } from '../runtime/class-path.js';
import { pageData, traceHtml } from '../tools/trace-html.js';
import { parseTrace, TraceFormatError, type ParsedTrace } from '../tools/trace-read.js';
import { analyzeTrace, type TraceFilter } from '../tools/trace-report.js';
import { formatTraceReport } from '../tools/trace-text.js';
import { CommandError } from './command-error.js';
import { serveTrace } from './trace-server.js';

const USAGE = `Usage: tern inspect image FILE [--json] [--top N]
       tern inspect trace FILE [--method REGEX] [--reason R] [--timeline] [--buckets N] [--top N] [--json] [--html OUT]
       tern inspect --serve PORT [FILE] [--method REGEX] [--reason R]`;

/** The installed class library, when there is one (line numbers of library frames need it). */
function installedLibrary(): LibraryLookup | null {
  let bytes: Uint8Array;
  try {
    bytes = loadClassLibrary();
  } catch {
    return null;
  }
  const library = new ClassLibrary(bytes);
  return { id: classLibraryId(bytes), get: (name) => library.get(name) };
}

/** `tern inspect ...`. */
export async function inspectCommand(host: Host, argv: string[]): Promise<number> {
  if (argv[0] === 'trace' || argv[0] === '--serve') return traceCommand(host, argv);
  if (argv[0] !== 'image') throw new CommandError(USAGE);
  let file: string | null = null, json = false, top = 20;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--top' && /^[1-9][0-9]*$/.test(argv[i + 1] ?? '')) top = Number(argv[++i]);
    else if (!a.startsWith('-') && file === null) file = a;
    else throw new CommandError(`Error: unexpected argument ${a}\n${USAGE}`);
  }
  if (file === null) throw new CommandError(USAGE);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new CommandError(`Error: cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  let text: string;
  try {
    const report = inspectImage(file, bytes, (b, size) => host.inflate(b, size), installedLibrary());
    text = json ? JSON.stringify(report, null, 2) + '\n' : formatImageReport(report, { topClasses: top });
  } catch (e) {
    if (e instanceof ImageFormatError) throw new CommandError(`Error: ${file}: ${e.message}`);
    throw e;
  }
  host.write(1, new TextEncoder().encode(text));
  return 0;
}

/** Reads a file's text, with the command's wording for a missing or unreadable file. */
function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CommandError(`Error: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
  return bytes.toString('utf8');
}

/** Parses a trace file, turning format errors into the command's one-line error. */
function readTrace(file: string): ParsedTrace {
  const text = readText(file);
  try {
    return parseTrace(text, file);
  } catch (e) {
    if (e instanceof TraceFormatError) throw new CommandError(`Error: ${e.message}`);
    throw e;
  }
}

/** `tern inspect trace FILE ...` and `tern inspect --serve PORT [FILE]`. */
async function traceCommand(host: Host, argv: string[]): Promise<number> {
  const serve = argv[0] === '--serve';
  let port: number | null = null;
  let file: string | null = null, json = false, html: string | null = null, timeline = false, top = 20, buckets = 20;
  const filter: TraceFilter = { method: null, reason: null };
  const value = (i: number): string => {
    const v = argv[i + 1];
    if (v === undefined) throw new CommandError(`Error: ${argv[i]} needs a value\n${USAGE}`);
    return v;
  };
  const count = (i: number): number => {
    const v = value(i);
    if (!/^[1-9][0-9]*$/.test(v)) throw new CommandError(`Error: ${argv[i]} needs a positive integer\n${USAGE}`);
    return Number(v);
  };
  let i = 1;
  if (serve) {
    const p = argv[1];
    if (p === undefined || !/^[0-9]+$/.test(p) || Number(p) > 65535) throw new CommandError(`Error: --serve needs a port number (0-65535; 0 picks a free one)\n${USAGE}`);
    port = Number(p);
    i = 2;
  }
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--method') filter.method = value(i++);
    else if (a === '--reason') filter.reason = value(i++);
    else if (!serve && a === '--json') json = true;
    else if (!serve && a === '--timeline') timeline = true;
    else if (!serve && a === '--html') html = value(i++);
    else if (!serve && a === '--top') top = count(i++);
    else if (!serve && a === '--buckets') buckets = count(i++);
    else if (!a.startsWith('-') && file === null) file = a;
    else throw new CommandError(`Error: unexpected argument ${a}\n${USAGE}`);
  }
  if (filter.method !== null) {
    try {
      new RegExp(filter.method);
    } catch (e) {
      throw new CommandError(`Error: --method ${filter.method}: not a regular expression (${(e as Error).message})`);
    }
  }
  const say = (fd: 1 | 2, text: string): void => host.write(fd, new TextEncoder().encode(text));
  if (serve) {
    if (file !== null) readTrace(file); // a bad file is refused before the server starts
    let stop = (): void => {};
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      await serveTrace({ port: port!, file, filter, read: readText, out: (t) => {
        say(1, t);
        host.flush(); // the address must show now, not at exit
      }, stopped });
    } catch (e) {
      throw new CommandError(`Error: cannot serve on 127.0.0.1:${port}: ${(e as NodeJS.ErrnoException).code === 'EADDRINUSE' ? 'the port is in use' : (e as Error).message}`);
    }
    return 0;
  }
  if (file === null) throw new CommandError(USAGE);
  const trace = readTrace(file);
  const data = analyzeTrace(trace, filter, buckets);
  if (html !== null) {
    try {
      writeFileSync(html, traceHtml(pageData(data)));
    } catch (e) {
      throw new CommandError(`Error: cannot write ${html}: ${(e as Error).message}`);
    }
    for (const w of trace.warnings) say(2, `warning: ${w}\n`);
    say(1, `Wrote ${html}: ${data.report.totals.methods} methods, ${data.report.totals.compiles} compiles, ${data.report.totals.deopts} deopts\n`);
    return 0;
  }
  if (json) {
    for (const w of trace.warnings) say(2, `warning: ${w}\n`);
    say(1, JSON.stringify(data.report, null, 2) + '\n');
    return 0;
  }
  say(1, formatTraceReport(data.report, { top, timeline }));
  return 0;
}
