/**
 * @fileoverview The code builder: short and wide instruction forms, branch and switch encoding,
 * exception tables, computed and supplied max_stack / max_locals, and its consistency checks —
 * each checked on the class file parsed back by Tern's parser.
 */
import { describe, expect, it } from 'vitest';
import { Op } from '../../../src/classfile/opcodes.js';
import { parseClassFile } from '../../../src/classfile/parser.js';
import { Acc } from '../../../src/classfile/types.js';
import { ClassWriteError, ClassWriter, Label } from '../../../src/runtime/indy/class-writer.js';

/** A fresh writer for `p/T` extending Object. */
function writer(): ClassWriter {
  return new ClassWriter({ name: 'p/T', superName: 'java/lang/Object', flags: Acc.Public | Acc.Super });
}

describe('CodeBuilder', () => {
  it('picks short instruction forms and computes max_locals from descriptor and locals', () => {
    const cw = writer();
    const m = cw.addMethod(Acc.Static, 'f', '(IJ)D');
    m.load('I', 0).load('J', 1).load('D', 5).iconst(-1).iconst(100).iconst(1000).iinc(9, 1).op(Op.pop).op(Op.pop).op(Op.pop);
    m.op(Op.pop2).op(Op.pop2).op(Op.pop).dconst(0).returnValue('D');
    const code = parseClassFile(cw.toBytes()).methods[0]!.code!;
    expect([...code.code]).toEqual([
      Op.iload_0,
      Op.lload_1,
      Op.dload, 5,
      Op.iconst_m1,
      Op.bipush, 100,
      Op.sipush, 0x03, 0xe8,
      Op.iinc, 9, 1,
      Op.pop, Op.pop, Op.pop, Op.pop2, Op.pop2, Op.pop,
      Op.dconst_0,
      Op.dreturn,
    ]);
    expect(code.maxLocals).toBe(10);
    expect(code.maxStack).toBe(8);
  });

  it('uses wide forms for far locals and big increments', () => {
    const cw = writer();
    cw.addMethod(Acc.Static, 'f', '()V').dconst(1).store('D', 300).iinc(260, 1000).op(Op.return);
    const code = parseClassFile(cw.toBytes()).methods[0]!.code!;
    expect([...code.code]).toEqual([Op.dconst_1, Op.wide, Op.dstore, 0x01, 0x2c, Op.wide, Op.iinc, 0x01, 0x04, 0x03, 0xe8, Op.return]);
    expect(code.maxLocals).toBe(302);
  });

  it('encodes forward and backward branches, switches and exception handlers', () => {
    const cw = writer();
    const m = cw.addMethod(Acc.Static, 'f', '(I)I');
    const top = m.newLabel();
    const done = m.newLabel();
    const a = m.newLabel();
    const b = m.newLabel();
    const start = m.newLabel();
    const end = m.newLabel();
    const handler = m.newLabel();
    m.place(top).load('I', 0).jump(Op.ifle, done).iinc(0, -1).jump(Op.goto, top);
    m.place(done).load('I', 0).tableSwitch(0, b, [a, b]);
    m.place(a).load('I', 0).lookupSwitch(b, [5, -5], [b, a]);
    m.place(b).place(start).iconst(1).load('I', 0).op(Op.idiv).place(end).op(Op.ireturn);
    m.place(handler).op(Op.pop).iconst(-1).op(Op.ireturn);
    m.tryCatch(start, end, handler, 'java/lang/ArithmeticException');
    const code = parseClassFile(cw.toBytes()).methods[0]!.code!;
    expect(code.exceptionTable).toEqual([{ startPc: start.pc, endPc: end.pc, handlerPc: handler.pc, catchType: 'java/lang/ArithmeticException' }]);
    expect(code.code[4]).toBe(Op.iinc);
    // goto at pc 7 jumps back to pc 0.
    expect([...code.code.subarray(7, 10)]).toEqual([Op.goto, 0xff, 0xf9]);
    // lookupswitch keys are sorted.
    const lookup = code.code.indexOf(Op.lookupswitch);
    const pairs = (lookup + 4) & ~3;
    const view = new DataView(code.code.buffer, code.code.byteOffset);
    expect([view.getInt32(pairs + 8), view.getInt32(pairs + 16)]).toEqual([-5, 5]);
    expect(code.maxStack).toBe(2);
  });

  it('rejects inconsistent code', () => {
    const underflow = writer();
    underflow.addMethod(Acc.Static, 'f', '()V').op(Op.pop).op(Op.return);
    expect(() => underflow.toBytes()).toThrow(/stack underflow at pc 0/);

    const merge = writer();
    const m = merge.addMethod(Acc.Static, 'f', '(I)V');
    const join = m.newLabel();
    m.load('I', 0).jump(Op.ifeq, join).iconst(1).place(join).op(Op.return);
    expect(() => merge.toBytes()).toThrow(/inconsistent stack depth/);

    const unplaced = writer();
    unplaced.addMethod(Acc.Static, 'f', '()V').jump(Op.goto, new Label());
    expect(() => unplaced.toBytes()).toThrow(/never placed/);

    const fallsOff = writer();
    fallsOff.addMethod(Acc.Static, 'f', '()V').iconst(1).op(Op.pop);
    expect(() => fallsOff.toBytes()).toThrow(/falls off the end/);

    expect(() => writer().addMethod(Acc.Static, 'f', '()V').op(Op.bipush)).toThrow(ClassWriteError);
  });

  it('lets the caller supply max_stack and max_locals', () => {
    const cw = writer();
    cw.addMethod(Acc.Static, 'f', '()V', { maxStack: 9, maxLocals: 7 }).op(Op.return);
    const code = parseClassFile(cw.toBytes()).methods[0]!.code!;
    expect([code.maxStack, code.maxLocals]).toEqual([9, 7]);
  });
});
