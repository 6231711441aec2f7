/**
 * @fileoverview `tern inspect trace FILE` for a terminal: the trace's totals, then tables of the
 * hottest methods, deopts by reason, the methods that keep deoptimizing and bail-outs by reason,
 * and with `--timeline` the compiles, invalidations and deopts per time slice as text bars.
 */
import type { MethodSummary, ReasonCount, TraceReport } from './trace-report.js';

/** Options of {@link formatTraceReport}. */
export interface TraceTextOptions {
  /** Rows per table (the rest are counted in one line). */
  top: number;
  timeline: boolean;
}

/** Longest column text shown before it is shortened (method names can be very long). */
const MAX_NAME = 72;

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
/** A time slice bound: 500, 2.5 (no float noise). */
const bound = (x: number): string => String(Number(x.toPrecision(6)));
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Shortens from the left, keeping the method's name and descriptor end. */
function clip(s: string): string {
  return s.length <= MAX_NAME ? s : '…' + s.substring(s.length - MAX_NAME + 1);
}

/** A table: the `left` columns left-aligned (the first by default), the others right-aligned. */
function table(head: string[], rows: string[][], left: readonly number[] = [0]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string => '  ' + r.map((c, i) => (left.includes(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(head), ...rows.map(line)];
}

function more(total: number, shown: number, what: string): string[] {
  return total > shown ? [`  (${total - shown} more ${what})`] : [];
}

function reasons(list: ReasonCount[], top: number, what: string): string[] {
  const rows = list.slice(0, top).map((r) => [r.reason, String(r.count), String(r.methods), `${clip(r.top)} (${r.topCount})`]);
  return [...table([what, 'count', 'methods', 'most in'], rows, [0, 3]), ...more(list.length, rows.length, 'reasons')];
}

function byReason(m: MethodSummary): string {
  return Object.entries(m.deoptsByReason).sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ');
}

/** The report as text. */
export function formatTraceReport(r: TraceReport, o: TraceTextOptions = { top: 20, timeline: false }): string {
  const out: string[] = [];
  const t = r.totals;
  out.push(`Deopt trace ${r.file}: format ${r.version}, started ${r.started}`);
  out.push(`  command: ${r.command}`);
  const filters = [r.filter.method !== null ? `method /${r.filter.method}/` : '', r.filter.reason !== null ? `reason ${r.filter.reason}` : ''].filter(Boolean);
  if (filters.length > 0) out.push(`  filtered: ${filters.join(', ')}`);
  out.push(`  ${plural(t.methods, 'method')}: ${plural(t.compiles, 'compile')} (${ms(t.compileMs)} ms compiling), ${t.bailouts} not compilable, ` +
    `${plural(t.invalidations, 'invalidation')}, ${plural(t.deopts, 'deopt')} (${ms(t.deoptMs)} ms rebuilding frames), ${plural(t.osrEntries, 'OSR entry', 'OSR entries')}, over ${ms(t.spanMs)} ms`);
  for (const w of r.warnings) out.push(`  warning: ${w}`);

  const compiled = r.methods.filter((m) => m.compiles > 0 || m.deopts > 0);
  out.push('', 'Hottest methods (by compiles, then deopts)');
  if (compiled.length === 0) out.push('  (none)');
  else {
    const rows = compiled.slice(0, o.top).map((m) => [clip(m.method), String(m.compiles), String(m.deopts), String(m.invalidations), ms(m.compileMs), String(m.wasmSize)]);
    out.push(...table(['method', 'compiles', 'deopts', 'invalidated', 'compile ms', 'wasm bytes'], rows), ...more(compiled.length, rows.length, 'methods'));
  }

  out.push('', 'Deopts by reason');
  out.push(...(r.deoptsByReason.length === 0 ? ['  (none)'] : reasons(r.deoptsByReason, o.top, 'reason')));

  out.push('', 'Methods that keep deoptimizing (compiled more than once or invalidated)');
  if (r.unstable.length === 0) out.push('  (none)');
  else {
    const rows = r.unstable.slice(0, o.top).map((m) => [
      clip(m.method), String(m.compiles), String(m.deopts), m.compiles > 0 ? (m.deopts / m.compiles).toFixed(1) : '-', String(m.invalidations),
      [byReason(m), ...m.invalidationReasons.map((x) => `invalidated: ${x}`)].filter(Boolean).join('; '),
    ]);
    out.push(...table(['method', 'compiles', 'deopts', 'deopts/compile', 'invalidated', 'why'], rows, [0, 5]), ...more(r.unstable.length, rows.length, 'methods'));
  }

  out.push('', 'Bail-outs by reason (methods the JIT would not compile)');
  out.push(...(r.bailoutsByReason.length === 0 ? ['  (none)'] : reasons(r.bailoutsByReason, o.top, 'reason')));

  if (o.timeline) out.push('', ...formatTimeline(r));
  return out.join('\n') + '\n';
}

/** Width of the longest bar of the timeline. */
const BAR = 40;

/** The timeline: one row per bucket, counts and a bar each for compiles (C), invalidations (I), deopts (D). */
export function formatTimeline(r: TraceReport): string[] {
  const { bucketMs, buckets } = r.timeline;
  const max = Math.max(1, ...buckets.map((b) => b.compiles + b.invalidations + b.deopts));
  const scale = (n: number): number => (n === 0 ? 0 : Math.max(1, Math.round((n / max) * BAR)));
  const rows = buckets.map((b) => [
    `${bound(b.startMs)}-${bound(b.endMs)}`, String(b.compiles), String(b.invalidations), String(b.deopts),
    'C'.repeat(scale(b.compiles)) + 'I'.repeat(scale(b.invalidations)) + 'D'.repeat(scale(b.deopts)),
  ]);
  return [
    `Timeline (${bound(bucketMs)} ms per row; C compiles, I invalidations, D deopts)`,
    ...table(['ms', 'compiles', 'invalidated', 'deopts', ''], rows, [0, 4]),
  ];
}
