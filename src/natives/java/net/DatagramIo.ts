/**
 * @fileoverview Natives of java.net.DatagramIo, the descriptor-level UDP calls under
 * DatagramSocket (docs/sockets.md). A datagram socket is an entry of the VM's socket table (role
 * 'datagram', plain data like TCP sockets) over a HostDatagrams handle. receive0 parks the calling
 * thread until a datagram is queued, SO_TIMEOUT passes (SocketTimeoutException "Receive timed
 * out") or another thread closes the socket; send0 parks until the platform took the datagram.
 */
import type { Ref } from '../../../heap/index.js';
import type { HostDatagrams } from '../../../host/datagram.js';
import { NetError, type Endpoint } from '../../../host/network.js';
import { BLOCK } from '../../../interp/invoke-native.js';
import { JavaThrow } from '../../../runtime/errors.js';
import { socketTable, type SocketEntry } from '../../../runtime/socket-table.js';
import type { Vm } from '../../../runtime/vm.js';
import type { JavaThread } from '../../../threads/java-thread.js';
import { newStringArray } from '../../env.js';
import type { NativeTable } from '../../registry.js';
import { javaErrorOf } from './NetIo.js';

const ARRAY_DATA = 16;

/** The sender of each thread's last datagram (by thread id), until takeSender0: socket-table data. */
function sendersOf(vm: Vm): Map<number, Endpoint> {
  return socketTable(vm).datagramSenders;
}

function datagramsOf(vm: Vm): HostDatagrams {
  const d = vm.host.datagrams;
  if (!d) throw new JavaThrow('java/net/SocketException', 'Protocol family unavailable');
  return d;
}

function entryOf(vm: Vm, fd: number): SocketEntry {
  const e = socketTable(vm).get(fd);
  if (!e || e.hostHandle === 0 || e.role !== 'datagram') throw new JavaThrow('java/net/SocketException', 'Socket closed');
  return e;
}

/** bind0(String address or null, int port): the descriptor of a bound UDP socket. */
function bind0(vm: Vm, t: JavaThread, address: Ref, port: number): symbol {
  return bindWith(vm, t, address, port, false);
}

function bindWith(vm: Vm, t: JavaThread, address: Ref, port: number, reuse: boolean): symbol {
  const datagrams = datagramsOf(vm);
  const table = socketTable(vm);
  const host = vm.jsString(address);
  const entry = table.open('datagram', 'binding');
  if (reuse) entry.reuseAddress = true;
  const wait = table.beginWait(t, entry, 'bind', 0);
  datagrams.bind(host, port, reuse ? { reuseAddress: true } : undefined).then(
    (h) => {
      if (!table.isWaiting(t, wait)) {
        datagrams.close(h);
        return;
      }
      entry.hostHandle = h;
      entry.state = 'bound';
      entry.local = datagrams.localEndpoint(h);
      t.resumeValue = entry.id;
      table.endWait(t);
    },
    (e: unknown) => {
      if (table.isWaiting(t, wait)) table.endWait(t, javaErrorOf(e));
      table.close(entry, vm.host.network);
    },
  );
  return BLOCK;
}

/** send0(int fd, byte[] b, int off, int len, String address, int port): parks until sent. */
function send0(vm: Vm, t: JavaThread, fd: number, b: Ref, off: number, len: number, address: Ref, port: number): symbol {
  const datagrams = datagramsOf(vm);
  const table = socketTable(vm);
  const entry = entryOf(vm, fd);
  const bytes = vm.heap.u8.slice(b + ARRAY_DATA + off, b + ARRAY_DATA + off + len);
  let sent: Promise<void>;
  try {
    sent = table.sendDatagram(datagrams, entry, bytes, vm.jsString(address)!, port);
  } catch (e) {
    if (!(e instanceof NetError)) throw e;
    const j = javaErrorOf(e);
    throw new JavaThrow(j.javaClass, j.message ?? undefined);
  }
  const wait = table.beginWait(t, entry, 'send', 0);
  sent.then(
    () => {
      if (table.isWaiting(t, wait)) table.endWait(t);
    },
    (e: unknown) => {
      if (table.isWaiting(t, wait)) table.endWait(t, javaErrorOf(e));
    },
  );
  return BLOCK;
}

/**
 * receive0(int fd, byte[] b, int off, int len, int timeout): bytes copied (the datagram cut to
 * len); its sender is kept for takeSender0.
 */
function receive0(vm: Vm, t: JavaThread, fd: number, b: Ref, off: number, len: number, timeout: number): number | symbol {
  const datagrams = datagramsOf(vm);
  const table = socketTable(vm);
  const entry = entryOf(vm, fd);
  // A thread restored while it was receiving waits only what was left of its SO_TIMEOUT.
  const timeoutMs = table.timeoutFor(t, entry, 'receive', timeout);
  const now = datagrams.receive(entry.hostHandle);
  if (now !== null) {
    const n = Math.min(len, now.bytes.length);
    vm.heap.u8.set(now.bytes.subarray(0, n), b + ARRAY_DATA + off);
    sendersOf(vm).set(t.id, now.from);
    return n;
  }
  const wait = table.beginWait(t, entry, 'receive', timeoutMs);
  const arm = (): void => {
    table.setCancel(t, datagrams.whenReady(entry.hostHandle, () => {
      if (!table.isWaiting(t, wait)) return;
      if (entry.state === 'closed') return table.endWait(t, { javaClass: 'java/net/SocketException', message: 'Socket closed' });
      let d;
      try {
        d = datagrams.receive(entry.hostHandle);
      } catch (e) {
        if (!(e instanceof NetError)) throw e;
        return table.endWait(t, javaErrorOf(e));
      }
      if (d === null) return arm();
      // The array may have moved while the thread waited: re-read the arguments (fd, b, off,
      // len, timeout) from the operand stack, where they stay until the call completes.
      const base = t.top.sp - 5;
      const n = Math.min(t.stack[base + 3]!, d.bytes.length);
      vm.heap.u8.set(d.bytes.subarray(0, n), t.stack[base + 1]! + ARRAY_DATA + t.stack[base + 2]!);
      sendersOf(vm).set(t.id, d.from);
      t.resumeValue = n;
      table.endWait(t);
    }));
  };
  arm();
  return BLOCK;
}

/**
 * multicast0(int fd, int op, String group, String iface, int value): a multicast setting, at once
 * (op 1 join, 2 leave: group and interface address or null; 3 TTL, 4 loopback: value; 5 outgoing
 * interface: iface). Java checked the arguments and the membership list; the entry records what
 * was set, which an image carries and a restore sets again (src/image/sockets.ts).
 */
function multicast0(vm: Vm, _t: JavaThread, fd: number, op: number, group: Ref, iface: Ref, value: number): void {
  const datagrams = datagramsOf(vm);
  const entry = entryOf(vm, fd);
  if (!datagrams.multicast) throw new JavaThrow('java/net/SocketException', 'Multicast is not supported by this host');
  const g = vm.jsString(group);
  const i = vm.jsString(iface);
  const mc = (entry.multicast ??= { groups: [], ttl: -1, loopback: null, iface: null });
  try {
    switch (op) {
      case 1: datagrams.multicast(entry.hostHandle, { op: 'join', group: g!, iface: i }); mc.groups.push({ group: g!, iface: i }); break;
      case 2: datagrams.multicast(entry.hostHandle, { op: 'leave', group: g!, iface: i }); mc.groups = mc.groups.filter((x) => x.group !== g || x.iface !== i); break;
      case 3: datagrams.multicast(entry.hostHandle, { op: 'ttl', value }); mc.ttl = value; break;
      case 4: datagrams.multicast(entry.hostHandle, { op: 'loopback', value: value !== 0 }); mc.loopback = value !== 0; break;
      case 5: datagrams.multicast(entry.hostHandle, { op: 'interface', iface: i! }); mc.iface = i!; break;
      default: throw new JavaThrow('java/lang/IllegalArgumentException', `multicast op ${op}`);
    }
  } catch (e) {
    if (!(e instanceof NetError)) throw e;
    const message = e.code === 'EADDRNOTAVAIL' ? 'Cannot assign requested address'
      : e.code === 'EADDRINUSE' ? 'Address already in use'
        : e.code === 'EINVAL' ? 'Invalid argument'
          : e.code === 'ENODEV' ? 'No such device' : e.message;
    throw new JavaThrow('java/net/SocketException', message);
  }
}

export const natives: NativeTable = {
  className: 'java/net/DatagramIo',
  methods: {
    'bind0(Ljava/lang/String;I)I': bind0,
    'bindReuse0(Ljava/lang/String;I)I': (vm: Vm, t: JavaThread, address: Ref, port: number) => bindWith(vm, t, address, port, true),
    'multicast0(IILjava/lang/String;Ljava/lang/String;I)V': multicast0,
    'send0(I[BIILjava/lang/String;I)V': send0,
    'receive0(I[BIII)I': receive0,
    'takeSender0()[Ljava/lang/String;': (vm: Vm, t: JavaThread) => {
      const from = sendersOf(vm).get(t.id);
      if (from === undefined) return 0;
      const arr = newStringArray(vm, [from.address, String(from.port)]);
      sendersOf(vm).delete(t.id);
      return arr;
    },
    'connect0(ILjava/lang/String;I)V': (vm: Vm, _t: JavaThread, fd: number, address: Ref, port: number) => {
      const entry = entryOf(vm, fd);
      entry.remote = { address: vm.jsString(address)!, port };
      entry.state = 'connected';
    },
    'disconnect0(I)V': (vm: Vm, _t: JavaThread, fd: number) => {
      const entry = entryOf(vm, fd);
      entry.remote = null;
      entry.state = 'bound';
    },
  },
};
