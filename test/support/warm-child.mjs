// The process side of the warm runner (test/support/warm-runner.ts; plain JavaScript because Node
// runs it without vitest's TypeScript loader). It loads the CLI bundle dist/tern.cjs once, as
// bin/tern.js does, then serves run requests from its parent one at a time over the IPC channel:
// each runs the `tern` command line through the CLI's own run() (src/cli/main.ts) in a fresh VM,
// in the request's working directory and environment, with a host whose standard streams are
// this request's (stdin served from the request's bytes), and the reply carries the bytes the
// process would have written and its exit status.
//
// Messages: parent -> child {id, argv, cwd, env, stdin}; child -> parent {ready} once loaded,
// {id, stdout, stderr, status, cpuMs, leftovers} per request (cpuMs: CPU time of the run; leftovers: the Node resources still active
// after the run, which a process exit would have dropped), or {id, crashed} when the run threw
// past the CLI, left an uncaught error or made Binaryen abort (the child exits then: its state is
// not trusted).
import { writeSync as realWriteSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const fs = require('node:fs');
const tern = require(fileURLToPath(new URL('../../dist/tern.cjs', import.meta.url)));
// Binaryen as bin/tern.js loads it (the build's prepared copy, else the package as published); once per runner.
const { loadBinaryen } = await import(new URL('../../bin/code-cache.js', import.meta.url).href);
let binaryen = null;
const importBinaryen = () => (binaryen ??= loadBinaryen(fileURLToPath(new URL('../../dist', import.meta.url)), () => import('binaryen')).then((r) => r.binaryen));

/** Pipe-sized pieces, as a process reading its standard input from a pipe gets them. */
const STDIN_CHUNK = 65536;

/** The request being run: its captured stdout and stderr pieces. */
let current = null;

/** Bytes that code of the CLI writes to fd 1 or 2 directly (not through the host) go to the request too. */
function capture(fd, data, encoding) {
  const bytes = typeof data === 'string' ? Buffer.from(data, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  (fd === 1 ? current.out : current.err).push(Buffer.from(bytes));
  return bytes.length;
}
fs.writeSync = function writeSync(fd, data, ...rest) {
  if (current === null || (fd !== 1 && fd !== 2)) return realWriteSync(fd, data, ...rest);
  if (typeof data === 'string') return capture(fd, data, rest[1] ?? rest[0]);
  const [offset = 0, length = data.byteLength - offset] = rest;
  return capture(fd, Buffer.from(data.buffer, data.byteOffset + offset, length));
};
for (const [fd, stream] of [[1, process.stdout], [2, process.stderr]]) {
  const real = stream.write.bind(stream);
  stream.write = (data, encoding, callback) => {
    if (current === null) return real(data, encoding, callback);
    capture(fd, data, encoding);
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') process.nextTick(done);
    return true;
  };
}

/** Standard input from the request's bytes, behaving as src/host/node's reader of a pipe does. */
function stdinOf(bytes) {
  const pending = [];
  let received = 0;
  let ended = false;
  return {
    take(max) {
      if (pending.length === 0) return ended ? new Uint8Array(0) : null;
      const first = pending[0];
      if (first.length <= max) return pending.shift();
      pending[0] = first.subarray(max);
      return first.subarray(0, max);
    },
    readable() {
      if (pending.length > 0 || ended) return Promise.resolve();
      // One read of the pipe: the next piece, or the end; it arrives from the event loop.
      return new Promise((resolve) => setImmediate(() => {
        if (received < bytes.length) {
          const piece = bytes.subarray(received, received + STDIN_CHUNK);
          received += piece.length;
          pending.push(piece);
        } else ended = true;
        resolve();
      }));
    },
    position: () => ({ read: received, buffered: Buffer.concat(pending), ended }),
    unread(more) {
      if (more.length > 0) pending.unshift(more.slice());
    },
  };
}

/** A Node host whose standard streams are the request's. */
function hostFor(request) {
  const written = { 1: 0, 2: 0 };
  return {
    ...tern.createNodeHost(),
    write(fd, bytes) {
      (fd === 1 ? request.out : request.err).push(Buffer.from(bytes));
      written[fd] += bytes.length;
    },
    written: (fd) => written[fd],
    flush() {},
    stdin: stdinOf(Buffer.from(request.stdin)),
    exit(status) {
      throw new Error(`warm runner: host.exit(${status}) outside the CLI's run()`);
    },
  };
}

/** Makes the process environment exactly `env` (Node applies TZ and the like as they are set). */
function setEnvironment(env) {
  for (const name of Object.keys(process.env)) if (!(name in env)) delete process.env[name];
  for (const [name, value] of Object.entries(env)) if (process.env[name] !== value) process.env[name] = value;
}

function crash(error) {
  const message = String(error?.stack ?? error);
  if (current !== null) process.send({ id: current.id, crashed: message }, () => process.exit(70));
  else {
    realWriteSync(2, `warm runner: ${message}\n`);
    process.exit(70);
  }
}
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);
// The parent is gone (ended, or killed): so is this runner.
process.on('disconnect', () => process.exit(0));

/** Kinds of Node resources active, with their counts. */
function resources() {
  const counts = new Map();
  for (const name of process.getActiveResourcesInfo()) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}
const baseline = resources();

process.on('message', async (message) => {
  const request = { id: message.id, stdin: message.stdin, out: [], err: [] };
  current = request;
  const cpu = process.cpuUsage();
  let status;
  try {
    process.chdir(message.cwd);
    setEnvironment(message.env);
    status = await tern.run(message.argv, { host: hostFor(request), importBinaryen });
  } catch (error) {
    crash(error);
    return;
  }
  const stderr = Buffer.concat(request.err);
  // Binaryen (the JIT's compiler) is loaded once per process and its heap is shared by every run
  // of this runner: when it aborts (it prints "Aborted()"; seen once under DeoptimizeALot after many
  // runs, before the JIT stopped leaking Binaryen's stack: jit/binaryen-module.ts), this run is not
  // the process's run and Binaryen is not usable any more.
  if (stderr.includes('Aborted(')) {
    crash(new Error('Binaryen aborted in this runner'));
    return;
  }
  current = null;
  const leftovers = [...resources()].filter(([name, n]) => n > (baseline.get(name) ?? 0)).map(([name, n]) => `${name} x${n - (baseline.get(name) ?? 0)}`);
  const used = process.cpuUsage(cpu);
  const cpuMs = Math.round((used.user + used.system) / 1000);
  // A process's exit status is its low 8 bits (System.exit(-1) ends a process with 255).
  process.send({ id: request.id, stdout: Buffer.concat(request.out), stderr, status: status & 0xff, leftovers, cpuMs, rss: process.memoryUsage().rss });
});
process.send({ ready: true });
