/**
 * @fileoverview Slot kinds at chosen pcs of javac-compiled code (probes `at("label")` in
 * test/analysis/fixtures/Kinds.java), with and without the StackMapTable, with and without -g;
 * reference maps; caching and reachability.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeMethod, buildMethodAnalysis } from '../../src/analysis/frames.js';
import { SlotKind } from '../../src/analysis/slot-kind.js';
import { Op } from '../../src/classfile/opcodes.js';
import { allSources } from './helpers/fixtures.js';
import { compileJava, methodOf, type Compiled } from './helpers/javac.js';
import { matches, shape } from './helpers/kinds.js';
import { probes } from './helpers/probes.js';
import { ClassBuilder } from './helpers/assembler.js';

let debug: Compiled;
let plain: Compiled;

beforeAll(() => {
  debug = compileJava(allSources(), ['-g']);
  plain = compileJava(allSources(), ['-g:none']);
});

/**
 * Expected kinds at each probe (`locals | stack`, see helpers/kinds.ts). Every copy of a probe
 * (javac copies finally blocks) must match; `?` marks slots whose kind depends on the path.
 */
const EXPECTED: ReadonlyArray<readonly [string, ...string[]]> = [
  ['thisInit', 'A I | A I'], // uninitialized this and an int on the stack before this(...)
  ['ctorBody', 'A I I |'],
  ['entry', 'I J j F D d A I I I I - - - - - - - - |'], // boolean, char, byte, short are ints
  ['afterLocals', 'I J j F D d A I I I I J j D d - - - - |'],
  ['pendingLong', 'I J j F D d A I I I I J j D d - - - - | J j'],
  ['pendingDouble', 'I J j F D d A I I I I J j D d J j - - | D d'],
  ['instance', 'A A |'],
  ['uninit', 'I - | A A'], // new StringBuilder; dup: two refs to an uninitialized object
  ['constructed', 'I A |'],
  ['loopBody', 'A I I |'],
  ['doWhile', 'A I I |'],
  ['dense', 'I A - - - |'],
  ['sparse', 'I A A - - |'],
  ['stringCase', 'I A A A I |'],
  ['innerTry', 'A I - - - |'],
  ['innerCatch', 'A I A - - |'],
  ['innerFinally', 'A I - - - |', 'A I A - - |', 'A I - A - |'], // normal, after catch, exceptional copies
  ['outerTry', 'A I J j - |'],
  ['outerCatch', 'A I A - - |'],
  ['outerFinally', 'A I J j - |', 'A I A - - |', 'A I - - A |'],
  ['arrayIndex', 'I A A - | A'],
  ['arrays', 'I A A A |'],
  ['synchronized', 'A I A - |'], // the lock is kept in a local for monitorexit
  ['lambdaBody', 'I |'],
  ['noCapture', '|'],
  ['afterLambdas', 'I A A A |'],
  ['constants', 'I A A A |'],
  ['pattern', 'A A |'],
];

describe('kinds at probes of javac output', () => {
  for (const [label, ...shapes] of EXPECTED) {
    it(`${label}`, () => {
      for (const classes of [debug, plain]) {
        const found = probes(classes, label);
        expect(found.length).toBe(shapes.length);
        found.forEach((probe, i) => {
          for (const ignoreStackMap of [false, true]) {
            const actual = shape(buildMethodAnalysis(probe.cls, probe.method, { ignoreStackMap }).kindsAt(probe.pc));
            if (!matches(actual, shapes[i]!)) expect(`${actual} (ignoreStackMap ${ignoreStackMap})`).toBe(shapes[i]);
          }
        });
      }
    });
  }

  it('handles wide loads, stores and iinc of locals above 255', () => {
    const [probe] = probes(debug, 'wide');
    const a = analyzeMethod(probe!.cls, probe!.method);
    const { locals } = a.kindsAt(probe!.pc);
    expect([...locals.subarray(0, 301)].every((k) => k === SlotKind.Int)).toBe(true);
    expect([...locals.subarray(301, 306)]).toEqual([SlotKind.Long, SlotKind.Long2, SlotKind.Double, SlotKind.Double2, SlotKind.Ref]);
    const code = probe!.method.code!.code;
    const wides = [...a.cfg.instructions.starts].filter((pc) => code[pc] === Op.wide).map((pc) => code[pc + 1]);
    expect(wides).toEqual(expect.arrayContaining([Op.iload, Op.istore, Op.lload, Op.lstore, Op.dstore, Op.astore, Op.iinc]));
    expect(a.cfg.loops.length).toBe(1);
  });
});

describe('reference maps', () => {
  it('lists exactly the reference slots of locals and stack', () => {
    for (const label of ['entry', 'uninit', 'outerFinally', 'synchronized', 'arrayIndex', 'thisInit']) {
      for (const probe of probes(debug, label)) {
        const a = analyzeMethod(probe.cls, probe.method);
        const kinds = a.kindsAt(probe.pc);
        const refs = (slots: Uint8Array) => [...slots.keys()].filter((i) => slots[i] === SlotKind.Ref);
        const map = a.referenceMap(probe.pc);
        expect([...map.locals]).toEqual(refs(kinds.locals));
        expect([...map.stack]).toEqual(refs(kinds.stack));
      }
    }
    const [uninit] = probes(debug, 'uninit');
    expect(analyzeMethod(uninit!.cls, uninit!.method).referenceMap(uninit!.pc)).toEqual({ locals: new Uint16Array(0), stack: Uint16Array.of(0, 1) });
    const [entry] = probes(debug, 'entry');
    expect(analyzeMethod(entry!.cls, entry!.method).referenceMap(entry!.pc)).toEqual({ locals: Uint16Array.of(6), stack: new Uint16Array(0) });
  });

  it('gives every reachable pc of every method a map consistent with its kinds', () => {
    let checked = 0;
    for (const cls of debug.values()) {
      for (const method of cls.methods) {
        if (method.code === null) continue;
        const a = analyzeMethod(cls, method);
        for (const pc of a.cfg.instructions.starts) {
          if (!a.isReachable(pc)) continue;
          const kinds = a.kindsAt(pc);
          const map = a.referenceMap(pc);
          expect(map.locals.every((i) => kinds.locals[i] === SlotKind.Ref)).toBe(true);
          expect(map.stack.every((i) => kinds.stack[i] === SlotKind.Ref)).toBe(true);
          expect(map.locals.length + map.stack.length).toBe(
            kinds.locals.filter((k) => k === SlotKind.Ref).length + kinds.stack.filter((k) => k === SlotKind.Ref).length,
          );
          expect(kinds.stack.length).toBe(a.stackDepthAt(pc));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('MethodAnalysis', () => {
  it('is cached per MethodInfo and answers repeated queries with the same objects', () => {
    const { cls, method } = methodOf(debug, 'Kinds', 'tryCatch');
    const a = analyzeMethod(cls, method);
    expect(analyzeMethod(cls, method)).toBe(a);
    expect(a.usedStackMap).toBe(true);
    const pc = probes(debug, 'outerCatch')[0]!.pc;
    expect(a.kindsAt(pc)).toBe(a.kindsAt(pc));
    expect(a.referenceMap(pc)).toBe(a.referenceMap(pc));
    expect(buildMethodAnalysis(cls, method)).not.toBe(a);
  });

  it('uses the same kinds with and without debug information', () => {
    for (const [name, cls] of debug) {
      const other = plain.get(name)!;
      cls.methods.forEach((method, i) => {
        if (method.code === null) return;
        const a = analyzeMethod(cls, method);
        const b = analyzeMethod(other, other.methods[i]!);
        for (const pc of a.cfg.instructions.starts) {
          expect(b.isReachable(pc)).toBe(a.isReachable(pc));
          if (a.isReachable(pc)) expect(shape(b.kindsAt(pc))).toBe(shape(a.kindsAt(pc)));
        }
      });
    }
  });

  it('reports stack depth and rejects pcs that are not reachable instruction starts', () => {
    const [probe] = probes(debug, 'pendingDouble');
    const a = analyzeMethod(probe!.cls, probe!.method);
    expect(a.stackDepthAt(probe!.pc)).toBe(2);
    expect(a.isReachable(probe!.pc + 1)).toBe(false); // inside the ldc
    expect(a.isReachable(-1)).toBe(false);
    expect(a.isReachable(1e6)).toBe(false);
    expect(a.isReachable(0.5)).toBe(false);
    expect(() => a.kindsAt(probe!.pc + 1)).toThrow(RangeError);
    expect(() => a.stackDepthAt(-3)).toThrow(RangeError);
  });

  it('reports hand-made unreachable code as unreachable', () => {
    const b = new ClassBuilder('Dead', 52);
    const { method, labels } = b.method({
      name: 'f',
      descriptor: '()I',
      maxStack: 1,
      maxLocals: 0,
      code: [['iconst_1'], ['ireturn'], 'dead:', ['iconst_2'], ['ireturn']],
      stackMap: [],
    });
    const a = analyzeMethod(b.build(), method);
    expect(a.isReachable(0)).toBe(true);
    expect(a.isReachable(labels.get('dead')!)).toBe(false);
    expect(a.cfg.blocks[1]!.reachable).toBe(false);
    const flow = buildMethodAnalysis(b.build(), method, { ignoreStackMap: true });
    expect(flow.isReachable(labels.get('dead')!)).toBe(false);
  });

  it('refuses methods without code', () => {
    const cls = new ClassBuilder().build();
    expect(() => analyzeMethod(cls, { flags: 0x100, name: 'n', descriptor: '()V', code: null, exceptions: [], signature: null })).toThrow(
      /has no Code attribute/,
    );
  });
});
