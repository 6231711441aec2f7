/**
 * @fileoverview What a checkpoint image holds, for people (`tern inspect image FILE`) and tools
 * (`--json`): its header, the threads with their frames and parked states in jstack's style, the
 * monitors, and the heap by class. It reads the image only (no VM is built), so it also explains
 * images that fail to restore. Line numbers come from the class files: those carried in the image
 * and, when the image was made with this installation's class library, the library's own.
 */
import { javaTypeName, parseClassFile, type ClassFile } from '../classfile/index.js';
import { decodeImage, readImageSummary, type ImageSummary } from './codec.js';
import { ClassOrigin, ImageThreadState, type Image, type ImageClass, type ImageThread } from './model.js';

/** One frame of a thread, top first in {@link ThreadReport.frames}. */
export interface FrameReport {
  /** Java name of the class (`java.util.HashMap`). */
  className: string;
  method: string;
  descriptor: string;
  pc: number;
  /** Source file and line, when the class file has them. */
  file: string | null;
  line: number | null;
  /** The thread is suspended inside this native method (sleep, wait, park, I/O). */
  native: boolean;
}

/** One thread of the image. */
export interface ThreadReport {
  name: string;
  id: number;
  daemon: boolean;
  interrupted: boolean;
  /** Thread.State name and what the thread waits for, as jstack prints it: `TIMED_WAITING (sleeping)`. */
  state: string;
  /** Milliseconds left of a timed wait at capture time, or null. */
  remainingMs: number | null;
  /** The object the thread waits to enter or waits on (`#12 java.lang.Object`), or null. */
  blockedOn: string | null;
  /** Objects whose monitors the thread holds. */
  holds: string[];
  frames: FrameReport[];
}

/** Objects of one class. */
export interface ClassHeapReport {
  className: string;
  count: number;
  /** Shallow size in Tern's heap layout (8-byte header, fields or elements, 8-byte alignment). */
  bytes: number;
}

/** Everything `tern inspect image` shows. */
export interface ImageReport {
  file: string;
  imageBytes: number;
  summary: ImageSummary & { capturedAtIso: string };
  /** Whether the image was made with the class library of this installation (a restore needs it). */
  libraryMatches: boolean | null;
  classes: { total: number; byOrigin: Record<string, number>; applicationClasses: string[] };
  threads: ThreadReport[];
  /** `named`: well-known objects of the class library the image names (not in `bytes` or `byClass`). */
  heap: { objects: number; bytes: number; interned: number; named: number; byClass: ClassHeapReport[] };
  monitors: Array<{ object: string; owner: string | null; count: number; entryQueue: string[]; waitSet: string[] }>;
  /** Open files (slot >= 3) and files saved without being open (slot -1). */
  files: Array<{ fd: number; path: string; mode: string; position: number; size: number; contentsSaved: boolean }>;
  /** Sockets: descriptor (0 for a connection queued on a listener), kind, endpoints, unread bytes, waiting threads. */
  sockets: Array<{ fd: number; kind: string; local: string; remote: string | null; unread: number; state: string[]; waiting: string[] }>;
  /**
   * Standard input: bytes the program's VM had read from it (the restored process's input must
   * continue from there), of those the ones not taken by the program yet (in the image), and
   * whether it had ended. Null for images older than format 6, which do not record it.
   */
  stdin: { offset: number; buffered: number; ended: boolean } | null;
}

const SOCKET_KINDS = ['listener', 'client', 'accepted', 'pending', 'datagram'];

const ORIGIN_NAMES: Record<number, string> = {
  [ClassOrigin.Boot]: 'class library',
  [ClassOrigin.App]: 'application',
  [ClassOrigin.Hidden]: 'hidden (lambdas, string concatenation)',
  [ClassOrigin.Array]: 'array',
  [ClassOrigin.AppAvailable]: 'application, not loaded yet',
  [ClassOrigin.Primitive]: 'primitive type',
};

const FILE_MODES = ['read', 'write', 'append', 'read/write'];

const FIELD_SIZE: Record<string, number> = { Z: 1, B: 1, C: 2, S: 2, I: 4, F: 4, L: 4, J: 8, D: 8 };

/** Where line numbers of class-library classes come from: the installation's library, if it is the image's. */
export interface LibraryLookup {
  /** Identity (SHA-256 hex) of the installed library. */
  id: string;
  /** Class-file bytes of a library class, or null. */
  get(name: string): Uint8Array | null;
}

/**
 * Reads `bytes` (the image file `file`) into a report. Throws ImageFormatError for a damaged
 * image, with the decoder's one-line reason.
 */
export function inspectImage(file: string, bytes: Uint8Array, inflate: (b: Uint8Array, size: number) => Uint8Array, library: LibraryLookup | null): ImageReport {
  const summary = readImageSummary(bytes);
  const image = decodeImage(bytes, { inflate, arrayViews: true });
  const libraryMatches = library ? library.id === summary.classLibrary : null;
  const names = new Names(image);
  const sources = new SourceLines(image, libraryMatches === true ? library : null);

  const byOrigin: Record<string, number> = {};
  for (const c of image.classes) byOrigin[ORIGIN_NAMES[c.origin]!] = (byOrigin[ORIGIN_NAMES[c.origin]!] ?? 0) + 1;
  const applicationClasses = image.classes.filter((c) => c.origin === ClassOrigin.App).map((c) => javaName(c.name)).sort();

  const holds = new Map<number, string[]>();
  for (const m of image.monitors) if (m.owner >= 0) holds.set(m.owner, [...(holds.get(m.owner) ?? []), names.object(m.object)]);
  const threads = image.threads.map((t, i) => threadReport(image, t, holds.get(i) ?? [], names, sources));

  return {
    file,
    imageBytes: bytes.length,
    summary: { ...summary, capturedAtIso: new Date(summary.capturedAt).toISOString() },
    libraryMatches,
    classes: { total: image.classes.length, byOrigin, applicationClasses },
    threads,
    heap: heapReport(image),
    monitors: image.monitors.map((m) => ({
      object: names.object(m.object),
      owner: m.owner >= 0 ? image.threads[m.owner]?.name ?? `thread ${m.owner}` : null,
      count: m.count,
      entryQueue: m.entryQueue.map((k) => image.threads[k]?.name ?? `thread ${k}`),
      waitSet: m.waitSet.map((k) => image.threads[k]?.name ?? `thread ${k}`),
    })),
    files: image.files.map((f) => ({
      fd: f.fd, path: f.path, mode: FILE_MODES[f.mode] ?? String(f.mode), position: f.position, size: f.size, contentsSaved: f.contents !== null,
    })),
    sockets: image.sockets.sockets.map((s) => ({
      fd: s.id, kind: SOCKET_KINDS[s.kind] ?? String(s.kind),
      local: `${s.local.address}:${s.local.port}`, remote: s.remote && `${s.remote.address}:${s.remote.port}`, unread: s.unread.length,
      state: [
        s.peer !== 0 ? `peer fd ${s.peer} in the image` : '', s.kind === 3 ? `queued on fd ${s.listener}` : '',
        s.inputShutdown ? 'input shut down' : '', s.outputShutdown ? 'output shut down' : '', s.eof ? 'end of stream received' : '',
        s.reset ? 'reset' : '', s.noDelay ? 'TCP_NODELAY' : '', s.keepAlive ? 'SO_KEEPALIVE' : '',
        s.datagrams.length > 0 ? `${s.datagrams.length} datagram${s.datagrams.length === 1 ? '' : 's'} queued` : '',
        s.multicast?.reuseAddress ? 'SO_REUSEADDR' : '',
        ...(s.multicast?.groups ?? []).map((g) => `member of ${g.group}${g.iface !== null ? ` on ${g.iface}` : ''}`),
        s.multicast && s.multicast.ttl >= 0 ? `multicast TTL ${s.multicast.ttl}` : '',
        s.multicast && s.multicast.loopback !== null ? `multicast loopback ${s.multicast.loopback ? 'on' : 'off'}` : '',
        s.multicast?.iface != null ? `multicast interface ${s.multicast.iface}` : '',
      ].filter((x) => x !== ''),
      waiting: s.waits.map((w) => `"${image.threads[w.thread]?.name ?? `thread ${w.thread}`}" in ${w.kind}${w.remainingMs >= 0 ? ` (${Math.round(w.remainingMs)} ms left)` : ''}`),
    })),
    stdin: image.stdin ? { offset: image.stdin.offset, buffered: image.stdin.buffered.length, ended: image.stdin.ended } : null,
  };
}

function javaName(internal: string): string {
  return internal.replace(/\//g, '.');
}

/** How objects are named in the report: `#id java.lang.Object`. */
class Names {
  constructor(private readonly image: Image) {}

  object(id: number): string {
    const o = this.image.objects[id - 1];
    const c = o ? this.image.classes[o.classIndex] : undefined;
    return c ? `#${id} ${javaName(c.name)}` : `#${id}`;
  }
}

/** Line numbers of methods, from class files parsed on demand. */
class SourceLines {
  private readonly parsed = new Map<number, ClassFile | null>();

  constructor(
    private readonly image: Image,
    private readonly library: LibraryLookup | null,
  ) {}

  at(classIndex: number, method: string, pc: number): { file: string | null; line: number | null } {
    const cf = this.classFile(classIndex);
    if (!cf) return { file: null, line: null };
    const m = cf.methods.find((x) => x.name + x.descriptor === method);
    let line: number | null = null;
    for (const ln of m?.code?.lineNumbers ?? []) if (ln.startPc <= pc) line = ln.line;
    return { file: cf.sourceFile, line };
  }

  private classFile(index: number): ClassFile | null {
    let cf = this.parsed.get(index);
    if (cf !== undefined) return cf;
    const c: ImageClass | undefined = this.image.classes[index];
    const bytes = c?.bytes ?? (c && c.origin === ClassOrigin.Boot ? this.library?.get(c.name) ?? null : null);
    cf = null;
    if (bytes) {
      try {
        cf = parseClassFile(bytes, { expectedName: c!.name });
      } catch {
        cf = null; // a damaged class file only costs its line numbers here
      }
    }
    this.parsed.set(index, cf);
    return cf;
  }
}

/** The Thread.State name and detail jstack would print. */
function stateOf(t: ImageThread): string {
  const timed = t.remainingMs >= 0;
  switch (t.state) {
    case ImageThreadState.Runnable:
      return 'RUNNABLE';
    case ImageThreadState.BlockedOnMonitor:
      return 'BLOCKED (on object monitor)';
    case ImageThreadState.Waiting:
      return `${timed ? 'TIMED_WAITING' : 'WAITING'} (on object monitor)`;
    case ImageThreadState.Sleeping:
      return 'TIMED_WAITING (sleeping)';
    case ImageThreadState.Parked:
      return `${timed ? 'TIMED_WAITING' : 'WAITING'} (parking)`;
    case ImageThreadState.WaitingForClassInit:
      return 'RUNNABLE (waiting for class initialization)';
    case ImageThreadState.WaitingForIo:
      return 'RUNNABLE (in I/O)';
    default:
      return `unknown state ${String(t.state)}`;
  }
}

function threadReport(image: Image, t: ImageThread, holds: string[], names: Names, sources: SourceLines): ThreadReport {
  const frames: FrameReport[] = [];
  if (t.native) {
    const [name, descriptor] = splitMethod(t.native.method);
    frames.push({ className: javaName(image.classes[t.native.classIndex]?.name ?? '?'), method: name, descriptor, pc: -1, file: null, line: null, native: true });
  }
  for (let k = t.frames.length - 1; k >= 0; k--) {
    const f = t.frames[k]!;
    const [name, descriptor] = splitMethod(f.method);
    const { file, line } = sources.at(f.classIndex, f.method, f.pc);
    frames.push({ className: javaName(image.classes[f.classIndex]?.name ?? '?'), method: name, descriptor, pc: f.pc, file, line, native: false });
  }
  return {
    name: t.name,
    id: t.id,
    daemon: t.daemon,
    interrupted: t.interrupted,
    state: stateOf(t),
    remainingMs: t.remainingMs >= 0 ? t.remainingMs : null,
    blockedOn: t.blockedOn !== 0 ? names.object(t.blockedOn) : null,
    holds,
    frames,
  };
}

function splitMethod(m: string): [string, string] {
  const at = m.indexOf('(');
  return at < 0 ? [m, ''] : [m.substring(0, at), m.substring(at)];
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

function heapReport(image: Image): ImageReport['heap'] {
  const sizes = image.classes.map((c) => align8(8 + c.instanceFields.reduce((n, f) => n + (FIELD_SIZE[f.tag] ?? 0), 0)));
  const count = new Array<number>(image.classes.length).fill(0);
  const bytes = new Array<number>(image.classes.length).fill(0);
  let total = 0, named = 0;
  for (const o of image.objects) {
    if (o.name) {
      named++; // the restoring VM's own
      continue;
    }
    const c = image.classes[o.classIndex]!;
    const size = c.origin === ClassOrigin.Array ? align8(16 + o.length * (FIELD_SIZE[c.name[1]!] ?? 4)) : sizes[o.classIndex]!;
    count[o.classIndex]!++;
    bytes[o.classIndex]! += size;
    total += size;
  }
  const byClass: ClassHeapReport[] = [];
  image.classes.forEach((c, i) => {
    if (count[i]! > 0) byClass.push({ className: typeName(c.name), count: count[i]!, bytes: bytes[i]! });
  });
  byClass.sort((a, b) => b.bytes - a.bytes || b.count - a.count || (a.className < b.className ? -1 : 1));
  return { objects: image.objects.length - named, bytes: total, interned: image.interned.length, named, byClass };
}

/** `[I` -> `int[]`, `[Ljava/lang/String;` -> `java.lang.String[]` (array class names are descriptors), others as Java names. */
function typeName(internal: string): string {
  return internal.startsWith('[') ? javaTypeName(internal) : javaName(internal);
}

/** Options of {@link formatImageReport}. */
export interface FormatOptions {
  /** Classes listed in the heap table (the rest are summed up in one line). */
  topClasses: number;
}

/** The report as text for a terminal. */
export function formatImageReport(r: ImageReport, options: FormatOptions = { topClasses: 20 }): string {
  const out: string[] = [];
  const s = r.summary;
  const kb = (n: number): string => (n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KiB`);
  out.push(`Image ${r.file}: ${r.imageBytes} bytes, format ${s.version}, ${s.compression === 'deflate' ? `deflated (${kb(s.rawBodySize)} uncompressed)` : 'uncompressed'}`);
  out.push(`  main class ${s.mainClass}, captured ${s.capturedAtIso}`);
  const lib = r.libraryMatches === null ? '' : r.libraryMatches ? ' (this installation\'s)' : ' (NOT this installation\'s: tern restore will refuse it)';
  out.push(`  class library ${s.classLibrary.substring(0, 16)}${lib}`);
  out.push('');
  out.push(`Classes: ${r.classes.total} (${Object.entries(r.classes.byOrigin).map(([k, v]) => `${v} ${k}`).join(', ')})`);
  if (r.classes.applicationClasses.length > 0) out.push(`  application: ${r.classes.applicationClasses.join(', ')}`);
  out.push('');
  out.push(`Threads: ${r.threads.length}`);
  for (const t of r.threads) {
    out.push('');
    out.push(`"${t.name}" #${t.id}${t.daemon ? ' daemon' : ''}${t.interrupted ? ' interrupted' : ''}`);
    out.push(`   java.lang.Thread.State: ${t.state}${t.remainingMs !== null ? `, ${t.remainingMs} ms left` : ''}`);
    t.frames.forEach((f, k) => {
      const where = f.native ? 'Native Method' : f.file ? `${f.file}${f.line !== null ? `:${f.line}` : ''}` : 'Unknown Source';
      out.push(`\tat ${f.className}.${f.method}(${where})${f.native ? '' : ` pc ${f.pc}`}`);
      if (k === 0 && t.blockedOn) out.push(`\t- ${t.state.startsWith('BLOCKED') ? 'waiting to lock' : 'waiting on'} <${t.blockedOn}>`);
    });
    for (const h of t.holds) out.push(`\t- holds <${h}>`);
  }
  if (r.monitors.length > 0) {
    out.push('');
    out.push('Monitors:');
    for (const m of r.monitors) {
      const parts = [m.owner !== null ? `owned by "${m.owner}" (count ${m.count})` : 'not owned'];
      if (m.entryQueue.length > 0) parts.push(`entering: ${m.entryQueue.map((n) => `"${n}"`).join(', ')}`);
      if (m.waitSet.length > 0) parts.push(`waiting: ${m.waitSet.map((n) => `"${n}"`).join(', ')}`);
      out.push(`  <${m.object}> ${parts.join('; ')}`);
    }
  }
  if (r.files.length > 0) {
    out.push('');
    out.push(`Files: ${r.files.length}`);
    for (const f of r.files) {
      const where = f.fd >= 0 ? `fd ${f.fd} ${f.mode}, at ${f.position}` : 'saved, not open';
      const size = f.size >= 0 ? `${f.size} bytes` : 'not a regular file';
      out.push(`  ${f.path} (${where}; ${size}${f.contentsSaved ? ', contents in the image' : ''})`);
    }
  }
  if (r.sockets.length > 0) {
    out.push('');
    out.push(`Sockets: ${r.sockets.length}`);
    for (const s of r.sockets) {
      const parts = [s.remote ? `${s.local} -> ${s.remote}` : `on ${s.local}`];
      if (s.unread > 0) parts.push(`${s.unread} bytes unread`);
      parts.push(...s.state);
      if (s.waiting.length > 0) parts.push(`waiting: ${s.waiting.join(', ')}`);
      out.push(`  ${s.fd > 0 ? `fd ${s.fd} ` : ''}${s.kind} ${parts.join('; ')}`);
    }
  }
  if (r.stdin !== null && (r.stdin.offset > 0 || r.stdin.ended)) {
    out.push('');
    const buffered = r.stdin.buffered > 0 ? ` (${r.stdin.buffered} not taken by the program yet, kept in the image)` : '';
    out.push(`Standard input: ${r.stdin.offset} bytes read${buffered}${r.stdin.ended ? ', end of input reached' : ''}`);
    out.push(`  the restored program reads its own standard input next: give it the original input from byte ${r.stdin.offset} on`);
  }
  out.push('');
  out.push(`Heap: ${r.heap.objects} objects, ${kb(r.heap.bytes)} (${r.heap.interned} interned strings)${r.heap.named > 0 ? `; ${r.heap.named} class-library objects named, not copied` : ''}`);
  const shown = r.heap.byClass.slice(0, options.topClasses);
  const width = Math.max(5, ...shown.map((c) => c.className.length));
  out.push(`  ${'class'.padEnd(width)}  ${'objects'.padStart(9)}  ${'bytes'.padStart(12)}`);
  for (const c of shown) out.push(`  ${c.className.padEnd(width)}  ${String(c.count).padStart(9)}  ${String(c.bytes).padStart(12)}`);
  const rest = r.heap.byClass.slice(options.topClasses);
  if (rest.length > 0) {
    out.push(`  ${`(${rest.length} more classes)`.padEnd(width)}  ${String(rest.reduce((n, c) => n + c.count, 0)).padStart(9)}  ${String(rest.reduce((n, c) => n + c.bytes, 0)).padStart(12)}`);
  }
  return out.join('\n') + '\n';
}
