// The standard streams, their file descriptors and the standard charsets are named in images
// (src/image/well-known.ts, version 5): a restored program's System.out is the restoring VM's own
// stream — references the program saved (a `PrintStream out = System.out` in a field) stay `==`
// to System.out, and the stream writes in the restoring process's encoding — while a stream the
// program changed (a held surrogate, closed) or installed itself (System.setOut) is copied as it is.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeImage, readImageSummary } from '../../src/image/codec.js';
import { crc32c } from '../../src/image/crc32c.js';
import type { Image } from '../../src/image/model.js';
import { javaWorkspace, TERN } from '../support/java-workspace.js';

/** Saves references to the streams and charsets, checkpoints, and compares them after. */
const SAVED = `
import java.io.*;
import java.nio.charset.*;
public class Saved {
  static PrintStream out = System.out;
  public static void main(String[] args) throws Exception {
    PrintStream err = System.err;
    InputStream in = System.in;
    Charset utf8 = StandardCharsets.UTF_8, latin1 = Charset.forName("latin1");
    out.println("caf\\u00e9 before");
    boolean restored = tern.Checkpoint.save(args[0]);
    out.println("caf\\u00e9 after: " + (out == System.out) + " " + (err == System.err) + " " + (in == System.in)
        + " " + (utf8 == StandardCharsets.UTF_8) + " " + (latin1 == StandardCharsets.ISO_8859_1) + " " + (utf8 == Charset.forName("UTF8")));
    err.println("err still works");
  }
}`;

/** Leaves its streams in states a fresh VM's are not in, or replaces one, before the checkpoint. */
const CHANGED = `
import java.io.*;
public class Changed {
  public static void main(String[] args) throws Exception {
    PrintStream original = System.out;
    System.err.close();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream mine = new PrintStream(captured, true, "UTF-8");
    original.print("grin: \\uD83D");
    System.setOut(mine);
    System.out.print("to the buffer");
    tern.Checkpoint.save(args[0]);
    original.println("\\uDE00 (one character)");
    System.err.println("never seen");
    original.println("err in trouble: " + System.err.checkError() + ", out is mine: " + (System.out == mine) + ", buffer: " + captured);
  }
}`;

/** Reads one byte of standard input (the rest is read ahead into System.in's buffer), then checkpoints. */
const READ_AHEAD = `
public class ReadAhead {
  public static void main(String[] args) throws Exception {
    int first = System.in.read();
    tern.Checkpoint.save(args[0]);
    StringBuilder rest = new StringBuilder();
    for (int c; (c = System.in.read()) != -1;) rest.append((char) c);
    System.out.println((char) first + " then " + rest.toString().trim());
  }
}`;

let dir = '';
const tern = (...args: string[]) => spawnSync('node', [TERN, ...args], { cwd: dir, timeout: 60_000 });
const ternWithInput = (input: string, ...args: string[]) => spawnSync('node', [TERN, ...args], { cwd: dir, timeout: 60_000, input });
const className = (img: Image, o: Image['objects'][number]) => img.classes[o.classIndex]!.name;

beforeAll(() => {
  const ws = javaWorkspace('tern-streams-', { Saved: SAVED, Changed: CHANGED, ReadAhead: READ_AHEAD });
  dir = ws.dir;
  return ws.remove;
});

describe('standard streams and charsets named in images', () => {
  it('gives the restored program the restoring VM\'s own streams, identity kept, in the restoring process\'s encoding', () => {
    const image = join(dir, 'saved.tern');
    const first = tern('-Dstdout.encoding=ISO-8859-1', '-cp', dir, 'Saved', image);
    expect(first.stderr.toString('latin1')).toBe('err still works\n');
    // Latin-1 as launched: é is one byte.
    expect(first.stdout.toString('latin1')).toBe('caf\u00e9 before\ncaf\u00e9 after: true true true true true true\n');

    // Restored without the option, the stream is this process's UTF-8 one (a copied stream
    // would still write Latin-1): é is two bytes; restored with it, one again.
    const utf8 = tern('restore', image);
    expect(utf8.stderr.toString('utf8')).toBe('err still works\n');
    expect(utf8.stdout.toString('utf8')).toBe('caf\u00e9 after: true true true true true true\n');
    const latin1 = tern('restore', '-Dstdout.encoding=ISO-8859-1', image);
    expect(latin1.stdout.toString('latin1')).toBe('caf\u00e9 after: true true true true true true\n');

    expect(readImageSummary(readFileSync(image)).version).toBe(6);
    const img = decodeImage(readFileSync(image));
    const copied = img.objects.filter((o) => !o.name).map((o) => className(img, o));
    for (const cls of ['java/io/PrintStream', 'java/io/BufferedInputStream', 'java/io/FileInputStream', 'java/io/FileOutputStream', 'java/io/FileDescriptor', 'java/io/StreamEncoder', 'java/nio/charset/StandardCharsets$Standard']) {
      expect(copied, cls).not.toContain(cls);
    }
    const roots = new Set(img.objects.filter((o) => o.name).map((o) => o.name!.root));
    for (const root of ['java/lang/StandardStreams.IN', 'java/lang/StandardStreams.OUT', 'java/lang/StandardStreams.ERR', 'java/io/FileDescriptor.out', 'java/nio/charset/StandardCharsets.UTF_8', 'java/nio/charset/StandardCharsets.ISO_8859_1']) {
      expect(roots, root).toContain(root);
    }
    // The 8 KiB read-ahead buffer of System.in is not in the image.
    expect(img.objects.some((o) => !o.name && className(img, o) === '[B' && o.length === 8192)).toBe(false);
  });

  it('copies a stream the program left changed or installed, and restores it as it was', () => {
    const image = join(dir, 'changed.tern');
    const expected = 'grin: \u{1F600} (one character)\nerr in trouble: true, out is mine: true, buffer: to the buffer\n';
    const first = tern('-cp', dir, 'Changed', image);
    expect(first.stderr.toString('utf8')).toBe('');
    expect(first.stdout.toString('utf8')).toBe(expected);
    const restored = tern('restore', image);
    expect(restored.stderr.toString('utf8')).toBe('');
    // The held high surrogate is written with its pair, after the restore; System.err stays closed.
    expect(restored.stdout.toString('utf8')).toBe(expected.substring(expected.indexOf('\u{1F600}')));

    const img = decodeImage(readFileSync(image));
    const streams = img.objects.filter((o) => className(img, o) === 'java/io/PrintStream');
    // System.out (a surrogate held), System.err (closed) and the program's own are copied; only
    // System.in's chain is named, and the descriptors under the copied streams are.
    expect(streams.filter((o) => !o.name)).toHaveLength(3);
    const roots = new Set(img.objects.filter((o) => o.name).map((o) => o.name!.root));
    expect(roots).toContain('java/lang/StandardStreams.IN');
    expect(roots).not.toContain('java/lang/StandardStreams.OUT');
    expect(roots).not.toContain('java/lang/StandardStreams.ERR');
    expect(roots).toContain('java/io/FileDescriptor.out');
  });

  it('copies System.in while it holds bytes read ahead, which the restored program reads first', () => {
    const image = join(dir, 'readahead.tern');
    const first = ternWithInput('abc\ndef\n', '-cp', dir, 'ReadAhead', image);
    expect(first.stdout.toString('utf8')).toBe('a then bc\ndef\n');
    // Restored with other input: the buffer's bytes come first, then this process's input.
    const restored = ternWithInput('', 'restore', image);
    expect(restored.stderr.toString('utf8')).toBe('');
    expect(restored.stdout.toString('utf8')).toBe('a then bc\ndef\n');
    const img = decodeImage(readFileSync(image));
    expect(img.objects.some((o) => !o.name && className(img, o) === 'java/io/BufferedInputStream')).toBe(true);
    expect(img.objects.some((o) => o.name?.root === 'java/lang/StandardStreams.IN')).toBe(false);
    expect(img.objects.some((o) => o.name?.root === 'java/lang/StandardStreams.OUT')).toBe(true);
  });

  it('refuses a version-4 image that names an object from a root of version 5', () => {
    const bytes = new Uint8Array(readFileSync(join(dir, 'saved.tern')));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    view.setUint32(8, 4, true);
    view.setUint32(bytes.length - 4, crc32c(bytes, 0, bytes.length - 4), true);
    expect(() => decodeImage(bytes)).toThrow(/is named from java\/(io\/FileDescriptor|nio\/charset\/StandardCharsets|lang\/StandardStreams)\.\w+, which is not a well-known root of version 4/);
  });
});
