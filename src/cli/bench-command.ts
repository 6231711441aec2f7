/**
 * @fileoverview `tern bench`: the SciMark-style benchmark runner (bench/runner, docs/cli.md).
 * This file only reads the command line.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { KERNELS, userKernel, type KernelSpec } from '../../bench/runner/kernels.js';
import { runBench, type BenchOptions } from '../../bench/runner/run-bench.js';
import { REFERENCE_IDS } from '../../bench/runner/vms.js';
import type { Host } from '../host/host.js';
import { buildDir } from '../host/node/class-library.js';
import { CommandError } from './command-error.js';

const USAGE = `Usage: tern bench [--kernels fft,sor,mc,sparse,lu] [--large] [--against ${REFERENCE_IDS.join(',')}]
                  [--runs N] [--min-time MS] [--json FILE] [--html FILE] [--compare OLD.json]
                  [--class NAME -cp PATH] [--tern-flags "OPTIONS"]`;

const positive = (s: string | undefined): number | null => (s !== undefined && /^[1-9][0-9]*$/.test(s) ? Number(s) : null);

/** `tern bench ...`. */
export async function benchCommand(host: Host, argv: string[]): Promise<number> {
  const build = buildDir();
  const root = path.dirname(build);
  const o: BenchOptions = {
    kernels: [...KERNELS], large: false, against: [], runs: 3, minMillis: 1000, json: null, html: null, compare: null,
    classPath: path.join(build, 'scimark'), ternLauncher: path.join(root, 'bin', 'tern.js'), ternFlags: [],
  };
  let userClass: string | null = null, userPath: string | null = null;
  const value = (i: number): string => {
    const v = argv[i + 1];
    if (v === undefined) throw new CommandError(`Error: ${argv[i]} needs a value\n${USAGE}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--kernels') {
      const ids = value(i++).split(',');
      o.kernels = ids.map((id) => {
        const k = KERNELS.find((x) => x.id === id);
        if (!k) throw new CommandError(`Error: unknown kernel '${id}' (choose from ${KERNELS.map((x) => x.id).join(', ')})`);
        return k;
      });
    } else if (a === '--large') o.large = true;
    else if (a === '--against') {
      o.against = value(i++).split(',');
      for (const id of o.against) if (!(REFERENCE_IDS as readonly string[]).includes(id)) throw new CommandError(`Error: unknown VM '${id}' (choose from ${REFERENCE_IDS.join(', ')})`);
    } else if (a === '--runs' || a === '--min-time') {
      const n = positive(value(i++));
      if (n === null) throw new CommandError(`Error: ${a} needs a positive integer\n${USAGE}`);
      if (a === '--runs') o.runs = n;
      else o.minMillis = n;
    } else if (a === '--json') o.json = value(i++);
    else if (a === '--html') o.html = value(i++);
    else if (a === '--compare') o.compare = value(i++);
    else if (a === '--class') userClass = value(i++);
    else if (a === '-cp' || a === '-classpath' || a === '--class-path') userPath = value(i++);
    else if (a === '--tern-flags') o.ternFlags = value(i++).split(/\s+/).filter(Boolean);
    else if (a === '--help' || a === '-h') {
      host.write(1, new TextEncoder().encode(USAGE + '\n'));
      return 0;
    } else throw new CommandError(`Error: unknown option ${a}\n${USAGE}`);
  }
  if (userClass !== null) {
    if (userPath === null) throw new CommandError(`Error: --class needs -cp PATH (where the class is)\n${USAGE}`);
    o.kernels = [userKernel(userClass) as KernelSpec];
    o.classPath += path.delimiter + userPath;
  } else if (userPath !== null) throw new CommandError(`Error: -cp is only for --class\n${USAGE}`);
  if (!existsSync(path.join(o.classPath.split(path.delimiter)[0]!, 'scimark', 'Harness.class'))) {
    throw new CommandError('Error: the benchmark harness is not built (run `npm run build`)');
  }
  try {
    return await runBench(o, {
      out: (t) => host.write(1, new TextEncoder().encode(t)),
      err: (t) => host.write(2, new TextEncoder().encode(t)),
      tty: process.stderr.isTTY === true,
    });
  } catch (e) {
    throw new CommandError(`Error: ${(e as Error).message}`);
  }
}
