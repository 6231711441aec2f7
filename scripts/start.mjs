#!/usr/bin/env node
// `npm start`: runs the bundled demo on Tern, then shows the main job end to end — the same demo
// checkpointed from outside in the middle of its run (`tern checkpoint PID -o FILE --stop`, no
// change to the program) and restored in a fresh process, whose output completes the first one's.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tern = join(root, 'bin', 'tern.js');
const demo = ['-cp', join(root, 'build', 'demo'), 'Demo'];
const say = (s) => process.stdout.write(`\x1b[1m${s}\x1b[0m\n`);

say('$ tern -cp build/demo Demo');
const whole = spawnSync(process.execPath, [tern, ...demo], { encoding: 'utf8' });
process.stdout.write(whole.stdout + whole.stderr);

const dir = mkdtempSync(join(tmpdir(), 'tern-demo-'));
const image = join(dir, 'demo.tern');
try {
  say('\nThe same program again; after step 4 another process asks for a checkpoint (taken wherever the\nprogram is when the request arrives) and stops it:');
  const child = spawn(process.execPath, [tern, ...demo], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((r) => child.on('exit', r));
  let before = '';
  child.stdout.setEncoding('utf8');
  await new Promise((resolve) => child.stdout.on('data', (c) => {
    process.stdout.write(c);
    before += c;
    if (before.includes('step 4:')) resolve();
  }));
  say(`$ tern checkpoint ${child.pid} -o demo.tern --stop`);
  const cp = spawnSync(process.execPath, [tern, 'checkpoint', String(child.pid), '-o', image, '--stop'], { encoding: 'utf8' });
  process.stdout.write(cp.stdout + cp.stderr);
  await exited;
  say(`\n$ tern restore demo.tern        # a new process, ${statSync(image).size} bytes of image`);
  const restored = spawnSync(process.execPath, [tern, 'restore', image], { encoding: 'utf8' });
  process.stdout.write(restored.stdout + restored.stderr);
  const same = before + restored.stdout === whole.stdout;
  say(same
    ? '\nThe checkpointed run and its restored continuation printed exactly what the uninterrupted run printed.'
    : '\nMISMATCH: the restored run did not continue the program exactly.');
  process.exitCode = same && cp.status === 0 && restored.status === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
