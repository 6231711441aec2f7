// The progress display of long control operations (tern checkpoint, jcmd, migrate).
import { describe, expect, it } from 'vitest';
import { describeProgress, progressDisplay } from '../../src/cli/progress.js';

describe('progress display', () => {
  it('describes each phase', () => {
    expect(describeProgress({ phase: 'capture', done: 16384, total: 40000 })).toBe('capturing: 16,384 objects (40,000 found so far)');
    expect(describeProgress({ phase: 'encode', done: 250, total: 1000 })).toBe('encoding: 250 of 1,000 objects (25%)');
    expect(describeProgress({ phase: 'compress', done: 0, total: 1 })).toBe('compressing');
    expect(describeProgress({ phase: 'write', done: 0, total: 3 << 20 })).toBe('writing 3.0 MB');
    expect(describeProgress({ phase: 'send', done: 0, total: 1 << 19 })).toBe('sending 0.5 MB');
  });

  it('rewrites one line on a terminal and clears it at the end; prints lines otherwise', () => {
    let out = '';
    const tty = progressDisplay((t) => (out += t), true);
    tty.update({ phase: 'compress', done: 0, total: 1 });
    tty.update({ phase: 'write', done: 0, total: 1 << 20 });
    tty.end();
    expect(out).toBe('\r\x1b[Kcompressing\r\x1b[Kwriting 1.0 MB\r\x1b[K');
    out = '';
    const plain = progressDisplay((t) => (out += t), false);
    plain.update({ phase: 'compress', done: 0, total: 1 });
    plain.end();
    expect(out).toBe('compressing\n');
  });
});
