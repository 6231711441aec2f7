/**
 * @fileoverview Effects of single instructions on slot kinds: the typed signature table against
 * the opcode table, every opcode handled, ldc of every constant kind, the dup family in all its
 * forms, descriptor-driven invokes and field accesses, and stores that break long/double pairs.
 */
import { describe, expect, it } from 'vitest';
import { buildMethodAnalysis } from '../../src/analysis/frames.js';
import { FIXED_SIGNATURES } from '../../src/analysis/transfer.js';
import { BytecodeVerifyError } from '../../src/analysis/verify-error.js';
import { isWideFirst } from '../../src/analysis/slot-kind.js';
import { OPCODES, Op } from '../../src/classfile/opcodes.js';
import { RefKind } from '../../src/classfile/types.js';
import { ClassBuilder, type Line } from './helpers/assembler.js';
import { shape } from './helpers/kinds.js';

/** Kinds after running `code` (which must end with a `probe:` label before its last instruction). */
function after(descriptor: string, code: readonly Line[], setup?: (b: ClassBuilder) => void, maxLocals = 8): string {
  const b = new ClassBuilder('T', 52);
  setup?.(b);
  const { method, labels } = b.method({ name: 't', descriptor, maxStack: 20, maxLocals, code });
  return shape(buildMethodAnalysis(b.build(), method).kindsAt(labels.get('probe')!));
}

describe('signature table', () => {
  it('pops and pushes as many slots as the opcode table says', () => {
    for (const [op, sig] of FIXED_SIGNATURES) {
      const info = OPCODES[op]!;
      const size = (k: number) => (isWideFirst(k) ? 2 : 1);
      expect(sig.pops.reduce((n, k) => n + size(k), 0), info.mnemonic).toBe(info.pops);
      expect(sig.push === null ? 0 : size(sig.push), info.mnemonic).toBe(info.pushes);
    }
  });

  it('handles every defined opcode', () => {
    for (const info of OPCODES) {
      const bytes = info.code === Op.wide ? [Op.wide, Op.iload, 0, 0] : info.length === 0 ? [info.code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] : [info.code, ...new Array<number>(info.length - 1).fill(0)];
      const b = new ClassBuilder('T', 49);
      const { method } = b.method({ name: 't', descriptor: '()V', maxStack: 4, maxLocals: 4, code: [['bytes', ...bytes], ['return']] });
      try {
        buildMethodAnalysis(b.build(), method);
      } catch (e) {
        expect(e).toBeInstanceOf(BytecodeVerifyError);
        expect((e as Error).message, info.mnemonic).not.toMatch(/is not handled/);
      }
    }
  });
});

describe('constants', () => {
  it('pushes the kind of every loadable constant', () => {
    const pool: Record<string, number> = {};
    const setup = (b: ClassBuilder) => {
      pool.int = b.int(7);
      pool.float = b.float(1.5);
      pool.string = b.string('s');
      pool.cls = b.classRef('java/lang/Object');
      pool.type = b.methodType('(I)V');
      pool.handle = b.methodHandle(RefKind.InvokeStatic, b.methodRef('T', 't', '()V'));
      pool.dynInt = b.dynamic('d', 'Z');
      pool.dynRef = b.dynamic('d', '[J');
      pool.long = b.long(1, 2);
      pool.double = b.double(2.5);
      pool.dynLong = b.dynamic('d', 'J');
      pool.dynDouble = b.dynamic('d', 'D');
    };
    const code: Line[] = [
      ['ldc', 1], ['ldc', 2], ['ldc', 3], ['ldc', 4], ['ldc_w', 5], ['ldc_w', 7], ['ldc_w', 8], ['ldc', 9],
      ['ldc2_w', 10], ['ldc2_w', 12], ['ldc2_w', 14], 'probe:', ['ldc2_w', 15], ['return'],
    ];
    expect(after('()V', code, setup)).toBe('- - - - - - - - | I F A A A A I A J j D d J j');
    expect(pool).toMatchObject({ int: 1, type: 5, handle: 7, dynInt: 8, long: 10, double: 12, dynLong: 14, dynDouble: 15 });
  });

  it('rejects a category-2 dynamic constant loaded by ldc', () => {
    expect(() => after('()V', [['ldc', 1], 'probe:', ['return']], (b) => b.dynamic('d', 'D'))).toThrow(/Illegal type in constant pool/);
  });
});

describe('the dup family', () => {
  const cases: Array<[string, string, string]> = [
    // [descriptor giving locals 0.., instruction, expected stack after]
    ['(ILjava/lang/Object;)V', 'dup_x1', 'A I A'],
    ['(IFLjava/lang/Object;)V', 'dup_x2', 'A I F A'], // form 1
    ['(JLjava/lang/Object;)V', 'dup_x2', 'A J j A'], // form 2: a long below
    ['(IF)V', 'dup2', 'I F I F'], // form 1
    ['(J)V', 'dup2', 'J j J j'], // form 2
    ['(Ljava/lang/Object;IF)V', 'dup2_x1', 'I F A I F'],
    ['(Ljava/lang/Object;D)V', 'dup2_x1', 'D d A D d'],
    ['(IFLjava/lang/Object;I)V', 'dup2_x2', 'A I I F A I'], // form 1
    ['(IFD)V', 'dup2_x2', 'D d I F D d'], // form 2
    ['(JIF)V', 'dup2_x2', 'I F J j I F'], // form 3
    ['(JD)V', 'dup2_x2', 'D d J j D d'], // form 4
    ['(ILjava/lang/Object;)V', 'swap', 'A I'],
    ['(J)V', 'pop2', ''],
    ['(IF)V', 'pop2', ''],
  ];
  for (const [descriptor, op, expected] of cases) {
    it(`${op} on ${descriptor}`, () => {
      const loads: Line[] = [];
      let local = 0;
      for (const c of descriptor.slice(1, descriptor.indexOf(')')).replace(/L[^;]*;/g, 'A')) {
        const load = { I: 'iload', F: 'fload', J: 'lload', D: 'dload', A: 'aload' }[c]!;
        loads.push([load, local]);
        local += c === 'J' || c === 'D' ? 2 : 1;
      }
      const result = after(descriptor, [...loads, [op], 'probe:', ['return']]);
      expect(result.split('|')[1]!.trim()).toBe(expected);
    });
  }
});

describe('descriptor-driven instructions', () => {
  it('pops arguments and receiver and pushes the result of invokes', () => {
    const setup = (b: ClassBuilder) => {
      b.methodRef('p/C', 'v', '(JLjava/lang/String;)[I'); // 1
      b.methodRef('p/C', 's', '(IDF)J'); // 2
      b.methodRef('p/I', 'i', '(S)D', true); // 3
      b.invokeDynamic('run', '(ZJ)Ljava/lang/Runnable;'); // 4
    };
    const code: Line[] = [
      ['aload_0'], ['lload_1'], ['aconst_null'], ['invokevirtual', 1],
      ['iconst_0'], ['dconst_1'], ['fconst_1'], ['invokestatic', 2],
      ['aload_0'], ['iconst_1'], ['invokeinterface', 3, 2],
      ['iconst_0'], ['lconst_0'], ['invokedynamic', 4],
      'probe:', ['return'],
    ];
    expect(after('(Ljava/lang/Object;J)V', code, setup)).toBe('A J j - - - - - | A J j D d A');
  });

  it('uses field descriptors for get/put of fields and statics', () => {
    const setup = (b: ClassBuilder) => {
      b.fieldRef('p/C', 'l', 'J'); // 1
      b.fieldRef('p/C', 'c', 'C'); // 2
      b.fieldRef('p/C', 'o', '[Ljava/lang/Object;'); // 3
    };
    const code: Line[] = [
      ['aload_0'], ['getfield', 1], ['getstatic', 2], ['getstatic', 3],
      ['aload_0'], ['lconst_1'], ['putfield', 1], ['iconst_0'], ['putstatic', 2],
      'probe:', ['return'],
    ];
    expect(after('(Ljava/lang/Object;)V', code, setup)).toBe('A - - - - - - - | J j I A');
  });

  it('pops every dimension of multianewarray', () => {
    const code: Line[] = [['iconst_2'], ['iconst_1'], ['iconst_3'], ['iconst_4'], ['multianewarray', 1, 3], 'probe:', ['return']];
    expect(after('()V', code, (b) => b.classRef('[[[[J'))).toBe('- - - - - - - - | I A');
  });
});

describe('stores', () => {
  it('breaks a long whose second half is overwritten and a double whose first half is', () => {
    const code: Line[] = [['lconst_0'], ['lstore_0'], ['dconst_0'], ['dstore_2'], ['iconst_0'], ['istore_1'], ['fconst_0'], ['fstore_2'], 'probe:', ['return']];
    expect(after('()V', code, undefined, 4)).toBe('- I F - |');
  });

  it('writes wide locals and checks iinc on ints', () => {
    const code: Line[] = [['iconst_0'], ['wide', 'istore', 300], ['wide', 'iinc', 300, 1000], ['dconst_1'], ['wide', 'dstore', 298], 'probe:', ['return']];
    const kinds = after('()V', code, undefined, 301).split(' ');
    expect(kinds.slice(298, 301)).toEqual(['D', 'd', 'I']);
    expect(() => after('()V', [['fconst_0'], ['fstore_0'], ['iinc', 0, 1], 'probe:', ['return']])).toThrow(/Bad local variable type/);
  });
});
