/**
 * @fileoverview The disassembler against javap: for every method of the compiled fixtures, the
 * listing must equal the instruction and exception-table lines `javap -c` prints, character for
 * character (operands, resolved constants, switch tables, wide forms, float and double spellings).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { disassembleMethod } from '../../src/classfile/disassembler.js';
import { javaDoubleToString, javaFloatToString } from '../../src/classfile/java-number-format.js';
import { parseClassFile } from '../../src/classfile/parser.js';
import { ClassFile } from '../../src/classfile/types.js';
import { compiledFixtures, javapListings } from './helpers/fixtures.js';
import { parseJavap } from './helpers/javap.js';

let cases: { path: string; cf: ClassFile; javap: string }[] = [];

beforeAll(() => {
  const files = [...compiledFixtures('release17', 17), ...compiledFixtures('release8', 8)];
  const listings = javapListings(files);
  cases = files.map((path) => ({ path, cf: parseClassFile(new Uint8Array(readFileSync(path))), javap: listings.get(path)! }));
}, 120_000);

describe('disassembleMethod', () => {
  it('prints what javap -c prints for every method of the fixtures', () => {
    let methods = 0;
    for (const c of cases) {
      const members = parseJavap(c.javap).members.filter((m) => m.descriptor.startsWith('('));
      c.cf.methods.forEach((m, i) => {
        const expected = members[i]!.code?.listing.join('\n') ?? '';
        expect(disassembleMethod(c.cf, m), `${c.cf.name}.${m.name}${m.descriptor}`).toBe(expected);
        methods++;
      });
    }
    expect(methods).toBeGreaterThan(140);
  });
});

describe('Java number spelling', () => {
  it('follows Double.toString and Float.toString', () => {
    expect(javaDoubleToString(1e10)).toBe('1.0E10');
    expect(javaDoubleToString(0.001)).toBe('0.001');
    expect(javaDoubleToString(1e-4)).toBe('1.0E-4');
    expect(javaDoubleToString(1234567.5)).toBe('1234567.5');
    expect(javaDoubleToString(1e7)).toBe('1.0E7');
    expect(javaDoubleToString(-0)).toBe('-0.0');
    expect(javaDoubleToString(Number.NaN)).toBe('NaN');
    expect(javaFloatToString(Math.fround(0.1))).toBe('0.1');
    expect(javaFloatToString(Math.fround(3.4028235e38))).toBe('3.4028235E38');
  });
});
