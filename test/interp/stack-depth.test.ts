// Operand-stack depths from the interpreter's fast walk agree with src/analysis everywhere.
import { describe, expect, it } from 'vitest';
import { analyzeMethod } from '../../src/analysis/frames.js';
import { operandDepths, NO_DEPTH } from '../../src/interp/stack-depth.js';
import { JavaThrow } from '../../src/runtime/errors.js';
import { ClassBuilder } from '../analysis/helpers/assembler.js';
import { allSources } from '../analysis/helpers/fixtures.js';
import { compileJava } from '../analysis/helpers/javac.js';
import { fakeMethod, methodsWithCode } from './helpers/methods.js';

const EXTRA = `
import java.util.function.*;
public class Depths {
  static int[][] grid = new int[3][4];
  int field;
  static long mix(long a, double b, int c) { return a + (long) b * c; }
  int ternaries(int a, boolean z) { return (z ? a : -a) + (a > 3 ? field : grid[1][2]); }
  static String concat(int a, String b) { return b + a + "!"; }
  static int lambdas(int k) { IntUnaryOperator f = x -> x * k; Supplier<String> s = () -> "x"; return f.applyAsInt(3) + s.get().length(); }
  static int switches(int k, String s) {
    int r = switch (k) { case 1 -> 10; case 2, 3 -> 20; case 1000 -> 30; default -> 40; };
    switch (s) { case "a": r++; break; case "b": r--; break; default: r *= 2; }
    return r;
  }
  static synchronized int locked(Object o) { synchronized (o) { return o.hashCode(); } }
  static int tryCatch(int[] a) { try { return a[5]; } catch (RuntimeException e) { return -1; } finally { grid = null; } }
  static Object arrays() { return new long[2][3][4]; }
}`;

describe('operand-stack depths', () => {
  const classes = compileJava({ ...allSources(), 'Depths.java': EXTRA });

  it('match the analysis at every reachable pc of javac code', () => {
    let checked = 0;
    for (const [cls, method] of methodsWithCode(classes)) {
      const depths = operandDepths(fakeMethod(cls, method));
      const analysis = analyzeMethod(cls, method);
      for (let pc = 0; pc < method.code!.code.length; pc++) {
        expect(depths[pc], `${cls.name}.${method.name} pc ${pc}`).toBe(analysis.isReachable(pc) ? analysis.stackDepthAt(pc) : NO_DEPTH);
        if (depths[pc] !== NO_DEPTH) checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('take jsr/ret subroutines from the analysis', () => {
    const b = new ClassBuilder('Sub', 49);
    const { method } = b.method({
      name: 'f', descriptor: '(I)I', maxStack: 2, maxLocals: 3,
      code: [['iload_0'], ['jsr', 'fin'], ['ireturn'], 'fin:', ['astore_2'], ['iinc', 0, 1], ['ret', 2]],
    });
    const cls = b.build();
    const depths = operandDepths(fakeMethod(cls, method));
    // iload_0 @0, jsr @1, ireturn @4 (back from the subroutine), astore_2 @5, iinc @6, ret @9
    expect(Array.from(depths)).toEqual([0, 1, -1, -1, 1, 2, 1, -1, -1, 1, -1]);
  });

  it('reject code whose depths disagree where paths meet, as VerifyError', () => {
    const b = new ClassBuilder('Bad', 49);
    const { method } = b.method({
      name: 'f', descriptor: '(I)V', maxStack: 2, maxLocals: 1,
      code: [['iload_0'], ['ifeq', 'join'], ['iconst_1'], 'join:', ['return']],
    });
    const cls = b.build();
    expect(() => operandDepths(fakeMethod(cls, method))).toThrow(JavaThrow);
    try {
      operandDepths(fakeMethod(cls, method));
    } catch (e) {
      expect((e as JavaThrow).javaClass).toBe('java/lang/VerifyError');
    }
  });
});
