/**
 * @fileoverview Reads jar (zip) archives from memory through their central directory (APPNOTE.TXT
 * §4.3): stored and deflated entries, CRC-checked. Inflation is injected (`Inflate`) so this layer
 * uses no platform API; src/host supplies it. ZIP64, multi-disk and encrypted archives are rejected
 * with a clear JarFormatError, as is anything whose offsets or sizes do not fit the bytes.
 *
 * ```
 * [local header 1][data 1] ... [local header n][data n][central directory][end of central directory]
 *                                                       ^ cdOffset          ^ found by scanning back
 * ```
 */

import { JarFormatError } from './errors.js';
import { Manifest, parseManifest } from './manifest.js';

/** Raw DEFLATE decompression, given the size the archive promises. */
export type Inflate = (compressed: Uint8Array, uncompressedSize: number) => Uint8Array;

/** Name of the manifest entry (JAR File Specification). */
export const MANIFEST_NAME = 'META-INF/MANIFEST.MF';

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CEN_SIGNATURE = 0x02014b50;
const LOC_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CEN_SIZE = 46;
const LOC_SIZE = 30;
const STORED = 0;
const DEFLATED = 8;

/** One central-directory record, as much of it as reading needs. */
interface Entry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header, already corrected for bytes prepended to the archive. */
  localOffset: number;
}

/** A jar or zip archive held in memory. */
export class JarFile {
  private readonly byName = new Map<string, Entry>();
  private readonly order: string[] = [];
  private manifestCache: Manifest | null | undefined;

  /** Reads the central directory; throws JarFormatError when the archive is not a readable zip. */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflate: Inflate,
    /** Name used in error messages (usually the path). */
    readonly name = 'jarfile',
  ) {
    this.readCentralDirectory();
  }

  /** Names of all entries (directories end in `/`) in central-directory order. */
  entries(): string[] {
    return this.order.slice();
  }

  /** Whether the archive has an entry called `name`. */
  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The uncompressed bytes of entry `name`, or null when there is none. */
  read(name: string): Uint8Array | null {
    const e = this.byName.get(name);
    if (e === undefined) return null;
    const b = this.bytes;
    const at = e.localOffset;
    if (at + LOC_SIZE > b.length || u32(b, at) !== LOC_SIGNATURE) this.fail('invalid LOC header (bad signature)', at);
    const dataStart = at + LOC_SIZE + u16(b, at + 26) + u16(b, at + 28);
    if (dataStart + e.compressedSize > b.length) this.fail(`invalid LOC header for ${name} (bad size)`, at);
    const compressed = b.subarray(dataStart, dataStart + e.compressedSize);
    let data: Uint8Array;
    if (e.method === STORED) {
      if (e.compressedSize !== e.size) this.fail(`invalid CEN header for ${name} (bad size)`, at);
      data = compressed.slice();
    } else {
      try {
        data = this.inflate(compressed, e.size);
      } catch (err) {
        return this.fail(`invalid compressed data for ${name}: ${(err as Error).message}`, dataStart);
      }
      if (data.length !== e.size) this.fail(`invalid entry size for ${name} (expected ${e.size} but got ${data.length} bytes)`, dataStart);
    }
    const crc = crc32(data);
    if (crc !== e.crc) {
      this.fail(`invalid entry CRC for ${name} (expected 0x${hex(e.crc)} but got 0x${hex(crc)})`, dataStart);
    }
    return data;
  }

  /** The parsed `META-INF/MANIFEST.MF`, or null when the jar has none. */
  manifest(): Manifest | null {
    if (this.manifestCache === undefined) {
      const bytes = this.read(MANIFEST_NAME);
      this.manifestCache = bytes === null ? null : parseManifest(bytes, this.name);
    }
    return this.manifestCache;
  }

  private readCentralDirectory(): void {
    const b = this.bytes;
    const eocd = findEndOfCentralDirectory(b);
    if (eocd < 0) this.fail('zip END header not found', -1);
    if (eocd >= 20 && u32(b, eocd - 20) === ZIP64_LOCATOR_SIGNATURE) this.fail('ZIP64 archives are not supported', eocd - 20);
    const disk = u16(b, eocd + 4);
    const cdDisk = u16(b, eocd + 6);
    const onDisk = u16(b, eocd + 8);
    const total = u16(b, eocd + 10);
    const cdSize = u32(b, eocd + 12);
    const cdOffset = u32(b, eocd + 16);
    if (total === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) this.fail('ZIP64 archives are not supported', eocd);
    if (disk !== 0 || cdDisk !== 0 || onDisk !== total) this.fail('split (multi-disk) archives are not supported', eocd);
    // As java.util.zip does: bytes before the archive (a launcher stub) shift every offset.
    const prefix = eocd - cdSize - cdOffset;
    if (prefix < 0) this.fail('invalid END header (bad central directory offset)', eocd);
    const names = new TextDecoder('utf-8', { fatal: true });
    let at = eocd - cdSize;
    for (let i = 0; i < total; i++) {
      if (at + CEN_SIZE > eocd || u32(b, at) !== CEN_SIGNATURE) this.fail('invalid CEN header (bad signature)', at);
      const flags = u16(b, at + 8);
      const method = u16(b, at + 10);
      const nameLength = u16(b, at + 28);
      const next = at + CEN_SIZE + nameLength + u16(b, at + 30) + u16(b, at + 32);
      if (next > eocd) this.fail('invalid CEN header (bad header size)', at);
      if ((flags & 1) !== 0) this.fail('invalid CEN header (encrypted entry)', at);
      if (method !== STORED && method !== DEFLATED) this.fail(`invalid CEN header (bad compression method: ${method})`, at);
      let name: string;
      try {
        name = names.decode(b.subarray(at + CEN_SIZE, at + CEN_SIZE + nameLength));
      } catch {
        return this.fail('invalid CEN header (bad entry name)', at);
      }
      const entry: Entry = {
        name,
        method,
        crc: u32(b, at + 16),
        compressedSize: u32(b, at + 20),
        size: u32(b, at + 24),
        localOffset: prefix + u32(b, at + 42),
      };
      if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || u32(b, at + 42) === 0xffffffff) {
        this.fail('ZIP64 archives are not supported', at);
      }
      if (!this.byName.has(name)) {
        this.byName.set(name, entry);
        this.order.push(name);
      }
      at = next;
    }
  }

  private fail(reason: string, offset: number): never {
    throw new JarFormatError(this.name, reason, offset);
  }
}

/** Offset of the end-of-central-directory record, scanning back over a comment of up to 64 KiB; -1 if absent. */
function findEndOfCentralDirectory(b: Uint8Array): number {
  const lowest = Math.max(0, b.length - EOCD_SIZE - 0xffff);
  for (let at = b.length - EOCD_SIZE; at >= lowest; at--) {
    // The comment length must reach exactly to the end, which rules out stray signatures.
    if (u32(b, at) === EOCD_SIGNATURE && at + EOCD_SIZE + u16(b, at + 20) === b.length) return at;
  }
  return -1;
}

/** Little-endian unsigned 16-bit read (zip fields are little-endian). */
function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}

/** Little-endian unsigned 32-bit read. */
function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}

let crcTable: Uint32Array | null = null;

/** CRC-32 (ISO-HDLC polynomial 0xEDB88320), as zip stores it for every entry. */
export function crc32(data: Uint8Array): number {
  if (crcTable === null) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
