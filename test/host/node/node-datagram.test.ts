/**
 * @fileoverview The Node.js datagram host (src/host/node/node-datagram.ts) over real loopback
 * sockets: binding (IPv4 literal, every address, a port in use), send/receive with the sender's
 * endpoint, queueing until receive() takes a datagram, whenReady and its canceller, and close
 * waking a waiter.
 */
import { describe, expect, it } from 'vitest';
import { createNodeDatagrams } from '../../../src/host/node/node-datagram.js';
import type { HostDatagrams } from '../../../src/host/datagram.js';
import { NetError, type NetHandle } from '../../../src/host/network.js';

function ready(d: HostDatagrams, h: NetHandle): Promise<void> {
  return new Promise((resolve) => d.whenReady(h, resolve));
}

describe('node datagrams', () => {
  it('sends and receives on loopback, keeping datagrams queued until taken', async () => {
    const d = createNodeDatagrams();
    const a = await d.bind('127.0.0.1', 0);
    const b = await d.bind(null, 0);
    const aPort = d.localEndpoint(a).port;
    const bPort = d.localEndpoint(b).port;
    expect(aPort).toBeGreaterThan(0);
    expect(['::', '0.0.0.0']).toContain(d.localEndpoint(b).address);
    expect(d.receive(b)).toBeNull();
    await d.send(a, new Uint8Array([1, 2, 3]), '127.0.0.1', bPort);
    await d.send(a, new Uint8Array([]), '127.0.0.1', bPort);
    await ready(d, b);
    while (d.queued(b) < 2) await new Promise((r) => setTimeout(r, 5));
    const first = d.receive(b)!;
    expect([...first.bytes]).toEqual([1, 2, 3]);
    expect(first.from).toEqual({ address: '127.0.0.1', port: aPort });
    expect(d.receive(b)!.bytes.length).toBe(0);
    expect(d.receive(b)).toBeNull();
    // A reply from the dual-stack socket to an IPv4 peer.
    await d.send(b, new Uint8Array([9]), '127.0.0.1', aPort);
    await ready(d, a);
    expect([...d.receive(a)!.bytes]).toEqual([9]);
    d.close(a);
    d.close(b);
  });

  it('reports a port in use, and close wakes a waiter; a cancelled wait is not called', async () => {
    const d = createNodeDatagrams();
    const a = await d.bind('127.0.0.1', 0);
    await expect(d.bind('127.0.0.1', d.localEndpoint(a).port)).rejects.toSatisfy((e: unknown) => e instanceof NetError && e.code === 'EADDRINUSE');
    let cancelledCalled = false;
    const cancel = d.whenReady(a, () => { cancelledCalled = true; });
    cancel();
    const woken = ready(d, a);
    d.close(a);
    await woken;
    expect(cancelledCalled).toBe(false);
    expect(() => d.receive(a)).toThrow(NetError);
  });

  it('ready() says whether a datagram is queued, without taking it; a closed handle is ready', async () => {
    const d = createNodeDatagrams();
    const a = await d.bind('127.0.0.1', 0);
    const b = await d.bind('127.0.0.1', 0);
    expect(d.ready(b)).toBe(false);
    await d.send(a, new Uint8Array([5]), '127.0.0.1', d.localEndpoint(b).port);
    await ready(d, b);
    expect(d.ready(b)).toBe(true);
    expect(d.ready(b)).toBe(true);
    expect([...d.receive(b)!.bytes]).toEqual([5]);
    expect(d.ready(b)).toBe(false);
    d.close(b);
    expect(d.ready(b)).toBe(true);
    d.close(a);
  });

  it('a close right after a send still delivers the datagram', async () => {
    const d = createNodeDatagrams();
    const a = await d.bind('127.0.0.1', 0);
    const b = await d.bind('127.0.0.1', 0);
    void d.send(a, new Uint8Array([1, 2]), '127.0.0.1', d.localEndpoint(b).port);
    d.close(a);
    await ready(d, b);
    expect([...d.receive(b)!.bytes]).toEqual([1, 2]);
    d.close(b);
  });

  it('multicast on loopback: reuse-address binds share a port, members receive, a second join and a stray leave fail', async () => {
    const d = createNodeDatagrams();
    const a = await d.bind('0.0.0.0', 0, { reuseAddress: true });
    const port = d.localEndpoint(a).port;
    const b = await d.bind('0.0.0.0', port, { reuseAddress: true });
    await expect(d.bind('0.0.0.0', port)).rejects.toMatchObject({ code: 'EADDRINUSE' });
    const group = '239.255.61.17';
    d.multicast!(a, { op: 'join', group, iface: '127.0.0.1' });
    expect(() => d.multicast!(a, { op: 'join', group, iface: '127.0.0.1' })).toThrow(NetError);
    expect(() => d.multicast!(a, { op: 'leave', group: '239.255.61.18', iface: '127.0.0.1' })).toThrow(NetError);
    const sender = await d.bind('127.0.0.1', 0);
    d.multicast!(sender, { op: 'interface', iface: '127.0.0.1' });
    d.multicast!(sender, { op: 'ttl', value: 2 });
    d.multicast!(sender, { op: 'loopback', value: true });
    await d.send(sender, new Uint8Array([4, 2]), group, port);
    await ready(d, a);
    expect([...d.receive(a)!.bytes]).toEqual([4, 2]);
    d.multicast!(a, { op: 'leave', group, iface: '127.0.0.1' });
    for (const h of [a, b, sender]) d.close(h);
  });
});

describe('node network interfaces', () => {
  it('lists the loopback interface with its index, flags and addresses', async () => {
    const { createNodeNetwork } = await import('../../../src/host/node/node-network.js');
    const lo = createNodeNetwork().interfaces!().find((i) => i.name === 'lo');
    expect(lo).toBeDefined();
    expect(lo!.loopback).toBe(true);
    expect(lo!.up).toBe(true);
    expect(lo!.index).toBeGreaterThan(0);
    expect(lo!.mac.length).toBe(0);
    expect(lo!.addresses).toContainEqual({ address: '127.0.0.1', prefix: 8 });
  });
});
