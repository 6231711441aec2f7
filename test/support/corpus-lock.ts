/**
 * @fileoverview Keeps the suites that run corpus programs in their own directories from running at
 * the same time (a vitest setup file; vitest.config.ts runs test files in parallel).
 *
 * test/differential.test.ts and test/consistency.test.ts both run the programs of test/java with
 * the program's directory as working directory, and many programs write files there (e.g.
 * compat/FileExternalSort's sort-work/); a restored consistency run even keeps using the original
 * directory from elsewhere. Two runs of one program at once would trip over each other's files, so
 * a suite of {@link CORPUS_SUITES} holds a lock on this checkout's corpus for its whole run: the
 * first directory made by mkdir wins (atomic), the holder's pid is in it, and a lock whose holder
 * died (an interrupted run) is taken over. Other test files are not affected.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { CORPUS_ROOT } from './corpus.js';

/** Test files that run corpus programs in their directories. */
export const CORPUS_SUITES = new Set(['differential.test.ts', 'consistency.test.ts']);

/** The lock of this checkout's corpus (one per worktree: other checkouts have their own directories). */
const LOCK = join(tmpdir(), `tern-corpus-lock-${createHash('sha256').update(CORPUS_ROOT).digest('hex').slice(0, 16)}`);

/** How long a suite may wait for the other one (the slow suite's longest file takes well under this). */
const WAIT_MS = 3 * 60 * 60_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock, waiting while another live process holds it. */
async function acquire(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    } catch {
      // Just made, pid not written yet (or just released): look again.
    }
    if (holder > 0 && !alive(holder)) {
      rmSync(LOCK, { recursive: true, force: true });
      continue;
    }
    await new Promise((wake) => setTimeout(wake, 200));
  }
}

let held = false;

function release(): void {
  if (!held) return;
  held = false;
  rmSync(LOCK, { recursive: true, force: true });
}

beforeAll(async (file) => {
  if (!CORPUS_SUITES.has(basename(file.file?.filepath ?? ''))) return;
  await acquire();
  held = true;
  process.once('exit', release);
}, WAIT_MS);

afterAll(release);
