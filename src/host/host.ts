/**
 * @fileoverview The platform boundary. Everything the VM needs from the outside world — standard
 * streams, files, clocks, the event loop — goes through a {@link Host}, so the VM core runs on
 * Node.js today and in a browser later. Only `src/host/<platform>/` may import platform APIs.
 */

import type { HostFileSystem } from './file-system.js';

/** A function that inflates raw DEFLATE data (jar entries). */
export type Inflate = (compressed: Uint8Array, uncompressedSize: number) => Uint8Array;

/** A migration receiver's answer, with the time the transfer took. */
export interface MigrationVerdict {
  ok: boolean;
  error?: string;
  /** Time the receiver took to restore (ms), when it did. */
  restoreMs?: number;
  /** Time from connecting to the verdict (ms). */
  transferMs: number;
}

/** An incremental SHA-256 ({@link Host.sha256Stream}). */
export interface Sha256Stream {
  update(bytes: Uint8Array): void;
  /** The digest of everything fed, as 64 lowercase hex digits; the stream is used up. */
  digest(): string;
}

/**
 * Standard input. The host reads the process's input in chunks of its own size ahead of the
 * program; the VM takes bytes from that read-ahead synchronously ({@link take}), so a byte is
 * either still the host's (and in {@link position}) or already in a Java array, never in between:
 * a checkpoint records exactly what the host had read and which of it the program had not taken.
 */
export interface HostStdin {
  /**
   * Up to `max` bytes of the read-ahead, removed from it; null when none has arrived yet (wait
   * with {@link readable}); an empty array at end of input.
   */
  take(max: number): Uint8Array | null;
  /** Resolves once {@link take} would not return null; starts reading the process's input. */
  readable(): Promise<void>;
  /**
   * How many bytes the host has read from the process's standard input so far (taken by the VM or
   * not; bytes given to {@link unread} do not count), the read-ahead not taken yet, and whether
   * the input had ended. Everything the host has read from the platform is counted, so the
   * process's input continues at `read`.
   */
  position(): { read: number; buffered: Uint8Array; ended: boolean };
  /** Bytes to serve before the process's own input (a restored program's read-ahead). */
  unread(bytes: Uint8Array): void;
}

/** What the VM needs from its platform. */
export interface Host {
  /** Writes bytes to a standard stream (1 = stdout, 2 = stderr); may buffer until {@link flush}. */
  write(fd: 1 | 2, bytes: Uint8Array): void;
  /** Bytes written to a standard stream so far (buffered ones included): where a checkpoint fell in the output. */
  written(fd: 1 | 2): number;
  /** Pushes buffered standard-stream output to the platform. */
  flush(): void;
  /** Standard input, read ahead by the host (docs/checkpoint.md "Standard input"). */
  stdin: HostStdin;
  /** Bytes of a file, or null when it does not exist or cannot be read. */
  readFile(path: string): Uint8Array | null;
  /**
   * A data file of this installation's `build/` directory (the Unicode tables...), or null when
   * it is missing. Data the VM needs at run time comes through here, never from a path it guesses.
   */
  readResource(name: string): Uint8Array | null;
  /** Paths of every file under directory `dir` (recursive, relative, '/'-separated), or null. */
  listFiles(dir: string): string[] | null;
  /** Whether `path` names a directory. */
  isDirectory(path: string): boolean;
  /** Joins path segments with the platform separator. */
  joinPath(...parts: string[]): string;
  /** Milliseconds since the Unix epoch. */
  currentTimeMillis(): number;
  /** A monotonic clock in nanoseconds (a double; exact to well under a microsecond). */
  nanoTime(): number;
  /** An environment variable, or null. */
  getenv(name: string): string | null;
  /**
   * The host's time-zone ID when TZ is unset (Linux: /etc/timezone, else the zoneinfo path that
   * /etc/localtime links to), or null when the host does not say. Optional: hosts without one
   * leave java.time's default zone at GMT.
   */
  timeZoneId?(): string | null;
  /** Properties describing the platform (os.name, user.dir, ...). */
  systemProperties(): Record<string, string>;
  /** Number of processors to report to Java. */
  availableProcessors(): number;
  /** Raw DEFLATE decompression for jar entries (and compressed images). */
  inflate: Inflate;
  /** SHA-256 of `bytes`, as 64 lowercase hex digits (checkpoint images identify file contents by it). */
  sha256(bytes: Uint8Array): string;
  /**
   * An incremental SHA-256: feed it chunks, then take the digest (64 lowercase hex digits) once.
   * Checkpoints hash files of any size through it in bounded memory.
   */
  sha256Stream(): Sha256Stream;
  /**
   * `n` bytes from the platform's cryptographic random source (java.security.SecureRandom);
   * optional: without it the VM uses the Web Crypto `crypto.getRandomValues` global.
   */
  randomBytes?(n: number): Uint8Array;
  /** Raw DEFLATE compression at `level` 1..9 (checkpoint images). */
  deflate(bytes: Uint8Array, level: number): Uint8Array;
  /**
   * Writes a whole file atomically: a temporary file in the same directory, flushed to disk, then
   * renamed over `path`, so a crash never leaves a half-written file under the final name.
   * Throws an Error with a readable message on failure.
   */
  writeFileAtomic(path: string, bytes: Uint8Array): void;
  /** Runs `fn` after the platform's pending I/O and timers had a chance to run. */
  yieldToEventLoop(): Promise<void>;
  /**
   * Resolves after `ms` milliseconds (timed waits and sleeps of Java threads). `cancel` fires the
   * timer early and releases it, so an idle VM never keeps the platform alive for nothing.
   */
  sleep(ms: number): { done: Promise<void>; cancel(): void };
  /**
   * Sends a checkpoint image to a migration receiver (`tern serve`) and resolves to its verdict;
   * absent on hosts that cannot open network connections.
   */
  sendImage?(host: string, port: number, token: string, image: Uint8Array): Promise<MigrationVerdict>;
  /** Files and directories (java.io, java.nio.file); see src/host/file-system.ts. */
  fs: HostFileSystem;
  /** TCP sockets and name resolution (docs/sockets.md); absent on hosts without a network. */
  network?: import('./network.js').HostNetwork;
  /** UDP sockets (docs/sockets.md); absent on hosts without a network. */
  datagrams?: import('./datagram.js').HostDatagrams;
  /** Ends the process with `status` after flushing the streams. */
  exit(status: number): never;
}
