/**
 * @fileoverview Malformed methods give a BytecodeVerifyError (java/lang/VerifyError naming class,
 * method and pc), never a JS TypeError or RangeError: hand-assembled faults of every kind, then
 * seeded random corruption of valid code.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMethod, buildMethodAnalysis } from '../../src/analysis/frames.js';
import { BytecodeVerifyError } from '../../src/analysis/verify-error.js';
import { LinkageFault, VerifyError } from '../../src/classfile/errors.js';
import type { ClassFile, MethodInfo, VerificationType } from '../../src/classfile/types.js';
import { ClassBuilder, type MethodSpec } from './helpers/assembler.js';
import { allSources } from './helpers/fixtures.js';
import { compileJava, methodsWithCode } from './helpers/javac.js';
import { seededRandom as random } from '../support/random.js';

function method(spec: Partial<MethodSpec> & Pick<MethodSpec, 'code'>, version = 52, setup?: (b: ClassBuilder) => void) {
  const b = new ClassBuilder('p/Bad', version);
  setup?.(b);
  const { method, labels } = b.method({ name: 'f', descriptor: '()V', maxStack: 2, maxLocals: 2, ...spec });
  return { cls: b.build(), method, labels };
}

/** The error analysing `spec` raises (fails the test when there is none). */
function errorOf(spec: Partial<MethodSpec> & Pick<MethodSpec, 'code'>, version = 52, setup?: (b: ClassBuilder) => void): BytecodeVerifyError {
  const { cls, method: m } = method(spec, version, setup);
  try {
    buildMethodAnalysis(cls, m);
  } catch (e) {
    expect(e).toBeInstanceOf(BytecodeVerifyError);
    return e as BytecodeVerifyError;
  }
  throw new Error('expected a VerifyError');
}

describe('BytecodeVerifyError', () => {
  it('is a java/lang/VerifyError naming class, method and pc', () => {
    const e = errorOf({ code: [['iconst_0'], ['iadd'], ['return']] });
    expect(e).toBeInstanceOf(VerifyError);
    expect(e).toBeInstanceOf(LinkageFault);
    expect(e.javaClass).toBe('java/lang/VerifyError');
    expect(e.name).toBe('java.lang.VerifyError');
    expect([e.className, e.methodName, e.methodDescriptor, e.pc]).toEqual(['p/Bad', 'f', '()V', 1]);
    expect(e.message).toBe(
      'Operand stack underflow\nException Details:\n  Location:\n    p/Bad.f()V @1: iadd\n  Reason:\n    Attempt to pop empty stack.',
    );
  });

  it('is cached: analyzeMethod rethrows the same error', () => {
    const { cls, method: m } = method({ code: [['iadd'], ['return']] });
    let first: unknown;
    try {
      analyzeMethod(cls, m);
    } catch (e) {
      first = e;
    }
    expect(first).toBeInstanceOf(BytecodeVerifyError);
    expect(() => analyzeMethod(cls, m)).toThrow(first as Error);
  });

  const cases: Array<[string, Partial<MethodSpec> & Pick<MethodSpec, 'code'>, RegExp, number?]> = [
    ['stack overflow', { maxStack: 1, code: [['iconst_0'], ['iconst_1'], ['pop2'], ['return']] }, /^Operand stack overflow[\s\S]*@1: iconst_1/],
    ['long overflowing max_stack', { maxStack: 1, code: [['lconst_0'], ['pop2'], ['return']] }, /^Operand stack overflow/],
    ['wrong kind on the stack', { code: [['fconst_0'], ['iconst_0'], ['iadd'], ['return']] }, /^Bad type on operand stack[\s\S]*Type float \(current frame, stack\[0\]\) is not assignable to int/],
    ['wrong kind in a local', { code: [['fconst_0'], ['fstore_0'], ['iload_0'], ['return']] }, /^Bad local variable type[\s\S]*@2: iload_0/],
    ['reading a never-written local', { code: [['iload_1'], ['return']] }, /Type unusable \(current frame, locals\[1\]\)/],
    [
      'a merge conflict the code then uses',
      {
        descriptor: '(I)V',
        code: [['iload_0'], ['ifeq', 'f'], ['iconst_0'], ['istore_1'], ['goto', 'join'], 'f:', ['aconst_null'], ['astore_1'], 'join:', ['iload_1'], ['return']],
        stackMap: null,
      },
      /^Bad local variable type[\s\S]*@11: iload_1/,
      45,
    ],
    [
      'inconsistent stack heights at a merge',
      { descriptor: '(I)V', code: [['iload_0'], ['ifeq', 'j'], ['iconst_0'], 'j:', ['return']] },
      /^Inconsistent stack height/,
      45,
    ],
    ['falling off the end', { code: [['nop']] }, /^Falling off the end of the code/],
    ['a branch into the middle of an instruction', { code: [['bytes', 0xa7, 0x00, 0x04], ['sipush', 1], ['return']] }, /^Illegal target of jump or branch/],
    ['an undefined opcode', { code: [['bytes', 0xcb], ['return']] }, /^Bad instruction[\s\S]*undefined opcode 0xcb/],
    ['a truncated instruction', { code: [['bytes', 0x11, 0x00]] }, /^Bad instruction/],
    ['a bad constant-pool index', { code: [['getstatic', 99], ['return']] }, /^Illegal constant pool index/],
    ['wrong return instruction', { code: [['iconst_0'], ['ireturn']] }, /^Bad return type/],
    ['return without a value', { descriptor: '()I', code: [['return']] }, /^Method expects a return value/],
    ['arguments that do not fit max_locals', { descriptor: '(JJ)V', maxLocals: 3, code: [['return']] }, /^Arguments can't fit into locals/],
    ['pop2 splitting a long', { maxStack: 3, code: [['lconst_0'], ['iconst_0'], ['pop2'], ['return']] }, /^Bad type on operand stack[\s\S]*@2: pop2/],
    ['dup of half a long', { maxStack: 3, code: [['lconst_0'], ['dup'], ['return']] }, /^Bad type on operand stack[\s\S]*@1: dup/],
    ['swap with a double', { maxStack: 3, code: [['iconst_0'], ['dconst_0'], ['swap'], ['return']] }, /^Bad type on operand stack/],
    ['astore of an int', { code: [['iconst_0'], ['astore_0'], ['return']] }, /not assignable to reference/],
    ['a local index past max_locals', { maxLocals: 1, code: [['iconst_0'], ['istore_1'], ['return']] }, /^Illegal local variable number/],
    ['a long in the last local slot', { maxLocals: 1, code: [['lconst_0'], ['lstore_0'], ['return']] }, /^Illegal local variable number/],
    ['multianewarray with zero dimensions', { code: [['multianewarray', 1, 0], ['return']] }, /^Illegal dimension in multianewarray/],
    ['newarray of an unknown type', { code: [['iconst_1'], ['newarray', 3], ['return']] }, /^Illegal newarray instruction/],
    ['exception handler with max_stack 0', {
      maxStack: 0,
      code: ['s:', ['nop'], 'e:', ['return'], 'h:', ['return']],
      handlers: [{ start: 's', end: 'e', handler: 'h' }],
    }, /^Operand stack overflow/, 45],
  ];
  for (const [name, spec, pattern, version] of cases) {
    it(`reports ${name}`, () => {
      expect(errorOf(spec, version ?? 52, (b) => b.classRef('[[I')).message).toMatch(pattern);
    });
  }

  it('leaves a merge conflict alone when the code never reads the slot', () => {
    const { cls, method: m } = method(
      {
        descriptor: '(I)V',
        code: [['iload_0'], ['ifeq', 'f'], ['iconst_0'], ['istore_1'], ['goto', 'join'], 'f:', ['aconst_null'], ['astore_1'], 'join:', ['return']],
      },
      45,
    );
    expect(buildMethodAnalysis(cls, m).kindsAt(11).locals).toEqual(Uint8Array.of(1, 0));
  });

  it('checks invoke operands against the constant pool', () => {
    let ref = 0;
    const setup = (b: ClassBuilder) => (ref = b.methodRef('p/I', 'run', '(J)V', true));
    expect(errorOf({ maxStack: 3, code: [['aconst_null'], ['lconst_0'], ['invokeinterface', 1, 2], ['return']] }, 52, setup).message).toMatch(
      /^Inconsistent args count operand in invokeinterface/,
    );
    expect(ref).toBe(1);
    expect(errorOf({ maxStack: 3, code: [['aconst_null'], ['lconst_0'], ['invokevirtual', 1], ['return']] }, 52, setup).message).toMatch(
      /^Illegal type in constant pool/,
    );
    expect(errorOf({ code: [['ldc', 1], ['return']] }, 52, (b) => b.long(1, 0)).message).toMatch(/^Illegal type in constant pool/);
    expect(errorOf({ code: [['ldc2_w', 1], ['return']] }, 52, (b) => b.int(1)).message).toMatch(/^Illegal type in constant pool/);
  });

  describe('with a StackMapTable', () => {
    const branchy = (frameLocal: 'int' | 'float'): Partial<MethodSpec> & Pick<MethodSpec, 'code'> => ({
      descriptor: '(I)V',
      code: [['iload_0'], ['ifeq', 'j'], ['iconst_0'], ['istore_0'], 'j:', ['return']],
      stackMap: [{ at: 'j', locals: [{ kind: frameLocal }], stack: [] }],
    });

    it('accepts frames that agree with the code', () => {
      const { cls, method: m } = method(branchy('int'));
      expect(buildMethodAnalysis(cls, m).usedStackMap).toBe(true);
    });

    it('rejects a frame that contradicts the code', () => {
      expect(errorOf(branchy('float')).message).toMatch(
        /^Inconsistent stackmap frames at branch target 6[\s\S]*@1: ifeq[\s\S]*Type int \(current frame, locals\[0\]\) is not assignable to float \(stack map, locals\[0\]\)/,
      );
    });

    it('falls back to dataflow for a version 50 class file whose frames are wrong, as HotSpot does', () => {
      const { cls, method: m } = method(branchy('float'), 50);
      expect(buildMethodAnalysis(cls, m).usedStackMap).toBe(false);
    });

    it('rejects a branch target without a frame', () => {
      expect(errorOf({ descriptor: '(I)V', code: [['iload_0'], ['ifeq', 'j'], 'j:', ['return']], stackMap: [] }).message).toMatch(
        /^Expecting a stackmap frame at branch target 4/,
      );
    });

    it('rejects a frame that claims a reference where the code has an int (GC safety)', () => {
      expect(
        errorOf({
          descriptor: '(I)V',
          code: [['iload_0'], ['ifeq', 'j'], 'j:', ['return']],
          stackMap: [{ at: 'j', locals: [{ kind: 'object', className: 'java/lang/Object' }], stack: [] }],
        }).message,
      ).toMatch(/Type int \(current frame, locals\[0\]\) is not assignable to reference/);
    });

    it('rejects a handler frame whose stack is not one reference', () => {
      expect(
        errorOf({
          code: ['s:', ['nop'], 'e:', ['return'], 'h:', ['pop'], ['return']],
          handlers: [{ start: 's', end: 'e', handler: 'h' }],
          stackMap: [{ at: 'h', locals: [], stack: [{ kind: 'int' }] }],
        }).message,
      ).toMatch(/^Bad exception handler frame/);
    });
  });
});


/** Analyses `m` in both modes; anything thrown must be a BytecodeVerifyError. Returns true when analysis succeeded. */
export function survivesCorruption(cls: ClassFile, m: MethodInfo): boolean {
  let ok = true;
  for (const ignoreStackMap of [false, true]) {
    try {
      const a = buildMethodAnalysis(cls, m, { ignoreStackMap });
      for (const pc of a.cfg.instructions.starts) if (a.isReachable(pc)) a.referenceMap(pc);
    } catch (e) {
      if (!(e instanceof BytecodeVerifyError)) throw e;
      ok = false;
    }
  }
  return ok;
}

describe('corrupted code', () => {
  it('never fails with anything but a VerifyError', () => {
    const b = new ClassBuilder('p/Fuzz', 49);
    const pool = [b.fieldRef('p/Fuzz', 'x', 'J'), b.methodRef('p/Fuzz', 'y', '(ID)Ljava/lang/Object;'), b.classRef('[[J'), b.double(1), b.string('s')];
    expect(pool).toEqual([1, 2, 3, 4, 6]);
    const { method: seed } = b.method({
      name: 'seed',
      descriptor: '(IJ)J',
      maxStack: 6,
      maxLocals: 8,
      code: [
        'start:', ['iload_0'], ['tableswitch', 0, 'def', ['c0', 'c1']],
        'c0:', ['lload_1'], ['getstatic', 1], ['ladd'], ['lstore_1'], ['goto', 'def'],
        'c1:', ['iload_0'], ['ldc2_w', 4], ['invokestatic', 2], ['astore', 4], ['jsr', 'sub'],
        'def:', ['iconst_2'], ['iconst_3'], ['multianewarray', 3, 2], ['astore_3'], ['lload_1'], ['dup2'], ['ladd'], ['lreturn'],
        'h:', ['astore', 5], ['aload', 5], ['athrow'],
        'sub:', ['astore', 6], ['ldc', 6], ['pop'], ['ret', 6],
      ],
      handlers: [{ start: 'start', end: 'def', handler: 'h' }],
    });
    const cls = b.build();
    expect(survivesCorruption(cls, seed)).toBe(true);
    const next = random(20240601);
    const original = seed.code!.code;
    let rejected = 0;
    for (let round = 0; round < 3000; round++) {
      const bytes = original.slice();
      const flips = 1 + Math.floor(next() * 3);
      for (let i = 0; i < flips; i++) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      const length = next() < 0.1 ? Math.floor(next() * bytes.length) : bytes.length;
      const m: MethodInfo = { ...seed, code: { ...seed.code!, code: bytes.subarray(0, length), maxStack: Math.floor(next() * 8) } };
      if (!survivesCorruption(cls, m)) rejected++;
    }
    expect(rejected).toBeGreaterThan(100);
  });

  it('never fails with anything but a VerifyError on corrupted javac code and stack maps', () => {
    const next = random(7);
    const kinds: VerificationType[] = [{ kind: 'top' }, { kind: 'int' }, { kind: 'long' }, { kind: 'double' }, { kind: 'null' }, { kind: 'object', className: 'X' }];
    const methods = methodsWithCode(compileJava({ 'Kinds.java': allSources()['Kinds.java']! })).filter(({ method }) => method.code!.code.length > 20);
    expect(methods.length).toBeGreaterThan(5);
    let rejected = 0;
    let accepted = 0;
    for (let round = 0; round < 1000; round++) {
      const { cls, method: m } = methods[Math.floor(next() * methods.length)]!;
      const code = m.code!;
      const bytes = code.code.slice();
      const frames = (code.stackMap ?? []).map((f) => ({ ...f, locals: [...f.locals], stack: [...f.stack] }));
      if (next() < 0.5) {
        bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      } else if (frames.length > 0) {
        const frame = frames[Math.floor(next() * frames.length)]!;
        const list = next() < 0.7 || frame.stack.length === 0 ? frame.locals : frame.stack;
        const at = Math.floor(next() * (list.length + 1));
        if (next() < 0.3) frame.pc += 1;
        else list.splice(at, next() < 0.5 ? 1 : 0, kinds[Math.floor(next() * kinds.length)]!);
      }
      const mutated: MethodInfo = { ...m, code: { ...code, code: bytes, stackMap: frames } };
      if (survivesCorruption(cls, mutated)) accepted++;
      else rejected++;
    }
    expect(rejected).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThan(100);
  });
});
