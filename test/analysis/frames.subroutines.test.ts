/**
 * @fileoverview jsr/ret subroutines (class files before version 50), hand-assembled since javac no
 * longer emits them: the classic verifier treatment (JVMS §4.10.2.4) of locals across `ret`.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMethod, buildMethodAnalysis } from '../../src/analysis/frames.js';
import { BytecodeVerifyError } from '../../src/analysis/verify-error.js';
import { Flow } from '../../src/analysis/instructions.js';
import { ClassBuilder, type MethodSpec } from './helpers/assembler.js';
import { expectShape } from './helpers/kinds.js';

function build(spec: MethodSpec, setup?: (b: ClassBuilder) => void) {
  const b = new ClassBuilder('Old', 49);
  setup?.(b);
  const { method, labels } = b.method(spec);
  const cls = b.build();
  const at = (label: string): number => labels.get(label)!;
  return { cls, method, at, analysis: () => analyzeMethod(cls, method) };
}

describe('jsr/ret subroutines', () => {
  it('types a finally subroutine called from the normal path and from the catch-all handler', () => {
    const hashCode = (b: ClassBuilder) => b.methodRef('java/lang/Object', 'hashCode', '()I');
    let hc = 0;
    const { at, analysis } = build(
      {
        name: 'f',
        descriptor: '(Ljava/lang/Object;I)I',
        maxStack: 1,
        maxLocals: 5,
        code: [
          'start:', ['aload_0'], ['invokevirtual', 1], ['istore_1'],
          'endTry:', ['jsr', 'fin'],
          'afterNormal:', ['iload_1'], ['ireturn'],
          'handler:', ['astore_3'], ['jsr', 'fin'],
          'afterExc:', ['aload_3'], ['athrow'],
          'fin:', ['astore', 4], ['aconst_null'], ['astore_2'],
          'ret:', ['ret', 4],
        ],
        handlers: [{ start: 'start', end: 'endTry', handler: 'handler' }],
      },
      (b) => (hc = hashCode(b)),
    );
    expect(hc).toBe(1);
    const a = analysis();
    expect(a.usedStackMap).toBe(false);
    expectShape(a, at('fin'), 'A I - - - | R');
    expectShape(a, at('ret'), 'A I A - R |');
    // Back at each call site: what the subroutine wrote (2, 4) from the ret, the rest from the site.
    expectShape(a, at('afterNormal'), 'A I A - R |');
    expectShape(a, at('afterExc'), 'A I A A R |');
    expectShape(a, at('handler'), 'A I - - - | A');
    expect(a.referenceMap(at('afterExc'))).toEqual({ locals: Uint16Array.of(0, 2, 3), stack: new Uint16Array(0) });
  });

  it('keeps the kinds each call site had in locals the subroutine never writes', () => {
    const { at, analysis } = build({
      name: 'g',
      descriptor: '(I)V',
      maxStack: 1,
      maxLocals: 4,
      code: [
        ['iload_0'], ['ifeq', 'other'],
        ['iconst_1'], ['istore_1'], ['jsr', 'sub'],
        'backInt:', ['iload_1'], ['pop'], ['return'],
        'other:', ['fconst_1'], ['fstore_1'], ['jsr', 'sub'],
        'backFloat:', ['fload_1'], ['pop'], ['return'],
        'sub:', ['astore_3'], ['iconst_0'], ['istore_2'],
        'subRet:', ['ret', 3],
      ],
    });
    const a = analysis();
    expectShape(a, at('subRet'), 'I - I R |'); // int and float merged inside the subroutine
    expectShape(a, at('backInt'), 'I I I R |');
    expectShape(a, at('backFloat'), 'I F I R |');
  });

  it('handles nested subroutines, the outer one seeing what the inner one wrote', () => {
    const { at, analysis } = build({
      name: 'nested',
      descriptor: '()V',
      maxStack: 2,
      maxLocals: 8,
      code: [
        ['iconst_1'], ['istore_0'], ['jsr', 'outer'],
        'back:', ['iload_0'], ['pop'], ['return'],
        'outer:', ['astore_1'], ['lconst_1'], ['lstore', 6], ['jsr', 'inner'],
        'afterInner:', ['ret', 1],
        'inner:', ['astore_2'], ['fconst_2'], ['fstore', 5], ['ret', 2],
      ],
    });
    const a = analysis();
    expectShape(a, at('inner'), 'I R - - - - J j | R');
    expectShape(a, at('afterInner'), 'I R R - - F J j |');
    expectShape(a, at('back'), 'I R R - - F J j |');
  });

  it('merges a local written on only one path through the subroutine with the call-site kind', () => {
    const code = (use: boolean): MethodSpec['code'] => [
      ['iconst_0'], ['istore_1'], ['jsr', 'sub'],
      'back:', ...(use ? [['iload_1'] as const, ['pop'] as const] : []), ['return'],
      'sub:', ['astore_2'], ['iload_0'], ['ifeq', 'skip'], ['aconst_null'], ['astore_1'],
      'skip:', ['ret', 2],
    ];
    const unused = build({ name: 'h', descriptor: '(I)V', maxStack: 1, maxLocals: 3, code: code(false) });
    expectShape(unused.analysis(), unused.at('back'), 'I - R |');
    const used = build({ name: 'h', descriptor: '(I)V', maxStack: 1, maxLocals: 3, code: code(true) });
    expect(() => used.analysis()).toThrow(BytecodeVerifyError);
    expect(() => used.analysis()).toThrow(/Bad local variable type[\s\S]*Old\.h\(I\)V @\d+: iload_1/);
  });

  it('breaks a long kept from the call site when the subroutine overwrites half of it', () => {
    const { at, analysis } = build({
      name: 'split',
      descriptor: '()V',
      maxStack: 2,
      maxLocals: 4,
      code: [['lconst_0'], ['lstore_1'], ['jsr', 'sub'], 'back:', ['return'], 'sub:', ['astore_0'], ['iconst_0'], ['istore_2'], ['ret', 0]],
    });
    expectShape(analysis(), at('back'), 'R - I - |');
  });

  it('supports jsr_w and wide ret with a return address in a high local', () => {
    const { at, analysis } = build({
      name: 'wideRet',
      descriptor: '()V',
      maxStack: 1,
      maxLocals: 301,
      code: [['jsr_w', 'sub'], 'back:', ['return'], 'sub:', ['wide', 'astore', 300], 'ret:', ['wide', 'ret', 300]],
    });
    const a = analysis();
    expect(a.kindsAt(at('ret')).locals[300]).toBe(6);
    expect(a.kindsAt(at('back')).locals[300]).toBe(6);
    expect(a.cfg.blocks[a.cfg.blockAt(at('ret'))]!.flow).toBe(Flow.Ret);
  });

  it('reports the instruction after a jsr unreachable when the subroutine never returns', () => {
    const { at, analysis } = build({
      name: 'noReturn',
      descriptor: '()V',
      maxStack: 1,
      maxLocals: 1,
      code: [['jsr', 'sub'], 'back:', ['return'], 'sub:', ['astore_0'], ['aconst_null'], ['athrow']],
    });
    const a = analysis();
    expect(a.isReachable(at('back'))).toBe(false);
    expect(a.isReachable(at('sub'))).toBe(true);
    expect(() => a.kindsAt(at('back'))).toThrow(RangeError);
  });

  it('runs a subroutine called inside a loop to a stable fixpoint', () => {
    const { at, analysis } = build({
      name: 'loop',
      descriptor: '(I)I',
      maxStack: 2,
      maxLocals: 3,
      code: [
        'head:', ['iload_0'], ['ifle', 'done'], ['jsr', 'sub'], 'back:', ['iinc', 0, -1], ['goto', 'head'],
        'done:', ['iload_0'], ['ireturn'],
        'sub:', ['astore_2'], ['aconst_null'], ['astore_1'], ['ret', 2],
      ],
    });
    const a = analysis();
    expectShape(a, at('head'), 'I ? ? |');
    expectShape(a, at('back'), 'I A R |');
    expect(a.cfg.isLoopHeader(at('head'))).toBe(true);
    expect(a.cfg.isBackEdgeTarget(at('head'))).toBe(true);
  });

  it('links ret to every return point in the control-flow graph', () => {
    const { at, analysis } = build({
      name: 'edges',
      descriptor: '(I)V',
      maxStack: 1,
      maxLocals: 2,
      code: [
        ['iload_0'], ['ifeq', 'two'], ['jsr', 'sub'], 'r1:', ['return'],
        'two:', ['jsr', 'sub'], 'r2:', ['return'],
        'sub:', ['astore_1'], 'ret:', ['ret', 1],
      ],
    });
    const { cfg } = analysis();
    const block = (label: string) => cfg.blockAt(at(label));
    expect(cfg.blocks[block('ret')]!.successors).toEqual([block('r1'), block('r2')]);
    expect(cfg.blocks[block('two')]!.successors).toEqual([block('sub')]);
    expect(cfg.blocks[block('r2')]!.predecessors).toEqual([block('ret')]);
    expect(cfg.blocks[block('r1')]!.reachable).toBe(true);
  });

  it('rejects ret through a local that holds no return address, and loading a return address', () => {
    const notRa = build({ name: 'bad', descriptor: '()V', maxStack: 1, maxLocals: 1, code: [['iconst_0'], ['istore_0'], ['ret', 0]] });
    expect(() => notRa.analysis()).toThrow(/Bad local variable type[\s\S]*not assignable to returnAddress/);
    const loadRa = build({
      name: 'bad2',
      descriptor: '()V',
      maxStack: 1,
      maxLocals: 1,
      code: [['jsr', 'sub'], ['return'], 'sub:', ['astore_0'], ['aload_0'], ['areturn']],
    });
    expect(() => loadRa.analysis()).toThrow(/Type returnAddress \(current frame, locals\[0\]\) is not assignable to reference/);
  });

  it('ignores a StackMapTable when the code has subroutines', () => {
    const b = new ClassBuilder('Fifty', 50);
    const { method } = b.method({
      name: 'f',
      descriptor: '()V',
      maxStack: 1,
      maxLocals: 1,
      code: [['jsr', 'sub'], ['return'], 'sub:', ['astore_0'], ['ret', 0]],
      stackMap: [],
    });
    expect(buildMethodAnalysis(b.build(), method).usedStackMap).toBe(false);
  });
});
