/**
 * @fileoverview What both sides of the image codec (encoder.ts, decoder.ts) share: the byte
 * format's constants (docs/image-format.md: magic, preamble, section tags, value tags, flag bits,
 * limits), how objects of a class are laid out, and the structural checks both enforce.
 */
import {
  ClassOrigin,
  ImageSocketKind,
  type Image,
  type ImageSocket,
  type ImageSockets,
  type ImageClass,
  type ValueTag,
} from './model.js';

// ---------------------------------------------------------------------------------------------
// Format constants (docs/image-format.md)

/** "TERNIMG\0". */
export const IMAGE_MAGIC: readonly number[] = [0x54, 0x45, 0x52, 0x4e, 0x49, 0x4d, 0x47, 0x00];
/** Bytes before the header: magic, version, flags, header length, body length, raw body length. */
export const PREAMBLE_SIZE = 28;
export const CHECKSUM_SIZE = 4;
/** Flags bits 0..3: compression method. Other bits are reserved and must be zero. */
export const COMPRESSION_MASK = 0xf;
export const COMPRESSION_NONE = 0;
export const COMPRESSION_DEFLATE = 1;
/** DEFLATE cannot expand data more than 1032:1; a larger declared size is forged or corrupt. */
export const MAX_DEFLATE_RATIO = 1032;
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
export const SECTION_NAMES = ['', 'strings', 'classes', 'methods', 'objects', 'interned', 'backtraces', 'threads', 'monitors', 'vm', 'files', 'sockets', 'stdin'];
export const LAST_SECTION = SectionTag.Stdin;
/** The last required section of each readable version. */
export const LAST_SECTION_OF: Record<number, SectionTag> = { 2: SectionTag.Files, 3: SectionTag.Sockets, 4: SectionTag.Sockets, 5: SectionTag.Sockets, 6: SectionTag.Stdin };
/** Bits of a datagram socket's multicast flags (version 6). */
export const MC_REUSE = 1, MC_TTL = 2, MC_LOOPBACK_SET = 4, MC_LOOPBACK = 8, MC_IFACE = 16;
export const MC_ALL = 31;

/** Largest socket kind (ImageSocketKind), flag bits and wait kinds of the sockets section. */
export const MAX_SOCKET_KIND = ImageSocketKind.Datagram;
/** The largest socket kind of version 3 (no datagram sockets). */
export const MAX_SOCKET_KIND_V3 = ImageSocketKind.Pending;
export const SF_INPUT_SHUTDOWN = 1, SF_OUTPUT_SHUTDOWN = 2, SF_NO_DELAY = 4, SF_KEEP_ALIVE = 8, SF_EOF = 16, SF_RESET = 32;
export const SF_ALL = 63;
export const SOCKET_WAIT_KINDS = ['accept', 'read', 'receive'] as const;

/** The sockets of a version-2 image (which has no sockets section). */
export function noSockets(): ImageSockets {
  return { nextId: 1, sockets: [], lookups: [], senders: [] };
}

/** Largest file mode (ImageFileMode). */
export const MAX_FILE_MODE = 3;

// Value tag bytes are the ASCII letters of ValueTag; 't' is an unusable slot stored as a double.
export const Z = 0x5a, B = 0x42, C = 0x43, S = 0x53, I = 0x49, F = 0x46, J = 0x4a, D = 0x44, L = 0x4c, T = 0x54;
export const T_F64 = 0x74;

/** Tag byte of each value tag. */
export const TAG_CODE: Record<string, number> = Object.assign(Object.create(null) as object, { Z, B, C, S, I, F, J, D, L, T });
/** Value tag of each tag byte (slot tags; 't' decodes to 'T'), undefined for invalid bytes. */
export const CODE_TAG: (ValueTag | undefined)[] = [];
for (const [tag, code] of Object.entries(TAG_CODE)) CODE_TAG[code] = tag as ValueTag;
CODE_TAG[T_F64] = 'T';

/** Bytes per element of primitive arrays, by the element descriptor character. */
export const ELEMENT_SIZE: Record<string, number> = Object.assign(Object.create(null) as object, { Z: 1, B: 1, C: 2, S: 2, I: 4, F: 4, J: 8, D: 8 });

/** Highest values of the enumerations the image stores as ordinals. */
export const MAX_ORIGIN = ClassOrigin.Primitive;

/** Java names of the primitive types, the only names a Primitive class may have. */
export const PRIMITIVE_NAMES = new Set(['boolean', 'byte', 'char', 'short', 'int', 'long', 'float', 'double', 'void']);
export const MAX_INIT_STATE = 4; // InitState.Erroneous
export const INIT_STATE_INITIALIZING = 2;
export const MAX_FRAME_KIND = 2; // FrameKind.ClassInit
export const FRAME_KIND_CLASS_INIT = 2;
/** ThreadState.Terminated of threads/java-thread.ts: accepted, with no frames (see the spec). */
export const THREAD_STATE_TERMINATED = 7;
export const MAX_THREAD_STATE = THREAD_STATE_TERMINATED;
export const MAX_VALUE_KIND = 9; // ValueKind.Void
/** Largest bytecode pc (code arrays are shorter than 65536 bytes, JVMS §4.7.3). */
export const MAX_PC = 65534;

// Thread flag bits.
export const TF_DAEMON = 1, TF_INTERRUPTED = 2, TF_PARK_PERMIT = 4, TF_DISPATCHING = 8, TF_NATIVE = 16;
export const TF_ALL = 31;

export const INT_MIN = -0x80000000;
export const INT_MAX = 0x7fffffff;

// ---------------------------------------------------------------------------------------------
// Shared helpers

/** How objects of a class are stored. */
export interface Layout {
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

export function layoutOf(c: ImageClass): Layout {
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

export function isInt(v: unknown, lo: number, hi: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
}

export function hex(n: number): string {
  return '0x' + (n >>> 0).toString(16).padStart(8, '0');
}

/**
 * Checks backtrace `k`, object `id`: a distinct int[] whose (method, pc) pairs name methods of the
 * image's method table.
 */
export function checkBacktrace(image: Pick<Image, 'objects' | 'classes' | 'methods'>, id: number, k: number, seen: Uint8Array, fail: (m: string) => never): void {
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
export function checkSockets(s: ImageSockets, threadCount: number, fail: (m: string) => never): void {
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

export function checkClassReferences(classes: ImageClass[], objectCount: number, threadCount: number, fail: (m: string) => never): void {
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
