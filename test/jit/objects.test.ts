// Allocation (new, anewarray, multianewarray), type checks (checkcast, instanceof), aastore's store
// check, String/Class constants (read through the root table, so they survive moving collections)
// and the math intrinsics in compiled code, against HotSpot; failing checks deoptimize and the
// interpreter throws the JDK's exceptions.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { compiledLines, javaFixture, runJava } from './helpers.js';

vi.setConfig({ testTimeout: 300_000 });

const SOURCE = readFileSync(new URL('./Objects.java.txt', import.meta.url), 'utf8');

const program = javaFixture({ 'Objects.java': SOURCE }, 'Objects', { javaFlags: ['-Xint'] });

const COMPILED = [
  'build(I)LObjects$Node;', 'sumList(LObjects$Node;)J', 'grid(II)[[I', 'cube(I)[[[J', 'countRects([Ljava/lang/Object;)I',
  'countShapes([Ljava/lang/Object;)I', 'countIntArrays([Ljava/lang/Object;)I', 'rectWidth(Ljava/lang/Object;)D', 'squareCheck(Ljava/lang/Object;)I',
  'store([Ljava/lang/Object;ILjava/lang/Object;)V', 'castArea(Ljava/lang/Object;)D', 'literal()Ljava/lang/String;', 'klass()Ljava/lang/Class;', 'sameLiteral(Ljava/lang/String;)Z',
  'churn(I)I', 'math(DD)D', 'Node.nextValue()I', 'Node.linkValue(I)V', 'copy(Ljava/lang/Object;ILjava/lang/Object;II)V', 'intMath(II)I', 'longMath(JJ)J', 'bits(D)J',
];

describe('JIT: objects, type checks, constants, intrinsics', () => {
  it('-Xcomp: compiled, same output as HotSpot, failing checks throw as in the interpreter', async () => {
    const r = await runJava(program.dir, 'Objects', { compileAll: true }, 4 << 20);
    expect(r.err).toBe('');
    expect(r.out).toBe(program.expected);
    for (const m of COMPILED) expect(compiledLines(r.log, m.startsWith('Node.') ? `Objects$${m}` : `Objects.${m}`), m).not.toHaveLength(0);
    expect(r.log.filter((l) => /Objects\.\w+.*not compiled/.test(l) && !/main|\$\$Lambda/.test(l))).toEqual([]);
    expect(r.jit!.stats.implicitExceptions).toBeGreaterThan(0); // failing checks threw in compiled code
    // 20000 arrays of 400 bytes in a 4 MiB heap: allocation in compiled code ran out of room.
    expect(r.jit!.stats.deopts.get('allocation') ?? 0).toBeGreaterThan(0);
  });

  it('-Xcomp -XX:+DeoptimizeALot: same output', async () => {
    const r = await runJava(program.dir, 'Objects', { compileAll: true, deoptimizeALot: true }, 4 << 20);
    expect(r.out).toBe(program.expected);
  });

  it('constants stay right when every interpreter allocation collects (GC stress)', async () => {
    const r = await runJava(program.dir, 'Objects', { compileAll: true }, 4 << 20, [], true);
    expect(r.out).toBe(program.expected);
  });
});
