// Compile-time resolution: -Xcomp compiles methods before the interpreter ever ran (and resolved)
// their instructions. The compiler resolves them itself (src/interp/linkage.ts resolveAhead) without
// loading or initializing anything: classes not initialized yet get initialization barriers, string
// constants not interned yet a root slot filled later, and only what cannot be resolved from the
// loaded classes stays an uncommon trap. Checked against HotSpot, -Xint's class loading, and the
// deopt trace's stop points.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CompileEvent, DeoptEvent, TraceEvent } from '../../jit/trace-events.js';
import { compiledLines, compileSources, runJava } from './helpers.js';

vi.setConfig({ testTimeout: 300_000 });

const SOURCE = readFileSync(new URL('./Resolve.java.txt', import.meta.url), 'utf8');

let dir = '';
let dispose = () => {};
let expected = '';
beforeAll(() => {
  ({ dir, dispose } = compileSources({ 'Resolve.java': SOURCE }));
  rmSync(join(dir, 'Gone.class'));
  expected = execFileSync('java', ['-Xint', '-cp', dir, 'Resolve'], { encoding: 'utf8' });
});
afterAll(() => dispose());

describe('JIT: compile-time resolution', () => {
  it('-Xcomp: lazy initialization in HotSpot\'s order, errors where used, barriers instead of traps', async () => {
    const events: TraceEvent[] = [];
    const r = await runJava(dir, 'Resolve', { compileAll: true, trace: (e) => events.push(e) });
    expect(r.err).toBe('');
    expect(r.out).toBe(expected);
    // touch() was compiled once, before Counter, Config, Shape and Square were initialized, and kept.
    expect(compiledLines(r.log, 'Resolve.touch(I)I')).toHaveLength(1);
    expect(r.log.filter((l) => l.includes('made not entrant: Resolve.touch'))).toEqual([]);
    const compiles = new Map<number, CompileEvent>();
    for (const e of events) if (e.ev === 'compile') compiles.set(e.id, e);
    const touch = [...compiles.values()].find((c) => c.method === 'Resolve.touch(I)I')!;
    const barriers = touch.stops.filter((s) => s.kind === 'guard').map((s) => s.reason);
    for (const c of ['Resolve$Counter', 'Resolve$Config', 'Resolve$Square']) expect(barriers).toContain(`class ${c} not initialized`);
    expect(touch.stops.some((s) => s.kind === 'unresolved')).toBe(false);
    const deopts = events.filter((e): e is DeoptEvent => e.ev === 'deopt');
    expect(deopts.some((e) => e.method === 'Resolve.touch(I)I' && e.reason === 'init-barrier')).toBe(true);
    // Every deopt stopped at a stop point of its code, of the kind its reason says.
    const kindOf: Record<string, string> = { 'init-barrier': 'guard', unresolved: 'unresolved', 'not-compiled': 'call', throw: 'throw-check' };
    for (const e of deopts) {
      const k = kindOf[e.reason];
      if (k === undefined || e.method !== compiles.get(e.id)!.method) continue;
      expect(compiles.get(e.id)!.stops.some((s) => s.pc === e.pc && s.kind === k), `${e.reason} at ${e.method}@${e.pc}`).toBe(true);
    }
    // Only uses of classes not loaded when the code was compiled are uncommon traps (the deleted
    // class; Late, loaded by the interpreter at the trap) and call sites not linked yet (the
    // string concatenation's invokedynamic: linking runs Java code).
    const traps = deopts.filter((e) => e.reason === 'unresolved' && e.method.startsWith('Resolve.') && !e.method.startsWith('Resolve.main'));
    expect([...new Set(traps.map((e) => `${e.method}@${e.pc}`))].sort()).toEqual(['Resolve.label(I)Ljava/lang/String;@7', 'Resolve.late(I)I@8', 'Resolve.missing(Z)I@6']);
    expect(compiledLines(r.log, 'Resolve.late(I)I').length).toBeGreaterThanOrEqual(1);
    for (const m of ['fields(LResolve$Shape;I)I', 'same(Ljava/lang/String;)Z', 'greet(I)Ljava/lang/String;']) {
      expect(compiledLines(r.log, `Resolve.${m}`), m).toHaveLength(1);
    }
    // greet()'s "hello-resolve" was not interned when it was compiled: its root slot was filled
    // when main interned it, before greet(1) ran (no deopt there, and the same object).
    const greet = [...compiles.values()].find((c) => c.method === 'Resolve.greet(I)Ljava/lang/String;')!;
    expect(greet.stops.some((s) => s.kind === 'guard' && s.reason === 'constant not created yet')).toBe(true);
    expect(deopts.filter((e) => e.method === greet.method)).toEqual([]);
  });

  it('-Xcomp loads the same classes, in the same order, as the interpreter', async () => {
    const interpreted = await runJava(dir, 'Resolve', null);
    const compiled = await runJava(dir, 'Resolve', { compileAll: true });
    expect(compiled.out).toBe(interpreted.out);
    const names = (vm: NonNullable<typeof compiled.vm>) => vm.registry.byId.map((c) => c.name);
    expect(names(compiled.vm!)).toEqual(names(interpreted.vm!));
  });

  it('-Xcomp -XX:+DeoptimizeALot: same output', async () => {
    const r = await runJava(dir, 'Resolve', { compileAll: true, deoptimizeALot: true });
    expect(r.out).toBe(expected);
  });
});
