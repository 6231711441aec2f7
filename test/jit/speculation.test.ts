// Profile-driven speculation (docs/deopt.md "Speculation: unstable-if"): the interpreter profiles
// the forward conditional branches of warm methods; compiled code replaces a way a branch never
// went by an uncommon trap (reason `unstable-if`, the guard's reason in the trace). When the
// branch goes that way, the code deoptimizes, is dropped and recompiled with the new profile;
// after 4 such traps in one method it is recompiled without branch speculation. Output checked
// against HotSpot; the deopt trace shows guards, deopts (with their detail) and invalidations.
import { describe, expect, it, vi } from 'vitest';
import { javaFixture, runJava } from './helpers.js';
import type { CompileEvent, DeoptEvent, InvalidateEvent, TraceEvent } from '../../jit/trace-events.js';

vi.setConfig({ testTimeout: 300_000 });

const SOURCE = `
public class Phases {
  static int rare;
  static void bump() { rare++; }
  /**
   * Each phase makes one more branch go the way it never went before. (Its call keeps it from
   * being inlined into main's loop as a leaf, so its own code holds the guards.)
   */
  static int classify(int x, int phase) {
    int r = x & 15;
    if (phase > 0 && x % 3 == 0) { bump(); r += 100; }
    if (phase > 1) r ^= 7;
    if (phase > 2) r += 1000;
    if (phase > 3) r -= 5;
    if (phase > 4) r *= 3;
    if (phase > 5) r >>= 1;
    return r;
  }
  public static void main(String[] args) {
    long s = 0;
    for (int phase = 0; phase < 7; phase++) {
      for (int i = 0; i < 2000; i++) s += classify(i, phase);
      System.out.println("phase " + phase + " " + s + " " + rare);
    }
  }
}`;

const program = javaFixture({ 'Phases.java': SOURCE }, 'Phases');

const CLASSIFY = 'Phases.classify(II)I';

describe('unstable-if', () => {
  it('speculates on never-taken branches, traps when they are taken, recompiles, then gives up speculating', async () => {
    const events: TraceEvent[] = [];
    const r = await runJava(program.dir, 'Phases', { threshold: 300, preload: true, trace: (e) => events.push(e) });
    expect(r.err).toBe('');
    expect(r.out).toBe(program.expected);
    const compiles = events.filter((e): e is CompileEvent => e.ev === 'compile' && e.method === CLASSIFY);
    const deopts = events.filter((e): e is DeoptEvent => e.ev === 'deopt' && e.method === CLASSIFY && e.reason === 'unstable-if');
    const invalidations = events.filter((e): e is InvalidateEvent => e.ev === 'invalidate' && e.method === CLASSIFY);
    const guards = (c: CompileEvent) => c.stops.filter((s) => s.kind === 'guard' && (s.reason ?? '').startsWith('unstable-if'));
    // The first code speculates on all six phase tests (never fall through during phase 0).
    expect(guards(compiles[0]!).length).toBeGreaterThanOrEqual(6);
    expect(guards(compiles[0]!)[0]!.reason).toMatch(/^unstable-if: branch to \d+ always taken \(profile: \d+ taken, 0 not taken\)$/);
    // Phases 1-4 each trap once; each trap drops the code and names its guard in the trace.
    expect(deopts.length).toBe(4);
    for (const d of deopts) {
      expect(d.detail).toMatch(/^unstable-if: /);
      expect(guards(compiles.find((c) => c.id === d.id)!).map((s) => s.pc)).toContain(d.pc);
    }
    expect(invalidations.filter((e) => e.reason.startsWith('unstable-if at pc')).length).toBe(4);
    expect(invalidations.some((e) => e.reason.includes('recompiled without branch speculation'))).toBe(true);
    // Each recompile speculates less; the last one not at all (phases 5 and 6 trap no more).
    expect(compiles.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < compiles.length; i++) expect(guards(compiles[i]!).length).toBeLessThan(guards(compiles[i - 1]!).length);
    expect(guards(compiles[compiles.length - 1]!)).toHaveLength(0);
    expect(r.jit!.stats.deopts.get('unstable-if')).toBe(4);
  });

  it('-Xint: no profile, same output', async () => {
    const r = await runJava(program.dir, 'Phases', null);
    expect(r.out).toBe(program.expected);
  });
});
