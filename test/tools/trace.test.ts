// The deopt trace inspector's reader, analysis, terminal text and HTML page, on the committed
// realistic trace of fixtures/ShapeReport.java (hand-checked counts below) and on small traces
// built from the same class files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageData, scriptJson, traceHtml, type PageData } from '../../src/tools/trace-html.js';
import { parseTrace, TraceFormatError } from '../../src/tools/trace-read.js';
import { analyzeTrace } from '../../src/tools/trace-report.js';
import { formatTraceReport } from '../../src/tools/trace-text.js';
import { FIXTURES, shapeReportTrace } from './support/shape-report-trace.js';

const FILE = join(FIXTURES, 'shape-report.deopt-trace.jsonl');
const TEXT = readFileSync(FILE, 'utf8');
const trace = () => parseTrace(TEXT, 'shape.jsonl');
const HEADER = '{"ev":"header","format":"tern-deopt-trace","version":1,"started":"2026-12-07T00:00:00.000Z","command":"Main"}';
const TOTAL = 'ShapeReport.total([LShapeReport$Shape;)D';
const PERCENT = 'ShapeReport.percent(II)I';

describe('the committed fixture', () => {
  it('is what the generator makes from ShapeReport.java (listings and frame states from the real class files)', () => {
    expect(shapeReportTrace()).toBe(TEXT);
  });
});

describe('parseTrace', () => {
  it('reads the header and every event', () => {
    const t = trace();
    expect(t.header.command).toBe('ShapeReport -XX:CompileThreshold=100');
    expect(t.events).toHaveLength(TEXT.trim().split('\n').length - 1);
    expect(t.warnings).toEqual([]);
  });

  it('refuses an empty file, a file that is not a trace, binary data and another format version', () => {
    const fail = (text: string) => () => parseTrace(text, 'x.trace');
    expect(fail('')).toThrow(new TraceFormatError('x.trace is empty, not a deopt trace'));
    expect(fail('hello\nworld\n')).toThrow(/^x\.trace is not a deopt trace \(its first line is not a tern-deopt-trace header/);
    expect(fail('{"ev":"compile"}\n')).toThrow(/is not a deopt trace/);
    expect(fail('PK\u0003\u0004\0\0')).toThrow(/binary data/);
    expect(fail(HEADER.replace('"version":1', '"version":2') + '\n')).toThrow('x.trace is a deopt trace of format version 2; this tern reads version 1');
  });

  it('tolerates a cut-short last line with a warning, but not a broken line in the middle', () => {
    const lines = TEXT.split('\n');
    const cut = TEXT.substring(0, TEXT.length - 40);
    const t = parseTrace(cut, 'cut.jsonl');
    expect(t.events).toHaveLength(lines.length - 3);
    expect(t.warnings).toEqual([`cut.jsonl: the last line (${lines.length - 1}) is cut short, probably because the VM was stopped while writing; it was ignored`]);
    const broken = [lines[0], lines[1]!.substring(0, 20), lines[2], ''].join('\n');
    expect(() => parseTrace(broken, 'b.jsonl')).toThrow('b.jsonl: line 2 is not valid JSON');
  });

  it('ignores unknown event kinds and fields (the format grows additively) but checks required fields', () => {
    const t = parseTrace(`${HEADER}\n{"ev":"gc","t":1}\n{"ev":"bailout","t":2,"method":"A.f()V","reason":"r","extra":[1]}\n`, 'u');
    expect(t.events).toHaveLength(1);
    expect(t.warnings).toEqual(['u: ignored 1 event(s) of unknown kind "gc" (written by a newer Tern?)']);
    expect(() => parseTrace(`${HEADER}\n{"ev":"deopt","t":2,"id":1,"method":"A.f()V","reason":"poll"}\n`, 'd')).toThrow('d: line 2: deopt event without a valid "pc" (number expected)');
  });
});

describe('analyzeTrace', () => {
  it('counts compiles, deopts, invalidations, bail-outs and OSR entries (hand-checked against the scenario)', () => {
    const { report } = analyzeTrace(trace());
    expect(report.totals).toMatchObject({ methods: 10, compiles: 15, deopts: 416, invalidations: 10, bailouts: 4, osrEntries: 4 });
    expect(report.methods.slice(0, 3).map((m) => [m.method, m.compiles, m.deopts, m.invalidations])).toEqual([
      [PERCENT, 8, 400, 8], [TOTAL, 2, 13, 1], ['ShapeReport$Square.<init>(D)V', 2, 1, 1],
    ]);
    expect(report.deoptsByReason.map((r) => [r.reason, r.count])).toEqual([
      ['throw', 400], ['poll', 10], ['unresolved', 2], ['caller', 1], ['depth', 1], ['guard', 1], ['not-compiled', 1],
    ]);
    expect(report.unstable.map((m) => m.method)).toEqual([PERCENT, TOTAL, 'ShapeReport$Square.<init>(D)V']);
    expect(report.bailoutsByReason.map((r) => [r.reason, r.count, r.methods])).toEqual([['unsupported instruction new', 3, 3], ['ldc of a reference constant', 1, 1]]);
  });

  it('charges a deopt in inlined code to the compiled method, at the call pc', () => {
    const { details } = analyzeTrace(trace());
    const total = details.find((d) => d.summary.method === TOTAL)!;
    expect(total.summary.deoptsByReason).toEqual({ unresolved: 1, poll: 10, guard: 1, 'not-compiled': 1 });
    const inl = total.deoptSites.find((s) => s.inlinedMethod !== null)!;
    expect(inl).toMatchObject({ pc: 14, innerPc: 1, inlinedMethod: 'ShapeReport$Square.area()D', reason: 'unresolved', count: 1 });
    expect(total.deoptSites[0]).toMatchObject({ pc: 4, reason: 'poll', count: 10, threads: ['main'] });
    expect(total.compiles.map((c) => [c.attempt, c.deopts, c.invalidated])).toEqual([
      [1, 8, 'class-hierarchy: loaded ShapeReport$Circle implementing ShapeReport$Shape.area()D'], [2, 5, null],
    ]);
    expect(total.compiles[0]!.inlined).toEqual(['ShapeReport$Square.area()D@14']);
    expect(total.compiles[0]!.stops.filter((s) => s.inlinedFrom.length > 0).map((s) => s.pc)).toEqual([1, 5]);
    expect(total.code.find((i) => i.pc === 14)!.text).toMatch(/^invokeinterface #\d+,\s+1\s+\/\/ InterfaceMethod ShapeReport\$Shape\.area:\(\)D$/);
  });

  it('filters by method regular expression and by reason', () => {
    const byMethod = analyzeTrace(trace(), { method: 'Square', reason: null }).report;
    expect(byMethod.methods.map((m) => m.method).sort()).toEqual(['ShapeReport$Square.<init>(D)V', 'ShapeReport$Square.area()D', TOTAL]);
    expect(byMethod.totals.deopts).toBe(3); // <init> unresolved, area depth, and the inlined area's deopt in total
    const poll = analyzeTrace(trace(), { method: null, reason: 'poll' }).report;
    expect(poll.totals).toMatchObject({ deopts: 10, compiles: 2, invalidations: 0, bailouts: 0 });
    const cha = analyzeTrace(trace(), { method: null, reason: 'class-hierarchy' }).report;
    expect(cha.totals).toMatchObject({ deopts: 1, invalidations: 1 });
    expect(cha.deoptsByReason.map((r) => r.reason)).toEqual(['guard']);
  });

  it('reads sparse events: a header without display fields, stops without chain or slots', () => {
    const text = '{"ev":"header","format":"tern-deopt-trace","version":1}\n' +
      '{"ev":"compile","t":5,"id":0,"method":"A.f()V","attempt":1,"ms":2,"stops":[{"pc":0,"kind":"entry-poll"}],"code":[{"pc":0,"text":"return"}]}\n';
    const data = analyzeTrace(parseTrace(text, 's'));
    expect([data.report.command, data.report.started]).toEqual(['', '']);
    expect(data.details[0]!.compiles[0]!).toMatchObject({ stops: [{ pc: 0, kind: 'entry-poll', inlinedFrom: [], slots: [] }], inlined: [], osrPcs: [], trigger: '' });
  });

  it('buckets the timeline in round slices', () => {
    const { report } = analyzeTrace(trace(), { method: null, reason: null }, 10);
    expect(report.timeline.bucketMs).toBe(500);
    expect(report.timeline.buckets).toHaveLength(9);
    const sum = (k: 'compiles' | 'deopts' | 'invalidations') => report.timeline.buckets.reduce((n, b) => n + b[k], 0);
    expect([sum('compiles'), sum('deopts'), sum('invalidations')]).toEqual([15, 416, 10]);
    expect(report.timeline.buckets[0]).toEqual({ startMs: 0, endMs: 500, compiles: 1, invalidations: 0, deopts: 0, bailouts: 2 });
  });
});

describe('formatTraceReport', () => {
  it('prints the totals and the four tables, and the timeline on request', () => {
    const text = formatTraceReport(analyzeTrace(trace()).report, { top: 20, timeline: true });
    expect(text).toContain('  10 methods: 15 compiles (1218 ms compiling), 4 not compilable, 10 invalidations, 416 deopts');
    expect(text).toMatch(/^Hottest methods \(by compiles, then deopts\)\n  method +compiles +deopts +invalidated +compile ms +wasm bytes\n  ShapeReport\.percent\(II\)I +8 +400 +8 +197 +413$/m);
    expect(text).toMatch(/^Deopts by reason\n  reason +count +methods +most in\n  throw +400 +1 +ShapeReport\.percent\(II\)I \(400\)$/m);
    expect(text).toMatch(/^  ShapeReport\.total\(\[LShapeReport\$Shape;\)D +2 +13 +6\.5 +1 +poll 10, unresolved 1, guard 1, not-compiled 1; invalidated: class-hierarchy: loaded/m);
    expect(text).toMatch(/^  unsupported instruction new +3 +3 +ShapeReport\.main/m);
    expect(text).toMatch(/^Timeline \(500 ms per row; C compiles, I invalidations, D deopts\)\n  ms +compiles +invalidated +deopts\n  0-500 +1 +0 +0 +C$/m);
    expect(text).toMatch(/^  2000-2500 +1 +1 +92 +CID{30,}$/m);
  });

  it('limits the tables with --top and says what it left out', () => {
    const text = formatTraceReport(analyzeTrace(trace()).report, { top: 2, timeline: false });
    expect(text).toContain('  (4 more methods)');
    expect(text).toContain('  (5 more reasons)');
    expect(text).not.toContain('Timeline');
  });
});

describe('traceHtml', () => {
  const page = (): PageData => pageData(analyzeTrace(trace()));
  const embedded = (html: string): PageData => JSON.parse(/<script type="application\/json" id="trace-data">(.*?)<\/script>/s.exec(html)![1]!) as PageData;

  it('is one self-contained file: inline style and script, nothing fetched', () => {
    const html = traceHtml(page());
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html.match(/https?:\/\/[\w./-]*/g)).toEqual(['http://www.w3.org/2000/svg']); // the SVG namespace only
  });

  it('embeds the analysed trace, with listings, stop points and frame states', () => {
    const data = embedded(traceHtml(page()));
    const total = data.data.details.find((d) => d.summary.method === TOTAL)!;
    expect(total.code).toHaveLength(19);
    const guard = total.compiles[0]!.stops.find((s) => s.kind === 'guard')!;
    expect(guard).toMatchObject({ pc: 14, reason: 'class-hierarchy: ShapeReport$Shape.area()D has one implementation (ShapeReport$Square)', inlinedFrom: [] });
    expect(guard.slots).toEqual([
      { slot: 0, kind: 'ref', where: 'local 0' }, { slot: 1, kind: 'double', where: 'local 1' }, { slot: 3, kind: 'int', where: 'local 3' },
      { slot: 4, kind: 'double', where: 'local 4' }, { slot: 6, kind: 'ref', where: 'local 6' },
    ]);
  });

  it('draws the timeline as SVG with a line per invalidation', () => {
    const html = traceHtml(page());
    expect(html).toContain('\\u003csvg xmlns=');
    const svg = page().timeline;
    expect(svg.match(/class="tl-invalidation"/g)).toHaveLength(10);
    expect(svg).toContain('ShapeReport$Square.&lt;init&gt;(D)V invalidated: unresolved at pc 1');
    expect(svg.match(/<rect class="tl-compile"/g)!.length).toBeGreaterThan(5);
  });

  it('escapes everything taken from the trace (method names contain < and can contain anything)', () => {
    const evil = '</script><img src=x onerror=alert(1)>.f()V';
    const text = `${HEADER.replace('"Main"', '"<b>Main</b>"')}\n{"ev":"bailout","t":1,"method":${JSON.stringify(evil)},"reason":"<i>why</i>"}\n`;
    const html = traceHtml(pageData(analyzeTrace(parseTrace(text, 'a<b>.jsonl'))));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<i>');
    expect(html).toContain('<title>Deopt trace a&lt;b&gt;.jsonl</title>');
    expect(embedded(html).data.details[0]!.summary.method).toBe(evil);
    expect(TEXT).toContain('<init>');
    expect(traceHtml(page())).not.toContain('<init>');
    expect(scriptJson('</script>\u2028')).toBe('"\\u003c/script\\u003e\\u2028"');
  });

  it('without data is the --serve page that asks for a file', () => {
    const html = traceHtml(null);
    expect(html).toContain('<section id="open">');
    expect(html).toContain('<script type="application/json" id="trace-data">null</script>');
  });
});
