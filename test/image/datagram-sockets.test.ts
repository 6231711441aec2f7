// UDP sockets in checkpoint images (docs/sockets.md "Sockets in images"), across processes: a UDP
// echo program checkpointed mid-run — its echo thread blocked in receive() with a timeout, a
// datagram queued but not received, a connected client — restores in a fresh process and prints
// exactly what the uninterrupted run printed after the checkpoint, with its ports, connection and
// options as before; a port taken by someone else fails the restore with one line; `tern inspect`
// lists the sockets.
import * as dgram from 'node:dgram';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../support/process.js';
import { javaWorkspace, TERN } from '../support/java-workspace.js';

const ECHO = `
import java.net.*;
import java.nio.charset.StandardCharsets;
public class UdpEchoCkpt {
  static String text(DatagramPacket p) {
    return new String(p.getData(), p.getOffset(), p.getLength(), StandardCharsets.UTF_8);
  }
  static void send(DatagramSocket s, String m, SocketAddress to) throws Exception {
    byte[] b = m.getBytes(StandardCharsets.UTF_8);
    s.send(to == null ? new DatagramPacket(b, b.length) : new DatagramPacket(b, b.length, to));
  }
  public static void main(String[] args) throws Exception {
    InetAddress lo = InetAddress.getByName("127.0.0.1");
    DatagramSocket server = new DatagramSocket(0, lo);
    server.setSoTimeout(20000);
    server.setBroadcast(true);
    server.setReceiveBufferSize(65536);
    System.err.println("port " + server.getLocalPort());
    int serverPort = server.getLocalPort();
    Thread echo = new Thread(() -> {
      try {
        DatagramPacket p = new DatagramPacket(new byte[100], 100);
        for (;;) {
          server.receive(p);
          String m = text(p);
          send(server, "echo: " + m, p.getSocketAddress());
          if (m.equals("stop")) break;
          p.setLength(100);
        }
      } catch (Exception e) {
        System.out.println("echo: " + e);
      }
    }, "echo");
    echo.start();
    DatagramSocket client = new DatagramSocket();
    client.connect(lo, serverPort);
    client.setSoTimeout(10000);
    DatagramSocket inbox = new DatagramSocket(0, lo);
    int clientPort = client.getLocalPort(), inboxPort = inbox.getLocalPort();
    DatagramPacket r = new DatagramPacket(new byte[100], 100);
    send(client, "one", null);
    client.receive(r);
    System.out.println("client <- " + text(r));
    // Two datagrams wait in the inbox, not received yet; the echo thread waits in receive().
    DatagramSocket other = new DatagramSocket();
    send(other, "queued 1", new InetSocketAddress(lo, inboxPort));
    send(other, "queued 2", new InetSocketAddress(lo, inboxPort));
    Thread.sleep(100); // (a thread blocked in receive() reads as RUNNABLE, as in HotSpot)
    System.out.println("---");
    tern.Checkpoint.save(args[0]);
    System.out.println("ports as before: " + (server.getLocalPort() == serverPort) + " " + (client.getLocalPort() == clientPort) + " " + (inbox.getLocalPort() == inboxPort));
    System.out.println("client connected: " + client.isConnected() + " to the server: " + (client.getPort() == serverPort));
    System.out.println("server options: timeout " + server.getSoTimeout() + " broadcast " + server.getBroadcast() + " receive buffer " + server.getReceiveBufferSize());
    for (int i = 0; i < 2; i++) {
      DatagramPacket q = new DatagramPacket(new byte[100], 100);
      inbox.receive(q);
      System.out.println("inbox <- " + text(q) + " from other: " + (q.getPort() == other.getLocalPort()));
    }
    for (String m : new String[] {"two", "three", "stop"}) {
      send(client, m, null);
      r.setLength(100);
      client.receive(r);
      System.out.println("client <- " + text(r));
    }
    echo.join();
    inbox.setSoTimeout(100);
    try {
      inbox.receive(r);
      System.out.println("inbox <- " + text(r));
    } catch (SocketTimeoutException e) {
      System.out.println("inbox empty: " + e.getMessage());
    }
    for (DatagramSocket s : new DatagramSocket[] {server, client, inbox, other}) s.close();
  }
}`;

const AFTER = [
  'ports as before: true true true', 'client connected: true to the server: true',
  'server options: timeout 20000 broadcast true receive buffer 65536',
  'inbox <- queued 1 from other: true', 'inbox <- queued 2 from other: true',
  'client <- echo: two', 'client <- echo: three', 'client <- echo: stop', 'inbox empty: Receive timed out', '',
].join('\n');

let dir = '';
const tern = (args: string[]) => runProcess(process.execPath, [TERN, ...args], { cwd: dir, timeoutMs: 60_000 });
const text = (b: Buffer) => b.toString('utf8');

beforeAll(() => {
  const ws = javaWorkspace('tern-udp-', { UdpEchoCkpt: ECHO });
  dir = ws.dir;
  return ws.remove;
});

describe('UDP sockets in images', () => {
  it('a UDP echo program checkpointed mid-run restores and finishes with the output of the uninterrupted run', async () => {
    const image = join(dir, 'echo.tern');
    const whole = await tern(['-cp', dir, 'UdpEchoCkpt', image]);
    expect(text(whole.stderr)).toMatch(/^port \d+\n$/);
    const out = text(whole.stdout);
    expect(out).toBe(`client <- echo: one\n---\n${AFTER}`);
    const shown = await tern(['inspect', 'image', image]);
    expect(text(shown.stdout)).toMatch(/\nSockets: 4\n {2}fd 1 datagram on 127\.0\.0\.1:\d+; waiting: "echo" in receive \(\d+ ms left\)\n {2}fd 2 datagram :::\d+ -> 127\.0\.0\.1:\d+\n {2}fd 3 datagram on 127\.0\.0\.1:\d+; 2 datagrams queued\n {2}fd 4 datagram on :::\d+\n/);
    // The uninterrupted run has ended (its ports are free again): the image continues elsewhere.
    const restored = await tern(['restore', image]);
    expect(text(restored.stderr)).toBe('');
    expect(text(restored.stdout)).toBe(out.substring(out.indexOf('---\n') + 4));
    expect(restored.exitCode).toBe(0);
  }, 60_000);

  it('fails the restore with one line when a port of the image is taken', async () => {
    const image = join(dir, 'taken.tern');
    const whole = await tern(['-cp', dir, 'UdpEchoCkpt', image]);
    const port = Number(/^port (\d+)/.exec(text(whole.stderr))![1]);
    const squatter = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => squatter.bind(port, '127.0.0.1', resolve));
    try {
      const r = await tern(['restore', image]);
      expect(text(r.stderr)).toBe(`Error: cannot restore ${image}: datagram socket 1 cannot bind to 127.0.0.1:${port} again: Address already in use\n`);
      expect(text(r.stdout)).toBe('');
      expect(r.exitCode).toBe(1);
    } finally {
      squatter.close();
    }
  }, 60_000);
});
