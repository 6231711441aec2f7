/**
 * @fileoverview The image codec (src/image/codec.ts, docs/image-format.md): exact round trips of
 * hand-built images covering every feature, compression, determinism, clear errors for damaged and
 * forged images, a fuzzer (every mutant decodes to a valid image or raises ImageFormatError, never
 * anything else), and the encode/decode speed of a 100k-object image (printed, not asserted).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeImage, encodeImage, ImageFormatError, noSockets, readImageSummary } from '../../src/image/codec.js';
import { crc32c } from '../../src/image/crc32c.js';
import {
  ClassOrigin,
  IMAGE_FORMAT_VERSION,
  ImageFileMode,
  ImageSocketKind,
  ImageThreadState,
  type ImageSocket,
  type Image,
  type ImageClass,
  type ImageFieldDesc,
  type ImageObject,
  type ImageSlot,
  type ImageThread,
  type ValueTag,
} from '../../src/image/model.js';
import { seededRandom as prng } from '../support/random.js';

// ---------------------------------------------------------------------------------------------
// Helpers

const deflate = (b: Uint8Array, level?: number): Uint8Array => deflateRawSync(b, { level: level ?? 6 });
const inflate = (b: Uint8Array, size: number): Uint8Array => inflateRawSync(b, { maxOutputLength: Math.max(1, size) });

/** A double with the given raw bits (hi, lo words). */
function f64bits(hi: number, lo: number): number {
  const v = new DataView(new ArrayBuffer(8));
  v.setUint32(0, lo, true);
  v.setUint32(4, hi, true);
  return v.getFloat64(0, true);
}

function bitsOf(x: number): string {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x, true);
  return v.getBigUint64(0, true).toString(16);
}

function le(kind: 'i8' | 'i16' | 'u16' | 'i32' | 'f32' | 'i64' | 'f64', values: (number | bigint)[]): Uint8Array {
  const size = { i8: 1, i16: 2, u16: 2, i32: 4, f32: 4, i64: 8, f64: 8 }[kind];
  const out = new Uint8Array(values.length * size);
  const v = new DataView(out.buffer);
  values.forEach((x, i) => {
    const at = i * size;
    switch (kind) {
      case 'i8': v.setInt8(at, Number(x)); break;
      case 'i16': v.setInt16(at, Number(x), true); break;
      case 'u16': v.setUint16(at, Number(x), true); break;
      case 'i32': v.setInt32(at, Number(x), true); break;
      case 'f32': v.setFloat32(at, Number(x), true); break;
      case 'i64': v.setBigInt64(at, BigInt(x), true); break;
      case 'f64': v.setFloat64(at, Number(x), true); break;
    }
  });
  return out;
}

/** Doubles as little-endian bytes, from raw (hi, lo) bit pairs: V8 quiets NaNs kept in double arrays, so no number[] here. */
function f64data(...bits: [number, number][]): Uint8Array {
  const out = new Uint8Array(bits.length * 8);
  const v = new DataView(out.buffer);
  bits.forEach(([hi, lo], i) => {
    v.setUint32(i * 8, lo, true);
    v.setUint32(i * 8 + 4, hi, true);
  });
  return out;
}

/** Bits of the doubles in the [D array of the rich image: a signalling NaN with payload, -0.0, MIN_VALUE, -MAX_VALUE. */
const DOUBLE_ARRAY_BITS: [number, number][] = [[0x7ff4dead, 0xbeef1234], [0x80000000, 0], [0, 1], [0xffefffff, 0xffffffff]];

const NAN_PAYLOAD = f64bits(0x7ff4dead, 0xbeef1234); // a signalling NaN with a payload
const NAN_NEG_QUIET = f64bits(0xfff80000, 0x00000001);
const FLOAT_NAN_PAYLOAD = f64bits(0x7ffabcde, 0xe0000000); // exactly a float32 quiet NaN with payload

function cls(name: string, origin: ClassOrigin, extra: Partial<ImageClass> = {}): ImageClass {
  return {
    name, origin,
    bytes: origin === ClassOrigin.App || origin === ClassOrigin.Hidden ? new Uint8Array([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 61, 1, 2, 3]) : null,
    state: 3, initThread: -1, statics: [], instanceFields: [], mirror: 0, ...extra,
  };
}

function obj(classIndex: number, values: ImageObject['values'], hash = 0): ImageObject {
  return { classIndex, hash, values, length: 0, data: null, refs: null };
}

function prim(classIndex: number, length: number, data: Uint8Array, hash = 0): ImageObject {
  return { classIndex, hash, values: [], length, data, refs: null };
}

function refArray(classIndex: number, refs: number[], hash = 0): ImageObject {
  return { classIndex, hash, values: [], length: refs.length, data: null, refs };
}

function thread(index: number, state: ImageThreadState, extra: Partial<ImageThread> = {}): ImageThread {
  return {
    id: index + 1, name: `t${index}`, daemon: false, threadObject: 0, interrupted: false, state,
    remainingMs: -1, blockedOn: 0, savedLockCount: 0, waitingForClass: -1, parkPermit: false,
    dispatchingUncaught: false, native: null,
    frames: [{ classIndex: 2, method: 'run()V', pc: 7, kind: 0, initClass: -1, slots: [{ tag: 'L', value: 1 }] }],
    ...extra,
  };
}

const ALL_TAGS: ValueTag[] = ['Z', 'B', 'C', 'S', 'I', 'F', 'J', 'D', 'L'];

/** An image with every feature of the format. */
function richImage(): Image {
  const mainFields: ImageFieldDesc[] = [
    { owner: 'Base', name: 'x', tag: 'I' },
    ...ALL_TAGS.map((tag) => ({ owner: 'Main', name: `f${tag}`, tag })),
    { owner: 'Main', name: 'x', tag: 'I' }, // hides Base.x
  ];
  const classes: ImageClass[] = [
    cls('java/lang/Object', ClassOrigin.Boot), // 0
    cls('java/lang/String', ClassOrigin.Boot, { // 1
      instanceFields: [
        { owner: 'java/lang/String', name: 'value', tag: 'L' },
        { owner: 'java/lang/String', name: 'hash', tag: 'I' },
        { owner: 'java/lang/String', name: 'coder', tag: 'B' },
      ],
      statics: [{ owner: 'java/lang/String', name: 'COMPACT_STRINGS', tag: 'Z', value: 1 }],
    }),
    cls('Main', ClassOrigin.App, { // 2
      instanceFields: mainFields,
      mirror: 30,
      statics: [
        { owner: 'Main', name: 'sZ', tag: 'Z', value: 0 },
        { owner: 'Main', name: 'sB', tag: 'B', value: -128 },
        { owner: 'Main', name: 'sC', tag: 'C', value: 0xffff },
        { owner: 'Main', name: 'sS', tag: 'S', value: -32768 },
        { owner: 'Main', name: 'sI', tag: 'I', value: -2147483648 },
        { owner: 'Main', name: 'sF', tag: 'F', value: Math.fround(3.14) },
        { owner: 'Main', name: 'sJ', tag: 'J', value: -(2n ** 63n) },
        { owner: 'Main', name: 'sD', tag: 'D', value: NAN_PAYLOAD },
        { owner: 'Main', name: 'sL', tag: 'L', value: 3 },
        { owner: 'Main', name: 'sNull', tag: 'L', value: 0 },
      ],
    }),
    cls('Main$$Lambda$1', ClassOrigin.Hidden, { state: 2, initThread: 1 }), // 3
    cls('[Z', ClassOrigin.Array), // 4
    cls('[B', ClassOrigin.Array), // 5
    cls('[C', ClassOrigin.Array), // 6
    cls('[S', ClassOrigin.Array), // 7
    cls('[I', ClassOrigin.Array), // 8
    cls('[F', ClassOrigin.Array), // 9
    cls('[J', ClassOrigin.Array), // 10
    cls('[D', ClassOrigin.Array), // 11
    cls('[Ljava/lang/String;', ClassOrigin.Array), // 12
    cls('[[I', ClassOrigin.Array), // 13
    cls('java/lang/Thread', ClassOrigin.Boot, { instanceFields: [{ owner: 'java/lang/Thread', name: 'name', tag: 'L' }] }), // 14
    cls('Base', ClassOrigin.App, { state: 4, instanceFields: [{ owner: 'Base', name: 'x', tag: 'I' }] }), // 15
    cls('java/lang/Class', ClassOrigin.Boot, { state: 0 }), // 16
    cls('Lazy', ClassOrigin.App, { state: 1 }), // 17
  ];
  const objects: ImageObject[] = [
    /* 1 */ obj(1, [2, 0, 0], 0x1234567),
    /* 2 */ prim(5, 5, new TextEncoder().encode('hello')),
    /* 3 */ obj(2, [7, 1, -128, 0xffff, -32768, 2147483647, Math.fround(-1.5), 2n ** 63n - 1n, -0, 1, -7]),
    /* 4 */ obj(2, [-2147483648, 0, 127, 0, 32767, -2147483648, FLOAT_NAN_PAYLOAD, -(2n ** 63n), NAN_PAYLOAD, 0, 0x7fffffff], -1),
    /* 5 */ obj(2, [0, 1, 0, 65, 0, 0, Infinity, 0n, -Infinity, 5, 0]),
    /* 6 */ obj(2, [0, 0, 0, 0, 0, 0, -0, -1n, NAN_NEG_QUIET, 4, 0]),
    /* 7 */ prim(4, 4, new Uint8Array([1, 0, 1, 1])),
    /* 8 */ prim(5, 3, le('i8', [-128, 0, 127])),
    /* 9 */ prim(6, 3, le('u16', [0, 0xd800, 0xffff])),
    /* 10 */ prim(7, 2, le('i16', [-32768, 32767])),
    /* 11 */ prim(8, 3, le('i32', [-2147483648, 0, 2147483647])),
    /* 12 */ prim(9, 3, le('f32', [NaN, -0, Math.fround(1e-40)])),
    /* 13 */ prim(10, 2, le('i64', [-(2n ** 63n), 2n ** 63n - 1n])),
    /* 14 */ prim(11, 4, f64data(...DOUBLE_ARRAY_BITS)),
    /* 15 */ refArray(12, [1, 0, 1, 16]),
    /* 16 */ obj(1, [17, 99, 1]),
    /* 17 */ prim(5, 0, new Uint8Array(0)),
    /* 18 */ refArray(13, [11, 0, 19]),
    /* 19 */ prim(8, 0, new Uint8Array(0)),
    /* 20 */ obj(14, [1]),
    /* 21 */ obj(14, [16]),
    /* 22 */ obj(14, [0]),
    /* 23 */ obj(14, [0]),
    /* 24 */ obj(14, [0]),
    /* 25 */ obj(14, [0]),
    /* 26 */ obj(14, [0]),
    /* 27 */ obj(0, []), // a lock
    /* 28 */ obj(0, [], 42), // another lock
    /* 29 */ prim(8, 4, le('i32', [0, 5, 1, 12])), // a backtrace
    /* 30 */ obj(16, []), // Main's mirror
    /* 31 */ refArray(12, []),
    /* 32 */ obj(0, []), // an exception to throw
  ];
  const everySlot: ImageSlot[] = [
    { tag: 'I', value: -2147483648 }, { tag: 'I', value: 2147483647 },
    { tag: 'F', value: Math.fround(0.1) }, { tag: 'F', value: NaN }, { tag: 'F', value: -0 },
    { tag: 'J', value: -1 }, { tag: 'T', value: -2147483648 }, // Long.MIN_VALUE as lo, hi
    { tag: 'J', value: 0 }, { tag: 'T', value: 0 },
    { tag: 'D', value: NAN_PAYLOAD }, { tag: 'T', value: 0 },
    { tag: 'D', value: -0 }, { tag: 'T', value: 0 },
    { tag: 'L', value: 0 }, { tag: 'L', value: 32 },
    { tag: 'T', value: 0 }, { tag: 'T', value: 1.5 }, { tag: 'T', value: -0 }, { tag: 'T', value: NAN_PAYLOAD },
    { tag: 'Z', value: 1 }, { tag: 'B', value: -5 }, { tag: 'C', value: 65535 }, { tag: 'S', value: -3 },
  ];
  const threads: ImageThread[] = [
    thread(0, ImageThreadState.Runnable, {
      name: 'main', threadObject: 20, frames: [
        { classIndex: 2, method: 'main([Ljava/lang/String;)V', pc: 12, kind: 0, initClass: -1, slots: [{ tag: 'L', value: 15 }, { tag: 'L', value: 27 }] },
        { classIndex: 2, method: 'work(IJD)V', pc: 65534, kind: 0, initClass: -1, slots: everySlot },
        { classIndex: 15, method: '<clinit>()V', pc: 0, kind: 2, initClass: 15, slots: [] },
        { classIndex: 0, method: '<init>()V', pc: 1, kind: 1, initClass: -1, slots: [{ tag: 'L', value: 1 }] },
      ],
    }),
    thread(1, ImageThreadState.BlockedOnMonitor, { name: 'Ünïcødé ✓ 𝄞 \ud800 lone \udfff', threadObject: 21, blockedOn: 27, savedLockCount: 1, daemon: true }),
    thread(2, ImageThreadState.Waiting, {
      threadObject: 22, blockedOn: 28, savedLockCount: 3, remainingMs: 1234.5, interrupted: true,
      native: { classIndex: 0, method: 'wait(J)V', resumeKind: -1, resumeValue: 0, resumeException: 0, resumeThrow: null },
    }),
    thread(3, ImageThreadState.Sleeping, {
      threadObject: 23, remainingMs: 0,
      native: { classIndex: 14, method: 'sleep(J)V', resumeKind: 9, resumeValue: 0, resumeException: 32, resumeThrow: null },
    }),
    thread(4, ImageThreadState.Parked, {
      threadObject: 24, parkPermit: true, remainingMs: 5e9,
      native: { classIndex: 14, method: 'park(ZJ)V', resumeKind: 6, resumeValue: -(2n ** 63n), resumeException: 0, resumeThrow: { javaClass: 'java/lang/InterruptedException', message: null } },
    }),
    thread(5, ImageThreadState.WaitingForClassInit, { threadObject: 25, waitingForClass: 3, dispatchingUncaught: true }),
    thread(6, ImageThreadState.WaitingForIo, {
      threadObject: 26,
      native: { classIndex: 14, method: 'read()I', resumeKind: 7, resumeValue: NAN_PAYLOAD, resumeException: 0, resumeThrow: { javaClass: 'java/io/IOException', message: 'broken pipe \u2603' } },
    }),
    thread(7, ImageThreadState.Waiting, { name: '', threadObject: 0, blockedOn: 27, savedLockCount: 2 }),
    thread(8, ImageThreadState.Runnable, { id: 2 ** 40 }),
  ];
  return {
    classLibrary: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    capturedAt: 1733500000123.25,
    vm: { nextThreadId: 43, hashState: -123456789, shutdownStarted: false, mainThread: 0, exitCode: -1, nanoTime: 123456789012.5 },
    mainClass: 'Main',
    classes,
    objects,
    interned: [1, 16],
    methods: [{ classIndex: 2, method: 'main([Ljava/lang/String;)V' }, { classIndex: 2, method: 'work(IJD)V' }],
    backtraces: [29],
    threads,
    monitors: [
      { object: 27, owner: 0, count: 2, entryQueue: [1], waitSet: [7] },
      { object: 28, owner: -1, count: 3, entryQueue: [], waitSet: [2] },
      { object: 1, owner: 8, count: 1, entryQueue: [], waitSet: [] },
    ],
    files: [
      { fd: 3, path: '/data/in.txt', mode: ImageFileMode.Read, position: 6, size: 23, digest: 'a'.repeat(64), contents: null },
      { fd: 4, path: '/data/journal.log', mode: ImageFileMode.Append, position: 3, size: 3, digest: 'b'.repeat(64), contents: new Uint8Array([1, 2, 3]) },
      { fd: 5, path: '/dev/pts/0', mode: ImageFileMode.ReadWrite, position: 0, size: -1, digest: '', contents: null },
      { fd: -1, path: '/data/saved/é.txt', mode: ImageFileMode.Read, position: 0, size: 0, digest: 'c'.repeat(64), contents: new Uint8Array(0) },
    ],
    sockets: richSockets(),
  };
}

/** A listener with a thread in accept() and a queued connection, a pair of ends, a client of the outside. */
function richSockets(): Image['sockets'] {
  const socket = (over: Partial<ImageSocket>): ImageSocket => ({
    id: 0, kind: ImageSocketKind.Client, listener: 0, peer: 0, local: { address: '127.0.0.1', port: 40000 }, remote: { address: '127.0.0.1', port: 8080 },
    backlog: 0, inputShutdown: false, outputShutdown: false, noDelay: false, keepAlive: false, eof: false, reset: false,
    unread: new Uint8Array(0), waits: [], datagrams: [], ...over,
  });
  return {
    nextId: 9,
    sockets: [
      socket({ id: 1, kind: ImageSocketKind.Listener, local: { address: '0.0.0.0', port: 8080 }, remote: null, backlog: 50, waits: [{ thread: 6, kind: 'accept', remainingMs: 250.5 }] }),
      socket({ id: 0, kind: ImageSocketKind.Pending, listener: 1, peer: 5, local: { address: '127.0.0.1', port: 8080 }, remote: { address: '127.0.0.1', port: 40002 }, unread: new Uint8Array([104, 105]), eof: true }),
      socket({ id: 2, peer: 0, outputShutdown: true, noDelay: true }),
      socket({ id: 3, kind: ImageSocketKind.Accepted, peer: 2, local: { address: '127.0.0.1', port: 8080 }, remote: { address: '127.0.0.1', port: 40000 }, unread: new Uint8Array(300).fill(7), eof: true, waits: [{ thread: 1, kind: 'read', remainingMs: -1 }] }),
      socket({ id: 5, local: { address: '::1', port: 40002 }, remote: { address: '::1', port: 8080 }, keepAlive: true, inputShutdown: true }),
      socket({ id: 8, local: { address: '10.0.0.2', port: 51000 }, remote: { address: '93.184.216.34', port: 443 }, reset: true, unread: new Uint8Array([1]) }),
      socket({
        id: 6, kind: ImageSocketKind.Datagram, local: { address: '::', port: 5353 }, remote: null, waits: [{ thread: 4, kind: 'receive', remainingMs: 99 }],
        datagrams: [{ bytes: new Uint8Array([1, 2, 3]), from: { address: '127.0.0.1', port: 40100 } }, { bytes: new Uint8Array(0), from: { address: '::1', port: 7 } }],
      }),
      socket({ id: 7, kind: ImageSocketKind.Datagram, local: { address: '127.0.0.1', port: 40100 }, remote: { address: '127.0.0.1', port: 5353 } }),
    ],
    lookups: [{ thread: 3, results: ['93.184.216.34', '2606:2800:220:1::'] }],
    senders: [{ thread: 5, from: { address: '127.0.0.1', port: 5353 } }],
  };
}

function emptyImage(): Image {
  return {
    classLibrary: '', capturedAt: 0, mainClass: '', classes: [], objects: [], interned: [], methods: [], backtraces: [],
    threads: [], monitors: [], files: [], sockets: noSockets(), vm: { nextThreadId: 1, hashState: 0, shutdownStarted: true, mainThread: -1, exitCode: 0, nanoTime: 0 },
  };
}


/** A random heap of linked nodes, strings and arrays. */
function randomImage(objectCount: number, seed: number): Image {
  const random = prng(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const classes: ImageClass[] = [
    cls('java/lang/Object', ClassOrigin.Boot),
    cls('java/lang/String', ClassOrigin.Boot, { instanceFields: [{ owner: 'java/lang/String', name: 'value', tag: 'L' }, { owner: 'java/lang/String', name: 'hash', tag: 'I' }] }),
    cls('[B', ClassOrigin.Array),
    cls('Node', ClassOrigin.App, {
      instanceFields: [
        { owner: 'Node', name: 'next', tag: 'L' }, { owner: 'Node', name: 'key', tag: 'I' }, { owner: 'Node', name: 'id', tag: 'J' },
        { owner: 'Node', name: 'weight', tag: 'D' }, { owner: 'Node', name: 'name', tag: 'L' }, { owner: 'Node', name: 'live', tag: 'Z' },
      ],
    }),
    cls('[I', ClassOrigin.Array),
    cls('[LNode;', ClassOrigin.Array),
  ];
  const objects: ImageObject[] = [];
  const n = objectCount;
  for (let i = 0; i < n; i++) {
    const id = i + 1;
    const k = i % 10;
    const ref = (): number => (id + 1 + int(50)) % (n + 1);
    if (k < 5) {
      objects.push(obj(3, [ref(), int(1 << 20) - (1 << 19), BigInt(i) * 1000003n, random() * 1000, ref(), int(2)], int(4) === 0 ? int(0x7fffffff) : 0));
    } else if (k < 7) {
      objects.push(obj(1, [id + 1 <= n ? id + 1 : 0, int(0x7fffffff)]));
    } else if (k < 8) {
      const len = int(24);
      const data = new Uint8Array(len);
      for (let j = 0; j < len; j++) data[j] = 97 + int(26);
      objects.push(prim(2, len, data));
    } else if (k < 9) {
      const len = int(16);
      objects.push(prim(4, len, le('i32', Array.from({ length: len }, () => int(1000)))));
    } else {
      objects.push(refArray(5, Array.from({ length: int(8) }, ref)));
    }
  }
  return {
    ...emptyImage(),
    classLibrary: 'lib', mainClass: 'Main', capturedAt: 1.5e12, classes, objects,
    threads: [thread(0, ImageThreadState.Runnable, { frames: [{ classIndex: 3, method: 'run()V', pc: 3, kind: 0, initClass: -1, slots: [{ tag: 'L', value: Math.min(1, n) }] }] })],
    vm: { nextThreadId: 2, hashState: 7, shutdownStarted: false, mainThread: 0, exitCode: 0, nanoTime: 1e9 },
  };
}

// Container surgery, by the spec (docs/image-format.md "Container").
interface Parts { flags: number; header: Uint8Array; body: Uint8Array; rawLength: number }

function split(bytes: Uint8Array): Parts {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = v.getUint32(16, true);
  const b = v.getUint32(20, true);
  return { flags: v.getUint32(12, true), header: bytes.slice(28, 28 + h), body: bytes.slice(28 + h, 28 + h + b), rawLength: v.getUint32(24, true) };
}

function join(p: Parts, version = IMAGE_FORMAT_VERSION): Uint8Array {
  const out = new Uint8Array(28 + p.header.length + p.body.length + 4);
  const v = new DataView(out.buffer);
  out.set([0x54, 0x45, 0x52, 0x4e, 0x49, 0x4d, 0x47, 0x00]);
  v.setUint32(8, version, true);
  v.setUint32(12, p.flags, true);
  v.setUint32(16, p.header.length, true);
  v.setUint32(20, p.body.length, true);
  v.setUint32(24, p.rawLength >>> 0, true);
  out.set(p.header, 28);
  out.set(p.body, 28 + p.header.length);
  v.setUint32(out.length - 4, crc32c(out, 0, out.length - 4), true);
  return out;
}

/** Replaces the (uncompressed) body, keeping the container consistent. */
function withBody(bytes: Uint8Array, body: Uint8Array): Uint8Array {
  const p = split(bytes);
  return join({ ...p, body, rawLength: body.length });
}

/** Sections of a body: tag, start of the payload, length. */
function sections(body: Uint8Array): { tag: number; at: number; length: number }[] {
  const v = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const out = [];
  for (let p = 0; p + 5 <= body.length;) {
    const length = v.getUint32(p + 1, true);
    out.push({ tag: body[p]!, at: p + 5, length });
    p += 5 + length;
  }
  return out;
}

/**
 * A version-4 body as versions 2 and 3 have it: section 4 without the named-object count (which
 * must be 0) after the object count.
 */
function withoutNamedCount(body: Uint8Array): Uint8Array {
  const s4 = sections(body).find((x) => x.tag === 4)!;
  let p = s4.at;
  while (body[p]! & 0x80) p++;
  p++; // past the object count
  expect(body[p]).toBe(0);
  const out = concat(body.subarray(0, p), body.subarray(p + 1));
  new DataView(out.buffer).setUint32(s4.at - 4, s4.length - 1, true);
  return out;
}

/** A body without its section 12 (standard input), as images before version 6 are. */
function withoutStdin(body: Uint8Array): Uint8Array {
  const s = sections(body).find((x) => x.tag === 12)!;
  return concat(body.subarray(0, s.at - 5), body.subarray(s.at + s.length));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Offset of the first byte where two equally long encodings differ. */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  throw new Error('no difference');
}

/** Encodes `image` after `edit`, then overwrites the bytes where `edit` changed the encoding with `forged` and fixes the checksum. */
function forge(edit: (img: Image) => void, forged: number[]): Uint8Array {
  const base = encodeImage(richImage());
  const img = richImage();
  edit(img);
  const changed = encodeImage(img);
  const at = firstDifference(base, changed);
  const out = base.slice();
  out.set(forged, at);
  new DataView(out.buffer).setUint32(out.length - 4, crc32c(out, 0, out.length - 4), true);
  return out;
}

function expectFormatError(f: () => unknown, message: string | RegExp): void {
  let error: unknown;
  try {
    f();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ImageFormatError);
  if (typeof message === 'string') expect((error as Error).message).toBe(message);
  else expect((error as Error).message).toMatch(message);
}

// ---------------------------------------------------------------------------------------------
// Round trips

describe('round trip', () => {
  it('decodes exactly what was encoded, for every feature', () => {
    const image = richImage();
    const bytes = encodeImage(image);
    const back = decodeImage(bytes);
    expect(back).toEqual(image);
    expect(back).toEqual(richImage()); // and the encoder did not touch its input
  });

  it('keeps the exact bits of NaNs, -0.0, infinities and extreme longs', () => {
    const back = decodeImage(encodeImage(richImage()));
    const o3 = back.objects[2]!.values, o4 = back.objects[3]!.values, o5 = back.objects[4]!.values, o6 = back.objects[5]!.values;
    expect(o3[7]).toBe(2n ** 63n - 1n);
    expect(o4[7]).toBe(-(2n ** 63n));
    expect(o6[7]).toBe(-1n);
    expect(Object.is(o3[8], -0)).toBe(true);
    expect(bitsOf(o4[8] as number)).toBe(bitsOf(NAN_PAYLOAD));
    expect(bitsOf(o4[8] as number)).toBe('7ff4deadbeef1234');
    expect(bitsOf(o6[8] as number)).toBe('fff8000000000001');
    expect(bitsOf(o4[6] as number)).toBe(bitsOf(FLOAT_NAN_PAYLOAD));
    expect(o5[6]).toBe(Infinity);
    expect(o5[8]).toBe(-Infinity);
    expect(Object.is(o6[6], -0)).toBe(true);
    const main = back.classes[2]!;
    expect(bitsOf(main.statics.find((s) => s.name === 'sD')!.value as number)).toBe('7ff4deadbeef1234');
    expect(main.statics.find((s) => s.name === 'sJ')!.value).toBe(-(2n ** 63n));
    const slots = back.threads[0]!.frames[1]!.slots;
    expect(bitsOf(slots[9]!.value)).toBe('7ff4deadbeef1234');
    expect(Object.is(slots[11]!.value, -0)).toBe(true);
    expect(Object.is(slots[17]!.value, -0)).toBe(true);
    expect(bitsOf(slots[18]!.value)).toBe('7ff4deadbeef1234');
    expect(Object.is(slots[4]!.value, -0)).toBe(true);
    expect(back.threads[6]!.native!.resumeValue).toBe(NAN_PAYLOAD);
    expect(bitsOf(back.threads[6]!.native!.resumeValue as number)).toBe('7ff4deadbeef1234');
    expect(back.threads[4]!.native!.resumeValue).toBe(-(2n ** 63n));
    expect(back.objects[13]!.data).toEqual(f64data(...DOUBLE_ARRAY_BITS));
    const doubles = new DataView(back.objects[13]!.data!.buffer);
    expect(doubles.getBigUint64(0, true).toString(16)).toBe('7ff4deadbeef1234');
    expect(Object.is(doubles.getFloat64(8, true), -0)).toBe(true);
  });

  it('keeps strings with non-ASCII characters, astral characters and unpaired surrogates', () => {
    const image = richImage();
    const names = ['', 'a'.repeat(70), 'é'.repeat(5000), '\ud800', '\udc00\ud800', '𝄞\udbff', 'x\u0000y', 'ok 中文 ✓'];
    names.forEach((name, i) => (image.threads[i]!.name = name));
    image.mainClass = 'pkg/Ünï\ud801';
    const back = decodeImage(encodeImage(image));
    expect(back.threads.slice(0, names.length).map((t) => t.name)).toEqual(names);
    expect(back.mainClass).toBe('pkg/Ünï\ud801');
  });

  it('round-trips an empty image and a terminated thread with no frames', () => {
    expect(decodeImage(encodeImage(emptyImage()))).toEqual(emptyImage());
    const image = richImage();
    image.threads.push(thread(9, 7 as ImageThreadState, { frames: [] }));
    expect(decodeImage(encodeImage(image))).toEqual(image);
  });

  it('gives decoded arrays their own memory, also when decoding from a Node Buffer', () => {
    const bytes = Buffer.from(encodeImage(richImage()));
    const back = decodeImage(bytes);
    const data = back.objects[1]!.data!;
    expect(data.constructor).toBe(Uint8Array);
    data[0] = 0;
    expect(decodeImage(bytes).objects[1]!.data![0]).toBe(104);
    expect(back.classes[2]!.bytes!.buffer).not.toBe(bytes.buffer);
  });

  it('compresses with deflate and decodes with inflate', () => {
    const image = randomImage(5000, 1);
    const plain = encodeImage(image);
    const packed = encodeImage(image, { compression: 'deflate', level: 9, deflate });
    expect(packed.length).toBeLessThan(plain.length);
    expect(decodeImage(packed, { inflate })).toEqual(image);
    expect(decodeImage(encodeImage(richImage(), { compression: 'deflate', deflate }), { inflate })).toEqual(richImage());
    expect(readImageSummary(packed)).toMatchObject({ version: IMAGE_FORMAT_VERSION, compression: 'deflate', classLibrary: 'lib', mainClass: 'Main', capturedAt: 1.5e12 });
    expectFormatError(() => decodeImage(packed), 'image is compressed (deflate) but no inflate function was given');
    expect(() => encodeImage(image, { compression: 'deflate' })).toThrow(/needs a deflate function/);
  });

  it('is deterministic', () => {
    expect(encodeImage(richImage())).toEqual(encodeImage(richImage()));
    expect(encodeImage(randomImage(3000, 5), { compression: 'deflate', deflate })).toEqual(encodeImage(randomImage(3000, 5), { compression: 'deflate', deflate }));
    const bytes = encodeImage(richImage());
    expect(encodeImage(decodeImage(bytes))).toEqual(bytes);
  });

  it('stores names once and primitive array data raw', () => {
    const bytes = encodeImage(richImage());
    const text = Buffer.from(bytes).toString('latin1');
    expect(text.split('java/lang/Thread').length - 1).toBe(1);
    expect(text.split('main([Ljava/lang/String;)V').length - 1).toBe(1);
    expect(text).toContain('hello');
    const ints = Buffer.from(le('i32', [-2147483648, 0, 2147483647])).toString('latin1');
    expect(text).toContain(ints);
  });

  it('has the documented container layout and CRC-32C', () => {
    expect(crc32c(new TextEncoder().encode('123456789'))).toBe(0xe3069283);
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa); // RFC 3720 B.4
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
    const bytes = encodeImage(emptyImage());
    expect(Buffer.from(bytes.subarray(0, 8)).toString('latin1')).toBe('TERNIMG\0');
    const p = split(bytes);
    expect(p.flags).toBe(0);
    expect(sections(p.body).map((s) => s.tag)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(join(p)).toEqual(bytes);
    expect(readImageSummary(bytes)).toEqual({ version: IMAGE_FORMAT_VERSION, compression: 'none', classLibrary: '', capturedAt: 0, mainClass: '', bodySize: p.body.length, rawBodySize: p.body.length });
    // The worked example of docs/image-format.md, byte for byte.
    const smallest = encodeImage({ ...emptyImage(), vm: { nextThreadId: 1, hashState: 0, shutdownStarted: false, mainThread: -1, exitCode: 0, nanoTime: 0 } });
    expect(Buffer.from(smallest).toString('hex')).toBe(
      '5445524e494d4700' + '06000000' + '00000000' + '0a000000' + '5d000000' + '5d000000' + '00' + '0000000000000000' + '00' +
      [1, 2, 3].map((t) => `0${t}0100000000`).join('') + '04020000000000' + [5, 6, 7, 8].map((t) => `0${t}0100000000`).join('') +
      '0910000000' + '01' + '00000000' + '00' + '00' + '00' +
      '0000000000000000' + '0a0100000000' + '0b0400000001000000' + '0c0300000000' + '0000' + '59f3d4f7',
    );
  });

  it('skips unknown optional sections and rejects unknown required ones', () => {
    const bytes = encodeImage(richImage());
    const body = split(bytes).body;
    const extra = (tag: number): Uint8Array => new Uint8Array([tag, 3, 0, 0, 0, 1, 2, 3]);
    const ss = sections(body);
    const threadsAt = ss.find((s) => s.tag === 7)!.at - 5;
    const withOptional = concat(extra(0x80), body.subarray(0, threadsAt), extra(0xfe), body.subarray(threadsAt), extra(0x99));
    expect(decodeImage(withBody(bytes, withOptional))).toEqual(richImage());
    expectFormatError(() => decodeImage(withBody(bytes, concat(body, extra(0x10)))), /^unknown required section 0x10 at byte \d+ \(the image needs a newer Tern\)$/);
  });
});

// ---------------------------------------------------------------------------------------------
// Errors

describe('damaged and forged images', () => {
  const good = encodeImage(richImage());

  it('reports damage in the container', () => {
    expectFormatError(() => decodeImage(new Uint8Array(0)), 'image is truncated (0 bytes)');
    expectFormatError(() => decodeImage(good.subarray(0, 5)), 'image is truncated (5 bytes)');
    expectFormatError(() => decodeImage(new TextEncoder().encode('PK\u0003\u0004 not an image at all')), 'not a Tern image (bad magic)');
    expectFormatError(() => decodeImage(good.subarray(0, good.length - 1)), `image is truncated (${good.length - 1} of ${good.length} bytes)`);
    expectFormatError(() => decodeImage(concat(good, new Uint8Array(3))), 'image has 3 unexpected bytes after its end');
    const flipped = good.slice();
    flipped[good.length >> 1] ^= 0x10;
    expectFormatError(() => decodeImage(flipped), /^checksum mismatch \(stored 0x[0-9a-f]{8}, computed 0x[0-9a-f]{8}\): the image is damaged$/);
    expectFormatError(() => decodeImage(join(split(good), 7)), 'unsupported image format version 7 (this Tern reads 2, 3, 4, 5 and 6)');
    expectFormatError(() => decodeImage(join(split(good), 1)), 'unsupported image format version 1 (this Tern reads 2, 3, 4, 5 and 6)');
    expectFormatError(() => decodeImage(join({ ...split(good), flags: 0x100 })), 'unsupported image flags 0x00000100');
    expectFormatError(() => decodeImage(join({ ...split(good), flags: 2 })), 'unknown image compression method 2');
    expectFormatError(() => decodeImage(join({ ...split(good), rawLength: 5 })), /declares a body of 5 bytes but stores/);
    expectFormatError(() => decodeImage('nope' as unknown as Uint8Array), 'image is not a byte array');
  });

  it('reports a corrupt or lying compressed body', () => {
    const packed = encodeImage(richImage(), { compression: 'deflate', deflate });
    const p = split(packed);
    expectFormatError(() => decodeImage(join({ ...p, body: new Uint8Array([0xff, 0xff, 0xff]) }), { inflate }), /^compressed body is corrupt \(/);
    expectFormatError(() => decodeImage(join({ ...p, rawLength: p.rawLength + 1 }), { inflate }), /^compressed body inflates to \d+ bytes, but the image declares \d+$/);
    expectFormatError(() => decodeImage(join({ ...p, rawLength: 0xffffffff }), { inflate }), /cannot inflate to the declared 4294967295 bytes/);
  });

  it('reports structural problems with the section table', () => {
    const body = split(good).body;
    const ss = sections(body);
    const cut = (tag: number): Uint8Array => {
      const s = ss.find((x) => x.tag === tag)!;
      return concat(body.subarray(0, s.at - 5), body.subarray(s.at + s.length));
    };
    expectFormatError(() => decodeImage(withBody(good, cut(4))), 'section objects is missing');
    expectFormatError(() => decodeImage(withBody(good, cut(9))), 'section vm is missing');
    expectFormatError(() => decodeImage(withBody(good, cut(10))), 'section files is missing');
    expectFormatError(() => decodeImage(withBody(good, concat(body, body.subarray(ss[8]!.at - 5)))), /^section vm appears twice or out of order/);
    expectFormatError(() => decodeImage(withBody(good, cut(11))), 'section sockets is missing');
    expectFormatError(() => decodeImage(withBody(good, cut(12))), 'section stdin is missing');
    expectFormatError(() => decodeImage(withBody(good, body.subarray(0, body.length - 2))), /^image is truncated \(section stdin at byte \d+ declares \d+ bytes, \d+ are left\)$/);
    // A section whose declared length is shorter than its contents.
    const short = body.slice();
    const vm = ss[8]!;
    new DataView(short.buffer).setUint32(vm.at - 4, vm.length - 1, true);
    expectFormatError(() => decodeImage(withBody(good, concat(short.subarray(0, short.length - 1)))), /^image is truncated \(section vm at byte \d+\)$/);
    // ... or longer.
    const long = concat(body, new Uint8Array([0]));
    new DataView(long.buffer).setUint32(vm.at - 4, vm.length + 1, true);
    expectFormatError(() => decodeImage(withBody(good, long)), /^section vm has 1 unexpected bytes at its end/);
  });

  it('reports references out of range', () => {
    // Object 3's first field (Base.x) is an int; object 15 is a String[] whose element 3 is object 16.
    expectFormatError(() => decodeImage(forge((img) => (img.objects[14]!.refs![3] = 17), [99])), 'object 15 refers to object 99 but the image has 32 objects');
    expectFormatError(() => decodeImage(forge((img) => (img.objects[0]!.values[0] = 3), [33])), 'object 1 refers to object 33 but the image has 32 objects');
    expectFormatError(() => decodeImage(forge((img) => (img.objects[16]!.classIndex = 4), [18])), /^object 17 has class index 18 out of range \(the image has 18 classes; section objects at byte \d+\)$/);
    expectFormatError(() => decodeImage(forge((img) => (img.classes[2]!.mirror = 31), [77])), 'class 2 (Main) mirror refers to object 77 but the image has 32 objects');
    expectFormatError(() => decodeImage(forge((img) => (img.classes[2]!.statics[8]!.value = 4), [120])), 'static field Main.sL refers to object 120 but the image has 32 objects');
    expectFormatError(() => decodeImage(forge((img) => (img.threads[0]!.frames[0]!.slots[0]!.value = 16), [100])), 'thread 0 (main) frame 0 slot 0 refers to object 100 but the image has 32 objects');
    expectFormatError(() => decodeImage(forge((img) => (img.threads[0]!.frames[0]!.classIndex = 3), [50])), /^class index 50 out of range in thread 0 \(main\) frame 0 \(the image has 18 classes/);
    expectFormatError(() => decodeImage(forge((img) => (img.monitors[0]!.owner = 3), [12])), /^thread index 11 out of range in monitor 0 owner \(the image has 9 threads/);
    expectFormatError(() => decodeImage(forge((img) => (img.vm.mainThread = 1), [100])), /^thread index 99 out of range in vm.mainThread/);
    expectFormatError(() => decodeImage(forge((img) => (img.interned[1] = 2), [1])), 'object 1 is interned twice');
    expectFormatError(() => decodeImage(forge((img) => (img.methods[1]!.classIndex = 3), [18])), /^class index 18 out of range in method 1/);
  });

  it('reports invalid tags, states and values', () => {
    expectFormatError(() => decodeImage(forge((img) => (img.threads[0]!.frames[1]!.slots[13]!.tag = 'I'), [0x51])), /^thread 0 \(main\) frame 1 slot 13 has invalid tag 0x51 \(section threads at byte \d+\)$/);
    expectFormatError(() => decodeImage(forge((img) => (img.classes[17]!.origin = ClassOrigin.Hidden), [7])), 'class 17 (Lazy) has invalid origin 7');
    expectFormatError(() => decodeImage(forge((img) => (img.classes[0]!.state = 4), [9])), 'class 0 (java/lang/Object) has invalid initialization state 9');
    expectFormatError(() => decodeImage(forge((img) => (img.threads[1]!.state = ImageThreadState.Waiting), [8])), /^thread 1 \(.*\) has invalid state 8$/);
    expect(() => decodeImage(forge((img) => (img.objects[6]!.data![0] = 0), [0]))).not.toThrow();
    expectFormatError(() => decodeImage(forge((img) => (img.classes[1]!.statics[0]!.value = 0), [2])), /^boolean value 2 is not 0 or 1/);
    expectFormatError(() => decodeImage(forge((img) => (img.classes[17]!.origin = ClassOrigin.Hidden), [ClassOrigin.Array])), 'class 17 (Lazy) has origin Array but is not an array class name');
  });

  it('reports forged counts before allocating for them', () => {
    const body = split(good).body;
    const objects = sections(body).find((s) => s.tag === 4)!;
    // Replace the object count (1 byte: 32) by 2^53 - 1 as an 8-byte varint.
    const huge = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f];
    const forgedBody = concat(body.subarray(0, objects.at), new Uint8Array(huge), body.subarray(objects.at + 1));
    new DataView(forgedBody.buffer).setUint32(objects.at - 4, objects.length + 7, true);
    expectFormatError(() => decodeImage(withBody(good, forgedBody)), /^object count 9007199254740991 exceeds what is left of section objects \(at byte \d+\)$/);
    const tooLong = concat(body.subarray(0, objects.at), new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]), body.subarray(objects.at + 1));
    new DataView(tooLong.buffer).setUint32(objects.at - 4, objects.length + 8, true);
    expectFormatError(() => decodeImage(withBody(good, tooLong)), /^malformed varint \(section objects at byte \d+\)$/);
  });

  it('refuses to encode an image that breaks the rules', () => {
    const bad = (edit: (img: Image) => void, message: string | RegExp): void => {
      const img = richImage();
      edit(img);
      expectFormatError(() => encodeImage(img), message);
    };
    bad((img) => (img.objects[0]!.values[0] = 33), 'cannot encode image: object 1 field java/lang/String.value refers to object 33 but the image has 32 objects');
    bad((img) => (img.objects[0]!.values.pop()), 'cannot encode image: object 1 has 2 values but its class java/lang/String has 3 instance fields');
    bad((img) => (img.objects[2]!.values[1] = 2), /^cannot encode image: object 3 field Main.fZ \(Z\) has value 2/);
    bad((img) => (img.objects[2]!.values[5] = 2 ** 31), /field Main.fI \(I\) has value 2147483648/);
    bad((img) => (img.objects[2]!.values[6] = 0.1), /field Main.fF \(F\) has value 0.1/);
    bad((img) => (img.objects[2]!.values[7] = 2n ** 63n), /field Main.fJ \(J\) has value 9223372036854775808n/);
    bad((img) => (img.objects[2]!.values[7] = 5), /field Main.fJ \(J\) has value 5,/);
    bad((img) => (img.objects[10]!.data = new Uint8Array(11)), 'cannot encode image: object 11 ([I) has 11 data bytes but length 3 needs 12');
    bad((img) => (img.threads[1]!.frames = []), /^cannot encode image: thread 1 .* has no frames$/);
    bad((img) => (img.threads[0]!.frames[0]!.slots = [{ tag: 'J', value: 1 }]), /slot 0 \(J\) is not followed by a T slot/);
    bad((img) => (img.threads[0]!.frames[0]!.slots = [{ tag: 'X' as ValueTag, value: 1 }]), /slot 0 has invalid tag X/);
    bad((img) => (img.monitors[0]!.waitSet = [1]), 'cannot encode image: thread 1 is in more than one monitor queue');
    bad((img) => (img.monitors[0]!.waitSet = [0]), 'cannot encode image: thread 0 owns monitor 0 and is in its wait set');
    bad((img) => (img.monitors[2]!.owner = 9), /thread index 9 out of range \(the image has 9 threads\)/);
    bad((img) => (img.monitors[2]!.object = 27), 'cannot encode image: object 27 has two monitors');
    bad((img) => (img.monitors[2]!.count = 0), 'cannot encode image: monitor 2 is owned by thread 8 with count 0');
    bad((img) => (img.classes[4]!.name = '[Q'), 'cannot encode image: class 4 ([Q) has origin Array but is not an array class name');
    bad((img) => (img.classes[0]!.name = '[I'), 'cannot encode image: class 0 ([I) is an array class but its origin is not Array');
    bad((img) => (img.classes[2]!.bytes = null), 'cannot encode image: class 2 (Main) is an App or Hidden class without class-file bytes');
    bad((img) => (img.classes[3]!.initThread = 9), /class 3 .* initThread has thread index 9 out of range/);
    bad((img) => (img.classes[2]!.initThread = 0), 'cannot encode image: class 2 (Main) names initializing thread 0 but is not being initialized');
    bad((img) => (img.backtraces = [28]), 'cannot encode image: backtrace 0 (object 28) is not an int[]');
    bad((img) => (img.methods.pop()), 'cannot encode image: backtrace 0 (object 29) names method 1 but the image has 1 methods');
    bad((img) => (img.threads[0]!.frames[0]!.kind = 2), /frame 0 initClass has class index -1 out of range/);
    bad((img) => (img.threads[1]!.id = 1), /has the same id 1 as another thread/);
  });
});

// ---------------------------------------------------------------------------------------------
// Fuzzing

describe('fuzzing', () => {
  it('decodes every mutant to a valid image or raises ImageFormatError', () => {
    const random = prng(20240611);
    const int = (n: number): number => Math.floor(random() * n);
    const bases = [
      encodeImage(richImage()),
      encodeImage(randomImage(300, 2)),
      encodeImage(emptyImage()),
      encodeImage(richImage(), { compression: 'deflate', deflate }),
    ];
    const stats = { ok: 0, error: 0 } as Record<string, number>;
    const messages = new Map<string, number>();
    const bigVarints = [[0xff, 0xff, 0xff, 0xff, 0x0f], [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80], [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f], [0xe8, 0x07], [0x7f]];

    /** Mutates the uncompressed body and re-wraps it with a valid checksum (a forgery). */
    const mutateBody = (body: Uint8Array): Uint8Array => {
      const ss = sections(body);
      const kind = int(9);
      switch (kind) {
        case 0: { // bit flips
          const out = body.slice();
          for (let n = 1 + int(3); n > 0; n--) out[int(out.length)] ^= 1 << int(8);
          return out;
        }
        case 1: { // random bytes
          const out = body.slice();
          for (let n = 1 + int(4); n > 0; n--) out[int(out.length)] = int(256);
          return out;
        }
        case 2: { // insertion
          const at = int(body.length + 1);
          return concat(body.subarray(0, at), Uint8Array.from({ length: 1 + int(8) }, () => int(256)), body.subarray(at));
        }
        case 3: { // deletion
          const at = int(body.length);
          return concat(body.subarray(0, at), body.subarray(Math.min(body.length, at + 1 + int(8))));
        }
        case 4: { // truncation
          return body.slice(0, int(body.length));
        }
        case 5: { // a large varint somewhere, keeping the section lengths consistent
          const s = ss[int(ss.length)]!;
          const at = s.at + int(Math.max(1, s.length));
          const v = bigVarints[int(bigVarints.length)]!;
          const out = concat(body.subarray(0, at), new Uint8Array(v), body.subarray(Math.min(body.length, at + 1)));
          new DataView(out.buffer).setUint32(s.at - 4, s.length + v.length - 1, true);
          return out;
        }
        case 6: { // a section's count replaced by a random one
          const s = ss[int(ss.length)]!;
          const v = int(2) ? bigVarints[int(bigVarints.length)]! : [int(128)];
          const out = concat(body.subarray(0, s.at), new Uint8Array(v), body.subarray(s.at + 1));
          new DataView(out.buffer).setUint32(s.at - 4, s.length + v.length - 1, true);
          return out;
        }
        case 7: { // a section length replaced
          const out = body.slice();
          const s = ss[int(ss.length)]!;
          new DataView(out.buffer).setUint32(s.at - 4, int(2) ? int(s.length * 2 + 2) : int(2 ** 32), true);
          return out;
        }
        default: { // two sections swapped or one repeated
          const a = ss[int(ss.length)]!, b = ss[int(ss.length)]!;
          const piece = (s: typeof a): Uint8Array => body.subarray(s.at - 5, s.at + s.length);
          return int(2) ? concat(piece(b), piece(a)) : concat(body, piece(a));
        }
      }
    };

    const mutate = (base: Uint8Array): Uint8Array => {
      const p = split(base);
      const compressed = p.flags === 1;
      const raw = compressed ? inflate(p.body, p.rawLength) : p.body;
      switch (int(6)) {
        case 0: { // damage without fixing the checksum
          const out = base.slice();
          out[int(out.length)] ^= 1 << int(8);
          return out;
        }
        case 1: return base.slice(0, int(base.length)); // truncation of the file
        case 2: { // header forgery
          const header = p.header.slice();
          header[int(header.length)] = int(256);
          return join({ ...p, header });
        }
        case 3: if (compressed) { // compressed stream damage with a valid checksum
          const body = p.body.slice();
          body[int(body.length)] ^= 1 << int(8);
          return join({ ...p, body });
        } // fallthrough
        default: {
          const body = mutateBody(raw);
          return compressed ? join({ ...p, body: deflate(body), rawLength: body.length }) : join({ ...p, body, rawLength: body.length });
        }
      }
    };

    const started = Date.now();
    const MUTANTS = 6000;
    for (let i = 0; i < MUTANTS; i++) {
      const bytes = mutate(bases[i % bases.length]!);
      let image: Image;
      try {
        image = decodeImage(bytes, { inflate });
      } catch (e) {
        if (!(e instanceof ImageFormatError)) throw new Error(`mutant ${i}: ${(e as Error)?.stack ?? String(e)}`);
        expect(e.message).not.toMatch(/^image could not be decoded/);
        expect(e.message).not.toContain('\n');
        stats.error!++;
        const key = e.message.replace(/\d+/g, 'N').replace(/\(.*$/, '');
        messages.set(key, (messages.get(key) ?? 0) + 1);
        continue;
      }
      // A surviving mutant is a structurally valid image: it encodes again, identically.
      stats.ok!++;
      const again = encodeImage(image);
      expect(decodeImage(again)).toEqual(image);
    }
    const elapsed = Date.now() - started;
    console.log(`fuzz: ${MUTANTS} mutants in ${elapsed} ms: ${stats.ok} decoded, ${stats.error} rejected; ${messages.size} distinct messages`);
    console.log([...messages].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([m, n]) => `  ${n}\t${m}`).join('\n'));
    expect(stats.error).toBeGreaterThan(MUTANTS / 2);
    expect(messages.size).toBeGreaterThan(30); // the mutations reach deep into the decoder
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// Scale

describe('scale', () => {
  it('encodes and decodes a 100k-object image', () => {
    const image = randomImage(100_000, 3);
    const time = <T>(f: () => T): [T, number] => {
      const t0 = performance.now();
      const r = f();
      return [r, performance.now() - t0];
    };
    encodeImage(randomImage(2000, 4)); // warm up
    decodeImage(encodeImage(randomImage(2000, 4)));
    const [plain, encodeMs] = time(() => encodeImage(image));
    const [back, decodeMs] = time(() => decodeImage(plain));
    const [packed, encodeZMs] = time(() => encodeImage(image, { compression: 'deflate', level: 6, deflate }));
    const [backZ, decodeZMs] = time(() => decodeImage(packed, { inflate }));
    expect(back).toEqual(image);
    expect(backZ).toEqual(image);
    let bestEncode = encodeMs, bestDecode = decodeMs;
    for (let i = 0; i < 3; i++) {
      bestEncode = Math.min(bestEncode, time(() => encodeImage(image))[1]);
      bestDecode = Math.min(bestDecode, time(() => decodeImage(plain))[1]);
    }
    const kib = (n: number): string => `${(n / 1024).toFixed(0)} KiB`;
    console.log(
      `100k objects (${image.objects.reduce((n, o) => n + (o.refs ? 1 : 0) + (o.data ? 1 : 0), 0)} arrays): ` +
      `uncompressed ${kib(plain.length)}, encode ${encodeMs.toFixed(1)} ms (best of 4: ${bestEncode.toFixed(1)}), ` +
      `decode ${decodeMs.toFixed(1)} ms (best of 4: ${bestDecode.toFixed(1)}); ` +
      `deflate-6 ${kib(packed.length)}, encode ${encodeZMs.toFixed(1)} ms, decode ${decodeZMs.toFixed(1)} ms`,
    );
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// Sockets (section 11, version 3)

describe('sockets section', () => {
  const good = encodeImage(richImage());

  it('round-trips every kind of socket, its waits and pending lookups', () => {
    const back = decodeImage(good);
    expect(back.sockets).toEqual(richSockets());
    expect(encodeImage(back)).toEqual(good);
  });

  it('reads version-2 images (no sockets section) as images without sockets', () => {
    const body = withoutNamedCount(split(encodeImage({ ...richImage(), sockets: noSockets() })).body);
    const last = sections(body).find((x) => x.tag === 11)!;
    const v2 = join({ ...split(good), body: body.subarray(0, last.at - 5), rawLength: last.at - 5 }, 2);
    expect(decodeImage(v2)).toEqual({ ...richImage(), sockets: noSockets() });
    expect(readImageSummary(v2).version).toBe(2);
    // A version-2 image has no section 11.
    expectFormatError(() => decodeImage(join({ ...split(good), body, rawLength: body.length }, 2)), /^unknown required section sockets at byte \d+ \(not part of version 2\)$/);
  });

  it('reads version-3 images (no datagram sockets, no senders) and refuses datagram sockets in them', () => {
    const tcpOnly = (): Image => {
      const img = richImage();
      img.sockets.sockets = img.sockets.sockets.filter((x) => x.kind !== ImageSocketKind.Datagram);
      img.sockets.senders = [];
      return img;
    };
    const v3 = (img: Image): Uint8Array => {
      // Version 3's section 11 is version 4's without the senders count (0 here) at its end.
      const p = split(encodeImage(img));
      p.body = withoutStdin(withoutNamedCount(p.body));
      const s11 = sections(p.body).find((x) => x.tag === 11)!;
      const end = s11.at + s11.length;
      const body = concat(p.body.subarray(0, s11.at - 4), new Uint8Array(new Uint32Array([s11.length - 1]).buffer), p.body.subarray(s11.at, end - 1), p.body.subarray(end));
      return join({ ...p, body, rawLength: body.length }, 3);
    };
    expect(decodeImage(v3(tcpOnly()))).toEqual(tcpOnly());
    const withUdp = tcpOnly();
    withUdp.sockets.sockets.push({ ...richSockets().sockets[7]!, waits: [] });
    expectFormatError(() => decodeImage(v3(withUdp)), 'socket 6 has invalid kind 4');
  });

  it('refuses datagram socket records that break the rules of the format', () => {
    const refuse = (edit: (s: ImageSocket[], img: Image) => void, message: string): void => {
      const img = richImage();
      edit(img.sockets.sockets, img);
      expectFormatError(() => encodeImage(img), `cannot encode image: ${message}`);
    };
    refuse((s) => (s[6]!.waits[0]!.kind = 'read'), 'socket 6 has a read wait');
    refuse((s) => (s[2]!.waits = [{ thread: 0, kind: 'receive', remainingMs: -1 }]), 'socket 2 has a receive wait');
    refuse((s) => (s[6]!.noDelay = true), 'socket 6 is a datagram socket with connection flags');
    refuse((s) => (s[7]!.unread = new Uint8Array(2)), 'socket 7 has invalid unread bytes');
    refuse((s) => (s[2]!.datagrams = [{ bytes: new Uint8Array(1), from: { address: '::1', port: 1 } }]), 'socket 2 has invalid queued datagrams');
    refuse((s) => (s[6]!.datagrams[0]!.bytes = new Uint8Array(65536)), 'socket 6 datagram 0 is invalid');
    refuse((s) => (s[6]!.datagrams[1]!.from.port = -1), 'socket 6 datagram 1 sender has invalid port -1');
    refuse((_, img) => (img.sockets.senders[0]!.thread = 9), 'datagram sender 0 has thread index 9 out of range (the image has 9 threads)');
    refuse((_, img) => img.sockets.senders.push({ thread: 5, from: { address: '::1', port: 2 } }), 'thread 5 has two datagram senders');
  });

  it('refuses to encode sockets that break the rules of the format', () => {
    const refuse = (edit: (s: ImageSocket[], img: Image) => void, message: string): void => {
      const img = richImage();
      edit(img.sockets.sockets, img);
      expectFormatError(() => encodeImage(img), `cannot encode image: ${message}`);
    };
    refuse((s) => (s[3]!.peer = 1), 'socket 3 has peer 1, which is not a client socket of the image');
    refuse((s) => (s[1]!.listener = 2), 'pending connection 1 waits on 2, which is not a listener of the image');
    refuse((s) => (s[4]!.id = 2), 'socket descriptor 2 appears twice');
    refuse((s) => (s[5]!.id = 9), 'socket 5 has descriptor 9, not below nextId 9');
    refuse((s) => (s[1]!.peer = 2), 'client socket 2 is the peer of two connections');
    refuse((s) => (s[2]!.peer = 5), 'socket 2 has invalid peer 5');
    refuse((s) => (s[0]!.waits[0]!.kind = 'read'), 'socket 0 has a read wait');
    refuse((s) => s[4]!.waits.push({ thread: 6, kind: 'read', remainingMs: -1 }), 'thread 6 waits on two sockets');
    refuse((s) => (s[0]!.remote = { address: '1.2.3.4', port: 1 }), 'socket 0 must have a remote endpoint exactly when it is a connection');
    refuse((s) => (s[2]!.local.port = 65536), 'socket 2 local endpoint has invalid port 65536');
    refuse((s) => (s[3]!.waits[0]!.remainingMs = -2), 'socket 3 wait has invalid remainingMs -2');
    refuse((s) => (s[0]!.unread = new Uint8Array(1)), 'socket 0 has invalid unread bytes');
    refuse((_, img) => (img.sockets.lookups[0]!.thread = 9), 'lookup 0 has thread index 9 out of range (the image has 9 threads)');
  });

  it('rejects forged socket records', () => {
    // Socket 3 (accepted) names client 2 as its peer: forge a listener (1) or a missing descriptor.
    expectFormatError(() => decodeImage(forge((img) => (img.sockets.sockets[3]!.peer = 0), [1])), 'socket 3 has peer 1, which is not a client socket of the image');
    expectFormatError(() => decodeImage(forge((img) => (img.sockets.sockets[3]!.peer = 0), [7])), 'socket 3 has peer 7, which is not a client socket of the image');
    expectFormatError(() => decodeImage(forge((img) => (img.sockets.sockets[3]!.peer = 0), [5])), 'client socket 5 is the peer of two connections');
    expectFormatError(() => decodeImage(forge((img) => (img.sockets.sockets[3]!.kind = ImageSocketKind.Client, img.sockets.sockets[3]!.peer = 0), [9])), 'socket 3 has invalid kind 9');
    expectFormatError(() => decodeImage(forge((img) => (img.sockets.sockets[2]!.noDelay = false), [0x40])), 'socket 2 has invalid flags 0x40');
    expectFormatError(() => decodeImage(forge((img) => (img.sockets.nextId = 10), [5])), 'socket 4 has descriptor 5, not below nextId 5');
    expectFormatError(() => decodeImage(forge((img) => (img.sockets.sockets[0]!.waits[0]!.thread = 5), [9])), /^thread index 9 out of range in socket 0 wait \(the image has 9 threads/);
  });
});

// ---------------------------------------------------------------------------------------------
// Named objects (section 4, version 4)

describe('named objects', () => {
  const INTEGERS = 'java/lang/Integer$IntegerCache.CACHE';
  /** The rich image with objects 23 and 24 named (well-known objects of the class library). */
  const named = (): Image => {
    const img = richImage();
    img.objects[22] = { classIndex: 14, hash: 7, values: [], length: 0, data: null, refs: null, name: { root: INTEGERS, path: [] } };
    img.objects[23] = { classIndex: 14, hash: 0, values: [], length: 0, data: null, refs: null, name: { root: INTEGERS, path: [133, 0, 2] } };
    return img;
  };

  it('round-trips names, with no contents, in less space than the copies', () => {
    const bytes = encodeImage(named());
    expect(decodeImage(bytes)).toEqual(named());
    expect(encodeImage(decodeImage(bytes))).toEqual(bytes);
    // The root's name is stored once, in the string table.
    expect(Buffer.from(bytes).toString('latin1').split(INTEGERS).length).toBe(2);
  });

  it('refuses names that are not well-known roots, long paths, and named objects with contents', () => {
    const refuse = (edit: (img: Image) => void, message: string): void => {
      const img = named();
      edit(img);
      expectFormatError(() => encodeImage(img), `cannot encode image: ${message}`);
    };
    refuse((img) => (img.objects[22]!.name!.root = 'java/lang/System.out'), 'object 23 is named from java/lang/System.out, which is not a well-known root');
    refuse((img) => (img.objects[22]!.name!.path = [1, 2, 3, 4, 5, 6, 7, 8, 9]), 'object 23 has an invalid name path');
    refuse((img) => (img.objects[23]!.name!.path = [-1]), 'object 24 has name path step -1');
    refuse((img) => (img.objects[22]!.values = [0]), 'object 23 is named but has contents');
  });

  it('rejects forged names: an unknown root, ids out of order or range', () => {
    const good = encodeImage(named());
    // Same length, another (unknown) root name in the string table.
    const at = Buffer.from(good).indexOf('IntegerCache.CACHE');
    const forged = good.slice();
    forged.set(new TextEncoder().encode('IntegerCache.CACHF'), at);
    new DataView(forged.buffer).setUint32(forged.length - 4, crc32c(forged, 0, forged.length - 4), true);
    expectFormatError(() => decodeImage(forged), 'object 23 is named from java/lang/Integer$IntegerCache.CACHF, which is not a well-known root');
    // The named list: count 2, then object id 23, root, 0 steps, then id 24...: make the second id 23.
    const base = encodeImage(named());
    const body = split(base).body;
    const s4 = sections(body).find((x) => x.tag === 4)!;
    // Payload: N (32 < 128: one byte), count 2, id 23, root, 0, id 24, ...
    expect([...body.subarray(s4.at, s4.at + 3)]).toEqual([32, 2, 23]);
    expect([...body.subarray(s4.at + 4, s4.at + 6)]).toEqual([0, 24]);
    const badOrder = body.slice();
    badOrder[s4.at + 5] = 23;
    expectFormatError(() => decodeImage(withBody(base, badOrder)), 'named object 1 has object id 23 (ids must increase, the image has 32 objects)');
    const outOfRange = body.slice();
    outOfRange[s4.at + 2] = 33;
    expectFormatError(() => decodeImage(withBody(base, outOfRange)), 'named object 0 has object id 33 (ids must increase, the image has 32 objects)');
  });
});

// ---------------------------------------------------------------------------------------------
// Standard input (section 12) and multicast state of datagram sockets (version 6)

describe('standard input and multicast state (version 6)', () => {
  const tcpOnly = (): Image => {
    const img = richImage();
    img.sockets.sockets = img.sockets.sockets.filter((x) => x.kind !== ImageSocketKind.Datagram);
    img.sockets.senders = [];
    return img;
  };
  const withState = (): Image => {
    const img = richImage();
    img.stdin = { offset: 70_000, buffered: new Uint8Array([10, 0, 255]), ended: true };
    img.sockets.sockets[6]!.multicast = { reuseAddress: true, groups: [{ group: '239.255.7.7', iface: '127.0.0.1' }, { group: 'ff02::1', iface: null }], ttl: 0, loopback: false, iface: null };
    img.sockets.sockets[7]!.multicast = { reuseAddress: false, groups: [], ttl: 255, loopback: true, iface: '127.0.0.1' };
    return img;
  };

  it('round-trips the standard-input position and read-ahead, and multicast memberships and options', () => {
    const bytes = encodeImage(withState());
    expect(decodeImage(bytes)).toEqual(withState());
    expect(encodeImage(decodeImage(bytes))).toEqual(bytes);
    // A socket with nothing set and nothing read from standard input are the same as no record.
    const none = richImage();
    none.stdin = { offset: 0, buffered: new Uint8Array(0), ended: false };
    none.sockets.sockets[6]!.multicast = { reuseAddress: false, groups: [], ttl: -1, loopback: null, iface: null };
    expect(decodeImage(encodeImage(none))).toEqual(richImage());
  });

  it('reads version-5 images (no section 12, no multicast state) as programs that had read nothing', () => {
    const p = split(encodeImage(tcpOnly()));
    const body = withoutStdin(p.body);
    expect(decodeImage(join({ ...p, body, rawLength: body.length }, 5))).toEqual(tcpOnly());
    // Section 12 in a version-5 image is a section that version does not have.
    expectFormatError(() => decodeImage(join(split(encodeImage(tcpOnly())), 5)), /^unknown required section stdin at byte \d+ \(not part of version 5\)$/);
  });

  it('refuses a read-ahead longer than what was read, and invalid multicast state', () => {
    const img = withState();
    img.stdin = { offset: 2, buffered: new Uint8Array(3), ended: false };
    expect(() => encodeImage(img)).toThrow(/stdin.buffered is invalid/);
    const bytes = encodeImage({ ...richImage(), stdin: { offset: 5, buffered: new Uint8Array(3), ended: false } });
    const body = split(bytes).body;
    const s12 = sections(body).find((x) => x.tag === 12)!;
    const forged = body.slice();
    forged[s12.at] = 2; // offset 5 -> 2
    expectFormatError(() => decodeImage(withBody(bytes, forged)), 'stdin has 3 buffered bytes, more than the 2 read');
    forged[s12.at] = 5;
    forged[s12.at + 1] = 2; // ended is a boolean
    expectFormatError(() => decodeImage(withBody(bytes, forged)), 'stdin.ended has invalid value 2');
    const ttl = withState();
    ttl.sockets.sockets[7]!.multicast!.ttl = 256;
    expect(() => encodeImage(ttl)).toThrow(/invalid multicast TTL 256/);
    const tcp = withState();
    tcp.sockets.sockets[2]!.multicast = { reuseAddress: true, groups: [], ttl: -1, loopback: null, iface: null };
    expect(() => encodeImage(tcp)).toThrow(/is not a datagram socket but has multicast state/);
  });
});
