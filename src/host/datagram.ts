/**
 * @fileoverview UDP, the datagram part of the platform boundary (docs/sockets.md): bound sockets
 * as small integer handles (their own numbering, separate from {@link HostNetwork}'s). Like TCP,
 * receiving is tried at once ({@link HostDatagrams.receive}) and, when nothing is queued, waited
 * for ({@link HostDatagrams.whenReady}); waiting consumes nothing, so a receive timeout or a
 * close loses no datagram. Datagrams that arrived before the program asked for them stay queued
 * in the handle (bounded, like a kernel receive buffer: the newest are dropped when it is full).
 */
import type { Endpoint, NetHandle } from './network.js';

/** A received datagram and its sender. */
export interface Datagram {
  bytes: Uint8Array;
  from: Endpoint;
}

/** How a UDP socket is bound (MulticastSocket binds with SO_REUSEADDR, as the JDK's does). */
export interface BindOptions {
  reuseAddress?: boolean;
}

/**
 * A multicast setting of a UDP socket (IPv4; `iface` is an address of the interface, null: the
 * platform's choice). Join and leave are IP_ADD_MEMBERSHIP / IP_DROP_MEMBERSHIP.
 */
export type MulticastOp =
  | { op: 'join' | 'leave'; group: string; iface: string | null }
  | { op: 'ttl'; value: number }
  | { op: 'loopback'; value: boolean }
  | { op: 'interface'; iface: string };

/** UDP sockets. */
export interface HostDatagrams {
  /**
   * Binds a UDP socket to `address` (null: every IPv4 address) and `port` (0: ephemeral).
   * Rejects with a NetError (EADDRINUSE, EADDRNOTAVAIL, EACCES).
   */
  bind(address: string | null, port: number, options?: BindOptions): Promise<NetHandle>;
  /** Takes the oldest queued datagram, or null when none has arrived. */
  receive(h: NetHandle): Datagram | null;
  /** Sends one datagram to `address` (an IP literal) and `port`; resolves once the platform took it. */
  send(h: NetHandle, bytes: Uint8Array, address: string, port: number): Promise<void>;
  /**
   * Calls `ready` once, asynchronously, when a datagram is queued or the handle was closed.
   * Returns a canceller. While a wait is registered the handle keeps the platform alive.
   */
  whenReady(h: NetHandle, ready: () => void): () => void;
  /** Whether a datagram is queued (or the handle was closed): a selector's poll; consumes nothing. */
  ready(h: NetHandle): boolean;
  /** The bound address and port. */
  localEndpoint(h: NetHandle): Endpoint;
  /** Number of queued datagrams (a checkpoint can report them). */
  queued(h: NetHandle): number;
  /** Closes the socket; pending waits are told. */
  close(h: NetHandle): void;
  /**
   * Applies a multicast setting (docs/sockets.md "Multicast"). Throws a NetError (EADDRINUSE:
   * already a member, EADDRNOTAVAIL: not a member or no such interface address, EINVAL). Absent
   * on hosts without multicast.
   */
  multicast?(h: NetHandle, op: MulticastOp): void;

  // ---- Checkpoint and restore (docs/sockets.md "Sockets in images") ----

  /** Copies of the queued datagrams, oldest first, without taking them. */
  pendingDatagrams(h: NetHandle): Datagram[];
  /** Puts `datagrams` (oldest first) in front of the queue, ahead of any that arrived since the bind. */
  requeue(h: NetHandle, datagrams: readonly Datagram[]): void;
  /**
   * Datagrams that arrived since the bind (queued, taken or dropped because the queue was full),
   * by sender port: a checkpoint compares them with what the program's own sockets sent.
   */
  arrivals(h: NetHandle): ReadonlyMap<number, number>;
}
