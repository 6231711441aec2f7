// The VM's open-file table: slot numbers, modes and positions as plain data a checkpoint can
// record, and reopening a file under its old slot (what a restore will do).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostFsError, OpenFlag } from '../../src/host/file-system.js';
import { createNodeFileSystem } from '../../src/host/node/node-file-system.js';
import { FIRST_FILE_FD, OpenFileTable } from '../../src/runtime/open-files.js';

const fs = createNodeFileSystem();
let dir = '';
let table: OpenFileTable;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tern-open-files-'));
  table = new OpenFileTable(fs);
});
afterEach(() => {
  table.closeAll();
  rmSync(dir, { recursive: true, force: true });
});

describe('open-file table', () => {
  it('gives the smallest free slot from 3 and records path, mode and position', () => {
    writeFileSync(join(dir, 'in'), 'twelve bytes');
    const a = table.open(join(dir, 'in'), OpenFlag.Read);
    const b = table.open(join(dir, 'out'), OpenFlag.Write | OpenFlag.Create | OpenFlag.Truncate);
    const c = table.open(join(dir, 'in'), OpenFlag.Append);
    const d = table.open(join(dir, 'rw'), OpenFlag.Read | OpenFlag.Write | OpenFlag.Create);
    expect([a.fd, b.fd, c.fd, d.fd]).toEqual([FIRST_FILE_FD, 4, 5, 6]);
    expect([a.mode, b.mode, c.mode, d.mode]).toEqual(['read', 'write', 'append', 'readwrite']);
    expect(a.position).toBe(0);
    expect(c.position).toBe(12);
    expect(a.regular).toBe(true);
    table.close(4);
    expect(table.open(join(dir, 'in'), OpenFlag.Read).fd).toBe(4);
    expect(table.list().map((f) => f.fd)).toEqual([3, 4, 5, 6]);
  });

  it('lists copies: plain data, detached from the table', () => {
    const rel = join(dir, 'x');
    const f = table.open(rel, OpenFlag.Write | OpenFlag.Create);
    f.position = 42;
    const [listed] = table.list();
    expect(listed).toEqual({ fd: 3, path: rel, mode: 'write', flags: OpenFlag.Write | OpenFlag.Create, position: 42, regular: true, handle: f.handle });
    listed!.position = 7;
    expect(table.get(3)!.position).toBe(42);
    expect(JSON.parse(JSON.stringify(listed))).toEqual(listed);
  });

  it('records absolute paths', () => {
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      const f = table.open('relative.txt', OpenFlag.Write | OpenFlag.Create);
      expect(f.path).toBe(join(process.cwd(), 'relative.txt'));
      expect(f.path.startsWith('/')).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it('closes once, ignores free slots, and reports a closed slot as EBADF', () => {
    table.open(join(dir, 'y'), OpenFlag.Write | OpenFlag.Create);
    table.close(3);
    table.close(3);
    table.close(99);
    expect(table.get(3)).toBeUndefined();
    expect(() => table.require(3)).toThrow(HostFsError);
    expect(table.list()).toEqual([]);
  });

  it('does not take a slot when opening fails', () => {
    expect(() => table.open(join(dir, 'missing'), OpenFlag.Read)).toThrow(HostFsError);
    expect(() => table.open(dir, OpenFlag.Read)).toThrow(/EISDIR/);
    expect(table.list()).toEqual([]);
    expect(table.open(join(dir, 'z'), OpenFlag.Write | OpenFlag.Create).fd).toBe(3);
  });

  it('reopens a recorded file under its slot at its position, without truncating', () => {
    const p = join(dir, 'data');
    writeFileSync(p, 'abcdefgh');
    const f = table.open(p, OpenFlag.Read | OpenFlag.Write);
    f.position = 5;
    const recorded = table.list()[0]!;
    const other = new OpenFileTable(fs);
    const again = other.reopen(recorded.fd, recorded.path, recorded.mode, recorded.position);
    expect(again).toMatchObject({ fd: 3, path: p, mode: 'readwrite', position: 5 });
    expect(Buffer.from(fs.readSync(again.handle, 3, again.position)).toString()).toBe('fgh');
    expect(() => other.reopen(3, p, 'read', 0)).toThrow(HostFsError);
    other.closeAll();
    expect(other.list()).toEqual([]);
  });
});
