/**
 * @fileoverview A bounds-checked little-endian cursor for the image decoder, the counterpart of
 * byte-writer.ts. Every read past the window's end, every malformed varint and every malformed
 * WTF-8 string raises an {@link ImageFormatError} naming the section and byte offset, so nothing
 * built on it can read `undefined` from a typed array or raise a RangeError. {@link count} checks
 * an element count against the bytes left before anything is allocated for it.
 */
import { ImageFormatError } from './errors.js';

export class ByteReader {
  /** Absolute offset of the next byte in {@link bytes}. */
  pos: number;
  /** End of the readable window (exclusive). */
  end: number;
  private readonly view: DataView;
  /** Name of the part being read, for messages. */
  section = 'header';

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    end = bytes.length,
    /** Added to offsets in messages (so they are file offsets when reading a slice of a file). */
    private readonly base = 0,
    /** Appended to offsets in messages ("of the decompressed body"). */
    private readonly where = '',
  ) {
    this.pos = start;
    this.end = end;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  /** Byte offset as shown in messages. */
  offset(pos = this.pos): string {
    return `byte ${this.base + pos}${this.where}`;
  }

  fail(message: string): never {
    throw new ImageFormatError(message);
  }

  truncated(): never {
    throw new ImageFormatError(`image is truncated (section ${this.section} at ${this.offset()})`);
  }

  need(n: number): void {
    if (this.pos + n > this.end) this.truncated();
  }

  u8(): number {
    if (this.pos >= this.end) this.truncated();
    return this.bytes[this.pos++]!;
  }

  u16(): number {
    this.need(2);
    const v = this.view.getUint16(this.pos, true);
    this.pos += 2;
    return v;
  }

  i16(): number {
    this.need(2);
    const v = this.view.getInt16(this.pos, true);
    this.pos += 2;
    return v;
  }

  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  i32(): number {
    this.need(4);
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }

  f32(): number {
    this.need(4);
    const v = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return v;
  }

  f64(): number {
    this.need(8);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  i64(): bigint {
    this.need(8);
    const v = this.view.getBigInt64(this.pos, true);
    this.pos += 8;
    return v;
  }

  /**
   * Unsigned LEB128, canonical (no redundant trailing zero groups), at most 8 bytes, at most
   * 2^53 - 1.
   */
  uvarint(): number {
    const b = this.bytes;
    if (this.pos >= this.end) this.truncated();
    let x = b[this.pos++]!;
    if (x < 0x80) return x;
    let result = x & 0x7f;
    let scale = 128;
    for (let i = 1; i < 8; i++) {
      if (this.pos >= this.end) this.truncated();
      x = b[this.pos++]!;
      result += (x & 0x7f) * scale;
      if (x < 0x80) {
        if (x === 0) this.fail(`malformed varint (section ${this.section} at ${this.offset(this.pos - 1)})`);
        if (result > Number.MAX_SAFE_INTEGER) this.fail(`varint too large (section ${this.section} at ${this.offset(this.pos - 1)})`);
        return result;
      }
      scale *= 128;
    }
    this.fail(`malformed varint (section ${this.section} at ${this.offset(this.pos - 1)})`);
  }

  /** Unsigned LEB128 that must fit in 32 bits. */
  uvarint32(): number {
    const at = this.pos;
    const v = this.uvarint();
    if (v > 0xffffffff) this.fail(`varint too large (section ${this.section} at ${this.offset(at)})`);
    return v;
  }

  /** Zigzag LEB128 of a signed 32-bit integer. */
  svarint32(): number {
    const z = this.uvarint32();
    return (z >>> 1) ^ -(z & 1);
  }

  /**
   * An element count, each element taking at least `minBytes` bytes: checked against the bytes
   * left so that a forged count can never make the decoder allocate more than the image holds.
   */
  count(minBytes: number, what: string): number {
    const at = this.pos;
    const n = this.uvarint();
    if (n * minBytes > this.end - this.pos) {
      this.fail(`${what} count ${n} exceeds what is left of section ${this.section} (at ${this.offset(at)})`);
    }
    return n;
  }

  /** A view of the next `n` bytes: valid as long as the bytes being read are not changed. */
  bytesView(n: number): Uint8Array {
    this.need(n);
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** A copy of the next `n` bytes. */
  bytesCopy(n: number): Uint8Array {
    this.need(n);
    const out = this.bytes.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** A WTF-8 string prefixed by its byte length. */
  string(): string {
    const at = this.pos;
    const n = this.uvarint();
    if (n > this.end - this.pos) this.truncated();
    const b = this.bytes;
    const start = this.pos;
    const end = start + n;
    this.pos = end;
    let ascii = true;
    for (let i = start; i < end; i++) {
      if (b[i]! >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      if (n <= 64) {
        let s = '';
        for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!);
        return s;
      }
      return chunkedFromCharCodes(b.subarray(start, end));
    }
    const units = decodeWtf8(b, start, end);
    if (units === null) this.fail(`string is not valid WTF-8 (section ${this.section} at ${this.offset(at)})`);
    return chunkedFromCharCodes(units);
  }
}

function chunkedFromCharCodes(units: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < units.length; i += 8192) {
    const chunk = Array.prototype.slice.call(units, i, Math.min(units.length, i + 8192)) as number[];
    s += String.fromCharCode.apply(null, chunk);
  }
  return s;
}

/**
 * UTF-16 code units of the WTF-8 bytes `b[start, end)`, or null when they are malformed
 * (bad lead or continuation byte, overlong form, code point above U+10FFFF, truncated sequence,
 * or a surrogate pair spelled as two 3-byte sequences, which WTF-8 forbids).
 */
function decodeWtf8(b: Uint8Array, start: number, end: number): Uint16Array | null {
  const out = new Uint16Array(end - start);
  let o = 0;
  let prevLeadSurrogate = false;
  let i = start;
  while (i < end) {
    const x = b[i]!;
    if (x < 0x80) {
      out[o++] = x;
      i++;
      prevLeadSurrogate = false;
      continue;
    }
    if (x >= 0xc2 && x <= 0xdf) {
      if (i + 1 >= end) return null;
      const y = b[i + 1]!;
      if ((y & 0xc0) !== 0x80) return null;
      out[o++] = ((x & 0x1f) << 6) | (y & 0x3f);
      i += 2;
      prevLeadSurrogate = false;
      continue;
    }
    if (x >= 0xe0 && x <= 0xef) {
      if (i + 2 >= end) return null;
      const y = b[i + 1]!;
      const z = b[i + 2]!;
      if ((y & 0xc0) !== 0x80 || (z & 0xc0) !== 0x80) return null;
      if (x === 0xe0 && y < 0xa0) return null;
      const c = ((x & 0x0f) << 12) | ((y & 0x3f) << 6) | (z & 0x3f);
      if (c >= 0xdc00 && c <= 0xdfff && prevLeadSurrogate) return null;
      prevLeadSurrogate = c >= 0xd800 && c <= 0xdbff;
      out[o++] = c;
      i += 3;
      continue;
    }
    if (x >= 0xf0 && x <= 0xf4) {
      if (i + 3 >= end) return null;
      const y = b[i + 1]!;
      const z = b[i + 2]!;
      const w = b[i + 3]!;
      if ((y & 0xc0) !== 0x80 || (z & 0xc0) !== 0x80 || (w & 0xc0) !== 0x80) return null;
      if (x === 0xf0 && y < 0x90) return null;
      if (x === 0xf4 && y > 0x8f) return null;
      const c = ((x & 0x07) << 18) | ((y & 0x3f) << 12) | ((z & 0x3f) << 6) | (w & 0x3f);
      const v = c - 0x10000;
      out[o++] = 0xd800 + (v >> 10);
      out[o++] = 0xdc00 + (v & 0x3ff);
      i += 4;
      prevLeadSurrogate = false;
      continue;
    }
    return null;
  }
  return out.subarray(0, o);
}
