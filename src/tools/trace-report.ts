/**
 * @fileoverview What `tern inspect trace` computes from a deopt trace: per-method totals, deopts
 * and bail-outs by reason, the methods that keep deoptimizing, a bucketed timeline, and per
 * method the detail the HTML page shows (listing, stop points with their frame states, deopt
 * sites with counts). Plain data, JSON-safe: `--json` prints it and the page embeds it.
 *
 * Deopts are charged to the compiled method that was running (found through the event's
 * compiled-method `id`), not to the innermost inlined method the event names.
 */
import type { CompileEvent, TraceEvent, TraceInstruction, TraceStopPoint } from '../../jit/trace-events.js';
import type { ParsedTrace } from './trace-read.js';

/** `--method REGEX` and `--reason R`. */
export interface TraceFilter {
  /** Regular expression (unanchored) over method names. */
  method: string | null;
  /**
   * Keeps deopts whose reason is R (or whose guard detail contains R), invalidations and
   * bail-outs whose reason contains R, and the compiles and OSR entries of methods that have one.
   */
  reason: string | null;
}

/** Totals of one method. */
export interface MethodSummary {
  method: string;
  compiles: number;
  deopts: number;
  invalidations: number;
  bailouts: number;
  osrEntries: number;
  /** Time spent compiling it, all attempts. */
  compileMs: number;
  /** Of its latest compile. */
  bytecodeSize: number;
  wasmSize: number;
  deoptsByReason: Record<string, number>;
  /** Distinct invalidation reasons, in order of first appearance. */
  invalidationReasons: string[];
  /** The latest bail-out reason, or null. */
  bailoutReason: string | null;
}

/** A reason and how often it occurred. */
export interface ReasonCount {
  reason: string;
  count: number;
  /** Distinct methods it occurred in. */
  methods: number;
  /** The method where it occurred most. */
  top: string;
  topCount: number;
}

/** Events in one time slice of the run. */
export interface TimelineBucket {
  startMs: number;
  endMs: number;
  compiles: number;
  invalidations: number;
  deopts: number;
  bailouts: number;
}

/** Everything the terminal shows and `--json` prints. */
export interface TraceReport {
  file: string;
  version: number;
  started: string;
  command: string;
  filter: TraceFilter;
  warnings: string[];
  totals: {
    methods: number;
    compiles: number;
    bailouts: number;
    invalidations: number;
    deopts: number;
    osrEntries: number;
    compileMs: number;
    /** Time spent rebuilding interpreter frames. */
    deoptMs: number;
    /** Time of the last event. */
    spanMs: number;
  };
  /** Every method with an event, by compiles, then deopts, then compile time. */
  methods: MethodSummary[];
  deoptsByReason: ReasonCount[];
  /** Methods compiled more than once or invalidated: by invalidations, then deopts. */
  unstable: MethodSummary[];
  /** Bail-out reasons with the pc dropped (`unsupported instruction new`), most frequent first. */
  bailoutsByReason: ReasonCount[];
  timeline: { bucketMs: number; buckets: TimelineBucket[] };
}

/** One compile of a method, as the page shows it. */
export interface CompileDetail {
  id: number;
  attempt: number;
  t: number;
  ms: number;
  genMs: number | null;
  optMs: number | null;
  instantiateMs: number | null;
  bytecodeSize: number;
  wasmSize: number;
  trigger: string;
  osrPcs: readonly number[];
  inlined: readonly string[];
  assumptions: readonly string[];
  stops: readonly TraceStopPoint[];
  /** Deopts of this compiled code. */
  deopts: number;
  /** Why this code was dropped, or null while it was still installed at the end. */
  invalidated: string | null;
}

/** Deopts at one place of a method with one reason. */
export interface DeoptSite {
  /** pc in the compiled method: the deopt's own pc, or for inlined code the call's pc in the outermost frame. */
  pc: number;
  /** pc in the innermost method (equal to `pc` when not inlined). */
  innerPc: number;
  /** Innermost method, when it is not the compiled one (inlined code). */
  inlinedMethod: string | null;
  reason: string;
  detail: string | null;
  count: number;
  /** Frames rebuilt by the first such deopt, outermost first. */
  frames: readonly string[];
  threads: string[];
  ms: number;
}

/** Everything the page shows for one method. */
export interface MethodDetail {
  summary: MethodSummary;
  compiles: CompileDetail[];
  /** Listing of the latest compile that carried one. */
  code: readonly TraceInstruction[];
  deoptSites: DeoptSite[];
  invalidations: { t: number; id: number; reason: string }[];
  bailouts: { t: number; reason: string }[];
  osr: { pc: number; count: number }[];
}

/** The report plus per-method detail: the data of the HTML page. */
export interface TraceData {
  report: TraceReport;
  details: MethodDetail[];
  /** Every compile, invalidation, deopt and bail-out time, for the page's timeline. */
  events: { t: number; ev: 'compile' | 'invalidate' | 'deopt' | 'bailout'; method: string }[];
}

const NO_FILTER: TraceFilter = { method: null, reason: null };

/** Splits `method@pc` (the form of inlined chains and deopt frames). */
export function splitFrame(frame: string): { method: string; pc: number } {
  const at = frame.lastIndexOf('@');
  if (at < 0) return { method: frame, pc: -1 };
  return { method: frame.substring(0, at), pc: Number(frame.substring(at + 1)) };
}

/** A bail-out reason without its position, so that reasons group (`unsupported instruction new at pc 4`). */
export function bailoutKind(reason: string): string {
  return reason.replace(/ at pc \d+$/, '');
}

/** The compiled method each event belongs to (deopts and OSR entries through their code's id). */
function ownerOf(e: TraceEvent, owners: Map<number, string>): string {
  if (e.ev === 'deopt' || e.ev === 'osr' || e.ev === 'invalidate') return owners.get(e.id) ?? e.method;
  return e.method;
}

/** The events that pass the filter. Throws SyntaxError for a bad --method regular expression. */
export function filterEvents(events: readonly TraceEvent[], filter: TraceFilter): TraceEvent[] {
  const owners = new Map<number, string>();
  for (const e of events) if (e.ev === 'compile') owners.set(e.id, e.method);
  let out = [...events];
  if (filter.method !== null) {
    const re = new RegExp(filter.method);
    out = out.filter((e) => re.test(ownerOf(e, owners)) || re.test(e.method));
  }
  if (filter.reason !== null) {
    const r = filter.reason;
    const matches = (e: TraceEvent): boolean =>
      e.ev === 'deopt' ? e.reason === r || (e.detail ?? '').includes(r) : e.ev === 'invalidate' || e.ev === 'bailout' ? e.reason.includes(r) : false;
    const methods = new Set(out.filter(matches).map((e) => ownerOf(e, owners)));
    out = out.filter((e) => matches(e) || ((e.ev === 'compile' || e.ev === 'osr') && methods.has(ownerOf(e, owners))));
  }
  return out;
}

/** A bucket size of 1, 2 or 5 times a power of ten giving at most `n` buckets over `span` ms. */
function niceBucket(span: number, n: number): number {
  const raw = Math.max(span, 1) / n;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

function reasonCounts(items: { reason: string; method: string }[]): ReasonCount[] {
  const by = new Map<string, Map<string, number>>();
  for (const { reason, method } of items) {
    const m = by.get(reason) ?? new Map<string, number>();
    m.set(method, (m.get(method) ?? 0) + 1);
    by.set(reason, m);
  }
  const out: ReasonCount[] = [];
  for (const [reason, m] of by) {
    let top = '', topCount = 0, count = 0;
    for (const [method, n] of m) {
      count += n;
      if (n > topCount) [top, topCount] = [method, n];
    }
    out.push({ reason, count, methods: m.size, top, topCount });
  }
  return out.sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

/** The data of the terminal report and the page. `buckets` is the timeline's maximum bucket count. */
export function analyzeTrace(trace: ParsedTrace, filter: TraceFilter = NO_FILTER, buckets = 20): TraceData {
  const events = filterEvents(trace.events, filter);
  const owners = new Map<number, string>();
  for (const e of trace.events) if (e.ev === 'compile') owners.set(e.id, e.method);
  const details = new Map<string, MethodDetail>();
  const compileById = new Map<number, CompileDetail>();
  const detail = (method: string): MethodDetail => {
    let d = details.get(method);
    if (!d) {
      d = {
        summary: {
          method, compiles: 0, deopts: 0, invalidations: 0, bailouts: 0, osrEntries: 0, compileMs: 0, bytecodeSize: 0, wasmSize: 0,
          deoptsByReason: {}, invalidationReasons: [], bailoutReason: null,
        },
        compiles: [], code: [], deoptSites: [], invalidations: [], bailouts: [], osr: [],
      };
      details.set(method, d);
    }
    return d;
  };
  let deoptMs = 0, spanMs = 0;
  const deoptReasons: { reason: string; method: string }[] = [];
  const bailReasons: { reason: string; method: string }[] = [];
  for (const e of events) {
    spanMs = Math.max(spanMs, e.t);
    const d = detail(ownerOf(e, owners));
    const s = d.summary;
    switch (e.ev) {
      case 'compile': {
        s.compiles++;
        s.compileMs += e.ms;
        s.bytecodeSize = e.bytecodeSize ?? 0;
        s.wasmSize = e.wasmSize ?? 0;
        const c = compileDetail(e);
        d.compiles.push(c);
        compileById.set(e.id, c);
        if (e.code.length > 0) d.code = e.code;
        break;
      }
      case 'bailout':
        s.bailouts++;
        s.bailoutReason = e.reason;
        d.bailouts.push({ t: e.t, reason: e.reason });
        bailReasons.push({ reason: bailoutKind(e.reason), method: s.method });
        break;
      case 'invalidate': {
        s.invalidations++;
        if (!s.invalidationReasons.includes(e.reason)) s.invalidationReasons.push(e.reason);
        d.invalidations.push({ t: e.t, id: e.id, reason: e.reason });
        const c = compileById.get(e.id);
        if (c) c.invalidated = e.reason;
        break;
      }
      case 'deopt': {
        s.deopts++;
        s.deoptsByReason[e.reason] = (s.deoptsByReason[e.reason] ?? 0) + 1;
        deoptMs += e.ms ?? 0;
        deoptReasons.push({ reason: e.reason, method: s.method });
        const c = compileById.get(e.id);
        if (c) c.deopts++;
        const frames = Array.isArray(e.frames) ? e.frames : [];
        const inlined = frames.length > 1 && e.method !== s.method;
        const pc = inlined ? splitFrame(frames[0]!).pc : e.pc;
        const detailText = e.detail ?? null;
        let site = d.deoptSites.find((x) => x.pc === pc && x.innerPc === e.pc && x.reason === e.reason && x.detail === detailText && x.inlinedMethod === (inlined ? e.method : null));
        if (!site) {
          site = { pc, innerPc: e.pc, inlinedMethod: inlined ? e.method : null, reason: e.reason, detail: detailText, count: 0, frames, threads: [], ms: 0 };
          d.deoptSites.push(site);
        }
        site.count++;
        site.ms += e.ms ?? 0;
        if (typeof e.thread === 'string' && !site.threads.includes(e.thread)) site.threads.push(e.thread);
        break;
      }
      case 'osr': {
        s.osrEntries++;
        const o = d.osr.find((x) => x.pc === e.pc);
        if (o) o.count++;
        else d.osr.push({ pc: e.pc, count: 1 });
        break;
      }
    }
  }
  for (const d of details.values()) d.deoptSites.sort((a, b) => b.count - a.count || a.pc - b.pc);
  const methods = [...details.values()].map((d) => d.summary)
    .sort((a, b) => b.compiles - a.compiles || b.deopts - a.deopts || b.compileMs - a.compileMs || a.method.localeCompare(b.method));
  const unstable = methods.filter((m) => m.compiles > 1 || m.invalidations > 0)
    .sort((a, b) => b.invalidations - a.invalidations || b.deopts - a.deopts || a.method.localeCompare(b.method));
  const bucketMs = niceBucket(spanMs, buckets);
  const timeline: TimelineBucket[] = [];
  const n = Math.max(1, Math.min(buckets, Math.floor(spanMs / bucketMs) + 1));
  for (let i = 0; i < n; i++) timeline.push({ startMs: i * bucketMs, endMs: (i + 1) * bucketMs, compiles: 0, invalidations: 0, deopts: 0, bailouts: 0 });
  const timed: TraceData['events'] = [];
  for (const e of events) {
    if (e.ev === 'osr') continue;
    const b = timeline[Math.min(n - 1, Math.floor(e.t / bucketMs))]!;
    if (e.ev === 'compile') b.compiles++;
    else if (e.ev === 'invalidate') b.invalidations++;
    else if (e.ev === 'deopt') b.deopts++;
    else b.bailouts++;
    timed.push({ t: e.t, ev: e.ev, method: ownerOf(e, owners) });
  }
  const sum = (f: (m: MethodSummary) => number): number => methods.reduce((x, m) => x + f(m), 0);
  const report: TraceReport = {
    file: trace.file,
    version: trace.header.version,
    started: trace.header.started,
    command: trace.header.command,
    filter,
    warnings: trace.warnings,
    totals: {
      methods: methods.length,
      compiles: sum((m) => m.compiles),
      bailouts: sum((m) => m.bailouts),
      invalidations: sum((m) => m.invalidations),
      deopts: sum((m) => m.deopts),
      osrEntries: sum((m) => m.osrEntries),
      compileMs: sum((m) => m.compileMs),
      deoptMs,
      spanMs,
    },
    methods,
    deoptsByReason: reasonCounts(deoptReasons),
    unstable,
    bailoutsByReason: reasonCounts(bailReasons),
    timeline: { bucketMs, buckets: timeline },
  };
  return { report, details: [...details.values()], events: timed };
}

function compileDetail(e: CompileEvent): CompileDetail {
  return {
    id: e.id, attempt: e.attempt, t: e.t, ms: e.ms, genMs: e.genMs ?? null, optMs: e.optMs ?? null, instantiateMs: e.instantiateMs ?? null,
    bytecodeSize: e.bytecodeSize ?? 0, wasmSize: e.wasmSize ?? 0, trigger: e.trigger ?? '',
    osrPcs: e.osrPcs ?? [], inlined: e.inlined ?? [], assumptions: e.assumptions ?? [],
    // The page reads every stop's chain and slots: default what a sparse writer left out.
    stops: e.stops.map((s) => ({ ...s, inlinedFrom: s.inlinedFrom ?? [], slots: s.slots ?? [] })), deopts: 0, invalidated: null,
  };
}
