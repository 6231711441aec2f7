/**
 * @fileoverview The value adaptations a lambda's generated code applies between the interface
 * method's types and the implementation method's types, with the rules of the
 * `java.lang.invoke.LambdaMetafactory` specification ("Q can be adapted to S"): primitive widening
 * (JLS §5.1.2), boxing through `valueOf`, unboxing through `xxxValue()` (after a cast to the wrapper,
 * or to `java/lang/Number` when the source is not a wrapper), and reference casts to the more
 * specific instantiated type. Also the descriptor vocabulary (primitive, wrapper, slots) the
 * spinners share.
 */

import { slotCount } from '../../classfile/descriptors.js';
import { Op } from '../../classfile/opcodes.js';
import { bootstrapError } from './call-site.js';
import type { CodeBuilder } from './code-builder.js';

/** `Ljava/lang/Object;`. */
export const OBJECT = 'Ljava/lang/Object;';
/** `Ljava/lang/String;`. */
export const STRING = 'Ljava/lang/String;';

/** Wrapper class of each primitive descriptor (JLS §5.1.7). */
const WRAPPERS: Readonly<Record<string, string>> = {
  Z: 'java/lang/Boolean',
  B: 'java/lang/Byte',
  S: 'java/lang/Short',
  C: 'java/lang/Character',
  I: 'java/lang/Integer',
  J: 'java/lang/Long',
  F: 'java/lang/Float',
  D: 'java/lang/Double',
};

/** The `xxxValue()` unboxing method of each primitive descriptor. */
const VALUE_METHODS: Readonly<Record<string, string>> = {
  Z: 'booleanValue',
  B: 'byteValue',
  S: 'shortValue',
  C: 'charValue',
  I: 'intValue',
  J: 'longValue',
  F: 'floatValue',
  D: 'doubleValue',
};

/** Primitive widening conversions (JLS §5.1.2): target descriptors reachable from each source. */
const WIDENS_TO: Readonly<Record<string, string>> = {
  B: 'SIJFD',
  S: 'IJFD',
  C: 'IJFD',
  I: 'JFD',
  J: 'FD',
  F: 'D',
  D: '',
  Z: '',
};

/** True for the eight primitive field descriptors (not `V`). */
export function isPrimitive(desc: string): boolean {
  return desc.length === 1 && desc !== 'V';
}

/** Internal name of the wrapper class of primitive `desc`. */
export function wrapperOf(desc: string): string {
  const w = WRAPPERS[desc];
  if (w === undefined) throw new Error(`not a primitive descriptor: ${desc}`);
  return w;
}

/** The primitive descriptor a wrapper descriptor (`Ljava/lang/Integer;`) boxes, or null. */
export function primitiveOfWrapper(desc: string): string | null {
  for (const [prim, wrapper] of Object.entries(WRAPPERS)) {
    if (desc === `L${wrapper};`) return prim;
  }
  return null;
}

/** The descriptor of a class named in internal form (`p/C` gives `Lp/C;`, arrays stay as they are). */
export function descriptorOfClass(name: string): string {
  return name[0] === '[' ? name : `L${name};`;
}

/** The class a reference descriptor names, in CONSTANT_Class form. */
function classOfDescriptor(desc: string): string {
  return desc[0] === 'L' ? desc.slice(1, -1) : desc;
}

/** True when a primitive of descriptor `from` converts to `to` by identity or widening. */
export function widens(from: string, to: string): boolean {
  return from === to || (WIDENS_TO[from] ?? '').includes(to);
}

/** Emits `Wrapper.valueOf(p)`: primitive `desc` on the stack becomes its wrapper (JLS §5.1.7). */
export function emitBox(code: CodeBuilder, desc: string): void {
  const w = wrapperOf(desc);
  code.invoke(Op.invokestatic, w, 'valueOf', `(${desc})L${w};`);
}

/**
 * Emits the widening of a primitive of descriptor `from` to `to` (JVMS §2.11.4; byte, short and
 * char are already ints on the stack). The pair must satisfy {@link widens}.
 */
export function emitWiden(code: CodeBuilder, from: string, to: string): void {
  if (!widens(from, to)) throw bootstrapError(`type mismatch: ${from} cannot be widened to ${to}`);
  if (from === to) return;
  const source = from === 'J' || from === 'F' || from === 'D' ? from : 'I';
  const ops: Partial<Record<string, Op>> = {
    IJ: Op.i2l,
    IF: Op.i2f,
    ID: Op.i2d,
    JF: Op.l2f,
    JD: Op.l2d,
    FD: Op.f2d,
  };
  const op = ops[source + to];
  if (op !== undefined) code.op(op);
}

/** Emits a checkcast from `from` to `to` unless it cannot fail (same type, or `to` is Object). */
function emitCast(code: CodeBuilder, from: string, to: string): void {
  if (from === to || to === OBJECT) return;
  code.typeInstruction(Op.checkcast, classOfDescriptor(to));
}

/**
 * Emits the adaptation of the value on the stack, of descriptor `from`, to descriptor `to`, where
 * `functional` is the instantiated (generic) type the interface promises for it. The rules are the
 * LambdaMetafactory ones:
 * - primitive to primitive: widening;
 * - primitive to reference: widen and box when `to` is a wrapper, otherwise box and cast;
 * - reference to anything: first cast to `functional` when it is a reference type (this is what
 *   throws ClassCastException for a bad argument); then to a primitive by unboxing — through the
 *   wrapper's own `xxxValue()` when the static type is a wrapper, else through `java/lang/Number`
 *   (numeric targets) or Character/Boolean — and to a reference by a cast.
 * `V` on either side needs nothing (a discarded result is popped by the caller).
 */
export function emitConversion(code: CodeBuilder, from: string, to: string, functional: string): void {
  if (from === 'V' || to === 'V') return;
  if (isPrimitive(from)) {
    if (isPrimitive(to)) {
      emitWiden(code, from, to);
      return;
    }
    const boxedTarget = primitiveOfWrapper(to);
    if (boxedTarget !== null) {
      emitWiden(code, from, boxedTarget);
      emitBox(code, boxedTarget);
    } else {
      emitBox(code, from);
      emitCast(code, `L${wrapperOf(from)};`, to);
    }
    return;
  }
  let source = from;
  if (!isPrimitive(functional) && functional !== 'V') {
    emitCast(code, from, functional);
    source = functional;
  }
  if (!isPrimitive(to)) {
    emitCast(code, source, to);
    return;
  }
  const sourcePrimitive = primitiveOfWrapper(source);
  if (sourcePrimitive !== null) {
    if (!widens(sourcePrimitive, to)) throw bootstrapError(`type mismatch: ${source} cannot be unboxed to ${to}`);
    const w = wrapperOf(sourcePrimitive);
    if (sourcePrimitive === 'C' || sourcePrimitive === 'Z') {
      code.invoke(Op.invokevirtual, w, VALUE_METHODS[sourcePrimitive]!, `()${sourcePrimitive}`);
      emitWiden(code, sourcePrimitive, to);
    } else {
      // Every numeric wrapper has all six numeric xxxValue() methods (they come from Number).
      code.invoke(Op.invokevirtual, w, VALUE_METHODS[to]!, `()${to}`);
    }
    return;
  }
  const via = to === 'C' || to === 'Z' ? wrapperOf(to) : 'java/lang/Number';
  emitCast(code, source, `L${via};`);
  code.invoke(Op.invokevirtual, via, VALUE_METHODS[to]!, `()${to}`);
}

/** Local-variable slot of each parameter of a static method (long and double take two). */
export function argumentSlots(params: readonly string[]): number[] {
  const slots: number[] = [];
  let next = 0;
  for (const p of params) {
    slots.push(next);
    next += slotCount(p);
  }
  return slots;
}
