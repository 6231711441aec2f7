// Asynchronous channels in checkpoint images (docs/sockets.md "Asynchronous channels"): an
// AsynchronousSocketChannel is an ordinary entry of the socket table and its pending operations are
// green threads parked in blocking socket calls, so an image captures them like any socket. Here a
// handler-driven server with an accept and reads pending, a client with a Future read pending and
// bytes in flight, and an AsynchronousFileChannel continue in a fresh process over two generations.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../support/process.js';
import { javaWorkspace, TERN } from '../support/java-workspace.js';

const ASYNC = `
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
public class AsyncCkpt {
  static final List<String> log = Collections.synchronizedList(new ArrayList<>());
  static void serve(AsynchronousSocketChannel ch) {
    ByteBuffer in = ByteBuffer.allocate(64);
    ch.read(in, null, new CompletionHandler<Integer, Void>() {
      public void completed(Integer n, Void v) {
        if (n < 0) { log.add("eof"); try { ch.close(); } catch (Exception e) { } return; }
        in.flip();
        String s = StandardCharsets.UTF_8.decode(in).toString();
        log.add("got " + s.trim());
        in.clear();
        ch.write(ByteBuffer.wrap(s.toUpperCase().getBytes(StandardCharsets.UTF_8)), null, new CompletionHandler<Integer, Void>() {
          public void completed(Integer w, Void v2) { ch.read(in, null, serveHandler(ch, in, this)); }
          public void failed(Throwable t, Void v2) { log.add("write failed " + t); }
        });
      }
      public void failed(Throwable t, Void v) { log.add("read failed " + t); }
    });
  }
  static CompletionHandler<Integer, Void> serveHandler(AsynchronousSocketChannel ch, ByteBuffer in, CompletionHandler<Integer, Void> writer) {
    return new CompletionHandler<Integer, Void>() {
      public void completed(Integer n, Void v) {
        if (n < 0) { log.add("eof"); try { ch.close(); } catch (Exception e) { } return; }
        in.flip();
        String s = StandardCharsets.UTF_8.decode(in).toString();
        log.add("got " + s.trim());
        in.clear();
        ch.write(ByteBuffer.wrap(s.toUpperCase().getBytes(StandardCharsets.UTF_8)), null, writer);
      }
      public void failed(Throwable t, Void v) { log.add("read failed " + t); }
    };
  }
  static String reply(Future<Integer> f, ByteBuffer b) throws Exception {
    f.get(10, TimeUnit.SECONDS);
    b.flip();
    String s = StandardCharsets.UTF_8.decode(b).toString().trim();
    b.clear();
    return s;
  }
  public static void main(String[] args) throws Exception {
    AsynchronousServerSocketChannel server = AsynchronousServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
    CountDownLatch accepted = new CountDownLatch(2);
    server.accept(null, new CompletionHandler<AsynchronousSocketChannel, Void>() {
      public void completed(AsynchronousSocketChannel ch, Void v) { log.add("accepted"); accepted.countDown(); server.accept(null, this); serve(ch); }
      public void failed(Throwable t, Void v) { log.add("accept failed " + t.getClass().getSimpleName()); }
    });
    Path file = Paths.get(args[2]);
    AsynchronousFileChannel journal = AsynchronousFileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    journal.write(ByteBuffer.wrap("before|".getBytes(StandardCharsets.UTF_8)), 0).get();
    AsynchronousSocketChannel c = AsynchronousSocketChannel.open();
    c.connect(server.getLocalAddress()).get();
    ByteBuffer b = ByteBuffer.allocate(64);
    Future<Integer> pending = c.read(b);
    // The server's handler chain waits in read(), an accept is pending, the client's read too.
    tern.Checkpoint.saveAndStop(args[0]);
    System.out.println("generation 1, restored: " + tern.Checkpoint.isRestored());
    c.write(ByteBuffer.wrap("hello\\n".getBytes(StandardCharsets.UTF_8))).get();
    System.out.println("<- " + reply(pending, b));
    c.write(ByteBuffer.wrap("in flight\\n".getBytes(StandardCharsets.UTF_8))).get();
    pending = c.read(b);
    journal.write(ByteBuffer.wrap("middle|".getBytes(StandardCharsets.UTF_8)), 7).get();
    tern.Checkpoint.saveAndStop(args[1]);
    System.out.println("generation 2");
    System.out.println("<- " + reply(pending, b));
    AsynchronousSocketChannel c2 = AsynchronousSocketChannel.open();
    c2.connect(server.getLocalAddress()).get();
    c2.write(ByteBuffer.wrap("second client\\n".getBytes(StandardCharsets.UTF_8))).get();
    System.out.println("<- " + reply(c2.read(b), b));
    accepted.await();
    c.close();
    c2.close();
    ByteBuffer jb = ByteBuffer.allocate(64);
    int n = journal.read(jb, 0).get();
    System.out.println("journal: " + new String(jb.array(), 0, n, StandardCharsets.UTF_8) + " size " + journal.size());
    journal.close();
    Thread.sleep(300);
    server.close();
    Thread.sleep(100);
    synchronized (log) { System.out.println("server: " + log); }
  }
}`;

let dir = '';
const tern = (args: string[]) => runProcess(process.execPath, [TERN, ...args], { cwd: dir, timeoutMs: 60_000 });
const text = (b: Buffer) => b.toString('utf8');

beforeAll(() => {
  const ws = javaWorkspace('tern-async-ckpt-', { AsyncCkpt: ASYNC });
  dir = ws.dir;
  return ws.remove;
});

describe('asynchronous channels in checkpoint images', () => {
  it('a handler-driven server, a pending Future read and a file channel continue over two generations', async () => {
    const [one, two, journal] = [join(dir, 'a1.tern'), join(dir, 'a2.tern'), join(dir, 'journal.txt')];
    const first = await tern(['-cp', dir, 'AsyncCkpt', one, two, journal]);
    expect(text(first.stderr)).toBe('');
    expect(first.exitCode).toBe(0);
    const second = await tern(['restore', one]);
    expect(text(second.stderr)).toBe('');
    expect(second.exitCode).toBe(0);
    const third = await tern(['restore', two]);
    expect(text(third.stderr)).toBe('');
    expect(third.exitCode).toBe(0);
    expect(text(first.stdout) + text(second.stdout) + text(third.stdout)).toBe([
      'generation 1, restored: true', '<- HELLO', 'generation 2', '<- IN FLIGHT', '<- SECOND CLIENT',
      'journal: before|middle| size 14',
      'server: [accepted, got hello, got in flight, accepted, got second client, eof, eof, accept failed AsynchronousCloseException]', '',
    ].join('\n'));
  }, 120_000);
});
