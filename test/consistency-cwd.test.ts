/**
 * @fileoverview A restored program keeps its working directory (docs/checkpoint.md, "Working
 * directory"): the image records it (image-format section 12), relative paths after a restore in a
 * process started elsewhere still name the files of the original directory; `tern restore --cwd`
 * names another; a directory that does not exist on the restoring side gives a warning and relative
 * paths that fail like those of a removed directory.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeImage, encodeImage } from '../src/image/codec.js';
import { runProcess } from './support/process.js';

const ROOT = join(import.meta.dirname, '..');
const TERN = join(ROOT, 'bin', 'tern.js');

// Reads notes.txt (relative), checkpoints, then appends to it and reads it again (relative).
const SOURCE = `
import java.io.*;
import java.nio.file.*;
public class RelativeNotes {
  public static void main(String[] args) throws Exception {
    System.out.println("before: " + Files.readString(Path.of("notes.txt")).trim() + " in " + new File("notes.txt").getAbsoluteFile().getParentFile().getName());
    tern.Checkpoint.saveAndStop(args[0]);
    try (FileWriter w = new FileWriter("notes.txt", true)) { w.write("after\\n"); }
    try (BufferedReader r = new BufferedReader(new FileReader("notes.txt"))) {
      String line; StringBuilder all = new StringBuilder();
      while ((line = r.readLine()) != null) all.append(line).append(' ');
      System.out.println("now: " + all.toString().trim() + "; exists=" + new File("notes.txt").exists() + " dir=" + Files.isDirectory(Path.of(".")));
    }
  }
}`;

let dir = '';
let classes = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tern-cwd-'));
  classes = join(dir, 'classes');
  writeFileSync(join(dir, 'RelativeNotes.java'), SOURCE);
  execFileSync('javac', ['--release', '17', '-cp', join(ROOT, 'build', 'classlib'), '-d', classes, join(dir, 'RelativeNotes.java')]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tern(args: string[], cwd: string) {
  const r = await runProcess(process.execPath, [TERN, ...args], { cwd, timeoutMs: 120_000 });
  return { out: r.stdout.toString(), err: r.stderr.toString(), status: r.exitCode };
}

/** A fresh directory `name` under the test's directory, holding notes.txt with `text`. */
function place(name: string, text: string | null): string {
  const d = join(dir, name);
  rmSync(d, { recursive: true, force: true });
  mkdirSync(d);
  if (text !== null) writeFileSync(join(d, 'notes.txt'), text);
  return d;
}

describe('the working directory across checkpoint and restore', () => {
  it('relative paths of a restored program resolve in the directory it was started in', async () => {
    const home = place('home', 'first\n');
    const elsewhere = place('elsewhere', 'decoy\n');
    const image = join(dir, 'notes.tern');
    const first = await tern(['-cp', classes, 'RelativeNotes', image], home);
    expect(first).toEqual({ out: 'before: first in home\n', err: '', status: 0 });
    expect(decodeImage(new Uint8Array(readFileSync(image))).workingDirectory).toBe(home);
    const rest = await tern(['restore', image], elsewhere);
    expect(rest).toEqual({ out: 'now: first after; exists=true dir=true\n', err: '', status: 0 });
    expect(readFileSync(join(home, 'notes.txt'), 'utf8')).toBe('first\nafter\n');
    expect(readFileSync(join(elsewhere, 'notes.txt'), 'utf8')).toBe('decoy\n');
  }, 120_000);

  it('tern restore --cwd=DIR resolves them in DIR', async () => {
    const home = place('home', 'first\n');
    const other = place('other', 'moved\n');
    const image = join(dir, 'notes2.tern');
    await tern(['-cp', classes, 'RelativeNotes', image], home);
    const rest = await tern(['restore', `--cwd=${other}`, image], tmpdir());
    expect(rest).toEqual({ out: 'now: moved after; exists=true dir=true\n', err: '', status: 0 });
    expect(readFileSync(join(home, 'notes.txt'), 'utf8')).toBe('first\n');
    const bad = await tern(['restore', `--cwd=${join(dir, 'nowhere')}`, image], tmpdir());
    expect(bad.status).toBe(1);
    expect(bad.err).toMatch(/^Error: cannot restore .*notes2\.tern: --cwd .*nowhere is not a directory\n$/);
  }, 120_000);

  it('a directory missing on the restoring side: a warning, and relative paths fail like a removed directory\'s', async () => {
    const home = place('gone', 'first\n');
    const image = join(dir, 'notes3.tern');
    await tern(['-cp', classes, 'RelativeNotes', image], home);
    rmSync(home, { recursive: true });
    const rest = await tern(['restore', image], tmpdir());
    expect(rest.err).toContain(`[tern] warning: the program's working directory ${home} does not exist here`);
    expect(rest.err).toContain('java.io.FileNotFoundException: notes.txt (No such file or directory)');
    expect(rest.status).toBe(1);
  }, 120_000);

  it('section 12 round-trips and is validated', () => {
    const image = decodeImage(new Uint8Array(readFileSync(join(dir, 'notes.tern'))));
    expect(decodeImage(encodeImage(image)).workingDirectory).toBe(image.workingDirectory);
    const without = { ...image };
    delete without.workingDirectory;
    expect(decodeImage(encodeImage(without)).workingDirectory).toBeUndefined();
    expect(() => encodeImage({ ...image, workingDirectory: 'relative/dir' })).toThrow(/not an absolute path/);
  });
});

