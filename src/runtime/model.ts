/**
 * @fileoverview The runtime's view of classes, fields and methods after loading and linking:
 * resolved supertypes, field offsets, vtables, static storage and initialization state. The
 * interpreter, natives, GC and (later) the JIT and checkpoint all read these.
 */
import type { ClassFile, CodeAttribute, MethodInfo } from '../classfile/types.js';
import type { Ref } from '../heap/index.js';

/** The kind of a value as stored in a field, array element or slot. */
export const enum ValueKind {
  Int = 0, // int
  Byte = 1, // byte and boolean (1 byte in the heap)
  Char = 2,
  Short = 3,
  Float = 4,
  Ref = 5,
  Long = 6,
  Double = 7,
  Boolean = 8,
  Void = 9,
}

/** Maps a field descriptor's first character to its value kind. */
export function kindOfDescriptor(desc: string): ValueKind {
  switch (desc.charCodeAt(0)) {
    case 73 /* I */: return ValueKind.Int;
    case 74 /* J */: return ValueKind.Long;
    case 70 /* F */: return ValueKind.Float;
    case 68 /* D */: return ValueKind.Double;
    case 66 /* B */: return ValueKind.Byte;
    case 90 /* Z */: return ValueKind.Boolean;
    case 67 /* C */: return ValueKind.Char;
    case 83 /* S */: return ValueKind.Short;
    case 86 /* V */: return ValueKind.Void;
    default: return ValueKind.Ref;
  }
}

/** Bytes a value of `kind` takes in the heap. */
export function heapSizeOf(kind: ValueKind): 1 | 2 | 4 | 8 {
  switch (kind) {
    case ValueKind.Byte: case ValueKind.Boolean: return 1;
    case ValueKind.Char: case ValueKind.Short: return 2;
    case ValueKind.Long: case ValueKind.Double: return 8;
    default: return 4;
  }
}

/** Interpreter slots a value of `kind` takes (JVMS §2.6.1). */
export function slotsOf(kind: ValueKind): 0 | 1 | 2 {
  if (kind === ValueKind.Void) return 0;
  return kind === ValueKind.Long || kind === ValueKind.Double ? 2 : 1;
}

/** Class initialization states (JVMS §5.5). */
export const enum InitState {
  Loaded = 0,
  Linked = 1,
  Initializing = 2,
  Initialized = 3,
  Erroneous = 4,
}

/** A field of a loaded class: where it lives and what it holds. */
export class RtField {
  /** Byte offset in the instance (instance fields) or absolute address (static fields). */
  offset = 0;
  constructor(
    readonly owner: RtClass,
    readonly name: string,
    readonly descriptor: string,
    readonly flags: number,
    readonly kind: ValueKind,
    /** ConstantValue constant-pool index for static finals, or 0. */
    readonly constantValue: number,
  ) {}
  get isStatic(): boolean { return (this.flags & 0x0008) !== 0; }
}

/** A native method implementation; see src/natives/README.md for the calling convention. */
export type NativeImpl = (...args: any[]) => unknown;

/** A method of a loaded class. */
export class RtMethod {
  /** Global method id (index in the VM's method table): stable within one VM run only. */
  id = -1;
  /** Index in the owner's vtable, or -1 (static, private, constructors, interface methods). */
  vtableIndex = -1;
  /** Slots taken by the arguments, including `this`. */
  readonly argSlots: number;
  /** Kind of the return value. */
  readonly returnKind: ValueKind;
  /** Kinds of the declared parameters (not `this`). */
  readonly paramKinds: ValueKind[];
  /** Bound native implementation, resolved on first call. */
  native: NativeImpl | null = null;
  /** Interpreter side tables, built on first execution (see src/interp/prepared.ts). */
  prepared: unknown = null;
  /** Invocation counter for tiering. */
  invocations = 0;
  /** Synthetic class-init helper (a class without `<clinit>`), never shown in stack traces. */
  synthetic = false;

  constructor(
    readonly owner: RtClass,
    readonly info: MethodInfo,
    paramKinds: ValueKind[],
    returnKind: ValueKind,
  ) {
    this.paramKinds = paramKinds;
    this.returnKind = returnKind;
    let slots = this.isStatic ? 0 : 1;
    for (const k of paramKinds) slots += slotsOf(k);
    this.argSlots = slots;
  }

  get name(): string { return this.info.name; }
  get descriptor(): string { return this.info.descriptor; }
  get flags(): number { return this.info.flags; }
  get code(): CodeAttribute | null { return this.info.code; }
  get isStatic(): boolean { return (this.info.flags & 0x0008) !== 0; }
  get isNative(): boolean { return (this.info.flags & 0x0100) !== 0; }
  get isAbstract(): boolean { return (this.info.flags & 0x0400) !== 0; }
  get isSynchronized(): boolean { return (this.info.flags & 0x0020) !== 0; }
  get isPrivate(): boolean { return (this.info.flags & 0x0002) !== 0; }
  /** `Owner.name(desc)` for messages and traces. */
  toString(): string { return `${this.owner.name}.${this.name}${this.descriptor}`; }
}

/** Array element description for array classes. */
export interface ArrayInfo {
  component: RtClass;
  elementKind: ValueKind;
  elementSize: 1 | 2 | 4 | 8;
}

/** Which loader defined a class: the class library (boot) or the application class path. */
export type Loader = 'boot' | 'app';

/** A loaded class, interface, array class or primitive type. */
export class RtClass {
  /** Class id: index in the VM's class table and the value of the object header's first word. */
  id = -1;
  superclass: RtClass | null = null;
  /** Direct superinterfaces. */
  interfaces: RtClass[] = [];
  /** Every supertype (classes and interfaces, including this), for subtype checks. */
  supertypes = new Set<RtClass>();
  /** Declared fields by `name` (field names are unique per class in javac output; descriptor checked on resolution). */
  fields = new Map<string, RtField>();
  /** Declared methods by `name + descriptor`. */
  methods = new Map<string, RtMethod>();
  /** Virtual methods by vtable index (classes only). */
  vtable: RtMethod[] = [];
  /** Interface-method selection cache: `name + descriptor` -> implementation. */
  itable = new Map<string, RtMethod | null>();
  /** Instance size in bytes including the header (8-aligned). */
  instanceSize = 8;
  /** Byte offsets of reference instance fields, for the GC. */
  refOffsets: Int32Array = new Int32Array(0);
  /** Address of the static field block (0 when the class has no static fields). */
  staticBase = 0;
  /** Absolute addresses of reference static fields, for the GC. */
  staticRefAddresses: number[] = [];
  state = InitState.Loaded;
  /** Thread performing initialization while `state` is Initializing. */
  initThread: unknown = null;
  /** The java.lang.Class object, or 0 until first needed. Updated by the GC. */
  mirror: Ref = 0;
  /** For array classes. */
  array: ArrayInfo | null = null;
  /** For primitive classes: the descriptor character. */
  primitive: string | null = null;
  /** The array class whose component is this class, once created. */
  arrayClass: RtClass | null = null;
  /** Spun by the VM (call sites): hidden from stack traces like HotSpot's hidden classes. */
  hidden = false;
  /** Class-file bytes as loaded (kept for the checkpoint image and tools). */
  bytes: Uint8Array | null = null;

  constructor(
    /** Internal name: `java/lang/String`, `[I`, `[Ljava/lang/Object;`, or `int` for primitives. */
    readonly name: string,
    readonly file: ClassFile | null,
    readonly loader: Loader,
    readonly flags: number,
  ) {}

  get isInterface(): boolean { return (this.flags & 0x0200) !== 0; }
  get isArray(): boolean { return this.array !== null; }
  get isAbstract(): boolean { return (this.flags & 0x0400) !== 0; }
  /** The binary name as Java shows it (`java.lang.String`, `[I`). */
  get javaName(): string { return this.name.replace(/\//g, '.'); }

  /** Whether a value of this class may be assigned to `other` (JVMS §6.5 checkcast rules). */
  isSubclassOf(other: RtClass): boolean {
    return this.supertypes.has(other);
  }

  /** Looks up a declared or inherited method by name and descriptor (JVMS §5.4.3.3 class part). */
  findMethod(name: string, desc: string): RtMethod | null {
    for (let c: RtClass | null = this; c !== null; c = c.superclass) {
      const m = c.methods.get(name + desc);
      if (m) return m;
    }
    return null;
  }

  /** Looks up a field declared here, in superinterfaces, or in superclasses (JVMS §5.4.3.2). */
  findField(name: string): RtField | null {
    const own = this.fields.get(name);
    if (own) return own;
    for (const i of this.interfaces) {
      const f = i.findField(name);
      if (f) return f;
    }
    return this.superclass ? this.superclass.findField(name) : null;
  }
}
