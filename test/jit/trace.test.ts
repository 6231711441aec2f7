// The deopt trace (--deopt-trace=FILE, jit/trace.ts): a real program with loops, calls, a thread
// and exceptions thrown from compiled code, run by the `tern` command; the file is parsed and
// checked for consistency with itself (ids, pcs, times) and with the format (jit/trace-events.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRACE_FORMAT_VERSION, type CompileEvent, type TraceEvent, type TraceHeader, type TraceLine } from '../../jit/trace-events.js';
import { traceHeader, TraceWriter } from '../../jit/trace.js';
import { compileSources } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');

const SOURCE = `
public class TraceMe {
    /** A loop in a class initializer, which never compiles: the trace's bail-out. */
    static final int[] SQUARES = new int[64];
    static { for (int i = 0; i < SQUARES.length; i++) SQUARES[i] = i * i; }

    static int sum(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    static int div(int a, int b) {
        return a / b;
    }

    static long fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static long spin(long n) {
        long x = 0;
        for (long i = 0; i < n; i++) x += i ^ (x >>> 3);
        return x;
    }

    public static void main(String[] args) throws Exception {
        int[] a = new int[1000];
        for (int i = 0; i < a.length; i++) a[i] = i;
        long total = SQUARES[0];
        for (int r = 0; r < 3000; r++) total += sum(a);
        int caught = 0;
        for (int i = 0; i < 3000; i++) {
            try {
                total += div(i, i % 10);
            } catch (ArithmeticException e) {
                caught++;
            }
        }
        total += fib(22);
        long[] box = new long[1];
        Thread t = new Thread(() -> box[0] = spin(3_000_000), "worker-1");
        t.start();
        t.join();
        System.out.println(total + " " + caught + " " + box[0]);
    }
}
`;
/** What HotSpot prints. */
const EXPECTED = '1499788555 300 -4557740668131842456\n';

let classes: { dir: string; dispose: () => void };
beforeAll(() => { classes = compileSources({ 'TraceMe.java': SOURCE }); });
afterAll(() => classes.dispose());

function runTraced(flags: string[], env: Record<string, string> = {}): { out: string; lines: TraceLine[] } {
  const file = join(classes.dir, `trace${flags.join('')}.jsonl`);
  const r = spawnSync('node', [join(ROOT, 'bin', 'tern.js'), `--deopt-trace=${file}`, ...flags, '-cp', classes.dir, 'TraceMe'], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const text = readFileSync(file, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return { out: r.stdout, lines: text.trimEnd().split('\n').map((l) => JSON.parse(l) as TraceLine) };
}

/** Every cross-reference of a trace holds. */
function checkConsistent(lines: TraceLine[]): Map<number, CompileEvent> {
  const header = lines[0] as TraceHeader;
  expect(header).toMatchObject({ ev: 'header', format: 'tern-deopt-trace', version: TRACE_FORMAT_VERSION });
  expect(header.command).toMatch(/^TraceMe -X/);
  const compiles = new Map<number, CompileEvent>();
  let last = 0;
  for (const e of lines.slice(1) as TraceEvent[]) {
    expect(e.t).toBeGreaterThanOrEqual(last);
    last = e.t;
    switch (e.ev) {
      case 'compile': {
        expect(compiles.has(e.id)).toBe(false);
        compiles.set(e.id, e);
        const pcs = new Set(e.code.map((i) => i.pc));
        expect(e.code.length).toBeGreaterThan(0);
        expect(e.bytecodeSize).toBeGreaterThan(Math.max(...pcs));
        for (const s of e.stops) {
          // A stop in inlined code has its pc in the inlined method, not in this listing.
          if (s.inlinedFrom.length === 0) expect(pcs.has(s.pc)).toBe(true);
          expect(['entry-poll', 'loop-poll', 'call', 'allocation', 'throw-check', 'guard', 'unresolved']).toContain(s.kind);
          for (const slot of s.slots) {
            expect(['int', 'float', 'long', 'double', 'ref']).toContain(slot.kind);
            expect(slot.where).toMatch(/^local \d+$/);
          }
        }
        for (const pc of e.osrPcs) {
          expect(pcs.has(pc)).toBe(true);
        }
        expect(e.stops.some((s) => s.pc === 0 && s.kind === 'entry-poll')).toBe(true);
        expect(e.ms).toBeGreaterThanOrEqual(e.genMs! + e.optMs! + e.instantiateMs! - 0.01);
        expect(e.attempt).toBeGreaterThanOrEqual(1);
        expect(e.wasmSize).toBeGreaterThan(0);
        break;
      }
      case 'deopt': case 'osr': case 'invalidate': {
        const c = compiles.get(e.id);
        expect(c, `${e.ev} of id ${e.id} without a compile`).toBeDefined();
        // A deopt in inlined code names the inlined method (its pc is there), under the host's id.
        if (e.ev === 'deopt' && e.method !== c!.method) expect(c!.inlined.some((m) => m.startsWith(`${e.method}@`))).toBe(true);
        else expect(e.method).toBe(c!.method);
        if (e.ev !== 'invalidate') expect(c!.stops.some((s) => s.pc === e.pc), `${e.ev} at ${e.method}@${e.pc}`).toBe(true);
        if (e.ev === 'osr') expect(c!.osrPcs).toContain(e.pc);
        if (e.ev === 'deopt') {
          expect(e.frames.length).toBeGreaterThanOrEqual(1);
          expect(e.frames.at(-1)).toBe(`${e.method}@${e.pc}`);
          expect(e.ms).toBeGreaterThanOrEqual(0);
        }
        break;
      }
      case 'bailout':
        expect(e.reason.length).toBeGreaterThan(0);
        break;
      default:
        throw new Error(`unknown event ${(e as { ev: string }).ev}`);
    }
  }
  return compiles;
}

describe('--deopt-trace', () => {
  it('-Xcomp: compiles, bail-outs, throw/poll/unresolved deopts, invalidations and OSR, consistent', () => {
    // Compiled exception handlers off: main's loop would catch div's ArithmeticExceptions in
    // compiled code (div inlined); off, each one deoptimizes at the idiv of div's own code, as
    // before compiled handlers, which gives the trace throw deopts and an invalidation.
    const { out, lines } = runTraced(['-Xcomp'], { TERN_JIT_HANDLERS: 'off' });
    expect(out).toBe(EXPECTED);
    const compiles = checkConsistent(lines);
    const events = lines.slice(1) as TraceEvent[];
    const mine = (e: TraceEvent) => e.method.startsWith('TraceMe');
    const div = [...compiles.values()].find((c) => c.method === 'TraceMe.div(II)I')!;
    expect(div.trigger).toBe('xcomp');
    expect(div.code.map((i) => i.text)).toEqual(['iload_0', 'iload_1', 'idiv', 'ireturn']);
    // The idiv's zero check: the two operands on the stack above the two locals, all ints in wasm locals.
    const check = div.stops.find((x) => x.pc === 2 && x.kind === 'throw-check')!;
    expect(check).toMatchObject({ pc: 2, kind: 'throw-check', inlinedFrom: [] });
    expect(check.slots.map((x) => [x.slot, x.kind])).toEqual([[0, 'int'], [1, 'int'], [2, 'int'], [3, 'int']]);
    expect(check.slots.every((x) => /^local \d+$/.test(x.where))).toBe(true);
    // div(i, 0) throws 300 times: deopts at the idiv until the code is dropped.
    const divDeopts = events.filter((e) => e.ev === 'deopt' && e.method === div.method && e.reason === 'throw');
    expect(divDeopts.length).toBeGreaterThan(50);
    expect(events.some((e) => e.ev === 'invalidate' && e.id === div.id && /^too many deopts \(throw/.test(e.reason))).toBe(true);
    const sum = [...compiles.values()].find((c) => c.method === 'TraceMe.sum([I)I')!;
    expect(sum.osrPcs).toEqual([4]);
    expect(events.some((e) => e.ev === 'osr' && e.method === 'TraceMe.sum([I)I' && e.pc === 4)).toBe(true);
    // A deopt inside a compiled call from compiled code rebuilds both frames.
    expect(events.some((e) => e.ev === 'deopt' && e.frames.length >= 2 && e.frames[0]!.startsWith('TraceMe.main'))).toBe(true);
    // Uncommon traps only where the compiler could not resolve ahead (classes of the library not
    // loaded yet): TraceMe's own instructions all were (jit/resolution.test.ts has the details).
    expect(events.some((e) => e.ev === 'deopt' && e.reason === 'unresolved' && !mine(e))).toBe(true);
    expect(events.some((e) => e.ev === 'deopt' && e.reason === 'unresolved' && mine(e))).toBe(false);
    expect(events.some((e) => e.ev === 'bailout')).toBe(true);
    const threads = new Set(events.flatMap((e) => (e.ev === 'deopt' && mine(e) ? [e.thread] : [])));
    expect(threads).toEqual(new Set(['main', 'worker-1']));
  }, 120_000);

  it('default mode: the trace does not change the output', () => {
    const { out, lines } = runTraced(['-XX:CompileThreshold=200']);
    expect(out).toBe(EXPECTED);
    checkConsistent(lines);
    expect(lines.some((l) => l.ev === 'compile' && l.trigger !== 'xcomp')).toBe(true);
  }, 120_000);

  it('-Xint: a header and nothing else', () => {
    const { out, lines } = runTraced(['-Xint']);
    expect(out).toBe(EXPECTED);
    expect(lines).toHaveLength(1);
    expect((lines[0] as TraceHeader).command).toBe('TraceMe -Xint');
  }, 120_000);

  it('a file that cannot be written is a usage error', () => {
    const r = spawnSync('node', [join(ROOT, 'bin', 'tern.js'), '--deopt-trace=/nonexistent-dir/t.jsonl', '-cp', classes.dir, 'TraceMe'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Error: Could not open the deopt trace file \/nonexistent-dir\/t.jsonl: /);
    expect(r.stdout).toBe('');
  });
});

describe('TraceWriter', () => {
  it('buffers lines and writes them in chunks', () => {
    const chunks: string[] = [];
    const w = new TraceWriter((c) => chunks.push(c), traceHeader('X -Xmixed', new Date(0)), 300);
    expect(chunks).toEqual([]);
    const e: TraceEvent = { ev: 'osr', t: 1, id: 0, method: 'X.m()V', pc: 3 };
    w.push(e);
    expect(chunks).toEqual([]);
    for (let i = 0; i < 4; i++) w.push(e);
    expect(chunks.length).toBe(1); // passed 300 bytes
    w.push(e);
    w.close();
    w.push(e);
    const all = chunks.join('').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(all[0]).toEqual({ ev: 'header', format: 'tern-deopt-trace', version: TRACE_FORMAT_VERSION, started: '1970-01-01T00:00:00.000Z', command: 'X -Xmixed' });
    expect(all.slice(1)).toEqual(Array(6).fill(e));
  });
});
