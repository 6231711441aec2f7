// Starts and stops `tern inspect --serve` for the CLI and browser tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const TERN = join(import.meta.dirname, '..', '..', '..', 'bin', 'tern.js');

/** Starts `tern inspect --serve 0 ...` and resolves with the process and its port. */
export function serve(...args: string[]): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [TERN, 'inspect', '--serve', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '', err = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (status) => reject(new Error(`server exited with ${status}: ${err}`)));
  });
}

/** Stops a server with Ctrl-C's signal; resolves with its exit status. */
export function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (status) => resolve(status));
    child.kill('SIGINT');
  });
}

