/**
 * @fileoverview The image decoder: bytes to {@link Image} (model.ts), following
 * docs/image-format.md. It raises only {@link ImageFormatError}, for any input: every count is
 * checked against the bytes left before anything is allocated for it, every index and object id
 * against the table it points into. Semantic checks that need the program's bytecode (slot kinds
 * at a pc, reference types) belong to restore.
 */
import { ByteReader } from './byte-reader.js';
import { crc32c } from './crc32c.js';
import { ImageFormatError } from './errors.js';
import { MAX_NAME_PATH, WELL_KNOWN_ROOTS } from './well-known.js';
import {
  ClassOrigin,
  NO_VALUES,
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
import {
  IMAGE_MAGIC, PREAMBLE_SIZE, CHECKSUM_SIZE, COMPRESSION_MASK, COMPRESSION_NONE,
  COMPRESSION_DEFLATE, MAX_DEFLATE_RATIO, SECTION_OPTIONAL, SECTION_WORKING_DIRECTORY, SectionTag,
  SECTION_NAMES, LAST_SECTION, LAST_SECTION_OF, MC_REUSE, MC_ALL, MAX_SOCKET_KIND,
  MAX_SOCKET_KIND_V3, SF_INPUT_SHUTDOWN, SF_ALL, SOCKET_WAIT_KINDS, noSockets, MAX_FILE_MODE, Z,
  T_F64, TAG_CODE, CODE_TAG, MAX_ORIGIN, PRIMITIVE_NAMES, MAX_INIT_STATE, MAX_FRAME_KIND,
  FRAME_KIND_CLASS_INIT, THREAD_STATE_TERMINATED, MAX_THREAD_STATE, MAX_VALUE_KIND, MAX_PC,
  TF_DAEMON, TF_ALL, INT_MAX, Layout, isArrayClassName, layoutOf, hex, checkBacktrace,
  checkSockets, checkClassReferences, MC_TTL, MC_LOOPBACK_SET, MC_LOOPBACK, MC_IFACE,
  SF_OUTPUT_SHUTDOWN, SF_NO_DELAY, SF_KEEP_ALIVE, SF_EOF, SF_RESET, B, C, S, I, F, J, D, L, T,
  TF_INTERRUPTED, TF_PARK_PERMIT, TF_DISPATCHING, TF_NATIVE,
} from './format.js';

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

