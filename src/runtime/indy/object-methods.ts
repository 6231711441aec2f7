/**
 * @fileoverview Links `java/lang/runtime/ObjectMethods.bootstrap` call sites, through which a
 * record's implicit `toString`, `hashCode` and `equals` are implemented (JLS §8.10.3). Static
 * arguments: the record class, the component names joined by `;` (empty for no components), then
 * one getter method handle per component (REF_getField in javac's output). The generated static
 * methods behave as JDK 17's:
 *
 * - `toString(R)`: `Simple[x=1, y=abc]`, where Simple is the record's simple name (from the
 *   InnerClasses attribute for nested and local records) and each component is printed with
 *   String.valueOf semantics (arrays as objects).
 * - `hashCode(R)`: `h = 0; for each component in order: h = h * 31 + hash(c)`, where hash is the
 *   wrapper's static `hashCode` for primitives and `Objects.hashCode` for references.
 * - `equals(R, Object)`: true when the same object; false unless the argument is an instance of R;
 *   then the components compared from the LAST to the first (the JDK nests its guards that way,
 *   which is observable when a component's equals has side effects): `==` for int-like and
 *   boolean, `lcmp` for long, `Float.compare == 0`, `Double.compare == 0`, `Objects.equals`.
 */

import { parseMethodDescriptor } from '../../classfile/descriptors.js';
import { Op } from '../../classfile/opcodes.js';
import { Acc, ClassFile, RefKind } from '../../classfile/types.js';
import { bootstrapError, CallSiteInfo, describeHandle, describeSite, MethodHandleArg } from './call-site.js';
import { ClassWriter } from './class-writer.js';
import type { CodeBuilder } from './code-builder.js';
import { isPrimitive, OBJECT, STRING, wrapperOf } from './conversions.js';
import { appendText, appendValue } from './string-concat.js';
import type { SyntheticClass } from './synthetic.js';

/** One record component: its name and how to read it from an instance. */
interface Component {
  name: string;
  /** Field descriptor of the value. */
  type: string;
  getter: MethodHandleArg;
}

const BUILDER = 'java/lang/StringBuilder';

/** Spins the class for an ObjectMethods.bootstrap call site. */
export function spinObjectMethod(site: CallSiteInfo, syntheticName: string): SyntheticClass {
  const where = describeSite(site);
  const [recordArg, namesArg, ...getterArgs] = site.args;
  if (recordArg?.kind !== 'class' || namesArg?.kind !== 'string') {
    throw bootstrapError(`${where}: ObjectMethods.bootstrap expects (Class, String, MethodHandle...) static arguments`);
  }
  const record = recordArg.name;
  const names = namesArg.value === '' ? [] : namesArg.value.split(';');
  if (names.length !== getterArgs.length) {
    throw bootstrapError(`${where}: ${names.length} component names but ${getterArgs.length} getters`);
  }
  const components = getterArgs.map((g, i): Component => {
    if (g.kind !== 'methodHandle') throw bootstrapError(`${where}: record getter ${i} is not a method handle`);
    return { name: names[i]!, type: getterType(g, where), getter: g };
  });
  const recordDesc = `L${record};`;
  const expected: Readonly<Record<string, string>> = {
    toString: `(${recordDesc})${STRING}`,
    hashCode: `(${recordDesc})I`,
    equals: `(${recordDesc}${OBJECT})Z`,
  };
  if (expected[site.name] === undefined) throw bootstrapError(`${where}: ObjectMethods cannot generate method ${site.name}`);
  if (expected[site.name] !== site.descriptor) {
    throw bootstrapError(`${where}: ${site.name} must have descriptor ${expected[site.name]}, not ${site.descriptor}`);
  }

  const cw = new ClassWriter({ name: syntheticName, superName: 'java/lang/Object', flags: Acc.Final | Acc.Super | Acc.Synthetic });
  const code = cw.addMethod(Acc.Public | Acc.Static, site.name, site.descriptor);
  if (site.name === 'toString') emitToString(code, simpleName(site.caller, record), components);
  else if (site.name === 'hashCode') emitHashCode(code, components);
  else emitEquals(code, record, components);
  return { name: syntheticName, bytes: cw.toBytes(), methodName: site.name, methodDescriptor: site.descriptor };
}

/** The component type a getter yields: a getField's field type or a no-argument accessor's result. */
function getterType(g: MethodHandleArg, where: string): string {
  if (g.refKind === RefKind.GetField) return g.descriptor;
  if (g.refKind === RefKind.InvokeVirtual || g.refKind === RefKind.InvokeInterface) {
    const md = parseMethodDescriptor(g.descriptor);
    if (md.params.length === 0 && md.ret !== 'V') return md.ret;
  }
  throw bootstrapError(`${where}: unsupported record getter ${describeHandle(g)}`);
}

/** Pushes the component's value read from the record in local `slot`. */
function emitGet(code: CodeBuilder, c: Component, slot: number): void {
  code.load(OBJECT, slot);
  const g = c.getter;
  if (g.refKind === RefKind.GetField) code.getField(g.owner, g.name, g.descriptor);
  else code.invoke(g.refKind === RefKind.InvokeInterface ? Op.invokeinterface : Op.invokevirtual, g.owner, g.name, g.descriptor, g.isInterface);
}

/**
 * Class.getSimpleName of the record: the InnerClasses entry for it in the caller (javac records one
 * for every nested or local class it names), else the name after the package.
 */
function simpleName(caller: ClassFile, record: string): string {
  const entry = caller.innerClasses.find((e) => e.innerClass === record);
  if (entry !== undefined) return entry.innerName ?? '';
  return record.slice(record.lastIndexOf('/') + 1);
}

/** `Simple[a=…, b=…]` built with a StringBuilder. */
function emitToString(code: CodeBuilder, simple: string, components: readonly Component[]): void {
  code.typeInstruction(Op.new, BUILDER).op(Op.dup).invoke(Op.invokespecial, BUILDER, '<init>', '()V');
  let text = `${simple}[`;
  components.forEach((c, i) => {
    appendText(code, `${text}${i > 0 ? ', ' : ''}${c.name}=`);
    emitGet(code, c, 0);
    appendValue(code, c.type);
    text = '';
  });
  appendText(code, `${text}]`);
  code.invoke(Op.invokevirtual, BUILDER, 'toString', `()${STRING}`).op(Op.areturn);
}

/** `h = 0; h = h * 31 + hash(component)` for each component in order. */
function emitHashCode(code: CodeBuilder, components: readonly Component[]): void {
  code.iconst(0);
  for (const c of components) {
    code.iconst(31).op(Op.imul);
    emitGet(code, c, 0);
    if (isPrimitive(c.type)) code.invoke(Op.invokestatic, wrapperOf(c.type), 'hashCode', `(${c.type})I`);
    else code.invoke(Op.invokestatic, 'java/util/Objects', 'hashCode', `(${OBJECT})I`);
    code.op(Op.iadd);
  }
  code.op(Op.ireturn);
}

/** Identity, instance check, then every component (last first) equal; locals: 0 this, 1 other, 2 other as R. */
function emitEquals(code: CodeBuilder, record: string, components: readonly Component[]): void {
  const notSame = code.newLabel();
  const isInstance = code.newLabel();
  const differ = code.newLabel();
  code.op(Op.aload_0).op(Op.aload_1).jump(Op.if_acmpne, notSame).op(Op.iconst_1).op(Op.ireturn);
  code.place(notSame).op(Op.aload_1).typeInstruction(Op.instanceof, record).jump(Op.ifne, isInstance);
  code.op(Op.iconst_0).op(Op.ireturn);
  code.place(isInstance).op(Op.aload_1).typeInstruction(Op.checkcast, record).op(Op.astore_2);
  for (const c of [...components].reverse()) {
    emitGet(code, c, 0);
    emitGet(code, c, 2);
    switch (c.type) {
      case 'J':
        code.op(Op.lcmp).jump(Op.ifne, differ);
        break;
      case 'F':
        code.invoke(Op.invokestatic, 'java/lang/Float', 'compare', '(FF)I').jump(Op.ifne, differ);
        break;
      case 'D':
        code.invoke(Op.invokestatic, 'java/lang/Double', 'compare', '(DD)I').jump(Op.ifne, differ);
        break;
      default:
        if (isPrimitive(c.type)) {
          code.jump(Op.if_icmpne, differ);
        } else {
          code.invoke(Op.invokestatic, 'java/util/Objects', 'equals', `(${OBJECT}${OBJECT})Z`).jump(Op.ifeq, differ);
        }
    }
  }
  code.op(Op.iconst_1).op(Op.ireturn);
  if (components.length > 0) code.place(differ).op(Op.iconst_0).op(Op.ireturn);
}
