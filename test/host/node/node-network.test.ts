/**
 * @fileoverview The Node.js network host (src/host/node/node-network.ts) over real loopback
 * sockets: listen/accept/connect, buffered reads that are only consumed by read(), end of stream,
 * backpressure, the JDK-relevant error codes, name resolution, and that an idle handle never keeps
 * the process alive while a waited-on one does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeNetwork } from '../../../src/host/node/node-network.js';
import { NetError, type HostNetwork, type NetHandle, type ReadyKind } from '../../../src/host/network.js';

/** Resolves once `kind` may make progress on `h`. */
function ready(net: HostNetwork, h: NetHandle, kind: ReadyKind): Promise<void> {
  return new Promise((resolve) => net.whenReady(h, kind, resolve));
}

/** Reads exactly `n` bytes (or until end of stream). */
async function readN(net: HostNetwork, h: NetHandle, n: number): Promise<Uint8Array> {
  const parts: number[] = [];
  while (parts.length < n) {
    const got = net.read(h, n - parts.length);
    if (got === null) {
      await ready(net, h, 'read');
      continue;
    }
    if (got.length === 0) break;
    parts.push(...got);
  }
  return new Uint8Array(parts);
}

async function pair(net: HostNetwork): Promise<{ listener: NetHandle; client: NetHandle; server: NetHandle }> {
  const listener = await net.listen('127.0.0.1', 0, 50);
  const port = net.localEndpoint(listener).port;
  const client = await net.connect('127.0.0.1', port, 0);
  let server = net.accept(listener);
  while (server === null) {
    await ready(net, listener, 'accept');
    server = net.accept(listener);
  }
  return { listener, client, server };
}

describe('Node network host', () => {
  it('accepts a connection and reports both endpoints', async () => {
    const net = createNodeNetwork();
    const { listener, client, server } = await pair(net);
    const port = net.localEndpoint(listener).port;
    expect(port).toBeGreaterThan(0);
    expect(net.remoteEndpoint(client)).toEqual({ address: '127.0.0.1', port });
    expect(net.localEndpoint(server)).toEqual({ address: '127.0.0.1', port });
    expect(net.remoteEndpoint(server)).toEqual(net.localEndpoint(client));
    expect(net.accept(listener)).toBeNull();
    for (const h of [client, server, listener]) net.close(h);
  });

  it('buffers received bytes until they are read, then reports end of stream', async () => {
    const net = createNodeNetwork();
    const { listener, client, server } = await pair(net);
    expect(net.read(server, 10)).toBeNull();
    expect(net.write(client, new TextEncoder().encode('hello world'))).toBe(true);
    await ready(net, server, 'read');
    // Peeking for the socket table consumes nothing.
    expect(new TextDecoder().decode(net.unread(server))).toBe('hello world');
    expect(net.available(server)).toBe(11);
    expect(new TextDecoder().decode(net.read(server, 5)!)).toBe('hello');
    expect(new TextDecoder().decode(net.unread(server))).toBe(' world');
    net.shutdownOutput(client);
    expect(new TextDecoder().decode(await readN(net, server, 100))).toBe(' world');
    expect(net.read(server, 10)).toEqual(new Uint8Array(0));
    // Half-closed: the other direction still works.
    net.write(server, new Uint8Array([7, 8, 9]));
    expect(await readN(net, client, 3)).toEqual(new Uint8Array([7, 8, 9]));
    for (const h of [client, server, listener]) net.close(h);
  });

  it('shutdownInput discards unread bytes and reads end of stream', async () => {
    const net = createNodeNetwork();
    const { listener, client, server } = await pair(net);
    net.write(client, new Uint8Array([1, 2, 3]));
    await ready(net, server, 'read');
    net.shutdownInput(server);
    expect(net.read(server, 10)).toEqual(new Uint8Array(0));
    expect(net.available(server)).toBe(0);
    for (const h of [client, server, listener]) net.close(h);
  });

  it('applies backpressure: a big write waits for the reader, and nothing is lost', async () => {
    const net = createNodeNetwork();
    const { listener, client, server } = await pair(net);
    const big = new Uint8Array(8 << 20);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 0xff;
    expect(net.write(client, big)).toBe(false);
    const drained = ready(net, client, 'write');
    const got = await readN(net, server, big.length);
    await drained;
    expect(got.length).toBe(big.length);
    expect(got.every((b, i) => b === big[i])).toBe(true);
    for (const h of [client, server, listener]) net.close(h);
  });

  it('close wakes waiters, and later calls fail with EBADF', async () => {
    const net = createNodeNetwork();
    const listener = await net.listen('127.0.0.1', 0, 1);
    const woken = ready(net, listener, 'accept');
    net.close(listener);
    await woken;
    expect(() => net.accept(listener)).toThrow(NetError);
    try {
      net.accept(listener);
    } catch (e) {
      expect((e as NetError).code).toBe('EBADF');
    }
  });

  it('reports EADDRINUSE, ECONNREFUSED and a reset peer with their codes', async () => {
    const net = createNodeNetwork();
    const listener = await net.listen('127.0.0.1', 0, 1);
    const port = net.localEndpoint(listener).port;
    await expect(net.listen('127.0.0.1', port, 1)).rejects.toMatchObject({ code: 'EADDRINUSE' });
    net.close(listener);
    const free = await net.listen('127.0.0.1', 0, 1);
    const freePort = net.localEndpoint(free).port;
    net.close(free);
    await expect(net.connect('127.0.0.1', freePort, 0)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('resolves localhost and rejects names that do not exist', async () => {
    const net = createNodeNetwork();
    expect(await net.lookup('localhost')).toContain('127.0.0.1');
    await expect(net.lookup('no-such-host.invalid')).rejects.toBeInstanceOf(NetError);
    expect(await net.reverseLookup('127.0.0.1')).toBe('localhost');
    expect(net.localHostName().length).toBeGreaterThan(0);
  });

  const built = join(process.cwd(), 'dist/src/host/node/node-network.js');
  it.skipIf(!existsSync(built))('an idle listener lets the process exit; a waited-on one keeps it alive', () => {
    const script = (wait: boolean) => `
      import { createNodeNetwork } from ${JSON.stringify(built)};
      const net = createNodeNetwork();
      const l = await net.listen('127.0.0.1', 0, 5);
      ${wait ? `net.whenReady(l, 'accept', () => { console.log('accepted'); process.exit(0); });
        setTimeout(() => { import('node:net').then((m) => m.connect(net.localEndpoint(l).port, '127.0.0.1')); }, 300).unref();` : ''}
      console.log('listening');
    `;
    const idle = spawnSync(process.execPath, ['--input-type=module', '-e', script(false)], { timeout: 10000 });
    expect(idle.stdout.toString()).toBe('listening\n');
    expect(idle.status).toBe(0);
    const waiting = spawnSync(process.execPath, ['--input-type=module', '-e', script(true)], { timeout: 10000 });
    expect(waiting.stdout.toString()).toBe('listening\naccepted\n');
  });
});

/** The NetError code `f` throws. */
function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof NetError) return e.code;
    throw e;
  }
  return 'nothing thrown';
}

describe('Node network host: checkpoint and restore support', () => {
  it('shows pending connections and connection counters without consuming anything', async () => {
    const net = createNodeNetwork();
    const listener = await net.listen('127.0.0.1', 0, 50);
    const client = await net.connect('127.0.0.1', net.localEndpoint(listener).port, 0);
    while (net.pendingConnections(listener).length === 0) await ready(net, listener, 'accept');
    const [pending] = net.pendingConnections(listener);
    expect(net.remoteEndpoint(pending!)).toEqual(net.localEndpoint(client));
    net.write(client, new Uint8Array([1, 2, 3]));
    net.shutdownOutput(client);
    while (!net.connectionStatus(pending!).eof) await ready(net, pending!, 'read');
    expect(net.connectionStatus(client)).toEqual({ received: 0, written: 3, queued: 0, eof: false, error: null, closed: false });
    expect(net.connectionStatus(pending!)).toEqual({ received: 3, written: 0, queued: 0, eof: true, error: null, closed: false });
    // Still pending, bytes still unread.
    expect(net.accept(listener)).toBe(pending);
    expect(net.unread(pending!)).toEqual(new Uint8Array([1, 2, 3]));
    for (const h of [client, pending!, listener]) net.close(h);
  });

  it('puts restored bytes in front, queues restored connections, and makes connections whose peer is gone', async () => {
    const net = createNodeNetwork();
    const { listener, client, server } = await pair(net);
    net.write(client, new Uint8Array([3, 4]));
    net.prepend(server, new Uint8Array([1, 2]));
    expect(await readN(net, server, 4)).toEqual(new Uint8Array([1, 2, 3, 4]));
    net.enqueue(listener, server);
    await ready(net, listener, 'accept');
    expect(net.accept(listener)).toBe(server);

    const local = { address: '127.0.0.1', port: 8080 }, remote = { address: '10.0.0.9', port: 40000 };
    const ended = net.closedConnection(local, remote, new Uint8Array([9]), true);
    expect([net.localEndpoint(ended), net.remoteEndpoint(ended), net.available(ended)]).toEqual([local, remote, 1]);
    expect(net.read(ended, 10)).toEqual(new Uint8Array([9]));
    expect(net.read(ended, 10)).toEqual(new Uint8Array(0));
    expect(codeOf(() => net.write(ended, new Uint8Array([1])))).toBe('ECONNRESET');
    const reset = net.closedConnection(local, remote, new Uint8Array(0), false);
    await ready(net, reset, 'read');
    expect(codeOf(() => net.read(reset, 10))).toBe('ECONNRESET');
    expect(net.connectionStatus(reset)).toMatchObject({ closed: true, error: 'ECONNRESET' });
    for (const h of [client, server, listener, ended, reset]) net.close(h);
  });
});

describe('Node network host: readiness polling (selectors)', () => {
  it('ready() answers now for accept, read and write without consuming anything', async () => {
    const net = createNodeNetwork();
    const listener = await net.listen('127.0.0.1', 0, 50);
    expect(net.ready(listener, 'accept')).toBe(false);
    const client = await net.connect('127.0.0.1', net.localEndpoint(listener).port, 0);
    await ready(net, listener, 'accept');
    expect(net.ready(listener, 'accept')).toBe(true);
    expect(net.ready(listener, 'accept')).toBe(true); // polling takes nothing
    const server = net.accept(listener)!;
    expect(net.ready(listener, 'accept')).toBe(false);

    expect(net.ready(server, 'read')).toBe(false);
    expect(net.ready(client, 'write')).toBe(true);
    net.write(client, new Uint8Array([1, 2, 3]));
    await ready(net, server, 'read');
    expect(net.ready(server, 'read')).toBe(true);
    expect(net.available(server)).toBe(3);
    expect([...net.read(server, 10)!]).toEqual([1, 2, 3]);
    expect(net.ready(server, 'read')).toBe(false);

    // End of stream is readiness to read (the read then answers -1).
    net.shutdownOutput(client);
    await ready(net, server, 'read');
    expect(net.ready(server, 'read')).toBe(true);
    expect(net.read(server, 10)!.length).toBe(0);

    // A closed handle is ready for everything: the retry reports EBADF.
    net.close(server);
    expect(net.ready(server, 'read')).toBe(true);
    expect(net.ready(server, 'write')).toBe(true);
    net.close(client);
    net.close(listener);
  });

  it('waits on several handles at once: the first to become ready answers, the others are cancelled', async () => {
    const net = createNodeNetwork();
    const a = await pair(net);
    const b = await pair(net);
    let fired = '';
    const cancels: Array<() => void> = [];
    const done = new Promise<void>((resolve) => {
      const once = (name: string) => () => {
        if (fired !== '') return;
        fired = name;
        for (const c of cancels) c();
        resolve();
      };
      cancels.push(net.whenReady(a.server, 'read', once('a')));
      cancels.push(net.whenReady(b.server, 'read', once('b')));
    });
    net.write(b.client, new Uint8Array([7]));
    await done;
    expect(fired).toBe('b');
    expect(net.ready(b.server, 'read')).toBe(true);
    expect(net.ready(a.server, 'read')).toBe(false);
    for (const h of [a.client, a.server, a.listener, b.client, b.server, b.listener]) net.close(h);
  });
});
