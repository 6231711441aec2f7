/**
 * @fileoverview The instruction sequences of the LambdaMetafactory adaptations (widening, boxing,
 * unboxing through the wrapper or Number, casts to the instantiated type). Their behaviour on real
 * call sites is validated on HotSpot in lambda.test.ts; this pins the shapes and the rejections.
 */
import { describe, expect, it } from 'vitest';
import { disassembleMethod } from '../../../src/classfile/disassembler.js';
import { parseClassFile } from '../../../src/classfile/parser.js';
import { Acc } from '../../../src/classfile/types.js';
import { JavaThrow } from '../../../src/runtime/errors.js';
import { ClassWriter } from '../../../src/runtime/indy/class-writer.js';
import { argumentSlots, emitConversion, primitiveOfWrapper, widens } from '../../../src/runtime/indy/conversions.js';

/** The instructions (mnemonic and resolved operand) converting a `from` argument to `to` via `functional`. */
function conversion(from: string, to: string, functional: string): string[] {
  const cw = new ClassWriter({ name: 'p/T', superName: 'java/lang/Object', flags: Acc.Super });
  const code = cw.addMethod(Acc.Static, 'f', `(${from})${to}`);
  code.load(from, 0);
  emitConversion(code, from, to, functional);
  code.returnValue(to);
  const cf = parseClassFile(cw.toBytes());
  const lines = disassembleMethod(cf, cf.methods[0]!).split('\n');
  return lines.slice(1, -1).map((line) => {
    const [instruction, comment] = line.split('//');
    const mnemonic = instruction!.trim().split(/\s+/)[1]!;
    return comment === undefined ? mnemonic : `${mnemonic} ${comment.trim()}`;
  });
}

describe('emitConversion', () => {
  it('widens primitives', () => {
    expect(conversion('I', 'J', 'I')).toEqual(['i2l']);
    expect(conversion('C', 'D', 'C')).toEqual(['i2d']);
    expect(conversion('J', 'F', 'J')).toEqual(['l2f']);
    expect(conversion('F', 'D', 'F')).toEqual(['f2d']);
    expect(conversion('B', 'S', 'B')).toEqual([]);
  });

  it('boxes, widening first when the target is another wrapper', () => {
    expect(conversion('I', 'Ljava/lang/Integer;', 'I')).toEqual(['invokestatic Method java/lang/Integer.valueOf:(I)Ljava/lang/Integer;']);
    expect(conversion('I', 'Ljava/lang/Long;', 'I')).toEqual(['i2l', 'invokestatic Method java/lang/Long.valueOf:(J)Ljava/lang/Long;']);
    expect(conversion('C', 'Ljava/lang/Object;', 'C')).toEqual(['invokestatic Method java/lang/Character.valueOf:(C)Ljava/lang/Character;']);
    expect(conversion('Z', 'Ljava/io/Serializable;', 'Z')).toEqual([
      'invokestatic Method java/lang/Boolean.valueOf:(Z)Ljava/lang/Boolean;',
      'checkcast class java/io/Serializable',
    ]);
  });

  it('unboxes through the wrapper, or through Number when the type is not a wrapper', () => {
    expect(conversion('Ljava/lang/Object;', 'I', 'Ljava/lang/Integer;')).toEqual([
      'checkcast class java/lang/Integer',
      'invokevirtual Method java/lang/Integer.intValue:()I',
    ]);
    expect(conversion('Ljava/lang/Object;', 'J', 'Ljava/lang/Integer;')).toEqual([
      'checkcast class java/lang/Integer',
      'invokevirtual Method java/lang/Integer.longValue:()J',
    ]);
    expect(conversion('Ljava/lang/Character;', 'I', 'Ljava/lang/Character;')).toEqual([
      'invokevirtual Method java/lang/Character.charValue:()C',
    ]);
    expect(conversion('Ljava/lang/Object;', 'D', 'Ljava/lang/Object;')).toEqual([
      'checkcast class java/lang/Number',
      'invokevirtual Method java/lang/Number.doubleValue:()D',
    ]);
    expect(conversion('Ljava/lang/Object;', 'Z', 'Ljava/lang/Object;')).toEqual([
      'checkcast class java/lang/Boolean',
      'invokevirtual Method java/lang/Boolean.booleanValue:()Z',
    ]);
  });

  it('casts references to the instantiated type first, then to the implementation type', () => {
    expect(conversion('Ljava/lang/Object;', 'Ljava/lang/Object;', 'Ljava/lang/String;')).toEqual(['checkcast class java/lang/String']);
    expect(conversion('Ljava/lang/Object;', 'Ljava/lang/CharSequence;', 'Ljava/lang/String;')).toEqual([
      'checkcast class java/lang/String',
      'checkcast class java/lang/CharSequence',
    ]);
    expect(conversion('Ljava/lang/Object;', '[I', '[I')).toEqual(['checkcast class "[I"']);
    expect(conversion('Ljava/lang/String;', 'Ljava/lang/String;', 'Ljava/lang/String;')).toEqual([]);
  });

  it('rejects narrowing and impossible unboxing with BootstrapMethodError', () => {
    for (const [from, to, functional] of [
      ['J', 'I', 'J'],
      ['Z', 'I', 'Z'],
      ['Ljava/lang/Long;', 'I', 'Ljava/lang/Long;'],
      ['Ljava/lang/Boolean;', 'I', 'Ljava/lang/Boolean;'],
    ] as const) {
      expect(() => conversion(from, to, functional)).toThrow(JavaThrow);
    }
  });
});

describe('descriptor helpers', () => {
  it('knows widening, wrappers and argument slots', () => {
    expect(widens('S', 'C')).toBe(false);
    expect(widens('C', 'S')).toBe(false);
    expect(widens('B', 'D')).toBe(true);
    expect(primitiveOfWrapper('Ljava/lang/Short;')).toBe('S');
    expect(primitiveOfWrapper('Ljava/lang/Number;')).toBeNull();
    expect(argumentSlots(['I', 'J', 'Ljava/lang/Object;', 'D', 'Z'])).toEqual([0, 1, 3, 4, 6]);
  });
});
