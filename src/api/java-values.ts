/**
 * @fileoverview How values cross between TypeScript and Java in the embedding API: JavaScript
 * arguments become the Java values a method descriptor asks for (boxed, since the call goes
 * through reflection), and Java results become JavaScript values. Objects with no JavaScript
 * counterpart travel as {@link JavaRef}s, which keep the object alive until released.
 */
import { parseMethodDescriptor } from '../classfile/descriptors.js';
import type { Ref } from '../heap/index.js';
import { writeValue } from '../image/field-access.js';
import type { ValueTag } from '../image/model.js';
import type { Vm } from '../runtime/vm.js';

/** A Java object held by TypeScript: pass it back as an argument; release it when done. */
export class JavaRef {
  private released = false;

  constructor(
    private readonly vm: Vm,
    private readonly handle: number,
    /** Binary name of the object's class (`java.util.ArrayList`). */
    readonly className: string,
  ) {}

  /** The object's current address (objects move when the heap is collected). */
  ref(): Ref {
    if (this.released) throw new Error(`this reference to a ${this.className} was released`);
    return this.vm.heap.getHandle(this.handle);
  }

  /** Lets the Java heap collect the object once nothing else refers to it. */
  release(): void {
    if (this.released) return;
    this.released = true;
    this.vm.heap.freeHandle(this.handle);
  }
}

/** What a call may take: numbers, bigints for longs, booleans, strings, arrays of those, Java objects. */
export type JavaArgument = number | bigint | boolean | string | null | JavaRef | ArrayLike<number> | ArrayLike<bigint> | readonly (string | null)[];

/** What a call gives back (void gives undefined). */
export type JavaResult =
  | undefined
  | null
  | number
  | bigint
  | boolean
  | string
  | Int8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | BigInt64Array
  | Float32Array
  | Float64Array
  | boolean[]
  | (string | null)[]
  | JavaRef;

const WRAPPERS: Record<string, [cls: string, tag: ValueTag]> = {
  Z: ['java/lang/Boolean', 'Z'], B: ['java/lang/Byte', 'B'], C: ['java/lang/Character', 'C'], S: ['java/lang/Short', 'S'],
  I: ['java/lang/Integer', 'I'], J: ['java/lang/Long', 'J'], F: ['java/lang/Float', 'F'], D: ['java/lang/Double', 'D'],
};

const RANGES: Record<string, [number, number]> = { B: [-128, 127], S: [-32768, 32767], I: [-2147483648, 2147483647], C: [0, 65535] };

/** The parameter descriptors of `descriptor`, checked against the argument count. */
export function parameterTypes(descriptor: string, argumentCount: number): string[] {
  let params: string[];
  try {
    params = parseMethodDescriptor(descriptor).params;
  } catch {
    throw new TypeError(`'${descriptor}' is not a method descriptor`);
  }
  if (params.length !== argumentCount) throw new TypeError(`${descriptor} takes ${params.length} arguments, ${argumentCount} given`);
  return params;
}

/**
 * The Java value of `value` for a parameter of type `desc`: a reference (a box for primitives).
 * May allocate, so may collect: callers hold earlier results in handles.
 */
export function toJava(vm: Vm, value: JavaArgument, desc: string, what: string): Ref {
  if (value instanceof JavaRef) return value.ref();
  const box = WRAPPERS[desc];
  if (box) return boxed(vm, value, desc, box[0], box[1], what);
  if (value === null) return 0;
  if (typeof value === 'string') {
    if (desc !== 'Ljava/lang/String;' && desc !== 'Ljava/lang/Object;' && desc !== 'Ljava/lang/CharSequence;') throw new TypeError(`${what}: a string cannot be a ${desc}`);
    return vm.newString(value);
  }
  if (desc[0] === '[' && typeof value === 'object' && typeof (value as ArrayLike<unknown>).length === 'number') {
    return array(vm, value as ArrayLike<unknown>, desc, what);
  }
  throw new TypeError(`${what}: ${describe(value)} cannot be passed as ${desc}`);
}

function describe(v: unknown): string {
  return v === undefined ? 'undefined' : typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

/** A primitive value, checked for its type and range. */
function primitive(value: unknown, desc: string, what: string): number | bigint {
  if (desc === 'Z') {
    if (typeof value !== 'boolean') throw new TypeError(`${what}: expected a boolean, got ${describe(value)}`);
    return value ? 1 : 0;
  }
  if (desc === 'C' && typeof value === 'string') {
    if (value.length !== 1) throw new TypeError(`${what}: expected one character, got "${value}"`);
    return value.charCodeAt(0);
  }
  if (desc === 'J') {
    if (typeof value === 'bigint' && BigInt.asIntN(64, value) === value) return value;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
    throw new TypeError(`${what}: expected a long (bigint or safe integer), got ${describe(value)}`);
  }
  if (typeof value !== 'number') throw new TypeError(`${what}: expected a number, got ${describe(value)}`);
  if (desc === 'F' || desc === 'D') return value;
  const [lo, hi] = RANGES[desc]!;
  if (!Number.isInteger(value) || value < lo || value > hi) throw new TypeError(`${what}: ${value} is not a ${desc === 'C' ? 'char' : desc === 'B' ? 'byte' : desc === 'S' ? 'short' : 'int'}`);
  return value;
}

function boxed(vm: Vm, value: unknown, desc: string, cls: string, tag: ValueTag, what: string): Ref {
  const v = primitive(value, desc, what);
  const o = vm.allocInstance(vm.registry.load(cls));
  writeValue(vm.heap, o + vm.fieldOffset(cls, 'value'), tag, v);
  return o;
}

const ELEMENT_SIZE: Record<string, number> = { Z: 1, B: 1, C: 2, S: 2, I: 4, F: 4, J: 8, D: 8 };

function array(vm: Vm, values: ArrayLike<unknown>, desc: string, what: string): Ref {
  const element = desc.substring(1);
  const size = ELEMENT_SIZE[element];
  const n = values.length;
  if (size !== undefined) {
    const a = vm.newArray(vm.registry.load(desc), n);
    for (let i = 0; i < n; i++) writeValue(vm.heap, a + 16 + i * size, element as ValueTag, primitive(values[i], element, `${what}[${i}]`));
    return a;
  }
  // References: the array is held in a handle while its elements are made.
  const h = vm.heap.newHandle(vm.newArray(vm.registry.load(desc), n));
  try {
    for (let i = 0; i < n; i++) {
      const e = toJava(vm, values[i] as JavaArgument, element, `${what}[${i}]`);
      vm.heap.i32[((vm.heap.getHandle(h) + 16) >> 2) + i] = e;
    }
    return vm.heap.getHandle(h);
  } finally {
    vm.heap.freeHandle(h);
  }
}

const VIEWS: Record<string, (b: ArrayBuffer, n: number) => JavaResult> = {
  '[B': (b, n) => new Int8Array(b, 0, n),
  '[S': (b, n) => new Int16Array(b, 0, n),
  '[C': (b, n) => new Uint16Array(b, 0, n),
  '[I': (b, n) => new Int32Array(b, 0, n),
  '[J': (b, n) => new BigInt64Array(b, 0, n),
  '[F': (b, n) => new Float32Array(b, 0, n),
  '[D': (b, n) => new Float64Array(b, 0, n),
};

/** The JavaScript value of Java object `ref` (a call's result, boxed when primitive). */
export function fromJava(vm: Vm, ref: Ref): JavaResult {
  if (ref === 0) return null;
  const cls = vm.classOf(ref);
  const h = vm.heap;
  switch (cls.name) {
    case 'java/lang/String': return vm.jsString(ref)!;
    case 'java/lang/Boolean': return h.u8[ref + vm.fieldOffset(cls.name, 'value')] !== 0;
    case 'java/lang/Character': return String.fromCharCode(h.u16[(ref + vm.fieldOffset(cls.name, 'value')) >> 1]!);
    case 'java/lang/Byte': return h.i8[ref + vm.fieldOffset(cls.name, 'value')]!;
    case 'java/lang/Short': return h.i16[(ref + vm.fieldOffset(cls.name, 'value')) >> 1]!;
    case 'java/lang/Integer': return h.i32[(ref + vm.fieldOffset(cls.name, 'value')) >> 2]!;
    case 'java/lang/Long': return h.i64[(ref + vm.fieldOffset(cls.name, 'value')) >> 3]!;
    case 'java/lang/Float': return h.f32[(ref + vm.fieldOffset(cls.name, 'value')) >> 2]!;
    case 'java/lang/Double': return h.f64[(ref + vm.fieldOffset(cls.name, 'value')) >> 3]!;
  }
  const n = h.i32[(ref + 8) >> 2]!;
  const view = VIEWS[cls.name];
  if (view) {
    const bytes = h.u8.slice(ref + 16, ref + 16 + n * cls.array!.elementSize);
    return view(bytes.buffer, n);
  }
  if (cls.name === '[Z') return Array.from(h.u8.subarray(ref + 16, ref + 16 + n), (b) => b !== 0);
  if (cls.name === '[Ljava/lang/String;') {
    const out: (string | null)[] = [];
    for (let i = 0; i < n; i++) out.push(vm.jsString(h.i32[((ref + 16) >> 2) + i]!));
    return out;
  }
  return new JavaRef(vm, h.newHandle(ref), cls.javaName);
}
