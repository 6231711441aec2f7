// The Node file system behind java.io/java.nio.file: positional I/O, the error names the class
// library turns into JDK exceptions, and directory/metadata operations, on a real temp directory.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostFsError, OpenFlag } from '../../../src/host/file-system.js';
import { createNodeFileSystem } from '../../../src/host/node/node-file-system.js';

const fs = createNodeFileSystem();
let dir = '';
const text = (b: Uint8Array) => Buffer.from(b).toString('utf8');
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(HostFsError);
    return (e as HostFsError).code;
  }
  return 'no error';
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tern-fs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('node file system', () => {
  it('writes and reads at explicit positions, without a shared offset', async () => {
    const p = join(dir, 'a.txt');
    const h = fs.open(p, OpenFlag.Read | OpenFlag.Write | OpenFlag.Create);
    expect(fs.write(h, bytes('hello world'), 0)).toBe(11);
    expect(fs.write(h, bytes('W'), 6)).toBe(7);
    expect(text(fs.readSync(h, 5, 6))).toBe('World');
    expect(text(fs.readSync(h, 100, 0))).toBe('hello World');
    expect(fs.readSync(h, 10, 11).length).toBe(0);
    expect(text(await fs.read(h, 5, 0))).toBe('hello');
    expect((await fs.read(h, 5, 50)).length).toBe(0);
    expect(fs.fstat(h)).toMatchObject({ kind: 'file', size: 11 });
    fs.truncate(h, 4);
    expect(text(fs.readSync(h, 100, 0))).toBe('hell');
    fs.close(h);
    expect(readFileSync(p, 'utf8')).toBe('hell');
  });

  it('appends at the end whatever the position, and reports the new end', () => {
    const p = join(dir, 'log');
    writeFileSync(p, 'one\n');
    const a = fs.open(p, OpenFlag.Append | OpenFlag.Create);
    const b = fs.open(p, OpenFlag.Append | OpenFlag.Create);
    expect(fs.write(a, bytes('two\n'), null)).toBe(8);
    expect(fs.write(b, bytes('three\n'), null)).toBe(14);
    fs.close(a);
    fs.close(b);
    expect(readFileSync(p, 'utf8')).toBe('one\ntwo\nthree\n');
  });

  it('truncates on open only when asked, and creates exclusively with CreateNew', () => {
    const p = join(dir, 't');
    writeFileSync(p, 'content');
    fs.close(fs.open(p, OpenFlag.Write | OpenFlag.Create));
    expect(readFileSync(p, 'utf8')).toBe('content');
    fs.close(fs.open(p, OpenFlag.Write | OpenFlag.Create | OpenFlag.Truncate));
    expect(readFileSync(p, 'utf8')).toBe('');
    expect(code(() => fs.open(p, OpenFlag.Write | OpenFlag.CreateNew))).toBe('EEXIST');
  });

  it('reports the error names the JDK messages come from', () => {
    expect(code(() => fs.open(join(dir, 'missing'), OpenFlag.Read))).toBe('ENOENT');
    expect(code(() => fs.open(dir, OpenFlag.Read))).toBe('EISDIR');
    expect(code(() => fs.open(dir, OpenFlag.Write))).toBe('EISDIR');
    writeFileSync(join(dir, 'f'), 'x');
    expect(code(() => fs.open(join(dir, 'f', 'child'), OpenFlag.Write | OpenFlag.Create))).toBe('ENOTDIR');
    expect(code(() => fs.open('', OpenFlag.Read))).toBe('ENOENT');
    fs.mkdir(join(dir, 'd'));
    writeFileSync(join(dir, 'd', 'inner'), 'x');
    expect(code(() => fs.delete(join(dir, 'd')))).toBe('ENOTEMPTY');
    expect(code(() => fs.delete(join(dir, 'nope')))).toBe('ENOENT');
    expect(code(() => fs.mkdir(join(dir, 'd')))).toBe('EEXIST');
    expect(code(() => fs.mkdir(join(dir, 'x', 'y')))).toBe('ENOENT');
    expect(code(() => fs.list(join(dir, 'f')))).toBe('ENOTDIR');
    expect(code(() => fs.realpath(join(dir, 'nope')))).toBe('ENOENT');
  });

  it('stats paths without throwing for missing ones', () => {
    writeFileSync(join(dir, 'f'), 'abc');
    expect(fs.stat(join(dir, 'f'), true)).toMatchObject({ kind: 'file', size: 3 });
    expect(fs.stat(dir, true)?.kind).toBe('directory');
    expect(fs.stat(join(dir, 'missing'), true)).toBeNull();
    expect(fs.stat(join(dir, 'f', 'below-a-file'), true)).toBeNull();
    fs.setLastModified(join(dir, 'f'), 1_000_000_000_000);
    expect(Math.floor(fs.stat(join(dir, 'f'), true)!.mtimeMs)).toBe(1_000_000_000_000);
    expect(fs.access(join(dir, 'f'), 'r')).toBe(true);
    expect(fs.access(join(dir, 'missing'), 'r')).toBe(false);
  });

  it('lists, renames, copies and deletes', () => {
    for (const n of ['b', 'a', 'c']) writeFileSync(join(dir, n), n);
    expect(fs.list(dir).sort()).toEqual(['a', 'b', 'c']);
    fs.rename(join(dir, 'a'), join(dir, 'b'));
    expect(readFileSync(join(dir, 'b'), 'utf8')).toBe('a');
    expect(code(() => fs.copy(join(dir, 'b'), join(dir, 'c'), false))).toBe('EEXIST');
    fs.copy(join(dir, 'b'), join(dir, 'c'), true);
    expect(readFileSync(join(dir, 'c'), 'utf8')).toBe('a');
    fs.delete(join(dir, 'b'));
    fs.mkdir(join(dir, 'empty'));
    fs.delete(join(dir, 'empty'));
    expect(fs.list(dir)).toEqual(['c']);
    fs.chmod(join(dir, 'c'), 0o640);
    expect(fs.stat(join(dir, 'c'), true)!.mode).toBe(0o640);
    fs.mkdir(join(dir, 'private'), 0o700);
    expect(fs.stat(join(dir, 'private'), true)!.mode).toBe(0o700);
    fs.close(fs.open(join(dir, 'secret'), OpenFlag.Write | OpenFlag.CreateNew, 0o600));
    expect(fs.stat(join(dir, 'secret'), true)!.mode).toBe(0o600);
    fs.delete(join(dir, 'private'));
    fs.delete(join(dir, 'secret'));
    expect(fs.realpath(join(dir, '.', 'c'))).toBe(fs.realpath(join(dir, 'c')));
    expect(fs.absolute('rel')).toBe(join(process.cwd(), 'rel'));
    expect(fs.tempDirectory().length).toBeGreaterThan(0);
  });
});
