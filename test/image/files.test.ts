// Open files in checkpoint images: a program keeps a file open for reading and one for writing
// across a checkpoint; the restored run continues both at their positions. Files that changed
// since the checkpoint fail the restore, or are used as they are, or get their saved contents
// back (--file-changed); files that are gone are recreated from saved contents (--checkpoint-files).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { javaWorkspace, TERN } from '../support/java-workspace.js';

const SOURCE = `
import java.io.*;
import java.nio.file.*;
public class Journal {
  public static void main(String[] args) throws Exception {
    Path dir = Paths.get(args[0]);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("input.txt"), "alpha\\nbeta\\ngamma\\ndelta\\n");
    try (RandomAccessFile in = new RandomAccessFile(dir.resolve("input.txt").toFile(), "r");
         FileOutputStream out = new FileOutputStream(dir.resolve("journal.log").toFile())) {
      out.write(("read " + in.readLine() + "\\n").getBytes());
      boolean restored = tern.Checkpoint.save(args[1]);
      out.write(("after checkpoint, restored=" + restored + "\\n").getBytes());
      for (String line; (line = in.readLine()) != null; ) out.write(("read " + line + "\\n").getBytes());
    }
    System.out.print(Files.readString(dir.resolve("journal.log")));
  }
}`;

let dir = '';
const tern = (...args: string[]) => spawnSync('node', [TERN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
const EXPECTED = (restored: boolean) => `read alpha\nafter checkpoint, restored=${restored}\nread beta\nread gamma\nread delta\n`;

beforeAll(() => {
  const ws = javaWorkspace('tern-files-', { Journal: SOURCE });
  dir = ws.dir;
  return ws.remove;
});

/** Runs Journal to its checkpoint and on; returns the image path. */
function checkpointed(name: string, ...flags: string[]): string {
  const data = join(dir, name), image = join(dir, `${name}.tern`);
  const r = tern(...flags, '-cp', dir, 'Journal', data, image);
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe(EXPECTED(false));
  return image;
}

describe('files in checkpoint images', () => {
  it('reopens files at their positions; refuses a file that changed since the checkpoint', () => {
    const image = checkpointed('changed');
    // The original run went on writing the journal: restoring over it would be inconsistent.
    const refused = tern('restore', image);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`Error: cannot restore ${image}: file ${join(dir, 'changed', 'journal.log')} changed since the checkpoint (76 bytes, was 11); restore with --file-changed=warn to use it as it is or --file-changed=restore to put back its saved contents\n`);
    const restored = tern('restore', '--file-changed=restore', image);
    expect(restored.stderr).toBe(`[tern] warning: file ${join(dir, 'changed', 'journal.log')} changed since the checkpoint (76 bytes, was 11): its saved contents are put back\n`);
    expect(restored.stdout).toBe(EXPECTED(true));
    expect(readFileSync(join(dir, 'changed', 'journal.log'), 'utf8')).toBe(EXPECTED(true));
  });

  it('continues as is when nothing changed (the checkpoint stopped the program)', () => {
    const image = checkpointed('same');
    // Put the files back as they were at the checkpoint, as a stopped program leaves them.
    writeFileSync(join(dir, 'same', 'journal.log'), 'read alpha\n');
    const r = tern('restore', image);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(EXPECTED(true));
  });

  it('recreates missing files from saved contents, and says which contents were not saved', () => {
    const written = checkpointed('gone1');
    rmSync(join(dir, 'gone1'), { recursive: true });
    const refused = tern('restore', written);
    expect(refused.stderr).toBe(`Error: cannot restore ${written}: file ${join(dir, 'gone1', 'input.txt')} of the image is missing (its contents were not saved: checkpoint with --checkpoint-files=open)\n`);

    const all = checkpointed('gone2', '--checkpoint-files=open');
    rmSync(join(dir, 'gone2'), { recursive: true });
    const r = tern('restore', all);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(EXPECTED(true));
  });

  it('saves whole directories with --checkpoint-dir and lists files in tern inspect image', () => {
    const extra = join(dir, 'extra');
    execFileSync('mkdir', ['-p', join(extra, 'sub')]);
    writeFileSync(join(extra, 'sub', 'note.txt'), 'kept\n');
    const image = checkpointed('dirs', `--checkpoint-dir=${extra}`, '--checkpoint-files=none');
    const shown = tern('inspect', 'image', image);
    expect(shown.stdout).toContain(`Files: 3\n  ${join(dir, 'dirs', 'input.txt')} (fd 3 read, at 6; 23 bytes)\n  ${join(dir, 'dirs', 'journal.log')} (fd 4 write, at 11; 11 bytes)\n  ${join(extra, 'sub', 'note.txt')} (saved, not open; 5 bytes, contents in the image)\n`);
    rmSync(extra, { recursive: true });
    writeFileSync(join(dir, 'dirs', 'journal.log'), 'read alpha\n');
    expect(tern('restore', image).stdout).toBe(EXPECTED(true));
    expect(readFileSync(join(extra, 'sub', 'note.txt'), 'utf8')).toBe('kept\n');
  });

  it('rejects bad policies as usage errors', () => {
    const r = tern('--checkpoint-files=some', '-cp', dir, 'Journal');
    expect(r.stderr).toBe("Error: --checkpoint-files must be open, written or none, not 'some'\n");
    expect(r.status).toBe(1);
  });
});
