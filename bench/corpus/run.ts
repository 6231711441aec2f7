/**
 * @fileoverview Times the differential corpus on several VMs side by side (issue 4's measurement:
 * "the whole compat corpus on Tern, java -Xint and java"), plus a start-up row (Hello).
 *
 *   npx vite-node bench/corpus/run.ts -- [--only REGEX] [--every N] [--vms tern,tern-Xint,java-Xint,java,tern@DIR,...]
 *                                        [--runs N] [--jit-log] [--json FILE] [--md FILE]
 *
 * Each program runs once per VM per round, VMs interleaved program by program so that load
 * changes hit every VM alike; one process at a time. Wall time and CPU time (user + system, from
 * GNU time, children included) are recorded; the report gives totals, the geometric mean of the
 * per-program ratios against `java`, and the programs where Tern is furthest behind. Outputs are
 * not compared here (the differential test does that); a run that fails is reported and left out
 * of the ratios. It reuses the test harness's corpus reader and compile cache.
 *
 * Without `java` among the VMs, ratios are against the last VM listed. `--every N` keeps every Nth
 * program (the first, the N+1st, ...) in the corpus's order: issue 6's measurement of the JIT's cost
 * on short programs is `--only . --every 5 --jit-log --vms tern,tern-Xint` (77 of 382 programs:
 * default against -Xint CPU; docs/performance.md "JIT cost on short programs"). `--jit-log` runs the
 * JIT VMs (`tern`, `tern@DIR`) with --jit-log and splits the report into the programs that loaded
 * Binaryen and the others (their totals line says `Binaryen not loaded`).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileProgram } from '../../test/support/compile.js';
import { discoverPrograms, filterPrograms, type JavaProgram } from '../../test/support/corpus.js';
import { hotspotArguments } from '../../test/support/hotspot.js';
import { runProcess } from '../../test/support/process.js';
import { TERN_LAUNCHER } from '../../test/support/tern.js';

interface Vm {
  readonly name: string;
  command(program: JavaProgram, classes: string): string[];
}

const VMS: Record<string, Vm> = {
  tern: { name: 'tern', command: (p, c) => [process.execPath, TERN_LAUNCHER, ...p.ternFlags, '-cp', c, p.mainClass, ...p.args] },
  'tern-Xint': { name: 'tern-Xint', command: (p, c) => [process.execPath, TERN_LAUNCHER, '-Xint', ...p.ternFlags, '-cp', c, p.mainClass, ...p.args] },
  // Background compilation (docs/jit.md), for comparisons with the synchronous default.
  'tern-bg': { name: 'tern-bg', command: (p, c) => [process.execPath, TERN_LAUNCHER, '-XX:+BackgroundCompilation', ...p.ternFlags, '-cp', c, p.mainClass, ...p.args] },
  java: { name: 'java', command: (p, c) => ['java', ...hotspotArguments(p, c)] },
  'java-Xint': { name: 'java-Xint', command: (p, c) => ['java', '-Xint', ...hotspotArguments(p, c)] },
};

interface Sample {
  readonly wall: number;
  readonly cpu: number;
  readonly ok: boolean;
  /** With --jit-log, on a JIT VM: whether the run loaded Binaryen. */
  readonly binaryen?: boolean;
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

/** Runs one command under GNU time; wall and CPU seconds. */
async function measure(argv: string[], program: JavaProgram, timeFile: string, jitLog: boolean): Promise<Sample> {
  if (jitLog) argv = [...argv.slice(0, 2), '--jit-log', ...argv.slice(2)];
  const result = await runProcess('/usr/bin/time', ['-f', '%e %U %S', '-o', timeFile, ...argv], {
    cwd: program.dir,
    stdin: program.stdin,
    timeoutMs: 600_000,
  });
  const [wall, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  const sample = { wall: wall!, cpu: user! + sys!, ok: !result.timedOut };
  return jitLog ? { ...sample, binaryen: !result.stderr.toString('latin1').includes('Binaryen not loaded') } : sample;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const geomean = (xs: number[]): number => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);

async function main(): Promise<void> {
  const only = option('--only', '^compat/');
  const vms = option('--vms', 'tern,tern-Xint,java-Xint,java').split(',').map((n) => {
    // `tern@DIR`, `tern-Xint@DIR`: the same, with another checkout's launcher (before/after in one run).
    const at = n.indexOf('@');
    if (at > 0 && VMS[n.slice(0, at)] !== undefined && n.startsWith('tern')) {
      const base = VMS[n.slice(0, at)]!, launcher = join(n.slice(at + 1), 'bin/tern.js');
      return { name: n, command: (p: JavaProgram, c: string) => base.command(p, c).map((x) => (x === TERN_LAUNCHER ? launcher : x)) };
    }
    const vm = VMS[n];
    if (!vm) throw new Error(`unknown VM ${n} (known: ${Object.keys(VMS).join(', ')})`);
    return vm;
  });
  const runs = Number(option('--runs', '1'));
  const every = Number(option('--every', '1'));
  const jitLog = process.argv.includes('--jit-log');
  /** JIT VMs: `tern`, `tern@DIR` (their commands are `node LAUNCHER ...`, --jit-log goes after the launcher). */
  const isJit = (name: string): boolean => name === 'tern' || name.startsWith('tern@');
  const programs = filterPrograms(discoverPrograms(), only).filter((_, i) => i % every === 0);
  const work = mkdtempSync(join(tmpdir(), 'tern-corpus-bench-'));
  const timeFile = join(work, 'time');
  const samples = new Map<string, Map<string, Sample[]>>();
  const started = Date.now();
  try {
    for (const [i, program] of programs.entries()) {
      const classes = await compileProgram(program);
      const perVm = new Map<string, Sample[]>();
      for (let r = 0; r < runs; r++) {
        for (const vm of vms) {
          const s = await measure(vm.command(program, classes), program, timeFile, jitLog && isJit(vm.name));
          perVm.set(vm.name, [...(perVm.get(vm.name) ?? []), s]);
        }
      }
      samples.set(program.id, perVm);
      const line = vms.map((vm) => `${vm.name} ${median(perVm.get(vm.name)!.map((s) => s.wall)).toFixed(2)}s (CPU ${median(perVm.get(vm.name)!.map((s) => s.cpu)).toFixed(2)}s` +
        `${perVm.get(vm.name)!.some((s) => s.binaryen === true) ? ', Binaryen' : ''})`).join('  ');
      process.stderr.write(`[${i + 1}/${programs.length}] ${program.id}  ${line}  (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const report = summarise(samples, vms.map((v) => v.name));
  process.stdout.write(report);
  const md = option('--md', '');
  if (md) writeFileSync(md, report);
  const json = option('--json', '');
  if (json) writeFileSync(json, JSON.stringify(Object.fromEntries([...samples].map(([id, m]) => [id, Object.fromEntries(m)])), null, 1));
}

function summarise(samples: Map<string, Map<string, Sample[]>>, vms: string[]): string {
  const ok = [...samples].filter(([, m]) => vms.every((v) => m.get(v)!.every((s) => s.ok)));
  const lines = [`${samples.size} programs (${ok.length} ran to completion on every VM), medians per program\n`];
  const ref = vms.includes('java') ? 'java' : vms[vms.length - 1]!;
  lines.push(`| VM | total wall s | total CPU s | geomean wall / ${ref} | geomean CPU / ${ref} |`, '|---|---:|---:|---:|---:|');
  const med = (m: Map<string, Sample[]>, v: string, k: 'wall' | 'cpu'): number => median(m.get(v)!.map((s) => s[k]));
  for (const v of vms) {
    const wall = ok.reduce((a, [, m]) => a + med(m, v, 'wall'), 0);
    const cpu = ok.reduce((a, [, m]) => a + med(m, v, 'cpu'), 0);
    const rw = geomean(ok.map(([, m]) => med(m, v, 'wall') / med(m, ref, 'wall')));
    const rc = geomean(ok.map(([, m]) => med(m, v, 'cpu') / Math.max(0.01, med(m, ref, 'cpu'))));
    lines.push(`| ${v} | ${wall.toFixed(1)} | ${cpu.toFixed(1)} | ${rw.toFixed(2)} | ${rc.toFixed(2)} |`);
  }
  const loaders = vms.filter((v) => ok.some(([, m]) => m.get(v)!.some((s) => s.binaryen !== undefined)));
  if (loaders.length > 0) {
    // Which programs loaded Binaryen (in any run of any JIT VM), and the CPU of each VM on them and on the others.
    const loaded = (m: Map<string, Sample[]>): boolean => loaders.some((v) => m.get(v)!.some((s) => s.binaryen === true));
    const split: Array<[string, typeof ok]> = [['loaded Binaryen', ok.filter(([, m]) => loaded(m))], ['did not', ok.filter(([, m]) => !loaded(m))]];
    lines.push('', `CPU by whether a JIT VM (${loaders.join(', ')}) loaded Binaryen:`, '');
    lines.push(`| programs | n | ${vms.map((v) => `${v} CPU s`).join(' | ')} | ${vms.filter((v) => v !== ref).map((v) => `${v} / ${ref}`).join(' | ')} |`,
      `|---|---:|${vms.map(() => '---:').join('|')}|${vms.filter((v) => v !== ref).map(() => '---:').join('|')}|`);
    for (const [label, set] of split) {
      const cpu = (v: string): number => set.reduce((a, [, m]) => a + med(m, v, 'cpu'), 0);
      lines.push(`| ${label} | ${set.length} | ${vms.map((v) => cpu(v).toFixed(1)).join(' | ')} | ${vms.filter((v) => v !== ref).map((v) => (cpu(v) / Math.max(0.01, cpu(ref))).toFixed(2)).join(' | ')} |`);
    }
    lines.push('', 'The programs that loaded Binaryen (CPU s; * = this VM loaded it):', '');
    lines.push(`| program | ${vms.join(' | ')} |`, `|---|${vms.map(() => '---:').join('|')}|`);
    for (const [id, m] of split[0]![1]) {
      lines.push(`| ${id} | ${vms.map((v) => `${med(m, v, 'cpu').toFixed(2)}${m.get(v)!.some((s) => s.binaryen === true) ? '*' : ''}`).join(' | ')} |`);
    }
  }
  if (vms.includes('tern')) {
    const worst = [...ok].sort(([, a], [, b]) => med(b, 'tern', 'wall') / med(b, ref, 'wall') - med(a, 'tern', 'wall') / med(a, ref, 'wall')).slice(0, 10);
    lines.push('', `Furthest behind (tern wall / ${ref} wall):`, '');
    lines.push(`| program | ${vms.join(' s | ')} s | ratio |`, `|---|${vms.map(() => '---:').join('|')}|---:|`);
    for (const [id, m] of worst) {
      lines.push(`| ${id} | ${vms.map((v) => med(m, v, 'wall').toFixed(2)).join(' | ')} | ${(med(m, 'tern', 'wall') / med(m, ref, 'wall')).toFixed(1)} |`);
    }
  }
  return lines.join('\n') + '\n';
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
