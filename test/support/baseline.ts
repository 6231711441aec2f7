/**
 * @fileoverview Reads the known-failures baseline: programs that Tern is expected to get wrong.
 *
 * The file lists one program id per line followed by the reason, e.g.
 * `threads/ParkUnpark  LockSupport not implemented yet`; `#` starts a comment. The differential test
 * asserts that every listed program still fails, so the list can only shrink: when a program
 * starts passing, the test says so and the line must be removed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The default baseline file. */
export const DEFAULT_BASELINE = fileURLToPath(new URL('../java/known-failures.txt', import.meta.url));

/** Parses baseline text into a map from program id to the reason it fails. */
export function parseBaseline(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const match = /^(\S+)\s*(.*)$/.exec(line)!;
    const [, id, reason] = match as unknown as [string, string, string];
    if (entries.has(id)) throw new Error(`known failures, line ${index + 1}: ${id} is listed twice`);
    if (reason === '') throw new Error(`known failures, line ${index + 1}: ${id} needs a reason`);
    entries.set(id, reason);
  });
  return entries;
}

/** Reads a baseline file; a missing file is an empty baseline. */
export function readBaseline(path: string): Map<string, string> {
  return existsSync(path) ? parseBaseline(readFileSync(path, 'utf8')) : new Map();
}
