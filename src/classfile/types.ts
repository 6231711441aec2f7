/**
 * @fileoverview The parsed form of a class file (JVMS §4). Pure data: nothing here knows about
 * the heap, the runtime or the interpreter. Everything the later layers need from a class file is
 * reachable from {@link ClassFile}.
 */

/** Constant-pool tags (JVMS §4.4, Table 4.4-B). */
export const enum CpTag {
  Utf8 = 1,
  Integer = 3,
  Float = 4,
  Long = 5,
  Double = 6,
  Class = 7,
  String = 8,
  Fieldref = 9,
  Methodref = 10,
  InterfaceMethodref = 11,
  NameAndType = 12,
  MethodHandle = 15,
  MethodType = 16,
  Dynamic = 17,
  InvokeDynamic = 18,
  Module = 19,
  Package = 20,
}

/** Reference kinds of CONSTANT_MethodHandle (JVMS §5.4.3.5). */
export const enum RefKind {
  GetField = 1,
  GetStatic = 2,
  PutField = 3,
  PutStatic = 4,
  InvokeVirtual = 5,
  InvokeStatic = 6,
  InvokeSpecial = 7,
  NewInvokeSpecial = 8,
  InvokeInterface = 9,
}

/** One constant-pool entry, already cross-checked: every index it holds points at an entry of the right tag. */
export type CpEntry =
  | { tag: CpTag.Utf8; value: string }
  | { tag: CpTag.Integer; value: number }
  | { tag: CpTag.Float; value: number }
  /** 64-bit integer as two's-complement halves. */
  | { tag: CpTag.Long; lo: number; hi: number }
  | { tag: CpTag.Double; value: number }
  /** Internal name, e.g. `java/lang/String` or `[I`. */
  | { tag: CpTag.Class; name: string }
  | { tag: CpTag.String; value: string }
  | { tag: CpTag.Fieldref | CpTag.Methodref | CpTag.InterfaceMethodref; owner: string; name: string; descriptor: string }
  | { tag: CpTag.NameAndType; name: string; descriptor: string }
  /** `ref` is the constant-pool index of the Fieldref/Methodref/InterfaceMethodref it refers to. */
  | { tag: CpTag.MethodHandle; kind: RefKind; ref: number }
  | { tag: CpTag.MethodType; descriptor: string }
  /** Dynamic and InvokeDynamic: index into the BootstrapMethods attribute plus name and type. */
  | { tag: CpTag.Dynamic | CpTag.InvokeDynamic; bootstrap: number; name: string; descriptor: string }
  | { tag: CpTag.Module | CpTag.Package; name: string }
  /** Index 0 and the second slot of Long/Double entries. */
  | null;

/** Access flags (JVMS Tables 4.1-B, 4.5-A, 4.6-A, 4.7.6-A). */
export const enum Acc {
  Public = 0x0001,
  Private = 0x0002,
  Protected = 0x0004,
  Static = 0x0008,
  Final = 0x0010,
  Synchronized = 0x0020, // methods; ACC_SUPER on classes
  Super = 0x0020,
  Volatile = 0x0040, // fields; ACC_BRIDGE on methods
  Bridge = 0x0040,
  Transient = 0x0080, // fields; ACC_VARARGS on methods
  Varargs = 0x0080,
  Native = 0x0100,
  Interface = 0x0200,
  Abstract = 0x0400,
  Strict = 0x0800,
  Synthetic = 0x1000,
  Annotation = 0x2000,
  Enum = 0x4000,
  Module = 0x8000,
}

/** One row of a Code attribute's exception table; `catchType` is null for a catch-all (finally). */
export interface ExceptionHandler {
  startPc: number;
  endPc: number;
  handlerPc: number;
  catchType: string | null;
}

/** Verification type of a StackMapTable frame (JVMS §4.7.4). */
export type VerificationType =
  | { kind: 'top' }
  | { kind: 'int' }
  | { kind: 'float' }
  | { kind: 'long' }
  | { kind: 'double' }
  | { kind: 'null' }
  | { kind: 'uninitializedThis' }
  | { kind: 'object'; className: string }
  | { kind: 'uninitialized'; offset: number };

/**
 * A StackMapTable frame expanded to full form: the types of locals and stack at `pc`.
 * Long/double take one entry here as in the class file (the implicit second slot is not listed).
 */
export interface StackMapFrame {
  pc: number;
  locals: VerificationType[];
  stack: VerificationType[];
}

export interface LineNumber {
  startPc: number;
  line: number;
}

export interface LocalVariable {
  startPc: number;
  length: number;
  name: string;
  descriptor: string;
  index: number;
}

/** The Code attribute (JVMS §4.7.3). */
export interface CodeAttribute {
  maxStack: number;
  maxLocals: number;
  code: Uint8Array;
  exceptionTable: ExceptionHandler[];
  /** Expanded frames in pc order, or null when the method has no StackMapTable (old class files). */
  stackMap: StackMapFrame[] | null;
  lineNumbers: LineNumber[];
  localVariables: LocalVariable[];
  /**
   * The implicit frame at pc 0 derived from the method descriptor (JVMS §4.10.1.6): `this`
   * (uninitializedThis in constructors) and the parameters; the stack is empty. Always set by the
   * parser; it is the base against which the first StackMapTable delta applies.
   */
  initialFrame?: StackMapFrame;
}

export interface BootstrapMethod {
  /** Constant-pool index of a CONSTANT_MethodHandle. */
  methodHandle: number;
  /** Constant-pool indices of the static arguments. */
  args: number[];
}

export interface InnerClassInfo {
  innerClass: string;
  outerClass: string | null;
  innerName: string | null;
  flags: number;
}

export interface RecordComponent {
  name: string;
  descriptor: string;
  signature: string | null;
  /** RuntimeVisibleAnnotations body, unparsed (see {@link RuntimeAnnotations}). */
  annotations?: Uint8Array;
}

/**
 * The run-time-visible annotation attributes of a class or member (JVMS §4.7.16, §4.7.18, §4.7.22),
 * kept as raw bodies: as in HotSpot, they are parsed only when reflection asks (java.lang.reflect
 * reads them with the constant pool), so a malformed one fails there, not at class loading.
 */
export interface RuntimeAnnotations {
  /** RuntimeVisibleAnnotations body. */
  annotations?: Uint8Array;
  /** RuntimeVisibleParameterAnnotations body (methods only). */
  parameterAnnotations?: Uint8Array;
  /** AnnotationDefault body (methods of annotation interfaces). */
  annotationDefault?: Uint8Array;
}

export interface FieldInfo extends RuntimeAnnotations {
  flags: number;
  name: string;
  descriptor: string;
  /** ConstantValue attribute: the constant-pool index, or 0. */
  constantValue: number;
  signature: string | null;
}

export interface MethodInfo extends RuntimeAnnotations {
  flags: number;
  name: string;
  descriptor: string;
  /** Null for native and abstract methods. */
  code: CodeAttribute | null;
  exceptions: string[];
  signature: string | null;
}

/** A parsed and format-checked class file. */
export interface ClassFile {
  minorVersion: number;
  majorVersion: number;
  constantPool: CpEntry[];
  flags: number;
  /** Internal name (`pkg/Name`). */
  name: string;
  /** Null only for java/lang/Object. */
  superName: string | null;
  interfaces: string[];
  fields: FieldInfo[];
  methods: MethodInfo[];
  sourceFile: string | null;
  signature: string | null;
  bootstrapMethods: BootstrapMethod[];
  innerClasses: InnerClassInfo[];
  enclosingMethod: { className: string; methodName: string | null; methodDescriptor: string | null } | null;
  nestHost: string | null;
  nestMembers: string[];
  permittedSubclasses: string[];
  /** Record attribute, or null when the class is not a record. */
  record: RecordComponent[] | null;
  /** RuntimeVisibleAnnotations body of the class, unparsed. */
  annotations?: Uint8Array;
}
