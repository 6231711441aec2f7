// Standard input in checkpoint images (format 6, docs/checkpoint.md "Standard input"): an image
// records how many bytes of the program's standard input the VM had read from the host and keeps
// those the program had not taken yet (the host's read-ahead; System.in's own buffer is in the
// heap). A restored program gets them first, then reads the restoring process's input, which is
// the original from the recorded offset on: no byte lost or read twice at the boundary, through
// Scanner, BufferedReader and raw System.in.read, over two generations, and with a thread blocked
// reading when the checkpoint is taken from outside.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeImage } from '../../src/image/codec.js';
import { runProcess } from '../support/process.js';
import { javaWorkspace, TERN } from '../support/java-workspace.js';

/** Totals the numbers of its input's lines, read one of three ways; checkpoints (and goes on) after lines `at1` and `at2`. */
const TOTALS = `
import java.io.*;
import java.util.*;
public class StdinTotals {
  static long sum;
  static int lines;
  static String prefix;
  static int at1, at2;
  static void line(String l) throws Exception {
    lines++;
    for (String w : l.split(" ")) if (w.matches("[0-9]+")) sum += Long.parseLong(w);
    if (lines % 500 == 0) System.out.println(lines + " lines, sum " + sum + ", last \\"" + l + "\\"");
    if (lines == at1 || lines == at2) {
      System.out.println("checkpoint after line " + lines);
      tern.Checkpoint.save(prefix + lines + ".tern");
    }
  }
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    prefix = args[1];
    at1 = Integer.parseInt(args[2]);
    at2 = Integer.parseInt(args[3]);
    switch (mode) {
      case "scanner" -> {
        Scanner in = new Scanner(System.in);
        while (in.hasNextLine()) line(in.nextLine());
      }
      case "reader" -> {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String l; (l = in.readLine()) != null;) line(l);
      }
      case "raw" -> {
        StringBuilder b = new StringBuilder();
        for (int c; (c = System.in.read()) != -1;) {
          if (c == '\\n') {
            line(b.toString());
            b.setLength(0);
          } else {
            b.append((char) c);
          }
        }
      }
      default -> throw new IllegalArgumentException(mode);
    }
    System.out.println("total " + lines + " lines, sum " + sum);
  }
}`;

/** Takes exactly 10 bytes through an unbuffered FileInputStream, checkpoints, then reads the rest. */
const TEN = `
import java.io.*;
public class TakeTen {
  public static void main(String[] args) throws Exception {
    InputStream in = new FileInputStream(FileDescriptor.in);
    byte[] ten = new byte[10];
    int n = 0;
    while (n < 10) n += in.read(ten, n, 10 - n);
    tern.Checkpoint.save(args[0]);
    ByteArrayOutputStream rest = new ByteArrayOutputStream();
    byte[] buf = new byte[7];
    for (int k; (k = in.read(buf)) != -1;) rest.write(buf, 0, k);
    System.out.println(new String(ten, "UTF-8") + "|" + rest.toString("UTF-8"));
  }
}`;

/** Echoes each line of its input with its number; blocks in readLine between lines. */
const ECHO = `
import java.io.*;
public class LineEcho {
  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
    int n = 0;
    for (String l; (l = in.readLine()) != null;) System.out.println(++n + ": " + l);
    System.out.println("end after " + n);
  }
}`;

let dir = '';
const tern = (args: string[], stdin: Buffer) => runProcess(process.execPath, [TERN, ...args], { cwd: dir, timeoutMs: 120_000, stdin });
const text = (b: Buffer) => b.toString('utf8');
const stdinOf = (image: string) => decodeImage(readFileSync(image)).stdin;

/** 2400 lines, about 80 KB: more than one chunk of the host's reads and of System.in's buffer. */
function input(): Buffer {
  const lines: string[] = [];
  for (let i = 1; i <= 2400; i++) lines.push(`line ${i}: ${(i * 7) % 1000} apples and ${(i * 13) % 97} pears`);
  return Buffer.from(lines.join('\n') + '\n');
}

/** What StdinTotals prints for `data`, with its checkpoint lines at `at`. */
function expected(data: Buffer, at: number[]): string {
  let sum = 0, n = 0, out = '';
  for (const l of data.toString('latin1').split('\n').slice(0, -1)) {
    n++;
    for (const w of l.split(' ')) if (/^[0-9]+$/.test(w)) sum += Number(w);
    if (n % 500 === 0) out += `${n} lines, sum ${sum}, last "${l}"\n`;
    if (at.includes(n)) out += `checkpoint after line ${n}\n`;
  }
  return out + `total ${n} lines, sum ${sum}\n`;
}

beforeAll(() => {
  const ws = javaWorkspace('tern-stdin-ckpt-', { StdinTotals: TOTALS, TakeTen: TEN, LineEcho: ECHO });
  dir = ws.dir;
  return ws.remove;
});

describe('standard input in checkpoint images', () => {
  const data = input();
  const whole = expected(data, [800, 1600]);
  const after = (out: string, line: number) => out.substring(out.indexOf(`checkpoint after line ${line}\n`) + `checkpoint after line ${line}\n`.length);

  for (const mode of ['scanner', 'reader', 'raw']) {
    it(`${mode}: restored with the rest of the input from the image's offset, over two generations`, async () => {
      const prefix = join(dir, `${mode}-`);
      const first = await tern(['-cp', dir, 'StdinTotals', mode, prefix, '800', '1600'], data);
      expect(text(first.stderr)).toBe('');
      expect(text(first.stdout)).toBe(whole);
      const one = stdinOf(`${prefix}800.tern`)!;
      // The program had taken at least its 800 lines; the VM had read no more than the input.
      expect(one.offset).toBeGreaterThanOrEqual(data.indexOf(Buffer.from('line 801:')));
      expect(one.offset).toBeLessThanOrEqual(data.length);
      expect(one.buffered.length).toBeLessThanOrEqual(one.offset);

      // Generation 2, restored from line 800 with the input from the offset on; it takes the image at line 1600 again.
      const second = await tern(['restore', `${prefix}800.tern`], data.subarray(one.offset));
      expect(text(second.stderr)).toBe('');
      expect(text(second.stdout)).toBe(after(whole, 800));
      const two = stdinOf(`${prefix}1600.tern`)!;
      expect(two.offset).toBeGreaterThanOrEqual(Math.max(one.offset, data.indexOf(Buffer.from('line 1601:'))));
      expect(two.offset).toBeLessThanOrEqual(data.length);

      const third = await tern(['restore', `${prefix}1600.tern`], data.subarray(two.offset));
      expect(text(third.stderr)).toBe('');
      expect(text(third.stdout)).toBe(after(whole, 1600));
      expect(third.exitCode).toBe(0);
    }, 300_000);
  }

  it('keeps the bytes the host read ahead of the program in the image, and inspect shows the position', async () => {
    const image = join(dir, 'ten.tern');
    const bytes = Buffer.from('0123456789abcdefghijklmnopqrstuvwxyz');
    const first = await tern(['-cp', dir, 'TakeTen', image], bytes);
    expect(text(first.stdout)).toBe('0123456789|abcdefghijklmnopqrstuvwxyz\n');
    const s = stdinOf(image)!;
    // The program took exactly 10 bytes: whatever else the host had read is in the image.
    expect(s.offset - s.buffered.length).toBe(10);
    expect(Buffer.from(s.buffered).toString()).toBe(bytes.subarray(10, s.offset).toString());
    const restored = await tern(['restore', image], bytes.subarray(s.offset));
    expect(text(restored.stderr)).toBe('');
    expect(text(restored.stdout)).toBe('0123456789|abcdefghijklmnopqrstuvwxyz\n');
    const inspect = await tern(['inspect', 'image', image], Buffer.alloc(0));
    expect(text(inspect.stdout)).toContain(`Standard input: ${s.offset} bytes read${s.buffered.length > 0 ? ` (${s.buffered.length} not taken by the program yet, kept in the image)` : ''}${s.ended ? ', end of input reached' : ''}\n`);
    expect(text(inspect.stdout)).toContain(`give it the original input from byte ${s.offset} on\n`);
  }, 120_000);

  it('a thread blocked reading when the checkpoint is taken from outside reads on in the restored process', async () => {
    const image = join(dir, 'echo.tern');
    const child = spawn(process.execPath, [TERN, '-cp', dir, 'LineEcho'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const seen = (s: string) => new Promise<void>((resolve) => {
      const check = () => (out.includes(s) ? resolve() : undefined);
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        check();
      });
      check();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.stdin.write('alpha\nbeta\n');
    await seen('2: beta\n');
    // main is now blocked in readLine, waiting for the host.
    const ck = await runProcess(process.execPath, [TERN, 'checkpoint', String(child.pid), '-o', image, '--stop'], { cwd: dir, timeoutMs: 60_000 });
    expect(text(ck.stderr)).toBe('');
    expect(await exited).toBe(0);
    child.stdin.destroy();
    expect(out).toBe('1: alpha\n2: beta\n');
    expect(stdinOf(image)).toEqual({ offset: 11, buffered: new Uint8Array(0), ended: false });
    const restored = await tern(['restore', image], Buffer.from('gamma\ndelta\n'));
    expect(text(restored.stderr)).toBe('');
    expect(text(restored.stdout)).toBe('3: gamma\n4: delta\nend after 4\n');
  }, 120_000);
});
