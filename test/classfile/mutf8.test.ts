/**
 * @fileoverview Modified UTF-8 (JVMS §4.4.7). Which byte sequences HotSpot accepts is checked against
 * the JDK in format-checks.test.ts, and real strings in parser.test.ts; these cases pin the codec.
 */
import { describe, expect, it } from 'vitest';
import { decodeModifiedUtf8, encodeModifiedUtf8 } from '../../src/classfile/mutf8.js';

const decode = (bytes: number[]): string | null => decodeModifiedUtf8(Uint8Array.from(bytes), 0, bytes.length);

describe('modified UTF-8', () => {
  it('encodes NUL as two bytes and supplementary characters as two three-byte surrogates', () => {
    expect([...encodeModifiedUtf8('a\0b')]).toEqual([0x61, 0xc0, 0x80, 0x62]);
    expect([...encodeModifiedUtf8('\u00e9')]).toEqual([0xc3, 0xa9]);
    expect([...encodeModifiedUtf8('\u20ac')]).toEqual([0xe2, 0x82, 0xac]);
    expect([...encodeModifiedUtf8('\ud83d\ude00')]).toEqual([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]);
  });

  it('round-trips every UTF-16 code unit', () => {
    let s = '';
    for (let c = 0; c < 0x10000; c++) s += String.fromCharCode(c);
    const bytes = encodeModifiedUtf8(s);
    expect(decodeModifiedUtf8(bytes, 0, bytes.length)).toBe(s);
  });

  it('rejects what the format forbids', () => {
    expect(decode([0x61, 0x00])).toBeNull(); // raw NUL
    expect(decode([0xf0, 0x9f, 0x98, 0x80])).toBeNull(); // standard 4-byte UTF-8
    expect(decode([0xc1, 0x81])).toBeNull(); // overlong 'A'
    expect(decode([0xe0, 0x81, 0x81])).toBeNull(); // overlong 3-byte
    expect(decode([0xc3])).toBeNull(); // cut short
    expect(decode([0x80])).toBeNull(); // continuation byte first
    expect(decode([0xe2, 0x41, 0x41])).toBeNull(); // bad continuation
  });

  it('decodes a window of a larger buffer', () => {
    const b = Uint8Array.from([0xff, 0x68, 0x69, 0xff]);
    expect(decodeModifiedUtf8(b, 1, 3)).toBe('hi');
  });
});
