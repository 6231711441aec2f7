/**
 * @fileoverview The image encoder: {@link Image} (model.ts) to bytes, following
 * docs/image-format.md. It checks the image against the same structural rules the decoder
 * enforces (format.ts), so it never writes bytes a reader would reject: a capture bug surfaces at
 * checkpoint time, not at restore.
 */
import { ByteWriter } from './byte-writer.js';
import { crc32c } from './crc32c.js';
import { ImageFormatError } from './errors.js';
import { MAX_NAME_PATH, WELL_KNOWN_ROOTS } from './well-known.js';
import {
  ClassOrigin,
  IMAGE_FORMAT_VERSION,
  ImageSocketKind,
  type Image,
  type ImageField,
  type ImageFieldDesc,
  type ImageFrame,
  type ImageMonitor,
  type ImageMulticast,
  type ImageNativeSuspension,
  type ImageObject,
  type ImageSlot,
  type ImageThread,
  type ImageValue,
} from './model.js';
import {
  IMAGE_MAGIC, PREAMBLE_SIZE, CHECKSUM_SIZE, COMPRESSION_NONE, COMPRESSION_DEFLATE,
  SECTION_WORKING_DIRECTORY, SectionTag, MC_REUSE, MAX_SOCKET_KIND, SOCKET_WAIT_KINDS,
  MAX_FILE_MODE, Z, T_F64, TAG_CODE, MAX_ORIGIN, PRIMITIVE_NAMES, MAX_INIT_STATE, MAX_FRAME_KIND,
  FRAME_KIND_CLASS_INIT, THREAD_STATE_TERMINATED, MAX_THREAD_STATE, MAX_VALUE_KIND, MAX_PC,
  TF_DAEMON, INT_MIN, INT_MAX, Layout, isArrayClassName, layoutOf, isInt, checkBacktrace,
  checkSockets, checkClassReferences, MC_TTL, MC_LOOPBACK_SET, MC_LOOPBACK, MC_IFACE, B, C, S, I,
  F, J, D, L, T, TF_INTERRUPTED, TF_PARK_PERMIT, TF_DISPATCHING, TF_NATIVE,
} from './format.js';

/** How {@link encodeImage} stores the body. */
export interface EncodeOptions {
  /** 'none' (default) or 'deflate' (raw DEFLATE, RFC 1951; needs {@link deflate}). */
  compression?: 'none' | 'deflate';
  /** Compression level handed to {@link deflate} (zlib: 0..9). */
  level?: number;
  /** Raw DEFLATE compressor (no zlib or gzip wrapper), e.g. `(b, l) => zlib.deflateRawSync(b, { level: l })`. */
  deflate?: (raw: Uint8Array, level?: number) => Uint8Array;
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
