// Register code from javac output: invariants at every pc, the fused shapes the loop relies on,
// replay before a throw, retranslation after quickening, and code-space growth.
import { describe, expect, it } from 'vitest';
import { Op } from '../../src/classfile/opcodes.js';
import type { ClassFile, MethodInfo } from '../../src/classfile/types.js';
import { CodeSpace } from '../../src/interp/code-space.js';
import type { Prepared } from '../../src/interp/prepared.js';
import { Quick } from '../../src/interp/quick.js';
import { R, A_SHIFT } from '../../src/interp/register-code.js';
import { profiledBranch, replayPrefix, retranslateNear, startProfiling } from '../../src/interp/translate.js';
import { allSources } from '../analysis/helpers/fixtures.js';
import { compileJava } from '../analysis/helpers/javac.js';
import { methodsWithCode, prepare } from './helpers/methods.js';

const SHAPES = `
public class Shapes {
  int count;
  static int add(int a, int b) { int c = a + b; return c; }
  static int sum(int[] a, int k) { int s = 0; for (int i = 0; i < a.length; i++) { s += a[i] * k; } return s; }
  static long lcg(long x) { return x * 6364136223846793005L + 1442695040888963407L; }
  static double poly(double x) { return x * 0.5 + 2.0; }
  int bump(int d) { count += d; return count; }
  static int countdown(int n) { int t = 0; while (n > 0) { t += n; n--; } return t; }
}`;

/** One decoded register-code entry. */
interface Entry { op: R; len: number; a: number; branch: number; b: number; c: number; d: number }

function entry(P: Prepared, pc: number): Entry {
  const w = P.q[4 * pc]!;
  return { op: w & 0xff, len: (w >> 8) & 63, a: w >>> A_SHIFT, branch: w >> A_SHIFT, b: P.q[4 * pc + 1]!, c: P.q[4 * pc + 2]!, d: P.q[4 * pc + 3]! };
}

const BRANCHES = new Set<R>([
  R.IF_EQ, R.IF_NE, R.IF_LT, R.IF_GE, R.IF_GT, R.IF_LE, R.IF_EQ_K, R.IF_NE_K, R.IF_LT_K, R.IF_GE_K,
  R.IF_GT_K, R.IF_LE_K, R.GOTO, R.IINC_GOTO, R.IF_LT_ALEN, R.IF_GE_ALEN,
]);

describe('register code', () => {
  const classes = compileJava({ ...allSources(), 'Shapes.java': SHAPES });
  const shapes = classes.get('Shapes')!;
  const method = (name: string): [ClassFile, MethodInfo] => [shapes, shapes.methods.find((m) => m.name === name)!];
  const pcOf = (m: MethodInfo, op: Op, nth = 0): number => {
    const code = m.code!.code;
    let seen = 0;
    for (let pc = 0; pc < code.length; pc++) if (code[pc] === op && seen++ === nth) return pc;
    throw new Error(`no ${op}`);
  };

  it('gives every reachable pc an entry that stays inside the code and lands on reachable pcs', () => {
    for (const [cls, m] of methodsWithCode(classes)) {
      const P = prepare(cls, m);
      const n = m.code!.code.length;
      for (let pc = 0; pc < n; pc++) {
        if (P.depth[pc]! < 0) continue;
        const e = entry(P, pc);
        const where = `${cls.name}.${m.name} pc ${pc} op ${e.op}`;
        expect(e.d, where).toBe(P.stackOffset + P.depth[pc]!);
        expect(P.mainPc[pc], where).toBeGreaterThanOrEqual(pc);
        if (e.op === R.COLD || e.op === R.RESOLVE) continue;
        expect(pc + e.len, where).toBeLessThanOrEqual(n);
        expect(P.mainPc[pc], where).toBeLessThan(pc + e.len);
        if (BRANCHES.has(e.op)) expect(P.depth[pc + e.branch], where).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('turns `c = a + b` into one entry reading and writing locals', () => {
    const P = prepare(...method('add'));
    expect(entry(P, 0)).toMatchObject({ op: R.IADD, len: 4, a: 2, b: 0, c: 1 });
    expect(entry(P, 4)).toMatchObject({ op: R.IRETURN, len: 2, b: 2 });
  });

  it('tests a loop over an array in one entry and folds loads into the element access', () => {
    const [cls, m] = method('sum');
    const P = prepare(cls, m);
    const test = pcOf(m, Op.iload_3); // iload_3 (i); aload_0; arraylength; if_icmpge
    expect(entry(P, test)).toMatchObject({ op: R.IF_GE_ALEN, b: 3, c: 0 });
    expect(P.code[test + entry(P, test).branch]).toBe(Op.iload_2); // the return s after the loop
    const load = pcOf(m, Op.iaload) - 2; // aload_0; iload_3; iaload
    expect(entry(P, load)).toMatchObject({ op: R.IALOAD, b: 0, c: 3 });
    const inc = pcOf(m, Op.iinc);
    expect(entry(P, inc)).toMatchObject({ op: R.IINC_GOTO, b: 3, c: 1 });
    expect(inc + entry(P, inc).branch).toBe(test);
  });

  it('reads long and double constants from the constant area', () => {
    const [cls, m] = method('lcg');
    const P = prepare(cls, m);
    const e = entry(P, 0); // lload_0; ldc2_w; lmul
    expect(e.op).toBe(R.LMUL_K);
    const words = [P.q[e.c - P.qBase]!, P.q[e.c - P.qBase + 1]!];
    expect(BigInt.asIntN(64, (BigInt(words[1]!) << 32n) | BigInt(words[0]! >>> 0))).toBe(6364136223846793005n);
    const [dcls, dm] = method('poly');
    const D = prepare(dcls, dm);
    const d = entry(D, 0);
    expect(d.op).toBe(R.DMUL_K);
    expect(new Float64Array(D.q.buffer, D.q.byteOffset + 4 * (d.c - D.qBase), 1)[0]).toBe(0.5);
  });

  it('replays the pushes of a fused run so that a throw sees the JVM stack', () => {
    const [cls, m] = method('sum');
    const P = prepare(cls, m);
    const load = pcOf(m, Op.iaload) - 2;
    const s = new Float64Array(16);
    const lp = 2;
    s[lp + 0] = 1234; // the array
    s[lp + 3] = 7; // i
    const q = P.qBase + 4 * load;
    const main = replayPrefix(P, s, lp, q);
    expect(main).toBe(P.qBase + 4 * pcOf(m, Op.iaload));
    const top = lp + P.stackOffset + P.depth[load]!;
    expect([s[top], s[top + 1]]).toEqual([1234, 7]);
    expect(replayPrefix(P, s, lp, main)).toBe(main);
  });

  it('fuses a field access once linkage has quickened it', () => {
    const [cls, m] = method('bump'); // aload_0 dup getfield iload_1 iadd putfield ...
    const P = prepare(cls, m);
    const get = pcOf(m, Op.getfield);
    expect(entry(P, get).op).toBe(R.RESOLVE);
    P.ops[get] = Quick.getfield_i32;
    P.arg[get] = 12;
    retranslateNear(P, get);
    const dup = get - 1;
    expect(entry(P, dup)).toMatchObject({ op: R.GETFIELD_I32, b: P.stackOffset, c: 12, a: P.stackOffset + 1 });
  });

  it('profiling (a warm method): forward conditional branches become unfused COLD entries, back edges stay', () => {
    for (const name of ['sum', 'countdown']) {
      const [cls, m] = method(name);
      const P = prepare(cls, m);
      const before = Array.from({ length: m.code!.code.length }, (_, pc) => entry(P, pc));
      expect(P.profile).toBeNull();
      startProfiling(P);
      expect(P.profile).toHaveLength(2 * m.code!.code.length);
      let profiled = 0;
      for (let pc = 0; pc < m.code!.code.length; pc++) {
        if (P.depth[pc]! < 0) continue;
        const e = entry(P, pc);
        if (profiledBranch(P, pc)) {
          profiled++;
          expect(e.op, `${name} pc ${pc}`).toBe(R.COLD);
        } else {
          // No run covers a profiled branch (it must run on its own COLD entry to be counted).
          for (let k = pc + 1; k < pc + e.len; k++) expect(profiledBranch(P, k), `${name} pc ${pc} runs over the branch at ${k}`).toBe(false);
        }
        // Backward branches (the loops' back edges) keep their fast entries.
        if (BRANCHES.has(before[pc]!.op) && before[pc]!.branch < 0 && before[pc]!.op !== R.IINC_GOTO) expect(e).toEqual(before[pc]);
      }
      expect(profiled, name).toBeGreaterThan(0);
    }
  });

  it('keeps every translation when the code space grows', () => {
    const space = new CodeSpace(8);
    const all = methodsWithCode(classes).slice(0, 20);
    const before = all.map(([cls, m]) => prepare(cls, m, new CodeSpace()));
    const after = all.map(([cls, m]) => prepare(cls, m, space));
    expect(space.words.length).toBeGreaterThan(4 * 8);
    after.forEach((P, i) => {
      const Q = before[i]!;
      expect(P.q.buffer).toBe(space.words.buffer);
      for (let pc = 0; pc < P.code.length; pc++) {
        expect(P.q[4 * pc]).toBe(Q.q[4 * pc]);
        expect(P.q[4 * pc + 1]).toBe(Q.q[4 * pc + 1]);
      }
    });
  });
});
