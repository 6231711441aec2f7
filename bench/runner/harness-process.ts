/**
 * @fileoverview Runs the Java harness (bench/scimark/scimark/Harness.java) for one kernel on one VM
 * in a child process and reads its JSON lines: the checksum, the calibrated cycle count and each
 * measured run, reported as they arrive so the runner can show progress.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jitCountsFromLog, jitCountsFromTrace, type JitCounts } from './jit-counts.js';
import type { VmSpec } from './vms.js';

/** One measured run. */
export interface Run {
  cycles: number;
  seconds: number;
  mflops: number;
}

/** Everything one harness process reported. */
export interface HarnessResult {
  checksum: number | null;
  cycles: number;
  runs: Run[];
  /** The JIT's activity, for a Tern with its JIT on (null when it could not be read). */
  jit?: JitCounts | null;
}

/** What a harness process is doing, for the progress display. */
export type HarnessEvent = { kind: 'calibrated'; cycles: number } | { kind: 'run'; run: number };

/** How to run one harness process. */
export interface HarnessRequest {
  vm: VmSpec;
  classPath: string;
  kernel: string;
  size: number;
  minMillis: number;
  runs: number;
  /** Deadline for the whole process (ms). */
  timeoutMs: number;
  /** For a VM with `jit`: how to learn its counts (the deopt trace when the Tern has --deopt-trace). */
  jitCounts?: 'deopt-trace' | 'jit-log';
}

/** Runs the harness; rejects with the VM's own error output when it fails. */
export function runHarness(req: HarnessRequest, onEvent: (e: HarnessEvent) => void): Promise<HarnessResult> {
  const [cmd, ...pre] = req.vm.command;
  const counts = req.vm.jit ? req.jitCounts ?? 'jit-log' : null;
  const logDir = counts ? mkdtempSync(join(tmpdir(), 'tern-bench-jit-')) : null;
  const logFile = logDir ? join(logDir, counts === 'deopt-trace' ? 'trace.jsonl' : 'jit.log') : null;
  const jitFlag = logFile ? [counts === 'deopt-trace' ? `--deopt-trace=${logFile}` : `--jit-log=${logFile}`] : [];
  const args = [...pre, ...jitFlag, '-cp', req.classPath, 'scimark.Harness', req.kernel, String(req.size), String(req.minMillis), String(req.runs)];
  /** The counts of the finished process, then the log is removed. */
  const readCounts = (): JitCounts | null => {
    if (!logFile) return null;
    try {
      const text = readFileSync(logFile, 'utf8');
      return counts === 'deopt-trace' ? jitCountsFromTrace(text, logFile) : jitCountsFromLog(text);
    } catch {
      return null;
    } finally {
      rmSync(logDir!, { recursive: true, force: true });
    }
  };
  return new Promise((resolve, reject) => {
    const child = spawn(cmd!, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const result: HarnessResult = { checksum: null, cycles: 0, runs: [] };
    let pending = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), req.timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (c: string) => (stderr += c));
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const line = pending.substring(0, nl);
        pending = pending.substring(nl + 1);
        take(line);
      }
    });
    const take = (line: string): void => {
      let v: Record<string, unknown>;
      try {
        v = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return; // the user's benchmark may print; only the harness's JSON lines count
      }
      if ('checksum' in v) result.checksum = typeof v['checksum'] === 'number' ? v['checksum'] : null;
      else if ('run' in v) {
        result.runs.push({ cycles: Number(v['cycles']), seconds: Number(v['seconds']), mflops: Number(v['mflops']) });
        onEvent({ kind: 'run', run: Number(v['run']) });
      } else if ('cycles' in v) {
        result.cycles = Number(v['cycles']);
        onEvent({ kind: 'calibrated', cycles: result.cycles });
      }
    };
    child.on('error', (e) => {
      clearTimeout(timer);
      readCounts();
      reject(new Error(`cannot start ${cmd}: ${e.message}`));
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const jit = readCounts();
      if (req.vm.jit) result.jit = jit;
      if (status === 0 && result.runs.length === req.runs) return resolve(result);
      const why = signal === 'SIGKILL' ? `timed out after ${req.timeoutMs / 1000} s` : `exit status ${status}`;
      const last = stderr.trim().split('\n').slice(0, 3).join(' | ');
      reject(new Error(`${req.vm.id} failed on ${req.kernel} (${why})${last ? `: ${last}` : ''}`));
    });
  });
}
