/**
 * @fileoverview The network part of the platform boundary (docs/sockets.md): TCP listeners and
 * connections identified by small integer handles, plus name resolution. Java's blocking sockets
 * are built on it by src/natives/java/net/NetIo.ts: an operation is first tried at once
 * ({@link HostNetwork.accept}, {@link HostNetwork.read}, {@link HostNetwork.write}); when it cannot
 * complete, the Java thread parks and asks {@link HostNetwork.whenReady} to be told when it can.
 *
 * Waiting never consumes anything: a wait that is cancelled (a read timeout, a close) loses no
 * byte and no connection, however the host's callbacks and the VM's timers interleave. Bytes and
 * connections that arrived before the program asked for them stay buffered in the host handle,
 * where {@link HostNetwork.unread} shows them (a checkpoint saves "received but not yet read").
 */

/** A listener or connection, as a positive integer (plain data, unique within one host). */
export type NetHandle = number;

/** An IP address (literal: "127.0.0.1", "::1") and a port. */
export interface Endpoint {
  address: string;
  port: number;
}

/**
 * A failed network operation, with the platform's error code: ECONNREFUSED, EADDRINUSE,
 * EADDRNOTAVAIL, ETIMEDOUT, ECONNRESET, EPIPE, ENOTFOUND, EHOSTUNREACH, ENETUNREACH, EACCES,
 * EBADF (the handle is closed)... The natives turn codes into java.net exceptions.
 */
export class NetError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message ?? code);
  }
}

/** What a parked thread waits for on a handle. */
export type ReadyKind = 'accept' | 'read' | 'write';

/** A network interface of the machine (java.net.NetworkInterface). */
export interface HostInterface {
  name: string;
  /** The kernel's interface index (0 when unknown). */
  index: number;
  up: boolean;
  loopback: boolean;
  pointToPoint: boolean;
  multicast: boolean;
  mtu: number;
  /** Hardware address, empty when it has none (loopback). */
  mac: Uint8Array;
  /** IP literals with their prefix lengths, in the platform's order. */
  addresses: Array<{ address: string; prefix: number }>;
}

/** TCP networking and name resolution. */
export interface HostNetwork {
  /** The machine's network interfaces (absent on hosts that cannot list them). */
  interfaces?(): HostInterface[];
  /**
   * Listens on `address` (null: every local address) and `port` (0: an ephemeral port) with a
   * queue of `backlog` pending connections. Rejects with a {@link NetError} (EADDRINUSE...).
   */
  listen(address: string | null, port: number, backlog: number): Promise<NetHandle>;
  /** Connects to `address` (an IP literal); rejects with ETIMEDOUT after `timeoutMs` (0: none). */
  connect(address: string, port: number, timeoutMs: number): Promise<NetHandle>;
  /** Takes the oldest pending connection of a listener, or null when none is pending. */
  accept(listener: NetHandle): NetHandle | null;
  /**
   * Takes up to `max` received bytes: null when none has arrived yet, an empty array at end of
   * stream (or once input is shut down). Throws a {@link NetError} (ECONNRESET...) when the
   * connection failed and nothing is left to read.
   */
  read(conn: NetHandle, max: number): Uint8Array | null;
  /** Number of received bytes not read yet. */
  available(conn: NetHandle): number;
  /** A copy of the received bytes not read yet (the socket table shows them; nothing is consumed). */
  unread(conn: NetHandle): Uint8Array;
  /**
   * Sends `bytes` (copied before returning). True when all of them were handed to the platform;
   * false when some wait in a queue: wait for 'write' before the next write (backpressure).
   * Throws a {@link NetError} (EPIPE, ECONNRESET, EBADF) when the connection cannot send.
   */
  write(conn: NetHandle, bytes: Uint8Array): boolean;
  /**
   * Calls `ready` once, asynchronously, when `kind` may make progress on `handle`: a connection is
   * pending (accept), bytes, end of stream or an error arrived (read), the write queue drained or
   * failed (write), or the handle was closed. Returns a function that cancels the wait. While a
   * wait is registered the handle keeps the platform alive; otherwise it does not.
   */
  whenReady(handle: NetHandle, kind: ReadyKind, ready: () => void): () => void;
  /**
   * Whether `kind` would make progress on `handle` now, without waiting or consuming anything (a
   * selector's poll; docs/sockets.md "Selectors"): a connection is pending (accept); bytes, end of
   * stream, an error or a shut-down input are there (read); nothing waits in the write queue, or
   * the connection failed (write). A closed handle is ready for everything (the retry then fails
   * with EBADF). Together with {@link whenReady} this is the whole readiness interface: poll now,
   * else wait for a change and poll again.
   */
  ready(handle: NetHandle, kind: ReadyKind): boolean;
  /** Further reads return end of stream; unread bytes are discarded. */
  shutdownInput(conn: NetHandle): void;
  /** Sends end of stream to the peer once queued bytes are sent. */
  shutdownOutput(conn: NetHandle): void;
  /** Closes a listener or connection; pending waits are told (their retry then fails with EBADF). */
  close(handle: NetHandle): void;
  /** The local address and port of a listener or connection. */
  localEndpoint(handle: NetHandle): Endpoint;
  /** The peer of a connection. */
  remoteEndpoint(conn: NetHandle): Endpoint;
  setNoDelay(conn: NetHandle, on: boolean): void;
  setKeepAlive(conn: NetHandle, on: boolean): void;
  /** Addresses of a host name, IPv4 first; rejects with a {@link NetError} (ENOTFOUND...). */
  lookup(name: string): Promise<string[]>;
  /** The host name of an address (reverse lookup), or null when it has none. */
  reverseLookup(address: string): Promise<string | null>;
  /** This machine's host name. */
  localHostName(): string;

  // ---- Checkpoint and restore (docs/sockets.md "Sockets in images") ----

  /** Connections a listener received that no {@link accept} has taken yet, oldest first (none is taken). */
  pendingConnections(listener: NetHandle): NetHandle[];
  /** What a checkpoint needs to know about a connection (see {@link ConnectionStatus}). */
  connectionStatus(conn: NetHandle): ConnectionStatus;
  /**
   * Reads everything the peer sends from now on, above the high-water mark too, until the next
   * {@link read}: a checkpoint collects the bytes in flight between two ends of a connection.
   */
  collect(conn: NetHandle): void;
  /** Puts `bytes` in front of a connection's received bytes (what a restored connection had received). */
  prepend(conn: NetHandle, bytes: Uint8Array): void;
  /** Adds a connection at the end of a listener's queue of pending connections (a restored queue). */
  enqueue(listener: NetHandle, conn: NetHandle): void;
  /**
   * A connection whose peer is gone (restored without one): reads return `received`, then end of
   * stream when `eof`, else fail with ECONNRESET; writes fail with ECONNRESET. Keeps nothing alive.
   */
  closedConnection(local: Endpoint, remote: Endpoint, received: Uint8Array, eof: boolean): NetHandle;
}

/** The state of a connection, as {@link HostNetwork.connectionStatus} reports it. */
export interface ConnectionStatus {
  /** Bytes received so far, read or not. */
  received: number;
  /** Bytes given to {@link HostNetwork.write} so far. */
  written: number;
  /** Of those, bytes the platform has not taken yet (a write waiting for 'drain'). */
  queued: number;
  /** The peer's end of stream arrived. */
  eof: boolean;
  /** The error code the connection failed with (ECONNRESET...), or null. */
  error: string | null;
  /** A {@link HostNetwork.closedConnection}: no platform socket behind it. */
  closed: boolean;
}
