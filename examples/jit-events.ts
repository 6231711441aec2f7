/**
 * @fileoverview Example: watch the JIT at work through the embedding API. Calls a hot Java method
 * until the JIT has compiled it, makes compiled code deoptimize by dividing by zero, and prints a
 * summary of the compile and deoptimization events (the same events `--deopt-trace=FILE` writes,
 * jit/trace-events.ts). `node dist/examples/jit-events.js` after `npm run build`.
 */
import { join } from 'node:path';
import { Tern, type TraceEvent } from '../src/api/index.js';

const classes = join(import.meta.dirname, '..', '..', 'build', 'examples');
// The JIT is on by default; a low threshold makes methods hot after 500 calls instead of 10 000.
const tern = await Tern.start({ classPath: [classes], jit: { threshold: 500 } });

const events: TraceEvent[] = [];
tern.on('jit', (e) => {
  if (e.method.startsWith('Hot.')) events.push(e);
});
const compiled = (method: string): boolean => events.some((e) => e.ev === 'compile' && e.method === method);

// Binaryen is loaded when the first method gets hot, while Java keeps running interpreted:
// call until the kernel has compiled code (a few rounds).
let total = 0n;
for (let round = 0; !compiled('Hot.kernel(II)J'); round++) {
  if (round === 1000) throw new Error('the kernel was never compiled');
  total += await tern.call<bigint>('Hot', 'run', '(I)J', 1000);
}
console.log('kernel compiled; one more run gives', await tern.call('Hot', 'run', '(I)J', 1000));

// Division by zero in compiled code deoptimizes: the interpreter throws the exception.
while (!compiled('Hot.ratio(II)I')) await tern.call('Hot', 'checked', '(I)Ljava/lang/String;', 700);
console.log('checked:', await tern.call('Hot', 'checked', '(I)Ljava/lang/String;', 7000));

// The summary: per method, compiles (with why and how long they took) and deopts by reason.
const methods = [...new Set(events.map((e) => e.method))].sort();
for (const m of methods) {
  const mine = events.filter((e) => e.method === m);
  const compiles = mine.flatMap((e) => (e.ev === 'compile' ? [e] : []));
  const count = (ev: TraceEvent['ev'], key: (e: TraceEvent) => string): string => {
    const n = new Map<string, number>();
    for (const e of mine) if (e.ev === ev) n.set(key(e), (n.get(key(e)) ?? 0) + 1);
    return [...n].map(([k, v]) => `${k} ${v}x`).join(', ');
  };
  if (compiles.length === 0) {
    console.log(`${m}: not compiled (${count('bailout', (e) => (e.ev === 'bailout' ? e.reason : ''))})`);
    continue;
  }
  const ms = compiles.map((c) => c.ms);
  console.log(`${m}: compiled ${compiles.length}x (${[...new Set(compiles.map((c) => c.trigger))].join(', ')}; ` +
    `${Math.min(...ms).toFixed(1)}-${Math.max(...ms).toFixed(1)} ms each)`);
  const deopts = count('deopt', (e) => (e.ev === 'deopt' ? e.reason : ''));
  if (deopts) console.log(`  deopts: ${deopts}`);
  const dropped = count('invalidate', (e) => (e.ev === 'invalidate' ? e.reason : ''));
  if (dropped) console.log(`  code dropped: ${dropped}`);
}
const first = events.find((e) => e.ev === 'compile' && e.method === 'Hot.ratio(II)I');
if (first?.ev === 'compile') console.log('Hot.ratio stops:', first.stops.map((s) => `${s.kind}@${s.pc}`).join(' '));
console.log('exit status', await tern.close());
