/**
 * @fileoverview Natives of java.net.NetIo, the descriptor-level TCP calls under Socket and
 * ServerSocket (docs/sockets.md). Each operation is tried at once; when it cannot complete, the
 * calling Java thread parks (WaitingForIo) until the host says the socket is ready, its SO_TIMEOUT
 * deadline passes (SocketTimeoutException) or another thread closes the socket (SocketException
 * "Socket closed"). Other Java threads run meanwhile. Argument and state checks are in Java.
 */
import type { Ref } from '../../../heap/index.js';
import { NetError, type HostNetwork, type ReadyKind } from '../../../host/network.js';
import { BLOCK } from '../../../interp/invoke-native.js';
import { JavaThrow } from '../../../runtime/errors.js';
import { socketTable, type ResumeThrow, type SocketEntry } from '../../../runtime/socket-table.js';
import type { Vm } from '../../../runtime/vm.js';
import type { JavaThread } from '../../../threads/java-thread.js';
import { newStringArray } from '../../env.js';
import type { NativeTable } from '../../registry.js';

/** Offset of element 0 in an array object. */
const ARRAY_DATA = 16;

/** The host's network, or the SocketException a JDK without one would give. */
function networkOf(vm: Vm): HostNetwork {
  const n = vm.host.network;
  if (!n) throw new JavaThrow('java/net/SocketException', 'Protocol family unavailable');
  return n;
}

/** The JDK's exception for a failed host operation (Linux messages, as HotSpot prints them). */
export function javaErrorOf(e: unknown): ResumeThrow {
  const code = e instanceof NetError ? e.code : 'EIO';
  switch (code) {
    case 'ECONNREFUSED': return { javaClass: 'java/net/ConnectException', message: 'Connection refused' };
    case 'ETIMEDOUT': return { javaClass: 'java/net/SocketTimeoutException', message: 'Connect timed out' };
    case 'EHOSTUNREACH': return { javaClass: 'java/net/NoRouteToHostException', message: 'No route to host' };
    case 'ENETUNREACH': return { javaClass: 'java/net/SocketException', message: 'Network is unreachable' };
    case 'EADDRINUSE': return { javaClass: 'java/net/BindException', message: 'Address already in use' };
    case 'EADDRNOTAVAIL': return { javaClass: 'java/net/BindException', message: 'Cannot assign requested address' };
    case 'EACCES': return { javaClass: 'java/net/BindException', message: 'Permission denied' };
    case 'ECONNRESET': return { javaClass: 'java/net/SocketException', message: 'Connection reset' };
    case 'EPIPE': return { javaClass: 'java/net/SocketException', message: 'Broken pipe' };
    case 'EBADF': return { javaClass: 'java/net/SocketException', message: 'Socket closed' };
    default: return { javaClass: 'java/net/SocketException', message: e instanceof Error ? e.message : String(e) };
  }
}

/** Throws the Java exception for a failed host operation, synchronously. */
function rethrow(e: unknown): never {
  if (!(e instanceof NetError)) throw e;
  const j = javaErrorOf(e);
  throw new JavaThrow(j.javaClass, j.message ?? undefined);
}

/** The open entry behind descriptor `fd` (Java checked it is open; a race with close lands here). */
function entryOf(vm: Vm, fd: number): SocketEntry {
  const e = socketTable(vm).get(fd);
  if (!e || e.hostHandle === 0) throw new JavaThrow('java/net/SocketException', 'Socket closed');
  return e;
}

/**
 * Parks `t` on `entry` until `attempt` completes (it returns true after setting the result) or
 * throws a NetError; re-arms the host wait after a wake-up that made no progress.
 */
function waitReady(vm: Vm, t: JavaThread, entry: SocketEntry, kind: ReadyKind, timeoutMs: number, attempt: () => boolean): symbol {
  const table = socketTable(vm);
  const network = networkOf(vm);
  const wait = table.beginWait(t, entry, kind, timeoutMs);
  const arm = (): void => {
    table.setCancel(t, network.whenReady(entry.hostHandle, kind, () => {
      if (!table.isWaiting(t, wait)) return;
      if (entry.state === 'closed') return table.endWait(t, { javaClass: 'java/net/SocketException', message: 'Socket closed' });
      let done: boolean;
      try {
        done = attempt();
      } catch (e) {
        if (!(e instanceof NetError)) throw e;
        return table.endWait(t, javaErrorOf(e));
      }
      if (done) table.endWait(t);
      else arm();
    }));
  };
  arm();
  return BLOCK;
}

/**
 * Parks `t` on `entry` until a host promise settles: `done` sets the result from its value; a
 * failure is thrown in Java and the entry is dropped.
 */
function waitPromise<T>(vm: Vm, t: JavaThread, entry: SocketEntry, kind: 'bind' | 'connect', p: Promise<T>, done: (v: T) => void): symbol {
  const table = socketTable(vm);
  const wait = table.beginWait(t, entry, kind, 0);
  p.then(
    (v) => {
      if (!table.isWaiting(t, wait)) return;
      done(v);
      table.endWait(t);
    },
    (e: unknown) => {
      if (table.isWaiting(t, wait)) table.endWait(t, javaErrorOf(e));
      table.close(entry, vm.host.network);
    },
  );
  return BLOCK;
}

/** Copies `bytes` into byte[] `b` at `off`. */
function copyOut(vm: Vm, b: Ref, off: number, bytes: Uint8Array): void {
  vm.heap.u8.set(bytes, b + ARRAY_DATA + off);
}

/** listen0(String address or null, int port, int backlog): a listening descriptor. */
function listen0(vm: Vm, t: JavaThread, address: Ref, port: number, backlog: number): symbol {
  const network = networkOf(vm);
  const table = socketTable(vm);
  const host = vm.jsString(address);
  const entry = table.open('listener', 'binding');
  entry.backlog = backlog;
  const listening = network.listen(host, port, backlog).then((h) => {
    if (entry.state === 'closed') {
      network.close(h);
      throw new NetError('EBADF');
    }
    entry.hostHandle = h;
    entry.state = 'listening';
    entry.local = { address: host ?? '0.0.0.0', port: network.localEndpoint(h).port };
    return h;
  });
  return waitPromise(vm, t, entry, 'bind', listening, () => {
    t.resumeValue = entry.id;
  });
}

/**
 * Takes the oldest pending connection of `listener` into the table (role 'accepted'): its
 * descriptor, or 0 when none is pending. Also sun.nio.ch.NioIo's non-blocking accept.
 */
export function takeConnection(vm: Vm, network: HostNetwork, listener: SocketEntry): number {
  const table = socketTable(vm);
  const h = network.accept(listener.hostHandle);
  if (h === null) return 0;
  const e = table.open('accepted', 'connected');
  e.hostHandle = h;
  const seen = table.queuedEndpoints.get(h);
  table.queuedEndpoints.delete(h);
  e.local = seen?.local ?? network.localEndpoint(h);
  e.remote = seen?.remote ?? network.remoteEndpoint(h);
  return e.id;
}

/** accept0(int fd, int timeout): the descriptor of a new connection. */
function accept0(vm: Vm, t: JavaThread, fd: number, timeout: number): number | symbol {
  const network = networkOf(vm);
  const table = socketTable(vm);
  const listener = entryOf(vm, fd);
  // Taken at once: a restored thread's first call uses what was left of its timeout, if it waits.
  const waitMs = table.timeoutFor(t, listener, 'accept', timeout);
  const take = (): number => takeConnection(vm, network, listener);
  try {
    const now = take();
    if (now !== 0) return now;
  } catch (e) {
    rethrow(e);
  }
  return waitReady(vm, t, listener, 'accept', waitMs, () => {
    const id = take();
    if (id === 0) return false;
    t.resumeValue = id;
    return true;
  });
}

/** connect0(String address, int port, int timeout): the descriptor of a connected socket. */
function connect0(vm: Vm, t: JavaThread, address: Ref, port: number, timeout: number): symbol {
  const network = networkOf(vm);
  const table = socketTable(vm);
  const entry = table.open('client', 'connecting');
  const connected = network.connect(vm.jsString(address)!, port, timeout).then((h) => {
    entry.hostHandle = h;
    entry.state = 'connected';
    entry.local = network.localEndpoint(h);
    entry.remote = network.remoteEndpoint(h);
    return h;
  });
  // The host enforces the connect timeout (it must abort the attempt), so the wait has no deadline.
  return waitPromise(vm, t, entry, 'connect', connected, () => {
    t.resumeValue = entry.id;
  });
}

/** read0(int fd, byte[] b, int off, int len, int timeout): bytes read, or -1 at end of stream. */
function read0(vm: Vm, t: JavaThread, fd: number, b: Ref, off: number, len: number, timeout: number): number | symbol {
  const network = networkOf(vm);
  const entry = entryOf(vm, fd);
  const waitMs = socketTable(vm).timeoutFor(t, entry, 'read', timeout);
  let now: Uint8Array | null;
  try {
    now = network.read(entry.hostHandle, len);
  } catch (e) {
    rethrow(e);
  }
  if (now !== null) {
    if (now.length === 0) return -1;
    copyOut(vm, b, off, now);
    return now.length;
  }
  return waitReady(vm, t, entry, 'read', waitMs, () => {
    const bytes = network.read(entry.hostHandle, len);
    if (bytes === null) return false;
    if (bytes.length === 0) {
      t.resumeValue = -1;
      return true;
    }
    // The array may have moved while the thread waited: re-read it from the operand stack, where
    // the arguments (fd, b, off, len, timeout) stay until the call completes.
    const base = t.top.sp - 5;
    copyOut(vm, t.stack[base + 1]!, t.stack[base + 2]!, bytes);
    t.resumeValue = bytes.length;
    return true;
  });
}

/** write0(int fd, byte[] b, int off, int len): sends the bytes; parks while the host's queue drains. */
function write0(vm: Vm, t: JavaThread, fd: number, b: Ref, off: number, len: number): symbol | void {
  const network = networkOf(vm);
  const entry = entryOf(vm, fd);
  let flushed: boolean;
  try {
    flushed = network.write(entry.hostHandle, vm.heap.u8.subarray(b + ARRAY_DATA + off, b + ARRAY_DATA + off + len));
  } catch (e) {
    rethrow(e);
  }
  // Like a blocking send(2): return once the bytes are with the platform, so an exit right after
  // the write loses nothing and a slow reader slows the writer down.
  if (flushed) return;
  return waitReady(vm, t, entry, 'write', 0, () => true);
}

/** lookup0(String name, boolean reverse): number of results, kept for takeLookup0. */
function lookup0(vm: Vm, t: JavaThread, name: Ref, reverse: number): symbol {
  const network = networkOf(vm);
  const table = socketTable(vm);
  const host = vm.jsString(name)!;
  const found: Promise<string[]> = reverse
    ? network.reverseLookup(host).then((n) => (n === null ? [] : [n]))
    : network.lookup(host).catch((e: unknown) => {
      const code = e instanceof NetError ? e.code : '';
      const why = code === 'EAI_AGAIN' ? 'Temporary failure in name resolution'
        : code === 'ENODATA' || code === 'EAI_NODATA' ? 'No address associated with hostname'
          : 'Name or service not known';
      throw new NetError('UNKNOWN_HOST', `${host}: ${why}`);
    });
  const wait = table.beginWait(t, null, 'lookup', 0);
  found.then(
    (list) => {
      if (!table.isWaiting(t, wait)) return;
      table.lookups.set(t.id, list);
      t.resumeValue = list.length;
      table.endWait(t);
    },
    (e: unknown) => {
      if (table.isWaiting(t, wait)) table.endWait(t, { javaClass: 'java/net/UnknownHostException', message: (e as Error).message });
    },
  );
  return BLOCK;
}

export const natives: NativeTable = {
  className: 'java/net/NetIo',
  methods: {
    'listen0(Ljava/lang/String;II)I': listen0,
    'accept0(II)I': accept0,
    'connect0(Ljava/lang/String;II)I': connect0,
    'read0(I[BIII)I': read0,
    'write0(I[BII)V': write0,
    'available0(I)I': (vm: Vm, _t: JavaThread, fd: number) => {
      try {
        return networkOf(vm).available(entryOf(vm, fd).hostHandle);
      } catch (e) {
        rethrow(e);
      }
    },
    'shutdown0(II)V': (vm: Vm, _t: JavaThread, fd: number, how: number) => {
      const entry = entryOf(vm, fd);
      const network = networkOf(vm);
      try {
        if (how === 0) {
          entry.inputShutdown = true;
          network.shutdownInput(entry.hostHandle);
        } else {
          entry.outputShutdown = true;
          network.shutdownOutput(entry.hostHandle);
        }
      } catch (e) {
        rethrow(e);
      }
    },
    'close0(I)V': (vm: Vm, _t: JavaThread, fd: number) => {
      const table = socketTable(vm);
      const entry = table.get(fd);
      if (entry) table.close(entry, vm.host.network);
    },
    'localPort0(I)I': (vm: Vm, _t: JavaThread, fd: number) => entryOf(vm, fd).local?.port ?? -1,
    'remotePort0(I)I': (vm: Vm, _t: JavaThread, fd: number) => entryOf(vm, fd).remote?.port ?? 0,
    'localAddress0(I)Ljava/lang/String;': (vm: Vm, _t: JavaThread, fd: number) => vm.newString(entryOf(vm, fd).local?.address ?? '0.0.0.0'),
    'remoteAddress0(I)Ljava/lang/String;': (vm: Vm, _t: JavaThread, fd: number) => {
      const r = entryOf(vm, fd).remote;
      return r ? vm.newString(r.address) : 0;
    },
    'setOption0(IIZ)V': (vm: Vm, _t: JavaThread, fd: number, option: number, on: number) => {
      const entry = entryOf(vm, fd);
      const network = networkOf(vm);
      if (entry.role === 'listener') return;
      try {
        if (option === 1) {
          entry.noDelay = on !== 0;
          network.setNoDelay(entry.hostHandle, on !== 0);
        } else if (option === 2) {
          entry.keepAlive = on !== 0;
          network.setKeepAlive(entry.hostHandle, on !== 0);
        }
      } catch (e) {
        rethrow(e);
      }
    },
    'lookup0(Ljava/lang/String;Z)I': lookup0,
    'takeLookup0()[Ljava/lang/String;': (vm: Vm, t: JavaThread) => {
      const table = socketTable(vm);
      const found = table.lookups.get(t.id);
      if (found === undefined) return 0;
      const arr = newStringArray(vm, found);
      table.lookups.delete(t.id);
      return arr;
    },
    'hostName0()Ljava/lang/String;': (vm: Vm) => vm.newString(networkOf(vm).localHostName()),
  },
};
