// The launcher's V8 code cache (bin/tern.js, bin/code-cache.js): V8 accepts a cache made for any script of the same
// source length, so a rebuilt bundle of equal length used to run the old code. The cache now
// carries a stamp of the bundle it was made from and is ignored for another one.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const LAUNCHER = join(import.meta.dirname, '..', '..', 'bin', 'tern.js');
const dir = mkdtempSync(join(tmpdir(), 'tern-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in bundle whose main prints `word` (every word the same length). */
const bundle = (word: string) => `exports.main = function () { process.stdout.write(${JSON.stringify(word)}); };\n`;

describe('the launcher\'s code cache', () => {
  it('is not used for a rebuilt bundle of the same length', () => {
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'dist', 'src', 'cli'), { recursive: true });
    copyFileSync(LAUNCHER, join(dir, 'bin', 'tern.js'));
    copyFileSync(join(LAUNCHER, '..', 'code-cache.js'), join(dir, 'bin', 'code-cache.js'));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    // The ES-module fallback is older than the bundle, so the launcher runs the bundle.
    writeFileSync(join(dir, 'dist', 'src', 'cli', 'main.js'), '');
    utimesSync(join(dir, 'dist', 'src', 'cli', 'main.js'), 1, 1);
    const run = (env: Record<string, string> = {}) =>
      execFileSync(process.execPath, [join(dir, 'bin', 'tern.js')], { env: { ...process.env, ...env } }).toString();
    writeFileSync(join(dir, 'dist', 'tern.cjs'), bundle('old'));
    expect(run({ TERN_WRITE_CODE_CACHE: '1' })).toBe('old');
    writeFileSync(join(dir, 'dist', 'tern.cjs'), bundle('new'));
    expect(run()).toBe('new');
    expect(run({ TERN_WRITE_CODE_CACHE: '1' })).toBe('new');
    expect(run()).toBe('new');
  });

  it('says to build when dist/ holds neither the bundle nor the modules', () => {
    const bare = join(dir, 'bare');
    mkdirSync(join(bare, 'bin'), { recursive: true });
    copyFileSync(LAUNCHER, join(bare, 'bin', 'tern.js'));
    copyFileSync(join(LAUNCHER, '..', 'code-cache.js'), join(bare, 'bin', 'code-cache.js'));
    writeFileSync(join(bare, 'package.json'), '{"type":"module"}');
    const r = spawnSync(process.execPath, [join(bare, 'bin', 'tern.js'), '-version']);
    expect(r.status).toBe(1);
    expect(r.stderr.toString()).toMatch(/^tern: .*dist holds no build of Tern: run `npm run build` in .* first\n$/);
    expect(r.stdout.toString()).toBe('');
  });
});
