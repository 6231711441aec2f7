/**
 * @fileoverview The private control endpoint of a running `tern` (Node): a Unix socket
 * `<dir>/<pid>.sock` in a per-user directory of mode 0700, so only the owner can connect. Like
 * HotSpot's attach listener it starts on demand: a controller sends SIGUSR2, the VM opens the
 * socket, the controller connects. Start-up and steady state pay nothing but a signal handler.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { MAX_REQUEST_BYTES, parseRequest, type ControlRequest, type ControlResponse } from '../../control/protocol.js';

/** The signal that asks a VM to open its control endpoint. */
export const ATTACH_SIGNAL = 'SIGUSR2';

/** The per-user directory holding control sockets. */
export function controlDirectory(): string {
  const runtime = process.env['XDG_RUNTIME_DIR'];
  const uid = process.getuid?.() ?? 0;
  return runtime ? path.join(runtime, 'tern') : path.join(os.tmpdir(), `tern-${uid}`);
}

/** The socket path of process `pid`. */
export function socketPath(pid: number): string {
  return path.join(controlDirectory(), `${pid}.sock`);
}

/** Creates the control directory, or checks an existing one is private to this user. */
function privateDirectory(): string {
  const dir = controlDirectory();
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = fs.lstatSync(dir);
  const uid = process.getuid?.();
  if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || (st.mode & 0o077) !== 0) {
    throw new Error(`${dir} is not a private directory (owner ${st.uid}, mode ${(st.mode & 0o777).toString(8)})`);
  }
  return dir;
}

/** A running endpoint. */
export interface ControlEndpoint {
  /** Waits (at most a second) until every answer has been sent: call before the process exits. */
  drain(): Promise<void>;
  /** Stops listening. */
  stop(): void;
}

/** Serves control requests with `handler` once a controller signals. */
export function enableControlEndpoint(handler: (r: ControlRequest) => Promise<ControlResponse>): ControlEndpoint {
  let server: net.Server | null = null;
  const open = new Set<net.Socket>();
  const file = socketPath(process.pid);
  const start = (): void => {
    if (server) return;
    try {
      privateDirectory();
      fs.rmSync(file, { force: true });
      server = net.createServer((socket) => {
        open.add(socket);
        socket.on('close', () => open.delete(socket));
        serve(socket, handler);
      });
      server.on('error', () => close());
      server.listen(file, () => fs.chmodSync(file, 0o600));
      server.unref(); // never keeps a finished program alive
    } catch (e) {
      process.stderr.write(`[tern] control endpoint disabled: ${(e as Error).message}\n`);
      server = null;
    }
  };
  const close = (): void => {
    if (!server) return;
    server.close();
    server = null;
    fs.rmSync(file, { force: true });
  };
  process.on(ATTACH_SIGNAL, start);
  process.on('exit', close);
  return {
    async drain() {
      const until = Date.now() + 1000;
      while (open.size > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
    },
    stop() {
      process.off(ATTACH_SIGNAL, start);
      close();
    },
  };
}

/** Reads one request line from `socket`, answers it and closes the connection. */
function serve(socket: net.Socket, handler: (r: ControlRequest) => Promise<ControlResponse>): void {
  socket.unref();
  let buffer = '';
  let done = false;
  const reply = (r: ControlResponse): void => {
    if (done) return;
    done = true;
    socket.end(JSON.stringify(r) + '\n');
  };
  socket.setEncoding('utf8');
  socket.setTimeout(10_000, () => {
    reply({ ok: false, error: 'request timed out' });
    socket.destroy();
  });
  socket.on('error', () => socket.destroy());
  socket.on('data', (chunk: string) => {
    if (done) return;
    buffer += chunk;
    if (buffer.length > MAX_REQUEST_BYTES) return reply({ ok: false, error: 'request too large' });
    const nl = buffer.indexOf('\n');
    if (nl < 0) return;
    const request = parseRequest(buffer.substring(0, nl));
    if (typeof request === 'string') return reply({ ok: false, error: request });
    socket.setTimeout(0);
    socket.ref(); // the answer must get out even if the program is about to end
    handler(request).then(reply, (e: unknown) => reply({ ok: false, error: String((e as Error)?.message ?? e) }));
  });
}

/** Sends `request` to the VM of process `pid`, signalling it first when its socket is not open. */
export async function sendControlRequest(pid: number, request: ControlRequest, timeoutMs = 30_000): Promise<ControlResponse> {
  const file = socketPath(pid);
  if (!fs.existsSync(file)) {
    try {
      process.kill(pid, ATTACH_SIGNAL);
    } catch {
      return { ok: false, error: `no process ${pid}` };
    }
    const until = Date.now() + 5_000;
    while (!fs.existsSync(file)) {
      if (Date.now() > until) return { ok: false, error: `process ${pid} did not open a control endpoint (is it a tern VM?)` };
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  return new Promise((resolve) => {
    const socket = net.createConnection(file);
    let data = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ ok: false, error: `process ${pid} did not answer within ${timeoutMs} ms` });
    }, timeoutMs);
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(JSON.stringify(request) + '\n'));
    socket.on('data', (c: string) => (data += c));
    socket.on('error', (e) => {
      clearTimeout(timer);
      resolve({ ok: false, error: `cannot reach process ${pid}: ${e.message}` });
    });
    socket.on('end', () => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(data) as ControlResponse);
      } catch {
        resolve({ ok: false, error: `process ${pid} sent a malformed answer` });
      }
    });
  });
}
