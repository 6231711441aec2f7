/**
 * @fileoverview The restore policy for sockets (src/image/sockets.ts, docs/sockets.md "Sockets in
 * images") against a scripted host network: listeners listen again (or fail the restore, closing
 * what was opened), ends inside the image are connected to each other, outside clients reconnect
 * (or become closed connections with a warning), connections accepted from outside become closed
 * connections with their unread bytes, queues and blocked threads' timeouts come back.
 */
import { describe, expect, it } from 'vitest';
import type { Host } from '../../src/host/host.js';
import { NetError, type Endpoint, type HostNetwork, type NetHandle } from '../../src/host/network.js';
import { ImageSocketKind, type ImageSocket, type ImageSockets, type ImageThread } from '../../src/image/model.js';
import { restoreSockets, SocketRestoreError } from '../../src/image/sockets.js';
import { socketTable } from '../../src/runtime/socket-table.js';
import type { Vm } from '../../src/runtime/vm.js';
import { JavaThread } from '../../src/threads/java-thread.js';

interface FakeConn { local: Endpoint; remote: Endpoint; received: Uint8Array[]; eof: boolean; closedConn: boolean; shut: string[]; options: string[] }

/** A network that records what restore asks of it. `refuse` lists ports nobody listens on, `taken` ports in use. */
function fakeNetwork(o: { taken?: number[]; refuse?: number[] } = {}) {
  let next = 100;
  let ephemeral = 50000;
  const listeners = new Map<NetHandle, { address: string | null; port: number; pending: NetHandle[]; waiters: Array<() => void> }>();
  const conns = new Map<NetHandle, FakeConn>();
  const log: string[] = [];
  const closed: NetHandle[] = [];
  const connection = (local: Endpoint, remote: Endpoint, closedConn = false, received: Uint8Array[] = [], eof = false): NetHandle => {
    const h = next++;
    conns.set(h, { local, remote, received, eof, closedConn, shut: [], options: [] });
    return h;
  };
  const network = {
    async listen(address: string | null, port: number) {
      log.push(`listen ${address}:${port}`);
      if (o.taken?.includes(port)) throw new NetError('EADDRINUSE');
      const h = next++;
      listeners.set(h, { address, port: port === 0 ? 40000 + h : port, pending: [], waiters: [] });
      return h;
    },
    async connect(address: string, port: number) {
      log.push(`connect ${address}:${port}`);
      if (o.refuse?.includes(port)) throw new NetError('ECONNREFUSED');
      const local = { address: '127.0.0.1', port: ephemeral++ };
      const h = connection(local, { address, port });
      const l = [...listeners.values()].find((x) => x.port === port);
      if (l) {
        l.pending.push(connection({ address, port }, local));
        for (const w of l.waiters.splice(0)) queueMicrotask(w);
      }
      return h;
    },
    accept: (h: NetHandle) => listeners.get(h)!.pending.shift() ?? null,
    whenReady(h: NetHandle, _kind: string, ready: () => void) {
      const l = listeners.get(h)!;
      l.waiters.push(ready);
      return () => void (l.waiters = l.waiters.filter((w) => w !== ready));
    },
    localEndpoint: (h: NetHandle) => (conns.has(h) ? conns.get(h)!.local : { address: listeners.get(h)!.address ?? '0.0.0.0', port: listeners.get(h)!.port }),
    remoteEndpoint: (h: NetHandle) => conns.get(h)!.remote,
    prepend: (h: NetHandle, b: Uint8Array) => void (b.length > 0 && conns.get(h)!.received.unshift(b)),
    shutdownInput: (h: NetHandle) => void conns.get(h)!.shut.push('input'),
    shutdownOutput: (h: NetHandle) => void conns.get(h)!.shut.push('output'),
    setNoDelay: (h: NetHandle) => void conns.get(h)!.options.push('nodelay'),
    setKeepAlive: (h: NetHandle) => void conns.get(h)!.options.push('keepalive'),
    enqueue: (l: NetHandle, h: NetHandle) => void listeners.get(l)!.pending.push(h),
    closedConnection: (local: Endpoint, remote: Endpoint, received: Uint8Array, eof: boolean) => connection(local, remote, true, received.length ? [received] : [], eof),
    close: (h: NetHandle) => void closed.push(h),
  } as unknown as HostNetwork;
  return { network, listeners, conns, log, closed };
}

function fakeVm(network: HostNetwork) {
  const host = {
    network, currentTimeMillis: () => 0,
    sleep: () => ({ done: new Promise<void>(() => {}), cancel: () => {} }),
  } as unknown as Host;
  return { host, scheduler: {} } as unknown as Vm;
}

const socket = (over: Partial<ImageSocket>): ImageSocket => ({
  id: 0, kind: ImageSocketKind.Client, listener: 0, peer: 0, local: { address: '127.0.0.1', port: 45000 }, remote: { address: '127.0.0.1', port: 8080 },
  backlog: 0, inputShutdown: false, outputShutdown: false, noDelay: false, keepAlive: false, eof: false, reset: false,
  unread: new Uint8Array(0), waits: [], ...over,
});
const threads = [{ id: 1 }, { id: 7 }, { id: 9 }] as ImageThread[];
const bytes = (s: string) => new TextEncoder().encode(s);

describe('restoring sockets', () => {
  it('re-establishes every kind of socket as docs/sockets.md says', async () => {
    const image: ImageSockets = {
      nextId: 12,
      sockets: [
        socket({ id: 1, kind: ImageSocketKind.Listener, local: { address: '0.0.0.0', port: 8080 }, remote: null, backlog: 50, waits: [{ thread: 1, kind: 'accept', remainingMs: 120 }] }),
        socket({ id: 0, kind: ImageSocketKind.Pending, listener: 1, peer: 4, local: { address: '127.0.0.1', port: 8080 }, remote: { address: '127.0.0.1', port: 45004 }, unread: bytes('queued') }),
        socket({ id: 2, outputShutdown: true, noDelay: true, unread: bytes('reply') }),
        socket({ id: 3, kind: ImageSocketKind.Accepted, peer: 2, local: { address: '127.0.0.1', port: 8080 }, remote: { address: '127.0.0.1', port: 45000 }, eof: true, unread: bytes('request'), waits: [{ thread: 2, kind: 'read', remainingMs: -1 }] }),
        socket({ id: 4, local: { address: '127.0.0.1', port: 45004 } }),
        socket({ id: 5, remote: { address: '10.1.1.1', port: 443 }, keepAlive: true, unread: bytes('partial') }),
        socket({ id: 6, remote: { address: '10.1.1.2', port: 444 }, unread: bytes('x') }),
        socket({ id: 7, remote: { address: '10.1.1.3', port: 445 }, eof: true, unread: bytes('last') }),
        socket({ id: 8, kind: ImageSocketKind.Accepted, remote: { address: '10.9.9.9', port: 5555 }, unread: bytes('GET /') }),
      ],
      lookups: [{ thread: 0, results: ['1.2.3.4'] }], senders: [],
    };
    const net = fakeNetwork({ refuse: [444] });
    const vm = fakeVm(net.network);
    const warnings: string[] = [];
    await restoreSockets(vm, image, threads, (m) => warnings.push(m));
    const table = socketTable(vm);
    // The listener listens again on every address, same port; the pair listener is closed again.
    expect(net.log[0]).toBe('listen null:8080');
    const pairListen = net.log.find((l) => l.startsWith('listen 127.0.0.1:0'));
    expect(pairListen).toBeDefined();
    // Outside clients: one reconnected, one refused (a warning), one whose peer had finished is not tried.
    expect(net.log).toContain('connect 10.1.1.1:443');
    expect(net.log).toContain('connect 10.1.1.2:444');
    expect(net.log).not.toContain('connect 10.1.1.3:445');
    expect(warnings).toEqual(['socket 6 cannot reconnect to 10.1.1.2:444: Connection refused; it reads as reset once its unread bytes are read']);
    const conn = (id: number) => net.conns.get(table.get(id)!.hostHandle)!;
    // The pair 2 <-> 3 is one connection again, each end with its unread bytes and shutdowns.
    expect(conn(2).remote).toEqual(conn(3).local);
    expect(conn(3).remote).toEqual(conn(2).local);
    expect(conn(2).received).toEqual([bytes('reply')]);
    expect(conn(2).shut).toEqual(['output']);
    expect(conn(2).options).toEqual(['nodelay']);
    expect(conn(3).received).toEqual([bytes('request')]);
    expect(conn(3).closedConn).toBe(false);
    // The table keeps the endpoints the program saw.
    expect(table.get(2)!.local).toEqual({ address: '127.0.0.1', port: 45000 });
    expect(table.get(3)!.remote).toEqual({ address: '127.0.0.1', port: 45000 });
    // The pending connection is back in the listener's queue, connected to client 4.
    const queue = net.listeners.get(table.get(1)!.hostHandle)!.pending;
    expect(queue.length).toBe(1);
    expect(net.conns.get(queue[0]!)!.remote).toEqual(conn(4).local);
    expect(net.conns.get(queue[0]!)!.received).toEqual([bytes('queued')]);
    // Reconnected outside client: unread bytes first, options again.
    expect(conn(5).closedConn).toBe(false);
    expect(conn(5).received).toEqual([bytes('partial')]);
    expect(conn(5).options).toEqual(['keepalive']);
    // Closed connections: refused client (reset after its bytes), finished client (end of stream), accepted from outside.
    expect([conn(6).closedConn, conn(6).eof, conn(6).received]).toEqual([true, false, [bytes('x')]]);
    expect([conn(7).closedConn, conn(7).eof, conn(7).received]).toEqual([true, true, [bytes('last')]]);
    expect([conn(8).closedConn, conn(8).eof, conn(8).received]).toEqual([true, false, [bytes('GET /')]]);
    expect([...table.entries.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(table.get(1)!.state).toBe('listening');
    expect(table.get(5)!.role).toBe('client');
    expect(table.get(8)!.role).toBe('accepted');
    // Descriptors continue after the image's; lookups and the time left of blocked threads come back.
    expect(table.nextDescriptor).toBe(12);
    expect(table.lookups.get(1)).toEqual(['1.2.3.4']);
    expect(table.resumedWaits.get(7)).toEqual({ socket: 1, kind: 'accept', remainingMs: 120 });
    expect(table.resumedWaits.get(9)).toEqual({ socket: 3, kind: 'read', remainingMs: -1 });
  });

  it('fails when a listener cannot listen again, closing what it had opened', async () => {
    const image: ImageSockets = {
      nextId: 4,
      sockets: [
        socket({ id: 1, kind: ImageSocketKind.Listener, local: { address: '127.0.0.1', port: 7000 }, remote: null, backlog: 5 }),
        socket({ id: 2, kind: ImageSocketKind.Listener, local: { address: '127.0.0.1', port: 7001 }, remote: null, backlog: 5 }),
        socket({ id: 3, remote: { address: '10.1.1.1', port: 443 } }),
      ],
      lookups: [], senders: [],
    };
    const net = fakeNetwork({ taken: [7001] });
    const vm = fakeVm(net.network);
    await expect(restoreSockets(vm, image, threads)).rejects.toThrow(new SocketRestoreError('socket 2 cannot listen on 127.0.0.1:7001 again: Address already in use'));
    expect(net.closed.length).toBe(1); // the first listener
    expect(socketTable(vm).entries.size).toBe(0);
    expect(net.log.some((l) => l.startsWith('connect'))).toBe(false);
  });
});

describe('timeouts of threads blocked at a checkpoint', () => {
  it('the first re-issued call waits what was left; later calls their full timeout', () => {
    const vm = { host: { currentTimeMillis: () => 0 }, scheduler: {} } as unknown as Vm;
    const table = socketTable(vm);
    const e = table.open('client', 'connected');
    const t = new JavaThread(7, 64, 't');
    table.resumedWaits.set(7, { socket: e.id, kind: 'read', remainingMs: 120 });
    expect(table.timeoutFor(t, e, 'read', 500)).toBe(120);
    expect(table.timeoutFor(t, e, 'read', 500)).toBe(500);
    // A deadline that had passed still times out (at once), and no timeout stays none.
    table.resumedWaits.set(7, { socket: e.id, kind: 'read', remainingMs: 0 });
    expect(table.timeoutFor(t, e, 'read', 500)).toBe(1);
    table.resumedWaits.set(7, { socket: e.id, kind: 'read', remainingMs: -1 });
    expect(table.timeoutFor(t, e, 'read', 0)).toBe(0);
    // A call on another socket does not inherit it (and forgets it).
    table.resumedWaits.set(7, { socket: e.id + 1, kind: 'read', remainingMs: 5 });
    expect(table.timeoutFor(t, e, 'read', 500)).toBe(500);
    expect(table.resumedWaits.has(7)).toBe(false);
  });
});
