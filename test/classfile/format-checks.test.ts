/**
 * @fileoverview Malformed class files against HotSpot. Each case changes one thing in a small
 * compiled class (or builds one by hand); HotSpot's verdict comes from running the DefineAll harness
 * on the real JDK 17 (define + initialize in a fresh loader), and Tern's parser must reject the same
 * files with the same Java exception class and, for format errors, the same first message line.
 * Bytecode faults that HotSpot finds only in its type checker are compared by exception class.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isClassfileFault } from '../../src/classfile/errors.js';
import { parseClassFile } from '../../src/classfile/parser.js';
import { ClassEditor, Writer, type RawCode } from './helpers/class-editor.js';
import { compiledFixtures, compiledHarness } from './helpers/fixtures.js';
import { hotspotVerdicts, type HarnessCase } from './helpers/jdk.js';

/** How a case's outcome is compared: the whole verdict, or only the exception class. */
type Compare = 'exact' | 'class';

interface Case {
  id: string;
  name: string;
  bytes: Uint8Array;
  compare: Compare;
}

const bases = new Map<string, Uint8Array>();
let harnessDir = '';
let verdicts = new Map<string, string>();
const cases: Case[] = [];

function u2(b: Uint8Array, at: number): number {
  return (b[at]! << 8) | b[at + 1]!;
}

function setU2(b: Uint8Array, at: number, v: number): void {
  b[at] = v >> 8;
  b[at + 1] = v & 0xff;
}

/** Index of the first entry with tag `tag` whose Utf8 name (via `nameAt`) is `name`. */
function entryNamed(e: ClassEditor, tag: number, name: string): number {
  return e.pool.findIndex((x) => x !== null && x[0] === tag && e.utf8(tag === 12 ? u2(x, 1) : u2(e.pool[u2(x, 3)]!, 1)) === name);
}

/** Replaces the name or descriptor of the NameAndType named `name`. */
function editNameAndType(e: ClassEditor, name: string, part: 'name' | 'descriptor', value: string): void {
  const i = entryNamed(e, 12, name);
  const entry = e.pool[i]!.slice();
  setU2(entry, part === 'name' ? 1 : 3, e.addUtf8(value));
  e.pool[i] = entry;
}

function add(id: string, base: string, edit: (e: ClassEditor) => void, compare: Compare = 'exact'): void {
  const e = ClassEditor.parse(bases.get(base)!);
  edit(e);
  cases.push({ id, name: base, bytes: e.toBytes(), compare });
}

function addBytes(id: string, base: string, edit: (b: Uint8Array) => Uint8Array, compare: Compare = 'exact'): void {
  cases.push({ id, name: base, bytes: edit(bases.get(base)!.slice()), compare });
}

function patch(b: Uint8Array, at: number, bytes: number[]): Uint8Array {
  b.set(bytes, at);
  return b;
}

function editStackMap(e: ClassEditor, method: string, f: (data: Uint8Array) => Uint8Array): void {
  e.editCode(method, (c) => {
    const a = e.attribute(c.attributes, 'StackMapTable');
    a.data = f(a.data);
  });
}

function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const w = new Writer();
  for (const p of parts) w.bytes(p);
  return w.toBytes();
}

function defineCases(): void {
  // Header and versions (JVMS §4.1).
  addBytes('magic', 'Bar', (b) => patch(b, 3, [0xbf]));
  addBytes('truncated', 'Bar', (b) => b.slice(0, 100));
  addBytes('truncated-header', 'Bar', (b) => b.slice(0, 9));
  addBytes('version-62', 'Bar', (b) => patch(b, 4, [0, 0, 0, 62]));
  addBytes('preview-61', 'Bar', (b) => patch(b, 4, [0xff, 0xff, 0, 61]));
  addBytes('preview-60', 'Bar', (b) => patch(b, 4, [0xff, 0xff, 0, 60]));
  addBytes('minor-61.1', 'Bar', (b) => patch(b, 4, [0, 1, 0, 61]));
  addBytes('major-44', 'Bar', (b) => patch(b, 4, [0, 0, 0, 44]));
  addBytes('indy-in-50', 'Foo', (b) => patch(b, 4, [0, 0, 0, 50]));
  addBytes('extra-byte', 'Bar', (b) => concat(b, [0]));

  // Constant pool (JVMS §4.4).
  addBytes('unknown-tag', 'Bar', (b) => patch(b, 10, [2]));
  add('index-out-of-range', 'Bar', (e) => setU2((e.pool[1] = e.pool[1]!.slice()), 1, 77));
  add('index-zero', 'Bar', (e) => setU2((e.pool[1] = e.pool[1]!.slice()), 1, 0));
  add('index-wrong-tag', 'Bar', (e) => setU2((e.pool[1] = e.pool[1]!.slice()), 1, e.findUtf8('java/lang/Object')));
  add('utf8-raw-nul', 'Bar', (e) => e.setUtf8(e.findUtf8('fieldAa'), Uint8Array.from([0x66, 0, 0x61])));
  add('utf8-f0', 'Bar', (e) => e.setUtf8(e.findUtf8('fieldAa'), Uint8Array.from([0x66, 0xf0, 0x61])));
  add('utf8-overlong', 'Bar', (e) => e.setUtf8(e.findUtf8('fieldAa'), Uint8Array.from([0x66, 0xc1, 0x81])));
  add('utf8-cut', 'Bar', (e) => e.setUtf8(e.findUtf8('fieldAa'), Uint8Array.from([0x66, 0xc3])));
  add('utf8-bad-continuation', 'Bar', (e) => e.setUtf8(e.findUtf8('fieldAa'), Uint8Array.from([0x66, 0xe2, 0x41, 0x41])));
  add('utf8-two-byte-nul', 'Bar', (e) => e.setUtf8(e.findUtf8('fieldAa'), Uint8Array.from([0x66, 0xc0, 0x80])));
  add('utf8-surrogate-pair', 'Bar', (e) => e.setUtf8(e.findUtf8('fieldAa'), Uint8Array.from([0x66, 0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80])));
  add('utf8-four-byte', 'Bar', (e) => e.setUtf8(e.findUtf8('fieldAa'), Uint8Array.from([0x66, 0xf0, 0x9f, 0x98, 0x80])));
  add('class-name-empty-segment', 'Bar', (e) => e.setUtf8(e.findUtf8('java/lang/RuntimeException'), 'java/lang//untimeException'));
  add('class-name-semicolon', 'Bar', (e) => e.setUtf8(e.findUtf8('java/lang/RuntimeException'), 'java/lang;RuntimeException'));
  add('class-name-empty', 'Bar', (e) => e.setUtf8(e.findUtf8('java/lang/RuntimeException'), ''));
  add('class-name-bad-array', 'Bar', (e) => e.setUtf8(e.findUtf8('java/lang/RuntimeException'), '[Ljava/lang/RuntimeException'));
  add('class-name-256-dims', 'Bar', (e) => e.setUtf8(e.findUtf8('java/lang/RuntimeException'), '['.repeat(256) + 'I'));
  add('fieldref-bad-descriptor', 'Foo', (e) => editNameAndType(e, 's', 'descriptor', 'Ljava/lang/String'));
  add('fieldref-method-descriptor', 'Foo', (e) => editNameAndType(e, 's', 'descriptor', '()V'));
  add('fieldref-bad-name', 'Foo', (e) => editNameAndType(e, 's', 'name', 'o;t'));
  add('methodref-field-descriptor', 'Foo', (e) => editNameAndType(e, 'nanoTime', 'descriptor', 'J'));
  add('methodref-bad-name', 'Foo', (e) => editNameAndType(e, 'nanoTime', 'name', 'nano.Time'));
  add('methodref-clinit', 'Foo', (e) => editNameAndType(e, 'nanoTime', 'name', '<clinit>'));
  add('methodref-init-returns-int', 'Bar', (e) => editNameAndType(e, '<init>', 'descriptor', '()I'));
  add('methodtype-bad', 'Foo', (e) => e.addEntry(new Writer().u1(16).u2(e.addUtf8('I')).toBytes()));
  add('condy-method-descriptor', 'Foo', (e) => e.addEntry(new Writer().u1(17).u2(0).u2(e.addNameAndType('x', '()V')).toBytes()));
  add('condy-ok', 'Foo', (e) => e.addEntry(new Writer().u1(17).u2(0).u2(e.addNameAndType('x', 'I')).toBytes()));
  add('indy-field-descriptor', 'Foo', (e) => e.addEntry(new Writer().u1(18).u2(0).u2(e.addNameAndType('x', 'I')).toBytes()));
  add('indy-bad-name', 'Foo', (e) => e.addEntry(new Writer().u1(18).u2(0).u2(e.addNameAndType('x.y', '()V')).toBytes()));
  add('indy-bootstrap-out-of-range', 'Foo', (e) => e.addEntry(new Writer().u1(18).u2(5).u2(e.addNameAndType('x', '()V')).toBytes()));
  add('bootstrap-missing', 'Foo', (e) => (e.attributes = e.attributes.filter((a) => e.utf8(a.name) !== 'BootstrapMethods')));
  add('bootstrap-handle-not-handle', 'Foo', (e) => setU2((e.attribute(e.attributes, 'BootstrapMethods').data = e.attribute(e.attributes, 'BootstrapMethods').data.slice()), 2, 2));
  add('bootstrap-argument-not-loadable', 'Foo', (e) => {
    const a = e.attribute(e.attributes, 'BootstrapMethods');
    a.data = a.data.slice();
    setU2(a.data, 6, entryNamed(e, 12, 'makeConcatWithConstants'));
  });
  add('bootstrap-length', 'Foo', (e) => {
    const a = e.attribute(e.attributes, 'BootstrapMethods');
    a.data = concat(a.data, [0]);
  });
  const handle = (kind: number, target: (e: ClassEditor) => number) => (e: ClassEditor) =>
    e.addEntry(new Writer().u1(15).u1(kind).u2(target(e)).toBytes());
  const methodref = (e: ClassEditor, name: string) => e.pool.findIndex((x, i) => x !== null && x[0] === 10 && entryNamedAt(e, i) === name);
  add('handle-kind-0', 'Foo', handle(0, (e) => methodref(e, 'nanoTime')));
  add('handle-kind-10', 'Foo', handle(10, (e) => methodref(e, 'nanoTime')));
  add('handle-getfield-on-method', 'Foo', handle(1, (e) => methodref(e, 'nanoTime')));
  add('handle-virtual-on-init', 'Bar', handle(5, (e) => methodref(e, '<init>')));
  add('handle-newinvokespecial-ok', 'Bar', handle(8, (e) => methodref(e, '<init>')));
  add('handle-newinvokespecial-not-init', 'Foo', handle(8, (e) => methodref(e, 'nanoTime')));
  add('handle-interface-on-method', 'Foo', handle(9, (e) => methodref(e, 'nanoTime')));
  add('handle-static-on-field', 'Foo', handle(6, (e) => e.pool.findIndex((x) => x !== null && x[0] === 9)));
  add('module-tag', 'Bar', (e) => e.addEntry(new Writer().u1(19).u2(e.findUtf8('Bar')).toBytes()));
  add('long-in-last-slot', 'Bar', (e) => e.pool.push(Uint8Array.from([5, 0, 0, 0, 0, 0, 0, 0, 1])));

  // Class structure (JVMS §4.1).
  add('this-not-class', 'Bar', (e) => (e.thisClass = e.findUtf8('Bar')));
  add('this-out-of-range', 'Bar', (e) => (e.thisClass = 999));
  add('super-not-class', 'Bar', (e) => (e.superClass = e.findUtf8('Bar')));
  add('super-zero', 'Bar', (e) => (e.superClass = 0));
  add('interface-twice', 'Bar', (e) => {
    const r = e.addClass('java/lang/Runnable');
    e.interfaces = [r, r];
  });
  add('interface-not-class', 'Bar', (e) => (e.interfaces = [e.findUtf8('Bar')]));
  add('wrong-name', 'Bar', (e) => e.setUtf8(e.findUtf8('Bar'), 'Baz'));
  add('acc-module', 'Bar', (e) => (e.flags = 0x8000));
  add('interface-not-abstract', 'If', (e) => (e.flags = 0x201));
  add('interface-super', 'If', (e) => (e.flags = 0x621));
  add('interface-final', 'If', (e) => (e.flags = 0x611));
  add('interface-enum', 'If', (e) => (e.flags = 0x4601));
  add('annotation-not-interface', 'Bar', (e) => (e.flags = 0x2021));
  add('abstract-final-class', 'Bar', (e) => (e.flags = 0x411));
  add('class-unknown-flag-bits', 'Bar', (e) => (e.flags = 0x0121));

  // Fields (JVMS §4.5).
  add('interface-field-not-static', 'If', (e) => (e.fields[0]!.flags = 0x11));
  add('interface-field-private', 'If', (e) => (e.fields[0]!.flags = 0x1a));
  add('field-final-volatile', 'Bar', (e) => (e.fields[0]!.flags = 0x50));
  add('field-public-private', 'Bar', (e) => (e.fields[0]!.flags = 0x3));
  add('field-unknown-flag-bits', 'Bar', (e) => (e.fields[0]!.flags = 0x100));
  add('field-name', 'Bar', (e) => e.setUtf8(e.findUtf8('fieldAa'), 'fie.dAa'));
  add('field-descriptor-void', 'Bar', (e) => (e.fields[0]!.descriptor = e.addUtf8('V')));
  add('field-descriptor-unterminated', 'Bar', (e) => (e.fields[0]!.descriptor = e.addUtf8('Ljava/lang/String')));
  add('field-duplicate', 'Bar', (e) => e.setUtf8(e.findUtf8('fieldAa'), 'fieldBb'));
  const constantValue = (flags: number, index: (e: ClassEditor) => number) => (e: ClassEditor) => {
    e.fields[0]!.flags = flags;
    e.fields[0]!.attributes.push({ name: e.utf8Index('ConstantValue'), data: new Writer().u2(index(e)).toBytes() });
  };
  add('constant-value-wrong-type', 'Bar', constantValue(0x8, (e) => e.findUtf8('Bar')));
  add('constant-value-string-for-int', 'Bar', constantValue(0x8, (e) => e.addEntry(new Writer().u1(8).u2(e.findUtf8('Bar')).toBytes())));
  add('constant-value-bad-index', 'Bar', constantValue(0x8, () => 400));
  add('constant-value-ignored-on-instance-field', 'Bar', constantValue(0x0, (e) => e.findUtf8('Bar')));
  add('constant-value-ok', 'Bar', constantValue(0x8, (e) => e.addEntry(new Writer().u1(3).u4(42).toBytes())));

  // Methods (JVMS §4.6).
  const flags = (name: string, f: number) => (e: ClassEditor) => (e.method(name).flags = f);
  add('method-abstract-private', 'Bar', flags('mAa', 0x402));
  add('method-public-protected', 'Bar', flags('mAa', 0x5));
  add('method-abstract-with-code', 'Bar', flags('mAa', 0x401));
  add('method-native-with-code', 'Bar', flags('mAa', 0x100));
  add('interface-method-protected', 'If', flags('b', 0x4));
  add('interface-method-final', 'If', flags('b', 0x11));
  add('interface-method-package', 'If', flags('b', 0x0));
  add('interface-method-synchronized', 'If', flags('b', 0x21));
  add('interface-abstract-with-code', 'If', flags('b', 0x401));
  add('interface-method-without-code', 'If', flags('a', 0x1));
  add('init-static', 'Bar', flags('<init>', 0x9));
  add('init-final', 'Bar', flags('<init>', 0x11));
  add('init-returns-int', 'Bar', (e) => (e.method('<init>').descriptor = e.addUtf8('()I')));
  add('clinit-not-static', 'Bar', (e) => (e.method('mAa').name = e.addUtf8('<clinit>')));
  add('clinit-returns-int', 'Bar', (e) => {
    e.method('sw').name = e.addUtf8('<clinit>');
    e.method('<clinit>').flags = 0x8;
  });
  add('init-in-interface', 'If', (e) => (e.method('b').name = e.addUtf8('<init>')));
  add('method-name', 'Bar', (e) => e.setUtf8(e.findUtf8('mAa'), 'm<a'));
  add('method-duplicate', 'Bar', (e) => e.setUtf8(e.findUtf8('mAa'), 'mBb'));
  add('method-descriptor-void-param', 'Bar', (e) => (e.method('mAa').descriptor = e.addUtf8('(V)V')));
  add('method-descriptor-no-return', 'Bar', (e) => (e.method('mAa').descriptor = e.addUtf8('()')));
  add('method-too-many-arguments', 'Bar', (e) => (e.method('sm').descriptor = e.addUtf8(`(${'J'.repeat(128)})I`)));
  add('code-absent', 'Bar', (e) => (e.method('mAa').attributes = []));
  add('code-twice', 'Bar', (e) => e.method('mAa').attributes.push(e.attribute(e.method('mAa').attributes, 'Code')));
  add('exceptions-not-class', 'Bar', (e) => e.method('mAa').attributes.push({ name: e.utf8Index('Exceptions'), data: new Writer().u2(1).u2(e.findUtf8('Bar')).toBytes() }));
  add('arguments-exceed-max-locals', 'Bar', (e) => e.editCode('sm', (c) => (c.maxLocals = 2)));

  // Class attributes (JVMS §4.7).
  add('sourcefile-twice', 'Bar', (e) => e.attributes.push(e.attribute(e.attributes, 'SourceFile')));
  add('sourcefile-length', 'Bar', (e) => (e.attribute(e.attributes, 'SourceFile').data = Uint8Array.from([0, 1, 0])));
  add('sourcefile-not-utf8', 'Bar', (e) => (e.attribute(e.attributes, 'SourceFile').data = Uint8Array.from([0, 2])));
  add('attribute-name-not-utf8', 'Bar', (e) => e.attributes.push({ name: 2, data: Uint8Array.from([1, 2, 3]) }));
  add('attribute-unknown', 'Bar', (e) => e.attributes.push({ name: e.addUtf8('Whatever'), data: Uint8Array.from([1, 2, 3]) }));

  // Code attribute (JVMS §4.7.3, §4.9.1).
  const code = (method: string, f: (c: RawCode) => void) => (e: ClassEditor) => e.editCode(method, f);
  // New code for mAa: its line and local-variable tables would no longer fit, so they go.
  const body = (...bytes: number[]) => code('mAa', (c) => {
    c.code = Uint8Array.from(bytes);
    c.attributes = [];
  });
  add('code-length-0', 'Bar', code('mAa', (c) => (c.code = new Uint8Array(0))));
  add('code-length-65536', 'Bar', code('mAa', (c) => (c.code = new Uint8Array(65536))));
  add('code-undefined-opcode', 'Bar', body(0xcb));
  add('code-impdep', 'Bar', body(0xff));
  add('code-truncated-instruction', 'Bar', body(0x10));
  add('code-branch-into-instruction', 'Bar', body(0xa7, 0, 2, 0xb1));
  add('code-branch-outside', 'Bar', body(0xa7, 0, 9, 0xb1));
  add('code-local-out-of-range', 'Bar', body(0x1b, 0xb1));
  add('code-getfield-on-method', 'Bar', body(0x2a, 0xb4, 0, 1, 0x57, 0xb1), 'class');
  add('code-jsr-in-61', 'Bar', body(0xa8, 0, 3, 0xb1));
  add('local-variable-range-inside-instruction', 'Bar', code('mAa', (c) => (c.code = Uint8Array.from([0xa7, 0, 3, 0xb1]))));
  add('code-segment-short', 'Bar', (e) => {
    const a = e.attribute(e.method('mAa').attributes, 'Code');
    a.data = a.data.slice(0, a.data.length - 2);
  });
  add('code-segment-long', 'Bar', (e) => {
    const a = e.attribute(e.method('mAa').attributes, 'Code');
    a.data = concat(a.data, [0]);
  });
  const handler = (row: [number, number, number, number]) => code('sm', (c) => (c.handlers[0] = row));
  add('handler-range-empty', 'Bar', handler([4, 4, 11, 7]));
  add('handler-range-outside', 'Bar', handler([0, 99, 11, 7]));
  add('handler-outside', 'Bar', handler([0, 4, 99, 7]));
  add('handler-catch-type-not-class', 'Bar', handler([0, 4, 11, 5]));
  add('handler-start-inside-instruction', 'Bar', handler([5, 6, 11, 7]));
  add('handler-end-inside-instruction', 'Bar', handler([1, 5, 11, 7]));
  add('handler-pc-inside-instruction', 'Bar', handler([0, 4, 5, 7]));

  // StackMapTable (JVMS §4.7.4).
  const frames = (method: string, f: (d: Uint8Array) => Uint8Array) => (e: ClassEditor) => editStackMap(e, method, f);
  add('stackmap-truncated', 'Bar', frames('sw', (d) => d.slice(0, d.length - 1)));
  add('stackmap-extra-byte', 'Bar', frames('sw', (d) => concat(d, [0])));
  add('stackmap-reserved-frame-type', 'Bar', frames('sw', (d) => patch(d.slice(), 2, [130])));
  add('stackmap-offset-outside', 'Bar', frames('sw', (d) => patch(d.slice(), 2, [63])));
  add('stackmap-offset-inside-instruction', 'Bar', frames('sw', (d) => patch(d.slice(), 2, [35])));
  add('stackmap-bad-verification-type', 'Bar', frames('sm', (d) => concat([0, 2, 255, 0, 11, 0, 1, 9], d.slice(8))));
  add('stackmap-chop-too-many', 'Bar', frames('sm', () => concat([0, 2, 255, 0, 11, 0, 0, 0, 1, 7, 0, 7, 248, 0, 9])));
  add('stackmap-locals-exceed-max', 'Bar', frames('sm', () => concat([0, 1, 255, 0, 11, 0, 9], new Array(9).fill(4), [0, 1, 7, 0, 7])));
  add('stackmap-stack-exceeds-max', 'Bar', frames('sm', () => concat([0, 1, 255, 0, 11, 0, 0, 0, 9], new Array(9).fill(1))));
  add('stackmap-object-not-class', 'Bar', (e) => editStackMap(e, 'sm', (d) => {
    const x = d.slice(); // [count, 75 (same_locals_1_stack_item), 7 (Object), class index, ...]
    setU2(x, 4, e.findUtf8('Bar'));
    return x;
  }));
  add('stackmap-uninitialized-not-new', 'Bar', frames('sm', () => concat([0, 1, 255, 0, 11, 0, 0, 0, 1, 8, 0, 0])));

  // Hand-built old class files: versions 45-50 parse, and jsr/ret are legal there.
  cases.push({ id: 'v49-jsr-ret', name: 'Old49', bytes: oldJsrClass('Old49', 49, 0), compare: 'exact' });
  cases.push({ id: 'v45.3-jsr-ret', name: 'Old45', bytes: oldJsrClass('Old45', 45, 3), compare: 'exact' });
  cases.push({ id: 'v51-jsr', name: 'New51', bytes: oldJsrClass('New51', 51, 0), compare: 'exact' });
}

/** The class-name Utf8 of the Methodref at index i (through its NameAndType). */
function entryNamedAt(e: ClassEditor, i: number): string {
  const nat = e.pool[u2(e.pool[i]!, 3)]!;
  return e.utf8(u2(nat, 1));
}

/**
 * A class of the given version whose static initializer calls a finally-style subroutine twice
 * through jsr/ret (as javac 1.4 compiled `finally`), and counts in a static field.
 */
function oldJsrClass(name: string, major: number, minor: number): Uint8Array {
  const e = ClassEditor.create(name, 'java/lang/Object', major);
  e.minor = minor;
  e.flags = 0x21;
  const count = e.addRef(9, name, 'count', 'I');
  e.fields.push({ flags: 0x9, name: e.addUtf8('count'), descriptor: e.addUtf8('I'), attributes: [] });
  const body = new Writer()
    .u1(0xa8).u2(8) //  0: jsr 8
    .u1(0xa8).u2(5) //  3: jsr 8
    .u1(0xb1) //        6: return
    .u1(0x00) //        7: nop (unreachable)
    .u1(0x4b) //        8: astore_0
    .u1(0xb2).u2(count) // 9: getstatic count
    .u1(0x04) //       12: iconst_1
    .u1(0x60) //       13: iadd
    .u1(0xb3).u2(count) // 14: putstatic count
    .u1(0xa9).u1(0) // 17: ret 0
    .toBytes();
  e.addMethod(0x8, '<clinit>', '()V', { maxStack: 2, maxLocals: 1, code: body, handlers: [], attributes: [] });
  return e.toBytes();
}

/** Tern's verdict in the harness's format. */
function ternVerdict(c: Case): string {
  try {
    parseClassFile(c.bytes, { expectedName: c.name });
    return 'OK';
  } catch (e) {
    if (!isClassfileFault(e)) throw e;
    return `${e.name}: ${e.message.split('\n')[0]}`;
  }
}

beforeAll(() => {
  for (const f of compiledFixtures('mutants', 17)) bases.set(f.slice(f.lastIndexOf('/') + 1, -'.class'.length), new Uint8Array(readFileSync(f)));
  defineCases();
  harnessDir = compiledHarness();
  const harnessCases: HarnessCase[] = cases.map((c) => ({ id: c.id, binaryName: c.name, bytes: c.bytes }));
  verdicts = hotspotVerdicts(harnessDir, harnessCases);
  if (process.env.SHOW_VERDICTS) for (const c of cases) console.log(c.id.padEnd(40), verdicts.get(c.id));
}, 120_000);

describe('format checks agree with HotSpot', () => {
  it('has a verdict from HotSpot for every case', () => {
    expect(cases.length).toBeGreaterThan(120);
    for (const c of cases) expect(verdicts.has(c.id), c.id).toBe(true);
  });

  it('rejects or accepts each malformed class file exactly as HotSpot does', () => {
    const mismatches: string[] = [];
    for (const c of cases) {
      const hotspot = verdicts.get(c.id)!;
      const tern = ternVerdict(c);
      const same = c.compare === 'exact' ? tern === hotspot : tern.split(':')[0] === hotspot.split(':')[0];
      if (!same) mismatches.push(`${c.id}\n  hotspot: ${hotspot}\n  tern:    ${tern}`);
    }
    expect(mismatches.join('\n')).toBe('');
  });

  it('reports the byte offset of format errors', () => {
    const magic = cases.find((c) => c.id === 'magic')!;
    expect(() => parseClassFile(magic.bytes)).toThrow(expect.objectContaining({ offset: 0, javaClass: 'java/lang/ClassFormatError' }));
    const truncated = cases.find((c) => c.id === 'truncated')!;
    expect(() => parseClassFile(truncated.bytes)).toThrow(expect.objectContaining({ offset: expect.any(Number) }));
  });
});

describe('options', () => {
  it('accepts preview class files of the newest version with enablePreview, like --enable-preview', () => {
    const preview = cases.find((c) => c.id === 'preview-61')!;
    expect(parseClassFile(preview.bytes, { enablePreview: true }).minorVersion).toBe(0xffff);
    const older = cases.find((c) => c.id === 'preview-60')!;
    expect(() => parseClassFile(older.bytes, { enablePreview: true })).toThrow(/preview features that are unsupported/);
  });

  it('names the class from this_class when no name is expected', () => {
    const version = cases.find((c) => c.id === 'version-62')!;
    expect(() => parseClassFile(version.bytes)).toThrow(/^Bar has been compiled by a more recent version/);
  });
});

describe('old class files', () => {
  it('parses versions 45.3 and 49 with jsr/ret and no StackMapTable', () => {
    for (const [major, minor] of [[45, 3], [49, 0], [50, 0]] as const) {
      const cf = parseClassFile(oldJsrClass('Old', major, minor));
      expect(cf.majorVersion).toBe(major);
      const clinit = cf.methods.find((m) => m.name === '<clinit>')!;
      expect(clinit.code!.code[0]).toBe(0xa8);
      expect(clinit.code!.stackMap).toEqual(major < 50 ? null : []);
    }
  });

  it('keeps the parsed fixture base classes loadable', () => {
    for (const [name, bytes] of bases) expect(parseClassFile(bytes, { expectedName: name }).name).toBe(name);
  });
});
