/**
 * @fileoverview Modified UTF-8 (JVMS §4.4.7), the encoding of CONSTANT_Utf8 entries. It differs
 * from standard UTF-8 in two ways: NUL is written as the two bytes C0 80 (so no raw zero byte ever
 * appears), and characters outside the Basic Multilingual Plane are written as their two UTF-16
 * surrogates, three bytes each (six in all), never as a four-byte sequence. Decoding therefore maps
 * each 1-, 2- or 3-byte group to exactly one UTF-16 code unit, which is what a JS string holds.
 */

/** Byte patterns HotSpot rejects are rejected here too: raw 0, 0x80..0xBF or 0xF0..0xFF as a lead byte, overlong forms other than C0 80. */
export function decodeModifiedUtf8(bytes: Uint8Array, start: number, end: number): string | null {
  // Fast path: most constant-pool strings are ASCII.
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b === 0 || b >= 0x80) break;
    i++;
  }
  if (i === end) return asciiString(bytes, start, end);
  const units: number[] = [];
  for (let j = start; j < i; j++) units.push(bytes[j]!);
  while (i < end) {
    const a = bytes[i]!;
    if (a !== 0 && a < 0x80) {
      units.push(a);
      i += 1;
    } else if ((a & 0xe0) === 0xc0) {
      // 110xxxxx 10xxxxxx: U+0080..U+07FF, or the two-byte NUL C0 80.
      if (i + 1 >= end) return null;
      const b = bytes[i + 1]!;
      if ((b & 0xc0) !== 0x80) return null;
      const c = ((a & 0x1f) << 6) | (b & 0x3f);
      if (c !== 0 && c < 0x80) return null;
      units.push(c);
      i += 2;
    } else if ((a & 0xf0) === 0xe0) {
      // 1110xxxx 10xxxxxx 10xxxxxx: U+0800..U+FFFF, including lone or paired surrogates.
      if (i + 2 >= end) return null;
      const b = bytes[i + 1]!;
      const d = bytes[i + 2]!;
      if ((b & 0xc0) !== 0x80 || (d & 0xc0) !== 0x80) return null;
      const c = ((a & 0x0f) << 12) | ((b & 0x3f) << 6) | (d & 0x3f);
      if (c < 0x800) return null;
      units.push(c);
      i += 3;
    } else {
      return null;
    }
  }
  return unitsToString(units);
}

/** Encodes a JS string (UTF-16 code units) as modified UTF-8. */
export function encodeModifiedUtf8(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0 && c < 0x80) {
      out.push(c);
    } else if (c < 0x800) {
      out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    } else {
      out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    }
  }
  return Uint8Array.from(out);
}

const CHUNK = 8192; // keeps String.fromCharCode's argument count well under engine limits

function asciiString(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i += CHUNK) {
    s += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(end, i + CHUNK)) as unknown as number[]);
  }
  return s;
}

function unitsToString(units: number[]): string {
  let s = '';
  for (let i = 0; i < units.length; i += CHUNK) {
    s += String.fromCharCode.apply(null, units.slice(i, i + CHUNK));
  }
  return s;
}
