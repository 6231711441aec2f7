/**
 * @fileoverview spinCallSite's dispatch and its BootstrapMethodErrors, on call sites assembled with
 * the class writer (javac never produces malformed ones), plus string-concatenation constants of
 * every kind the JDK accepts from javac-like callers, validated on HotSpot.
 */
import { describe, expect, it } from 'vitest';
import { Op } from '../../../src/classfile/opcodes.js';
import { parseClassFile } from '../../../src/classfile/parser.js';
import { Acc, ClassFile, RefKind } from '../../../src/classfile/types.js';
import { JavaThrow } from '../../../src/runtime/errors.js';
import { ConstantPoolBuilder } from '../../../src/runtime/indy/class-writer.js';
import { ClassWriter } from '../../../src/runtime/indy/class-writer.js';
import { spinCallSite } from '../../../src/runtime/indy/index.js';
import { validateOnHotspot } from './hotspot-harness.js';

const LOOKUP = 'Ljava/lang/invoke/MethodHandles$Lookup;';
const CALL_SITE = 'Ljava/lang/invoke/CallSite;';
const MT = 'Ljava/lang/invoke/MethodType;';
const STRING = 'Ljava/lang/String;';
const CONCAT = ['java/lang/invoke/StringConcatFactory', 'makeConcatWithConstants', `(${LOOKUP}${STRING}${MT}${STRING}[Ljava/lang/Object;)${CALL_SITE}`] as const;
const METAFACTORY = [
  'java/lang/invoke/LambdaMetafactory',
  'metafactory',
  `(${LOOKUP}${STRING}${MT}${MT}Ljava/lang/invoke/MethodHandle;${MT})${CALL_SITE}`,
] as const;
const OBJECT_METHODS = [
  'java/lang/runtime/ObjectMethods',
  'bootstrap',
  `(${LOOKUP}${STRING}Ljava/lang/invoke/TypeDescriptor;Ljava/lang/Class;${STRING}[Ljava/lang/invoke/MethodHandle;)Ljava/lang/Object;`,
] as const;

/** A call site to test: the bootstrap (owner, name, descriptor), its static arguments, the site's name and type. */
interface SiteSpec {
  bootstrap: readonly [string, string, string];
  bootstrapKind?: RefKind;
  args: (pool: ConstantPoolBuilder) => number[];
  name: string;
  descriptor: string;
}

/** Assembles `p/Caller` (version 52) holding the call site; `main` may use it. */
function callerWith(spec: SiteSpec, main?: (cw: ClassWriter, bootstrapIndex: number) => void): { bytes: Uint8Array; cpIndex: number } {
  const cw = new ClassWriter({ name: 'p/Caller', superName: 'java/lang/Object', flags: Acc.Public | Acc.Super, majorVersion: 52 });
  const [owner, name, desc] = spec.bootstrap;
  const handle = cw.pool.methodHandle(spec.bootstrapKind ?? RefKind.InvokeStatic, cw.pool.methodRef(owner, name, desc));
  const bootstrapIndex = cw.addBootstrapMethod(handle, spec.args(cw.pool));
  const cpIndex = cw.pool.invokeDynamic(bootstrapIndex, spec.name, spec.descriptor);
  main?.(cw, bootstrapIndex);
  return { bytes: cw.toBytes(), cpIndex };
}

/** The parsed caller and pool index of the call site described by `spec`. */
function site(spec: SiteSpec): { caller: ClassFile; cpIndex: number } {
  const { bytes, cpIndex } = callerWith(spec);
  return { caller: parseClassFile(bytes), cpIndex };
}

/** Spins `spec` and returns the BootstrapMethodError message it must throw. */
function bootstrapErrorOf(spec: SiteSpec | { caller: ClassFile; cpIndex: number }): string {
  const s = 'bootstrap' in spec ? site(spec) : spec;
  try {
    spinCallSite({ ...s, syntheticName: 'p/Caller$$Lambda$1' });
  } catch (e) {
    expect(e).toBeInstanceOf(JavaThrow);
    expect((e as JavaThrow).javaClass).toBe('java/lang/BootstrapMethodError');
    return (e as JavaThrow).javaMessage ?? '';
  }
  throw new Error('no BootstrapMethodError');
}

describe('spinCallSite errors', () => {
  it('rejects an unknown bootstrap method', () => {
    const message = bootstrapErrorOf({ bootstrap: ['p/Boot', 'bsm', `(${LOOKUP}${STRING}${MT})${CALL_SITE}`], args: () => [], name: 'x', descriptor: '()V' });
    expect(message).toMatch(/^invokedynamic #\d+ in p\/Caller: unsupported bootstrap method REF_invokeStatic p\/Boot\.bsm\(/);
  });

  it('rejects a known bootstrap reached through another handle kind', () => {
    const message = bootstrapErrorOf({ bootstrap: CONCAT, bootstrapKind: RefKind.InvokeVirtual, args: (p) => [p.string('\u0001')], name: 'c', descriptor: `(I)${STRING}` });
    expect(message).toMatch(/unsupported bootstrap method REF_invokeVirtual/);
  });

  it('rejects an index that is not a CONSTANT_InvokeDynamic', () => {
    const { caller } = site({ bootstrap: CONCAT, args: (p) => [p.string('x')], name: 'c', descriptor: `()${STRING}` });
    expect(bootstrapErrorOf({ caller, cpIndex: 1 })).toMatch(/is not a CONSTANT_InvokeDynamic/);
    expect(bootstrapErrorOf({ caller, cpIndex: 9999 })).toMatch(/is not a CONSTANT_InvokeDynamic/);
  });

  it('rejects malformed string concatenations', () => {
    const concat = (recipe: string, descriptor: string, constants: (p: ConstantPoolBuilder) => number[] = () => []): SiteSpec => ({
      bootstrap: CONCAT,
      args: (p) => [p.string(recipe), ...constants(p)],
      name: 'makeConcatWithConstants',
      descriptor,
    });
    expect(bootstrapErrorOf(concat('\u0001\u0001', `(I)${STRING}`))).toMatch(/recipe uses more arguments than the call site's 1/);
    expect(bootstrapErrorOf(concat('\u0001', `(II)${STRING}`))).toMatch(/mismatched number of concat arguments/);
    expect(bootstrapErrorOf(concat('\u0002', `()${STRING}`))).toMatch(/recipe uses more constants than the 0 given/);
    expect(bootstrapErrorOf(concat('', `()${STRING}`, (p) => [p.string('x')]))).toMatch(/mismatched number of concat constants/);
    expect(bootstrapErrorOf(concat('\u0001', '(I)I'))).toMatch(/must return java.lang.String/);
    expect(bootstrapErrorOf(concat('\u0002', `()${STRING}`, (p) => [p.methodType('()V')]))).toMatch(/unsupported string concatenation constant/);
    expect(bootstrapErrorOf({ bootstrap: CONCAT, args: () => [], name: 'c', descriptor: `()${STRING}` })).toMatch(/needs a String recipe/);
  });

  it('rejects malformed lambdas', () => {
    const lambda = (impl: (p: ConstantPoolBuilder) => number, sam: string, descriptor: string): SiteSpec => ({
      bootstrap: METAFACTORY,
      args: (p) => [p.methodType(sam), impl(p), p.methodType(sam)],
      name: 'run',
      descriptor,
    });
    const staticImpl = (desc: string) => (p: ConstantPoolBuilder) => p.methodHandle(RefKind.InvokeStatic, p.methodRef('p/Caller', 'impl', desc));
    expect(bootstrapErrorOf(lambda(staticImpl('(I)V'), '()V', '()Ljava/lang/Runnable;'))).toMatch(/incorrect number of parameters/);
    expect(bootstrapErrorOf(lambda(staticImpl('()V'), '()I', '()Ljava/util/function/IntSupplier;'))).toMatch(/returns void/);
    expect(bootstrapErrorOf(lambda(staticImpl('()Z'), '()I', '()Ljava/util/function/IntSupplier;'))).toMatch(/Z cannot be widened to I/);
    expect(bootstrapErrorOf(lambda(staticImpl('()V'), '()V', '()I'))).toMatch(/must return an interface/);
    const field = (p: ConstantPoolBuilder): number => p.methodHandle(RefKind.GetField, p.fieldRef('p/Caller', 'f', 'I'));
    expect(bootstrapErrorOf(lambda(field, '()V', '(Lp/Caller;)Ljava/lang/Runnable;'))).toMatch(/unsupported lambda implementation REF_getField p\/Caller\.f:I/);
    expect(bootstrapErrorOf({ bootstrap: METAFACTORY, args: (p) => [p.methodType('()V')], name: 'run', descriptor: '()Ljava/lang/Runnable;' })).toMatch(
      /metafactory expects 3 static arguments/,
    );
  });

  it('rejects malformed record methods', () => {
    const getter = (p: ConstantPoolBuilder): number => p.methodHandle(RefKind.GetField, p.fieldRef('p/R', 'x', 'I'));
    const record = (name: string, descriptor: string, names: string, getters: number): SiteSpec => ({
      bootstrap: OBJECT_METHODS,
      args: (p) => [p.classRef('p/R'), p.string(names), ...Array.from({ length: getters }, () => getter(p))],
      name,
      descriptor,
    });
    expect(bootstrapErrorOf(record('compareTo', '(Lp/R;Lp/R;)I', 'x', 1))).toMatch(/cannot generate method compareTo/);
    expect(bootstrapErrorOf(record('hashCode', '(Lp/R;)J', 'x', 1))).toMatch(/hashCode must have descriptor \(Lp\/R;\)I/);
    expect(bootstrapErrorOf(record('toString', `(Lp/R;)${STRING}`, 'x;y', 1))).toMatch(/2 component names but 1 getters/);
    expect(bootstrapErrorOf(record('toString', `(Lp/R;)${STRING}`, '', 1))).toMatch(/0 component names but 1 getters/);
  });
});

describe('string concatenation constants', () => {
  it('prints every constant kind like the JDK', async () => {
    const recipe = '\u0002|\u0002|\u0002|\u0002|\u0002|\u0002|\u0002|\u0002|\u0001';
    const spec: SiteSpec = {
      bootstrap: CONCAT,
      args: (p) => [
        p.string(recipe),
        p.integer(-7),
        p.long(1n << 40n),
        p.float(1.1),
        p.double(1e21),
        p.double(0.001),
        p.float(NaN),
        p.string('s\u0001\u0002'),
        p.double(-0),
      ],
      name: 'makeConcatWithConstants',
      descriptor: `(${STRING})${STRING}`,
    };
    const { bytes } = callerWith(spec, (cw, bootstrapIndex) => {
      cw.addMethod(Acc.Public | Acc.Static, 'main', '([Ljava/lang/String;)V')
        .getStatic('java/lang/System', 'out', 'Ljava/io/PrintStream;')
        .ldcString('arg')
        .invokeDynamic(bootstrapIndex, spec.name, spec.descriptor)
        .invoke(Op.invokevirtual, 'java/io/PrintStream', 'println', `(${STRING})V`)
        .op(Op.return);
    });
    const result = await validateOnHotspot({ units: [], mainClass: 'p.Caller', extraClasses: [{ name: 'p/Caller', bytes }] });
    expect(result.original.exitCode).toBe(0);
    expect(result.sites).toHaveLength(1);
    expect(result.linked.size).toBe(1);
    expect(result.patched.stderr.toString('utf8')).not.toMatch(/Exception/);
    expect(result.patched.stdout.toString('utf8')).toBe(result.original.stdout.toString('utf8'));
  }, 120_000);
});
