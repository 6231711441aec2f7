/**
 * @fileoverview The parser on the JDK's own class library: every class file of java.base (extracted
 * from the running JDK's module image with jimage) must parse, and a spread sample must agree with
 * `javap -v -p` in every summarized fact and in its javap -c listing.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { disassembleMethod } from '../../src/classfile/disassembler.js';
import { NoClassDefFoundError } from '../../src/classfile/errors.js';
import { parseClassFile } from '../../src/classfile/parser.js';
import { ClassFile } from '../../src/classfile/types.js';
import { javaBaseClasses, javapListings } from './helpers/fixtures.js';
import { parseJavap } from './helpers/javap.js';
import { summarizeJavap, summarizeParsed } from './helpers/summary.js';

/** Every SAMPLE_STRIDE-th class of java.base is compared with javap. */
const SAMPLE_STRIDE = 50;

let files: string[] = [];

beforeAll(() => {
  files = javaBaseClasses();
}, 120_000);

describe('parseClassFile on java.base', () => {
  it('parses every class file (module-info is refused as HotSpot refuses it)', () => {
    expect(files.length).toBeGreaterThan(5000);
    let parsed = 0;
    for (const f of files) {
      const bytes = new Uint8Array(readFileSync(f));
      if (f.endsWith('/module-info.class')) {
        expect(() => parseClassFile(bytes)).toThrow(NoClassDefFoundError);
        continue;
      }
      const cf = parseClassFile(bytes);
      expect(cf.majorVersion).toBeLessThanOrEqual(61);
      parsed++;
    }
    expect(parsed).toBe(files.length - 1);
  });

  it('agrees with javap -v -p and javap -c on a sample', () => {
    const sample = files.filter((f, i) => i % SAMPLE_STRIDE === 0 && !f.endsWith('/module-info.class'));
    const listings = javapListings(sample);
    let methods = 0;
    for (const f of sample) {
      const cf: ClassFile = parseClassFile(new Uint8Array(readFileSync(f)));
      const javap = parseJavap(listings.get(f)!);
      expect(summarizeParsed(cf), f).toEqual(summarizeJavap(javap));
      const javapMethods = javap.members.filter((m) => m.descriptor.startsWith('('));
      cf.methods.forEach((m, i) => {
        expect(disassembleMethod(cf, m), `${cf.name}.${m.name}${m.descriptor}`).toBe(javapMethods[i]!.code?.listing.join('\n') ?? '');
        methods++;
      });
    }
    expect(sample.length).toBeGreaterThan(100);
    expect(methods).toBeGreaterThan(500);
  }, 60_000);
});
