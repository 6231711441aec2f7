// `tern inspect trace` and `tern inspect --serve` end to end (bin/tern.js): the terminal report,
// --json, --html, filters, the errors for files that are not readable traces, and the server.
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serve, stop } from '../tools/support/serve.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TERN = join(ROOT, 'bin', 'tern.js');
const TRACE = join(ROOT, 'test', 'tools', 'fixtures', 'shape-report.deopt-trace.jsonl');
const dir = mkdtempSync(join(tmpdir(), 'tern-inspect-trace-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tern = (...args: string[]) => spawnSync('node', [TERN, 'inspect', ...args], { encoding: 'utf8', timeout: 30_000 });

describe('tern inspect trace', () => {
  it('prints the summary tables, and the timeline with --timeline', () => {
    const r = tern('trace', TRACE, '--timeline');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Deopt trace ${TRACE}: format 1, started 2026-12-07T03:41:12.508Z\n  command: ShapeReport -XX:CompileThreshold=100\n`);
    for (const title of ['Hottest methods', 'Deopts by reason', 'Methods that keep deoptimizing', 'Bail-outs by reason', 'Timeline (']) expect(r.stdout).toContain(`\n${title}`);
    expect(r.stdout).toMatch(/^  ShapeReport\.percent\(II\)I +8 +400 +50\.0 +8 +throw 400; invalidated: too many deopts \(throw at pc 5\)/m);
  });

  it('filters by --method and --reason', () => {
    const r = tern('trace', TRACE, '--method', 'Square\\.<init>', '--reason', 'unresolved');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  filtered: method /Square\\.<init>/, reason unresolved\n  1 method: 2 compiles');
    expect(r.stdout).toMatch(/^  unresolved +1 +1 +ShapeReport\$Square\.<init>\(D\)V \(1\)$/m);
    expect(r.stdout).not.toContain('percent');
  });

  it('prints the report as JSON', () => {
    const r = tern('trace', TRACE, '--json', '--buckets', '5');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.totals).toMatchObject({ compiles: 15, deopts: 416, invalidations: 10, bailouts: 4 });
    expect(report.timeline.bucketMs).toBe(1000);
    expect(report.deoptsByReason[0]).toEqual({ reason: 'throw', count: 400, methods: 1, top: 'ShapeReport.percent(II)I', topCount: 400 });
  });

  it('writes the HTML page', () => {
    const out = join(dir, 'trace.html');
    const r = tern('trace', TRACE, '--html', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`Wrote ${out}: 10 methods, 15 compiles, 416 deopts\n`);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<script type="application/json" id="trace-data">{"data":{"report":');
    expect(html).toContain('ShapeReport.percent(II)I');
  });

  it('explains files it cannot read, one line and status 1', () => {
    const bad = (file: string, text: string | null, message: string) => {
      if (text !== null) writeFileSync(join(dir, file), text);
      const r = tern('trace', join(dir, file));
      expect([r.status, r.stdout, r.stderr]).toEqual([1, '', `${message.replace('FILE', join(dir, file))}\n`]);
    };
    bad('missing.jsonl', null, 'Error: cannot read FILE: no such file');
    bad('notes.txt', 'some notes\n', 'Error: FILE is not a deopt trace (its first line is not a tern-deopt-trace header; make one with tern --deopt-trace=FILE)');
    bad('empty.jsonl', '', 'Error: FILE is empty, not a deopt trace');
    bad('v9.jsonl', '{"ev":"header","format":"tern-deopt-trace","version":9,"started":"x","command":"y"}\n', 'Error: FILE is a deopt trace of format version 9; this tern reads version 1');
    const r = tern('trace', dir);
    expect(r.stderr).toBe(`Error: cannot read ${dir}: is a directory\n`);
    const regex = tern('trace', TRACE, '--method', '(');
    expect(regex.status).toBe(1);
    expect(regex.stderr).toMatch(/^Error: --method \(: not a regular expression/);
    expect(tern('trace').stderr).toMatch(/^Usage: tern inspect image FILE/);
    expect(tern('trace', TRACE, '--top', 'x').stderr).toMatch(/^Error: --top needs a positive integer/);
  });

  it('reads a trace whose last line was cut short, with a warning', () => {
    const text = readFileSync(TRACE, 'utf8');
    const file = join(dir, 'cut.jsonl');
    writeFileSync(file, text.substring(0, text.length - 25));
    const r = tern('trace', file);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`  warning: ${file}: the last line (${text.split('\n').length - 1}) is cut short, probably because the VM was stopped while writing; it was ignored\n`);
    expect(r.stdout).toContain('10 methods: 15 compiles');
    const json = tern('trace', file, '--json');
    expect(json.stderr).toMatch(/^warning: .*cut short/);
    expect(JSON.parse(json.stdout).warnings).toHaveLength(1);
  });
});

function get(port: number, path: string, o: { method?: string; host?: string; body?: string } = {}): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: o.method ?? 'GET', headers: o.host ? { host: o.host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end(o.body);
  });
}

describe('tern inspect --serve', () => {
  it('serves the page and its data on 127.0.0.1 until Ctrl-C', async () => {
    const { child, port } = await serve(TRACE, '--reason', 'throw');
    try {
      const page = await get(port, '/');
      expect([page.status, page.type]).toEqual([200, 'text/html; charset=utf-8']);
      expect(page.body).toContain('<script type="application/json" id="trace-data">{"data":');
      const data = await get(port, '/trace.json');
      expect(data.type).toBe('application/json; charset=utf-8');
      expect(JSON.parse(data.body).data.report.totals).toMatchObject({ deopts: 400, compiles: 8 });
      expect((await get(port, '/nothing')).status).toBe(404);
      expect((await get(port, '/', { host: 'attacker.example' })).status).toBe(403);
      const posted = await get(port, '/trace.json?name=up.jsonl', { method: 'POST', body: readFileSync(TRACE, 'utf8') });
      expect(JSON.parse(posted.body).data.report).toMatchObject({ file: 'up.jsonl', totals: { deopts: 400 } });
      const refused = await get(port, '/trace.json', { method: 'POST', body: 'not a trace' });
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.body).error).toMatch(/^uploaded trace is not a deopt trace/);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  it('without a file serves the page that opens one; refuses a bad file or port before starting', async () => {
    const { child, port } = await serve();
    try {
      const page = await get(port, '/');
      expect(page.body).toContain('id="trace-data">null</script>');
      expect((await get(port, '/trace.json')).status).toBe(404);
    } finally {
      expect(await stop(child)).toBe(0);
    }
    const r = tern('--serve', '0', join(dir, 'nope.jsonl'));
    expect([r.status, r.stderr]).toEqual([1, `Error: cannot read ${join(dir, 'nope.jsonl')}: no such file\n`]);
    expect(tern('--serve', 'http').stderr).toMatch(/^Error: --serve needs a port number/);
  });
});
