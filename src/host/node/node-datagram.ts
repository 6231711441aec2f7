/**
 * @fileoverview The Node.js {@link HostDatagrams} over `node:dgram` (docs/sockets.md). Each
 * socket queues what it receives (at most 256 datagrams or 256 KiB, then new ones are dropped, as
 * a full kernel buffer drops them) until Java takes it. A socket is ref'd only while a Java thread
 * waits on it, so an idle DatagramSocket never keeps the process alive.
 */
import * as dgram from 'node:dgram';
import type { BindOptions, Datagram, HostDatagrams } from '../datagram.js';
import { NetError, type Endpoint, type NetHandle } from '../network.js';

const MAX_QUEUED = 256;
const MAX_QUEUED_BYTES = 256 * 1024;

interface UdpEntry {
  socket: dgram.Socket;
  queue: Datagram[];
  bytes: number;
  waiters: Set<() => void>;
  /** Datagrams arrived since the bind, by sender port (queued or dropped). */
  arrivals: Map<number, number>;
  local: Endpoint;
  /** A dual-stack socket: IPv4 peers are addressed as ::ffff:a.b.c.d. */
  v6: boolean;
  /** Sends the platform has not taken yet; a close waits for them (a datagram sent is never lost by a close). */
  sending: number;
  /** Closed by the program while sends were in flight: the platform socket closes after the last one. */
  closing: boolean;
}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? 'EIO';
}

function plainAddress(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

export function createNodeDatagrams(): HostDatagrams {
  const entries = new Map<NetHandle, UdpEntry>();
  let nextHandle = 1;

  function get(h: NetHandle): UdpEntry {
    const e = entries.get(h);
    if (!e) throw new NetError('EBADF', 'handle is closed');
    return e;
  }

  function updateRef(e: UdpEntry): void {
    if (e.waiters.size > 0) e.socket.ref();
    else e.socket.unref();
  }

  function wake(e: UdpEntry): void {
    const due = [...e.waiters];
    e.waiters.clear();
    updateRef(e);
    for (const w of due) w();
  }

  function bindAs(address: string, port: number, options?: BindOptions): Promise<NetHandle> {
    return new Promise((resolve, reject) => {
      const type = address.includes(':') ? 'udp6' : 'udp4';
      const socket = dgram.createSocket({ type, reuseAddr: options?.reuseAddress === true, ipv6Only: false });
      socket.once('error', (err) => {
        socket.close();
        reject(new NetError(codeOf(err), err.message));
      });
      socket.bind({ address, port, exclusive: options?.reuseAddress !== true }, () => {
        socket.removeAllListeners('error');
        const h = nextHandle++;
        const e: UdpEntry = {
          socket, queue: [], bytes: 0, waiters: new Set(), arrivals: new Map(),
          local: { address, port: socket.address().port }, v6: type === 'udp6', sending: 0, closing: false,
        };
        socket.on('error', () => {});
        socket.on('message', (msg, rinfo) => {
          e.arrivals.set(rinfo.port, (e.arrivals.get(rinfo.port) ?? 0) + 1);
          if (e.queue.length >= MAX_QUEUED || e.bytes + msg.length > MAX_QUEUED_BYTES) return;
          e.queue.push({ bytes: new Uint8Array(msg), from: { address: plainAddress(rinfo.address), port: rinfo.port } });
          e.bytes += msg.length;
          wake(e);
        });
        entries.set(h, e);
        updateRef(e);
        resolve(h);
      });
    });
  }

  return {
    bind(address, port, options) {
      // Every address: a dual-stack IPv6 socket (what HotSpot's DatagramSocket opens, reporting
      // "::"), or IPv4 on hosts without IPv6.
      return bindAs(address === null ? '::' : address, port, options).catch((e: unknown) =>
        address === null && e instanceof NetError && e.code !== 'EADDRINUSE' && e.code !== 'EACCES'
          ? bindAs('0.0.0.0', port, options) : Promise.reject(e));
    },

    receive(h) {
      const e = get(h);
      const d = e.queue.shift();
      if (!d) return null;
      e.bytes -= d.bytes.length;
      return d;
    },

    send(h, bytes, address, port) {
      const e = get(h);
      return new Promise((resolve, reject) => {
        // Keep the process alive until the platform took the datagram.
        e.socket.ref();
        e.sending++;
        const to = e.v6 && !address.includes(':') ? `::ffff:${address}` : address;
        e.socket.send(Buffer.from(bytes), port, to, (err) => {
          e.sending--;
          if (entries.has(h)) updateRef(e);
          else if (e.closing && e.sending === 0) e.socket.close();
          if (err) reject(new NetError(codeOf(err), err.message));
          else resolve();
        });
      });
    },

    whenReady(h, ready) {
      const e = get(h);
      e.waiters.add(ready);
      updateRef(e);
      if (e.queue.length > 0) setImmediate(() => wake(e));
      return () => {
        if (e.waiters.delete(ready)) updateRef(e);
      };
    },

    ready(h) {
      const e = entries.get(h);
      return e === undefined || e.queue.length > 0;
    },

    localEndpoint: (h) => ({ ...get(h).local }),

    queued: (h) => get(h).queue.length,

    pendingDatagrams: (h) => get(h).queue.map((d) => ({ bytes: d.bytes.slice(), from: { ...d.from } })),

    requeue(h, datagrams) {
      const e = get(h);
      const copies = datagrams.map((d) => ({ bytes: d.bytes.slice(), from: { ...d.from } }));
      e.queue.unshift(...copies);
      for (const d of copies) e.bytes += d.bytes.length;
      if (copies.length > 0) wake(e);
    },

    arrivals: (h) => new Map(get(h).arrivals),

    multicast(h, op) {
      const { socket } = get(h);
      try {
        switch (op.op) {
          case 'join': socket.addMembership(op.group, op.iface ?? undefined); break;
          case 'leave': socket.dropMembership(op.group, op.iface ?? undefined); break;
          case 'ttl': socket.setMulticastTTL(op.value); break;
          case 'loopback': socket.setMulticastLoopback(op.value); break;
          case 'interface': socket.setMulticastInterface(op.iface); break;
        }
      } catch (e) {
        throw new NetError(codeOf(e), e instanceof Error ? e.message : String(e));
      }
    },

    close(h) {
      const e = entries.get(h);
      if (!e) return;
      entries.delete(h);
      // Node sends a datagram on a later turn: closing now would drop the ones just sent.
      if (e.sending > 0) e.closing = true;
      else e.socket.close();
      e.socket.unref();
      const waiters = [...e.waiters];
      e.waiters.clear();
      for (const w of waiters) w();
    },
  };
}
