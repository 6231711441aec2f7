/**
 * @fileoverview Descriptor and name helpers (JVMS §4.2, §4.3). Which names and descriptors HotSpot
 * accepts is checked against the JDK in format-checks.test.ts; these cases pin the helpers' results.
 */
import { describe, expect, it } from 'vitest';
import {
  argSlots,
  classNameOfDescriptor,
  externalMethodName,
  fieldKind,
  fieldSize,
  isValidClassName,
  isValidClassRefName,
  isValidFieldDescriptor,
  isValidMethodDescriptor,
  isValidMethodName,
  isValidUnqualifiedName,
  javaTypeName,
  parseMethodDescriptor,
  slotCount,
} from '../../src/classfile/descriptors.js';

describe('descriptors', () => {
  it('parses method descriptors into parameter and return descriptors', () => {
    expect(parseMethodDescriptor('(IJ[[Ljava/lang/String;DLjava/util/Map;)V')).toEqual({
      params: ['I', 'J', '[[Ljava/lang/String;', 'D', 'Ljava/util/Map;'],
      ret: 'V',
    });
    expect(parseMethodDescriptor('()[I')).toEqual({ params: [], ret: '[I' });
    expect(() => parseMethodDescriptor('(V)V')).toThrow();
  });

  it('counts argument slots with long and double taking two', () => {
    expect(argSlots('(IJD)V', true)).toBe(5);
    expect(argSlots('(IJD)V', false)).toBe(6);
    expect(argSlots('()V', false)).toBe(1);
    expect(argSlots('([J[D)V', true)).toBe(2);
  });

  it('validates field and method descriptors', () => {
    for (const d of ['I', 'Z', '[I', 'Ljava/lang/Object;', '[[[Lp/Q$R;', '['.repeat(255) + 'I']) expect(isValidFieldDescriptor(d), d).toBe(true);
    for (const d of ['', 'V', 'L;', 'Ljava/lang/Object', 'Ljava//Object;', 'La.b;', '[', 'II', '['.repeat(256) + 'I', 'Q']) {
      expect(isValidFieldDescriptor(d), d).toBe(false);
    }
    for (const d of ['()V', '(I)I', '([Ljava/lang/String;)V', '(JJ)[J']) expect(isValidMethodDescriptor(d), d).toBe(true);
    for (const d of ['', '()', '(V)V', 'V', '(I', '()VV', '(I)Ljava/lang/String']) expect(isValidMethodDescriptor(d), d).toBe(false);
  });

  it('validates names', () => {
    expect(isValidClassName('java/lang/Thread$State')).toBe(true);
    expect(isValidClassName('module-info')).toBe(true);
    for (const n of ['', '/a', 'a/', 'a//b', 'a.b', 'a;b', '[I']) expect(isValidClassName(n), n).toBe(false);
    expect(isValidClassRefName('[Ljava/lang/String;')).toBe(true);
    expect(isValidClassRefName('[Ljava/lang/String')).toBe(false);
    expect(isValidUnqualifiedName('a<b>')).toBe(true);
    expect(isValidMethodName('a<b>')).toBe(false);
    expect(isValidMethodName('<init>')).toBe(true);
    expect(isValidMethodName('<clinit>')).toBe(true);
    expect(isValidMethodName('<other>')).toBe(false);
  });

  it('gives kinds, sizes and slots of field types', () => {
    expect(['Z', 'B', 'C', 'S', 'I', 'F', 'J', 'D', 'Lx;', '[I'].map(fieldKind)).toEqual([
      'boolean', 'byte', 'char', 'short', 'int', 'float', 'long', 'double', 'reference', 'reference',
    ]);
    expect(['Z', 'B', 'C', 'S', 'I', 'F', 'J', 'D', 'Lx;', '[I'].map(fieldSize)).toEqual([1, 1, 2, 2, 4, 4, 8, 8, 4, 4]);
    expect(['I', 'J', 'D', 'V', 'Lx;'].map(slotCount)).toEqual([1, 2, 2, 0, 1]);
  });

  it('spells types the Java way for messages', () => {
    expect(javaTypeName('[[Ljava/lang/String;')).toBe('java.lang.String[][]');
    expect(classNameOfDescriptor('Ljava/lang/String;')).toBe('java/lang/String');
    expect(classNameOfDescriptor('[I')).toBe('[I');
    expect(classNameOfDescriptor('I')).toBeNull();
    expect(externalMethodName('p/Bar', 'sm', '(IJD)I')).toBe('int p.Bar.sm(int, long, double)');
  });
});
