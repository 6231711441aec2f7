#!/usr/bin/env node
// @ts-check
/**
 * @fileoverview One run for bench/checkpoint/overhead.mjs: runs a bench/java kernel on the built
 * Tern (dist/) as `tern` runs it, with the control endpoint as asked:
 *
 *   off   no endpoint (no SIGUSR2 handler): a VM that cannot be checkpointed from outside
 *   on    what `tern` always does (attachControl: the SIGUSR2 handler, slice/checkpoint settings)
 *   open  on, and the socket opened (SIGUSR2 sent to ourselves, as `tern checkpoint` does first),
 *         listening during the whole run
 *
 * With env TERN_CPU_CLOCK=1, System.nanoTime() is the main thread's CPU time (/proc, 10 ms ticks),
 * as in bench/interp/launch.mjs: steadier than wall time on a shared machine.
 *
 *   node bench/checkpoint/overhead-run.mjs off|on|open "<tern flags>" CLASSDIR Kernel N
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [endpoint, flags, classDir, kernel, n] = process.argv.slice(2);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dist = (p) => import(join(ROOT, 'dist/src', p));
const { launch } = await dist('api/launcher.js');
const { createNodeHost } = await dist('host/node/node-host.js');
const { loadClassLibrary } = await dist('host/node/class-library.js');
const { parseCommandLine } = await dist('cli/options.js');
const { attachControl } = await dist('cli/commands.js');
const { jitOptions } = await dist('cli/jit-settings.js');
const { socketPath } = await dist('host/node/control-endpoint.js');

const o = parseCommandLine([...flags.split(' ').filter((f) => f !== ''), '-cp', classDir, kernel, n]);
const host = createNodeHost();
/** @type {Map<string, Record<string, Function>>} */
const extra = new Map();
if (process.env.TERN_CPU_CLOCK) {
  extra.set('java/lang/System', {
    'nanoTime()J': () => {
      const stat = readFileSync('/proc/thread-self/stat', 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (BigInt(fields[11]) + BigInt(fields[12])) * 10_000_000n; // utime + stime, 100 ticks/s
    },
  });
}
let opened = false;
const status = await launch(host, {
  mainClass: kernel, args: [n], classPath: [classDir], classLibrary: loadClassLibrary(),
  maxHeapBytes: o.maxHeapBytes, stackBytes: o.stackBytes, properties: {}, extraNatives: extra, jit: jitOptions(o),
  onVmCreated: (vm) => {
    if (endpoint === 'off') return;
    attachControl(vm, o);
    if (endpoint === 'open') {
      process.kill(process.pid, 'SIGUSR2');
      // The signal is handled at the VM's first yield to the event loop; check it opened.
      const check = setInterval(() => { if (existsSync(socketPath(process.pid))) { opened = true; clearInterval(check); } }, 5);
      check.unref();
    }
  },
});
if (endpoint === 'open' && !opened) {
  process.stderr.write('the control socket did not open\n');
  process.exit(3);
}
host.exit(status);
