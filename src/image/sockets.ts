/**
 * @fileoverview Sockets in checkpoint images (docs/sockets.md "Sockets in images"). Capture
 * records every entry of the VM's socket table — listener, client or accepted connection, the
 * endpoints the program saw, options, shutdown flags, the bytes received but not read, whether the
 * peer's end of stream (or a reset) had arrived, the threads blocked on it — plus each listener's
 * queue of connections not accepted yet, and which connections have both ends in the image.
 *
 * Before capturing, {@link settleSockets} lets the platform finish what is in flight, so that no
 * byte is half-way: every byte the program wrote has been taken by the platform (no write is
 * parked), and between two ends in the image every byte sent has arrived on the other side. A
 * checkpoint whose sockets do not settle within {@link SETTLE_TIMEOUT_MS} fails; the program goes on.
 *
 * Restore ({@link restoreSockets}, asynchronous, before any Java thread runs): listeners listen
 * again on their address and port (failure fails the restore); a connection with both ends in the
 * image is connected again end to end (through a private loopback listener), so the program sees
 * nothing; a client whose peer is outside is reconnected to the same host and port; a connection
 * whose peer cannot come back (accepted from outside, reconnection refused, peer already closed)
 * becomes a closed connection that first delivers its unread bytes. Then threads re-issue the
 * accept or read they were blocked in, with what was left of their SO_TIMEOUT.
 *
 * UDP (datagram entries of the socket table, whatever Java class is on top): captured with the
 * datagrams queued in the host and the threads in receive; re-bound to the same address and port
 * before the TCP sockets are re-established (a taken port fails the restore), connected ones
 * connected again, the datagrams queued again. A checkpoint waits for datagrams between the
 * program's own sockets ({@link datagramsInFlight}) as long as for TCP bytes: loopback delivers
 * them, and one lost there would leave the restored program waiting for it for ever. Ones to or
 * from outside that are in flight may be lost, as UDP allows.
 */
import type { ConnectionStatus, Endpoint, HostNetwork, NetHandle } from '../host/network.js';
import { NetError } from '../host/network.js';
import { socketTable, type SocketEntry } from '../runtime/socket-table.js';
import type { Vm } from '../runtime/vm.js';
import { ImageSocketKind, type ImageMulticast, type ImageSocket, type ImageSockets, type ImageThread } from './model.js';
import type { HostDatagrams, MulticastOp } from '../host/datagram.js';

/** How long a checkpoint waits for bytes in flight on sockets before it gives up (ms). */
export const SETTLE_TIMEOUT_MS = 5000;
/** How long a restore waits to reconnect a client to a peer outside the image (ms). */
export const RECONNECT_TIMEOUT_MS = 5000;

/** Why the sockets of a VM cannot be captured (the checkpoint fails; the program keeps running). */
export class SocketCaptureError extends Error {}

/** Why the sockets of an image cannot be re-established (the restore fails). */
export class SocketRestoreError extends Error {}

/** A connection of the VM: a table entry, or a listener's pending connection (entry null). */
interface Conn {
  entry: SocketEntry | null;
  /** For a pending connection: the listener's entry. */
  listener: SocketEntry | null;
  handle: NetHandle;
  status: ConnectionStatus;
  /** Real endpoints of the platform connection (not those the program saw, after a restore). */
  key: string;
  peerKey: string;
}

/** Roles of TCP sockets (java.net.Socket, ServerSocket): the ones an image can hold. */
const TCP_ROLES = new Set<string>(['listener', 'client', 'accepted']);

const key = (a: Endpoint, b: Endpoint): string => `${a.address}:${a.port}|${b.address}:${b.port}`;

/** Every live connection of `vm` with its platform status, and pairs (client, other end) of the same VM. */
function connections(vm: Vm, network: HostNetwork): { conns: Conn[]; pairs: Map<Conn, Conn> } {
  const table = socketTable(vm);
  const conns: Conn[] = [];
  const add = (entry: SocketEntry | null, listener: SocketEntry | null, handle: NetHandle): void => {
    const status = network.connectionStatus(handle);
    let k = '', pk = '';
    if (!status.closed) {
      const local = network.localEndpoint(handle), remote = network.remoteEndpoint(handle);
      k = key(local, remote);
      pk = key(remote, local);
    }
    conns.push({ entry, listener, handle, status, key: k, peerKey: pk });
  };
  for (const e of [...table.entries.values()].sort((a, b) => a.id - b.id)) {
    if (e.hostHandle === 0) continue;
    if (e.role === 'listener') {
      if (e.state === 'listening') for (const h of network.pendingConnections(e.hostHandle)) add(null, e, h);
    } else if (TCP_ROLES.has(e.role) && e.state === 'connected') {
      add(e, null, e.hostHandle);
    }
  }
  const clients = new Map<string, Conn>();
  for (const c of conns) if (c.entry?.role === 'client' && c.key !== '') clients.set(c.key, c);
  const pairs = new Map<Conn, Conn>();
  for (const c of conns) {
    if (c.entry?.role === 'client' || c.key === '') continue;
    const client = clients.get(c.peerKey);
    if (client && !pairs.has(client)) pairs.set(client, c);
  }
  return { conns, pairs };
}

/**
 * Why the sockets of `vm` cannot be captured as they are now (bytes still in flight), or null.
 * A checkpoint waits for this to become null ({@link settleSockets}).
 */
export function unsettledSockets(vm: Vm): string | null {
  const network = vm.host.network;
  const table = socketTable(vm);
  if (table.entries.size === 0) return null;
  for (const e of table.entries.values()) {
    if (e.waits.some((w) => w.kind === 'write')) return `a thread is still writing to socket ${e.id}`;
    // A non-blocking connect (SocketChannel) has no thread to re-issue it: let it finish first.
    if (e.pendingConnect && !e.pendingConnect.settled) return `the non-blocking connect of socket ${e.id} is still in progress`;
    if (e.waits.some((w) => w.kind === 'send')) return `a thread is still sending a datagram on socket ${e.id}`;
  }
  if (!network) return null;
  const { conns, pairs } = connections(vm, network);
  for (const c of conns) {
    if (c.status.queued > 0) return `${c.status.queued} bytes written to socket ${c.entry?.id ?? `(pending on ${c.listener!.id})`} are not taken by the network yet`;
  }
  // An unpaired end may still be waiting for its peer in this program: the end of stream of a
  // connection the program closed, or (for a client) its connection to one of the program's
  // listeners, which the listener has not received yet.
  const closed = new Set(socketTable(vm).closedConnections.map((c) => key(c.local, c.remote)));
  const paired = new Set<Conn>([...pairs.keys(), ...pairs.values()]);
  const listeners = [...table.entries.values()].filter((e) => e.role === 'listener' && e.state === 'listening' && e.hostHandle !== 0)
    .map((e) => network.localEndpoint(e.hostHandle));
  for (const c of conns) {
    if (paired.has(c) || c.key === '' || c.status.eof || c.status.error !== null) continue;
    const id = c.entry ? `socket ${c.entry.id}` : `a connection pending on socket ${c.listener!.id}`;
    if (closed.has(c.peerKey)) {
      network.collect(c.handle);
      return `the end of stream of ${id} is still in flight`;
    }
    if (c.entry?.role === 'client') {
      const [, remote] = c.key.split('|') as [string, string];
      const port = Number(remote.substring(remote.lastIndexOf(':') + 1));
      const address = remote.substring(0, remote.lastIndexOf(':'));
      if (listeners.some((l) => l.port === port && (l.address === address || l.address === '0.0.0.0' || l.address === '::'))) {
        return `${id} has not reached its listener in this program yet`;
      }
    }
  }
  for (const [client, other] of pairs) {
    const a = client.status, b = other.status;
    if (a.written !== b.received || b.written !== a.received || (client.entry!.outputShutdown && !b.eof) || (other.entry?.outputShutdown && !a.eof)) {
      network.collect(client.handle);
      network.collect(other.handle);
      return `bytes between sockets ${client.entry!.id} and ${other.entry?.id ?? 'a pending connection'} are still in flight`;
    }
  }
  return null;
}

/**
 * Datagrams the program's UDP sockets sent to one another (counted when the send was issued,
 * blocking or not) that have not arrived yet, as a reason, or null.
 */
export function datagramsInFlight(vm: Vm): string | null {
  const pairs = datagramPairs(vm);
  const late = pairs.find((p) => p.arrived < p.sent);
  if (late === undefined) return null;
  const n = late.sent - late.arrived;
  return `${n} datagram${n === 1 ? '' : 's'} sent to socket ${late.to.id} by the program ${n === 1 ? 'has' : 'have'} not arrived yet`;
}

/** Per pair of the program's bound UDP sockets, the datagrams sent from one to the other and arrived. */
function datagramPairs(vm: Vm): Array<{ key: string; to: SocketEntry; sent: number; arrived: number }> {
  const datagrams = vm.host.datagrams;
  const table = socketTable(vm);
  if (!datagrams || table.datagramsSent.size === 0) return [];
  const bound = [...table.entries.values()].filter((e) => e.role === 'datagram' && e.hostHandle !== 0 && e.local !== null);
  const out = [];
  for (const to of bound) {
    const arrivals = datagrams.arrivals(to.hostHandle);
    for (const from of bound) {
      const key = `${from.local!.port}>${to.local!.port}`;
      const sent = table.datagramsSent.get(key);
      if (sent !== undefined) out.push({ key, to, sent, arrived: arrivals.get(from.local!.port) ?? 0 });
    }
  }
  return out;
}

/**
 * Lets the event loop run (Java threads stay paused) until nothing is in flight on the VM's
 * sockets, TCP bytes or datagrams between its own sockets. Loopback delivers those datagrams
 * within a turn or two of the event loop, but a loaded machine may take far longer to run those
 * turns (CI lost one on 2026-12-07 when a checkpoint waited a quarter of a second at most), so
 * they are waited for as long as TCP bytes. After `timeoutMs`, bytes still in flight throw
 * {@link SocketCaptureError} (the checkpoint fails, the program goes on); datagrams still missing
 * were lost by the platform (a full receive buffer), as UDP may, and are no longer waited for.
 */
export async function settleSockets(vm: Vm, timeoutMs = SETTLE_TIMEOUT_MS): Promise<void> {
  const started = vm.host.currentTimeMillis();
  for (let round = 0; ; round++) {
    const bytes = unsettledSockets(vm);
    const why = bytes ?? datagramsInFlight(vm);
    if (why === null) return;
    if (vm.host.currentTimeMillis() - started > timeoutMs) {
      if (bytes !== null) throw new SocketCaptureError(`sockets did not settle within ${timeoutMs} ms: ${why}`);
      const table = socketTable(vm);
      for (const p of datagramPairs(vm)) if (p.arrived < p.sent) table.datagramsSent.set(p.key, p.arrived);
      return;
    }
    if (round < 20) await vm.host.yieldToEventLoop();
    else await vm.host.sleep(5).done;
  }
}

/** The sockets of `vm` for its image; `threadIndex` maps a VM thread id to its image index (-1: not captured). */
export function captureSockets(vm: Vm, threadIndex: (threadId: number) => number): ImageSockets {
  const table = socketTable(vm);
  const network = vm.host.network;
  const out: ImageSockets = { nextId: table.nextDescriptor, sockets: [], lookups: [], senders: [] };
  for (const [threadId, results] of table.lookups) {
    const thread = threadIndex(threadId);
    if (thread >= 0) out.lookups.push({ thread, results: [...results] });
  }
  for (const [threadId, from] of table.datagramSenders) {
    const thread = threadIndex(threadId);
    if (thread >= 0) out.senders.push({ thread, from: { ...from } });
  }
  if (table.entries.size === 0) return out;
  const why = unsettledSockets(vm);
  if (why !== null) throw new SocketCaptureError(why);
  const now = vm.host.currentTimeMillis();
  const datagramWaits = (e: SocketEntry): ImageSocket['waits'] => {
    const waits: ImageSocket['waits'] = [];
    for (const w of e.waits) {
      const thread = w.kind === 'receive' ? threadIndex(w.threadId) : -1;
      if (thread >= 0) waits.push({ thread, kind: 'receive', remainingMs: w.deadline === 0 ? -1 : Math.max(0, w.deadline - now) });
    }
    return waits;
  };
  if (!network) {
    for (const e of [...table.entries.values()].sort((a, b) => a.id - b.id)) {
      if (e.role !== 'datagram') throw new SocketCaptureError(`socket ${e.id} (${e.role}) exists but this host has no network`);
      if (e.hostHandle !== 0 && (e.state === 'bound' || e.state === 'connected')) out.sockets.push(datagramRecord(vm, e, datagramWaits(e)));
    }
    return out;
  }
  const { conns, pairs } = connections(vm, network);
  const peerOf = new Map<Conn, number>();
  for (const [client, other] of pairs) peerOf.set(other, client.entry!.id);
  const record = (e: SocketEntry | null, kind: ImageSocketKind, c: Conn | null, listener: number): ImageSocket => {
    const waits: ImageSocket['waits'] = [];
    for (const w of e?.waits ?? []) {
      if (w.kind !== 'accept' && w.kind !== 'read') continue;
      const thread = threadIndex(w.threadId);
      if (thread >= 0) waits.push({ thread, kind: w.kind, remainingMs: w.deadline === 0 ? -1 : Math.max(0, w.deadline - now) });
    }
    // A pending connection reports its endpoints as accept would (a restored one: those seen before).
    const queued = c && !e ? table.queuedEndpoints.get(c.handle) : undefined;
    const local = c && !e ? queued?.local ?? network.localEndpoint(c.handle) : e?.local ?? { address: '0.0.0.0', port: 0 };
    const remote = kind === ImageSocketKind.Listener ? null : c && !e ? queued?.remote ?? network.remoteEndpoint(c.handle) : e?.remote ?? { address: '0.0.0.0', port: 0 };
    return {
      id: e?.id ?? 0, kind, listener, peer: c ? peerOf.get(c) ?? 0 : 0,
      local: { ...local }, remote: remote && { ...remote }, backlog: kind === ImageSocketKind.Listener ? e!.backlog : 0,
      inputShutdown: e?.inputShutdown ?? false, outputShutdown: e?.outputShutdown ?? false,
      noDelay: e?.noDelay ?? false, keepAlive: e?.keepAlive ?? false,
      eof: c?.status.eof ?? false, reset: c?.status.error !== null && c?.status.error !== undefined,
      unread: c ? network.unread(c.handle) : new Uint8Array(0), waits, datagrams: [],
    };
  };
  for (const e of [...table.entries.values()].sort((a, b) => a.id - b.id)) {
    if (e.role === 'datagram') {
      // A socket still binding belongs to a bind the restored thread re-issues.
      if (e.hostHandle !== 0 && (e.state === 'bound' || e.state === 'connected')) out.sockets.push(datagramRecord(vm, e, datagramWaits(e)));
      continue;
    }
    if (!TCP_ROLES.has(e.role)) throw new SocketCaptureError(`socket ${e.id} (${e.role}) cannot be saved in an image yet`);
    // A failed non-blocking connect that finishConnect has not reported yet: its error is not kept in images.
    if (e.pendingConnect?.failure) throw new SocketCaptureError(`socket ${e.id}: the failure of a non-blocking connect (${e.pendingConnect.failure.message}) has not been reported to the program yet`);
    // A socket still binding or connecting belongs to a listen or connect the restored thread re-issues.
    if (e.hostHandle === 0 || (e.state !== 'listening' && e.state !== 'connected')) continue;
    if (e.role === 'listener') {
      out.sockets.push(record(e, ImageSocketKind.Listener, null, 0));
      for (const c of conns) if (c.listener === e) out.sockets.push(record(null, ImageSocketKind.Pending, c, e.id));
    } else {
      const c = conns.find((x) => x.entry === e) ?? null;
      out.sockets.push(record(e, e.role === 'client' ? ImageSocketKind.Client : ImageSocketKind.Accepted, c, 0));
    }
  }
  return out;
}

/** The image record of a bound (or connected) datagram socket, with the datagrams queued in the host. */
function datagramRecord(vm: Vm, e: SocketEntry, waits: ImageSocket['waits']): ImageSocket {
  const datagrams = vm.host.datagrams!.pendingDatagrams(e.hostHandle).map((d) => ({ bytes: d.bytes, from: { ...d.from } }));
  return {
    id: e.id, kind: ImageSocketKind.Datagram, listener: 0, peer: 0, local: { ...e.local! },
    remote: e.state === 'connected' && e.remote ? { ...e.remote } : null, backlog: 0,
    inputShutdown: false, outputShutdown: false, noDelay: false, keepAlive: false, eof: false, reset: false,
    unread: new Uint8Array(0), waits, datagrams,
    ...(e.reuseAddress || e.multicast ? { multicast: multicastRecord(e) } : {}),
  };
}

/** A datagram socket's SO_REUSEADDR and multicast state, which live in the platform socket. */
function multicastRecord(e: SocketEntry): ImageMulticast {
  const mc = e.multicast;
  return {
    reuseAddress: e.reuseAddress === true,
    groups: (mc?.groups ?? []).map((g) => ({ ...g })),
    ttl: mc?.ttl ?? -1,
    loopback: mc?.loopback ?? null,
    iface: mc?.iface ?? null,
  };
}

/** The program's view of an endpoint: a listener on every address is listened on with `null`. */
function listenAddress(e: Endpoint): string | null {
  return e.address === '0.0.0.0' || e.address === '::' ? null : e.address;
}

function describeError(e: unknown): string {
  if (e instanceof NetError) {
    const messages: Record<string, string> = {
      EADDRINUSE: 'Address already in use', EADDRNOTAVAIL: 'Cannot assign requested address', EACCES: 'Permission denied',
      ECONNREFUSED: 'Connection refused', ETIMEDOUT: 'Connect timed out', EHOSTUNREACH: 'No route to host', ENETUNREACH: 'Network is unreachable',
    };
    return messages[e.code] ?? e.message;
  }
  return e instanceof Error ? e.message : String(e);
}

/**
 * Re-establishes the sockets of an image in `vm` (restored, no Java thread run yet). Throws
 * {@link SocketRestoreError} when a listener cannot listen again; then every platform socket
 * this call opened is closed again. `warn` hears about connections that surface as closed.
 */
export async function restoreSockets(vm: Vm, image: ImageSockets, threads: readonly ImageThread[], warn: (message: string) => void = () => {}): Promise<void> {
  restoreSocketData(vm, image, threads);
  if (image.sockets.length === 0) return;
  const table = socketTable(vm);
  const udp = await restoreDatagramSockets(vm, image);
  if (image.sockets.every((s) => s.kind === ImageSocketKind.Datagram)) return;
  const network = vm.host.network;
  const undo = (): void => {
    for (const e of udp) table.close(e, undefined);
  };
  if (!network) {
    undo();
    throw new SocketRestoreError('the image holds sockets but this host has no network');
  }
  const opened: NetHandle[] = [];
  let pairListener: NetHandle = 0;
  try {
    // Listeners first: their ports are the ones most likely to be taken.
    const listeners = new Map<number, NetHandle>();
    for (const s of image.sockets) {
      if (s.kind !== ImageSocketKind.Listener) continue;
      let h: NetHandle;
      try {
        h = await network.listen(listenAddress(s.local), s.local.port, Math.max(1, s.backlog));
      } catch (e) {
        throw new SocketRestoreError(`socket ${s.id} cannot listen on ${s.local.address}:${s.local.port} again: ${describeError(e)}`);
      }
      opened.push(h);
      listeners.set(s.id, h);
    }
    // Connections with both ends in the image are connected again end to end.
    const clients = new Map<number, ImageSocket>();
    for (const s of image.sockets) if (s.kind === ImageSocketKind.Client) clients.set(s.id, s);
    const handles = new Map<ImageSocket, NetHandle>();
    const paired = image.sockets.filter((s) => s.peer !== 0);
    if (paired.length > 0) {
      pairListener = await network.listen('127.0.0.1', 0, paired.length);
      const port = network.localEndpoint(pairListener).port;
      const arrived = new Map<number, NetHandle>();
      for (const s of paired) {
        const client = clients.get(s.peer)!;
        const c = await network.connect('127.0.0.1', port, RECONNECT_TIMEOUT_MS);
        opened.push(c);
        handles.set(client, c);
        const want = network.localEndpoint(c).port;
        const other = await acceptFrom(vm, network, pairListener, want, arrived);
        opened.push(other);
        handles.set(s, other);
      }
      for (const stranger of arrived.values()) network.close(stranger);
    }
    // Clients whose peer is outside: reconnected when the peer may still talk to them.
    for (const s of image.sockets) {
      if (s.kind !== ImageSocketKind.Client || handles.has(s)) continue;
      if (s.eof || s.reset) continue; // the peer had finished (or failed): nothing to reconnect to
      try {
        const h = await network.connect(s.remote!.address, s.remote!.port, RECONNECT_TIMEOUT_MS);
        opened.push(h);
        handles.set(s, h);
      } catch (e) {
        warn(`socket ${s.id} cannot reconnect to ${s.remote!.address}:${s.remote!.port}: ${describeError(e)}; it reads as reset once its unread bytes are read`);
      }
    }
    // Everything else becomes a connection whose peer is gone; then the table is filled.
    for (const s of image.sockets) {
      if (s.kind === ImageSocketKind.Datagram) continue;
      if (s.kind === ImageSocketKind.Listener) {
        const e = blankEntry(s.id, 'listener');
        e.state = 'listening';
        e.local = { ...s.local };
        e.backlog = s.backlog;
        e.hostHandle = listeners.get(s.id)!;
        table.restoreEntry(e);
        continue;
      }
      let h = handles.get(s);
      if (h === undefined) {
        h = network.closedConnection(s.local, s.remote!, s.unread, s.eof);
        opened.push(h);
      } else {
        network.prepend(h, s.unread);
        if (s.inputShutdown) network.shutdownInput(h);
        if (s.outputShutdown) network.shutdownOutput(h);
        if (s.noDelay) network.setNoDelay(h, true);
        if (s.keepAlive) network.setKeepAlive(h, true);
      }
      if (s.kind === ImageSocketKind.Pending) {
        network.enqueue(listeners.get(s.listener)!, h);
        table.queuedEndpoints.set(h, { local: { ...s.local }, remote: { ...s.remote! } });
        continue;
      }
      const e = blankEntry(s.id, s.kind === ImageSocketKind.Client ? 'client' : 'accepted');
      e.state = 'connected';
      e.local = { ...s.local };
      e.remote = { ...s.remote! };
      e.inputShutdown = s.inputShutdown;
      e.outputShutdown = s.outputShutdown;
      e.noDelay = s.noDelay;
      e.keepAlive = s.keepAlive;
      e.hostHandle = h;
      table.restoreEntry(e);
    }
  } catch (e) {
    for (const h of opened) network.close(h);
    undo();
    for (const id of [...table.entries.keys()]) table.entries.delete(id);
    throw e instanceof SocketRestoreError ? e : new SocketRestoreError(`sockets cannot be re-established: ${describeError(e)}`);
  } finally {
    if (pairListener !== 0) network.close(pairListener);
  }
}

/**
 * The part of {@link restoreSockets} that needs no platform socket: descriptors continue after the
 * image's, lookups not taken yet and the time left of blocked threads' timeouts come back.
 */
export function restoreSocketData(vm: Vm, image: ImageSockets, threads: readonly ImageThread[]): void {
  const table = socketTable(vm);
  for (const l of image.lookups) table.lookups.set(threads[l.thread]!.id, [...l.results]);
  for (const x of image.senders) table.datagramSenders.set(threads[x.thread]!.id, { ...x.from });
  for (const s of image.sockets) {
    for (const w of s.waits) table.resumedWaits.set(threads[w.thread]!.id, { socket: s.id, kind: w.kind, remainingMs: w.remainingMs });
  }
  table.continueDescriptors(image.nextId);
}

/**
 * Binds the datagram sockets of an image again, each to its address and port (a port taken by
 * someone else fails the restore, as for a listener: peers may know it), connected again when it
 * was, with the datagrams it had queued in front of any that arrive from now on. Returns the
 * entries put in the table; on failure the ones already bound are closed again.
 */
async function restoreDatagramSockets(vm: Vm, image: ImageSockets): Promise<SocketEntry[]> {
  const wanted = image.sockets.filter((s) => s.kind === ImageSocketKind.Datagram);
  if (wanted.length === 0) return [];
  const datagrams = vm.host.datagrams;
  if (!datagrams) throw new SocketRestoreError('the image holds datagram sockets but this host has no UDP');
  const table = socketTable(vm);
  const done: SocketEntry[] = [];
  try {
    for (const s of wanted) {
      let h: NetHandle;
      try {
        h = await datagrams.bind(listenAddress(s.local), s.local.port, s.multicast?.reuseAddress ? { reuseAddress: true } : undefined);
      } catch (e) {
        throw new SocketRestoreError(`datagram socket ${s.id} cannot bind to ${s.local.address}:${s.local.port} again: ${describeError(e)}`);
      }
      const e = blankEntry(s.id, 'datagram');
      // In the table before its multicast state, so a failure below closes it with the others.
      e.hostHandle = h;
      table.restoreEntry(e);
      done.push(e);
      if (s.multicast) restoreMulticast(datagrams, h, e, s.multicast, s.id);
      e.state = s.remote ? 'connected' : 'bound';
      e.local = { ...s.local };
      e.remote = s.remote && { ...s.remote };
      datagrams.requeue(h, s.datagrams.map((d) => ({ bytes: d.bytes, from: { ...d.from } })));
    }
  } catch (e) {
    for (const x of done) table.close(x, undefined);
    throw e;
  }
  return done;
}

/**
 * Sets a restored datagram socket's multicast options and joins its groups again, in the order the
 * program did, before any thread runs: the restored socket receives its groups' traffic as the
 * original did. A group that cannot be joined here (no such interface...) fails the restore.
 */
function restoreMulticast(datagrams: HostDatagrams, h: NetHandle, e: SocketEntry, mc: ImageMulticast, id: number): void {
  if (mc.reuseAddress) e.reuseAddress = true;
  const ops: MulticastOp[] = [];
  if (mc.iface !== null) ops.push({ op: 'interface', iface: mc.iface });
  if (mc.ttl >= 0) ops.push({ op: 'ttl', value: mc.ttl });
  if (mc.loopback !== null) ops.push({ op: 'loopback', value: mc.loopback });
  for (const g of mc.groups) ops.push({ op: 'join', group: g.group, iface: g.iface });
  if (ops.length > 0 && !datagrams.multicast) throw new SocketRestoreError(`datagram socket ${id} is a multicast socket but this host has no multicast`);
  for (const op of ops) {
    try {
      datagrams.multicast!(h, op);
    } catch (err) {
      const what = op.op === 'join' ? `cannot join multicast group ${op.group}${op.iface !== null ? ` on ${op.iface}` : ''} again` : `cannot set multicast ${op.op} again`;
      throw new SocketRestoreError(`datagram socket ${id} ${what}: ${describeError(err)}`);
    }
  }
  e.multicast = { groups: mc.groups.map((g) => ({ ...g })), ttl: mc.ttl, loopback: mc.loopback, iface: mc.iface };
}

/** Waits for the connection from local port `port` on `listener`; others that arrive are kept in `arrived`. */
function acceptFrom(vm: Vm, network: HostNetwork, listener: NetHandle, port: number, arrived: Map<number, NetHandle>): Promise<NetHandle> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let cancelWait = (): void => {};
    const timer = vm.host.sleep(RECONNECT_TIMEOUT_MS);
    void timer.done.then(() => {
      if (settled) return;
      settled = true;
      cancelWait();
      reject(new SocketRestoreError('a connection between two sockets of the image could not be made again'));
    });
    const poll = (): void => {
      if (settled) return;
      for (let h = network.accept(listener); h !== null; h = network.accept(listener)) arrived.set(network.remoteEndpoint(h).port, h);
      const mine = arrived.get(port);
      if (mine !== undefined) {
        settled = true;
        arrived.delete(port);
        timer.cancel();
        resolve(mine);
        return;
      }
      cancelWait = network.whenReady(listener, 'accept', poll);
    };
    poll();
  });
}

function blankEntry(id: number, role: SocketEntry['role']): SocketEntry {
  return {
    id, role, state: 'connected', local: null, remote: null, backlog: 0, inputShutdown: false, outputShutdown: false,
    noDelay: false, keepAlive: false, waits: [], hostHandle: 0,
  };
}
