/**
 * @fileoverview What one class file references (the input of `tern check`): the classes its code,
 * hierarchy and member descriptors name, and the fields and methods its instructions, method-handle
 * constants and `invokedynamic` call sites use. Only what the JVM would resolve is collected: class
 * entries that appear only in attributes (InnerClasses, NestMembers...) are not, so the
 * `MethodHandles$Lookup` that every lambda-using class lists there is no false alarm.
 */
import { Op, instructionLength, readU16 } from '../classfile/opcodes.js';
import { CpTag, RefKind, type ClassFile, type CpEntry } from '../classfile/types.js';
import { parseMethodDescriptor } from '../classfile/descriptors.js';

/** A field or method reference as the JVM resolves it. */
export interface MemberRef {
  kind: 'field' | 'method';
  /** Class named by the reference (internal name; arrays keep their descriptor form). */
  owner: string;
  name: string;
  descriptor: string;
  /** An InterfaceMethodref (interface method resolution, JVMS §5.4.3.4). */
  isInterface: boolean;
  /** What the reference stands for when it is not an ordinary instruction operand. */
  note?: string;
}

/** Everything one class references. */
export interface ClassReferences {
  /** Referenced class names (element classes for arrays, never primitives). */
  classes: Set<string>;
  members: MemberRef[];
}

/**
 * Bootstrap methods the VM links itself (src/runtime/indy): their classes need not exist in the
 * class library, and their static arguments are checked as what they stand for.
 */
export const INTERCEPTED_BOOTSTRAPS: ReadonlySet<string> = new Set([
  'java/lang/invoke/StringConcatFactory.makeConcatWithConstants',
  'java/lang/invoke/StringConcatFactory.makeConcat',
  'java/lang/invoke/LambdaMetafactory.metafactory',
  'java/lang/invoke/LambdaMetafactory.altMetafactory',
  'java/lang/runtime/ObjectMethods.bootstrap',
]);

/** The note of a bootstrap method the VM does not link: reported even when its class exists. */
export const UNLINKED_BOOTSTRAP = 'bootstrap method Tern does not link';

/** The class a class-entry name or descriptor element needs, or null for primitives. */
export function elementClass(nameOrDescriptor: string): string | null {
  let s = nameOrDescriptor;
  while (s.startsWith('[')) s = s.slice(1);
  if (s.length === 0) return null;
  if (nameOrDescriptor.startsWith('[')) return s[0] === 'L' ? s.slice(1, -1) : null;
  return s;
}

function addDescriptorClasses(out: Set<string>, descriptor: string): void {
  const types = descriptor.startsWith('(') ? (({ params, ret }) => [...params, ret])(parseMethodDescriptor(descriptor)) : [descriptor];
  for (const t of types) {
    const c = t[0] === 'L' || t[0] === '[' ? elementClass(t[0] === 'L' ? t.slice(1, -1) : t) : null;
    if (c !== null) out.add(c);
  }
}

function addClass(out: Set<string>, name: string): void {
  const c = elementClass(name);
  if (c !== null) out.add(c);
}

/** Collects the references of `cf`. */
export function collectReferences(cf: ClassFile): ClassReferences {
  const classes = new Set<string>();
  const members: MemberRef[] = [];
  const pool = cf.constantPool;
  const entry = (i: number): CpEntry | undefined => pool[i] ?? undefined;

  if (cf.superName !== null) classes.add(cf.superName);
  for (const i of cf.interfaces) classes.add(i);
  for (const f of cf.fields) addDescriptorClasses(classes, f.descriptor);
  for (const m of cf.methods) addDescriptorClasses(classes, m.descriptor);

  const memberOf = (index: number, note?: string): void => {
    const e = entry(index);
    if (!e || (e.tag !== CpTag.Fieldref && e.tag !== CpTag.Methodref && e.tag !== CpTag.InterfaceMethodref)) return;
    const ref: MemberRef = {
      kind: e.tag === CpTag.Fieldref ? 'field' : 'method',
      owner: e.owner, name: e.name, descriptor: e.descriptor,
      isInterface: e.tag === CpTag.InterfaceMethodref,
    };
    if (note !== undefined) ref.note = note;
    members.push(ref);
    addClass(classes, e.owner);
    addDescriptorClasses(classes, e.descriptor);
  };

  const handle = (index: number, note?: string): void => {
    const e = entry(index);
    if (e && e.tag === CpTag.MethodHandle) memberOf(e.ref, note);
  };

  /** A bootstrap call (indy or condy); `indyDescriptor` is the call site's type. */
  const bootstrap = (bsmIndex: number, siteName: string, siteDescriptor: string): void => {
    addDescriptorClasses(classes, siteDescriptor);
    const row = cf.bootstrapMethods[bsmIndex];
    if (!row) return;
    const h = entry(row.methodHandle);
    const target = h && h.tag === CpTag.MethodHandle ? entry(h.ref) : undefined;
    const targetName = target && target.tag === CpTag.Methodref ? `${target.owner}.${target.name}` : '';
    if (!INTERCEPTED_BOOTSTRAPS.has(targetName) || h?.tag !== CpTag.MethodHandle || h.kind !== RefKind.InvokeStatic) {
      memberOf(h && h.tag === CpTag.MethodHandle ? h.ref : -1, UNLINKED_BOOTSTRAP);
      return;
    }
    for (const a of row.args) {
      const e = entry(a);
      if (!e) continue;
      if (e.tag === CpTag.MethodHandle) handle(a);
      else if (e.tag === CpTag.MethodType) addDescriptorClasses(classes, e.descriptor);
      else if (e.tag === CpTag.Class) addClass(classes, e.name);
    }
    if (targetName.startsWith('java/lang/invoke/LambdaMetafactory.')) {
      // The functional interface must declare the method the lambda class implements.
      const sam = entry(row.args[0] ?? 0);
      const iface = parseMethodDescriptor(siteDescriptor).ret;
      if (sam && sam.tag === CpTag.MethodType && iface.startsWith('L')) {
        members.push({ kind: 'method', owner: iface.slice(1, -1), name: siteName, descriptor: sam.descriptor, isInterface: true, note: 'implemented by a lambda' });
      }
    }
  };

  const loadable = (index: number): void => {
    const e = entry(index);
    if (!e) return;
    switch (e.tag) {
      case CpTag.Class:
        addClass(classes, e.name);
        break;
      case CpTag.MethodType:
        classes.add('java/lang/invoke/MethodType');
        addDescriptorClasses(classes, e.descriptor);
        break;
      case CpTag.MethodHandle:
        classes.add('java/lang/invoke/MethodHandle');
        handle(index);
        break;
      case CpTag.Dynamic:
        bootstrap(e.bootstrap, e.name, e.descriptor);
        break;
      default:
    }
  };

  for (const m of cf.methods) {
    const code = m.code;
    if (code === null) continue;
    for (const h of code.exceptionTable) if (h.catchType !== null) classes.add(h.catchType);
    const bytes = code.code;
    for (let pc = 0; pc < bytes.length;) {
      const op = bytes[pc]!;
      const len = instructionLength(bytes, pc);
      if (len <= 0) break;
      switch (op) {
        case Op.ldc:
          loadable(bytes[pc + 1]!);
          break;
        case Op.ldc_w:
        case Op.ldc2_w:
          loadable(readU16(bytes, pc + 1));
          break;
        case Op.getstatic: case Op.putstatic: case Op.getfield: case Op.putfield:
        case Op.invokevirtual: case Op.invokespecial: case Op.invokestatic: case Op.invokeinterface:
          memberOf(readU16(bytes, pc + 1));
          break;
        case Op.invokedynamic: {
          const e = entry(readU16(bytes, pc + 1));
          if (e && e.tag === CpTag.InvokeDynamic) bootstrap(e.bootstrap, e.name, e.descriptor);
          break;
        }
        case Op.new: case Op.checkcast: case Op.instanceof: case Op.anewarray: case Op.multianewarray: {
          const e = entry(readU16(bytes, pc + 1));
          if (e && e.tag === CpTag.Class) addClass(classes, e.name);
          break;
        }
        default:
      }
      pc += len;
    }
  }
  return { classes, members };
}
