// Sockets in checkpoint images (docs/sockets.md "Sockets in images"), across processes: an echo
// server and its clients inside one program, checkpointed with threads blocked in accept() and
// read(), continue in a fresh process as if nothing happened; a client of a server outside the
// program is reconnected to it; a connection accepted from outside surfaces as closed after its
// unread bytes; a listening port taken by someone else fails the restore with one line.
import { spawn } from 'node:child_process';
import * as net from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../support/process.js';
import { javaWorkspace, TERN } from '../support/java-workspace.js';

const ECHO = `
import java.io.*;
import java.net.*;
public class EchoCkpt {
  static void echo(Socket s) {
    try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream()));
         PrintWriter out = new PrintWriter(s.getOutputStream(), true)) {
      for (String line; (line = in.readLine()) != null; ) out.println("echo: " + line);
      System.out.println(Thread.currentThread().getName() + ": client hung up");
    } catch (IOException e) {
      System.out.println(Thread.currentThread().getName() + ": " + e);
    }
  }
  public static void main(String[] args) throws Exception {
    ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    System.err.println("port " + server.getLocalPort());
    Thread acceptor = new Thread(() -> {
      try {
        for (int i = 0; i < 2; i++) {
          Socket s = server.accept();
          Thread h = new Thread(() -> echo(s), "handler-" + i);
          h.start();
          h.join();
        }
      } catch (IOException | InterruptedException e) {
        System.out.println("acceptor: " + e);
      }
    }, "acceptor");
    acceptor.start();
    Socket c1 = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
    c1.setTcpNoDelay(true);
    c1.setSoTimeout(5000);
    BufferedReader in1 = new BufferedReader(new InputStreamReader(c1.getInputStream()));
    PrintWriter out1 = new PrintWriter(c1.getOutputStream(), true);
    out1.println("before");
    System.out.println("c1 <- " + in1.readLine());
    out1.println("in flight");
    // handler-0 is blocked in read(), the acceptor in accept() (of the next client); the echo of
    // "in flight" is on its way or unread in c1.
    tern.Checkpoint.saveAndStop(args[0]);
    System.out.println("restored: " + tern.Checkpoint.isRestored());
    System.out.println("c1 <- " + in1.readLine());
    out1.println("after");
    System.out.println("c1 <- " + in1.readLine());
    System.out.println("c1 options: nodelay=" + c1.getTcpNoDelay() + " timeout=" + c1.getSoTimeout() + " connected=" + c1.isConnected());
    c1.close();
    try (Socket c2 = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
      PrintWriter out2 = new PrintWriter(c2.getOutputStream(), true);
      BufferedReader in2 = new BufferedReader(new InputStreamReader(c2.getInputStream()));
      out2.println("second client");
      System.out.println("c2 <- " + in2.readLine());
    }
    acceptor.join();
    server.close();
    System.out.println("done");
  }
}`;

const CLIENT = `
import java.io.*;
import java.net.*;
public class OutsideClient {
  public static void main(String[] args) throws Exception {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[1]))) {
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream()));
      PrintWriter out = new PrintWriter(s.getOutputStream(), true);
      out.println("one");
      System.out.println(in.readLine());
      Thread reader = new Thread(() -> {
        try {
          System.out.println("reader <- " + in.readLine());
        } catch (IOException e) {
          System.out.println("reader: " + e);
        }
      }, "reader");
      reader.start();
      // The reader is blocked in read() when the image is taken; it goes on waiting after the restore.
      while (reader.getState() != Thread.State.RUNNABLE) Thread.sleep(10);
      Thread.sleep(50);
      tern.Checkpoint.saveAndStop(args[0]);
      out.println("two");
      reader.join();
      out.println("three");
      System.out.println(in.readLine());
    }
  }
}`;

const SERVER = `
import java.io.*;
import java.net.*;
public class OutsideServer {
  public static void main(String[] args) throws Exception {
    ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    System.out.println(server.getLocalPort());
    Socket s = server.accept();
    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream()), 1);
    InputStream raw = s.getInputStream();
    StringBuilder first = new StringBuilder();
    for (int c; (c = raw.read()) != '\\n'; ) first.append((char) c);
    System.out.println("got " + first);
    tern.Checkpoint.saveAndStop(args[0]);
    StringBuilder rest = new StringBuilder();
    try {
      for (int c; (c = raw.read()) != -1; ) rest.append((char) c);
      System.out.println("end of stream after " + rest);
    } catch (IOException e) {
      System.out.println("after " + rest.toString().trim() + ": " + e);
    }
    try {
      s.getOutputStream().write(1);
    } catch (IOException e) {
      System.out.println("write: " + e);
    }
    System.out.println("port still listening: " + !server.isClosed());
  }
}`;

const QUEUED = `
import java.io.*;
import java.net.*;
public class QueuedCkpt {
  public static void main(String[] args) throws Exception {
    ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
    PrintWriter out = new PrintWriter(client.getOutputStream(), true);
    out.println("queued hello");
    client.shutdownOutput();
    // The connection waits in the listener's queue, with a line unread, across two checkpoints.
    tern.Checkpoint.saveAndStop(args[0]);
    System.out.println("generation 1");
    tern.Checkpoint.saveAndStop(args[1]);
    System.out.println("generation 2");
    try (Socket s = server.accept()) {
      System.out.println("ports as before: " + (s.getLocalPort() == server.getLocalPort()) + " " + (s.getPort() == client.getLocalPort()));
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream()));
      System.out.println("server <- " + in.readLine());
      s.getOutputStream().write("bye\\n".getBytes());
      s.shutdownOutput();
      System.out.println("server: then " + in.readLine());
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream()));
    System.out.println("client <- " + in.readLine() + ", then " + in.readLine());
    client.close();
    server.close();
  }
}`;

let dir = '';
const tern = (args: string[]) => runProcess(process.execPath, [TERN, ...args], { cwd: dir, timeoutMs: 60_000 });
const text = (b: Buffer) => b.toString('utf8');

beforeAll(() => {
  const ws = javaWorkspace('tern-sockets-', { EchoCkpt: ECHO, OutsideClient: CLIENT, OutsideServer: SERVER, QueuedCkpt: QUEUED });
  dir = ws.dir;
  return ws.remove;
});

/** A line server outside the program: answers each line with its upper case; counts connections. */
function lineServer(): Promise<{ port: number; connections: () => number; close: () => void }> {
  let count = 0;
  const server = net.createServer((socket) => {
    count++;
    let buffered = '';
    socket.on('data', (d) => {
      buffered += d.toString();
      for (let i; (i = buffered.indexOf('\n')) >= 0; buffered = buffered.substring(i + 1)) socket.write(`${buffered.substring(0, i).toUpperCase()}\n`);
    });
    socket.on('error', () => {});
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    port: (server.address() as net.AddressInfo).port, connections: () => count, close: () => server.close(),
  })));
}

describe('sockets in checkpoint images', () => {
  it('an echo server and its client continue across a checkpoint with threads blocked in accept() and read()', async () => {
    const image = join(dir, 'echo.tern');
    const first = await tern(['-cp', dir, 'EchoCkpt', image]);
    expect(text(first.stderr)).toMatch(/^port \d+\n$/);
    expect(first.exitCode).toBe(0);
    const rest = await tern(['restore', image]);
    expect(text(rest.stderr)).toBe('');
    expect(text(first.stdout) + text(rest.stdout)).toBe([
      'c1 <- echo: before', 'restored: true', 'c1 <- echo: in flight', 'c1 <- echo: after',
      'c1 options: nodelay=true timeout=5000 connected=true', 'handler-0: client hung up', 'c2 <- echo: second client',
      'handler-1: client hung up', 'done', '',
    ].join('\n'));
    expect(rest.exitCode).toBe(0);
  }, 120_000);

  it('keeps a connection queued on its listener, unread bytes and endpoints too, over two generations', async () => {
    const [one, two] = [join(dir, 'queued1.tern'), join(dir, 'queued2.tern')];
    const first = await tern(['-cp', dir, 'QueuedCkpt', one, two]);
    const second = await tern(['restore', one]);
    const third = await tern(['restore', two]);
    expect(text(first.stderr) + text(second.stderr) + text(third.stderr)).toBe('');
    expect(text(first.stdout) + text(second.stdout) + text(third.stdout)).toBe(
      'generation 1\ngeneration 2\nports as before: true true\nserver <- queued hello\nserver: then null\nclient <- bye, then null\n',
    );
  }, 120_000);

  it('fails the restore with one line when a listening port is taken', async () => {
    const image = join(dir, 'taken.tern');
    const first = await tern(['-cp', dir, 'EchoCkpt', image]);
    const port = Number(/^port (\d+)/.exec(text(first.stderr))![1]);
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      const r = await tern(['restore', image]);
      expect(r.exitCode).toBe(1);
      expect(text(r.stderr)).toBe(`Error: cannot restore ${image}: socket 1 cannot listen on 127.0.0.1:${port} again: Address already in use\n`);
      expect(text(r.stdout)).toBe('');
    } finally {
      squatter.close();
    }
  }, 120_000);

  it('reconnects a client to a server outside the program, which stays up across the checkpoint', async () => {
    const server = await lineServer();
    try {
      const image = join(dir, 'client.tern');
      const first = await tern(['-cp', dir, 'OutsideClient', image, String(server.port)]);
      expect(text(first.stderr)).toBe('');
      expect(text(first.stdout)).toBe('ONE\n');
      const rest = await tern(['restore', image]);
      expect(text(rest.stderr)).toBe('');
      expect(text(rest.stdout)).toBe('reader <- TWO\nTHREE\n');
      expect(server.connections()).toBe(2);
    } finally {
      server.close();
    }
  }, 120_000);

  it('a client whose server is gone reads as reset after a restore, with a warning', async () => {
    const server = await lineServer();
    const image = join(dir, 'gone.tern');
    const first = await tern(['-cp', dir, 'OutsideClient', image, String(server.port)]);
    expect(text(first.stdout)).toBe('ONE\n');
    server.close();
    const rest = await tern(['restore', image]);
    expect(text(rest.stderr)).toMatch(/^\[tern\] warning: socket 1 cannot reconnect to 127\.0\.0\.1:\d+: Connection refused; it reads as reset once its unread bytes are read\n/);
    expect(text(rest.stdout)).toBe('reader: java.net.SocketException: Connection reset\n');
    expect(rest.exitCode).toBe(1); // "two" cannot be written: the exception ends main
    expect(text(rest.stderr)).toContain('Exception in thread "main" java.net.SocketException: Connection reset');
  }, 120_000);

  it('a connection accepted from outside delivers its unread bytes, then surfaces as closed', async () => {
    const image = join(dir, 'server.tern');
    const child = spawn(process.execPath, [TERN, '-cp', dir, 'OutsideServer', image], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const port = await new Promise<number>((resolve) => child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^(\d+)\n/.exec(out);
      if (m) resolve(Number(m[1]));
    }));
    const client = net.connect(port, '127.0.0.1');
    client.on('error', () => {});
    client.write('hello\nworld\n');
    expect(await exited).toBe(0);
    client.destroy();
    expect(out).toBe(`${port}\ngot hello\n`);
    const rest = await tern(['restore', image]);
    expect(text(rest.stderr)).toBe('');
    expect(text(rest.stdout)).toBe('after world: java.net.SocketException: Connection reset\nwrite: java.net.SocketException: Connection reset\nport still listening: true\n');
  }, 120_000);
});
