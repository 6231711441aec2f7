/**
 * @fileoverview The bounds-checked reader every parser in src/classfile is built on: big-endian
 * values, windows, and a ClassFormatError carrying the offset for every overrun.
 */
import { describe, expect, it } from 'vitest';
import { ByteReader, TRUNCATED } from '../../src/classfile/byte-reader.js';
import { ClassFormatError } from '../../src/classfile/errors.js';

describe('ByteReader', () => {
  it('reads big-endian values', () => {
    const r = new ByteReader(Uint8Array.from([0xca, 0xfe, 0xba, 0xbe, 0xff, 0xfe, 0x80, 0x00, 0x00, 0x01]));
    expect(r.u4()).toBe(0xcafebabe);
    expect(r.u2()).toBe(0xfffe);
    expect(r.i4()).toBe(-0x7fffffff);
    expect(r.remaining).toBe(0);
  });

  it('throws a ClassFormatError with the offset on overrun', () => {
    const r = new ByteReader(Uint8Array.from([1, 2, 3]));
    r.u2();
    let error: unknown;
    try {
      r.u2();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClassFormatError);
    expect((error as ClassFormatError).message).toBe(TRUNCATED);
    expect((error as ClassFormatError).offset).toBe(2);
    expect(() => r.skip(-1)).toThrow(ClassFormatError);
  });

  it('limits windows to their length and reports overruns with their own message', () => {
    const r = new ByteReader(Uint8Array.from([0, 2, 9, 9, 7]));
    const w = r.window(r.u2(), 'Wrong X attribute length');
    expect(r.pos).toBe(4);
    expect(w.u2()).toBe(0x0909);
    expect(() => w.u1()).toThrow('Wrong X attribute length');
    expect(() => r.window(5, 'never')).toThrow(TRUNCATED);
    expect(() => new ByteReader(Uint8Array.from([1, 2]), 0, 2).expectEnd(() => 'lazy message')).toThrow('lazy message');
  });
});
