/**
 * @fileoverview Natives of sun.nio.ch.NioIo: non-blocking operations on socket-table descriptors
 * and the selector's poll (docs/sockets.md "Selectors"). Non-blocking calls try the host once and
 * answer at once. poll0 asks the host whether each registered descriptor is ready
 * ({@link HostNetwork.ready}, {@link HostDatagrams.ready}, the table's non-blocking connects);
 * when none is, it parks the calling thread (WaitingForIo) and arms one host wait per descriptor
 * and interest ({@link HostNetwork.whenReady}...): the first that fires re-polls everything, so
 * nothing is ever polled in a loop. The timeout, wakeup0 from another thread and an interrupt end
 * the wait too. Waiting consumes nothing, so a checkpoint simply re-issues the call.
 */
import type { Ref } from '../../../../heap/index.js';
import type { HostDatagrams } from '../../../../host/datagram.js';
import { NetError, type Endpoint, type HostNetwork } from '../../../../host/network.js';
import { BLOCK } from '../../../../interp/invoke-native.js';
import { JavaThrow } from '../../../../runtime/errors.js';
import { socketTable, type SocketEntry } from '../../../../runtime/socket-table.js';
import type { Vm } from '../../../../runtime/vm.js';
import type { JavaThread } from '../../../../threads/java-thread.js';
import { newStringArray } from '../../../env.js';
import type { NativeTable } from '../../../registry.js';
import { javaErrorOf, takeConnection } from '../../../java/net/NetIo.js';

/** Offset of element 0 in an array object. */
const ARRAY_DATA = 16;

/** SelectionKey's operation bits. */
export const OP_READ = 1;
export const OP_WRITE = 4;
export const OP_CONNECT = 8;
export const OP_ACCEPT = 16;

/** Per VM: the thread parked in poll0 for each selector id. */
interface NioState {
  selecting: Map<number, JavaThread>;
}
const states = new WeakMap<Vm, NioState>();

function stateOf(vm: Vm): NioState {
  let s = states.get(vm);
  if (!s) {
    s = { selecting: new Map() };
    states.set(vm, s);
  }
  return s;
}

function networkOf(vm: Vm): HostNetwork {
  const n = vm.host.network;
  if (!n) throw new JavaThrow('java/net/SocketException', 'Protocol family unavailable');
  return n;
}

function datagramsOf(vm: Vm): HostDatagrams {
  const d = vm.host.datagrams;
  if (!d) throw new JavaThrow('java/net/SocketException', 'Protocol family unavailable');
  return d;
}

/** Throws the Java exception for a failed host operation. */
function rethrow(e: unknown): never {
  if (!(e instanceof NetError)) throw e;
  const j = javaErrorOf(e);
  throw new JavaThrow(j.javaClass, j.message ?? undefined);
}

/** The open entry behind `fd` with a host handle (Java checked the channel is open; a race lands here). */
function entryOf(vm: Vm, fd: number): SocketEntry {
  const e = socketTable(vm).get(fd);
  if (!e || e.hostHandle === 0) throw new JavaThrow('java/net/SocketException', 'Socket closed');
  return e;
}

const ints = (vm: Vm, arr: Ref, i: number): number => vm.heap.i32[(arr + ARRAY_DATA) / 4 + i]!;

/**
 * The ops of `ops` that may make progress on descriptor `fd` now. A descriptor that is gone
 * (closed under the selector) is ready for everything: the channel operation then reports it.
 */
export function readyOps(vm: Vm, fd: number, ops: number): number {
  const e = socketTable(vm).get(fd);
  if (!e) return ops;
  if (e.pendingConnect) {
    if (e.state === 'connecting' && !e.pendingConnect.settled) return 0;
    return ops & OP_CONNECT;
  }
  if (e.hostHandle === 0) return 0;
  let ready = 0;
  if (e.role === 'datagram') {
    const d = vm.host.datagrams;
    if (!d) return 0;
    if (ops & OP_READ && d.ready(e.hostHandle)) ready |= OP_READ;
    if (ops & OP_WRITE) ready |= OP_WRITE;
    return ready;
  }
  const n = vm.host.network;
  if (!n) return 0;
  if (e.role === 'listener') return ops & OP_ACCEPT && n.ready(e.hostHandle, 'accept') ? OP_ACCEPT : 0;
  // The program still sees a connect pending, but the entry is connected: a restored image keeps
  // only the connection (a checkpoint lets non-blocking connects settle), so finishConnect is due.
  if (ops & OP_CONNECT) ready |= OP_CONNECT;
  if (ops & OP_READ && n.ready(e.hostHandle, 'read')) ready |= OP_READ;
  if (ops & OP_WRITE && n.ready(e.hostHandle, 'write')) ready |= OP_WRITE;
  return ready;
}

/**
 * Arms one host wait for every (descriptor, op) of the poll that is not ready; `changed` is
 * called by the first to fire. Returns a canceller of all of them.
 */
function armWaits(vm: Vm, fds: number[], ops: number[], changed: () => void): () => void {
  const table = socketTable(vm);
  const cancels: Array<() => void> = [];
  let fired = false;
  const once = (): void => {
    if (fired) return;
    fired = true;
    changed();
  };
  const guard = (arm: () => () => void): void => {
    try {
      cancels.push(arm());
    } catch (e) {
      if (!(e instanceof NetError)) throw e;
      queueMicrotask(once); // the handle went away: polling again reports it
    }
  };
  for (let i = 0; i < fds.length; i++) {
    const e = table.get(fds[i]!);
    const want = ops[i]!;
    if (!e) continue;
    if (e.pendingConnect) {
      if (want & OP_CONNECT) cancels.push(table.whenConnectSettles(e, once));
      continue;
    }
    if (e.hostHandle === 0) continue;
    if (e.role === 'datagram') {
      const d = vm.host.datagrams;
      if (d && want & OP_READ) guard(() => d.whenReady(e.hostHandle, once));
      continue;
    }
    const n = vm.host.network;
    if (!n) continue;
    if (e.role === 'listener') {
      if (want & OP_ACCEPT) guard(() => n.whenReady(e.hostHandle, 'accept', once));
      continue;
    }
    if (want & OP_READ) guard(() => n.whenReady(e.hostHandle, 'read', once));
    if (want & OP_WRITE) guard(() => n.whenReady(e.hostHandle, 'write', once));
  }
  return () => {
    for (const c of cancels) c();
  };
}

/**
 * poll0(int[] fds, int[] ops, int[] ready, int n, int[] wakeup, int selector, int timeout): see
 * sun.nio.ch.NioIo. The arrays are re-read from the operand stack after a wait (the GC may move them).
 */
function poll0(vm: Vm, t: JavaThread, fdsRef: Ref, opsRef: Ref, readyRef: Ref, n: number, wakeupRef: Ref, selector: number, timeout: number): number | symbol {
  const fds: number[] = [];
  const ops: number[] = [];
  for (let i = 0; i < n; i++) {
    fds.push(ints(vm, fdsRef, i));
    ops.push(ints(vm, opsRef, i));
  }
  /** Polls every descriptor into `ready` (the array at `readyAt`); how many are ready. */
  const pollInto = (readyAt: Ref): number => {
    let count = 0;
    const base = (readyAt + ARRAY_DATA) / 4;
    for (let i = 0; i < n; i++) {
      const r = readyOps(vm, fds[i]!, ops[i]!);
      vm.heap.i32[base + i] = r;
      if (r !== 0) count++;
    }
    return count;
  };
  const now = pollInto(readyRef);
  if (now > 0 || timeout === 0 || ints(vm, wakeupRef, 0) !== 0 || t.interrupted) return now;

  const table = socketTable(vm);
  const state = stateOf(vm);
  const wait = table.beginWait(t, null, 'select', timeout > 0 ? timeout : 0);
  // The arguments (fds, ops, ready, n, wakeup, selector, timeout) stay on the operand stack until
  // the call completes; `ready` is found there again at each wake-up, not at an index taken now:
  // the GC may move the array, and the frame itself moves when compiled callers below it unwind
  // (an adapter run, docs/deopt.md "Calls into the interpreter").
  const readyArray = (): Ref => t.stack[t.top.sp - 7 + 2]!;
  const finish = (): void => {
    if (!table.isWaiting(t, wait)) return;
    t.resumeValue = pollInto(readyArray());
    table.endWait(t);
  };
  let cancelWaits = (): void => {};
  const changed = (): void => {
    if (!table.isWaiting(t, wait)) return;
    if (pollInto(readyArray()) > 0) return finish();
    cancelWaits = armWaits(vm, fds, ops, changed); // a wake-up that changed nothing: wait again
  };
  cancelWaits = armWaits(vm, fds, ops, changed);
  if (selector !== 0) state.selecting.set(selector, t);
  table.setCancel(t, () => {
    cancelWaits();
    if (selector !== 0 && state.selecting.get(selector) === t) state.selecting.delete(selector);
  });
  // The timeout, an interrupt: the select returns what is ready then (usually nothing).
  table.setTimeoutHandler(t, finish);
  return BLOCK;
}

/** connectStart0(String address, int port): a 'client' entry whose connect proceeds without a waiting thread. */
function connectStart0(vm: Vm, _t: JavaThread, address: Ref, port: number): number {
  const network = networkOf(vm);
  const table = socketTable(vm);
  const entry = table.open('client', 'connecting');
  const pending = { settled: false, failure: null as ReturnType<typeof javaErrorOf> | null };
  entry.pendingConnect = pending;
  network.connect(vm.jsString(address)!, port, 0).then(
    (h) => {
      if (table.get(entry.id) !== entry) {
        network.close(h); // the channel was closed meanwhile
        return;
      }
      entry.hostHandle = h;
      entry.state = 'connected';
      entry.local = network.localEndpoint(h);
      entry.remote = network.remoteEndpoint(h);
      pending.settled = true;
      table.connectSettled(entry);
    },
    (e: unknown) => {
      if (table.get(entry.id) !== entry) return;
      pending.settled = true;
      pending.failure = javaErrorOf(e);
      table.connectSettled(entry);
    },
  );
  return entry.id;
}

/** finishConnect0(int fd): 1 connected, 0 in progress; throws the failure (and drops the entry). */
function finishConnect0(vm: Vm, _t: JavaThread, fd: number): number {
  const table = socketTable(vm);
  const e = table.get(fd);
  if (!e) throw new JavaThrow('java/nio/channels/ClosedChannelException');
  const pending = e.pendingConnect;
  if (!pending) return 1;
  if (!pending.settled) return 0;
  if (pending.failure) {
    table.close(e, vm.host.network);
    throw new JavaThrow(pending.failure.javaClass, pending.failure.message ?? undefined);
  }
  delete e.pendingConnect;
  return 1;
}

export const natives: NativeTable = {
  className: 'sun/nio/ch/NioIo',
  methods: {
    'acceptNow0(I)I': (vm: Vm, _t: JavaThread, fd: number) => {
      try {
        return takeConnection(vm, networkOf(vm), entryOf(vm, fd));
      } catch (e) {
        rethrow(e);
      }
    },
    'connectStart0(Ljava/lang/String;I)I': connectStart0,
    'finishConnect0(I)I': finishConnect0,
    'readNow0(I[BII)I': (vm: Vm, _t: JavaThread, fd: number, b: Ref, off: number, len: number) => {
      let got: Uint8Array | null;
      try {
        got = networkOf(vm).read(entryOf(vm, fd).hostHandle, len);
      } catch (e) {
        rethrow(e);
      }
      if (got === null) return 0;
      if (got.length === 0) return -1;
      vm.heap.u8.set(got, b + ARRAY_DATA + off);
      return got.length;
    },
    'writeNow0(I[BII)I': (vm: Vm, _t: JavaThread, fd: number, b: Ref, off: number, len: number) => {
      const network = networkOf(vm);
      const entry = entryOf(vm, fd);
      try {
        // Like a full socket send buffer: nothing is taken while earlier bytes wait in the platform's queue.
        if (!network.ready(entry.hostHandle, 'write')) return 0;
        network.write(entry.hostHandle, vm.heap.u8.subarray(b + ARRAY_DATA + off, b + ARRAY_DATA + off + len));
      } catch (e) {
        rethrow(e);
      }
      return len;
    },
    'close0(I)V': (vm: Vm, _t: JavaThread, fd: number) => {
      const table = socketTable(vm);
      const entry = table.get(fd);
      if (entry) table.close(entry, vm.host.network);
    },
    'poll0([I[I[II[III)I': poll0,
    'wakeup0(I)V': (vm: Vm, _t: JavaThread, selector: number) => {
      const t = stateOf(vm).selecting.get(selector);
      if (t) socketTable(vm).wakeSelect(t);
    },
    'sendNow0(I[BIILjava/lang/String;I)I': (vm: Vm, _t: JavaThread, fd: number, b: Ref, off: number, len: number, address: Ref, port: number) => {
      const datagrams = datagramsOf(vm);
      const entry = entryOf(vm, fd);
      const bytes = vm.heap.u8.slice(b + ARRAY_DATA + off, b + ARRAY_DATA + off + len);
      try {
        // Not waited for: a failure (an unreachable port...) is lost, as UDP loses it.
        socketTable(vm).sendDatagram(datagrams, entry, bytes, vm.jsString(address)!, port).catch(() => {});
      } catch (e) {
        rethrow(e);
      }
      return len;
    },
    'receiveNow0(I[BII)I': (vm: Vm, t: JavaThread, fd: number, b: Ref, off: number, len: number) => {
      const d = datagramsOf(vm).receive(entryOf(vm, fd).hostHandle);
      if (d === null) return -1;
      const n = Math.min(len, d.bytes.length);
      vm.heap.u8.set(d.bytes.subarray(0, n), b + ARRAY_DATA + off);
      // Kept in the socket table (as DatagramIo's): an image taken before takeSender0 keeps it.
      socketTable(vm).datagramSenders.set(t.id, d.from);
      return n;
    },
    'takeSender0()[Ljava/lang/String;': (vm: Vm, t: JavaThread) => {
      const senders = socketTable(vm).datagramSenders;
      const from = senders.get(t.id);
      if (from === undefined) return 0;
      const arr = newStringArray(vm, [from.address, String(from.port)]);
      senders.delete(t.id);
      return arr;
    },
  },
};
