/**
 * @fileoverview The interpreter's cold path for instructions that name something in the constant
 * pool: resolution (JVMS §5.4.3), class initialization triggers (JVMS §5.5) and quickening into
 * the forms of prepared.ts. Also interface-method selection, array-store checks and
 * multianewarray.
 */
import { Op, readU16 } from '../classfile/opcodes.js';
import { CpTag, type CpEntry } from '../classfile/types.js';
import { JavaThrow } from '../runtime/errors.js';
import { describeMethod, methodSignatureText } from '../runtime/class-names.js';
import { selectDefault } from '../runtime/linker.js';
import { InitState, RtClass, RtField, RtMethod, ValueKind } from '../runtime/model.js';
import type { Vm } from '../runtime/vm.js';
import { FrameKind } from '../threads/frame.js';
import { JavaThread, ThreadState } from '../threads/java-thread.js';
import { callNative, NativeOutcome } from './invoke-native.js';
import { Prepared, Quick } from './prepared.js';
import { classInitialized } from './tiering.js';
import { enterSynchronized } from './unwind.js';

/** What the interpreter does after a cold-path call. */
export const enum Step {
  /** The instruction was quickened: dispatch it again. */
  Again = 0,
  /** Frames or the current frame's pc/sp changed: reload them. */
  Reload = 1,
  /** The thread is parked: leave the loop. */
  Blocked = 2,
}

/** Outcome of an initialization request. */
const enum Init {
  Ready = 0,
  /** Ready, but another thread could still find the class initializing: do not quicken. */
  ReadyInProgress = 1,
  Pushed = 2,
  Blocked = 3,
}

/** Resolves the instruction at `pc` and quickens it, or executes it when quickening must wait. */
export function quicken(vm: Vm, t: JavaThread, P: Prepared, pc: number): Step {
  const op = P.code[pc]!;
  const owner = P.method.owner;
  const cp = owner.file!.constantPool;
  const index = op === Op.ldc ? P.code[pc + 1]! : readU16(P.code, pc + 1);
  switch (op) {
    case Op.ldc: case Op.ldc_w: case Op.ldc2_w:
      return quickenLdc(vm, P, pc, cp[index]!);
    case Op.invokedynamic: {
      const m = (P.ref[pc] as RtMethod | undefined) ?? vm.linkCallSite(t, owner, index);
      P.ref[pc] = m;
      const st = ensureInitialized(vm, t, m.owner);
      if (st === Init.Pushed) return Step.Reload;
      if (st === Init.Blocked) return Step.Blocked;
      if (st === Init.Ready) { P.ops[pc] = Quick.invoke_direct; return Step.Again; }
      return invokeNow(vm, t, m);
    }
  }
  const r = resolveRef(P, pc, { cls: (name) => vm.registry.load(name), arrayOf: (c) => vm.registry.arrayOf(c) });
  P.arg[pc] = r.arg;
  P.ref[pc] = r.ref;
  if (r.init !== null) {
    const st = ensureInitialized(vm, t, r.init);
    if (st === Init.Pushed) return Step.Reload;
    if (st === Init.Blocked) return Step.Blocked;
    if (st === Init.ReadyInProgress) {
      // The class is being initialized by this thread: run the instruction without quickening it.
      if (op === Op.invokestatic) return invokeNow(vm, t, r.ref as RtMethod);
      if (op !== Op.new) return executeStaticAccess(vm, t, r.op, r.arg);
      const f = t.top;
      t.stack[f.sp++] = vm.allocInstance(r.ref as RtClass);
      f.pc += 3;
      return Step.Reload;
    }
  }
  P.ops[pc] = r.op;
  return Step.Again;
}

/** How resolution finds classes: the interpreter loads them, the JIT resolving ahead only looks them up. */
export interface ClassLookup {
  cls(name: string): RtClass;
  arrayOf(component: RtClass): RtClass;
}

/**
 * Resolves the symbolic reference of the field, method, new, anewarray, checkcast or instanceof
 * instruction at `pc` (JVMS §5.4.3) into its quick form; throws the resolution error. `init` is
 * the class the instruction initializes first (JVMS §5.5), whatever its state.
 */
function resolveRef(P: Prepared, pc: number, look: ClassLookup): Resolution {
  const op = P.code[pc]!;
  const e = P.method.owner.file!.constantPool[readU16(P.code, pc + 1)]!;
  switch (op) {
    case Op.getfield: case Op.putfield: case Op.getstatic: case Op.putstatic: {
      const isStatic = op === Op.getstatic || op === Op.putstatic;
      const field = resolveField(e, isStatic, look);
      return { op: fieldQuick(field.kind, op === Op.getfield || op === Op.getstatic, isStatic), arg: field.offset, ref: undefined, init: isStatic ? field.owner : null };
    }
    case Op.invokestatic: {
      const m = resolveMethod(e, look);
      if (!m.isStatic) throw new JavaThrow('java/lang/IncompatibleClassChangeError', `Expected static method '${describeMethod(m)}'`);
      return { op: Quick.invoke_direct, arg: 0, ref: m, init: m.owner };
    }
    case Op.invokespecial:
      return { op: Quick.invoke_direct, arg: 0, ref: selectSpecial(P.method.owner, resolveMethod(e, look)), init: null };
    case Op.invokevirtual: {
      const m = resolveMethod(e, look);
      if (m.isStatic) throw new JavaThrow('java/lang/IncompatibleClassChangeError', `Expecting non-static method '${describeMethod(m)}'`);
      const direct = m.isPrivate || (m.vtableIndex >= 0 && ((m.flags & 0x0010) !== 0 || (m.owner.flags & 0x0010) !== 0));
      // (invokeinterface_q: a default method reached through a class reference.)
      const q = direct ? Quick.invoke_direct : m.vtableIndex >= 0 ? Quick.invokevirtual_q : Quick.invokeinterface_q;
      return { op: q, arg: q === Quick.invokevirtual_q ? m.vtableIndex : 0, ref: m, init: null };
    }
    case Op.invokeinterface: {
      const m = resolveMethod(e, look);
      return { op: m.isPrivate ? Quick.invoke_direct : Quick.invokeinterface_q, arg: 0, ref: m, init: null };
    }
    case Op.new: {
      const cls = look.cls(className(e));
      if (cls.isInterface || cls.isAbstract) throw new JavaThrow('java/lang/InstantiationError', cls.javaName);
      return { op: Quick.new_q, arg: 0, ref: cls, init: cls };
    }
    case Op.anewarray:
      return { op: Quick.anewarray_q, arg: 0, ref: look.arrayOf(look.cls(className(e))), init: null };
    case Op.checkcast: case Op.instanceof:
      return { op: op === Op.checkcast ? Quick.checkcast_q : Quick.instanceof_q, arg: 0, ref: look.cls(className(e)), init: null };
  }
  throw new JavaThrow('java/lang/InternalError', `cannot quicken opcode ${op}`);
}

/** An instruction in its quick form: the opcode, `arg` and `ref` that quickening writes into `Prepared`. */
export interface Resolution {
  readonly op: number;
  /** For ldc_ref resolved ahead: the constant's index in vm.constRefs, or -1 when it does not exist yet (`ref`: the string or class). */
  readonly arg: number;
  readonly ref: unknown;
  /** The class the instruction initializes first; from {@link resolveAhead}: only while not initialized yet. */
  readonly init: RtClass | null;
}

const NOT_LOADED = new Error('not loaded');

/**
 * What quickening the instruction at `pc` would write, for the JIT when the interpreter has not
 * run it yet (JVMS §5.4 allows resolving early as long as errors surface at the point of use and
 * initialization stays lazy). Pure: it only looks at classes already loaded, never loads a class,
 * links a call site, interns a string, allocates or initializes, and leaves `P` alone. Null when
 * resolution needs a class not loaded yet, would throw, or needs Java code (invokedynamic); the
 * compiled code then traps there and the interpreter resolves (or throws).
 */
export function resolveAhead(vm: Vm, P: Prepared, pc: number): Resolution | null {
  const op = P.code[pc]!;
  const look: ClassLookup = {
    cls: (name) => vm.registry.peek(name) ?? ((): never => { throw NOT_LOADED; })(),
    arrayOf: (c) => c.arrayClass ?? ((): never => { throw NOT_LOADED; })(),
  };
  try {
    let r: Resolution;
    switch (op) {
      case Op.ldc: case Op.ldc_w: {
        const e = P.method.owner.file!.constantPool[op === Op.ldc ? P.code[pc + 1]! : readU16(P.code, pc + 1)];
        if (e?.tag === CpTag.String) return { op: Quick.ldc_ref, arg: vm.internedIndex(e.value), ref: e.value, init: null };
        if (e?.tag !== CpTag.Class) return null;
        const cls = look.cls(e.name);
        return { op: Quick.ldc_ref, arg: vm.mirrorConstIndex(cls), ref: cls, init: null };
      }
      case Op.invokedynamic: {
        // Linked by the interpreter but not quickened: the spun class was still being initialized.
        const m = P.ref[pc] as RtMethod | undefined;
        if (m === undefined) return null;
        r = { op: Quick.invoke_direct, arg: 0, ref: m, init: m.owner };
        break;
      }
      case Op.multianewarray:
        return { op, arg: 0, ref: (P.ref[pc] as RtClass | undefined) ?? look.cls(className(P.method.owner.file!.constantPool[readU16(P.code, pc + 1)]!)), init: null };
      default:
        r = resolveRef(P, pc, look);
    }
    if (r.init === null || r.init.state === InitState.Initialized) return r.init === null ? r : { ...r, init: null };
    return r.init.state === InitState.Erroneous ? null : r;
  } catch (e) {
    if (e === NOT_LOADED || e instanceof JavaThrow) return null;
    throw e;
  }
}

/** The quick opcode for a field access of `kind`. */
function fieldQuick(kind: ValueKind, get: boolean, isStatic: boolean): Quick {
  const g = isStatic ? Quick.getstatic_i32 - Quick.getfield_i32 : 0;
  const p = isStatic ? Quick.putstatic_i32 - Quick.putfield_i32 : 0;
  switch (kind) {
    case ValueKind.Float: return get ? Quick.getfield_f32 + g : Quick.putfield_f32 + p;
    case ValueKind.Long: return get ? Quick.getfield_i64 + g : Quick.putfield_i64 + p;
    case ValueKind.Double: return get ? Quick.getfield_f64 + g : Quick.putfield_f64 + p;
    case ValueKind.Byte: return get ? Quick.getfield_i8 + g : Quick.putfield_i8 + p;
    case ValueKind.Boolean: return get ? Quick.getfield_i8 + g : isStatic ? Quick.putstatic_bool : Quick.putfield_bool;
    case ValueKind.Char: return get ? Quick.getfield_u16 + g : Quick.putfield_i16 + p;
    case ValueKind.Short: return get ? Quick.getfield_i16 + g : Quick.putfield_i16 + p;
    default: return get ? Quick.getfield_i32 + g : Quick.putfield_i32 + p;
  }
}

/** Performs a static field access without quickening (the class is still being initialized by this thread). */
function executeStaticAccess(vm: Vm, t: JavaThread, quick: Quick, addr: number): Step {
  const f = t.top, s = t.stack, h = vm.heap;
  switch (quick) {
    case Quick.getstatic_i32: s[f.sp++] = h.i32[addr >> 2]!; break;
    case Quick.getstatic_f32: s[f.sp++] = h.f32[addr >> 2]!; break;
    case Quick.getstatic_i64: s[f.sp] = h.i32[addr >> 2]!; s[f.sp + 1] = h.i32[(addr >> 2) + 1]!; f.sp += 2; break;
    case Quick.getstatic_f64: s[f.sp] = h.f64[addr >> 3]!; s[f.sp + 1] = 0; f.sp += 2; break;
    case Quick.getstatic_i8: s[f.sp++] = h.i8[addr]!; break;
    case Quick.getstatic_u16: s[f.sp++] = h.u16[addr >> 1]!; break;
    case Quick.getstatic_i16: s[f.sp++] = h.i16[addr >> 1]!; break;
    case Quick.putstatic_i32: h.i32[addr >> 2] = s[--f.sp]!; break;
    case Quick.putstatic_f32: h.f32[addr >> 2] = s[--f.sp]!; break;
    case Quick.putstatic_i64: f.sp -= 2; h.i32[addr >> 2] = s[f.sp]!; h.i32[(addr >> 2) + 1] = s[f.sp + 1]!; break;
    case Quick.putstatic_f64: f.sp -= 2; h.f64[addr >> 3] = s[f.sp]!; break;
    case Quick.putstatic_i8: h.i8[addr] = s[--f.sp]!; break;
    case Quick.putstatic_bool: h.i8[addr] = s[--f.sp]! & 1; break;
    case Quick.putstatic_i16: h.i16[addr >> 1] = s[--f.sp]!; break;
  }
  f.pc += 3;
  return Step.Reload;
}

/** Invokes a static method from the cold path (its class is still initializing in this thread). */
function invokeNow(vm: Vm, t: JavaThread, m: RtMethod): Step {
  const f = t.top;
  if (m.code === null) {
    const r = callNative(vm, t, m, f.sp);
    if (r === NativeOutcome.Blocked) return Step.Blocked;
    if (r === NativeOutcome.Done) f.pc += f.method.code!.code[f.pc] === Op.invokedynamic ? 5 : 3;
    return Step.Reload;
  }
  const lp = f.sp - m.argSlots;
  f.sp = lp;
  if (!t.pushFrame(m, lp, FrameKind.Normal)) { f.sp = lp + m.argSlots; throw new JavaThrow('java/lang/StackOverflowError'); }
  if (m.isSynchronized && !enterSynchronized(vm, t, t.top)) return Step.Blocked;
  return Step.Reload;
}

/** Quickens ldc/ldc_w/ldc2_w by the kind of constant. */
function quickenLdc(vm: Vm, P: Prepared, pc: number, e: CpEntry): Step {
  if (e === null) throw new JavaThrow('java/lang/VerifyError', 'bad ldc');
  switch (e.tag) {
    case CpTag.Integer: case CpTag.Float:
      P.ref[pc] = e.value; P.ops[pc] = Quick.ldc_num; return Step.Again;
    case CpTag.Long:
      P.arg[pc] = e.lo; P.ref[pc] = e.hi; P.ops[pc] = Quick.ldc2_long; return Step.Again;
    case CpTag.Double:
      P.ref[pc] = e.value; P.ops[pc] = Quick.ldc2_double; return Step.Again;
    case CpTag.String:
      P.arg[pc] = vm.internIndex(e.value); P.ops[pc] = Quick.ldc_ref; return Step.Again;
    case CpTag.Class:
      P.arg[pc] = vm.constRefIndexOfMirror(vm.registry.load(e.name)); P.ops[pc] = Quick.ldc_ref; return Step.Again;
  }
  throw new JavaThrow('java/lang/UnsupportedOperationException', `ldc of constant tag ${e.tag} is not supported yet`);
}

/** The class name of a CONSTANT_Class entry. */
function className(e: CpEntry): string {
  if (e === null || e.tag !== CpTag.Class) throw new JavaThrow('java/lang/VerifyError', 'expected a class constant');
  return e.name;
}

/** Field resolution (JVMS §5.4.3.2) plus the static/instance check of getfield/getstatic. */
function resolveField(e: CpEntry, wantStatic: boolean, look: ClassLookup): RtField {
  if (e === null || e.tag !== CpTag.Fieldref) throw new JavaThrow('java/lang/VerifyError', 'expected a field reference');
  const cls = look.cls(e.owner);
  const field = cls.findField(e.name);
  if (!field || field.descriptor !== e.descriptor) throw new JavaThrow('java/lang/NoSuchFieldError', e.name);
  if (field.isStatic !== wantStatic) {
    throw new JavaThrow('java/lang/IncompatibleClassChangeError', `Expected ${wantStatic ? 'static' : 'non-static'} field ${field.owner.javaName}.${field.name}`);
  }
  return field;
}

/** Method resolution (JVMS §5.4.3.3, §5.4.3.4). */
function resolveMethod(e: CpEntry, look: ClassLookup): RtMethod {
  if (e === null || (e.tag !== CpTag.Methodref && e.tag !== CpTag.InterfaceMethodref)) {
    throw new JavaThrow('java/lang/VerifyError', 'expected a method reference');
  }
  const cls = look.cls(e.owner);
  const key = e.name + e.descriptor;
  let m: RtMethod | null = null;
  if (e.tag === CpTag.InterfaceMethodref) {
    if (!cls.isInterface) throw new JavaThrow('java/lang/IncompatibleClassChangeError', `Found class ${cls.javaName}, but interface was expected`);
    m = cls.methods.get(key) ?? look.cls('java/lang/Object').methods.get(key) ?? null;
    if (m && m.owner !== cls && (m.isStatic || !((m.flags & 0x0001) !== 0))) m = null;
    m ??= selectDefault(cls, key);
  } else {
    if (cls.isInterface && !cls.isArray) {
      throw new JavaThrow('java/lang/IncompatibleClassChangeError', `Found interface ${cls.javaName}, but class was expected`);
    }
    m = cls.findMethod(e.name, e.descriptor) ?? selectDefault(cls, key);
  }
  if (!m) throw new JavaThrow('java/lang/NoSuchMethodError', `'${methodSignatureText(cls.javaName, e.name, e.descriptor)}'`);
  return m;
}

/** invokespecial selection (JVMS §6.5): super calls go to the nearest superclass implementation. */
function selectSpecial(current: RtClass, m: RtMethod): RtMethod {
  if (m.name === '<init>' || m.owner.isInterface || m.isPrivate) return m;
  if ((current.flags & 0x0020) === 0 || current === m.owner || !current.isSubclassOf(m.owner)) return m;
  return current.superclass?.findMethod(m.name, m.descriptor) ?? m;
}

/** Selects the implementation of interface method `m` for receiver class `cls` (JVMS §5.4.6), cached per class. */
export function selectInterface(vm: Vm, cls: RtClass, m: RtMethod): RtMethod {
  const key = m.name + m.descriptor;
  let target = cls.itable.get(key);
  if (target === undefined) {
    target = null;
    for (let c: RtClass | null = cls; c !== null; c = c.superclass) {
      const cand = c.methods.get(key);
      if (cand && !cand.isStatic && !cand.isPrivate) { target = cand; break; }
    }
    if (!target || target.isAbstract) target = selectDefault(cls, key) ?? target;
    cls.itable.set(key, target);
  }
  if (target === null) {
    if (!cls.isSubclassOf(m.owner) && m.owner.isInterface) {
      throw new JavaThrow('java/lang/IncompatibleClassChangeError', `Class ${cls.javaName} does not implement the requested interface ${m.owner.javaName}`);
    }
    throw new JavaThrow('java/lang/AbstractMethodError', `Receiver class ${cls.javaName} does not define or inherit an implementation of the resolved method '${describeMethod(m)}'.`);
  }
  if (target.isAbstract) {
    throw new JavaThrow('java/lang/AbstractMethodError', `Receiver class ${cls.javaName} does not define or inherit an implementation of the resolved method 'abstract ${describeMethod(m)}' of ${m.owner.isInterface ? 'interface' : 'abstract class'} ${m.owner.javaName}.`);
  }
  return target;
}

/**
 * Makes `cls` initialized or being initialized by `t` (JVMS §5.5), pushing `<clinit>` frames of
 * the class and its uninitialized supertypes on top of the current frame, which re-executes its
 * instruction once they return.
 */
export function ensureInitialized(vm: Vm, t: JavaThread, cls: RtClass): Init {
  switch (cls.state) {
    case InitState.Initialized: return Init.Ready;
    case InitState.Erroneous:
      throw new JavaThrow('java/lang/NoClassDefFoundError', `Could not initialize class ${cls.javaName}`);
    case InitState.Initializing:
      if (cls.initThread === t) return Init.ReadyInProgress;
      t.state = ThreadState.WaitingForClassInit;
      t.waitingForClass = cls;
      return Init.Blocked;
  }
  const supers = pendingSupertypes(cls);
  const clinit = cls.methods.get('<clinit>()V');
  vm.prepareStatics(cls);
  if (!clinit && supers.length === 0) {
    cls.state = InitState.Initialized;
    classInitialized(vm, cls);
    return Init.Ready;
  }
  const prior = cls.state;
  cls.state = InitState.Initializing;
  cls.initThread = t;
  pushInitFrame(vm, t, cls, clinit ?? vm.emptyInitializer(), prior);
  // Frames run last-pushed first: push in reverse so the superclass initializes first, then the
  // superinterfaces in declaration order, then `cls`.
  for (let i = supers.length - 1; i >= 0; i--) {
    const sup = supers[i]!;
    if (sup.state === InitState.Erroneous) continue; // its own NoClassDefFoundError surfaces when used
    if (ensureInitialized(vm, t, sup) === Init.Blocked) return Init.Blocked;
  }
  return Init.Pushed;
}

/**
 * Superclass and superinterfaces (direct or indirect) that declare default methods and still
 * need initialization, in JVMS §5.5 step 7 order: the superclass, then a depth-first walk of the
 * interfaces in declaration order, each interface's superinterfaces before itself.
 */
function pendingSupertypes(cls: RtClass): RtClass[] {
  const out: RtClass[] = [];
  if (cls.isInterface) return out;
  if (cls.superclass && cls.superclass.state !== InitState.Initialized) out.push(cls.superclass);
  const walk = (ifaces: readonly RtClass[]): void => {
    for (const i of ifaces) {
      if (!hasDefaultsBelow(i)) continue;
      walk(i.interfaces);
      if (declaresDefaults(i) && i.state !== InitState.Initialized && !out.includes(i)) out.push(i);
    }
  };
  walk(cls.interfaces);
  return out;
}

/** Whether interface `i` declares a non-abstract instance method. */
function declaresDefaults(i: RtClass): boolean {
  for (const m of i.methods.values()) if (!m.isAbstract && !m.isStatic && m.name !== '<clinit>') return true;
  return false;
}

/** Whether `i` or one of its superinterfaces declares a default method. */
function hasDefaultsBelow(i: RtClass): boolean {
  return declaresDefaults(i) || i.interfaces.some(hasDefaultsBelow);
}

function pushInitFrame(vm: Vm, t: JavaThread, cls: RtClass, clinit: RtMethod, prior: InitState): void {
  const lp = t.freeSlot();
  if (!t.pushFrame(clinit, lp, FrameKind.ClassInit)) {
    // Under compiled callers (the JIT's adapter) the overflow is decided again once they unwound,
    // and the instruction runs again: it must find the class as it was (docs/deopt.md).
    if (vm.hiddenCompiledFrames > 0) { cls.state = prior; cls.initThread = null; }
    throw new JavaThrow('java/lang/StackOverflowError');
  }
  t.top.initClass = cls;
}

/** aastore's type check (JVMS §6.5 aastore). */
export function arrayStoreCheck(vm: Vm, array: number, value: number): void {
  const arrayClass = vm.registry.byId[vm.heap.i32[array >> 2]!]!;
  const valueClass = vm.registry.byId[vm.heap.i32[value >> 2]!]!;
  if (!valueClass.supertypes.has(arrayClass.array!.component)) throw vm.arrayStoreError(value);
}

/** multianewarray (JVMS §6.5): counts are at stack[base .. base+dims). */
export function multiNewArray(vm: Vm, t: JavaThread, P: Prepared, pc: number, base: number, dims: number): Step {
  let cls = P.ref[pc] as RtClass | undefined;
  if (!cls) {
    const e = P.method.owner.file!.constantPool[readU16(P.code, pc + 1)]!;
    cls = vm.registry.load(className(e));
    P.ref[pc] = cls;
  }
  const counts: number[] = [];
  for (let i = 0; i < dims; i++) {
    const n = t.stack[base + i]!;
    if (n < 0) throw vm.negativeArraySize(n);
    counts.push(n);
  }
  t.stack[base] = vm.newMultiArray(cls, counts);
  return Step.Again;
}
