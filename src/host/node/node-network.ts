/**
 * @fileoverview The Node.js {@link HostNetwork} over `node:net` and `node:dns` (docs/sockets.md).
 * Every socket reads eagerly into its handle's buffer (paused above a high-water mark, like a full
 * kernel receive buffer), so received bytes wait there until Java reads them. A Node handle is
 * ref'd only while a Java thread waits on it: an idle listener or connection never keeps the
 * process alive, a thread blocked in accept() or read() does.
 */
import * as dns from 'node:dns';
import * as net from 'node:net';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { NetError, type ConnectionStatus, type Endpoint, type HostInterface, type HostNetwork, type NetHandle, type ReadyKind } from '../network.js';

/** Stop reading from the socket while this many received bytes wait to be read. */
const HIGH_WATER = 256 * 1024;
/** Resume reading once the buffer is below this. */
const LOW_WATER = 64 * 1024;

interface Waiter {
  kind: ReadyKind;
  ready: () => void;
}

interface Listener {
  kind: 'listener';
  server: net.Server;
  /** Accepted by Node, not yet by Java. */
  pending: NetHandle[];
  waiters: Set<Waiter>;
}

interface Connection {
  kind: 'connection';
  /** Null for a restored connection whose peer is gone (closedConnection). */
  socket: net.Socket | null;
  chunks: Buffer[];
  size: number;
  /** Bytes received and written so far (a checkpoint compares the two ends of a connection). */
  received: number;
  written: number;
  /** Reading above the high-water mark until the next read (a checkpoint collects bytes in flight). */
  collecting: boolean;
  eof: boolean;
  error: string | null;
  inputShut: boolean;
  paused: boolean;
  waiters: Set<Waiter>;
  /** Endpoints kept once connected (Node forgets them after the socket is destroyed). */
  local: Endpoint;
  remote: Endpoint;
}

type Entry = Listener | Connection;

/** "::ffff:127.0.0.1" (an IPv4 peer of a dual-stack listener) is the IPv4 address. */
function plainAddress(address: string | undefined): string {
  if (!address) return '0.0.0.0';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? 'EIO';
}

/** Creates the Node.js network. */
/** One value of /sys/class/net/NAME (Linux); null elsewhere or when unreadable. */
function sysValue(name: string, key: string): string | null {
  try {
    return fs.readFileSync(`/sys/class/net/${name}/${key}`, 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * The machine's interfaces from os.networkInterfaces (up ones with addresses), with index, flags
 * and MTU from /sys/class/net where Linux has it (IFF_UP 0x1, IFF_LOOPBACK 0x8,
 * IFF_POINTOPOINT 0x10, IFF_MULTICAST 0x1000).
 */
function listInterfaces(): HostInterface[] {
  const out: HostInterface[] = [];
  for (const [name, infos] of Object.entries(os.networkInterfaces())) {
    if (!infos) continue;
    const flagsText = sysValue(name, 'flags');
    const flags = flagsText === null ? null : Number.parseInt(flagsText, 16);
    const internal = infos.some((i) => i.internal);
    const mac = (infos[0]?.mac ?? '').split(':').map((x) => Number.parseInt(x, 16));
    out.push({
      name,
      index: Number(sysValue(name, 'ifindex') ?? 0) || 0,
      up: flags === null ? true : (flags & 0x1) !== 0,
      loopback: flags === null ? internal : (flags & 0x8) !== 0,
      pointToPoint: flags !== null && (flags & 0x10) !== 0,
      multicast: flags === null ? !internal : (flags & 0x1000) !== 0,
      mtu: Number(sysValue(name, 'mtu') ?? 0) || (internal ? 65536 : 1500),
      mac: internal || mac.every((b) => b === 0) ? new Uint8Array(0) : Uint8Array.from(mac),
      addresses: infos.map((i) => ({
        address: i.family === 'IPv6' && i.scopeid ? `${i.address.split('%')[0]}%${i.scopeid}` : i.address,
        prefix: Number(i.cidr?.split('/')[1] ?? 0),
      })),
    });
  }
  return out;
}

export function createNodeNetwork(): HostNetwork {
  const entries = new Map<NetHandle, Entry>();
  let nextHandle = 1;

  function get(h: NetHandle): Entry {
    const e = entries.get(h);
    if (!e) throw new NetError('EBADF', 'handle is closed');
    return e;
  }

  function conn(h: NetHandle): Connection {
    const e = get(h);
    if (e.kind !== 'connection') throw new NetError('EINVAL', 'not a connection');
    return e;
  }

  /** A handle keeps Node alive exactly while some Java thread waits on it. */
  function updateRef(e: Entry): void {
    const target = e.kind === 'listener' ? e.server : e.socket;
    if (target === null) return;
    if (e.waiters.size > 0) target.ref();
    else target.unref();
  }

  /** Tells (and forgets) the waiters of `kinds`; they retry their operation. */
  function wake(e: Entry, ...kinds: ReadyKind[]): void {
    const due = [...e.waiters].filter((w) => kinds.includes(w.kind));
    if (due.length === 0) return;
    for (const w of due) e.waiters.delete(w);
    updateRef(e);
    for (const w of due) w.ready();
  }

  /** Whether `kind` may make progress on `e` now (whenReady answers at once; ready polls). */
  function readyNow(e: Entry, kind: ReadyKind): boolean {
    if (e.kind === 'listener') return e.pending.length > 0;
    if (kind === 'write') return e.socket === null || e.socket.writableLength === 0 || e.error !== null;
    return e.size > 0 || e.eof || e.error !== null || e.inputShut;
  }

  /** Wraps a connected socket into a handle that buffers what it receives. */
  function adopt(socket: net.Socket): NetHandle {
    const h = nextHandle++;
    const c: Connection = {
      kind: 'connection', socket, chunks: [], size: 0, received: 0, written: 0, collecting: false,
      eof: false, error: null, inputShut: false, paused: false, waiters: new Set(),
      local: { address: plainAddress(socket.localAddress), port: socket.localPort ?? 0 },
      remote: { address: plainAddress(socket.remoteAddress), port: socket.remotePort ?? 0 },
    };
    entries.set(h, c);
    socket.on('data', (chunk: Buffer) => {
      c.received += chunk.length;
      if (c.inputShut) return;
      c.chunks.push(chunk);
      c.size += chunk.length;
      if (c.size >= HIGH_WATER && !c.paused && !c.collecting) {
        c.paused = true;
        socket.pause();
      }
      wake(c, 'read');
    });
    socket.on('end', () => {
      c.eof = true;
      wake(c, 'read');
    });
    socket.on('error', (err) => {
      c.error ??= codeOf(err);
      wake(c, 'read', 'write');
    });
    socket.on('close', () => {
      c.eof = true;
      wake(c, 'read', 'write');
    });
    socket.on('drain', () => wake(c, 'write'));
    updateRef(c);
    return h;
  }

  const network: HostNetwork = {
    interfaces: listInterfaces,

    listen(address, port, backlog) {
      return new Promise((resolve, reject) => {
        const server = net.createServer({ allowHalfOpen: true });
        const h = nextHandle++;
        const l: Listener = { kind: 'listener', server, pending: [], waiters: new Set() };
        server.on('connection', (socket) => {
          if (!entries.has(h)) {
            socket.destroy();
            return;
          }
          l.pending.push(adopt(socket));
          wake(l, 'accept');
        });
        server.once('error', (err) => reject(new NetError(codeOf(err), err.message)));
        server.listen({ host: address ?? undefined, port, backlog: Math.max(1, backlog), exclusive: true }, () => {
          server.removeAllListeners('error');
          server.on('error', () => {});
          entries.set(h, l);
          updateRef(l);
          resolve(h);
        });
      });
    },

    connect(address, port, timeoutMs) {
      return new Promise((resolve, reject) => {
        const socket = net.connect({ host: address, port, allowHalfOpen: true });
        let timer: NodeJS.Timeout | undefined;
        const fail = (code: string, message?: string) => {
          clearTimeout(timer);
          socket.removeAllListeners();
          socket.on('error', () => {});
          socket.destroy();
          reject(new NetError(code, message));
        };
        if (timeoutMs > 0) timer = setTimeout(() => fail('ETIMEDOUT', 'connect timed out'), timeoutMs);
        socket.once('error', (err) => fail(codeOf(err), err.message));
        socket.once('connect', () => {
          clearTimeout(timer);
          socket.removeAllListeners('error');
          resolve(adopt(socket));
        });
      });
    },

    accept(listener) {
      const l = get(listener);
      if (l.kind !== 'listener') throw new NetError('EINVAL', 'not a listener');
      return l.pending.shift() ?? null;
    },

    read(h, max) {
      const c = conn(h);
      if (c.inputShut) return new Uint8Array(0);
      if (c.size === 0) {
        if (c.error) throw new NetError(c.error);
        return c.eof ? new Uint8Array(0) : null;
      }
      const out = new Uint8Array(Math.min(max, c.size));
      let n = 0;
      while (n < out.length) {
        const first = c.chunks[0]!;
        const take = Math.min(first.length, out.length - n);
        out.set(first.subarray(0, take), n);
        n += take;
        if (take === first.length) c.chunks.shift();
        else c.chunks[0] = first.subarray(take);
      }
      c.size -= n;
      c.collecting = false;
      if (c.paused && c.size < LOW_WATER) {
        c.paused = false;
        c.socket?.resume();
      } else if (!c.paused && c.size >= HIGH_WATER && c.socket) {
        c.paused = true;
        c.socket.pause();
      }
      return out;
    },

    available: (h) => conn(h).size,

    unread(h) {
      const c = conn(h);
      return new Uint8Array(Buffer.concat(c.chunks, c.size));
    },

    write(h, bytes) {
      const c = conn(h);
      if (c.error) throw new NetError(c.error);
      if (c.socket === null) throw new NetError('ECONNRESET', 'the peer is gone');
      if (c.socket.destroyed || !c.socket.writable) throw new NetError('EPIPE', 'broken pipe');
      c.written += bytes.length;
      c.socket.write(Buffer.from(bytes));
      // A write Node could not finish at once leaves bytes queued: wait for 'drain'.
      return c.socket.writableLength === 0;
    },

    whenReady(h, kind, ready) {
      const e = get(h);
      const w: Waiter = { kind, ready };
      e.waiters.add(w);
      updateRef(e);
      // Already ready (the caller's attempt raced with an event): answer on the next turn.
      if (readyNow(e, kind)) setImmediate(() => wake(e, kind));
      return () => {
        if (e.waiters.delete(w)) updateRef(e);
      };
    },

    ready(h, kind) {
      const e = entries.get(h);
      return e === undefined || readyNow(e, kind);
    },

    shutdownInput(h) {
      const c = conn(h);
      c.inputShut = true;
      c.chunks = [];
      c.size = 0;
      if (c.paused) {
        c.paused = false;
        c.socket?.resume();
      }
      wake(c, 'read');
    },

    shutdownOutput(h) {
      conn(h).socket?.end();
    },

    close(h) {
      const e = entries.get(h);
      if (!e) return;
      entries.delete(h);
      if (e.kind === 'listener') {
        e.server.close();
        e.server.unref();
        for (const p of e.pending) network.close(p);
        e.pending = [];
      } else if (e.socket) {
        e.socket.destroy();
        e.socket.unref();
      }
      const waiters = [...e.waiters];
      e.waiters.clear();
      for (const w of waiters) w.ready();
    },

    localEndpoint(h) {
      const e = get(h);
      if (e.kind === 'connection') return { ...e.local };
      const a = e.server.address();
      if (a === null || typeof a === 'string') return { address: '0.0.0.0', port: 0 };
      return { address: plainAddress(a.address), port: a.port };
    },

    remoteEndpoint: (h) => ({ ...conn(h).remote }),

    setNoDelay(h, on) {
      conn(h).socket?.setNoDelay(on);
    },

    setKeepAlive(h, on) {
      conn(h).socket?.setKeepAlive(on);
    },

    lookup(name) {
      return new Promise((resolve, reject) => {
        dns.lookup(name, { all: true }, (err, addresses) => {
          if (err) return reject(new NetError(codeOf(err), err.message));
          const v4 = addresses.filter((a) => a.family === 4).map((a) => a.address);
          const v6 = addresses.filter((a) => a.family !== 4).map((a) => a.address);
          resolve([...new Set([...v4, ...v6])]);
        });
      });
    },

    reverseLookup(address) {
      return new Promise((resolve) => {
        dns.lookupService(address, 0, (err, hostname) => resolve(err || !hostname ? null : hostname));
      });
    },

    localHostName: () => os.hostname(),

    // ---- Checkpoint and restore (docs/sockets.md "Sockets in images") ----

    pendingConnections(listener) {
      const l = get(listener);
      if (l.kind !== 'listener') throw new NetError('EINVAL', 'not a listener');
      return [...l.pending];
    },

    connectionStatus(h): ConnectionStatus {
      const c = conn(h);
      return {
        received: c.received, written: c.written, queued: c.socket?.writableLength ?? 0,
        eof: c.eof, error: c.error, closed: c.socket === null,
      };
    },

    collect(h) {
      const c = conn(h);
      c.collecting = true;
      if (c.paused) {
        c.paused = false;
        c.socket?.resume();
      }
    },

    prepend(h, bytes) {
      const c = conn(h);
      if (bytes.length === 0 || c.inputShut) return;
      c.chunks.unshift(Buffer.from(bytes));
      c.size += bytes.length;
      wake(c, 'read');
    },

    enqueue(listener, h) {
      const l = get(listener);
      if (l.kind !== 'listener') throw new NetError('EINVAL', 'not a listener');
      conn(h);
      l.pending.push(h);
      wake(l, 'accept');
    },

    closedConnection(local, remote, received, eof) {
      const h = nextHandle++;
      entries.set(h, {
        kind: 'connection', socket: null, chunks: received.length > 0 ? [Buffer.from(received)] : [], size: received.length,
        received: received.length, written: 0, collecting: false, eof, error: eof ? null : 'ECONNRESET', inputShut: false,
        paused: false, waiters: new Set(), local: { ...local }, remote: { ...remote },
      });
      return h;
    },
  };
  return network;
}
