/**
 * @fileoverview Compares a Tern run with HotSpot's byte for byte and explains the first difference.
 *
 * Equality is exact (stdout bytes, stderr bytes, exit status). When they differ, the report shows
 * a unified diff of the first region where the texts disagree, with a few lines of context, which
 * is where the interesting mistake almost always is; later differences are usually its echoes.
 */
import type { RunResult } from './process.js';

/** Lines of unchanged context around a difference, as in `diff -u`. */
const CONTEXT = 3;
/** How many lines past the first difference the alignment looks at. */
const WINDOW = 400;
/** Longest hunk body shown before it is cut. */
const MAX_HUNK_LINES = 80;

/** Splits text into lines, remembering whether the last one ended with a newline. */
function splitLines(text: string): { lines: string[]; finalNewline: boolean } {
  if (text === '') return { lines: [], finalNewline: true };
  const lines = text.split('\n');
  const finalNewline = lines[lines.length - 1] === '';
  if (finalNewline) lines.pop();
  return { lines, finalNewline };
}

/** One step of an alignment: a line in both texts, only in the first, or only in the second. */
type Edit = { kind: ' ' | '-' | '+'; line: string };

/** Aligns two line lists by a longest common subsequence (small inputs: both are window-bounded). */
function align(a: string[], b: string[]): Edit[] {
  const n = a.length;
  const m = b.length;
  // lcs[i * (m + 1) + j] = length of the LCS of a[i..] and b[j..].
  const lcs = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
    }
  }
  const edits: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      edits.push({ kind: ' ', line: a[i++]! });
      j++;
    } else if (i < n && (j === m || lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!)) {
      // Removals come before additions, as `diff -u` prints them.
      edits.push({ kind: '-', line: a[i++]! });
    } else {
      edits.push({ kind: '+', line: b[j++]! });
    }
  }
  return edits;
}

/**
 * Returns a unified diff of the first region where `expected` and `actual` differ, or undefined
 * when they are equal. Labels name the two sides in the `---`/`+++` header.
 */
export function firstDifferenceDiff(expected: string, actual: string, expectedLabel: string, actualLabel: string): string | undefined {
  if (expected === actual) return undefined;
  const a = splitLines(expected);
  const b = splitLines(actual);
  let prefix = 0;
  while (prefix < a.lines.length && prefix < b.lines.length && a.lines[prefix] === b.lines[prefix]) prefix++;
  const header = `--- ${expectedLabel}\n+++ ${actualLabel}\n`;
  if (prefix === a.lines.length && prefix === b.lines.length) {
    const describe = (side: { finalNewline: boolean }): string => (side.finalNewline ? 'ends with a newline' : 'has no newline at the end');
    return `${header}(same lines; ${expectedLabel} ${describe(a)}, ${actualLabel} ${describe(b)})`;
  }

  const edits = align(a.lines.slice(prefix, prefix + WINDOW), b.lines.slice(prefix, prefix + WINDOW));
  // The hunk ends once the texts agree again for more than two contexts' worth of lines.
  let end = 0;
  let equalRun = 0;
  for (let k = 0; k < edits.length; k++) {
    if (edits[k]!.kind === ' ') {
      equalRun++;
      if (equalRun > 2 * CONTEXT) break;
    } else {
      equalRun = 0;
      end = k + 1;
    }
  }
  const trailing = edits.slice(end, end + CONTEXT).filter((edit) => edit.kind === ' ');
  const leadingStart = Math.max(0, prefix - CONTEXT);
  const body: Edit[] = [
    ...a.lines.slice(leadingStart, prefix).map((line): Edit => ({ kind: ' ', line })),
    ...edits.slice(0, end),
    ...trailing,
  ];
  const countA = body.filter((edit) => edit.kind !== '+').length;
  const countB = body.filter((edit) => edit.kind !== '-').length;
  const range = (start: number, count: number): string => `${count === 0 ? start : start + 1},${count}`;
  const lines = body.map((edit) => `${edit.kind}${edit.line}`);
  const shown = lines.length > MAX_HUNK_LINES ? [...lines.slice(0, MAX_HUNK_LINES), `... (${lines.length - MAX_HUNK_LINES} more lines of this hunk)`] : lines;
  return `${header}@@ -${range(leadingStart, countA)} +${range(leadingStart, countB)} @@\n${shown.join('\n')}`;
}

/** Describes how a process ended, e.g. `exit 1` or `killed after the deadline`. */
export function describeEnding(result: RunResult): string {
  if (result.timedOut) return 'killed after the deadline';
  if (result.exitCode === null) return `killed by ${result.signal}`;
  return `exit ${result.exitCode}`;
}

/** Names of the two sides of a comparison, as shown in reports. */
export interface SideLabels {
  /** The reference side. */
  expected: string;
  /** The side under test. */
  actual: string;
}

/** Returns a report of every way `actual` differs from `expected`, or undefined when they are identical. */
export function compareRuns(
  expected: RunResult,
  actual: RunResult,
  labels: SideLabels = { expected: 'HotSpot', actual: 'Tern' },
): string | undefined {
  const problems: string[] = [];
  if (actual.timedOut || actual.exitCode !== expected.exitCode) {
    problems.push(`exit status: ${labels.expected} ${describeEnding(expected)}, ${labels.actual} ${describeEnding(actual)}`);
  }
  for (const stream of ['stdout', 'stderr'] as const) {
    if (expected[stream].equals(actual[stream])) continue;
    const diff = firstDifferenceDiff(expected[stream].toString('utf8'), actual[stream].toString('utf8'), `${labels.expected} ${stream}`, `${labels.actual} ${stream}`);
    problems.push(`${stream} differs:\n${diff ?? '(bytes differ but decode to the same text: invalid UTF-8)'}`);
  }
  return problems.length === 0 ? undefined : problems.join('\n\n');
}
