/**
 * @fileoverview parseClassFile against javap: a varied set of Java sources (generics, lambdas,
 * records, enums, inner/anonymous/local classes, sealed hierarchies, string switches, try/finally,
 * interface methods, text with every UTF-8 length) compiled with --release 17 and 8, every class
 * file parsed and compared with what `javap -v -p` prints about it.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseClassFile } from '../../src/classfile/parser.js';
import { ClassFile, CpTag } from '../../src/classfile/types.js';
import { compiledFixtures, javapListings } from './helpers/fixtures.js';
import { parseJavap } from './helpers/javap.js';
import { summarizeJavap, summarizeParsed } from './helpers/summary.js';

interface Case {
  path: string;
  cf: ClassFile;
  javap: string;
}

let cases: Case[] = [];

beforeAll(() => {
  const files = [...compiledFixtures('release17', 17), ...compiledFixtures('release8', 8)];
  const listings = javapListings(files);
  cases = files.map((path) => ({ path, cf: parseClassFile(new Uint8Array(readFileSync(path))), javap: listings.get(path)! }));
}, 120_000);

describe('parseClassFile on javac output', () => {
  it('parses every class file of both releases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.cf.majorVersion))).toEqual(new Set([52, 61]));
  });

  it('agrees with javap -v -p on header, members, code shapes and class attributes', () => {
    for (const c of cases) {
      expect(summarizeParsed(c.cf), c.path).toEqual(summarizeJavap(parseJavap(c.javap)));
    }
  });

  it('reads the features the fixtures were written for', () => {
    const byName = new Map(cases.map((c) => [c.cf.name, c.cf]));
    const get = (n: string): ClassFile => byName.get(n) ?? expect.fail(`missing ${n}`);
    expect(get('fixtures/Records$Point').record?.map((r) => `${r.name}:${r.descriptor}`)).toEqual(['x:I', 'y:I']);
    expect(get('fixtures/Records$Pair').record?.[2]?.signature).toBe('Ljava/util/List<+TA;>;');
    expect(get('fixtures/Sealed$Expr').permittedSubclasses).toEqual([
      'fixtures/Sealed$Num',
      'fixtures/Sealed$Add',
      'fixtures/Sealed$Neg',
      'fixtures/Sealed$Var',
    ]);
    expect(get('fixtures/Inner$1Acc').enclosingMethod).toEqual({ className: 'fixtures/Inner', methodName: 'local', methodDescriptor: '(I)I' });
    expect(get('fixtures/Inner$1').enclosingMethod?.methodName).toBe('countdown');
    expect(get('fixtures/Inner$Member$Deeper').nestHost).toBe('fixtures/Inner');
    expect(get('fixtures/Lambdas').bootstrapMethods.length).toBeGreaterThan(5);
    expect(get('legacy/Legacy').nestMembers).toEqual([]); // Java 8 has no nest mates
    expect(get('legacy/Legacy').methods.some((m) => m.name.startsWith('access$'))).toBe(true);
  });

  it('decodes modified UTF-8: NUL, 2- and 3-byte characters, surrogate pairs', () => {
    const text = cases.find((c) => c.cf.name === 'fixtures/Text')!.cf;
    const strings = text.constantPool.flatMap((e) => (e !== null && e.tag === CpTag.String ? [e.value] : []));
    expect(strings).toContain('a\0b');
    expect(strings).toContain('caf\u00e9 \u00fc\u00df');
    expect(strings).toContain('\u65e5\u672c\u8a9e');
    expect(strings).toContain('smile \ud83d\ude00 and \ud834\udd1e');
    expect(strings).toContain('lone \ud800 surrogate');
    expect(strings).toContain('Hello,\n  "text block"\nend');
  });

  it('reads ConstantValue attributes with the right constant types', () => {
    const nested = cases.find((c) => c.cf.name === 'fixtures/Inner$Nested')!.cf;
    const constant = (name: string) => nested.constantPool[nested.fields.find((f) => f.name === name)!.constantValue];
    expect(constant('NAME')).toEqual({ tag: CpTag.String, value: 'nested' });
    expect(constant('BIG')).toEqual({ tag: CpTag.Long, hi: 256, lo: 0 });
    expect(constant('HALF')).toEqual({ tag: CpTag.Double, value: 0.5 });
    expect(constant('F')).toEqual({ tag: CpTag.Float, value: 1.25 });
    expect(constant('I')).toEqual({ tag: CpTag.Integer, value: 100000 });
    expect(constant('C')).toEqual({ tag: CpTag.Integer, value: 99 });
  });

  it('expands StackMapTable frames with the implicit initial frame', () => {
    const sealed = cases.find((c) => c.cf.name === 'fixtures/Sealed$Neg')!.cf;
    const init = sealed.methods.find((m) => m.name === '<init>')!;
    expect(init.code!.initialFrame).toEqual({
      pc: 0,
      locals: [{ kind: 'uninitializedThis' }, { kind: 'object', className: 'fixtures/Sealed$Expr' }],
      stack: [],
    });
    const numbers = cases.find((c) => c.cf.name === 'fixtures/Numbers')!.cf;
    const mix = numbers.methods.find((m) => m.name === 'mix')!;
    expect(mix.code!.initialFrame!.locals.map((t) => t.kind)).toEqual(['int', 'long', 'float', 'double', 'int', 'int', 'int', 'int']);
    for (const c of cases) {
      for (const m of c.cf.methods) {
        const frames = m.code?.stackMap ?? [];
        for (let i = 1; i < frames.length; i++) expect(frames[i]!.pc).toBeGreaterThan(frames[i - 1]!.pc);
      }
    }
  });
});
