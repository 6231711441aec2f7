/**
 * @fileoverview Fuzzing the parser with mutated real class files. A deterministic PRNG applies byte
 * and bit flips, truncations, insertions, deletions, splices and corruptions of every count and
 * length field to javac output; each mutant must either parse or raise one of the errors.ts faults.
 * Any other JS error (RangeError, TypeError, ...) fails the test, as does a hang (test timeout).
 * Mutants that parse are also disassembled, which relies on the parser's guarantees about code.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeConstant, disassembleMethod } from '../../src/classfile/disassembler.js';
import { isClassfileFault } from '../../src/classfile/errors.js';
import { parseClassFile } from '../../src/classfile/parser.js';
import { lengthFields } from './helpers/class-editor.js';
import { compiledFixtures } from './helpers/fixtures.js';
import { seededRandom as prng } from '../support/random.js';

/** Mutants per base class file; with the bases below this is well over 5,000 parses. */
const MUTANTS_PER_BASE = 600;

const BASES = [
  'fixtures/Generics.class',
  'fixtures/Lambdas.class',
  'fixtures/Switches.class',
  'fixtures/TryFinally.class',
  'fixtures/Records$Point.class',
  'fixtures/Numbers.class',
  'fixtures/Text.class',
  'fixtures/Interfaces.class',
  'legacy/Legacy.class',
];


interface Base {
  name: string;
  bytes: Uint8Array;
  lengths: { offset: number; size: 2 | 4 }[];
}

/** One mutation of `base`, described for the failure report. */
function mutate(base: Base, others: Base[], random: () => number): { bytes: Uint8Array; how: string } {
  const b = base.bytes;
  const int = (n: number): number => Math.floor(random() * n);
  const kind = int(8);
  switch (kind) {
    case 0: {
      const out = b.slice();
      const n = 1 + int(4);
      for (let i = 0; i < n; i++) out[int(out.length)] = int(256);
      return { bytes: out, how: `set ${n} random bytes` };
    }
    case 1: {
      const out = b.slice();
      const at = int(out.length);
      out[at]! ^= 1 << int(8);
      return { bytes: out, how: `flip a bit at ${at}` };
    }
    case 2: {
      const len = int(b.length);
      return { bytes: b.slice(0, len), how: `truncate to ${len}` };
    }
    case 3: {
      const at = int(b.length + 1);
      const extra = Uint8Array.from({ length: 1 + int(8) }, () => int(256));
      const out = new Uint8Array(b.length + extra.length);
      out.set(b.subarray(0, at));
      out.set(extra, at);
      out.set(b.subarray(at), at + extra.length);
      return { bytes: out, how: `insert ${extra.length} bytes at ${at}` };
    }
    case 4: {
      const at = int(b.length);
      const n = 1 + int(Math.min(16, b.length - at));
      const out = new Uint8Array(b.length - n);
      out.set(b.subarray(0, at));
      out.set(b.subarray(at + n), at);
      return { bytes: out, how: `delete ${n} bytes at ${at}` };
    }
    case 5: {
      const other = others[int(others.length)]!;
      const from = int(other.bytes.length);
      const n = 1 + int(64);
      const at = int(b.length);
      const out = b.slice();
      out.set(other.bytes.subarray(from, Math.min(other.bytes.length, from + n)).subarray(0, out.length - at), at);
      return { bytes: out, how: `splice ${n} bytes of ${other.name}@${from} at ${at}` };
    }
    default: {
      // Counts and lengths: the fields a parser must never trust.
      const f = base.lengths[int(base.lengths.length)]!;
      const out = b.slice();
      const view = new DataView(out.buffer);
      const old = f.size === 2 ? view.getUint16(f.offset) : view.getUint32(f.offset);
      const max = f.size === 2 ? 0xffff : 0xffffffff;
      const choices = [0, 1, max, max - 1, old + 1, old - 1, old * 2, old >>> 1, int(max + 1), 0x8000, 0x7fff];
      const v = choices[int(choices.length)]! >>> 0;
      if (f.size === 2) view.setUint16(f.offset, v & 0xffff);
      else view.setUint32(f.offset, v);
      return { bytes: out, how: `set u${f.size} length field at ${f.offset} from ${old} to ${v}` };
    }
  }
}

let bases: Base[] = [];

beforeAll(() => {
  const files = [...compiledFixtures('release17', 17), ...compiledFixtures('release8', 8)];
  bases = BASES.map((name) => {
    const path = files.find((f) => f.endsWith(`/${name}`));
    if (path === undefined) throw new Error(`fixture ${name} not compiled`);
    const bytes = new Uint8Array(readFileSync(path));
    return { name, bytes, lengths: lengthFields(bytes) };
  });
}, 120_000);

describe('fuzzing parseClassFile', () => {
  it('only ever succeeds or throws a class-file fault', () => {
    const failures: string[] = [];
    let parsed = 0;
    let rejected = 0;
    bases.forEach((base, baseIndex) => {
      for (let i = 0; i < MUTANTS_PER_BASE; i++) {
        const seed = baseIndex * 100_000 + i;
        const { bytes, how } = mutate(base, bases, prng(seed));
        try {
          const cf = parseClassFile(bytes);
          for (const m of cf.methods) disassembleMethod(cf, m);
          for (let k = 1; k < cf.constantPool.length; k++) describeConstant(cf, k);
          parsed++;
        } catch (e) {
          if (isClassfileFault(e)) {
            rejected++;
            continue;
          }
          failures.push(`${base.name} seed ${seed} (${how}): ${String(e)}`);
        }
      }
    });
    expect(failures.slice(0, 20).join('\n')).toBe('');
    expect(parsed + rejected).toBe(bases.length * MUTANTS_PER_BASE);
    expect(parsed + rejected).toBeGreaterThanOrEqual(5000);
    // Both outcomes occur: the mutations are neither all fatal nor all harmless.
    expect(parsed).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(1000);
  }, 120_000);
});
