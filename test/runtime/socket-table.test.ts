/**
 * @fileoverview The VM's socket table (src/runtime/socket-table.ts): entries are plain data,
 * listSockets snapshots them with the unread bytes, and waits park and wake threads the way the
 * JDK's sockets do (timeouts, close).
 */
import { describe, expect, it } from 'vitest';
import type { Host } from '../../src/host/host.js';
import type { HostNetwork } from '../../src/host/network.js';
import { listSockets, socketTable, closeAllSockets } from '../../src/runtime/socket-table.js';
import type { Vm } from '../../src/runtime/vm.js';
import { JavaThread, ThreadState } from '../../src/threads/java-thread.js';
import { Scheduler } from '../../src/threads/scheduler.js';

/** A host whose clock the test sets and whose network only records calls. */
function fakeVm(unread: Record<number, Uint8Array> = {}) {
  let now = 1000;
  const closed: number[] = [];
  const network = {
    close: (h: number) => closed.push(h),
    unread: (h: number) => unread[h] ?? new Uint8Array(0),
  } as unknown as HostNetwork;
  const host = { currentTimeMillis: () => now, network } as unknown as Host;
  const scheduler = new Scheduler(host);
  const vm = { host, scheduler } as unknown as Vm;
  const thread = (id: number) => {
    const t = new JavaThread(id, 64, `t${id}`);
    scheduler.threads.push(t);
    return t;
  };
  return { vm, scheduler, thread, closed, setNow: (ms: number) => (now = ms) };
}

describe('socket table', () => {
  it('lists entries as plain data with the bytes received but not read', () => {
    const { vm } = fakeVm({ 7: new Uint8Array([1, 2, 3]) });
    const table = socketTable(vm);
    const listener = table.open('listener', 'listening');
    listener.hostHandle = 3;
    listener.local = { address: '0.0.0.0', port: 4000 };
    listener.backlog = 50;
    const conn = table.open('accepted', 'connected');
    conn.hostHandle = 7;
    conn.local = { address: '127.0.0.1', port: 4000 };
    conn.remote = { address: '127.0.0.1', port: 51234 };
    conn.noDelay = true;
    const list = listSockets(vm);
    expect(list.map((s) => [s.id, s.role, s.state])).toEqual([[1, 'listener', 'listening'], [2, 'accepted', 'connected']]);
    expect(list[1]!.unread).toEqual(new Uint8Array([1, 2, 3]));
    expect(list[0]!.unread.length).toBe(0);
    expect(list[1]).not.toHaveProperty('hostHandle');
    // A snapshot is data: it survives structured cloning and does not alias the live entry.
    expect(structuredClone(list)).toEqual(list);
    list[1]!.remote!.port = 1;
    expect(conn.remote.port).toBe(51234);
  });

  it('parks a thread as pending I/O and wakes it with its result', () => {
    const { vm, scheduler, thread } = fakeVm();
    const table = socketTable(vm);
    const e = table.open('client', 'connected');
    const t = thread(1);
    const wait = table.beginWait(t, e, 'read', 0);
    expect(t.state).toBe(ThreadState.WaitingForIo);
    expect(scheduler.pendingIo).toBe(1);
    expect(listSockets(vm)[0]!.waits).toEqual([{ threadId: 1, kind: 'read', deadline: 0 }]);
    let cancelled = 0;
    table.setCancel(t, () => cancelled++);
    t.resumeValue = 5;
    table.endWait(t);
    expect(t.state).toBe(ThreadState.Runnable);
    expect(scheduler.pendingIo).toBe(0);
    expect(cancelled).toBe(1);
    expect(table.isWaiting(t, wait)).toBe(false);
    expect(e.waits).toEqual([]);
  });

  it('turns a passed deadline into the JDK SocketTimeoutException for the operation', () => {
    const { vm, thread } = fakeVm();
    const table = socketTable(vm);
    const e = table.open('listener', 'listening');
    const messages: Record<string, string> = { accept: 'Accept timed out', read: 'Read timed out' };
    for (const [i, kind] of (['accept', 'read'] as const).entries()) {
      const t = thread(10 + i);
      table.beginWait(t, e, kind, 250);
      expect(t.deadline).toBe(1250);
      vm.scheduler.onIoTimeout(t);
      expect(t.resumeThrow).toEqual({ javaClass: 'java/net/SocketTimeoutException', message: messages[kind] });
      expect(t.state).toBe(ThreadState.Runnable);
      expect(t.deadline).toBe(0);
    }
    expect(vm.scheduler.pendingIo).toBe(0);
  });

  it('closing a socket wakes its waiters with "Socket closed" and releases the host handle', () => {
    const { vm, thread, closed } = fakeVm();
    const table = socketTable(vm);
    const e = table.open('listener', 'listening');
    e.hostHandle = 9;
    const a = thread(1);
    const b = thread(2);
    table.beginWait(a, e, 'accept', 0);
    table.beginWait(b, e, 'accept', 1000);
    table.close(e, vm.host.network);
    for (const t of [a, b]) {
      expect(t.resumeThrow).toEqual({ javaClass: 'java/net/SocketException', message: 'Socket closed' });
      expect(t.state).toBe(ThreadState.Runnable);
    }
    expect(closed).toEqual([9]);
    expect(table.get(e.id)).toBeUndefined();
    expect(vm.scheduler.pendingIo).toBe(0);
    expect(listSockets(vm)).toEqual([]);
  });

  it('closes every socket when the VM ends, and never reuses a descriptor', () => {
    const { vm, closed } = fakeVm();
    const table = socketTable(vm);
    const first = table.open('client', 'connected');
    first.hostHandle = 4;
    table.close(first, vm.host.network);
    const second = table.open('client', 'connected');
    second.hostHandle = 5;
    expect(second.id).toBe(first.id + 1);
    closeAllSockets(vm);
    expect(closed).toEqual([4, 5]);
    expect(listSockets(vm)).toEqual([]);
  });
});
