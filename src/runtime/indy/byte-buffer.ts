/**
 * @fileoverview The growable big-endian byte buffer the class writer serializes into (class files
 * store every multi-byte quantity big-endian, JVMS §4.1), and the error the writer raises when a
 * class cannot be represented (a constant pool or code array past its u2 limits).
 */

/** A class the writer cannot encode: a limit of the class-file format was exceeded, or code is inconsistent. */
export class ClassWriteError extends Error {}

/** Appends unsigned big-endian integers and raw bytes; values are truncated to their width. */
export class ByteBuffer {
  private data = new Uint8Array(64);
  private size = 0;

  /** Number of bytes written so far (also the offset of the next byte). */
  get length(): number {
    return this.size;
  }

  /** Appends one byte. */
  u1(value: number): this {
    this.reserve(1);
    this.data[this.size++] = value & 0xff;
    return this;
  }

  /** Appends a big-endian 16-bit value. */
  u2(value: number): this {
    this.reserve(2);
    this.data[this.size++] = (value >>> 8) & 0xff;
    this.data[this.size++] = value & 0xff;
    return this;
  }

  /** Appends a big-endian 32-bit value (signed or unsigned input). */
  u4(value: number): this {
    this.reserve(4);
    this.data[this.size++] = (value >>> 24) & 0xff;
    this.data[this.size++] = (value >>> 16) & 0xff;
    this.data[this.size++] = (value >>> 8) & 0xff;
    this.data[this.size++] = value & 0xff;
    return this;
  }

  /** Appends raw bytes. */
  bytes(bytes: Uint8Array): this {
    this.reserve(bytes.length);
    this.data.set(bytes, this.size);
    this.size += bytes.length;
    return this;
  }

  /** Overwrites the 16-bit value at `offset` (for forward references such as branch offsets). */
  patchU2(offset: number, value: number): void {
    this.data[offset] = (value >>> 8) & 0xff;
    this.data[offset + 1] = value & 0xff;
  }

  /** Overwrites the 32-bit value at `offset`. */
  patchU4(offset: number, value: number): void {
    this.data[offset] = (value >>> 24) & 0xff;
    this.data[offset + 1] = (value >>> 16) & 0xff;
    this.data[offset + 2] = (value >>> 8) & 0xff;
    this.data[offset + 3] = value & 0xff;
  }

  /** A copy of the bytes written so far. */
  toBytes(): Uint8Array {
    return this.data.slice(0, this.size);
  }

  private reserve(n: number): void {
    if (this.size + n <= this.data.length) return;
    let capacity = this.data.length * 2;
    while (capacity < this.size + n) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.data.subarray(0, this.size));
    this.data = grown;
  }
}
