/**
 * @fileoverview The JIT's activity in one `tern bench` harness process: how many methods it
 * compiled, gave up on and invalidated, its compile time, and its deopts by reason. Read from the
 * deopt trace (`--deopt-trace=FILE`, jit/trace-events.ts) when the Tern being measured writes one,
 * else from the totals line of `--jit-log=FILE`
 * (`[jit] total: 23 compiled, 9 not compilable, 13 invalidated, 9739 wasm bytes, 1155 ms compiling; deopts: poll 17, throw 408`).
 * The counts cover the whole process: the checksum run, calibration and the measured runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTrace } from '../../src/tools/trace-read.js';
import { analyzeTrace } from '../../src/tools/trace-report.js';

/** JIT activity of one run. */
export interface JitCounts {
  /** Compiles (a method compiled again after an invalidation counts again). */
  compiled: number;
  notCompilable: number;
  invalidated: number;
  compileMs: number;
  deopts: number;
  deoptsByReason: Record<string, number>;
  /** Where the counts came from. */
  source: 'deopt-trace' | 'jit-log';
}

/** The counts of a `--jit-log` text (its last `[jit] total:` line), or null when it has none. */
export function jitCountsFromLog(log: string): JitCounts | null {
  const lines = log.split('\n').filter((l) => l.startsWith('[jit] total: '));
  const line = lines[lines.length - 1];
  if (line === undefined) return null;
  const m = /^\[jit\] total: (\d+) compiled, (\d+) not compilable, (\d+) invalidated, \d+ wasm bytes, (\d+(?:\.\d+)?) ms compiling; deopts: (.*)$/.exec(line.trimEnd());
  if (!m) return null;
  const deoptsByReason: Record<string, number> = {};
  if (m[5] !== 'none') {
    for (const part of m[5]!.split(', ')) {
      const p = /^(.+) (\d+)$/.exec(part);
      if (p) deoptsByReason[p[1]!] = (deoptsByReason[p[1]!] ?? 0) + Number(p[2]);
    }
  }
  return {
    compiled: Number(m[1]), notCompilable: Number(m[2]), invalidated: Number(m[3]), compileMs: Number(m[4]),
    deopts: Object.values(deoptsByReason).reduce((a, b) => a + b, 0), deoptsByReason, source: 'jit-log',
  };
}

/** The counts of a deopt trace's text (a truncated last line is tolerated). */
export function jitCountsFromTrace(text: string, file = 'trace'): JitCounts {
  const { report } = analyzeTrace(parseTrace(text, file));
  const deoptsByReason: Record<string, number> = {};
  for (const r of report.deoptsByReason) deoptsByReason[r.reason] = r.count;
  const t = report.totals;
  return {
    compiled: t.compiles, notCompilable: t.bailouts, invalidated: t.invalidations, compileMs: Math.round(t.compileMs),
    deopts: t.deopts, deoptsByReason, source: 'deopt-trace',
  };
}

/** Whether the Tern started by `command` (node + bin/tern.js + flags) accepts `--deopt-trace=FILE`. */
export function supportsDeoptTrace(command: readonly string[]): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'tern-bench-probe-'));
  try {
    const r = spawnSync(command[0]!, [...command.slice(1), `--deopt-trace=${join(dir, 'probe.jsonl')}`, '-version'], { stdio: 'ignore', timeout: 60_000 });
    return r.status === 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Deopt reasons as one short text: `poll 342, throw 2` (most frequent first), or `none`. */
export function formatDeopts(byReason: Record<string, number>): string {
  const parts = Object.entries(byReason).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([r, n]) => `${r} ${n}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}
