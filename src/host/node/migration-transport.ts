/**
 * @fileoverview Migration over TCP (Node): the receiver (`tern serve`) and the sender side used by
 * a VM asked to migrate. The protocol is in src/migrate/protocol.ts; this file moves its bytes.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import * as net from 'node:net';
import { crc32c } from '../../image/crc32c.js';
import {
  MIGRATE_PROTOCOL,
  parseGreeting,
  parseHeader,
  parseVerdict,
  type Verdict,
} from '../../migrate/protocol.js';
import { SocketReader } from './socket-reader.js';

/** HMAC-SHA256 of `nonce` under `token`, hex. */
function proofOf(token: string, nonce: string): string {
  return createHmac('sha256', token).update(nonce).digest('hex');
}

/** Options of {@link serveMigrations}. */
export interface ServeOptions {
  host: string;
  port: number;
  token: string;
  /** Restores a received image; resolves once it is validated and running (or failed). */
  receive(image: Uint8Array): Promise<Verdict>;
  /** One line per event (connections refused, programs received). */
  log(line: string): void;
}

/** Listens for migrating programs; resolves to the server once it listens. */
export function serveMigrations(o: ServeOptions): Promise<net.Server> {
  const server = net.createServer((socket) => void receiveOne(socket, o));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve(server));
  });
}

async function receiveOne(socket: net.Socket, o: ServeOptions): Promise<void> {
  const peer = `${socket.remoteAddress}:${socket.remotePort}`;
  const reader = new SocketReader(socket);
  const nonce = randomBytes(16).toString('hex');
  const refuse = (why: string): void => {
    o.log(`refused ${peer}: ${why}`);
    socket.end(JSON.stringify({ ok: false, error: why }) + '\n');
  };
  socket.setTimeout(30_000, () => socket.destroy());
  socket.write(JSON.stringify({ tern: MIGRATE_PROTOCOL, nonce }) + '\n');
  const line = await reader.line();
  if (line === null) return refuse('no header');
  const header = parseHeader(line);
  if (typeof header === 'string') return refuse(header);
  const want = Buffer.from(proofOf(o.token, nonce), 'hex');
  if (!timingSafeEqual(want, Buffer.from(header.proof, 'hex'))) return refuse('authentication failed');
  const image = await reader.bytes(header.size);
  if (image === null) return refuse('image truncated in transfer');
  if (crc32c(image) !== header.crc) return refuse('image damaged in transfer (CRC mismatch)');
  o.log(`received ${image.length} bytes from ${peer}`);
  const verdict = await o.receive(image);
  if (!verdict.ok) o.log(`restore failed: ${verdict.error}`);
  socket.end(JSON.stringify(verdict) + '\n');
}

/** Sends `image` to a receiver; resolves to its verdict and the transfer time. */
export function sendImage(host: string, port: number, token: string, image: Uint8Array, timeoutMs = 60_000): Promise<Verdict & { transferMs: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.createConnection({ host, port });
    const reader = new SocketReader(socket);
    let settled = false;
    const done = (v: Verdict): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...v, transferMs: Date.now() - started });
    };
    const timer = setTimeout(() => done({ ok: false, error: `no answer from ${host}:${port} within ${timeoutMs} ms` }), timeoutMs);
    socket.on('error', (e) => done({ ok: false, error: `cannot reach ${host}:${port}: ${e.message}` }));
    void (async () => {
      const g = await reader.line();
      if (g === null) return done({ ok: false, error: `${host}:${port} closed the connection` });
      const greeting = parseGreeting(g);
      if (typeof greeting === 'string') return done({ ok: false, error: `${host}:${port} is ${greeting}` });
      socket.write(JSON.stringify({ proof: proofOf(token, greeting.nonce), size: image.length, crc: crc32c(image) }) + '\n');
      socket.write(image);
      const v = await reader.line();
      done(v === null ? { ok: false, error: `${host}:${port} closed the connection before confirming` } : parseVerdict(v));
    })();
  });
}
