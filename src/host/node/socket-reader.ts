/**
 * @fileoverview Reads a Node socket as lines and byte blocks with awaits instead of callbacks: the
 * framing both the control endpoint (JSON lines) and the migration transport (a header line, then
 * the image) use.
 */
import type * as net from 'node:net';

/** Reads newline-terminated lines and then raw bytes from a socket. */
export class SocketReader {
  private buffer: Buffer = Buffer.alloc(0);
  private waiter: (() => void) | null = null;
  private ended = false;
  /** Set when {@link line} gave up because a line ran past its limit. */
  overflowed = false;

  constructor(socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.wake();
    });
    socket.on('end', () => this.finish());
    socket.on('close', () => this.finish());
    socket.on('error', () => this.finish());
  }

  private finish(): void {
    this.ended = true;
    this.wake();
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = null;
    w?.();
  }

  private async more(): Promise<boolean> {
    if (this.ended) return false;
    await new Promise<void>((r) => (this.waiter = r));
    return true;
  }

  /** The next line (without '\n'), or null at end of stream or past `max` bytes. */
  async line(max = 4096): Promise<string | null> {
    for (;;) {
      const nl = this.buffer.indexOf(10);
      if (nl >= 0) {
        const s = this.buffer.subarray(0, nl).toString('utf8');
        this.buffer = this.buffer.subarray(nl + 1);
        return s;
      }
      if (this.buffer.length > max) {
        this.overflowed = true;
        return null;
      }
      if (!(await this.more())) return null;
    }
  }

  /** Exactly `n` bytes, or null when the stream ends first. */
  async bytes(n: number): Promise<Uint8Array | null> {
    while (this.buffer.length < n) if (!(await this.more())) return null;
    const out = new Uint8Array(this.buffer.subarray(0, n));
    this.buffer = this.buffer.subarray(n);
    return out;
  }
}
