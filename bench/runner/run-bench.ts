/**
 * @fileoverview `tern bench`: runs the SciMark-style kernels (or a user's benchmark class) on Tern
 * and the chosen reference VMs, one harness process per kernel and VM, showing progress; prints
 * the tables and writes the JSON and HTML reports asked for.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { runHarness, type HarnessEvent } from './harness-process.js';
import { supportsDeoptTrace } from './jit-counts.js';
import type { KernelSpec } from './kernels.js';
import { buildReport, checksumMismatches, compareReports, formatChanges, formatReport, htmlReport, type BenchReport, type KernelResult } from './report.js';
import { vmSpec } from './vms.js';

/** What to run and where to put the results. */
export interface BenchOptions {
  kernels: KernelSpec[];
  large: boolean;
  /** Reference VMs besides `tern` (REFERENCE_IDS). */
  against: string[];
  runs: number;
  minMillis: number;
  json: string | null;
  html: string | null;
  compare: string | null;
  /** The harness classes, then any user class path. */
  classPath: string;
  ternLauncher: string;
  /** Extra options for every Tern run (e.g. -Xmx). */
  ternFlags: string[];
}

/** Where the runner writes. */
export interface BenchIo {
  out(text: string): void;
  err(text: string): void;
  /** Standard error is a terminal: progress rewrites one line. */
  tty: boolean;
}

/** Runs the benchmark; resolves to the exit status (1 when a VM failed or computed a wrong result). */
export async function runBench(o: BenchOptions, io: BenchIo): Promise<number> {
  let previous: BenchReport | null = null;
  if (o.compare) previous = readReport(o.compare);
  const vms = ['tern', ...o.against.filter((v, i, a) => v !== 'tern' && a.indexOf(v) === i)];
  const specs = vms.map((id) => vmSpec(id, o.ternLauncher, o.ternFlags));
  // The JIT's counts come from the deopt trace once the Tern measured writes one, else from --jit-log's totals.
  const jitVm = specs.find((s) => s.jit);
  const jitCounts = jitVm && supportsDeoptTrace(jitVm.command) ? 'deopt-trace' : 'jit-log';
  const started = Date.now();
  const total = o.kernels.length * specs.length;
  const results: KernelResult[] = [];
  let step = 0;
  for (const k of o.kernels) {
    for (const vm of specs) {
      step++;
      const size = o.large ? k.largeSize : k.size;
      const status = (what: string): void => {
        const line = `[${step}/${total}] ${k.id} on ${vm.id}: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`;
        io.err(io.tty ? `\r\x1b[K${line}` : `${line}\n`);
      };
      status('calibrating');
      const onEvent = (e: HarnessEvent): void => status(e.kind === 'calibrated' ? `${e.cycles} cycles per run` : `run ${e.run}/${o.runs} done`);
      const result: KernelResult = { kernel: k.id, title: k.title, size, vm: vm.id, runs: [], mflops: null, checksum: null };
      try {
        const r = await runHarness({ vm, classPath: o.classPath, kernel: k.id, size, minMillis: o.minMillis, runs: o.runs, timeoutMs: 30 * 60_000, jitCounts }, onEvent);
        result.runs = r.runs;
        result.checksum = r.checksum;
        if (r.jit !== undefined) result.jit = r.jit;
      } catch (e) {
        result.error = (e as Error).message;
      }
      results.push(result);
    }
  }
  if (io.tty) io.err('\r\x1b[K');
  const cpus = os.cpus();
  const report = buildReport({
    tool: 'tern bench',
    format: 1,
    date: new Date().toISOString(),
    machine: { platform: process.platform, arch: process.arch, cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown', node: process.version },
    options: { kernels: o.kernels.map((k) => k.id), large: o.large, runs: o.runs, minMillis: o.minMillis, vms },
  }, results);
  io.out(formatReport(report));
  const changes = previous ? compareReports(previous, report) : null;
  if (changes) io.out('\n' + formatChanges(changes, o.compare!));
  if (o.json) writeFileSync(o.json, JSON.stringify(report, null, 2) + '\n');
  if (o.html) writeFileSync(o.html, htmlReport(report, changes));
  return results.some((r) => r.error) || checksumMismatches(report).length > 0 ? 1 : 0;
}

/** An earlier --json result, checked enough to compare with. */
function readReport(file: string): BenchReport {
  let v: unknown;
  try {
    v = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const r = v as Partial<BenchReport>;
  if (r?.tool !== 'tern bench' || r.format !== 1 || !Array.isArray(r.results)) throw new Error(`${file} is not a tern bench --json result`);
  return r as BenchReport;
}
