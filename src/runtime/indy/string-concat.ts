/**
 * @fileoverview Links `java/lang/invoke/StringConcatFactory.makeConcatWithConstants` and
 * `makeConcat` call sites (what `javac` emits for `+` on strings from Java 9) by generating a
 * static method that builds the string with `java/lang/StringBuilder`.
 *
 * Recipe (StringConcatFactory specification): `\u0001` takes the next argument, `\u0002` the next
 * static constant, every other character is itself. Results equal JDK 17's: each argument becomes
 * text with `String.valueOf` semantics, left to right — null prints "null", `char` prints as a
 * character, byte and short as ints, floating point with Float/Double.toString. References use
 * `append(Object)` (String.valueOf(Object)); only arguments statically typed String use
 * `append(String)`, so a `char[]` argument prints as an object, never as its characters.
 */

import { Op } from '../../classfile/opcodes.js';
import { parseMethodDescriptor } from '../../classfile/descriptors.js';
import { javaDoubleToString, javaFloatToString } from '../../classfile/java-number-format.js';
import { Acc } from '../../classfile/types.js';
import { bootstrapError, CallSiteInfo, describeSite, StaticArg } from './call-site.js';
import { ClassWriter } from './class-writer.js';
import type { CodeBuilder } from './code-builder.js';
import { argumentSlots, OBJECT, STRING } from './conversions.js';
import type { SyntheticClass } from './synthetic.js';

/** Name of the generated static method. */
const METHOD_NAME = 'concat';
/** Recipe tag: insert the next argument. */
const TAG_ARG = '\u0001';
/** Recipe tag: insert the next constant. */
const TAG_CONST = '\u0002';
const BUILDER = 'java/lang/StringBuilder';

/** One piece of the result: literal text, or argument `index` with its descriptor. */
type Piece = { text: string } | { arg: number; desc: string };

/** Spins the class for a StringConcatFactory call site; `withConstants` selects makeConcatWithConstants. */
export function spinStringConcat(site: CallSiteInfo, syntheticName: string, withConstants: boolean): SyntheticClass {
  const where = describeSite(site);
  const { params, ret } = parseMethodDescriptor(site.descriptor);
  if (ret !== STRING) throw bootstrapError(`${where}: string concatenation must return java.lang.String, not ${ret}`);
  const pieces = withConstants ? recipePieces(site, params) : params.map((desc, arg) => ({ arg, desc }));

  const cw = new ClassWriter({ name: syntheticName, superName: 'java/lang/Object', flags: Acc.Final | Acc.Super | Acc.Synthetic });
  const code = cw.addMethod(Acc.Public | Acc.Static, METHOD_NAME, site.descriptor);
  code.typeInstruction(Op.new, BUILDER).op(Op.dup).invoke(Op.invokespecial, BUILDER, '<init>', '()V');
  const slots = argumentSlots(params);
  for (const piece of pieces) {
    if ('text' in piece) {
      if (piece.text !== '') appendText(code, piece.text);
    } else {
      code.load(piece.desc, slots[piece.arg]!);
      appendValue(code, piece.desc);
    }
  }
  code.invoke(Op.invokevirtual, BUILDER, 'toString', `()${STRING}`).op(Op.areturn);
  return { name: syntheticName, bytes: cw.toBytes(), methodName: METHOD_NAME, methodDescriptor: site.descriptor };
}

/** Splits the recipe into pieces, folding constants into the literal text around them. */
function recipePieces(site: CallSiteInfo, params: readonly string[]): Piece[] {
  const where = describeSite(site);
  const [recipeArg, ...constants] = site.args;
  if (recipeArg === undefined || recipeArg.kind !== 'string') {
    throw bootstrapError(`${where}: makeConcatWithConstants needs a String recipe as its first static argument`);
  }
  const pieces: Piece[] = [];
  let text = '';
  let nextArg = 0;
  let nextConst = 0;
  for (const ch of recipeArg.value) {
    if (ch === TAG_ARG) {
      const desc = params[nextArg];
      if (desc === undefined) throw bootstrapError(`${where}: recipe uses more arguments than the call site's ${params.length}`);
      pieces.push({ text }, { arg: nextArg++, desc });
      text = '';
    } else if (ch === TAG_CONST) {
      const constant = constants[nextConst++];
      if (constant === undefined) throw bootstrapError(`${where}: recipe uses more constants than the ${constants.length} given`);
      text += constantText(constant, where);
    } else {
      text += ch;
    }
  }
  pieces.push({ text });
  if (nextArg !== params.length) throw bootstrapError(`${where}: mismatched number of concat arguments: recipe uses ${nextArg}, call site has ${params.length}`);
  if (nextConst !== constants.length) throw bootstrapError(`${where}: mismatched number of concat constants: recipe uses ${nextConst}, ${constants.length} given`);
  return pieces;
}

/** The text of a static constant, as String.valueOf would give it at bootstrap time. */
function constantText(c: StaticArg, where: string): string {
  switch (c.kind) {
    case 'string':
      return c.value;
    case 'int':
      return String(c.value);
    case 'long':
      return c.value.toString();
    case 'float':
      return javaFloatToString(c.value);
    case 'double':
      return javaDoubleToString(c.value);
    default:
      throw bootstrapError(`${where}: unsupported string concatenation constant of kind ${c.kind}`);
  }
}

/** Appends a literal to the StringBuilder on the stack: `ldc "text"; append(String)`. */
export function appendText(code: CodeBuilder, text: string): void {
  code.ldcString(text).invoke(Op.invokevirtual, BUILDER, 'append', `(${STRING})L${BUILDER};`);
}

/** Appends the value on the stack (above a StringBuilder) with the overload whose text equals String.valueOf's. */
export function appendValue(code: CodeBuilder, desc: string): void {
  let param: string;
  switch (desc) {
    case 'B':
    case 'S':
    case 'I':
      param = 'I';
      break;
    case 'J':
    case 'F':
    case 'D':
    case 'Z':
    case 'C':
      param = desc;
      break;
    default:
      param = desc === STRING ? STRING : OBJECT;
  }
  code.invoke(Op.invokevirtual, BUILDER, 'append', `(${param})L${BUILDER};`);
}
