/**
 * @fileoverview The results of `tern bench` as data (the --json document), as text tables with
 * the ratios against each reference VM, as a comparison with an earlier result, and as a
 * self-contained HTML page with bar charts.
 */
import type { Run } from './harness-process.js';
import { formatDeopts, type JitCounts } from './jit-counts.js';
import { geomean, summarize, type Summary } from './stats.js';

/** One kernel on one VM. */
export interface KernelResult {
  kernel: string;
  title: string;
  size: number;
  vm: string;
  runs: Run[];
  /** Null when the VM failed (see `error`). */
  mflops: Summary | null;
  checksum: number | null;
  error?: string;
  /** The JIT's compiles and deopts over the whole harness process (Tern with its JIT on; null: not readable). */
  jit?: JitCounts | null;
}

/** The --json document. */
export interface BenchReport {
  tool: 'tern bench';
  format: 1;
  date: string;
  machine: { platform: string; arch: string; cpus: number; cpuModel: string; node: string };
  options: { kernels: string[]; large: boolean; runs: number; minMillis: number; vms: string[] };
  results: KernelResult[];
  /** Mean of the kernels' median MFLOPS per VM (SciMark's composite score), over kernels that all VMs ran. */
  composite: Record<string, number>;
}

/** Fills in the statistics and composite scores of raw results. */
export function buildReport(base: Omit<BenchReport, 'composite' | 'results'>, results: KernelResult[]): BenchReport {
  for (const r of results) r.mflops = r.runs.length > 0 ? summarize(r.runs.map((x) => x.mflops)) : null;
  const composite: Record<string, number> = {};
  const complete = base.options.kernels.filter((k) => base.options.vms.every((vm) => find(results, k, vm)?.mflops));
  if (complete.length > 0) {
    for (const vm of base.options.vms) composite[vm] = complete.reduce((n, k) => n + find(results, k, vm)!.mflops!.median, 0) / complete.length;
  }
  return { ...base, results, composite };
}

function find(results: readonly KernelResult[], kernel: string, vm: string): KernelResult | undefined {
  return results.find((r) => r.kernel === kernel && r.vm === vm);
}

const fmt = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** Checksums that disagree with the first VM that has one: a VM computed something else. */
export function checksumMismatches(report: BenchReport): string[] {
  const out: string[] = [];
  for (const k of report.options.kernels) {
    const rs = report.options.vms.map((vm) => find(report.results, k, vm)).filter((r): r is KernelResult => r?.checksum != null);
    const ref = rs[0];
    for (const r of rs.slice(1)) {
      if (ref && Math.abs(r.checksum! - ref.checksum!) > 1e-9 * Math.max(1, Math.abs(ref.checksum!))) {
        out.push(`${k}: ${r.vm} computed checksum ${r.checksum} but ${ref.vm} computed ${ref.checksum}`);
      }
    }
  }
  return out;
}

/** Text tables: MFLOPS per kernel and VM, then Tern's time ratio to each reference. */
export function formatReport(report: BenchReport): string {
  const { kernels, vms } = report.options;
  const title = (k: string): string => report.results.find((r) => r.kernel === k)?.title ?? k;
  const lines: string[] = [];
  const w = Math.max(16, ...kernels.map((k) => title(k).length + 2));
  const col = 18;
  lines.push(`SciMark-style kernels, ${report.options.large ? 'large' : 'normal'} sizes: median MFLOPS of ${report.options.runs} runs of >= ${report.options.minMillis} ms (spread)`);
  lines.push('');
  lines.push('kernel'.padEnd(w) + vms.map((v) => v.padStart(col)).join(''));
  for (const k of kernels) {
    lines.push(title(k).padEnd(w) + vms.map((vm) => {
      const r = find(report.results, k, vm);
      const cell = !r || !r.mflops ? 'failed' : `${fmt(r.mflops.median)} (${pct(r.mflops.spread)})`;
      return cell.padStart(col);
    }).join(''));
  }
  if (Object.keys(report.composite).length > 0) lines.push('Composite'.padEnd(w) + vms.map((vm) => fmt(report.composite[vm] ?? NaN).padStart(col)).join(''));
  const [tern, ...refs] = vms;
  if (tern && refs.length > 0) {
    lines.push('');
    lines.push(`${tern} time / reference time (below 1: ${tern} is faster)`);
    lines.push('kernel'.padEnd(w) + refs.map((v) => v.padStart(col)).join(''));
    const ratios: number[][] = refs.map(() => []);
    for (const k of kernels) {
      const t = find(report.results, k, tern)?.mflops;
      lines.push(title(k).padEnd(w) + refs.map((vm, i) => {
        const r = find(report.results, k, vm)?.mflops;
        if (!t || !r) return '-'.padStart(col);
        const ratio = r.median / t.median;
        ratios[i]!.push(ratio);
        return `${fmt(ratio)}x`.padStart(col);
      }).join(''));
    }
    lines.push('Geometric mean'.padEnd(w) + ratios.map((xs) => (xs.length ? `${fmt(geomean(xs))}x` : '-').padStart(col)).join(''));
  }
  lines.push(...formatJit(report));
  for (const r of report.results) if (r.error) lines.push(`\n${r.vm} on ${r.kernel}: ${r.error}`);
  const bad = checksumMismatches(report);
  if (bad.length > 0) lines.push('', 'WRONG RESULTS:', ...bad.map((b) => `  ${b}`));
  return lines.join('\n') + '\n';
}

/** Results that carry JIT counts, in report order. */
function jitResults(report: BenchReport): KernelResult[] {
  return report.results.filter((r) => r.jit !== undefined);
}

/** The JIT's compile and deopt counts per kernel (and VM, when several run with the JIT). */
function formatJit(report: BenchReport): string[] {
  const rs = jitResults(report);
  if (rs.length === 0) return [];
  const several = new Set(rs.map((r) => r.vm)).size > 1;
  const head = ['kernel', 'compiled', 'not compilable', 'invalidated', 'compile ms', 'deopts', 'by reason'];
  const rows = rs.map((r) => {
    const name = (r.title || r.kernel) + (several ? ` (${r.vm})` : '');
    const j = r.jit;
    return j ? [name, String(j.compiled), String(j.notCompilable), String(j.invalidated), String(j.compileMs), String(j.deopts), formatDeopts(j.deoptsByReason)] : [name, '-', '-', '-', '-', '-', 'not available'];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string => r.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return ['', `JIT activity of ${several ? 'the Tern runs' : rs[0]!.vm} (whole harness process: checksum run, calibration, measured runs)`, line(head), ...rows.map(line)];
}

/** The JIT counts as an HTML table, or nothing. */
function jitTable(report: BenchReport): string {
  const rs = jitResults(report);
  if (rs.length === 0) return '';
  const cell = (s: string | number, left = false): string => `<td${left ? '' : ' class="n"'}>${escape(String(s))}</td>`;
  const rows = rs.map((r) => {
    const j = r.jit;
    return `<tr>${cell(r.title || r.kernel, true)}${cell(r.vm, true)}${j ? cell(j.compiled) + cell(j.notCompilable) + cell(j.invalidated) + cell(j.compileMs) + cell(j.deopts) + cell(formatDeopts(j.deoptsByReason), true) : '<td colspan="6">not available</td>'}</tr>`;
  });
  return `<h2>JIT compiles and deopts per kernel</h2>
<p>Counted over each whole harness process (checksum run, calibration and measured runs)${rs[0]?.jit ? `, from the ${rs[0].jit.source === 'deopt-trace' ? 'deopt trace' : '--jit-log totals'}` : ''}.</p>
<table class="jit"><thead><tr><th>kernel</th><th>VM</th><th>compiled</th><th>not compilable</th><th>invalidated</th><th>compile ms</th><th>deopts</th><th>deopts by reason</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

/** How a kernel on a VM changed against an earlier result. */
export interface Change {
  kernel: string;
  vm: string;
  before: number;
  after: number;
  /** after / before - 1 (MFLOPS: positive is faster). */
  change: number;
  verdict: 'regression' | 'improvement' | 'within noise';
}

/**
 * Compares medians with an earlier report. A change counts only beyond noise: more than 5%, and
 * the two runs' ranges (min..max) do not overlap.
 */
export function compareReports(before: BenchReport, after: BenchReport): Change[] {
  const out: Change[] = [];
  for (const a of after.results) {
    const b = find(before.results, a.kernel, a.vm);
    if (!a.mflops || !b?.mflops) continue;
    const change = a.mflops.median / b.mflops.median - 1;
    const apart = a.mflops.max < b.mflops.min || a.mflops.min > b.mflops.max;
    const verdict = apart && Math.abs(change) > 0.05 ? (change < 0 ? 'regression' : 'improvement') : 'within noise';
    out.push({ kernel: a.kernel, vm: a.vm, before: b.mflops.median, after: a.mflops.median, change, verdict });
  }
  return out;
}

/** The comparison as a table. */
export function formatChanges(changes: readonly Change[], oldFile: string): string {
  if (changes.length === 0) return `Nothing to compare with ${oldFile} (no kernel and VM in common).\n`;
  const lines = [`Compared with ${oldFile} (median MFLOPS):`, `${'kernel'.padEnd(10)}${'vm'.padEnd(12)}${'before'.padStart(10)}${'after'.padStart(10)}${'change'.padStart(9)}  verdict`];
  for (const c of changes) {
    const sign = c.change >= 0 ? '+' : '';
    lines.push(`${c.kernel.padEnd(10)}${c.vm.padEnd(12)}${fmt(c.before).padStart(10)}${fmt(c.after).padStart(10)}${`${sign}${(c.change * 100).toFixed(1)}%`.padStart(9)}  ${c.verdict === 'regression' ? 'REGRESSION' : c.verdict}`);
  }
  const n = changes.filter((c) => c.verdict === 'regression').length;
  lines.push(n > 0 ? `${n} regression(s) beyond noise.` : 'No regression beyond noise.');
  return lines.join('\n') + '\n';
}

const escape = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b'];

/** Grouped bars (kernels x VMs) of median MFLOPS on a logarithmic axis, with min..max whiskers. */
function chart(report: BenchReport): string {
  const { kernels, vms } = report.options;
  const groups = [...kernels, ...(Object.keys(report.composite).length ? ['composite'] : [])];
  const value = (k: string, vm: string): Summary | null => (k === 'composite' ? (report.composite[vm] !== undefined ? { median: report.composite[vm]!, min: report.composite[vm]!, max: report.composite[vm]!, spread: 0 } : null) : find(report.results, k, vm)?.mflops ?? null);
  const all = groups.flatMap((k) => vms.map((vm) => value(k, vm))).filter((s): s is Summary => s !== null);
  const lo = Math.pow(10, Math.floor(Math.log10(Math.max(1e-3, Math.min(...all.map((s) => s.min))))));
  const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(...all.map((s) => s.max)))));
  const W = 80 + groups.length * (vms.length * 22 + 30), H = 320, top = 20, bottom = 260, left = 60;
  const y = (v: number): number => bottom - ((Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * (bottom - top);
  const parts: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="11">`];
  for (let p = lo; p <= hi * 1.0001; p *= 10) {
    parts.push(`<line x1="${left}" x2="${W - 10}" y1="${y(p)}" y2="${y(p)}" stroke="#ddd"/><text x="${left - 6}" y="${y(p) + 4}" text-anchor="end">${p >= 1 ? p : p.toPrecision(1)}</text>`);
  }
  parts.push(`<text x="14" y="${(top + bottom) / 2}" transform="rotate(-90 14 ${(top + bottom) / 2})" text-anchor="middle">MFLOPS (log scale)</text>`);
  groups.forEach((k, gi) => {
    const gx = left + 20 + gi * (vms.length * 22 + 30);
    vms.forEach((vm, vi) => {
      const s = value(k, vm);
      if (!s) return;
      const x = gx + vi * 22;
      parts.push(`<rect x="${x}" y="${y(s.median)}" width="18" height="${bottom - y(s.median)}" fill="${COLORS[vi % COLORS.length]}"><title>${escape(`${k} on ${vm}: ${fmt(s.median)} MFLOPS (min ${fmt(s.min)}, max ${fmt(s.max)})`)}</title></rect>`);
      if (s.max > s.min) parts.push(`<line x1="${x + 9}" x2="${x + 9}" y1="${y(s.max)}" y2="${y(s.min)}" stroke="#000"/>`);
    });
    parts.push(`<text x="${gx + (vms.length * 22) / 2}" y="${bottom + 16}" text-anchor="middle">${escape(k === 'composite' ? 'Composite' : report.results.find((r) => r.kernel === k)?.title ?? k)}</text>`);
  });
  vms.forEach((vm, vi) => parts.push(`<rect x="${left + vi * 110}" y="${H - 22}" width="12" height="12" fill="${COLORS[vi % COLORS.length]}"/><text x="${left + vi * 110 + 16}" y="${H - 12}">${escape(vm)}</text>`));
  parts.push('</svg>');
  return parts.join('\n');
}

/** A self-contained HTML page (no scripts, no server): the chart and the tables. */
export function htmlReport(report: BenchReport, changes: readonly Change[] | null): string {
  const m = report.machine;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>tern bench ${escape(report.date)}</title>
<style>body{font-family:sans-serif;margin:2em;max-width:70em}pre{background:#f6f6f6;padding:1em;overflow:auto}h1{font-size:1.4em}table.jit{border-collapse:collapse}table.jit td,table.jit th{padding:.2em .6em;border-bottom:1px solid #ddd;text-align:left}table.jit td.n{text-align:right}</style></head>
<body>
<h1>tern bench: SciMark-style kernels</h1>
<p>${escape(report.date)} · ${escape(m.cpuModel)} (${m.cpus} CPUs) · ${escape(m.platform)} ${escape(m.arch)} · Node ${escape(m.node)} ·
${report.options.large ? 'large' : 'normal'} sizes · ${report.options.runs} runs of at least ${report.options.minMillis} ms each.</p>
${chart(report)}
${jitTable(report)}
<h2>Results</h2>
<pre>${escape(formatReport(report))}</pre>
${changes ? `<h2>Comparison</h2>\n<pre>${escape(formatChanges(changes, 'the earlier result'))}</pre>` : ''}
</body></html>
`;
}
