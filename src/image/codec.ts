/**
 * @fileoverview The checkpoint image codec: {@link Image} (model.ts) to bytes and back, following
 * docs/image-format.md, which is the normative description of every byte written here.
 *
 * The encoder checks the image it is given against the same structural rules the decoder
 * enforces, so it never writes bytes that a reader would reject (a capture bug surfaces at
 * checkpoint time, not at restore). The decoder raises only {@link ImageFormatError}, for any
 * input: every count is checked against the bytes left before anything is allocated for it, every
 * index and object id against the table it points into. Semantic checks that need the program's
 * bytecode (slot kinds at a pc, reference types) belong to restore.
 *
 * The VM core imports no platform API, so compression is done by functions the caller passes in
 * (on Node, `zlib.deflateRawSync` / `inflateRawSync`; the host's `inflate` fits {@link DecodeOptions}).
 */
import { ByteReader } from './byte-reader.js';
import { ByteWriter } from './byte-writer.js';
import { crc32c } from './crc32c.js';
import { ImageFormatError } from './errors.js';
import { MAX_NAME_PATH, WELL_KNOWN_ROOTS } from './well-known.js';
import {
  ClassOrigin,
  NO_VALUES,
  IMAGE_FORMAT_VERSION,
  READABLE_IMAGE_FORMAT_VERSIONS,
  ImageSocketKind,
  type Image,
  type ImageObjectName,
  type ImageSocket,
  type ImageSockets,
  type ImageClass,
  type ImageField,
  type ImageFile,
  type ImageFieldDesc,
  type ImageFrame,
  type ImageMonitor,
  type ImageMulticast,
  type ImageStdin,
  type ImageNativeSuspension,
  type ImageObject,
  type ImageSlot,
  type ImageThread,
  type ImageThreadState,
  type ImageValue,
  type ValueTag,
} from './model.js';

export { ImageFormatError } from './errors.js';

/** How {@link encodeImage} stores the body. */
export interface EncodeOptions {
  /** 'none' (default) or 'deflate' (raw DEFLATE, RFC 1951; needs {@link deflate}). */
  compression?: 'none' | 'deflate';
  /** Compression level handed to {@link deflate} (zlib: 0..9). */
  level?: number;
  /** Raw DEFLATE compressor (no zlib or gzip wrapper), e.g. `(b, l) => zlib.deflateRawSync(b, { level: l })`. */
  deflate?: (raw: Uint8Array, level?: number) => Uint8Array;
}

/** What {@link decodeImage} needs for compressed images. */
export interface DecodeOptions {
  /**
   * Raw DEFLATE decompressor; `uncompressedSize` is the size the image declares, which the
   * function may use to bound its output (the Node host's `inflate` does).
   */
  inflate?: (compressed: Uint8Array, uncompressedSize: number) => Uint8Array;
  /**
   * Primitive arrays' data as views of the image bytes instead of copies: for a caller that only
   * reads them before it lets go of the bytes (restore copies them into the heap).
   */
  arrayViews?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Format constants (docs/image-format.md)

/** "TERNIMG\0". */
export const IMAGE_MAGIC: readonly number[] = [0x54, 0x45, 0x52, 0x4e, 0x49, 0x4d, 0x47, 0x00];
/** Bytes before the header: magic, version, flags, header length, body length, raw body length. */
const PREAMBLE_SIZE = 28;
const CHECKSUM_SIZE = 4;
/** Flags bits 0..3: compression method. Other bits are reserved and must be zero. */
const COMPRESSION_MASK = 0xf;
const COMPRESSION_NONE = 0;
const COMPRESSION_DEFLATE = 1;
/** DEFLATE cannot expand data more than 1032:1; a larger declared size is forged or corrupt. */
const MAX_DEFLATE_RATIO = 1032;
/** Section tags with this bit set are optional: a reader that does not know them skips them. */
export const SECTION_OPTIONAL = 0x80;

/** Optional section 12 (docs/image-format.md): the program's working directory. */
export const SECTION_WORKING_DIRECTORY = SECTION_OPTIONAL | 12;

/** Required sections, in the order they must appear. */
export const enum SectionTag {
  Strings = 1,
  Classes = 2,
  Methods = 3,
  Objects = 4,
  Interned = 5,
  Backtraces = 6,
  Threads = 7,
  Monitors = 8,
  Vm = 9,
  Files = 10,
  /** Since version 3. */
  Sockets = 11,
  /** Since version 6. */
  Stdin = 12,
}
const SECTION_NAMES = ['', 'strings', 'classes', 'methods', 'objects', 'interned', 'backtraces', 'threads', 'monitors', 'vm', 'files', 'sockets', 'stdin'];
const LAST_SECTION = SectionTag.Stdin;
/** The last required section of each readable version. */
const LAST_SECTION_OF: Record<number, SectionTag> = { 2: SectionTag.Files, 3: SectionTag.Sockets, 4: SectionTag.Sockets, 5: SectionTag.Sockets, 6: SectionTag.Stdin };
/** Bits of a datagram socket's multicast flags (version 6). */
const MC_REUSE = 1, MC_TTL = 2, MC_LOOPBACK_SET = 4, MC_LOOPBACK = 8, MC_IFACE = 16;
const MC_ALL = 31;

/** Largest socket kind (ImageSocketKind), flag bits and wait kinds of the sockets section. */
const MAX_SOCKET_KIND = ImageSocketKind.Datagram;
/** The largest socket kind of version 3 (no datagram sockets). */
const MAX_SOCKET_KIND_V3 = ImageSocketKind.Pending;
const SF_INPUT_SHUTDOWN = 1, SF_OUTPUT_SHUTDOWN = 2, SF_NO_DELAY = 4, SF_KEEP_ALIVE = 8, SF_EOF = 16, SF_RESET = 32;
const SF_ALL = 63;
const SOCKET_WAIT_KINDS = ['accept', 'read', 'receive'] as const;

/** The sockets of a version-2 image (which has no sockets section). */
export function noSockets(): ImageSockets {
  return { nextId: 1, sockets: [], lookups: [], senders: [] };
}

/** Largest file mode (ImageFileMode). */
const MAX_FILE_MODE = 3;

// Value tag bytes are the ASCII letters of ValueTag; 't' is an unusable slot stored as a double.
const Z = 0x5a, B = 0x42, C = 0x43, S = 0x53, I = 0x49, F = 0x46, J = 0x4a, D = 0x44, L = 0x4c, T = 0x54;
const T_F64 = 0x74;

/** Tag byte of each value tag. */
const TAG_CODE: Record<string, number> = Object.assign(Object.create(null) as object, { Z, B, C, S, I, F, J, D, L, T });
/** Value tag of each tag byte (slot tags; 't' decodes to 'T'), undefined for invalid bytes. */
const CODE_TAG: (ValueTag | undefined)[] = [];
for (const [tag, code] of Object.entries(TAG_CODE)) CODE_TAG[code] = tag as ValueTag;
CODE_TAG[T_F64] = 'T';

/** Bytes per element of primitive arrays, by the element descriptor character. */
const ELEMENT_SIZE: Record<string, number> = Object.assign(Object.create(null) as object, { Z: 1, B: 1, C: 2, S: 2, I: 4, F: 4, J: 8, D: 8 });

/** Highest values of the enumerations the image stores as ordinals. */
const MAX_ORIGIN = ClassOrigin.Primitive;

/** Java names of the primitive types, the only names a Primitive class may have. */
const PRIMITIVE_NAMES = new Set(['boolean', 'byte', 'char', 'short', 'int', 'long', 'float', 'double', 'void']);
const MAX_INIT_STATE = 4; // InitState.Erroneous
const INIT_STATE_INITIALIZING = 2;
const MAX_FRAME_KIND = 2; // FrameKind.ClassInit
const FRAME_KIND_CLASS_INIT = 2;
/** ThreadState.Terminated of threads/java-thread.ts: accepted, with no frames (see the spec). */
export const THREAD_STATE_TERMINATED = 7;
const MAX_THREAD_STATE = THREAD_STATE_TERMINATED;
const MAX_VALUE_KIND = 9; // ValueKind.Void
/** Largest bytecode pc (code arrays are shorter than 65536 bytes, JVMS §4.7.3). */
const MAX_PC = 65534;

// Thread flag bits.
const TF_DAEMON = 1, TF_INTERRUPTED = 2, TF_PARK_PERMIT = 4, TF_DISPATCHING = 8, TF_NATIVE = 16;
const TF_ALL = 31;

const INT_MIN = -0x80000000;
const INT_MAX = 0x7fffffff;

// ---------------------------------------------------------------------------------------------
// Shared helpers

/** How objects of a class are stored. */
interface Layout {
  /** 0: plain object (values per `codes`); 1: primitive array of `elementSize`-byte elements; 2: reference array. */
  kind: 0 | 1 | 2;
  elementSize: number;
  /** Tag byte of each instance field. */
  codes: Uint8Array;
  /**
   * Whether the layout has float or double fields: their values are then decoded into an array
   * with generic elements, because V8 quiets or canonicalizes NaNs stored into double arrays and
   * the image keeps NaN payloads (Double.doubleToRawLongBits can see them).
   */
  boxed: boolean;
}

/**
 * Whether `name` is a well-formed array class name: 1..255 `[` followed by a primitive
 * descriptor character or `L<name>;`.
 */
export function isArrayClassName(name: string): boolean {
  let dims = 0;
  while (dims < name.length && name.charCodeAt(dims) === 0x5b) dims++;
  if (dims === 0 || dims > 255) return false;
  const rest = name.length - dims;
  if (rest === 1) return ELEMENT_SIZE[name[dims]!] !== undefined;
  return rest >= 3 && name[dims] === 'L' && name.indexOf(';', dims) === name.length - 1 && name.indexOf('[', dims) < 0;
}

function layoutOf(c: ImageClass): Layout {
  if (c.origin === ClassOrigin.Array) {
    const size = ELEMENT_SIZE[c.name[1]!];
    if (size !== undefined && c.name.length === 2) return { kind: 1, elementSize: size, codes: new Uint8Array(0), boxed: false };
    return { kind: 2, elementSize: 0, codes: new Uint8Array(0), boxed: false };
  }
  const codes = new Uint8Array(c.instanceFields.length);
  let boxed = false;
  for (let i = 0; i < codes.length; i++) {
    const code = TAG_CODE[c.instanceFields[i]!.tag]!;
    codes[i] = code;
    if (code === D || code === F) boxed = true;
  }
  return { kind: 0, elementSize: 0, codes, boxed };
}

function isInt(v: unknown, lo: number, hi: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
}

function hex(n: number): string {
  return '0x' + (n >>> 0).toString(16).padStart(8, '0');
}

/**
 * Checks backtrace `k`, object `id`: a distinct int[] whose (method, pc) pairs name methods of the
 * image's method table.
 */
function checkBacktrace(image: Pick<Image, 'objects' | 'classes' | 'methods'>, id: number, k: number, seen: Uint8Array, fail: (m: string) => never): void {
  if (id === 0) fail(`backtrace ${k} is null`);
  if (seen[id]) fail(`object ${id} is listed twice as a backtrace`);
  seen[id] = 1;
  const o = image.objects[id - 1]!;
  if (image.classes[o.classIndex]!.name !== '[I') fail(`backtrace ${k} (object ${id}) is not an int[]`);
  const data = o.data!;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const nm = image.methods.length;
  for (let i = 0; i + 1 < o.length; i += 2) {
    const m = view.getInt32(i * 4, true);
    if (m < 0 || m >= nm) fail(`backtrace ${k} (object ${id}) names method ${m} but the image has ${nm} methods`);
  }
}

/** Checks that do not fit the order of the sections: class references to threads and objects. */
/**
 * The rules of the sockets section that span records (docs/image-format.md section 11): distinct
 * descriptors below nextId, a pending connection's listener and a connection's peer are sockets
 * of the right kind, a client is the peer of one connection at most, accept waits are on
 * listeners and read waits on connections, a thread waits on one socket at most.
 */
function checkSockets(s: ImageSockets, threadCount: number, fail: (m: string) => never): void {
  const byId = new Map<number, ImageSocket>();
  for (const [k, x] of s.sockets.entries()) {
    if (x.kind === ImageSocketKind.Pending) continue;
    if (x.id >= s.nextId) fail(`socket ${k} has descriptor ${x.id}, not below nextId ${s.nextId}`);
    if (byId.has(x.id)) fail(`socket descriptor ${x.id} appears twice`);
    byId.set(x.id, x);
  }
  const peers = new Set<number>();
  const waiting = new Set<number>();
  for (const [k, x] of s.sockets.entries()) {
    if (x.kind === ImageSocketKind.Pending) {
      if (byId.get(x.listener)?.kind !== ImageSocketKind.Listener) fail(`pending connection ${k} waits on ${x.listener}, which is not a listener of the image`);
    }
    if (x.peer !== 0) {
      if (byId.get(x.peer)?.kind !== ImageSocketKind.Client) fail(`socket ${k} has peer ${x.peer}, which is not a client socket of the image`);
      if (peers.has(x.peer)) fail(`client socket ${x.peer} is the peer of two connections`);
      peers.add(x.peer);
    }
    for (const w of x.waits) {
      if (!isInt(w.thread, 0, threadCount - 1)) fail(`socket ${k} wait has thread index ${String(w.thread)} out of range (the image has ${threadCount} threads)`);
      if (waiting.has(w.thread)) fail(`thread ${w.thread} waits on two sockets`);
      waiting.add(w.thread);
      const want = x.kind === ImageSocketKind.Listener ? 'accept' : x.kind === ImageSocketKind.Datagram ? 'receive' : 'read';
      if (w.kind !== want || x.kind === ImageSocketKind.Pending) fail(`socket ${k} has a ${String(w.kind)} wait`);
    }
  }
  const asked = new Set<number>();
  for (const l of s.lookups) {
    if (!isInt(l.thread, 0, threadCount - 1)) fail(`lookup has thread index ${String(l.thread)} out of range (the image has ${threadCount} threads)`);
    if (asked.has(l.thread)) fail(`thread ${l.thread} has two lookups`);
    asked.add(l.thread);
  }
  const told = new Set<number>();
  for (const x of s.senders) {
    if (!isInt(x.thread, 0, threadCount - 1)) fail(`datagram sender has thread index ${String(x.thread)} out of range (the image has ${threadCount} threads)`);
    if (told.has(x.thread)) fail(`thread ${x.thread} has two datagram senders`);
    told.add(x.thread);
  }
}

function checkClassReferences(classes: ImageClass[], objectCount: number, threadCount: number, fail: (m: string) => never): void {
  for (let ci = 0; ci < classes.length; ci++) {
    const c = classes[ci]!;
    if (c.initThread !== -1) {
      if (c.state !== INIT_STATE_INITIALIZING) fail(`class ${ci} (${c.name}) names initializing thread ${c.initThread} but is not being initialized`);
      if (!isInt(c.initThread, 0, threadCount - 1)) fail(`class ${ci} (${c.name}) has initializing thread index ${c.initThread} out of range (the image has ${threadCount} threads)`);
    }
    if (c.mirror > objectCount) fail(`class ${ci} (${c.name}) mirror refers to object ${c.mirror} but the image has ${objectCount} objects`);
    for (const f of c.statics) {
      if (f.tag === 'L' && (f.value as number) > objectCount) {
        fail(`static field ${f.owner}.${f.name} refers to object ${f.value} but the image has ${objectCount} objects`);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Encoder

/** Progress of a long encoding: objects written so far, or the compression step. */
export interface EncodeTick {
  phase: 'encode' | 'compress';
  done: number;
  total: number;
}

/** Objects encoded between two ticks of {@link encodeSteps}. */
const OBJECTS_PER_TICK = 16384;

/**
 * Encodes `image` (docs/image-format.md). Deterministic: the same image and options give the
 * same bytes. Throws {@link ImageFormatError} ("cannot encode image: ...") when the image breaks
 * a structural rule of the format, and a plain Error for a usage mistake (deflate without a
 * compressor).
 */
export function encodeImage(image: Image, options: EncodeOptions = {}): Uint8Array {
  const steps = encodeSteps(image, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** {@link encodeImage} as steps: yields a tick every few thousand objects and before compressing. */
export function* encodeSteps(image: Image, options: EncodeOptions = {}): Generator<EncodeTick, Uint8Array> {
  const compression = options.compression ?? 'none';
  if (compression !== 'none' && compression !== 'deflate') throw new Error(`unknown image compression '${String(compression)}'`);
  if (compression === 'deflate' && typeof options.deflate !== 'function') {
    throw new Error("image compression 'deflate' needs a deflate function (options.deflate)");
  }
  const enc = new Encoder(image);
  const parts = yield* enc.body();
  const rawLength = parts.reduce((n, p) => n + p.length, 0);

  let stored = parts;
  let method = COMPRESSION_NONE;
  if (compression === 'deflate') {
    yield { phase: 'compress', done: 0, total: 1 };
    const out = options.deflate!(concat(parts, rawLength), options.level);
    stored = [out instanceof Uint8Array ? out : new Uint8Array(out)];
    method = COMPRESSION_DEFLATE;
  }
  const storedLength = stored.reduce((n, p) => n + p.length, 0);

  const header = new ByteWriter(256);
  header.string(enc.checkString(image.classLibrary, 'classLibrary'));
  if (typeof image.capturedAt !== 'number' || !Number.isFinite(image.capturedAt)) enc.fail(`capturedAt ${String(image.capturedAt)} is not a finite number`);
  header.f64(image.capturedAt);
  header.string(enc.checkString(image.mainClass, 'mainClass'));
  const h = header.view8();

  const total = PREAMBLE_SIZE + h.length + storedLength + CHECKSUM_SIZE;
  if (storedLength > 0xffffffff || rawLength > 0xffffffff || total > 0xffffffff) enc.fail('image is larger than 4 GiB');
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(IMAGE_MAGIC, 0);
  view.setUint32(8, IMAGE_FORMAT_VERSION, true);
  view.setUint32(12, method, true);
  view.setUint32(16, h.length, true);
  view.setUint32(20, storedLength, true);
  view.setUint32(24, rawLength, true);
  out.set(h, PREAMBLE_SIZE);
  let at = PREAMBLE_SIZE + h.length;
  for (const p of stored) {
    out.set(p, at);
    at += p.length;
  }
  view.setUint32(total - CHECKSUM_SIZE, crc32c(out, 0, total - CHECKSUM_SIZE), true);
  return out;
}

/** The parts laid end to end. */
function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

class Encoder {
  private readonly stringIds = new Map<string, number>();
  private readonly stringList: string[] = [];
  private readonly nc: number;
  private readonly no: number;
  private readonly nt: number;
  private readonly layouts: Layout[] = [];

  constructor(private readonly image: Image) {
    if (image === null || typeof image !== 'object') this.fail('not an image object');
    for (const key of ['classes', 'methods', 'objects', 'interned', 'backtraces', 'threads', 'monitors'] as const) {
      if (!Array.isArray(image[key])) this.fail(`${key} is not an array`);
    }
    if (image.vm === null || typeof image.vm !== 'object') this.fail('vm is missing');
    this.nc = image.classes.length;
    this.no = image.objects.length;
    this.nt = image.threads.length;
  }

  fail(message: string): never {
    throw new ImageFormatError(`cannot encode image: ${message}`);
  }

  checkString(s: unknown, what: string): string {
    if (typeof s !== 'string') this.fail(`${what} is not a string`);
    return s;
  }

  /** Index of `s` in the string table (assigned in order of first use). */
  private str(s: unknown, what: string): number {
    let id = this.stringIds.get(s as string);
    if (id === undefined) {
      this.checkString(s, what);
      id = this.stringList.length;
      this.stringIds.set(s as string, id);
      this.stringList.push(s as string);
    }
    return id;
  }

  /**
   * The body, every section framed, as two parts laid end to end: the string table (which comes
   * first but is known last) and the rest, so the bulk is never copied again.
   */
  *body(): Generator<EncodeTick, Uint8Array[]> {
    const rest = new ByteWriter(this.sizeEstimate());
    this.section(rest, SectionTag.Classes, (w) => this.classes(w));
    this.section(rest, SectionTag.Methods, (w) => this.methods(w));
    rest.u8(SectionTag.Objects);
    const at = rest.reserveU32();
    const start = rest.pos;
    yield* this.objects(rest);
    rest.patchU32(at, rest.pos - start);
    this.section(rest, SectionTag.Interned, (w) => this.interned(w));
    this.section(rest, SectionTag.Backtraces, (w) => this.backtraces(w));
    this.section(rest, SectionTag.Threads, (w) => this.threads(w));
    this.section(rest, SectionTag.Monitors, (w) => this.monitors(w));
    this.section(rest, SectionTag.Vm, (w) => this.vm(w));
    this.section(rest, SectionTag.Files, (w) => this.files(w));
    this.section(rest, SectionTag.Sockets, (w) => this.sockets(w));
    this.section(rest, SectionTag.Stdin, (w) => this.stdin(w));
    const wd = this.image.workingDirectory;
    if (wd !== undefined) {
      if (typeof wd !== 'string' || !wd.startsWith('/')) this.fail(`workingDirectory ${String(wd)} is not an absolute path`);
      this.section(rest, SECTION_WORKING_DIRECTORY as SectionTag, (w) => w.string(wd));
    }
    const strings = new ByteWriter(1 << 12);
    this.section(strings, SectionTag.Strings, (w) => {
      w.uvarint(this.stringList.length);
      for (const s of this.stringList) w.string(s);
    });
    return [strings.view8(), rest.view8()];
  }

  /** Roughly the bytes the sections after the string table take, so the writer rarely regrows. */
  private sizeEstimate(): number {
    let n = 1 << 16;
    for (const o of this.image.objects) {
      if (o === null || typeof o !== 'object') continue; // reported by objects()
      n += 8 + (o.data instanceof Uint8Array ? o.data.length : 0) + (Array.isArray(o.refs) ? o.refs.length * 3 : 0) + (Array.isArray(o.values) ? o.values.length * 5 : 0);
    }
    return n;
  }

  private section(w: ByteWriter, tag: SectionTag, write: (w: ByteWriter) => void): void {
    w.u8(tag);
    const at = w.reserveU32();
    const start = w.pos;
    write(w);
    w.patchU32(at, w.pos - start);
  }

  private objectId(v: unknown, what: () => string): number {
    if (!isInt(v, 0, this.no)) {
      if (isInt(v, 0, Number.MAX_SAFE_INTEGER)) this.fail(`${what()} refers to object ${v} but the image has ${this.no} objects`);
      this.fail(`${what()} has object id ${String(v)}, not an object id`);
    }
    return v;
  }

  private classIndex(v: unknown, what: () => string): number {
    if (!isInt(v, 0, this.nc - 1)) this.fail(`${what()} has class index ${String(v)} out of range (the image has ${this.nc} classes)`);
    return v;
  }

  private threadIndex(v: unknown, what: () => string): number {
    if (!isInt(v, 0, this.nt - 1)) this.fail(`${what()} has thread index ${String(v)} out of range (the image has ${this.nt} threads)`);
    return v;
  }

  /** Writes a field value of tag byte `code`; false when `v` is not a value of that kind. */
  private value(w: ByteWriter, code: number, v: ImageValue): boolean {
    switch (code) {
      case Z:
        if (v !== 0 && v !== 1) return false;
        w.u8(v);
        return true;
      case B:
        if (!isInt(v, -128, 127)) return false;
        w.u8(v & 0xff);
        return true;
      case C:
        if (!isInt(v, 0, 0xffff)) return false;
        w.u16(v);
        return true;
      case S:
        if (!isInt(v, -0x8000, 0x7fff)) return false;
        w.u16(v & 0xffff);
        return true;
      case I:
        if (!isInt(v, INT_MIN, INT_MAX)) return false;
        w.svarint32(v);
        return true;
      case F:
        if (typeof v !== 'number' || (v === v && Math.fround(v) !== v)) return false;
        w.f32(v);
        return true;
      case J:
        if (typeof v !== 'bigint' || BigInt.asIntN(64, v) !== v) return false;
        w.i64(v);
        return true;
      case D:
        if (typeof v !== 'number') return false;
        w.f64(v);
        return true;
      case L:
        if (!isInt(v, 0, this.no)) return false;
        w.uvarint(v);
        return true;
      default:
        return false;
    }
  }

  private valueError(what: string, tag: string, v: unknown): never {
    if (tag === 'L' && isInt(v, 0, Number.MAX_SAFE_INTEGER)) this.fail(`${what} refers to object ${v} but the image has ${this.no} objects`);
    this.fail(`${what} (${tag}) has value ${typeof v === 'bigint' ? `${v}n` : String(v)}, which is not a ${tag} value`);
  }

  private fieldDesc(w: ByteWriter, f: ImageFieldDesc, what: () => string): number {
    const code = TAG_CODE[f.tag];
    if (code === undefined || code === T) this.fail(`${what()} has invalid tag ${String(f.tag)}`);
    w.uvarint(this.str(f.owner, `${what()} owner`));
    w.uvarint(this.str(f.name, `${what()} name`));
    w.u8(code);
    return code;
  }

  private classes(w: ByteWriter): void {
    const { nc } = this;
    w.uvarint(nc);
    for (let ci = 0; ci < nc; ci++) {
      const c = this.image.classes[ci]!;
      const what = (): string => `class ${ci} (${String(c?.name)})`;
      if (c === null || typeof c !== 'object') this.fail(`class ${ci} is not an object`);
      w.uvarint(this.str(c.name, `${what()} name`));
      if (!isInt(c.origin, 0, MAX_ORIGIN)) this.fail(`${what()} has invalid origin ${String(c.origin)}`);
      const isArray = c.origin === ClassOrigin.Array;
      if (isArray !== c.name.startsWith('[') || (isArray && !isArrayClassName(c.name))) {
        this.fail(isArray ? `${what()} has origin Array but is not an array class name` : `${what()} is an array class but its origin is not Array`);
      }
      if ((c.origin === ClassOrigin.Primitive) !== PRIMITIVE_NAMES.has(c.name)) this.fail(`${what()} is ${c.origin === ClassOrigin.Primitive ? 'Primitive but not named like a primitive type' : 'named like a primitive type but not Primitive'}`);
      w.u8(c.origin);
      if (!isInt(c.state, 0, MAX_INIT_STATE)) this.fail(`${what()} has invalid initialization state ${String(c.state)}`);
      w.u8(c.state);
      if (c.initThread !== -1) this.threadIndex(c.initThread, () => `${what()} initThread`);
      w.uvarint(c.initThread + 1);
      w.uvarint(this.objectId(c.mirror, () => `${what()} mirror`));
      const carriesBytes = c.origin === ClassOrigin.App || c.origin === ClassOrigin.Hidden || c.origin === ClassOrigin.AppAvailable;
      if (carriesBytes) {
        if (!(c.bytes instanceof Uint8Array)) this.fail(`${what()} is an App or Hidden class without class-file bytes`);
        w.uvarint(c.bytes.length);
        w.bytes(c.bytes);
      } else if (c.bytes !== null) {
        this.fail(`${what()} is a Boot or Array class with class-file bytes`);
      }
      if (!Array.isArray(c.instanceFields) || !Array.isArray(c.statics)) this.fail(`${what()} has no field lists`);
      if ((isArray || c.origin === ClassOrigin.Primitive) && (c.instanceFields.length > 0 || c.statics.length > 0)) this.fail(`${what()} is an array or primitive class with fields`);
      w.uvarint(c.instanceFields.length);
      for (let k = 0; k < c.instanceFields.length; k++) this.fieldDesc(w, c.instanceFields[k]!, () => `${what()} instance field ${k}`);
      w.uvarint(c.statics.length);
      for (let k = 0; k < c.statics.length; k++) {
        const f: ImageField = c.statics[k]!;
        const code = this.fieldDesc(w, f, () => `${what()} static field ${k}`);
        if (!this.value(w, code, f.value)) this.valueError(`static field ${String(f.owner)}.${String(f.name)}`, f.tag, f.value);
      }
      this.layouts.push(layoutOf(c));
    }
    checkClassReferences(this.image.classes, this.no, this.nt, (m) => this.fail(m));
  }

  private *objects(w: ByteWriter): Generator<EncodeTick, void> {
    const { no, layouts } = this;
    const objects = this.image.objects;
    w.uvarint(no);
    // Named (well-known) objects first, so a reader knows which records carry no contents.
    const named: number[] = [];
    for (let i = 0; i < no; i++) if (objects[i]?.name) named.push(i);
    w.uvarint(named.length);
    for (const i of named) {
      const name = objects[i]!.name!;
      const what = `object ${i + 1}`;
      if (typeof name.root !== 'string' || !WELL_KNOWN_ROOTS.has(name.root)) this.fail(`${what} is named from ${String(name.root)}, which is not a well-known root`);
      if (!Array.isArray(name.path) || name.path.length > MAX_NAME_PATH) this.fail(`${what} has an invalid name path`);
      w.uvarint(i + 1);
      w.uvarint(this.str(name.root, `${what} name`));
      w.uvarint(name.path.length);
      for (const step of name.path) {
        if (!isInt(step, 0, INT_MAX)) this.fail(`${what} has name path step ${String(step)}`);
        w.uvarint(step);
      }
    }
    for (let i = 0; i < no; i++) {
      if (i % OBJECTS_PER_TICK === OBJECTS_PER_TICK - 1) yield { phase: 'encode', done: i, total: no };
      const o: ImageObject = objects[i]!;
      const id = i + 1;
      if (o === null || typeof o !== 'object') this.fail(`object ${id} is not an object`);
      const ci = o.classIndex;
      if (!isInt(ci, 0, this.nc - 1)) this.fail(`object ${id} has class index ${String(ci)} out of range (the image has ${this.nc} classes)`);
      w.uvarint(ci);
      if (!isInt(o.hash, INT_MIN, INT_MAX)) this.fail(`object ${id} has identity hash ${String(o.hash)}, not an int`);
      w.uvarint(o.hash >>> 0);
      if (o.name) {
        if (o.length !== 0 || o.data !== null || o.refs !== null || !Array.isArray(o.values) || o.values.length !== 0) this.fail(`object ${id} is named but has contents`);
        continue;
      }
      const layout = layouts[ci]!;
      if (layout.kind === 0) {
        const codes = layout.codes;
        const values = o.values;
        if (!Array.isArray(values) || values.length !== codes.length) {
          this.fail(`object ${id} has ${Array.isArray(values) ? values.length : 'no'} values but its class ${this.image.classes[ci]!.name} has ${codes.length} instance fields`);
        }
        if (o.length !== 0 || o.data !== null || o.refs !== null) this.fail(`object ${id} is not an array but has array length, data or refs`);
        for (let k = 0; k < codes.length; k++) {
          if (!this.value(w, codes[k]!, values[k]!)) {
            const f = this.image.classes[ci]!.instanceFields[k]!;
            this.valueError(`object ${id} field ${f.owner}.${f.name}`, f.tag, values[k]);
          }
        }
        continue;
      }
      const n = o.length;
      if (!isInt(n, 0, INT_MAX)) this.fail(`object ${id} has invalid array length ${String(n)}`);
      if (!Array.isArray(o.values) || o.values.length !== 0) this.fail(`object ${id} is an array but has field values`);
      w.uvarint(n);
      if (layout.kind === 1) {
        const data = o.data;
        if (!(data instanceof Uint8Array) || o.refs !== null) this.fail(`object ${id} is a primitive array without data (or with refs)`);
        if (data.length !== n * layout.elementSize) {
          this.fail(`object ${id} (${this.image.classes[ci]!.name}) has ${data.length} data bytes but length ${n} needs ${n * layout.elementSize}`);
        }
        w.bytes(data);
      } else {
        const refs = o.refs;
        if (!Array.isArray(refs) || o.data !== null) this.fail(`object ${id} is a reference array without refs (or with data)`);
        if (refs.length !== n) this.fail(`object ${id} has ${refs.length} refs but length ${n}`);
        w.ensure(n * 5);
        for (let k = 0; k < n; k++) {
          const r = refs[k];
          if (!isInt(r, 0, no)) this.objectId(r, () => `object ${id} element ${k}`);
          w.uvarint(r!);
        }
      }
    }
  }

  private interned(w: ByteWriter): void {
    const list = this.image.interned;
    const seen = new Uint8Array(this.no + 1);
    w.uvarint(list.length);
    for (let k = 0; k < list.length; k++) {
      const id = this.objectId(list[k], () => `interned string ${k}`);
      if (id === 0) this.fail(`interned string ${k} is null`);
      if (seen[id]) this.fail(`object ${id} is interned twice`);
      seen[id] = 1;
      w.uvarint(id);
    }
  }

  private methods(w: ByteWriter): void {
    const list = this.image.methods;
    w.uvarint(list.length);
    for (let k = 0; k < list.length; k++) {
      const m = list[k]!;
      if (m === null || typeof m !== 'object') this.fail(`method ${k} is not an object`);
      w.uvarint(this.classIndex(m.classIndex, () => `method ${k}`));
      w.uvarint(this.str(m.method, `method ${k} name`));
    }
  }

  private backtraces(w: ByteWriter): void {
    const list = this.image.backtraces;
    const seen = new Uint8Array(this.no + 1);
    w.uvarint(list.length);
    for (let k = 0; k < list.length; k++) {
      const id = this.objectId(list[k], () => `backtrace ${k}`);
      checkBacktrace(this.image, id, k, seen, (m) => this.fail(m));
      w.uvarint(id);
    }
  }

  private threads(w: ByteWriter): void {
    const { nt } = this;
    const ids = new Set<number>();
    w.uvarint(nt);
    for (let ti = 0; ti < nt; ti++) {
      const t: ImageThread = this.image.threads[ti]!;
      if (t === null || typeof t !== 'object') this.fail(`thread ${ti} is not an object`);
      const what = (): string => `thread ${ti} (${String(t.name)})`;
      if (!isInt(t.id, 0, Number.MAX_SAFE_INTEGER)) this.fail(`${what()} has invalid id ${String(t.id)}`);
      if (ids.has(t.id)) this.fail(`${what()} has the same id ${t.id} as another thread`);
      ids.add(t.id);
      w.uvarint(t.id);
      w.uvarint(this.str(t.name, `${what()} name`));
      const flags =
        (t.daemon ? TF_DAEMON : 0) |
        (t.interrupted ? TF_INTERRUPTED : 0) |
        (t.parkPermit ? TF_PARK_PERMIT : 0) |
        (t.dispatchingUncaught ? TF_DISPATCHING : 0) |
        (t.native ? TF_NATIVE : 0);
      w.u8(flags);
      if (!isInt(t.state, 0, MAX_THREAD_STATE)) this.fail(`${what()} has invalid state ${String(t.state)}`);
      w.u8(t.state);
      w.uvarint(this.objectId(t.threadObject, () => `${what()} threadObject`));
      if (typeof t.remainingMs !== 'number' || !(t.remainingMs === -1 || (t.remainingMs >= 0 && t.remainingMs < Infinity))) {
        this.fail(`${what()} has invalid remainingMs ${String(t.remainingMs)}`);
      }
      w.f64(t.remainingMs);
      w.uvarint(this.objectId(t.blockedOn, () => `${what()} blockedOn`));
      if (!isInt(t.savedLockCount, 0, Number.MAX_SAFE_INTEGER)) this.fail(`${what()} has invalid savedLockCount ${String(t.savedLockCount)}`);
      w.uvarint(t.savedLockCount);
      if (t.waitingForClass !== -1) this.classIndex(t.waitingForClass, () => `${what()} waitingForClass`);
      w.uvarint(t.waitingForClass + 1);
      if (t.native) this.nativeSuspension(w, t.native, what);
      const frames = t.frames;
      if (!Array.isArray(frames)) this.fail(`${what()} has no frame list`);
      if ((t.state as number) === THREAD_STATE_TERMINATED) {
        if (frames.length > 0 || t.native) this.fail(`${what()} is terminated but has frames or a native suspension`);
      } else if (frames.length === 0) {
        this.fail(`${what()} has no frames`);
      }
      w.uvarint(frames.length);
      for (let fi = 0; fi < frames.length; fi++) this.frame(w, frames[fi]!, () => `${what()} frame ${fi}`);
    }
  }

  private nativeSuspension(w: ByteWriter, n: ImageNativeSuspension, what: () => string): void {
    w.uvarint(this.classIndex(n.classIndex, () => `${what()} native method`));
    w.uvarint(this.str(n.method, `${what()} native method name`));
    if (!isInt(n.resumeKind, -1, MAX_VALUE_KIND)) this.fail(`${what()} has invalid resumeKind ${String(n.resumeKind)}`);
    w.u8(n.resumeKind + 1);
    if (typeof n.resumeValue === 'bigint') {
      if (BigInt.asIntN(64, n.resumeValue) !== n.resumeValue) this.fail(`${what()} resumeValue ${n.resumeValue} does not fit a long`);
      w.u8(1);
      w.i64(n.resumeValue);
    } else if (typeof n.resumeValue === 'number') {
      w.u8(0);
      w.f64(n.resumeValue);
    } else {
      this.fail(`${what()} has invalid resumeValue`);
    }
    w.uvarint(this.objectId(n.resumeException, () => `${what()} resumeException`));
    const rt = n.resumeThrow;
    if (rt === null || rt === undefined) {
      w.u8(0);
    } else {
      w.u8(rt.message === null ? 1 : 2);
      w.uvarint(this.str(rt.javaClass, `${what()} resumeThrow class`));
      if (rt.message !== null) w.uvarint(this.str(rt.message, `${what()} resumeThrow message`));
    }
  }

  private frame(w: ByteWriter, f: ImageFrame, what: () => string): void {
    if (f === null || typeof f !== 'object') this.fail(`${what()} is not an object`);
    w.uvarint(this.classIndex(f.classIndex, what));
    w.uvarint(this.str(f.method, `${what()} method`));
    if (!isInt(f.pc, 0, MAX_PC)) this.fail(`${what()} has invalid pc ${String(f.pc)}`);
    w.uvarint(f.pc);
    if (!isInt(f.kind, 0, MAX_FRAME_KIND)) this.fail(`${what()} has invalid kind ${String(f.kind)}`);
    w.u8(f.kind);
    if (f.kind === FRAME_KIND_CLASS_INIT) this.classIndex(f.initClass, () => `${what()} initClass`);
    else if (f.initClass !== -1) this.fail(`${what()} is not a class-initialization frame but has initClass ${String(f.initClass)}`);
    w.uvarint(f.initClass + 1);
    const slots = f.slots;
    if (!Array.isArray(slots)) this.fail(`${what()} has no slot list`);
    w.uvarint(slots.length);
    for (let k = 0; k < slots.length; k++) {
      const s: ImageSlot = slots[k]!;
      const code = TAG_CODE[s?.tag];
      const v = s?.value;
      if (code === undefined) this.fail(`${what()} slot ${k} has invalid tag ${String(s?.tag)}`);
      if ((code === J || code === D) && slots[k + 1]?.tag !== 'T') this.fail(`${what()} slot ${k} (${s.tag}) is not followed by a T slot`);
      switch (code) {
        case Z: case B: case C: case S: case I: case J:
          if (!isInt(v, INT_MIN, INT_MAX)) this.fail(`${what()} slot ${k} (${s.tag}) has value ${String(v)}, not an int32`);
          w.u8(code);
          w.svarint32(v);
          break;
        case F:
          if (typeof v !== 'number' || (v === v && Math.fround(v) !== v)) this.fail(`${what()} slot ${k} (F) has value ${String(v)}, not a float`);
          w.u8(code);
          w.f32(v);
          break;
        case D:
          if (typeof v !== 'number') this.fail(`${what()} slot ${k} (D) has value ${String(v)}, not a number`);
          w.u8(code);
          w.f64(v);
          break;
        case L:
          w.u8(code);
          w.uvarint(this.objectId(v, () => `${what()} slot ${k}`));
          break;
        default: // T
          if (typeof v !== 'number') this.fail(`${what()} slot ${k} (T) has value ${String(v)}, not a number`);
          if (isInt(v, INT_MIN, INT_MAX) && !Object.is(v, -0)) {
            w.u8(T);
            w.svarint32(v);
          } else {
            w.u8(T_F64);
            w.f64(v);
          }
      }
    }
  }

  private monitors(w: ByteWriter): void {
    const { nt } = this;
    const list = this.image.monitors;
    const inQueue = new Uint8Array(nt);
    const objects = new Set<number>();
    const threads = this.image.threads;
    w.uvarint(list.length);
    for (let mi = 0; mi < list.length; mi++) {
      const m: ImageMonitor = list[mi]!;
      if (m === null || typeof m !== 'object') this.fail(`monitor ${mi} is not an object`);
      const what = (): string => `monitor ${mi}`;
      const obj = this.objectId(m.object, what);
      if (obj === 0) this.fail(`monitor ${mi} has no object`);
      if (objects.has(obj)) this.fail(`object ${obj} has two monitors`);
      objects.add(obj);
      w.uvarint(obj);
      if (m.owner !== -1) {
        this.threadIndex(m.owner, () => `${what()} owner`);
        if ((threads[m.owner]!.state as number) === THREAD_STATE_TERMINATED) this.fail(`monitor ${mi} is owned by terminated thread ${m.owner}`);
      }
      w.uvarint(m.owner + 1);
      if (!isInt(m.count, 0, Number.MAX_SAFE_INTEGER)) this.fail(`${what()} has invalid count ${String(m.count)}`);
      if (m.owner !== -1 && m.count === 0) this.fail(`monitor ${mi} is owned by thread ${m.owner} with count 0`);
      w.uvarint(m.count);
      for (const [queue, name] of [[m.entryQueue, 'entry queue'], [m.waitSet, 'wait set']] as const) {
        if (!Array.isArray(queue)) this.fail(`${what()} has no ${name}`);
        w.uvarint(queue.length);
        for (const t of queue) {
          this.threadIndex(t, () => `${what()} ${name}`);
          if (t === m.owner) this.fail(`thread ${t} owns monitor ${mi} and is in its ${name}`);
          if (inQueue[t]) this.fail(`thread ${t} is in more than one monitor queue`);
          if ((threads[t]!.state as number) === THREAD_STATE_TERMINATED) this.fail(`terminated thread ${t} is in the ${name} of monitor ${mi}`);
          inQueue[t] = 1;
          w.uvarint(t);
        }
      }
    }
  }

  private files(w: ByteWriter): void {
    const files = this.image.files;
    if (!Array.isArray(files)) this.fail('files is not an array');
    w.uvarint(files.length);
    const slots = new Set<number>();
    for (let k = 0; k < files.length; k++) {
      const f = files[k]!;
      const what = `file ${k}`;
      if (f === null || typeof f !== 'object') this.fail(`${what} is not an object`);
      if (f.fd !== -1 && !isInt(f.fd, 3, INT_MAX)) this.fail(`${what} has invalid slot ${String(f.fd)}`);
      if (f.fd !== -1) {
        if (slots.has(f.fd)) this.fail(`${what} uses slot ${f.fd} twice`);
        slots.add(f.fd);
      }
      w.uvarint(f.fd + 1);
      if (typeof f.path !== 'string' || !f.path.startsWith('/')) this.fail(`${what} path ${String(f.path)} is not absolute`);
      w.uvarint(this.str(f.path, `${what} path`));
      if (!isInt(f.mode, 0, MAX_FILE_MODE)) this.fail(`${what} has invalid mode ${String(f.mode)}`);
      w.u8(f.mode);
      if (!isInt(f.position, 0, Number.MAX_SAFE_INTEGER)) this.fail(`${what} has invalid position ${String(f.position)}`);
      w.uvarint(f.position);
      if (!isInt(f.size, -1, Number.MAX_SAFE_INTEGER)) this.fail(`${what} has invalid size ${String(f.size)}`);
      w.uvarint(f.size + 1);
      if (typeof f.digest !== 'string' || !/^([0-9a-f]{64})?$/.test(f.digest)) this.fail(`${what} has an invalid digest`);
      if ((f.digest === '') !== (f.size === -1)) this.fail(`${what} must have a digest exactly when it is a regular file`);
      w.uvarint(this.str(f.digest, `${what} digest`));
      if (f.contents === null) {
        w.u8(0);
      } else {
        if (!(f.contents instanceof Uint8Array) || f.contents.length !== f.size) this.fail(`${what} has contents that are not its ${f.size} bytes`);
        w.u8(1);
        w.uvarint(f.contents.length);
        w.bytes(f.contents);
      }
    }
  }

  private endpoint(w: ByteWriter, e: unknown, what: string): void {
    if (e === null || typeof e !== 'object') this.fail(`${what} is not an endpoint`);
    const { address, port } = e as { address: unknown; port: unknown };
    w.uvarint(this.str(address, `${what} address`));
    if (!isInt(port, 0, 0xffff)) this.fail(`${what} has invalid port ${String(port)}`);
    w.uvarint(port);
  }

  private sockets(w: ByteWriter): void {
    const s = this.image.sockets;
    if (s === null || typeof s !== 'object' || !Array.isArray(s.sockets) || !Array.isArray(s.lookups)) this.fail('sockets is missing');
    if (!isInt(s.nextId, 1, INT_MAX)) this.fail(`sockets.nextId ${String(s.nextId)} is invalid`);
    w.uvarint(s.nextId);
    w.uvarint(s.sockets.length);
    for (const [k, x] of s.sockets.entries()) {
      const what = `socket ${k}`;
      if (x === null || typeof x !== 'object') this.fail(`${what} is not an object`);
      if (!isInt(x.kind, 0, MAX_SOCKET_KIND)) this.fail(`${what} has invalid kind ${String(x.kind)}`);
      const pending = x.kind === ImageSocketKind.Pending, listener = x.kind === ImageSocketKind.Listener;
      if (pending ? x.id !== 0 : !isInt(x.id, 1, INT_MAX)) this.fail(`${what} has invalid descriptor ${String(x.id)}`);
      w.uvarint(x.id);
      w.u8(x.kind);
      if (pending ? !isInt(x.listener, 1, INT_MAX) : x.listener !== 0) this.fail(`${what} has invalid listener ${String(x.listener)}`);
      w.uvarint(x.listener);
      const mayPeer = pending || x.kind === ImageSocketKind.Accepted;
      if (!isInt(x.peer, 0, mayPeer ? INT_MAX : 0)) this.fail(`${what} has invalid peer ${String(x.peer)}`);
      w.uvarint(x.peer);
      this.endpoint(w, x.local, `${what} local endpoint`);
      const datagram = x.kind === ImageSocketKind.Datagram;
      // A datagram socket has a remote endpoint exactly when it is connected.
      if (!datagram && (x.remote === null) !== listener) this.fail(`${what} must have a remote endpoint exactly when it is a connection`);
      w.u8(x.remote === null ? 0 : 1);
      if (x.remote !== null) this.endpoint(w, x.remote, `${what} remote endpoint`);
      if (!isInt(x.backlog, 0, listener ? INT_MAX : 0)) this.fail(`${what} has invalid backlog ${String(x.backlog)}`);
      w.uvarint(x.backlog);
      const flags = (['inputShutdown', 'outputShutdown', 'noDelay', 'keepAlive', 'eof', 'reset'] as const).reduce((f, name, bit) => {
        if (typeof x[name] !== 'boolean') this.fail(`${what}.${name} is not a boolean`);
        return x[name] ? f | (1 << bit) : f;
      }, 0);
      if ((listener || datagram) && flags !== 0) this.fail(`${what} is a ${datagram ? 'datagram socket' : 'listener'} with connection flags`);
      w.u8(flags);
      if (!(x.unread instanceof Uint8Array) || ((listener || datagram) && x.unread.length !== 0)) this.fail(`${what} has invalid unread bytes`);
      w.uvarint(x.unread.length);
      w.bytes(x.unread);
      if (!Array.isArray(x.waits)) this.fail(`${what} has no waits`);
      w.uvarint(x.waits.length);
      for (const wt of x.waits) {
        if (wt === null || typeof wt !== 'object') this.fail(`${what} has an invalid wait`);
        this.threadIndex(wt.thread, () => `${what} wait`);
        w.uvarint(wt.thread);
        const kind = SOCKET_WAIT_KINDS.indexOf(wt.kind);
        if (kind < 0) this.fail(`${what} has a wait of kind ${String(wt.kind)}`);
        w.u8(kind);
        if (typeof wt.remainingMs !== 'number' || !(wt.remainingMs === -1 || (Number.isFinite(wt.remainingMs) && wt.remainingMs >= 0))) this.fail(`${what} wait has invalid remainingMs ${String(wt.remainingMs)}`);
        w.f64(wt.remainingMs);
      }
      if (!Array.isArray(x.datagrams) || (!datagram && x.datagrams.length !== 0)) this.fail(`${what} has invalid queued datagrams`);
      if (datagram) {
        w.uvarint(x.datagrams.length);
        for (const [i, d] of x.datagrams.entries()) {
          if (d === null || typeof d !== 'object' || !(d.bytes instanceof Uint8Array) || d.bytes.length > 0xffff) this.fail(`${what} datagram ${i} is invalid`);
          this.endpoint(w, d.from, `${what} datagram ${i} sender`);
          w.uvarint(d.bytes.length);
          w.bytes(d.bytes);
        }
        this.multicast(w, x.multicast, what);
      } else if (x.multicast !== undefined) {
        this.fail(`${what} is not a datagram socket but has multicast state`);
      }
    }
    w.uvarint(s.lookups.length);
    for (const [k, l] of s.lookups.entries()) {
      if (l === null || typeof l !== 'object' || !Array.isArray(l.results)) this.fail(`lookup ${k} is not an object`);
      this.threadIndex(l.thread, () => `lookup ${k}`);
      w.uvarint(l.thread);
      w.uvarint(l.results.length);
      for (const r of l.results) w.uvarint(this.str(r, `lookup ${k} result`));
    }
    if (!Array.isArray(s.senders)) this.fail('sockets.senders is missing');
    w.uvarint(s.senders.length);
    for (const [k, x] of s.senders.entries()) {
      if (x === null || typeof x !== 'object') this.fail(`datagram sender ${k} is not an object`);
      this.threadIndex(x.thread, () => `datagram sender ${k}`);
      w.uvarint(x.thread);
      this.endpoint(w, x.from, `datagram sender ${k}`);
    }
    checkSockets(s, this.nt, (m) => this.fail(m));
  }

  /** A datagram socket's SO_REUSEADDR and multicast state (version 6). */
  private multicast(w: ByteWriter, mc: ImageMulticast | undefined, what: string): void {
    if (mc === undefined) {
      w.u8(0);
      w.uvarint(0);
      return;
    }
    if (mc === null || typeof mc !== 'object' || !Array.isArray(mc.groups)) this.fail(`${what} has invalid multicast state`);
    if (typeof mc.reuseAddress !== 'boolean') this.fail(`${what}.multicast.reuseAddress is not a boolean`);
    if (!isInt(mc.ttl, -1, 255)) this.fail(`${what} has invalid multicast TTL ${String(mc.ttl)}`);
    if (mc.loopback !== null && typeof mc.loopback !== 'boolean') this.fail(`${what}.multicast.loopback is not a boolean or null`);
    if (mc.iface !== null && typeof mc.iface !== 'string') this.fail(`${what}.multicast.iface is not a string or null`);
    w.u8((mc.reuseAddress ? MC_REUSE : 0) | (mc.ttl >= 0 ? MC_TTL : 0) | (mc.loopback !== null ? MC_LOOPBACK_SET : 0)
      | (mc.loopback === true ? MC_LOOPBACK : 0) | (mc.iface !== null ? MC_IFACE : 0));
    if (mc.ttl >= 0) w.u8(mc.ttl);
    if (mc.iface !== null) w.uvarint(this.str(mc.iface, `${what} multicast interface`));
    w.uvarint(mc.groups.length);
    for (const [i, g] of mc.groups.entries()) {
      if (g === null || typeof g !== 'object' || (g.iface !== null && typeof g.iface !== 'string')) this.fail(`${what} multicast group ${i} is invalid`);
      w.uvarint(this.str(g.group, `${what} multicast group ${i}`));
      w.uvarint(g.iface === null ? 0 : this.str(g.iface, `${what} multicast group ${i} interface`) + 1);
    }
  }

  private stdin(w: ByteWriter): void {
    const s = this.image.stdin ?? { offset: 0, buffered: new Uint8Array(0), ended: false };
    if (s === null || typeof s !== 'object') this.fail('stdin is not an object');
    if (!isInt(s.offset, 0, Number.MAX_SAFE_INTEGER)) this.fail(`stdin.offset ${String(s.offset)} is invalid`);
    if (!(s.buffered instanceof Uint8Array) || s.buffered.length > s.offset) this.fail('stdin.buffered is invalid (more bytes than were read)');
    if (typeof s.ended !== 'boolean') this.fail('stdin.ended is not a boolean');
    w.uvarint(s.offset);
    w.u8(s.ended ? 1 : 0);
    w.uvarint(s.buffered.length);
    w.bytes(s.buffered);
  }

  private vm(w: ByteWriter): void {
    const vm = this.image.vm;
    if (!isInt(vm.nextThreadId, 0, Number.MAX_SAFE_INTEGER)) this.fail(`vm.nextThreadId ${String(vm.nextThreadId)} is invalid`);
    w.uvarint(vm.nextThreadId);
    if (!isInt(vm.hashState, INT_MIN, INT_MAX)) this.fail(`vm.hashState ${String(vm.hashState)} is not an int`);
    w.i32(vm.hashState);
    if (typeof vm.shutdownStarted !== 'boolean') this.fail('vm.shutdownStarted is not a boolean');
    w.u8(vm.shutdownStarted ? 1 : 0);
    if (vm.mainThread !== -1) this.threadIndex(vm.mainThread, () => 'vm.mainThread');
    w.uvarint(vm.mainThread + 1);
    if (!isInt(vm.exitCode, INT_MIN, INT_MAX)) this.fail(`vm.exitCode ${String(vm.exitCode)} is not an int`);
    w.svarint32(vm.exitCode);
    if (typeof vm.nanoTime !== 'number' || !Number.isFinite(vm.nanoTime)) this.fail(`vm.nanoTime ${String(vm.nanoTime)} is not a finite number`);
    w.f64(vm.nanoTime);
  }
}

// ---------------------------------------------------------------------------------------------
// Decoder

/**
 * Decodes an image written by {@link encodeImage} (or by any writer following
 * docs/image-format.md). Raises {@link ImageFormatError}, and nothing else, for bytes that are not
 * a well-formed image of this format version.
 */
export function decodeImage(bytes: Uint8Array, options: DecodeOptions = {}): Image {
  try {
    return decode(bytes, options);
  } catch (e) {
    if (e instanceof ImageFormatError) throw e;
    // A safety net (the decoder checks before it reads); tests assert it is never reached.
    throw new ImageFormatError(`image could not be decoded (${e instanceof Error ? `${e.name}: ${e.message}` : String(e)})`);
  }
}

/** The preamble and header of an image, readable without decoding (or inflating) the body. */
export interface ImageSummary {
  version: number;
  compression: 'none' | 'deflate';
  classLibrary: string;
  capturedAt: number;
  mainClass: string;
  /** Stored and uncompressed body sizes in bytes. */
  bodySize: number;
  rawBodySize: number;
}

/** Reads and checks the preamble, checksum and header (for `tern inspect`). */
export function readImageSummary(bytes: Uint8Array): ImageSummary {
  try {
    return readContainer(bytes).summary;
  } catch (e) {
    if (e instanceof ImageFormatError) throw e;
    throw new ImageFormatError(`image could not be decoded (${e instanceof Error ? `${e.name}: ${e.message}` : String(e)})`);
  }
}

/** `bytes` as a plain Uint8Array (a Node Buffer's `slice` would share memory instead of copying). */
function plain(bytes: Uint8Array): Uint8Array {
  return bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function readContainer(bytes: Uint8Array): { summary: ImageSummary; bodyStart: number } {
  if (!(bytes instanceof Uint8Array)) throw new ImageFormatError('image is not a byte array');
  const n = bytes.length;
  for (let i = 0; i < IMAGE_MAGIC.length; i++) {
    if (i >= n) throw new ImageFormatError(`image is truncated (${n} bytes)`);
    if (bytes[i] !== IMAGE_MAGIC[i]) throw new ImageFormatError('not a Tern image (bad magic)');
  }
  if (n < PREAMBLE_SIZE) throw new ImageFormatError(`image is truncated (${n} bytes)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (!READABLE_IMAGE_FORMAT_VERSIONS.includes(version)) {
    const vs = READABLE_IMAGE_FORMAT_VERSIONS;
    throw new ImageFormatError(`unsupported image format version ${version} (this Tern reads ${vs.slice(0, -1).join(', ')} and ${vs[vs.length - 1]})`);
  }
  const flags = view.getUint32(12, true);
  if ((flags & ~COMPRESSION_MASK) !== 0) throw new ImageFormatError(`unsupported image flags ${hex(flags)}`);
  const method = flags & COMPRESSION_MASK;
  if (method !== COMPRESSION_NONE && method !== COMPRESSION_DEFLATE) throw new ImageFormatError(`unknown image compression method ${method}`);
  const headerSize = view.getUint32(16, true);
  const bodySize = view.getUint32(20, true);
  const rawBodySize = view.getUint32(24, true);
  const total = PREAMBLE_SIZE + headerSize + bodySize + CHECKSUM_SIZE;
  if (n < total) throw new ImageFormatError(`image is truncated (${n} of ${total} bytes)`);
  if (n > total) throw new ImageFormatError(`image has ${n - total} unexpected bytes after its end`);
  const stored = view.getUint32(total - CHECKSUM_SIZE, true);
  const computed = crc32c(bytes, 0, total - CHECKSUM_SIZE);
  if (stored !== computed) throw new ImageFormatError(`checksum mismatch (stored ${hex(stored)}, computed ${hex(computed)}): the image is damaged`);

  const r = new ByteReader(bytes, PREAMBLE_SIZE, PREAMBLE_SIZE + headerSize);
  const classLibrary = r.string();
  const capturedAt = r.f64();
  if (!Number.isFinite(capturedAt)) r.fail(`image header has invalid capture time ${capturedAt}`);
  const mainClass = r.string();
  if (r.remaining !== 0) r.fail(`image header has ${r.remaining} unexpected bytes at its end`);

  if (method === COMPRESSION_NONE && rawBodySize !== bodySize) {
    throw new ImageFormatError(`uncompressed image declares a body of ${rawBodySize} bytes but stores ${bodySize}`);
  }
  return {
    summary: {
      version,
      compression: method === COMPRESSION_DEFLATE ? 'deflate' : 'none',
      classLibrary,
      capturedAt,
      mainClass,
      bodySize,
      rawBodySize,
    },
    bodyStart: PREAMBLE_SIZE + headerSize,
  };
}

function decode(bytes: Uint8Array, options: DecodeOptions): Image {
  const { summary, bodyStart } = readContainer(bytes);
  bytes = plain(bytes);
  let r: ByteReader;
  if (summary.compression === 'none') {
    r = new ByteReader(bytes, bodyStart, bodyStart + summary.bodySize);
  } else {
    const inflate = options.inflate;
    if (typeof inflate !== 'function') throw new ImageFormatError('image is compressed (deflate) but no inflate function was given');
    const rawSize = summary.rawBodySize;
    if (rawSize > summary.bodySize * MAX_DEFLATE_RATIO + 1024) {
      throw new ImageFormatError(`compressed body of ${summary.bodySize} bytes cannot inflate to the declared ${rawSize} bytes`);
    }
    let raw: Uint8Array;
    try {
      raw = inflate(bytes.subarray(bodyStart, bodyStart + summary.bodySize), rawSize);
    } catch (e) {
      throw new ImageFormatError(`compressed body is corrupt (${e instanceof Error ? e.message : String(e)})`);
    }
    if (!(raw instanceof Uint8Array) || raw.length !== rawSize) {
      throw new ImageFormatError(`compressed body inflates to ${raw?.length} bytes, but the image declares ${rawSize}`);
    }
    r = new ByteReader(plain(raw), 0, raw.length, 0, ' of the decompressed body');
  }
  return new Decoder(r, summary, options.arrayViews === true).run();
}

class Decoder {
  private strings: string[] = [];
  private classes: ImageClass[] = [];
  private layouts: Layout[] = [];
  private methods: Image['methods'] = [];
  private objects: ImageObject[] = [];
  private interned: number[] = [];
  private backtraces: number[] = [];
  private threads: ImageThread[] = [];
  private monitors: ImageMonitor[] = [];
  private files: ImageFile[] = [];
  private sockets: ImageSockets = noSockets();
  private workingDirectory: string | undefined = undefined;
  private stdin: ImageStdin | undefined = undefined;
  private vm: Image['vm'] | null = null;

  constructor(
    private readonly r: ByteReader,
    private readonly summary: ImageSummary,
    private readonly arrayViews: boolean,
  ) {}

  private fail(message: string): never {
    throw new ImageFormatError(message);
  }

  run(): Image {
    const r = this.r;
    const bodyEnd = r.end;
    const last = LAST_SECTION_OF[this.summary.version] ?? LAST_SECTION;
    let next: number = SectionTag.Strings;
    while (r.pos < bodyEnd) {
      r.section = 'body';
      r.end = bodyEnd;
      const at = r.pos;
      const tag = r.u8();
      const length = r.u32();
      const name = tag <= LAST_SECTION && tag > 0 ? SECTION_NAMES[tag]! : `0x${tag.toString(16).padStart(2, '0')}`;
      if (length > bodyEnd - r.pos) {
        this.fail(`image is truncated (section ${name} at ${r.offset(at)} declares ${length} bytes, ${bodyEnd - r.pos} are left)`);
      }
      const end = r.pos + length;
      if (tag === SECTION_WORKING_DIRECTORY) {
        r.section = 'working directory';
        r.end = end;
        if (this.workingDirectory !== undefined) this.fail(`section working directory appears twice (at ${r.offset(at)})`);
        const wd = r.string();
        if (!wd.startsWith('/')) this.fail(`working directory ${JSON.stringify(wd)} is not an absolute path (at ${r.offset(at)})`);
        if (r.pos !== end) this.fail(`section working directory has ${end - r.pos} unexpected bytes at its end (${r.offset()})`);
        this.workingDirectory = wd;
        continue;
      }
      if (tag & SECTION_OPTIONAL) {
        r.pos = end; // an optional section this version does not know
        continue;
      }
      if (tag === 0 || tag > last) this.fail(`unknown required section ${name} at ${r.offset(at)} (${tag > LAST_SECTION ? 'the image needs a newer Tern' : `not part of version ${this.summary.version}`})`);
      if (tag < next) this.fail(`section ${name} appears twice or out of order (at ${r.offset(at)})`);
      if (tag > next) this.fail(`section ${SECTION_NAMES[next]} is missing`);
      r.section = name;
      r.end = end;
      switch (tag as SectionTag) {
        case SectionTag.Strings: this.readStrings(); break;
        case SectionTag.Classes: this.readClasses(); break;
        case SectionTag.Methods: this.readMethods(); break;
        case SectionTag.Objects: this.readObjects(); break;
        case SectionTag.Interned: this.readInterned(); break;
        case SectionTag.Backtraces: this.readBacktraces(); break;
        case SectionTag.Threads: this.readThreads(); break;
        case SectionTag.Monitors: this.readMonitors(); break;
        case SectionTag.Vm: this.readVm(); break;
        case SectionTag.Files: this.readFiles(); break;
        case SectionTag.Sockets: this.readSockets(); break;
        case SectionTag.Stdin: this.readStdin(); break;
      }
      if (r.pos !== end) this.fail(`section ${name} has ${end - r.pos} unexpected bytes at its end (${r.offset()})`);
      next++;
    }
    if (next <= last) this.fail(`section ${SECTION_NAMES[next]} is missing`);
    checkClassReferences(this.classes, this.objects.length, this.threads.length, (m) => this.fail(m));
    return {
      classLibrary: this.summary.classLibrary,
      capturedAt: this.summary.capturedAt,
      vm: this.vm!,
      mainClass: this.summary.mainClass,
      classes: this.classes,
      objects: this.objects,
      interned: this.interned,
      methods: this.methods,
      backtraces: this.backtraces,
      threads: this.threads,
      monitors: this.monitors,
      files: this.files,
      sockets: this.sockets,
      ...(this.workingDirectory === undefined ? {} : { workingDirectory: this.workingDirectory }),
      ...(this.stdin === undefined ? {} : { stdin: this.stdin }),
    };
  }

  private str(): string {
    const r = this.r;
    const at = r.pos;
    const i = r.uvarint();
    if (i >= this.strings.length) this.fail(`string index ${i} out of range (the image has ${this.strings.length} strings; section ${r.section} at ${r.offset(at)})`);
    return this.strings[i]!;
  }

  private classIndex(what: string): number {
    const r = this.r;
    const at = r.pos;
    const i = r.uvarint();
    if (i >= this.classes.length) this.fail(`class index ${i} out of range in ${what} (the image has ${this.classes.length} classes; section ${r.section} at ${r.offset(at)})`);
    return i;
  }

  /** A class index + 1, 0 meaning -1. */
  private optionalClassIndex(what: string): number {
    const r = this.r;
    const at = r.pos;
    const i = r.uvarint() - 1;
    if (i >= this.classes.length) this.fail(`class index ${i} out of range in ${what} (the image has ${this.classes.length} classes; section ${r.section} at ${r.offset(at)})`);
    return i;
  }

  private threadIndex(what: string, optional: boolean): number {
    const r = this.r;
    const at = r.pos;
    const i = r.uvarint() - (optional ? 1 : 0);
    if (i >= this.threads.length) this.fail(`thread index ${i} out of range in ${what} (the image has ${this.threads.length} threads; section ${r.section} at ${r.offset(at)})`);
    return i;
  }

  private objectId(what: string): number {
    const r = this.r;
    const id = r.uvarint();
    if (id > this.objects.length) this.fail(`${what} refers to object ${id} but the image has ${this.objects.length} objects`);
    return id;
  }

  private tag(what: string): ValueTag {
    const r = this.r;
    const at = r.pos;
    const code = r.u8();
    const tag = CODE_TAG[code];
    if (tag === undefined || code === T || code === T_F64) this.fail(`${what} has invalid tag 0x${code.toString(16)} (section ${r.section} at ${r.offset(at)})`);
    return tag;
  }

  /** A field value of tag byte `code`; L ids are checked by the caller (objects) or later (statics). */
  private value(code: number): ImageValue {
    const r = this.r;
    switch (code) {
      case Z: {
        const at = r.pos;
        const v = r.u8();
        if (v > 1) this.fail(`boolean value ${v} is not 0 or 1 (section ${r.section} at ${r.offset(at)})`);
        return v;
      }
      case B: return (r.u8() << 24) >> 24;
      case C: return r.u16();
      case S: return r.i16();
      case I: return r.svarint32();
      case F: return r.f32();
      case J: return r.i64();
      case D: return r.f64();
      default: return r.uvarint(); // L
    }
  }

  private readStrings(): void {
    const r = this.r;
    const n = r.count(1, 'string');
    const list = new Array<string>(n);
    for (let i = 0; i < n; i++) list[i] = r.string();
    this.strings = list;
  }

  private fieldDesc(what: string): ImageFieldDesc {
    const owner = this.str();
    const name = this.str();
    return { owner, name, tag: this.tag(what) };
  }

  private readClasses(): void {
    const r = this.r;
    const n = r.count(7, 'class');
    const classes = new Array<ImageClass>(n);
    this.classes = classes; // for classIndex checks while reading
    for (let ci = 0; ci < n; ci++) {
      const name = this.str();
      const what = `class ${ci} (${name})`;
      const origin = r.u8();
      if (origin > MAX_ORIGIN) this.fail(`${what} has invalid origin ${origin}`);
      const isArray = origin === ClassOrigin.Array;
      if (isArray !== name.startsWith('[') || (isArray && !isArrayClassName(name))) {
        this.fail(isArray ? `${what} has origin Array but is not an array class name` : `${what} is an array class but its origin is not Array`);
      }
      if ((origin === ClassOrigin.Primitive) !== PRIMITIVE_NAMES.has(name)) this.fail(`${what} is ${origin === ClassOrigin.Primitive ? 'Primitive but not named like a primitive type' : 'named like a primitive type but not Primitive'}`);
      const state = r.u8();
      if (state > MAX_INIT_STATE) this.fail(`${what} has invalid initialization state ${state}`);
      const initThread = r.uvarint() - 1; // checked once the threads are known
      const mirror = r.uvarint(); // checked once the objects are known
      let bytes: Uint8Array | null = null;
      if (origin === ClassOrigin.App || origin === ClassOrigin.Hidden || origin === ClassOrigin.AppAvailable) bytes = r.bytesCopy(r.uvarint());
      const nf = r.count(3, `${what} instance field`);
      const instanceFields = new Array<ImageFieldDesc>(nf);
      for (let k = 0; k < nf; k++) instanceFields[k] = this.fieldDesc(`${what} instance field ${k}`);
      const ns = r.count(4, `${what} static field`);
      const statics = new Array<ImageField>(ns);
      for (let k = 0; k < ns; k++) {
        const d = this.fieldDesc(`${what} static field ${k}`);
        statics[k] = { owner: d.owner, name: d.name, tag: d.tag, value: this.value(TAG_CODE[d.tag]!) };
      }
      if ((isArray || origin === ClassOrigin.Primitive) && (nf > 0 || ns > 0)) this.fail(`${what} is an array or primitive class with fields`);
      const c: ImageClass = { name, origin, bytes, state, initThread, statics, instanceFields, mirror };
      classes[ci] = c;
      this.layouts.push(layoutOf(c));
    }
  }

  private readObjects(): void {
    const r = this.r;
    const classCount = this.classes.length;
    const layouts = this.layouts;
    const n = r.count(2, 'object');
    const objects = new Array<ImageObject>(n);
    this.objects = objects; // its length bounds object ids
    const names = new Map<number, ImageObjectName>();
    if (this.summary.version >= 4) {
      const nn = r.count(3, 'named object');
      let last = 0;
      for (let k = 0; k < nn; k++) {
        const id = r.uvarint();
        if (id <= last || id > n) this.fail(`named object ${k} has object id ${id} (ids must increase, the image has ${n} objects)`);
        last = id;
        const root = this.str();
        const known = WELL_KNOWN_ROOTS.get(root);
        if (!known) this.fail(`object ${id} is named from ${root}, which is not a well-known root`);
        if (known.since > this.summary.version) this.fail(`object ${id} is named from ${root}, which is not a well-known root of version ${this.summary.version}`);
        const steps = r.uvarint();
        if (steps > MAX_NAME_PATH) this.fail(`object ${id} has a name path of ${steps} steps (at most ${MAX_NAME_PATH})`);
        const path: number[] = [];
        for (let s = 0; s < steps; s++) {
          const step = r.uvarint();
          if (step > INT_MAX) this.fail(`object ${id} has name path step ${step}`);
          path.push(step);
        }
        names.set(id, { root, path });
      }
    }
    for (let i = 0; i < n; i++) {
      const id = i + 1;
      const at = r.pos;
      const ci = r.uvarint();
      if (ci >= classCount) this.fail(`object ${id} has class index ${ci} out of range (the image has ${classCount} classes; section objects at ${r.offset(at)})`);
      const hash = r.uvarint32() | 0;
      const name = names.get(id);
      if (name !== undefined) {
        objects[i] = { classIndex: ci, hash, values: NO_VALUES, length: 0, data: null, refs: null, name };
        continue;
      }
      const layout = layouts[ci]!;
      if (layout.kind === 0) {
        const codes = layout.codes;
        const values = layout.boxed ? new Array<ImageValue>(codes.length).fill(null as unknown as number) : new Array<ImageValue>(codes.length);
        for (let k = 0; k < codes.length; k++) {
          const code = codes[k]!;
          if (code === L) {
            const v = r.uvarint();
            if (v > n) this.fail(`object ${id} refers to object ${v} but the image has ${n} objects`);
            values[k] = v;
          } else {
            values[k] = this.value(code);
          }
        }
        objects[i] = { classIndex: ci, hash, values, length: 0, data: null, refs: null };
        continue;
      }
      const lat = r.pos;
      const length = r.uvarint();
      if (length > INT_MAX) this.fail(`object ${id} has array length ${length}, more than an array can hold (section objects at ${r.offset(lat)})`);
      if (layout.kind === 1) {
        if (length > r.remaining / layout.elementSize) {
          this.fail(`image is truncated (object ${id}: array of ${length} elements in section objects at ${r.offset(lat)})`);
        }
        const n = length * layout.elementSize;
        objects[i] = { classIndex: ci, hash, values: NO_VALUES, length, data: this.arrayViews ? r.bytesView(n) : r.bytesCopy(n), refs: null };
      } else {
        if (length > r.remaining) this.fail(`image is truncated (object ${id}: array of ${length} elements in section objects at ${r.offset(lat)})`);
        const refs = new Array<number>(length);
        for (let k = 0; k < length; k++) {
          const v = r.uvarint();
          if (v > n) this.fail(`object ${id} refers to object ${v} but the image has ${n} objects`);
          refs[k] = v;
        }
        objects[i] = { classIndex: ci, hash, values: NO_VALUES, length, data: null, refs };
      }
    }
  }

  private readInterned(): void {
    const r = this.r;
    const n = r.count(1, 'interned string');
    const seen = new Uint8Array(this.objects.length + 1);
    const list = new Array<number>(n);
    for (let k = 0; k < n; k++) {
      const id = this.objectId(`interned string ${k}`);
      if (id === 0) this.fail(`interned string ${k} is null`);
      if (seen[id]) this.fail(`object ${id} is interned twice`);
      seen[id] = 1;
      list[k] = id;
    }
    this.interned = list;
  }

  private readMethods(): void {
    const r = this.r;
    const n = r.count(2, 'method');
    const list = new Array<{ classIndex: number; method: string }>(n);
    for (let k = 0; k < n; k++) {
      const classIndex = this.classIndex(`method ${k}`);
      list[k] = { classIndex, method: this.str() };
    }
    this.methods = list;
  }

  private readBacktraces(): void {
    const r = this.r;
    const n = r.count(1, 'backtrace');
    const seen = new Uint8Array(this.objects.length + 1);
    const list = new Array<number>(n);
    const image = { objects: this.objects, classes: this.classes, methods: this.methods };
    for (let k = 0; k < n; k++) {
      const id = this.objectId(`backtrace ${k}`);
      checkBacktrace(image, id, k, seen, (m) => this.fail(m));
      list[k] = id;
    }
    this.backtraces = list;
  }

  private readThreads(): void {
    const r = this.r;
    const n = r.count(17, 'thread');
    const threads = new Array<ImageThread>(n);
    this.threads = threads;
    const ids = new Set<number>();
    for (let ti = 0; ti < n; ti++) {
      const id = r.uvarint();
      const name = this.str();
      const what = `thread ${ti} (${name})`;
      if (ids.has(id)) this.fail(`${what} has the same id ${id} as another thread`);
      ids.add(id);
      const flags = r.u8();
      if (flags & ~TF_ALL) this.fail(`${what} has invalid flags 0x${flags.toString(16)}`);
      const state = r.u8();
      if (state > MAX_THREAD_STATE) this.fail(`${what} has invalid state ${state}`);
      const threadObject = this.objectId(`${what} threadObject`);
      const remainingMs = r.f64();
      if (!(remainingMs === -1 || (remainingMs >= 0 && remainingMs < Infinity))) this.fail(`${what} has invalid remainingMs ${remainingMs}`);
      const blockedOn = this.objectId(`${what} blockedOn`);
      const savedLockCount = r.uvarint();
      const waitingForClass = this.optionalClassIndex(`${what} waitingForClass`);
      const native = flags & TF_NATIVE ? this.readNative(what) : null;
      const nf = r.count(6, `${what} frame`);
      if (state === THREAD_STATE_TERMINATED) {
        if (nf > 0 || native) this.fail(`${what} is terminated but has frames or a native suspension`);
      } else if (nf === 0) {
        this.fail(`${what} has no frames`);
      }
      const frames = new Array<ImageFrame>(nf);
      for (let fi = 0; fi < nf; fi++) frames[fi] = this.readFrame(`${what} frame ${fi}`);
      threads[ti] = {
        id,
        name,
        daemon: (flags & TF_DAEMON) !== 0,
        threadObject,
        interrupted: (flags & TF_INTERRUPTED) !== 0,
        state: state as ImageThreadState,
        remainingMs,
        blockedOn,
        savedLockCount,
        waitingForClass,
        parkPermit: (flags & TF_PARK_PERMIT) !== 0,
        dispatchingUncaught: (flags & TF_DISPATCHING) !== 0,
        native,
        frames,
      };
    }
  }

  private readNative(what: string): ImageNativeSuspension {
    const r = this.r;
    const classIndex = this.classIndex(`${what} native method`);
    const method = this.str();
    const kind = r.u8();
    if (kind > MAX_VALUE_KIND + 1) this.fail(`${what} has invalid resumeKind ${kind - 1}`);
    const valueType = r.u8();
    let resumeValue: number | bigint;
    if (valueType === 0) resumeValue = r.f64();
    else if (valueType === 1) resumeValue = r.i64();
    else this.fail(`${what} has invalid resume value type ${valueType}`);
    const resumeException = this.objectId(`${what} resumeException`);
    const throwFlag = r.u8();
    let resumeThrow: ImageNativeSuspension['resumeThrow'] = null;
    if (throwFlag > 2) this.fail(`${what} has invalid resumeThrow flag ${throwFlag}`);
    if (throwFlag > 0) {
      const javaClass = this.str();
      resumeThrow = { javaClass, message: throwFlag === 2 ? this.str() : null };
    }
    return { classIndex, method, resumeKind: kind - 1, resumeValue, resumeException, resumeThrow };
  }

  private readFrame(what: string): ImageFrame {
    const r = this.r;
    const classIndex = this.classIndex(what);
    const method = this.str();
    const pc = r.uvarint();
    if (pc > MAX_PC) this.fail(`${what} has invalid pc ${pc}`);
    const kind = r.u8();
    if (kind > MAX_FRAME_KIND) this.fail(`${what} has invalid kind ${kind}`);
    const initClass = this.optionalClassIndex(`${what} initClass`);
    if ((kind === FRAME_KIND_CLASS_INIT) !== (initClass >= 0)) {
      this.fail(kind === FRAME_KIND_CLASS_INIT ? `${what} is a class-initialization frame without initClass` : `${what} is not a class-initialization frame but has initClass ${initClass}`);
    }
    const n = r.count(2, `${what} slot`);
    const slots = new Array<ImageSlot>(n);
    const no = this.objects.length;
    let needT = false;
    for (let k = 0; k < n; k++) {
      const at = r.pos;
      const code = r.u8();
      let value: number;
      switch (code) {
        case Z: case B: case C: case S: case I: case J: case T:
          value = r.svarint32();
          break;
        case F: value = r.f32(); break;
        case D: case T_F64: value = r.f64(); break;
        case L:
          value = r.uvarint();
          if (value > no) this.fail(`${what} slot ${k} refers to object ${value} but the image has ${no} objects`);
          break;
        default:
          this.fail(`${what} slot ${k} has invalid tag 0x${code.toString(16)} (section threads at ${r.offset(at)})`);
      }
      const tag = CODE_TAG[code]!;
      if (needT && tag !== 'T') this.fail(`${what} slot ${k - 1} (long or double) is not followed by a T slot`);
      needT = code === J || code === D;
      slots[k] = { tag, value };
    }
    if (needT) this.fail(`${what} slot ${n - 1} (long or double) is not followed by a T slot`);
    return { classIndex, method, pc, kind, initClass, slots };
  }

  private readMonitors(): void {
    const r = this.r;
    const n = r.count(5, 'monitor');
    const nt = this.threads.length;
    const inQueue = new Uint8Array(nt);
    const objects = new Set<number>();
    const list = new Array<ImageMonitor>(n);
    for (let mi = 0; mi < n; mi++) {
      const what = `monitor ${mi}`;
      const object = this.objectId(what);
      if (object === 0) this.fail(`${what} has no object`);
      if (objects.has(object)) this.fail(`object ${object} has two monitors`);
      objects.add(object);
      const owner = this.threadIndex(`${what} owner`, true);
      if (owner >= 0 && (this.threads[owner]!.state as number) === THREAD_STATE_TERMINATED) this.fail(`${what} is owned by terminated thread ${owner}`);
      const count = r.uvarint();
      if (owner !== -1 && count === 0) this.fail(`${what} is owned by thread ${owner} with count 0`);
      const queues: number[][] = [];
      for (const qname of ['entry queue', 'wait set']) {
        const qn = r.count(1, `${what} ${qname}`);
        const q = new Array<number>(qn);
        for (let k = 0; k < qn; k++) {
          const t = this.threadIndex(`${what} ${qname}`, false);
          if (t === owner) this.fail(`thread ${t} owns ${what} and is in its ${qname}`);
          if (inQueue[t]) this.fail(`thread ${t} is in more than one monitor queue`);
          if ((this.threads[t]!.state as number) === THREAD_STATE_TERMINATED) this.fail(`terminated thread ${t} is in the ${qname} of ${what}`);
          inQueue[t] = 1;
          q[k] = t;
        }
        queues.push(q);
      }
      list[mi] = { object, owner, count, entryQueue: queues[0]!, waitSet: queues[1]! };
    }
    this.monitors = list;
  }

  private readFiles(): void {
    const r = this.r;
    const n = r.count(5, 'file');
    const slots = new Set<number>();
    for (let k = 0; k < n; k++) {
      const what = `file ${k}`;
      const fd = r.uvarint() - 1;
      if (fd !== -1 && (fd < 3 || fd > INT_MAX)) this.fail(`${what} has invalid slot ${fd}`);
      if (fd !== -1) {
        if (slots.has(fd)) this.fail(`${what} uses slot ${fd} twice`);
        slots.add(fd);
      }
      const path = this.str();
      if (!path.startsWith('/')) this.fail(`${what} path ${path} is not absolute`);
      const mode = r.u8();
      if (mode > MAX_FILE_MODE) this.fail(`${what} has invalid mode ${mode}`);
      const position = r.uvarint();
      const size = r.uvarint() - 1;
      const digest = this.str();
      if (!/^([0-9a-f]{64})?$/.test(digest)) this.fail(`${what} has an invalid digest`);
      if ((digest === '') !== (size === -1)) this.fail(`${what} must have a digest exactly when it is a regular file`);
      const has = r.u8();
      if (has > 1) this.fail(`${what} has an invalid contents flag ${has}`);
      let contents: Uint8Array | null = null;
      if (has === 1) {
        const len = r.uvarint();
        if (len !== size) this.fail(`${what} has ${len} bytes of contents but size ${size}`);
        if (len > r.remaining) this.fail(`image is truncated (${what}: ${len} bytes of contents)`);
        contents = r.bytesCopy(len);
      }
      this.files.push({ fd, path, mode, position, size, digest, contents });
    }
  }

  private readEndpoint(what: string): { address: string; port: number } {
    const address = this.str();
    const port = this.r.uvarint();
    if (port > 0xffff) this.fail(`${what} has invalid port ${port}`);
    return { address, port };
  }

  private readSockets(): void {
    const r = this.r;
    const nextId = r.uvarint();
    if (nextId < 1 || nextId > INT_MAX) this.fail(`sockets.nextId ${nextId} is invalid`);
    const n = r.count(11, 'socket');
    const sockets: ImageSocket[] = [];
    for (let k = 0; k < n; k++) {
      const what = `socket ${k}`;
      const id = r.uvarint();
      const kind = r.u8();
      if (kind > (this.summary.version >= 4 ? MAX_SOCKET_KIND : MAX_SOCKET_KIND_V3)) this.fail(`${what} has invalid kind ${kind}`);
      const pending = kind === ImageSocketKind.Pending, listener = kind === ImageSocketKind.Listener;
      const datagram = kind === ImageSocketKind.Datagram;
      if (pending ? id !== 0 : id < 1 || id > INT_MAX) this.fail(`${what} has invalid descriptor ${id}`);
      const listenerId = r.uvarint();
      if (pending ? listenerId < 1 || listenerId > INT_MAX : listenerId !== 0) this.fail(`${what} has invalid listener ${listenerId}`);
      const peer = r.uvarint();
      if (peer !== 0 && !(pending || kind === ImageSocketKind.Accepted)) this.fail(`${what} has invalid peer ${peer}`);
      if (peer > INT_MAX) this.fail(`${what} has invalid peer ${peer}`);
      const local = this.readEndpoint(`${what} local endpoint`);
      const hasRemote = r.u8();
      if (hasRemote > 1 || (!datagram && (hasRemote === 0) !== listener)) this.fail(`${what} must have a remote endpoint exactly when it is a connection`);
      const remote = hasRemote ? this.readEndpoint(`${what} remote endpoint`) : null;
      const backlog = r.uvarint();
      if (!listener && backlog !== 0) this.fail(`${what} has invalid backlog ${backlog}`);
      const flags = r.u8();
      if ((flags & ~SF_ALL) !== 0 || ((listener || datagram) && flags !== 0)) this.fail(`${what} has invalid flags 0x${flags.toString(16)}`);
      const len = r.uvarint();
      if (len > r.remaining) this.fail(`image is truncated (${what}: ${len} unread bytes)`);
      if ((listener || datagram) && len !== 0) this.fail(`${what} is a ${datagram ? 'datagram socket' : 'listener'} with unread bytes`);
      const unread = r.bytesCopy(len);
      const nw = r.count(10, `${what} wait`);
      const waits: ImageSocket['waits'] = [];
      for (let i = 0; i < nw; i++) {
        const thread = this.threadIndex(`${what} wait`, false);
        const wk = r.u8();
        if (wk >= SOCKET_WAIT_KINDS.length) this.fail(`${what} has a wait of invalid kind ${wk}`);
        const remainingMs = r.f64();
        if (!(remainingMs === -1 || (Number.isFinite(remainingMs) && remainingMs >= 0))) this.fail(`${what} wait has invalid remainingMs ${remainingMs}`);
        waits.push({ thread, kind: SOCKET_WAIT_KINDS[wk]!, remainingMs });
      }
      const datagrams: ImageSocket['datagrams'] = [];
      if (datagram) {
        const nd = r.count(3, `${what} datagram`);
        for (let i = 0; i < nd; i++) {
          const from = this.readEndpoint(`${what} datagram ${i} sender`);
          const dl = r.uvarint();
          if (dl > 0xffff) this.fail(`${what} datagram ${i} has invalid length ${dl}`);
          if (dl > r.remaining) this.fail(`image is truncated (${what} datagram ${i}: ${dl} bytes)`);
          datagrams.push({ bytes: r.bytesCopy(dl), from });
        }
      }
      const multicast = datagram && this.summary.version >= 6 ? this.readMulticast(what) : undefined;
      sockets.push({
        id, kind, listener: listenerId, peer, local, remote, backlog,
        inputShutdown: (flags & SF_INPUT_SHUTDOWN) !== 0, outputShutdown: (flags & SF_OUTPUT_SHUTDOWN) !== 0,
        noDelay: (flags & SF_NO_DELAY) !== 0, keepAlive: (flags & SF_KEEP_ALIVE) !== 0,
        eof: (flags & SF_EOF) !== 0, reset: (flags & SF_RESET) !== 0, unread, waits, datagrams,
        ...(multicast === undefined ? {} : { multicast }),
      });
    }
    const m = r.count(2, 'lookup');
    const lookups: ImageSockets['lookups'] = [];
    for (let k = 0; k < m; k++) {
      const thread = this.threadIndex(`lookup ${k}`, false);
      const c = r.count(1, `lookup ${k} result`);
      const results: string[] = [];
      for (let i = 0; i < c; i++) results.push(this.str());
      lookups.push({ thread, results });
    }
    const senders: ImageSockets['senders'] = [];
    if (this.summary.version >= 4) {
      const ns = r.count(3, 'datagram sender');
      for (let k = 0; k < ns; k++) {
        const thread = this.threadIndex(`datagram sender ${k}`, false);
        senders.push({ thread, from: this.readEndpoint(`datagram sender ${k}`) });
      }
    }
    this.sockets = { nextId, sockets, lookups, senders };
    checkSockets(this.sockets, this.threads.length, (msg) => this.fail(msg));
  }

  /** A datagram socket's SO_REUSEADDR and multicast state; undefined when none of it was set. */
  private readMulticast(what: string): ImageMulticast | undefined {
    const r = this.r;
    const flags = r.u8();
    if ((flags & ~MC_ALL) !== 0 || ((flags & MC_LOOPBACK) !== 0 && (flags & MC_LOOPBACK_SET) === 0)) this.fail(`${what} has invalid multicast flags 0x${flags.toString(16)}`);
    const ttl = (flags & MC_TTL) !== 0 ? r.u8() : -1;
    const iface = (flags & MC_IFACE) !== 0 ? this.str() : null;
    const n = r.count(2, `${what} multicast group`);
    const groups: ImageMulticast['groups'] = [];
    for (let i = 0; i < n; i++) {
      const group = this.str();
      const at = r.pos;
      const k = r.uvarint();
      if (k > this.strings.length) this.fail(`string index ${k - 1} out of range (${what} multicast group ${i} interface at ${r.offset(at)})`);
      groups.push({ group, iface: k === 0 ? null : this.strings[k - 1]! });
    }
    if (flags === 0 && n === 0) return undefined;
    return { reuseAddress: (flags & MC_REUSE) !== 0, groups, ttl, loopback: (flags & MC_LOOPBACK_SET) !== 0 ? (flags & MC_LOOPBACK) !== 0 : null, iface };
  }

  private readStdin(): void {
    const r = this.r;
    const offset = r.uvarint();
    const ended = r.u8();
    if (ended > 1) this.fail(`stdin.ended has invalid value ${ended}`);
    const n = r.uvarint();
    if (n > offset) this.fail(`stdin has ${n} buffered bytes, more than the ${offset} read`);
    if (n > r.remaining) this.fail(`image is truncated (stdin: ${n} buffered bytes)`);
    const buffered = r.bytesCopy(n);
    // Nothing read is the same as no record (as in images before version 6).
    if (offset > 0 || ended === 1) this.stdin = { offset, buffered, ended: ended === 1 };
  }

  private readVm(): void {
    const r = this.r;
    const nextThreadId = r.uvarint();
    const hashState = r.i32();
    const sd = r.u8();
    if (sd > 1) this.fail(`vm.shutdownStarted has invalid value ${sd}`);
    const mainThread = this.threadIndex('vm.mainThread', true);
    const exitCode = r.svarint32();
    const nanoTime = r.f64();
    if (!Number.isFinite(nanoTime)) this.fail('vm.nanoTime is not a finite number');
    this.vm = { nextThreadId, hashState, shutdownStarted: sd === 1, mainThread, exitCode, nanoTime };
  }
}
