/**
 * @fileoverview A bounds-checked, big-endian cursor over a byte window (class files store every
 * multi-byte item big-endian, JVMS §4.1). Every read past the window's end throws a
 * ClassFormatError carrying the offset, so no parser built on it can raise a RangeError or read
 * `undefined` from a typed array.
 */

import { ClassFormatError } from './errors.js';

/** Message HotSpot gives when the class file ends early. */
export const TRUNCATED = 'Truncated class file';

/** Cursor over `bytes[start, end)`; `pos` is an absolute offset into `bytes`. */
export class ByteReader {
  /** Absolute offset of the next byte to read. */
  pos: number;

  constructor(
    readonly bytes: Uint8Array,
    readonly start = 0,
    readonly end = bytes.length,
    /** Message of the error raised when a read runs past `end` (a function builds it only when needed). */
    readonly truncatedMessage: string | (() => string) = TRUNCATED,
  ) {
    this.pos = start;
  }

  /** Bytes left before the end of the window. */
  get remaining(): number {
    return this.end - this.pos;
  }

  /** Throws unless `n` more bytes are available. */
  need(n: number): void {
    if (n < 0 || this.pos + n > this.end) {
      const m = this.truncatedMessage;
      throw new ClassFormatError(typeof m === 'string' ? m : m(), this.pos);
    }
  }

  /** Unsigned byte. */
  u1(): number {
    this.need(1);
    return this.bytes[this.pos++]!;
  }

  /** Unsigned big-endian 16-bit value. */
  u2(): number {
    this.need(2);
    const b = this.bytes;
    const p = this.pos;
    this.pos = p + 2;
    return (b[p]! << 8) | b[p + 1]!;
  }

  /** Unsigned big-endian 32-bit value. */
  u4(): number {
    return this.i4() >>> 0;
  }

  /** Signed big-endian 32-bit value. */
  i4(): number {
    this.need(4);
    const b = this.bytes;
    const p = this.pos;
    this.pos = p + 4;
    return (b[p]! << 24) | (b[p + 1]! << 16) | (b[p + 2]! << 8) | b[p + 3]!;
  }

  /** A view (not a copy) of the next `n` bytes. */
  view(n: number): Uint8Array {
    this.need(n);
    const v = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }

  /** Skips `n` bytes. */
  skip(n: number): void {
    this.need(n);
    this.pos += n;
  }

  /**
   * Consumes the next `length` bytes (truncation is reported by this reader) and returns a reader
   * limited to them whose overruns report `truncatedMessage` instead: attribute bodies use this so
   * that a lying inner count is reported as the attribute's fault.
   */
  window(length: number, truncatedMessage: string | (() => string)): ByteReader {
    this.need(length);
    const w = new ByteReader(this.bytes, this.pos, this.pos + length, truncatedMessage);
    this.pos += length;
    return w;
  }

  /** Throws a ClassFormatError with `message` unless the window has been read exactly to its end. */
  expectEnd(message: string | (() => string)): void {
    if (this.pos !== this.end) throw new ClassFormatError(typeof message === 'string' ? message : message(), this.pos);
  }
}
