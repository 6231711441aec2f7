// Selectors and non-blocking channels in checkpoint images (docs/sockets.md "Selectors"): a
// selector-driven server thread parked in select(), a non-blocking client whose connect may still
// be in progress at the checkpoint, a Pipe that controls the loop and bytes in flight continue in
// a fresh process, over two generations; the selector's registrations are Java objects, so they
// come back with the heap. A DatagramChannel is re-bound to its port on restore, with the datagram
// queued at the checkpoint, and keeps sending and receiving.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../support/process.js';
import { javaWorkspace, TERN } from '../support/java-workspace.js';

const SELECTOR = `
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
public class SelectorCkpt {
  static final List<String> log = Collections.synchronizedList(new ArrayList<>());
  static void loop(Selector sel, ServerSocketChannel server, Pipe.SourceChannel control) {
    try {
      ByteBuffer buf = ByteBuffer.allocate(64);
      while (true) {
        sel.select();
        Iterator<SelectionKey> it = sel.selectedKeys().iterator();
        while (it.hasNext()) {
          SelectionKey k = it.next();
          it.remove();
          if (k.isAcceptable()) {
            SocketChannel s = server.accept();
            if (s == null) continue;
            s.configureBlocking(false);
            s.register(sel, SelectionKey.OP_READ, new StringBuilder());
            log.add("accepted");
          } else if ("control".equals(k.attachment())) {
            buf.clear();
            control.read(buf);
            buf.flip();
            log.add("control: " + StandardCharsets.UTF_8.decode(buf));
            sel.close();
            return;
          } else if (k.isReadable()) {
            SocketChannel s = (SocketChannel) k.channel();
            StringBuilder sb = (StringBuilder) k.attachment();
            buf.clear();
            if (s.read(buf) < 0) { k.cancel(); s.close(); log.add("closed"); continue; }
            buf.flip();
            sb.append(StandardCharsets.UTF_8.decode(buf));
            for (int nl; (nl = sb.indexOf("\\n")) >= 0; sb.delete(0, nl + 1)) {
              String line = sb.substring(0, nl);
              log.add("line: " + line);
              s.write(ByteBuffer.wrap((line.toUpperCase() + "\\n").getBytes(StandardCharsets.UTF_8)));
            }
          }
        }
      }
    } catch (IOException e) {
      log.add("loop failed: " + e);
    }
  }
  static String readLine(Selector cs, SocketChannel c) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    StringBuilder sb = new StringBuilder();
    while (true) {
      one.clear();
      int n = c.read(one);
      if (n == 0) { cs.select(); cs.selectedKeys().clear(); continue; }
      if (n < 0 || one.get(0) == '\\n') return sb.toString();
      sb.append((char) one.get(0));
    }
  }
  public static void main(String[] args) throws Exception {
    Selector sel = Selector.open();
    ServerSocketChannel server = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
    server.configureBlocking(false);
    server.register(sel, SelectionKey.OP_ACCEPT);
    Pipe pipe = Pipe.open();
    pipe.source().configureBlocking(false);
    pipe.source().register(sel, SelectionKey.OP_READ, "control");
    Thread loop = new Thread(() -> loop(sel, server, pipe.source()), "loop");
    loop.start();
    SocketChannel c = SocketChannel.open();
    c.configureBlocking(false);
    boolean now = c.connect(server.getLocalAddress());
    // The loop thread is parked in select(); the connect may still be in progress.
    tern.Checkpoint.saveAndStop(args[0]);
    System.out.println("generation 1, restored: " + tern.Checkpoint.isRestored());
    Selector cs = Selector.open();
    SelectionKey ck = c.register(cs, SelectionKey.OP_CONNECT);
    while (!c.finishConnect()) { cs.select(); cs.selectedKeys().clear(); }
    System.out.println("connected: " + c.isConnected());
    ck.interestOps(SelectionKey.OP_READ);
    c.write(ByteBuffer.wrap("hello\\n".getBytes(StandardCharsets.UTF_8)));
    System.out.println("<- " + readLine(cs, c));
    System.out.println("keys of the loop's selector: " + sel.keys().size());
    c.write(ByteBuffer.wrap("in flight\\n".getBytes(StandardCharsets.UTF_8)));
    tern.Checkpoint.saveAndStop(args[1]);
    System.out.println("generation 2");
    System.out.println("<- " + readLine(cs, c));
    c.close();
    pipe.sink().write(ByteBuffer.wrap("stop".getBytes(StandardCharsets.UTF_8)));
    loop.join();
    System.out.println("loop: " + log);
    System.out.println("selector open: " + sel.isOpen() + ", server key valid: " + (server.keyFor(sel) != null));
  }
}`;

const DATAGRAM = `
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
public class DatagramCkpt {
  public static void main(String[] args) throws Exception {
    DatagramChannel ch = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
    ch.send(ByteBuffer.wrap(new byte[] {9, 9}), ch.getLocalAddress());
    tern.Checkpoint.saveAndStop(args[0]);
    ByteBuffer b = ByteBuffer.allocate(8);
    System.out.println("queued before the checkpoint, from itself: " + ch.receive(b).equals(ch.getLocalAddress()) + ", " + b.position() + " bytes");
    ch.send(ByteBuffer.wrap(new byte[] {1, 2, 3}), ch.getLocalAddress());
    b.clear();
    System.out.println("after the restore, from itself: " + ch.receive(b).equals(ch.getLocalAddress()) + ", " + b.position() + " bytes");
  }
}`;

// A non-blocking channel's send returns before the platform sends: the checkpoint right after a
// burst of them must still wait for every one to reach the program's own socket (a regression:
// they were not counted, and one lost this way hung a restored program in CI on 2026-12-07).
const BURST = `
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
public class DatagramBurstCkpt {
  public static void main(String[] args) throws Exception {
    DatagramChannel inbox = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
    DatagramChannel sender = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
    sender.configureBlocking(false);
    for (int i = 0; i < 50; i++) sender.send(ByteBuffer.wrap(("datagram " + i).getBytes()), inbox.getLocalAddress());
    tern.Checkpoint.saveAndStop(args[0]);
    inbox.configureBlocking(false);
    int got = 0;
    long deadline = System.currentTimeMillis() + 3000;
    ByteBuffer b = ByteBuffer.allocate(32);
    while (got < 50 && System.currentTimeMillis() < deadline) {
      b.clear();
      if (inbox.receive(b) == null) { Thread.sleep(1); continue; }
      if (!new String(b.array(), 0, b.position()).equals("datagram " + got)) System.out.println("out of order at " + got);
      got++;
    }
    System.out.println("received " + got + " of 50, restored: " + tern.Checkpoint.isRestored());
  }
}`;

let dir = '';
const tern = (args: string[]) => runProcess(process.execPath, [TERN, ...args], { cwd: dir, timeoutMs: 60_000 });
const text = (b: Buffer) => b.toString('utf8');

beforeAll(() => {
  const ws = javaWorkspace('tern-nio-ckpt-', { SelectorCkpt: SELECTOR, DatagramCkpt: DATAGRAM, DatagramBurstCkpt: BURST });
  dir = ws.dir;
  return ws.remove;
});

describe('selectors and non-blocking channels in checkpoint images', () => {
  it('a selector loop parked in select(), a non-blocking connect and a pipe continue over two generations', async () => {
    const [one, two] = [join(dir, 'sel1.tern'), join(dir, 'sel2.tern')];
    const first = await tern(['-cp', dir, 'SelectorCkpt', one, two]);
    expect(text(first.stderr)).toBe('');
    expect(first.exitCode).toBe(0);
    const second = await tern(['restore', one]);
    expect(text(second.stderr)).toBe('');
    expect(second.exitCode).toBe(0);
    const third = await tern(['restore', two]);
    expect(text(third.stderr)).toBe('');
    expect(third.exitCode).toBe(0);
    expect(text(first.stdout) + text(second.stdout) + text(third.stdout)).toBe([
      'generation 1, restored: true', 'connected: true', '<- HELLO', 'keys of the loop\'s selector: 3', 'generation 2', '<- IN FLIGHT',
      'loop: [accepted, line: hello, line: in flight, closed, control: stop]', 'selector open: false, server key valid: false', '',
    ].join('\n'));
  }, 120_000);

  it('a DatagramChannel is re-bound on restore with the datagram it had queued', async () => {
    const image = join(dir, 'udp.tern');
    const r = await tern(['-cp', dir, 'DatagramCkpt', image]);
    expect(text(r.stderr)).toBe('');
    expect(r.exitCode).toBe(0);
    expect(existsSync(image)).toBe(true);
    const restored = await tern(['restore', image]);
    expect(text(restored.stderr)).toBe('');
    expect(text(r.stdout) + text(restored.stdout)).toBe('queued before the checkpoint, from itself: true, 2 bytes\nafter the restore, from itself: true, 3 bytes\n');
  }, 60_000);

  it('datagrams a non-blocking channel sent to the program\'s own socket just before the checkpoint are all in the image', async () => {
    const image = join(dir, 'burst.tern');
    const r = await tern(['-cp', dir, 'DatagramBurstCkpt', image]);
    expect(text(r.stderr)).toBe('');
    expect(r.exitCode).toBe(0);
    const shown = await tern(['inspect', 'image', image]);
    expect(text(shown.stdout)).toMatch(/\n {2}fd 1 datagram on 127\.0\.0\.1:\d+; 50 datagrams queued\n/);
    const restored = await tern(['restore', image]);
    expect(text(restored.stderr)).toBe('');
    expect(text(restored.stdout)).toBe('received 50 of 50, restored: true\n');
  }, 60_000);
});
