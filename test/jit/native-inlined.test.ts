// A native called from an inlined callee of compiled code (docs/deopt.md "Calls of natives"): the
// native adapter runs it; when it throws, the exception goes to the compiled caller whose handler
// catches it (docs/deopt.md "Exceptions in compiled code") without unwinding it, and the
// exception's stack trace names every frame, the inlined ones included, with HotSpot's line
// numbers. Under -Xcomp, -Xcomp -XX:+DeoptimizeALot and the default mode.
import { describe, expect, it, vi } from 'vitest';
import { compiledLines, javaFixture, runJava } from './helpers.js';
import type { TraceEvent } from '../../jit/trace-events.js';

vi.setConfig({ testTimeout: 300_000 });

const SOURCE = `
public class NativeInlined {
  static int parse(String s) {
    return (int) Double.parseDouble(s);
  }
  static int twice(String s) {
    return parse(s) * 2;
  }
  static int sum(String[] words, int rounds) {
    int s = 0, bad = 0;
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < words.length; i++) {
        try {
          s += twice(words[i]);
        } catch (NumberFormatException e) {
          bad++;
          if (r == rounds - 1) {
            StringBuilder sb = new StringBuilder(e.getMessage());
            for (StackTraceElement el : e.getStackTrace())
              if (el.getClassName().equals("NativeInlined")) sb.append(" < ").append(el.getMethodName()).append(':').append(el.getLineNumber());
            System.out.println(sb);
          }
        }
      }
    }
    return s * 1000 + bad;
  }
  public static void main(String[] args) {
    String[] words = { "1", "2.5", "x", "40", "1e2", "--3", "7" };
    System.out.println(sum(words, 300));
    System.out.println(sum(new String[] { "3", "4" }, 20000));
  }
}`;

const program = javaFixture({ 'NativeInlined.java': SOURCE }, 'NativeInlined');

type DeoptEvent = Extract<TraceEvent, { ev: 'deopt' }>;

describe('a native called from an inlined callee', () => {
  it('-Xcomp: inlined into the compiled loop; its exception is caught there without unwinding, its stack trace names the inlined frames as HotSpot', async () => {
    const events: TraceEvent[] = [];
    const r = await runJava(program.dir, 'NativeInlined', { compileAll: true, trace: (e) => events.push(e) }, 32 << 20);
    expect(r.err).toBe('');
    expect(r.out).toBe(program.expected);
    const sum = compiledLines(r.log, 'NativeInlined.sum([Ljava/lang/String;I)I');
    expect(sum.some((l) => l.includes('NativeInlined.twice(Ljava/lang/String;)I@') && l.includes('NativeInlined.parse(Ljava/lang/String;)I@'))).toBe(true);
    // The first loop throws 600 times. Compiled sum catches the exceptions of its inlined parse
    // itself: no unwind of parseDouble's exception takes sum's frame with it. (Those while sum
    // runs interpreted, after a deopt of its own, unwind the compiled twice it calls: fewer.)
    const threw = events.filter((e): e is DeoptEvent => e.ev === 'deopt' && e.detail?.startsWith('native callee java/lang/Double.parseDouble') === true && e.detail.endsWith('threw'));
    expect(threw.filter((e) => e.frames.some((f) => f.startsWith('NativeInlined.sum(')))).toEqual([]);
    expect(threw.length).toBeLessThan(300);
    // The second loop (valid numbers only) runs 40 000 native calls without unwinding.
    expect(r.jit!.stats.nativeCalls).toBeGreaterThan(40_000);
  });

  it('-Xcomp -XX:+DeoptimizeALot and the default mode (low threshold): same output', async () => {
    for (const jit of [{ compileAll: true, deoptimizeALot: true }, { threshold: 100, preload: true }]) {
      const r = await runJava(program.dir, 'NativeInlined', jit, 32 << 20);
      expect(r.err).toBe('');
      expect(r.out).toBe(program.expected);
    }
  });
});
