/**
 * @fileoverview The Node.js {@link Host}: synchronous, buffered standard streams (so Java output
 * order is deterministic and cheap), file reads through `node:fs`, clocks and the event loop.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import type { Host, HostStdin } from '../host.js';
import { buildDir } from './class-library.js';
import { sendImage } from './migration-transport.js';
import { createNodeFileSystem } from './node-file-system.js';
import { createNodeNetwork } from './node-network.js';
import { createNodeDatagrams } from './node-datagram.js';

/** Flush a stream buffer once it holds this many bytes. */
const FLUSH_AT = 1 << 16;

/** A byte buffer for one standard stream, written with `fs.writeSync`. */
class StreamBuffer {
  private chunks: Uint8Array[] = [];
  private size = 0;
  /** Bytes pushed since the start. */
  total = 0;
  constructor(private readonly fd: number) {}

  push(bytes: Uint8Array): void {
    this.chunks.push(bytes.slice());
    this.size += bytes.length;
    this.total += bytes.length;
    if (this.size >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.size === 0) return;
    const all = Buffer.concat(this.chunks, this.size);
    this.chunks = [];
    this.size = 0;
    let off = 0;
    while (off < all.length) {
      try {
        off += fs.writeSync(this.fd, all, off, all.length - off);
      } catch (e) {
        // A non-blocking pipe that is full: wait a little and retry; a closed pipe: drop output.
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        return;
      }
    }
  }
}

/**
 * Standard input ({@link HostStdin}): `process.stdin` in chunks, paused while no Java thread waits
 * for input, so the host reads ahead only what one read brings. Nothing touches `process.stdin`
 * until the program reads it.
 */
class StdinReader implements HostStdin {
  private pending: Uint8Array[] = [];
  private ended = false;
  private waiters: Array<() => void> = [];
  private started = false;
  /** Bytes that came from process.stdin (not those given back by {@link unread}). */
  private received = 0;

  private start(): void {
    if (this.started) return;
    this.started = true;
    process.stdin.on('data', (chunk: Buffer) => {
      this.received += chunk.length;
      this.pending.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
      this.wake();
    });
    process.stdin.on('end', () => {
      this.ended = true;
      this.wake();
    });
    process.stdin.on('error', () => {
      this.ended = true;
      this.wake();
    });
  }

  private wake(): void {
    process.stdin.pause();
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  take(max: number): Uint8Array | null {
    if (this.pending.length === 0) return this.ended ? new Uint8Array(0) : null;
    const first = this.pending[0]!;
    if (first.length <= max) {
      this.pending.shift();
      return first;
    }
    this.pending[0] = first.subarray(max);
    return first.subarray(0, max);
  }

  readable(): Promise<void> {
    if (this.pending.length > 0 || this.ended) return Promise.resolve();
    this.start();
    process.stdin.resume();
    return new Promise<void>((r) => this.waiters.push(r));
  }

  position(): { read: number; buffered: Uint8Array; ended: boolean } {
    // Node's stream may hold bytes it read from the descriptor but has not emitted (paused): pull
    // them into the read-ahead (read() emits 'data'), so `read` is where the descriptor stands.
    if (this.started) while (process.stdin.readableLength > 0 && process.stdin.read() !== null) { /* emitted as 'data' */ }
    return { read: this.received, buffered: Buffer.concat(this.pending), ended: this.ended };
  }

  unread(bytes: Uint8Array): void {
    if (bytes.length > 0) this.pending.unshift(bytes.slice());
  }
}

/** Creates the Node.js host. */
export function createNodeHost(): Host {
  const out = new StreamBuffer(1);
  const err = new StreamBuffer(2);
  const stdin = new StdinReader();
  const host: Host = {
    write(fd, bytes) {
      (fd === 1 ? out : err).push(bytes);
    },
    written: (fd) => (fd === 1 ? out : err).total,
    flush() {
      out.flush();
      err.flush();
    },
    stdin,
    readFile(p) {
      try {
        const b = fs.readFileSync(p);
        return new Uint8Array(b.buffer, b.byteOffset, b.length);
      } catch {
        return null;
      }
    },
    readResource(name) {
      return host.readFile(path.join(buildDir(), name));
    },
    listFiles(dir) {
      try {
        const all = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
        return all.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.path, e.name)).split(path.sep).join('/'));
      } catch {
        return null;
      }
    },
    isDirectory(p) {
      try {
        return fs.statSync(p).isDirectory();
      } catch {
        return false;
      }
    },
    joinPath: (...parts) => path.join(...parts),
    currentTimeMillis: () => Date.now(),
    nanoTime: () => Number(process.hrtime.bigint()),
    getenv: (name) => process.env[name] ?? null,
    timeZoneId() {
      // What HotSpot reads on Linux when TZ is unset: /etc/timezone, else the link /etc/localtime.
      try {
        const id = fs.readFileSync('/etc/timezone', 'utf8').trim();
        if (id !== '') return id;
      } catch { /* absent: try the link */ }
      try {
        const target = fs.readlinkSync('/etc/localtime');
        const at = target.indexOf('zoneinfo/');
        if (at >= 0) return target.slice(at + 'zoneinfo/'.length);
      } catch { /* not a link */ }
      return null;
    },
    systemProperties() {
      return {
        'os.name': os.type() === 'Darwin' ? 'Mac OS X' : os.type(),
        'os.arch': process.arch === 'x64' ? 'amd64' : process.arch,
        'os.version': os.release(),
        'user.dir': process.cwd(),
        'user.home': os.homedir(),
        'user.name': os.userInfo().username,
        'java.io.tmpdir': '/tmp',
        'file.separator': path.sep,
        'path.separator': path.delimiter,
        'line.separator': os.EOL,
      };
    },
    availableProcessors: () => os.availableParallelism?.() ?? os.cpus().length,
    inflate: (compressed, size) => {
      // The declared size bounds the output, so a forged archive or image cannot exhaust memory.
      const b = zlib.inflateRawSync(compressed, { maxOutputLength: Math.max(1, size) });
      return new Uint8Array(b.buffer, b.byteOffset, b.length);
    },
    sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
    sha256Stream: () => {
      const h = createHash('sha256');
      return { update: (bytes) => void h.update(bytes), digest: () => h.digest('hex') };
    },
    randomBytes: (n) => {
      const b = randomBytes(n);
      return new Uint8Array(b.buffer, b.byteOffset, b.length);
    },
    deflate: (bytes, level) => {
      const b = zlib.deflateRawSync(bytes, { level });
      return new Uint8Array(b.buffer, b.byteOffset, b.length);
    },
    writeFileAtomic(file, bytes) {
      const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
      let fd = -1;
      try {
        fd = fs.openSync(tmp, 'w', 0o600);
        fs.writeSync(fd, bytes);
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        fd = -1;
        fs.renameSync(tmp, file);
      } catch (e) {
        if (fd >= 0) fs.closeSync(fd);
        fs.rmSync(tmp, { force: true });
        throw new Error(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    },
    network: createNodeNetwork(),
    datagrams: createNodeDatagrams(),
    sendImage: (to, port, token, image) => sendImage(to, port, token, image),
    yieldToEventLoop: () => new Promise((r) => setImmediate(r)),
    sleep(ms) {
      let timer: NodeJS.Timeout | undefined;
      let resolve!: () => void;
      const done = new Promise<void>((r) => {
        resolve = r;
        timer = setTimeout(r, ms);
      });
      return { done, cancel: () => { clearTimeout(timer); resolve(); } };
    },
    fs: createNodeFileSystem(),
    exit(status) {
      host.flush();
      process.exit(status);
    },
  };
  return host;
}
