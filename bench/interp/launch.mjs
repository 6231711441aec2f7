// @ts-check
/**
 * @fileoverview A minimal Tern launcher for interpreter experiments: runs a main class with the
 * compiled Tern found in DIST (so two builds can be compared side by side) and a class library
 * file (env TERN_CLASSLIB, default build/classlib.bin). With env TERN_CPU_CLOCK=1,
 * System.nanoTime() returns the main thread's CPU time (Linux /proc, 10 ms ticks), which is what
 * bench/interp/compare.mjs --cpu compares with HotSpot's thread CPU time on a busy machine.
 *
 *   node bench/interp/launch.mjs DIST CLASSDIR Main args...
 *   node bench/interp/launch.mjs DIST -cp CLASSDIR Main args...   (the `java` shape, for harnesses)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const argv = process.argv.slice(2);
const dist = argv.shift();
if (argv[0] === '-cp' || argv[0] === '-classpath') argv.shift();
const [classDir, mainClass, ...args] = argv;
const root = fileURLToPath(new URL('../../', import.meta.url));
const distUrl = pathToFileURL(resolve(dist ?? 'dist')).href;
const { launch } = await import(`${distUrl}/src/api/launcher.js`);
const { createNodeHost } = await import(`${distUrl}/src/host/node/node-host.js`);
const host = createNodeHost();
const encoder = new TextEncoder();
/** @type {Map<string, Record<string, Function>>} */
const extra = new Map([
  // The temporary class libraries print through this native.
  ['java/io/PrintStream', { 'write0(ILjava/lang/String;)V': (/** @type {any} */ vm, /** @type {unknown} */ _t, /** @type {number} */ fd, /** @type {number} */ s) => host.write(fd, encoder.encode(vm.jsString(s))) }],
]);
if (process.env.TERN_CPU_CLOCK) {
  extra.set('java/lang/System', {
    'nanoTime()J': () => {
      const stat = readFileSync('/proc/thread-self/stat', 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (BigInt(fields[11]) + BigInt(fields[12])) * 10_000_000n; // utime + stime, 100 ticks/s
    },
  });
}
const status = await launch(host, {
  mainClass, args, classPath: [classDir],
  classLibrary: readFileSync(process.env.TERN_CLASSLIB ?? `${root}build/classlib.bin`),
  maxHeapBytes: 64 << 20, stackBytes: 4 << 20, properties: {}, extraNatives: extra,
});
host.exit(status);
