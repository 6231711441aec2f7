/**
 * @fileoverview LambdaMetafactory call sites (metafactory and altMetafactory) from real javac
 * output, validated on HotSpot: every synthetic class passes HotSpot's verifier, and the program's
 * output with Tern's classes linked in equals its output with the JDK's own lambda classes.
 */
import { describe, expect, it } from 'vitest';
import { instructionLength, Op, readU16 } from '../../../src/classfile/opcodes.js';
import { ClassFile, CpEntry, CpTag, RefKind } from '../../../src/classfile/types.js';
import { readCallSite } from '../../../src/runtime/indy/index.js';
import { validateOnHotspot, Validation } from './hotspot-harness.js';

describe('lambda call sites', () => {
  let result: Validation;

  it('compiles, spins every call site and runs the program on HotSpot both ways', async () => {
    result = await validateOnHotspot({
      units: [{ sources: ['lambda/indy/lambda/Shapes.java', 'lambda/indy/lambda/LambdaMain.java'] }],
      mainClass: 'indy.lambda.LambdaMain',
    });
    expect(result.original.exitCode).toBe(0);
  }, 120_000);

  it('covers every implementation kind and both bootstraps', () => {
    const lambdas = result.sites.filter((s) => s.bootstrap.startsWith('java/lang/invoke/LambdaMetafactory.'));
    expect(new Set(lambdas.map((s) => s.bootstrap)).size).toBe(2);
    const kinds = new Set<number>();
    const flags = new Set<number>();
    for (const s of lambdas) {
      const site = readCallSite(s.callerClass, s.cpIndex);
      const impl = site.args[1];
      if (impl?.kind === 'methodHandle') kinds.add(impl.refKind);
      const flag = site.args[3];
      if (flag?.kind === 'int') flags.add(flag.value);
    }
    expect(kinds).toEqual(new Set([RefKind.InvokeStatic, RefKind.InvokeVirtual, RefKind.InvokeInterface, RefKind.NewInvokeSpecial]));
    // 1 serializable, 2 markers, 4 bridges.
    expect([...flags].reduce((a, b) => a | b, 0)).toBe(7);
  });

  it('writes version 52 only for calls through an InterfaceMethodref, and never a StackMapTable', () => {
    for (const s of result.sites) {
      const interfaceCall = s.parsed.constantPool.some(
        (e) => e !== null && e.tag === CpTag.InterfaceMethodref && s.parsed.methods.some((m) => usesStaticOrSpecial(m.code?.code, s.parsed, e)),
      );
      expect(s.parsed.majorVersion).toBe(interfaceCall ? 52 : 49);
      for (const m of s.parsed.methods) expect(m.code?.stackMap ?? []).toEqual([]);
    }
    expect(new Set(result.sites.map((s) => s.parsed.majorVersion))).toEqual(new Set([49, 52]));
  });

  it('passes HotSpot verification and links every call site the program reaches', () => {
    expect(result.patchedStderr).toBe(result.original.stderr.toString('utf8'));
    const keys = result.sites.map((s) => s.key).sort();
    expect([...result.verified].sort()).toEqual(keys);
    // $deserializeLambda$ only runs when a serialized lambda is read back.
    const reachable = result.sites.filter((s) => s.methods.some((m) => m !== '$deserializeLambda$')).map((s) => s.key);
    expect([...result.linked].sort()).toEqual([...new Set(reachable)].sort());
  });

  it('behaves exactly like the JDK', () => {
    expect(result.patched.exitCode).toBe(0);
    expect(result.patched.stdout.toString('utf8')).toBe(result.original.stdout.toString('utf8'));
  });
});

/** True when `code` has an invokestatic or invokespecial whose operand is the pool entry `entry`. */
function usesStaticOrSpecial(code: Uint8Array | undefined, cf: ClassFile, entry: CpEntry): boolean {
  if (code === undefined) return false;
  for (let pc = 0; pc < code.length; pc += instructionLength(code, pc)) {
    const op = code[pc];
    if ((op === Op.invokestatic || op === Op.invokespecial) && cf.constantPool[readU16(code, pc + 1)] === entry) return true;
  }
  return false;
}
