// The deopt trace of test/tools/fixtures/ShapeReport.java as Tern's JIT (with interface inlining
// under a class-hierarchy assumption) would write it. Listings, stop points and frame states come
// from the real class files (javac); the sequence of events follows a real `--jit-log` run of the
// program with -XX:CompileThreshold=100 (percent() invalidated for throw deopts until the JIT gives
// up on it). write-trace-fixture.ts saves it as the committed fixture.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Op } from '../../../src/classfile/index.js';
import { classFile, method, nameOf, pcsOf, TraceBuilder } from './trace-fixture.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The trace's text. */
export function shapeReportTrace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tern-trace-fixture-'));
  try {
    execFileSync('javac', ['--release', '17', '-d', dir, join(FIXTURES, 'ShapeReport.java')]);
    const load = (name: string) => classFile(readFileSync(join(dir, `${name}.class`)));
    const main = load('ShapeReport'), square = load('ShapeReport$Square'), circle = load('ShapeReport$Circle');
    const total = method(main, 'total([LShapeReport$Shape;)D');
    const percent = method(main, 'percent(II)I');
    const parse = method(main, 'parse(Ljava/lang/String;)LShapeReport$Shape;');
    const mainM = method(main, 'main([Ljava/lang/String;)V');
    const sqArea = method(square, 'area()D'), sqInit = method(square, '<init>(D)V');
    const ciArea = method(circle, 'area()D'), ciInit = method(circle, '<init>(D)V');
    const call = pcsOf(total, Op.invokeinterface)[0]!; // 14
    const loop = 4; // total's loop header
    const div = pcsOf(percent, Op.idiv)[0]!; // 5
    const cha = 'class-hierarchy: ShapeReport$Shape.area()D has one implementation (ShapeReport$Square)';

    const b = new TraceBuilder({ started: '2026-12-07T03:41:12.508Z', command: 'ShapeReport -XX:CompileThreshold=100' });
    b.bailout(212.4, mainM, `unsupported instruction new at pc ${pcsOf(mainM, Op.new)[0]}`);
    b.bailout(230.9, parse, `unsupported instruction new at pc ${pcsOf(parse, Op.new)[0]}`);
    const sqi = b.compile(sqInit, { t: 236.0, ms: 620.4, trigger: 'invocations' });
    b.deopt(861.2, sqi, 1, 'unresolved');
    b.invalidate(861.3, sqi, 'unresolved at pc 1');
    const sqa = b.compile(sqArea, { t: 902.7, ms: 160.5, wasmSize: 456 });
    const inline = { callee: sqArea, atPc: call };
    const t1 = b.compile(total, {
      t: 1071.5, ms: 141.2, trigger: 'backedges', guards: [{ pc: call, reason: cha }], inline: [inline], assumptions: [cha], wasmSize: 912,
    });
    b.osr(1213.0, t1, loop);
    b.deopt(1213.4, t1, 1, 'unresolved', { inlined: inline });
    b.osr(1214.1, t1, loop);
    const sqi2 = b.compile(sqInit, { t: 1220.0, ms: 32.1, attempt: 2, wasmSize: 522 });
    for (let k = 0; k < 6; k++) b.deopt(1300 + k * 41.5, t1, loop, 'poll');
    b.osr(1551.0, t1, loop);
    // The second loop in main loads Circle: the guard's assumption breaks.
    const cii = b.compile(ciInit, { t: 1602.3, ms: 16.1, wasmSize: 522 });
    b.invalidate(1640.8, t1, 'class-hierarchy: loaded ShapeReport$Circle implementing ShapeReport$Shape.area()D');
    b.deopt(1640.9, t1, call, 'guard', { detail: cha, ms: 0.21 });
    const cia = b.compile(ciArea, { t: 1650.2, ms: 12.4, wasmSize: 477 });
    const t2 = b.compile(total, { t: 1701.9, ms: 38.7, attempt: 2, trigger: 'backedges', wasmSize: 640 });
    b.osr(1745.0, t2, loop);
    for (let k = 0; k < 4; k++) b.deopt(1760 + k * 37.25, t2, loop, 'poll');
    b.deopt(1902.6, t2, call, 'not-compiled');
    // percent(): every ninth call divides by zero; each compile survives 50 throw deopts.
    let t = 1950;
    for (let attempt = 1; attempt <= 8; attempt++) {
      const id = b.compile(percent, { t, ms: attempt === 1 ? 53.1 : 8 + attempt * 2.5, attempt, wasmSize: attempt < 3 ? 411 : 413 });
      for (let k = 0; k < 50; k++) b.deopt(t + 60 + k * 4.5, id, div, 'throw', { ms: 0.03 });
      t += 60 + 50 * 4.5;
      b.invalidate(t, id, `too many deopts (throw at pc ${div})${attempt === 8 ? '; not compiled again' : ''}`);
      t += 20;
    }
    b.bailout(t + 2, 'java/lang/String.getBytes(Ljava/nio/charset/Charset;)[B', 'unsupported instruction new at pc 4');
    b.bailout(t + 3, 'java/lang/StringCoding.kindOf(Ljava/nio/charset/Charset;)I', 'ldc of a reference constant at pc 69');
    b.deopt(t + 40, sqa, 0, 'depth', { thread: 'main' });
    b.deopt(t + 41, cia, 0, 'caller', { thread: 'main' });
    void sqi2;
    void cii;
    return b.text();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
