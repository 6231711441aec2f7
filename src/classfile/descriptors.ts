/**
 * @fileoverview Names and descriptors (JVMS §4.2, §4.3): validation of class, field and method
 * names and of field and method descriptors, and the helpers every later layer needs to read
 * descriptors (argument slot counts, field sizes and kinds, Java-language spellings for messages).
 * Descriptors stay strings everywhere in Tern; these functions are the only place that parses them.
 */

/** The kind of a field or array element, as the heap layout and the interpreter distinguish them. */
export type FieldKind = 'boolean' | 'byte' | 'char' | 'short' | 'int' | 'float' | 'long' | 'double' | 'reference';

/** A parsed method descriptor: one field descriptor per parameter, and the return descriptor (`V` for void). */
export interface MethodDescriptor {
  params: string[];
  ret: string;
}

/** JVMS §4.4.1: an array type may have at most 255 dimensions. */
export const MAX_ARRAY_DIMENSIONS = 255;

/** JVMS §4.3.3: a method's parameters, with `this`, take at most 255 local-variable slots. */
export const MAX_ARGUMENT_SLOTS = 255;

const PRIMITIVE_NAMES: Readonly<Record<string, string>> = {
  B: 'byte',
  C: 'char',
  D: 'double',
  F: 'float',
  I: 'int',
  J: 'long',
  S: 'short',
  Z: 'boolean',
  V: 'void',
};

/** JVMS §4.2.2: a non-empty name without `.`, `;`, `[` or `/` (field names, record components, ...). */
export function isValidUnqualifiedName(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x2e /* . */ || c === 0x3b /* ; */ || c === 0x5b /* [ */ || c === 0x2f /* / */) return false;
  }
  return true;
}

/** JVMS §4.2.2: an unqualified name that also avoids `<` and `>`, or one of `<init>` and `<clinit>`. */
export function isValidMethodName(name: string): boolean {
  if (name === '<init>' || name === '<clinit>') return true;
  if (!isValidUnqualifiedName(name)) return false;
  return name.indexOf('<') < 0 && name.indexOf('>') < 0;
}

/** JVMS §4.2.1: a binary class name in internal form, e.g. `java/lang/Thread$State` (not an array). */
export function isValidClassName(name: string): boolean {
  return scanClassName(name, 0, name.length) === name.length && name.length > 0;
}

/** A name a CONSTANT_Class may hold (JVMS §4.4.1): a binary class name or an array field descriptor. */
export function isValidClassRefName(name: string): boolean {
  return memo(classRefNames, name, (n) => (n.charCodeAt(0) === 0x5b /* [ */ ? isValidFieldDescriptor(n) : isValidClassName(n)));
}

/** JVMS §4.3.2: whether `d` is exactly one field descriptor. */
export function isValidFieldDescriptor(d: string): boolean {
  return memo(fieldDescriptors, d, (x) => scanFieldType(x, 0) === x.length);
}

/** JVMS §4.3.3: whether `d` is a well-formed method descriptor (the slot limit is checked separately). */
export function isValidMethodDescriptor(d: string): boolean {
  return lookupMethodDescriptor(d) !== null;
}

/** A method descriptor split once: parameters, return type, and the parameters' slot count. */
interface SplitDescriptor {
  readonly params: readonly string[];
  readonly ret: string;
  readonly slots: number;
}

/*
 * Descriptors repeat across methods and classes ("()V", "(Ljava/lang/String;)V"), and parsing
 * asks about each several times, so results are memoized in small caches cleared when full.
 */
const MEMO_LIMIT = 8192;
const methodDescriptors = new Map<string, SplitDescriptor | null>();
const fieldDescriptors = new Map<string, boolean>();
const classRefNames = new Map<string, boolean>();

function memo<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    v = compute(key);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(key, v);
  }
  return v;
}

function lookupMethodDescriptor(d: string): SplitDescriptor | null {
  return memo(methodDescriptors, d, splitMethodDescriptor);
}

/** Splits a method descriptor (JVMS §4.3.3), or returns null when it is malformed. */
function splitMethodDescriptor(d: string): SplitDescriptor | null {
  if (d.charCodeAt(0) !== 0x28 /* ( */) return null;
  const params: string[] = [];
  let slots = 0;
  let i = 1;
  while (i < d.length && d.charCodeAt(i) !== 0x29 /* ) */) {
    const end = scanFieldType(d, i);
    if (end < 0) return null;
    const p = d.slice(i, end);
    params.push(p);
    slots += slotCount(p);
    i = end;
  }
  if (i >= d.length) return null;
  i++;
  const ok = d.charCodeAt(i) === 0x56 /* V */ ? i + 1 === d.length : scanFieldType(d, i) === d.length;
  return ok ? { params, ret: d.slice(i), slots } : null;
}

/**
 * Ends of a field type starting at `i` (JVMS §4.3.2), or -1 when there is none. Class names inside
 * `L...;` follow §4.2.1; arrays have at most 255 dimensions.
 */
function scanFieldType(d: string, i: number): number {
  let dims = 0;
  while (d.charCodeAt(i) === 0x5b /* [ */) {
    dims++;
    i++;
  }
  if (dims > MAX_ARRAY_DIMENSIONS) return -1;
  const c = d[i];
  if (c === undefined) return -1;
  if (c === 'L') {
    const semi = d.indexOf(';', i + 1);
    if (semi < 0) return -1;
    return scanClassName(d, i + 1, semi) === semi && semi > i + 1 ? semi + 1 : -1;
  }
  return c !== 'V' && PRIMITIVE_NAMES[c] !== undefined ? i + 1 : -1;
}

/** End of a well-formed binary class name in `s[from, to)`, or -1; identifiers separated by single slashes. */
function scanClassName(s: string, from: number, to: number): number {
  let segmentStart = from;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2f /* / */) {
      if (i === segmentStart) return -1;
      segmentStart = i + 1;
    } else if (c === 0x2e /* . */ || c === 0x3b /* ; */ || c === 0x5b /* [ */) {
      return -1;
    }
  }
  return segmentStart === to ? -1 : to;
}

/** Splits a valid method descriptor into parameter and return descriptors; throws on an invalid one. */
export function parseMethodDescriptor(d: string): MethodDescriptor {
  const split = lookupMethodDescriptor(d);
  if (split === null) throw new Error(`invalid method descriptor ${JSON.stringify(d)}`);
  return { params: split.params.slice(), ret: split.ret };
}

/** Local-variable slots taken by the arguments of a method with descriptor `desc`, counting `this` unless static. */
export function argSlots(desc: string, isStatic: boolean): number {
  const split = lookupMethodDescriptor(desc);
  if (split === null) throw new Error(`invalid method descriptor ${JSON.stringify(desc)}`);
  return split.slots + (isStatic ? 0 : 1);
}

/** Slots a value of descriptor `desc` takes in locals or on the stack: 2 for J and D, 0 for V, else 1. */
export function slotCount(desc: string): 0 | 1 | 2 {
  const c = desc.charCodeAt(0);
  if (c === 0x4a /* J */ || c === 0x44 /* D */) return 2;
  return c === 0x56 /* V */ ? 0 : 1;
}

/** The kind of a field or array element with descriptor `desc`. */
export function fieldKind(desc: string): FieldKind {
  switch (desc[0]) {
    case 'Z':
      return 'boolean';
    case 'B':
      return 'byte';
    case 'C':
      return 'char';
    case 'S':
      return 'short';
    case 'I':
      return 'int';
    case 'F':
      return 'float';
    case 'J':
      return 'long';
    case 'D':
      return 'double';
    case 'L':
    case '[':
      return 'reference';
    default:
      throw new Error(`invalid field descriptor ${JSON.stringify(desc)}`);
  }
}

/** Bytes a field or array element of descriptor `desc` takes in the heap (references are 4-byte offsets). */
export function fieldSize(desc: string): 1 | 2 | 4 | 8 {
  switch (fieldKind(desc)) {
    case 'boolean':
    case 'byte':
      return 1;
    case 'char':
    case 'short':
      return 2;
    case 'long':
    case 'double':
      return 8;
    default:
      return 4;
  }
}

/** Number of leading `[` in a descriptor or array class name. */
export function arrayDimensions(desc: string): number {
  let n = 0;
  while (desc.charCodeAt(n) === 0x5b /* [ */) n++;
  return n;
}

/**
 * The class a reference descriptor names, in CONSTANT_Class form: `Ljava/lang/String;` gives
 * `java/lang/String`, an array descriptor is its own class name; primitives give null.
 */
export function classNameOfDescriptor(desc: string): string | null {
  if (desc[0] === 'L') return desc.slice(1, -1);
  if (desc[0] === '[') return desc;
  return null;
}

/** The Java-language spelling of a field descriptor or `V`: `[Ljava/lang/String;` gives `java.lang.String[]`. */
export function javaTypeName(desc: string): string {
  const dims = arrayDimensions(desc);
  const elem = desc.slice(dims);
  const base = elem[0] === 'L' ? elem.slice(1, -1).replace(/\//g, '.') : (PRIMITIVE_NAMES[elem] ?? elem);
  return base + '[]'.repeat(dims);
}

/** A method as HotSpot names it in messages: `int p.Foo.bar(int, java.lang.String)`. */
export function externalMethodName(className: string, name: string, desc: string): string {
  const { params, ret } = parseMethodDescriptor(desc);
  const owner = className.replace(/\//g, '.');
  return `${javaTypeName(ret)} ${owner}.${name}(${params.map(javaTypeName).join(', ')})`;
}
