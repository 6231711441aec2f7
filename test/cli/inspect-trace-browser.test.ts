// The deopt trace page in a real browser: Debian's chromium driven by playwright-core (no browser
// download). It loads the page that `tern inspect trace --html` wrote for the realistic trace of
// test/tools/fixtures and the one `tern inspect --serve` serves, clicks methods, compiles and
// pcs, and checks what the page shows: listings, stop-point marks, frame states, deopt counts,
// sorting, the timeline, and that hostile method names stay text.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, stop } from '../tools/support/serve.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..', '..');
const TERN = join(ROOT, 'bin', 'tern.js');
const TRACE = join(ROOT, 'test', 'tools', 'fixtures', 'shape-report.deopt-trace.jsonl');
const TOTAL = 'ShapeReport.total([LShapeReport$Shape;)D';
const PERCENT = 'ShapeReport.percent(II)I';
const haveChromium = existsSync(CHROMIUM);

if (!haveChromium) {
  console.warn(`inspect-trace-browser: SKIPPED, no ${CHROMIUM} (apt-get install -y chromium; .ci/run installs it)`);
  if (process.env.CI) it('has chromium in CI', () => expect.fail(`${CHROMIUM} is missing: .ci/run must install Debian's chromium`));
}

describe.skipIf(!haveChromium)('deopt trace page in chromium', () => {
  let dir = '';
  let context: BrowserContext;
  const errors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tern-trace-browser-'));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1300, height: 900 },
    });
  });
  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(url: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    // Nothing but the page itself may be fetched (the file, or the local server's own routes).
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('http://127.0.0.1:')) errors.push(`fetched ${r.url()}`);
    });
    await page.goto(url);
    return page;
  }

  const text = (page: Page, selector: string) => page.locator(selector).innerText();
  const method = (page: Page, name: string) => page.locator(`#methods tbody tr[data-method="${name.replace(/["\\]/g, '\\$&')}"]`).click();

  it('shows a method\'s listing, stop points, frame states and deopts in the --html page', async () => {
    const html = join(dir, 'trace.html');
    expect(spawnSync(process.execPath, [TERN, 'inspect', 'trace', TRACE, '--html', html]).status).toBe(0);
    const page = await open(pathToFileURL(html).href);
    expect(await text(page, '#summary')).toContain('10 methods, 15 compiles');
    // Methods sorted by deopts: percent() first; by name (ascending) java/lang/String first; by compiles total() second.
    expect(await page.locator('#methods tbody tr').first().getAttribute('data-method')).toBe(PERCENT);
    await page.locator('#methods th button[data-sort="method"]').click();
    expect(await page.locator('#methods tbody tr').first().getAttribute('data-method')).toBe('java/lang/String.getBytes(Ljava/nio/charset/Charset;)[B');
    await page.locator('#methods th button[data-sort="compiles"]').click();
    expect(await page.locator('#methods tbody tr').nth(1).getAttribute('data-method')).toBe(TOTAL);

    await method(page, TOTAL);
    expect(await text(page, '#method-name')).toBe(TOTAL);
    expect(await text(page, '#method-summary')).toMatch(/^2 compiles, 13 deopts, 1 invalidation/);
    await expect.poll(() => page.locator('#listing tr').count()).toBe(19);
    expect(await text(page, '#listing tr[data-pc="14"] td.ins')).toMatch(/^invokeinterface #\d+,\s+1\s+\/\/ InterfaceMethod ShapeReport\$Shape\.area:\(\)D$/);
    // The latest compile (#6): polls, throw checks and a plain call.
    expect(await page.locator('#listing tr[data-pc="0"] .mark.entry-poll').count()).toBe(1);
    expect(await page.locator('#listing tr[data-pc="4"] .mark.loop-poll').count()).toBe(1);
    expect(await page.locator('#listing tr[data-pc="4"] .mark.osr').count()).toBe(1);
    expect(await page.locator('#listing tr[data-pc="13"] .mark.throw-check').count()).toBe(1);
    expect(await page.locator('#listing tr[data-pc="14"] .mark.call').count()).toBe(1);
    expect(await page.locator('#listing tr[data-pc="5"] .mark').count()).toBe(0);
    expect(await text(page, '#listing tr[data-pc="4"] td.deopts')).toBe('10 deopts');
    expect(await text(page, '#listing tr[data-pc="14"] td.deopts')).toBe('3 deopts');
    await page.locator('#listing tr[data-pc="4"]').click();
    const state = await text(page, '#frame-state');
    expect(state).toContain('pc 4: 1 stop point');
    expect(state).toMatch(/slot\s+kind\s+where\n0\s+ref\s+local 0\n1\s+double\s+local 1\n3\s+int\s+local 3/);
    expect(state).toContain('10 deopts (poll)');

    // The first compile (#2) inlined Square.area under a class-hierarchy guard.
    await page.locator('#compiles tbody tr').first().click();
    expect(await text(page, '#inlined')).toBe('ShapeReport$Square.area()D@14');
    expect(await text(page, '#assumptions')).toContain('class-hierarchy: ShapeReport$Shape.area()D has one implementation (ShapeReport$Square)');
    expect(await text(page, '#listing tr[data-pc="14"] .marks')).toMatch(/guard\s*inlined ×2/);
    await page.locator('#listing tr[data-pc="14"]').hover();
    const guard = await text(page, '#frame-state');
    expect(guard).toContain('pc 14: 3 stop points');
    expect(guard).toContain('guard — class-hierarchy: ShapeReport$Shape.area()D has one implementation');
    expect(guard).toContain('throw-check in inlined ShapeReport$Square.area()D pc 1 (via ShapeReport.total([LShapeReport$Shape;)D@14)');
    expect(guard).toContain('1 deopt (guard: class-hierarchy');
    expect(await text(page, '#deopt-sites')).toMatch(/14\s+unresolved\s+1\s+ShapeReport\$Square\.area\(\)D pc 1\s+main/);

    expect(await page.locator('#timeline-svg .tl-invalidation').count()).toBe(10);
    expect(await page.locator('#timeline-svg rect.tl-deopt').count()).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows hostile method names as text', async () => {
    const evil = '<img src=x onerror=alert(1)>.f()V';
    const file = join(dir, 'evil.jsonl');
    const header = readFileSync(TRACE, 'utf8').split('\n')[0];
    writeFileSync(file, `${header}\n${JSON.stringify({ ev: 'bailout', t: 3, method: evil, reason: '</script><script>alert(2)</script>' })}\n`);
    const html = join(dir, 'evil.html');
    expect(spawnSync(process.execPath, [TERN, 'inspect', 'trace', file, '--html', html]).status).toBe(0);
    const page = await open(pathToFileURL(html).href);
    expect(await text(page, '#method-name')).toBe(evil);
    expect(await text(page, '#method-summary')).toContain('not compiled: </script><script>alert(2)</script>');
    expect(await page.locator('img').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the same in the page of tern inspect --serve, and loads a file into the page without one', async () => {
    let server: { child: ChildProcess; port: number } | null = await serve(TRACE);
    try {
      const page = await open(`http://127.0.0.1:${server.port}/#${encodeURIComponent(PERCENT)}`);
      expect(await text(page, '#method-name')).toBe(PERCENT);
      expect(await page.locator('#compiles tbody tr').count()).toBe(8);
      const div = page.locator('#listing tr[data-pc="5"]');
      expect(await div.locator('td.ins').innerText()).toBe('idiv');
      expect(await div.locator('.mark.throw-check').count()).toBe(1);
      expect(await div.locator('td.deopts').innerText()).toBe('400 deopts');
      await div.click();
      expect(await text(page, '#frame-state')).toMatch(/pc 5: 1 stop point[\s\S]*0\s+int\s+local 0\n1\s+int\s+local 1\n3\s+int\s+local 3\n4\s+int\s+local 4[\s\S]*400 deopts \(throw\)/);
      await method(page, TOTAL);
      expect(await text(page, '#listing tr[data-pc="4"] td.deopts')).toBe('10 deopts');
      await page.close();
      expect(await stop(server.child)).toBe(0);
      server = null;

      server = await serve();
      const empty = await open(`http://127.0.0.1:${server.port}/`);
      expect(await empty.locator('#view').isHidden()).toBe(true);
      await empty.locator('#trace-file').setInputFiles(TRACE);
      await expect.poll(() => empty.locator('#method-name').count()).toBe(1);
      expect(await text(empty, '#method-name')).toBe(PERCENT);
      expect(await text(empty, '#summary')).toContain('416 deopts');
      await empty.locator('#trace-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello\n') });
      await expect.poll(() => text(empty, '#open-error')).toMatch(/^notes\.txt is not a deopt trace/);
      expect(errors).toEqual([]);
    } finally {
      if (server) await stop(server.child);
    }
  });
});
