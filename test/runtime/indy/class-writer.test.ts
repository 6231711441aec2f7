/**
 * @fileoverview The class writer: the constant-pool builder (deduplication, two-slot constants,
 * limits), class structure parsed back by Tern's class-file parser, and a generated class with
 * loops, switches, an exception handler, wide locals and every constant form run on HotSpot next
 * to its Java twin (java/writer/writer/GenReference.java). Instruction-level checks are in
 * code-builder.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Op } from '../../../src/classfile/opcodes.js';
import { parseClassFile } from '../../../src/classfile/parser.js';
import { Acc, CpTag } from '../../../src/classfile/types.js';
import { ClassWriteError, ClassWriter, CodeBuilder, ConstantPoolBuilder } from '../../../src/runtime/indy/class-writer.js';
import { compileUnits, java } from './hotspot-harness.js';

const OBJECT = 'java/lang/Object';
const OUT = 'Ljava/io/PrintStream;';

describe('ConstantPoolBuilder', () => {
  it('deduplicates equal entries and gives long and double two indices', () => {
    const pool = new ConstantPoolBuilder();
    const utf8 = pool.utf8('x');
    expect(pool.utf8('x')).toBe(utf8);
    const cls = pool.classRef('p/C');
    expect(pool.classRef('p/C')).toBe(cls);
    const method = pool.methodRef('p/C', 'm', '()V');
    expect(pool.methodRef('p/C', 'm', '()V')).toBe(method);
    expect(pool.interfaceMethodRef('p/C', 'm', '()V')).not.toBe(method);
    const long = pool.long(5n);
    expect(pool.count).toBe(long + 2);
    expect(pool.long(5n)).toBe(long);
    const double = pool.double(0.5);
    expect(pool.count).toBe(double + 2);
    expect(pool.float(-0)).not.toBe(pool.float(0));
    expect(pool.double(NaN)).toBe(pool.double(NaN));
    expect(pool.string('x')).toBe(pool.string('x'));
    expect(pool.integer(0x1_0000_0001)).toBe(pool.integer(1));
  });

  it('can continue the numbering of an existing pool', () => {
    const pool = new ConstantPoolBuilder(100);
    expect(pool.utf8('a')).toBe(100);
    expect(pool.count).toBe(101);
  });

  it('rejects a pool past 65535 entries', () => {
    const pool = new ConstantPoolBuilder(65533);
    pool.integer(1);
    expect(() => pool.long(1n)).toThrow(ClassWriteError);
  });
});

describe('ClassWriter output parsed by parseClassFile', () => {
  it('round-trips the class structure, members and every constant kind', () => {
    const cw = new ClassWriter({
      name: 'p/Gen',
      superName: 'p/Base',
      interfaces: ['java/lang/Runnable', 'java/io/Serializable'],
      flags: Acc.Public | Acc.Super | Acc.Abstract,
      majorVersion: 52,
    });
    cw.addField(Acc.Static | Acc.Final, 'K', 'J', cw.pool.long(-(2n ** 63n)));
    cw.addField(Acc.Private, 'f', '[Ljava/lang/String;');
    cw.addMethodWithoutCode(Acc.Public | Acc.Abstract, 'run', '()V');
    const m = cw.addMethod(Acc.Public | Acc.Static, 'consts', '()V');
    m.ldcString('héllo\u0000').fconst(3.25).dconst(-1e300).lconst(1n << 40n).iconst(70000).ldcClass('[I');
    m.op(Op.pop).op(Op.pop).op(Op.pop2).op(Op.pop2).op(Op.pop).op(Op.pop).op(Op.return);
    cw.setSourceFile('Gen.java');
    const cf = parseClassFile(cw.toBytes());

    expect(cf.majorVersion).toBe(52);
    expect(cf.name).toBe('p/Gen');
    expect(cf.superName).toBe('p/Base');
    expect(cf.interfaces).toEqual(['java/lang/Runnable', 'java/io/Serializable']);
    expect(cf.sourceFile).toBe('Gen.java');
    expect(cf.fields.map((f) => [f.name, f.descriptor, f.flags])).toEqual([
      ['K', 'J', Acc.Static | Acc.Final],
      ['f', '[Ljava/lang/String;', Acc.Private],
    ]);
    const constant = cf.constantPool[cf.fields[0]!.constantValue];
    expect(constant).toEqual({ tag: CpTag.Long, lo: 0, hi: -0x80000000 });
    const run = cf.methods.find((x) => x.name === 'run')!;
    expect(run.code).toBeNull();
    const consts = cf.methods.find((x) => x.name === 'consts')!;
    expect(consts.code!.maxStack).toBe(8);
    expect(consts.code!.maxLocals).toBe(0);
    const loaded = cf.constantPool.filter((e) => e !== null && e.tag === CpTag.String).map((e) => (e as { value: string }).value);
    expect(loaded).toEqual(['héllo\u0000']);
    expect(cf.constantPool.some((e) => e !== null && e.tag === CpTag.Float && e.value === 3.25)).toBe(true);
    expect(cf.constantPool.some((e) => e !== null && e.tag === CpTag.Double && e.value === -1e300)).toBe(true);
    expect(cf.constantPool.some((e) => e !== null && e.tag === CpTag.Integer && e.value === 70000)).toBe(true);
  });
});

/** Emits `System.out.println(<value on the stack, of descriptor desc>)`, the stream loaded first by `load`. */
function println(m: CodeBuilder, desc: string, load: () => void): void {
  m.getStatic('java/lang/System', 'out', OUT);
  load();
  m.invoke(Op.invokevirtual, 'java/io/PrintStream', 'println', `(${desc})V`);
}

/** The twin of GenReference, assembled instruction by instruction (version 49: no stack maps). */
function generateGen(): Uint8Array {
  const self = 'writer/Gen';
  const cw = new ClassWriter({ name: self, superName: OBJECT, flags: Acc.Public | Acc.Super });
  cw.addField(Acc.Static | Acc.Final, 'ANSWER', 'I', cw.pool.integer(42));
  cw.addField(Acc.Private, 'total', 'J');
  for (let i = 0; i < 300; i++) cw.pool.string(`s${i}`); // pushes later constants past index 255 (ldc_w)

  cw.addMethod(Acc.Public, '<init>', '()V').op(Op.aload_0).invoke(Op.invokespecial, OBJECT, '<init>', '()V').op(Op.return);

  cw.addMethod(0, 'add', '(J)J')
    .op(Op.aload_0).op(Op.dup).getField(self, 'total', 'J').load('J', 1).op(Op.ladd).putField(self, 'total', 'J')
    .op(Op.aload_0).getField(self, 'total', 'J').op(Op.lreturn);

  const sum = cw.addMethod(Acc.Static, 'sum', '(I)I');
  const test = sum.newLabel();
  const body = sum.newLabel();
  sum.iconst(0).store('I', 1).iconst(1).store('I', 2).jump(Op.goto, test);
  sum.place(body).load('I', 1).load('I', 2).op(Op.iadd).store('I', 1).iinc(2, 1);
  sum.place(test).load('I', 2).load('I', 0).jump(Op.if_icmple, body).load('I', 1).op(Op.ireturn);

  const classify = cw.addMethod(Acc.Static, 'classify', '(I)Ljava/lang/String;');
  const cases = ['one', 'two', 'three'].map((text) => ({ text, label: classify.newLabel() }));
  const other = classify.newLabel();
  classify.load('I', 0).tableSwitch(1, other, cases.map((c) => c.label));
  for (const c of cases) classify.place(c.label).ldcString(c.text).op(Op.areturn);
  classify.place(other).ldcString('many').op(Op.areturn);

  const sparse = cw.addMethod(Acc.Static, 'sparse', '(I)Ljava/lang/String;');
  const keys = [100000, -100, 7];
  const texts = ['big', 'neg', 'seven'].map((text) => ({ text, label: sparse.newLabel() }));
  const none = sparse.newLabel();
  sparse.load('I', 0).lookupSwitch(none, keys, texts.map((t) => t.label));
  for (const t of texts) sparse.place(t.label).ldcString(t.text).op(Op.areturn);
  sparse.place(none).ldcString('other').op(Op.areturn);

  const div = cw.addMethod(Acc.Static, 'safeDiv', '(II)I');
  const [start, end, handler] = [div.newLabel(), div.newLabel(), div.newLabel()];
  div.place(start).load('I', 0).load('I', 1).op(Op.idiv).op(Op.ireturn).place(end);
  div.place(handler).store('Ljava/lang/ArithmeticException;', 2).iconst(-1).op(Op.ireturn);
  div.tryCatch(start, end, handler, 'java/lang/ArithmeticException');

  cw.addMethod(Acc.Static, 'mix', '(JDI)J')
    .load('J', 0).lconst(3n).op(Op.lmul).load('D', 2).dconst(2).op(Op.ddiv).op(Op.d2l).op(Op.ladd).load('I', 4).op(Op.i2l).op(Op.ladd)
    .op(Op.lreturn);

  cw.addMethod(Acc.Static, 'wideLocals', '(D)D')
    .load('D', 0).store('D', 300).iconst(0).store('I', 260).iinc(260, 1000).load('D', 300).load('I', 260).op(Op.i2d).op(Op.dadd)
    .op(Op.dreturn);

  const sb = 'java/lang/StringBuilder';
  const append = (m: CodeBuilder, desc: string): CodeBuilder => m.invoke(Op.invokevirtual, sb, 'append', `(${desc})L${sb};`);
  const constants = cw.addMethod(Acc.Static, 'constants', '()Ljava/lang/String;');
  constants.typeInstruction(Op.new, sb).op(Op.dup).invoke(Op.invokespecial, sb, '<init>', '()V');
  append(constants.ldcString('s299'), 'Ljava/lang/String;');
  append(constants.iconst(123456), 'I');
  append(constants.fconst(1.5), 'F');
  append(constants.dconst(2.5), 'D');
  append(constants.lconst(9876543210n), 'J');
  append(constants.iconst(-3), 'I');
  append(constants.iconst('c'.charCodeAt(0)), 'C');
  constants.invoke(Op.invokevirtual, sb, 'toString', '()Ljava/lang/String;').op(Op.areturn);

  const main = cw.addMethod(Acc.Public | Acc.Static, 'main', '([Ljava/lang/String;)V');
  println(main, 'I', () => main.getStatic(self, 'ANSWER', 'I'));
  main.typeInstruction(Op.new, self).op(Op.dup).invoke(Op.invokespecial, self, '<init>', '()V').store('Lwriter/Gen;', 1);
  main.load('Lwriter/Gen;', 1).lconst(5n).invoke(Op.invokevirtual, self, 'add', '(J)J').op(Op.pop2);
  println(main, 'J', () => main.load('Lwriter/Gen;', 1).lconst(7n).invoke(Op.invokevirtual, self, 'add', '(J)J'));
  for (const n of [10, 0]) println(main, 'I', () => main.iconst(n).invoke(Op.invokestatic, self, 'sum', '(I)I'));
  // for (k = 0; k <= 4; k++) println(classify(k)), with the counter in local 2.
  const loop = main.newLabel();
  const loopTest = main.newLabel();
  main.iconst(0).store('I', 2).jump(Op.goto, loopTest);
  main.place(loop);
  println(main, 'Ljava/lang/String;', () => main.load('I', 2).invoke(Op.invokestatic, self, 'classify', '(I)Ljava/lang/String;'));
  main.iinc(2, 1).place(loopTest).load('I', 2).iconst(4).jump(Op.if_icmple, loop);
  for (const k of [-100, 7, 100000, 8]) {
    println(main, 'Ljava/lang/String;', () => main.iconst(k).invoke(Op.invokestatic, self, 'sparse', '(I)Ljava/lang/String;'));
  }
  for (const [a, b] of [[7, 2], [7, 0]] as const) {
    println(main, 'I', () => main.iconst(a).iconst(b).invoke(Op.invokestatic, self, 'safeDiv', '(II)I'));
  }
  println(main, 'J', () => main.lconst(5n).dconst(9).iconst(1).invoke(Op.invokestatic, self, 'mix', '(JDI)J'));
  println(main, 'D', () => main.dconst(0.5).invoke(Op.invokestatic, self, 'wideLocals', '(D)D'));
  println(main, 'Ljava/lang/String;', () => main.invoke(Op.invokestatic, self, 'constants', '()Ljava/lang/String;'));
  main.op(Op.return);
  return cw.toBytes();
}

describe('a generated class on HotSpot', () => {
  it('passes the verifier and prints what its Java twin prints', async () => {
    const bytes = generateGen();
    const cf = parseClassFile(bytes, { expectedName: 'writer/Gen' });
    expect(cf.majorVersion).toBe(49);
    expect(cf.methods.find((m) => m.name === 'wideLocals')!.code!.maxLocals).toBe(302);

    const work = mkdtempSync(join(tmpdir(), 'tern-indy-run-'));
    try {
      const classes = join(work, 'classes');
      mkdirSync(join(classes, 'writer'), { recursive: true });
      await compileUnits(classes, [{ sources: ['writer/writer/GenReference.java'] }]);
      writeFileSync(join(classes, 'writer', 'Gen.class'), bytes);
      const reference = await java(work, ['-cp', classes, 'writer.GenReference']);
      const generated = await java(work, ['-Xverify:all', '-cp', classes, 'writer.Gen']);
      expect(reference.exitCode).toBe(0);
      expect(generated.stderr.toString('utf8').replace(/^.*-Xverify.*deprecated.*\n/m, '')).toBe('');
      expect(generated.exitCode).toBe(0);
      expect(generated.stdout.toString('utf8')).toBe(reference.stdout.toString('utf8'));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
