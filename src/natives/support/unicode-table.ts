/**
 * @fileoverview The Unicode table behind the java.lang.Character natives, decoded from
 * build/unicode-data.bin. The file is generated at build time from HotSpot 17's own answers
 * (scripts/unicode/GenCharacterData.java documents the layout), because the host's Unicode data
 * (V8's regexps and case mappings) is a newer Unicode version than JDK 17's Unicode 13.
 *
 * Code points are grouped in runs of consecutive code points that share one record; mappings,
 * digit and numeric values are stored as deltas from the code point, so a run of letters or
 * digits needs one record. A lookup is a binary search over the run starts.
 */

/** Raw DEFLATE decompression (the Host's `inflate`). */
export type InflateFn = (compressed: Uint8Array, uncompressedSize: number) => Uint8Array;

const MAGIC = 0x54554431; // "TUD1"
const UPPER = 1;
const LOWER = 2;
const ALPHABETIC = 4;
const IDEOGRAPHIC = 8;
const HAS_DIGIT = 16;
const NUMERIC_SHIFT = 5;

/** Decoded Unicode data: Character's answers for every code point 0..0x10FFFF. */
export class UnicodeTable {
  private readonly type: Uint8Array;
  private readonly flags: Uint8Array;
  /** Per record: upper, lower, title, digit, numeric deltas (5 ints per record). */
  private readonly deltas: Int32Array;
  private readonly runStart: Int32Array;
  private readonly runRecord: Uint16Array;
  private readonly fullUpper = new Map<number, string>();
  /** Index of the run found last: text tends to stay within one script. */
  private lastRun = 0;

  /** Decodes the file written by GenCharacterData (magic, inflated size, deflated payload). */
  static fromFile(file: Uint8Array, inflate: InflateFn): UnicodeTable {
    const head = new DataView(file.buffer, file.byteOffset, file.byteLength);
    if (file.byteLength < 8 || head.getUint32(0) !== MAGIC) throw new Error('unicode-data.bin: bad magic');
    const payload = inflate(file.subarray(8), head.getUint32(4));
    return new UnicodeTable(payload);
  }

  constructor(payload: Uint8Array) {
    const d = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
    let p = 0;
    const records = d.getUint16(p);
    p += 2;
    this.type = new Uint8Array(records);
    this.flags = new Uint8Array(records);
    this.deltas = new Int32Array(records * 5);
    for (let r = 0; r < records; r++) {
      this.type[r] = d.getUint8(p);
      this.flags[r] = d.getUint8(p + 1);
      p += 2;
      for (let k = 0; k < 5; k++, p += 4) this.deltas[r * 5 + k] = d.getInt32(p);
    }
    const runs = d.getUint32(p);
    p += 4;
    this.runStart = new Int32Array(runs);
    this.runRecord = new Uint16Array(runs);
    for (let i = 0; i < runs; i++, p += 5) {
      this.runStart[i] = (d.getUint8(p) << 16) | d.getUint16(p + 1);
      this.runRecord[i] = d.getUint16(p + 3);
    }
    const full = d.getUint16(p);
    p += 2;
    for (let i = 0; i < full; i++) {
      const cp = (d.getUint8(p) << 16) | d.getUint16(p + 1);
      const n = d.getUint8(p + 3);
      p += 4;
      let s = '';
      for (let k = 0; k < n; k++, p += 2) s += String.fromCharCode(d.getUint16(p));
      this.fullUpper.set(cp, s);
    }
    if (p !== payload.byteLength || runs === 0 || this.runStart[0] !== 0) throw new Error('unicode-data.bin: malformed');
  }

  /** The record of code point `cp` (0..0x10FFFF). */
  private record(cp: number): number {
    const starts = this.runStart;
    let i = this.lastRun;
    if (cp < starts[i]! || (i + 1 < starts.length && cp >= starts[i + 1]!)) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) { // last run whose start is <= cp
        const mid = (lo + hi + 1) >>> 1;
        if (starts[mid]! <= cp) lo = mid;
        else hi = mid - 1;
      }
      this.lastRun = i = lo;
    }
    return this.runRecord[i]!;
  }

  /** Character.getType. */
  getType(cp: number): number {
    return this.type[this.record(cp)]!;
  }

  isUpperCase(cp: number): boolean {
    return (this.flags[this.record(cp)]! & UPPER) !== 0;
  }

  isLowerCase(cp: number): boolean {
    return (this.flags[this.record(cp)]! & LOWER) !== 0;
  }

  isAlphabetic(cp: number): boolean {
    return (this.flags[this.record(cp)]! & ALPHABETIC) !== 0;
  }

  isIdeographic(cp: number): boolean {
    return (this.flags[this.record(cp)]! & IDEOGRAPHIC) !== 0;
  }

  /** The simple uppercase mapping. */
  toUpperCase(cp: number): number {
    return cp + this.deltas[this.record(cp) * 5]!;
  }

  toLowerCase(cp: number): number {
    return cp + this.deltas[this.record(cp) * 5 + 1]!;
  }

  toTitleCase(cp: number): number {
    return cp + this.deltas[this.record(cp) * 5 + 2]!;
  }

  /** Character.digit(cp, radix) for a valid radix (2..36). */
  digit(cp: number, radix: number): number {
    const r = this.record(cp);
    if ((this.flags[r]! & HAS_DIGIT) === 0) return -1;
    const value = cp + this.deltas[r * 5 + 3]!;
    return value < radix ? value : -1;
  }

  /** Character.getNumericValue: -1 none, -2 not a non-negative integer. */
  getNumericValue(cp: number): number {
    const r = this.record(cp);
    switch (this.flags[r]! >> NUMERIC_SHIFT) {
      case 0: return -1;
      case 1: return -2;
      default: return cp + this.deltas[r * 5 + 4]!;
    }
  }

  /** The full uppercase mapping (UTF-16) when longer than one code point, else null. */
  toUpperCaseFull(cp: number): string | null {
    return this.fullUpper.get(cp) ?? null;
  }
}
