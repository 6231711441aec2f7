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
import {
  MAX_REQUEST_BYTES,
  parseAnswer,
  parseRequest,
  type ControlProgress,
  type ControlProgressLine,
  type ControlRequest,
  type ControlResponse,
} from '../../control/protocol.js';
import { SocketReader } from './socket-reader.js';

/** Serves one request; `progress` sends a progress line to the controller. */
export type ControlHandler = (request: ControlRequest, progress: (p: ControlProgress) => void) => Promise<ControlResponse>;

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
export function enableControlEndpoint(handler: ControlHandler): ControlEndpoint {
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
        void serve(socket, handler);
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
      process.off('exit', close);
      close();
    },
  };
}

/** Reads one request line from `socket`, answers it (after any progress lines) and closes the connection. */
async function serve(socket: net.Socket, handler: ControlHandler): Promise<void> {
  socket.unref();
  const reader = new SocketReader(socket);
  const send = (message: ControlResponse | ControlProgressLine): boolean => socket.write(JSON.stringify(message) + '\n');
  const reply = (r: ControlResponse): void => void socket.end(JSON.stringify(r) + '\n');
  socket.on('error', () => socket.destroy());
  socket.setTimeout(10_000, () => {
    reply({ ok: false, error: 'request timed out' });
    socket.destroy();
  });
  const line = await reader.line(MAX_REQUEST_BYTES);
  if (line === null) return reader.overflowed ? reply({ ok: false, error: 'request too large' }) : undefined;
  const request = parseRequest(line);
  if (typeof request === 'string') return reply({ ok: false, error: request });
  socket.setTimeout(0);
  socket.ref(); // the answer must get out even if the program is about to end
  try {
    reply(await handler(request, (progress) => void send({ progress })));
  } catch (e) {
    reply({ ok: false, error: String((e as Error)?.message ?? e) });
  }
}

/**
 * Whether process `pid` still runs: signal 0 only checks that it exists (EPERM: under another
 * user), and on Linux /proc tells a zombie (ended, not yet reaped by its parent) from a live one.
 */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/**
 * Connects to the control socket of process `pid`, or says why not. A socket file alone proves
 * nothing: a VM killed outright leaves its file behind, and pids are reused, so a refused
 * connection is answered like a missing file: the process is signalled (a VM then replaces the
 * file with a listening socket) and the connection retried for up to five seconds, or until the
 * process is gone (a program that ended meanwhile is said to have ended, not to be no VM).
 */
async function connectToVm(pid: number): Promise<net.Socket | string> {
  const file = socketPath(pid);
  let signalled = false;
  const until = Date.now() + 5_000;
  for (;;) {
    const attempt = await new Promise<net.Socket | string>((resolve) => {
      const socket = net.createConnection(file);
      socket.once('connect', () => resolve(socket));
      socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    });
    if (typeof attempt !== 'string') return attempt;
    if (attempt !== 'ENOENT' && attempt !== 'ECONNREFUSED') return `cannot reach process ${pid}: ${attempt}`;
    if (!signalled) {
      signalled = true;
      try {
        process.kill(pid, ATTACH_SIGNAL);
      } catch {
        return `no process ${pid}`;
      }
    }
    if (!alive(pid)) return `process ${pid} ended without answering (a tern VM that finished, or not a tern VM)`;
    if (Date.now() > until) return `process ${pid} did not open a control endpoint (is it a tern VM?)`;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Sends `request` to the VM of process `pid`, signalling it first when its socket is not open.
 * `onProgress` sees the progress lines of long operations; `idleTimeoutMs` is how long the VM may
 * stay silent (each progress line restarts it), so a large checkpoint is not cut short.
 */
export async function sendControlRequest(
  pid: number,
  request: ControlRequest,
  onProgress: (p: ControlProgress) => void = () => {},
  idleTimeoutMs = 30_000,
): Promise<ControlResponse> {
  const socket = await connectToVm(pid);
  if (typeof socket === 'string') return { ok: false, error: socket };
  const reader = new SocketReader(socket);
  let failure: string | null = null;
  socket.on('error', (e) => (failure = `cannot reach process ${pid}: ${e.message}`));
  socket.setTimeout(idleTimeoutMs, () => {
    failure = `process ${pid} did not answer within ${idleTimeoutMs} ms`;
    socket.destroy();
  });
  socket.write(JSON.stringify(request) + '\n');
  try {
    for (;;) {
      const line = await reader.line(MAX_REQUEST_BYTES);
      if (line === null) return { ok: false, error: failure ?? `process ${pid} closed the connection without an answer` };
      const message = parseAnswer(line);
      if (message === null) return { ok: false, error: `process ${pid} sent a malformed answer` };
      if ('progress' in message) onProgress(message.progress);
      else return message;
    }
  } finally {
    socket.destroy();
  }
}
