/**
 * @fileoverview The VM's socket table (docs/sockets.md): every listener and connection the Java
 * program holds, as plain data — role, endpoints, state, shutdown flags, options, and which
 * threads wait on it until when — keyed by the descriptor the Java objects store. The host handle
 * behind an entry belongs to this process only; {@link listSockets} adds the bytes received but
 * not read yet, so a checkpoint can capture everything needed to re-establish or describe a socket.
 *
 * It also owns the parking of Java threads on sockets: a wait is recorded in the entry (data) and
 * its host callback's canceller is kept beside it (not data), so a read timeout or a close cancels
 * the host wait and wakes the thread with the exception the JDK would throw.
 */
import type { HostDatagrams } from '../host/datagram.js';
import type { Endpoint, HostNetwork, NetHandle, ReadyKind } from '../host/network.js';
import type { JavaThread } from '../threads/java-thread.js';
import { ThreadState } from '../threads/java-thread.js';
import type { Vm } from './vm.js';

/** How the program got the socket; 'datagram' is a UDP socket (its host handle is a HostDatagrams one). */
export type SocketRole = 'listener' | 'client' | 'accepted' | 'datagram';

/**
 * Life cycle of an entry. A datagram socket is 'bound' once bound, 'connected' while
 * DatagramSocket.connect restricts it to `remote`.
 */
export type SocketState = 'binding' | 'listening' | 'connecting' | 'connected' | 'bound' | 'closed';

/** What a thread waits for ('receive' and 'send': datagrams; 'select': a Selector, on no one entry). */
export type SocketWaitKind = 'bind' | 'connect' | 'lookup' | ReadyKind | 'receive' | 'send' | 'select';

/** A Java thread parked on a socket. */
export interface SocketWait {
  threadId: number;
  kind: SocketWaitKind;
  /** Absolute deadline (ms, host clock) from SO_TIMEOUT or a connect timeout, or 0. */
  deadline: number;
}

/** One socket, as plain data. */
export interface SocketEntry {
  /** The descriptor the Java object holds (positive, never reused within a VM). */
  readonly id: number;
  readonly role: SocketRole;
  state: SocketState;
  /** Local address and port once bound (a listener on every address has address null). */
  local: Endpoint | null;
  /** Peer once connected. */
  remote: Endpoint | null;
  /** Listener queue length asked for. */
  backlog: number;
  inputShutdown: boolean;
  outputShutdown: boolean;
  noDelay: boolean;
  keepAlive: boolean;
  waits: SocketWait[];
  /** The host's handle (0 while binding or connecting, or once closed): not part of a snapshot. */
  hostHandle: NetHandle;
  /**
   * A non-blocking connect (SocketChannel in non-blocking mode) in progress or finished but not
   * yet taken by finishConnect: no thread waits for it, the program polls it (docs/sockets.md
   * "Selectors"). Absent for blocking connects.
   */
  pendingConnect?: { settled: boolean; failure: ResumeThrow | null };
  /** A datagram socket bound with SO_REUSEADDR (MulticastSocket): bound so again on restore. */
  reuseAddress?: boolean;
  /**
   * Multicast state of a datagram socket (MulticastSocket, DatagramChannel.join), which lives in
   * the platform socket: the groups it joined (with the interface address, null: the platform's
   * choice) and the options set (-1 / null: never set). Images carry it and restore applies it again.
   */
  multicast?: { groups: Array<{ group: string; iface: string | null }>; ttl: number; loopback: boolean | null; iface: string | null };
}

/** An entry as {@link listSockets} reports it: the data plus the bytes received but not read. */
export interface SocketSnapshot extends Omit<SocketEntry, 'hostHandle' | 'waits'> {
  waits: SocketWait[];
  unread: Uint8Array;
}

/** A Java exception to resume a thread with. */
export interface ResumeThrow {
  javaClass: string;
  message: string | null;
}

/** The sockets of one VM. */
export class SocketTable {
  readonly entries = new Map<number, SocketEntry>();
  private nextId = 1;
  /** Cancels the host callback of each thread's current wait (by thread id); not data. */
  private readonly cancels = new Map<number, () => void>();
  /** Where each waiting thread waits (by thread id). */
  private readonly waiting = new Map<number, { entry: SocketEntry | null; wait: SocketWait }>();
  /** Results of a name lookup, kept for the thread that asked until it takes them. */
  readonly lookups = new Map<number, string[]>();
  /** What ends a wait whose deadline passed without an exception (a select timeout), by thread id; not data. */
  private readonly timeoutHandlers = new Map<number, () => void>();
  /** Callbacks told when a non-blocking connect of an entry settles (by descriptor); not data. */
  private readonly connectWatchers = new Map<number, Set<() => void>>();
  /**
   * The sender of each thread's last received datagram (by thread id), kept until the thread takes
   * it (DatagramIo.takeSender0): data, so an image between the two calls keeps it.
   */
  readonly datagramSenders = new Map<number, Endpoint>();
  /**
   * Datagrams the program's sockets sent to local ports, by `fromPort>toPort` (not data), counted
   * when the send is issued: a checkpoint waits until those bound for the program's own sockets
   * have arrived there (image/sockets.ts datagramsInFlight).
   */
  readonly datagramsSent = new Map<string, number>();

  /**
   * Sends a datagram from `entry`'s host socket — the one way the natives send, blocking or not —
   * and counts it when it is for a local address. Resolves once the platform took it; a failed
   * send is counted out again (it will not arrive).
   */
  sendDatagram(datagrams: HostDatagrams, entry: SocketEntry, bytes: Uint8Array, address: string, port: number): Promise<void> {
    const sent = datagrams.send(entry.hostHandle, bytes, address, port);
    if (!isLocalAddress(address) && ![...this.entries.values()].some((e) => e.role === 'datagram' && e.local?.address === address)) return sent;
    const k = `${entry.local?.port ?? 0}>${port}`;
    this.datagramsSent.set(k, (this.datagramsSent.get(k) ?? 0) + 1);
    return sent.catch((e: unknown) => {
      this.datagramsSent.set(k, this.datagramsSent.get(k)! - 1);
      throw e;
    });
  }

  constructor(private readonly vm: Vm) {
    vm.scheduler.onIoTimeout = (t) => this.timedOut(t);
    vm.scheduler.onIoInterrupt = (t) => this.wakeSelect(t);
  }

  /** Adds an entry in its first state. */
  open(role: SocketRole, state: SocketState): SocketEntry {
    const e: SocketEntry = {
      id: this.nextId++, role, state, local: null, remote: null, backlog: 0, inputShutdown: false,
      outputShutdown: false, noDelay: false, keepAlive: false, waits: [], hostHandle: 0,
    };
    this.entries.set(e.id, e);
    return e;
  }

  /** The entry behind a descriptor, if still open. */
  get(id: number): SocketEntry | undefined {
    return this.entries.get(id);
  }

  /**
   * Parks `t` on `entry` (null: a name lookup): state WaitingForIo with the deadline, counted in
   * the scheduler's pending I/O so an idle VM waits for the host instead of reporting a deadlock.
   */
  beginWait(t: JavaThread, entry: SocketEntry | null, kind: SocketWaitKind, timeoutMs: number): SocketWait {
    const deadline = timeoutMs > 0 ? this.vm.host.currentTimeMillis() + timeoutMs : 0;
    const wait: SocketWait = { threadId: t.id, kind, deadline };
    entry?.waits.push(wait);
    this.waiting.set(t.id, { entry, wait });
    t.state = ThreadState.WaitingForIo;
    t.deadline = deadline;
    this.vm.scheduler.pendingIo++;
    return wait;
  }

  /** Whether `t` still waits in `wait` (a late host callback of a finished wait does nothing). */
  isWaiting(t: JavaThread, wait: SocketWait): boolean {
    return this.waiting.get(t.id)?.wait === wait;
  }

  /** Remembers how to cancel the host callback `t` waits for. */
  setCancel(t: JavaThread, cancel: () => void): void {
    this.cancels.set(t.id, cancel);
  }

  /**
   * Makes `t`'s wait end by `handler` (which calls {@link endWait}) when its deadline passes,
   * instead of a SocketTimeoutException: a select() whose timeout ran out returns normally.
   */
  setTimeoutHandler(t: JavaThread, handler: () => void): void {
    this.timeoutHandlers.set(t.id, handler);
  }

  /**
   * Ends `t`'s wait in a select() as its timeout would (its timeout handler): Selector.wakeup from
   * another thread, or Thread.interrupt, which wakes a selecting thread (and no other socket wait).
   */
  wakeSelect(t: JavaThread): void {
    if (this.waiting.get(t.id)?.wait.kind !== 'select') return;
    this.timeoutHandlers.get(t.id)?.();
  }

  /** Ends `t`'s wait and makes it runnable (with `thrown` to throw, else its resumeValue). */
  endWait(t: JavaThread, thrown: ResumeThrow | null = null): void {
    const w = this.waiting.get(t.id);
    if (!w) return;
    this.waiting.delete(t.id);
    this.timeoutHandlers.delete(t.id);
    this.cancels.get(t.id)?.();
    this.cancels.delete(t.id);
    if (w.entry) w.entry.waits = w.entry.waits.filter((x) => x !== w.wait);
    this.vm.scheduler.pendingIo--;
    if (thrown) t.resumeThrow = thrown;
    this.vm.scheduler.makeRunnable(t);
  }

  /** A socket wait's deadline passed: the JDK's SocketTimeoutException. */
  private timedOut(t: JavaThread): void {
    const w = this.waiting.get(t.id);
    if (!w) {
      t.deadline = 0;
      return;
    }
    const handler = this.timeoutHandlers.get(t.id);
    if (handler) {
      handler();
      return;
    }
    const message = w.wait.kind === 'accept' ? 'Accept timed out' : w.wait.kind === 'connect' ? 'Connect timed out'
      : w.wait.kind === 'receive' ? 'Receive timed out' : 'Read timed out';
    this.endWait(t, { javaClass: 'java/net/SocketTimeoutException', message });
  }

  /**
   * Calls `watcher` once when the non-blocking connect of `entry` settles (connected, failed or
   * closed); at once (asynchronously is the caller's business) if it already has. Returns a canceller.
   */
  whenConnectSettles(entry: SocketEntry, watcher: () => void): () => void {
    let set = this.connectWatchers.get(entry.id);
    if (!set) {
      set = new Set();
      this.connectWatchers.set(entry.id, set);
    }
    set.add(watcher);
    return () => {
      set!.delete(watcher);
    };
  }

  /** Tells the watchers of `entry`'s non-blocking connect that it settled. */
  connectSettled(entry: SocketEntry): void {
    const set = this.connectWatchers.get(entry.id);
    if (!set) return;
    this.connectWatchers.delete(entry.id);
    for (const w of set) w();
  }

  /**
   * Closes a socket: threads blocked on it wake with SocketException "Socket closed" (as when
   * another thread closes a JDK socket), the host handle is released, the entry leaves the table.
   */
  close(entry: SocketEntry, network: HostNetwork | undefined): void {
    entry.state = 'closed';
    for (const wait of [...entry.waits]) {
      const t = this.vm.scheduler.threads.find((x) => x.id === wait.threadId);
      if (t) this.endWait(t, { javaClass: 'java/net/SocketException', message: 'Socket closed' });
    }
    if (entry.hostHandle !== 0) {
      if (entry.role === 'datagram') this.vm.host.datagrams?.close(entry.hostHandle);
      else if (network) {
        if (entry.role !== 'listener' && entry.state === 'closed') this.rememberClosed(network, entry.hostHandle);
        network.close(entry.hostHandle);
      }
    }
    entry.hostHandle = 0;
    this.entries.delete(entry.id);
    this.connectSettled(entry);
  }

  /** Closes every socket (the VM ended). */
  closeAll(): void {
    for (const e of [...this.entries.values()]) this.close(e, this.vm.host.network);
  }

  // ---- Checkpoint and restore (docs/sockets.md "Sockets in images") ----

  /**
   * What remains of the SO_TIMEOUT of threads that were blocked on a socket at a checkpoint, by
   * thread id: the restored thread re-issues its accept or read, which then waits only that long.
   */
  readonly resumedWaits = new Map<number, { socket: number; kind: SocketWaitKind; remainingMs: number }>();

  /**
   * Platform endpoints of the last connections the program closed (not data): a checkpoint waits
   * for the end of stream they sent to reach their peers in the same program (docs/sockets.md).
   */
  readonly closedConnections: Array<{ local: Endpoint; remote: Endpoint }> = [];

  private rememberClosed(network: HostNetwork, h: NetHandle): void {
    try {
      if (network.connectionStatus(h).closed) return; // restored without a peer: it sends nothing
      this.closedConnections.push({ local: network.localEndpoint(h), remote: network.remoteEndpoint(h) });
    } catch {
      return; // already gone on the platform's side
    }
    if (this.closedConnections.length > 256) this.closedConnections.shift();
  }

  /**
   * The endpoints the program saw of connections a restore put back in a listener's queue, by
   * host handle (their platform connection is a new one): accept reports these.
   */
  readonly queuedEndpoints = new Map<NetHandle, { local: Endpoint; remote: Endpoint }>();

  /** The descriptor the next socket gets (an image keeps it: descriptors are never reused). */
  get nextDescriptor(): number {
    return this.nextId;
  }

  /** New descriptors continue after `next` and every descriptor an image used (restore). */
  continueDescriptors(next: number): void {
    this.nextId = Math.max(this.nextId, next);
  }

  /** Puts back an entry of an image under its descriptor (restore). */
  restoreEntry(e: SocketEntry): void {
    this.entries.set(e.id, e);
    this.nextId = Math.max(this.nextId, e.id + 1);
  }

  /**
   * The timeout `t`'s blocking call on `entry` waits: what was left of it at the checkpoint for
   * the first call a restored thread re-issues, else `timeoutMs`.
   */
  timeoutFor(t: JavaThread, entry: SocketEntry, kind: SocketWaitKind, timeoutMs: number): number {
    const resumed = this.resumedWaits.get(t.id);
    if (resumed === undefined) return timeoutMs;
    this.resumedWaits.delete(t.id);
    if (resumed.socket !== entry.id || resumed.kind !== kind || timeoutMs === 0 || resumed.remainingMs < 0) return timeoutMs;
    return Math.max(1, Math.min(timeoutMs, resumed.remainingMs));
  }
}

const tables = new WeakMap<Vm, SocketTable>();

/**
 * Whether a datagram to `address` (an IP literal) stays on this machine: loopback or wildcard (or
 * the address a socket of the program is bound to, which the caller checks).
 */
function isLocalAddress(address: string): boolean {
  const a = address.startsWith('::ffff:') ? address.substring(7) : address;
  return a.startsWith('127.') || a === '::1' || a === '0.0.0.0' || a === '::' || a === 'localhost';
}

/** The socket table of `vm` (created on first use). */
export function socketTable(vm: Vm): SocketTable {
  let t = tables.get(vm);
  if (!t) {
    t = new SocketTable(vm);
    tables.set(vm, t);
  }
  return t;
}

/** Closes every socket `vm` still holds, if it ever opened one. */
export function closeAllSockets(vm: Vm): void {
  tables.get(vm)?.closeAll();
}

/** Every open socket of `vm` with its unread bytes, in descriptor order (plain data). */
export function listSockets(vm: Vm): SocketSnapshot[] {
  const table = tables.get(vm);
  if (!table) return [];
  const network = vm.host.network;
  const out: SocketSnapshot[] = [];
  for (const e of [...table.entries.values()].sort((a, b) => a.id - b.id)) {
    const { hostHandle, waits, ...data } = e;
    // Datagram sockets: queued datagrams are not part of the snapshot (UDP may drop them anyway).
    const unread = e.role !== 'listener' && e.role !== 'datagram' && hostHandle !== 0 && network
      ? network.unread(hostHandle) : new Uint8Array(0);
    out.push({
      ...data,
      local: data.local && { ...data.local },
      remote: data.remote && { ...data.remote },
      waits: waits.map((w) => ({ ...w })),
      unread,
    });
  }
  return out;
}
