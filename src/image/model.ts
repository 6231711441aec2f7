/**
 * @fileoverview The checkpoint image as data (DESIGN "Checkpoint image", docs/image-format.md):
 * what capture produces and restore consumes. Everything here is host- and address-independent:
 * objects are numbered by sequence id (1..n, 0 = null), classes and methods are named, deadlines
 * are relative to the capture time. The codec (codec.ts) turns this into bytes and back.
 */

/** Version of the model and of its byte format; a reader refuses any other. */
export const IMAGE_FORMAT_VERSION = 6;

/**
 * Versions a reader accepts: 2 (no sockets section, read as no sockets), 3 (no datagram sockets),
 * 4 (no standard streams, descriptors or charsets named), 5 (no standard-input position, no
 * multicast state: read as a program that had read nothing from standard input, and whose
 * datagram sockets had no multicast state, which a version-5 checkpoint refused) and 6.
 */
export const READABLE_IMAGE_FORMAT_VERSIONS: readonly number[] = [2, 3, 4, 5, 6];

/** How a class got into the VM, which decides how restore gets it back. */
export const enum ClassOrigin {
  /** The class library: the restoring VM loads it by name from its own (identical) library. */
  Boot = 0,
  /** The application class path: the image carries the class-file bytes. */
  App = 1,
  /** Spun by the VM for a call site (lambdas, string concatenation): bytes carried, defined hidden. */
  Hidden = 2,
  /** An array class: rebuilt from its name. */
  Array = 3,
  /**
   * On the application class path but not loaded yet: the bytes are carried so that the restored
   * program, which has no class path, can still load it later. State Loaded, nothing else set.
   */
  AppAvailable = 4,
  /**
   * A primitive type (`int`, `void`...) whose Class object the program holds (int.class is
   * Integer.TYPE): restore makes that object the restoring VM's mirror of the same primitive type,
   * so `int.class == Integer.TYPE` stays true. Named by its Java name; no bytes, no fields.
   */
  Primitive = 5,
}

/** Kind of a value, as in field descriptors; 'T' marks an unusable (dead) frame slot. */
export type ValueTag = 'Z' | 'B' | 'C' | 'S' | 'I' | 'F' | 'J' | 'D' | 'L' | 'T';

/** A class the program had loaded, with its initialization state and static fields. */
export interface ImageClass {
  /** Internal name (`java/lang/String`, `[I`, `Main$$Lambda$1`). */
  name: string;
  origin: ClassOrigin;
  /** Class-file bytes for App and Hidden classes; null otherwise. */
  bytes: Uint8Array | null;
  /** InitState ordinal (runtime/model.ts): Loaded, Linked, Initializing, Initialized, Erroneous. */
  state: number;
  /** Thread (index in {@link Image.threads}) running `<clinit>` while state is Initializing, or -1. */
  initThread: number;
  /** Static fields declared by the class, in declaration order. */
  statics: ImageField[];
  /**
   * Instance-field layout of objects of this class (not arrays): superclass fields first, each
   * class's fields in declaration order. Objects list their values in this order.
   */
  instanceFields: ImageFieldDesc[];
  /** Object id of the java.lang.Class mirror, or 0 when none was created. */
  mirror: number;
}

/** A field's name and kind. */
export interface ImageFieldDesc {
  /** Declaring class (internal name) and field name: a subclass may hide a superclass's field. */
  owner: string;
  name: string;
  tag: ValueTag;
}

/** One field value: numbers for Z B C S I F D, bigint for J, object id for L. */
export type ImageValue = number | bigint;

/** A static field with its value. */
export interface ImageField extends ImageFieldDesc {
  value: ImageValue;
}

/** An object or array reachable from the roots, numbered by its position (id = index + 1). */
export interface ImageObject {
  /** Index in {@link Image.classes}. */
  classIndex: number;
  /** Identity hash the program may have observed (0 = never computed). */
  hash: number;
  /** Instance-field values in the order of the class's {@link ImageClass.instanceFields}; empty for arrays. */
  values: ImageValue[];
  /** For arrays: the element count. */
  length: number;
  /**
   * For arrays of primitives: the elements as little-endian bytes (length * element size).
   * For arrays of references: null, see {@link refs}.
   */
  data: Uint8Array | null;
  /** For arrays of references: object ids. */
  refs: number[] | null;
  /**
   * A well-known object of the class library (src/image/well-known.ts; version 4): named, not
   * copied — no values, length, data or refs; the restoring VM takes its own object at `path` from
   * static field `root` (`owner.field`). Absent (or null) for a copied object.
   */
  name?: ImageObjectName | null;
}

/** The name of a well-known object: a root static field and a path from its value. */
export interface ImageObjectName {
  /** `owner.field`, a key of WELL_KNOWN_ROOTS. */
  root: string;
  /** From the root's value: an array index, or an instance-field position in the class's layout. */
  path: number[];
}

/** The (frozen, shared) field values of every array object: arrays have none. */
export const NO_VALUES: ImageValue[] = Object.freeze([]) as unknown as ImageValue[];

/** Parked states of a thread, mirroring threads/java-thread.ts ThreadState. */
export const enum ImageThreadState {
  Runnable = 0,
  BlockedOnMonitor = 1,
  Waiting = 2,
  Sleeping = 3,
  Parked = 4,
  WaitingForClassInit = 5,
  WaitingForIo = 6,
}

/** One interpreter frame. Only interpreter frames exist in an image (DESIGN principle 3). */
export interface ImageFrame {
  /** Index in {@link Image.classes} of the method's class. */
  classIndex: number;
  /** Method name and descriptor (`main([Ljava/lang/String;)V`). */
  method: string;
  /** Bytecode pc (for callers, the pc of the invoke in progress). */
  pc: number;
  /** FrameKind ordinal (threads/frame.ts): Normal, Reexecute, ClassInit. */
  kind: number;
  /** For ClassInit frames: index of the class being initialized, else -1. */
  initClass: number;
  /**
   * The frame's slots from local 0 to its stack top, typed by the analysis at `pc`: locals, then
   * the lock slot of a synchronized method, then the operand stack. Longs and doubles take two
   * entries (the second tagged 'T'), as in the JVM.
   */
  slots: ImageSlot[];
}

/** One slot: raw numbers for I F (and the halves of J, stored as the int32 pair), ids for L. */
export interface ImageSlot {
  tag: ValueTag;
  /** I: int32; F/D: the number; J: lo word in slot 1 (tag 'J'), hi word in the next slot (tag 'T'); L: object id. */
  value: number;
}

/** A Java thread with its frames and what it is parked on. */
export interface ImageThread {
  /** VM thread id (used by diagnostics and Thread.getId() lives in the heap anyway). */
  id: number;
  name: string;
  daemon: boolean;
  /** Object id of the java.lang.Thread. */
  threadObject: number;
  interrupted: boolean;
  state: ImageThreadState;
  /** Milliseconds left of a timed wait, sleep or park at capture time; -1 = no deadline. */
  remainingMs: number;
  /** Object id the thread waits to enter or waits on, or 0. */
  blockedOn: number;
  savedLockCount: number;
  /** Index of the class whose initialization the thread waits for, or -1. */
  waitingForClass: number;
  parkPermit: boolean;
  /** Set while Thread.dispatchUncaughtException runs. */
  dispatchingUncaught: boolean;
  /** Suspended inside a native (sleep, wait, park, I/O): how the invoke at the top frame completes. */
  native: ImageNativeSuspension | null;
  /** Frames, bottom (oldest) first. */
  frames: ImageFrame[];
}

/** A thread suspended in a native method. */
export interface ImageNativeSuspension {
  /** Index of the native method's class and its name + descriptor. */
  classIndex: number;
  method: string;
  /** ValueKind ordinal of the pending result, or -1 when none was set yet. */
  resumeKind: number;
  /** Pending result (bigint for long). */
  resumeValue: number | bigint;
  /** Object id of an exception to throw on resumption, or 0. */
  resumeException: number;
  /** A VM exception to create and throw on resumption. */
  resumeThrow: { javaClass: string; message: string | null } | null;
}

/** An inflated monitor that matters: owned, or with waiting threads. */
export interface ImageMonitor {
  /** Object id. */
  object: number;
  /** Owner thread index, or -1. */
  owner: number;
  count: number;
  /** Threads queued to enter, in order. */
  entryQueue: number[];
  /** Threads in wait(), in order. */
  waitSet: number[];
}

/** How a file was open (the open-file table's modes, src/runtime/open-files.ts). */
export const enum ImageFileMode {
  Read = 0,
  Write = 1,
  Append = 2,
  ReadWrite = 3,
}

/**
 * A file the image knows: one the program held open (slot 3 and up, Java's FileDescriptor.fd),
 * or one saved without being open (slot -1: a file of a directory named by --checkpoint-dir).
 */
export interface ImageFile {
  /** Slot in the open-file table, or -1 for a saved file that was not open. */
  fd: number;
  /** Absolute path. */
  path: string;
  mode: ImageFileMode;
  /** Offset of the next read or write. */
  position: number;
  /** Size in bytes at the capture; -1 when it is not a regular file. */
  size: number;
  /** SHA-256 (hex) of the contents at the capture, '' when not a regular file. */
  digest: string;
  /** The contents at the capture, when the checkpoint policy saved them; else null. */
  contents: Uint8Array | null;
}

/** How the program got a socket (docs/sockets.md "Sockets in images"). */
export const enum ImageSocketKind {
  /** A ServerSocket listening: re-bound to the same address and port on restore. */
  Listener = 0,
  /** A connection the program opened (Socket.connect). */
  Client = 1,
  /** A connection the program took from a listener (ServerSocket.accept). */
  Accepted = 2,
  /** A connection a listener received that the program has not accepted yet (its queue). */
  Pending = 3,
  /**
   * A bound UDP socket (DatagramSocket; version 4): bound again to the same address and port on
   * restore, connected again when it was connected, with the datagrams it had queued.
   */
  Datagram = 4,
}

/** A datagram received by a UDP socket but not taken by the program yet. */
export interface ImageDatagram {
  bytes: Uint8Array;
  from: ImageEndpoint;
}

/** An IP literal and a port. */
export interface ImageEndpoint {
  address: string;
  port: number;
}

/** What a thread blocked on a socket waits for: re-issued on restore with the time it had left. */
export interface ImageSocketWait {
  /** Index in {@link Image.threads}. */
  thread: number;
  /** 'receive': a thread in DatagramSocket.receive (version 4). */
  kind: 'accept' | 'read' | 'receive';
  /** Milliseconds left of its SO_TIMEOUT at the capture; -1 = none. */
  remainingMs: number;
}

/** One socket of the program, as plain data: enough to re-establish it or to describe it. */
export interface ImageSocket {
  /** Descriptor (Socket.fd, ServerSocket.fd); 0 exactly for a pending connection. */
  id: number;
  kind: ImageSocketKind;
  /** A pending connection: the descriptor of the listener it waits on; otherwise 0. */
  listener: number;
  /**
   * An accepted or pending connection whose other end is a client socket of the same image: that
   * client's descriptor (restore connects the two again); otherwise 0 (the peer is outside).
   */
  peer: number;
  /** Local endpoint (a listener on every address has 0.0.0.0), as the program saw it. */
  local: ImageEndpoint;
  /** The peer's endpoint; null for a listener. */
  remote: ImageEndpoint | null;
  /** Listener queue length asked for (listeners), else 0. */
  backlog: number;
  inputShutdown: boolean;
  outputShutdown: boolean;
  noDelay: boolean;
  keepAlive: boolean;
  /** The peer's end of stream had arrived (after the unread bytes, reads return -1). */
  eof: boolean;
  /** The connection had failed (reset): after the unread bytes, reads fail again. */
  reset: boolean;
  /** Bytes received but not read by the program yet. */
  unread: Uint8Array;
  /** Threads blocked on it in accept() or read() (receive() for a datagram socket). */
  waits: ImageSocketWait[];
  /** A datagram socket: the datagrams queued but not received by the program, oldest first; else empty. */
  datagrams: ImageDatagram[];
  /**
   * A datagram socket's binding option and multicast state (version 6; absent: none of it set).
   * Restore binds with SO_REUSEADDR when asked, sets the options, and joins the groups again.
   */
  multicast?: ImageMulticast;
}

/** What a datagram socket set that lives in the platform socket (MulticastSocket, DatagramChannel.join). */
export interface ImageMulticast {
  /** Bound with SO_REUSEADDR (a MulticastSocket; several may share a port). */
  reuseAddress: boolean;
  /** Groups joined, in joining order, each with the address of the interface it was joined on (null: the platform's choice). */
  groups: Array<{ group: string; iface: string | null }>;
  /** IP_MULTICAST_TTL as set, or -1 when never set. */
  ttl: number;
  /** IP_MULTICAST_LOOP as set, or null when never set. */
  loopback: boolean | null;
  /** IP_MULTICAST_IF (an interface address) as set, or null when never set. */
  iface: string | null;
}

/**
 * The program's standard input (version 6): how much of it the VM had read from its process, and
 * the bytes read but not taken by the program yet (the host's read-ahead). The restored program
 * gets `buffered` first, then reads the restoring process's standard input, which continues the
 * original input at `offset` (docs/checkpoint.md "Standard input").
 */
export interface ImageStdin {
  /** Bytes of the program's standard input read from the host, over every generation. */
  offset: number;
  /** Read from the host, not yet taken by the program (they come before the new process's input). */
  buffered: Uint8Array;
  /** The host had seen the end of the input (informational: the restored program reads its own process's input). */
  ended: boolean;
}

/** The socket table of the program. */
export interface ImageSockets {
  /** The next descriptor the table hands out (descriptors are never reused within a run). */
  nextId: number;
  sockets: ImageSocket[];
  /** Results of name lookups a thread has not taken yet (InetAddress between its two natives). */
  lookups: Array<{ thread: number; results: string[] }>;
  /**
   * Senders of datagrams a thread received but whose sender it has not taken yet (DatagramSocket
   * receive is two natives; version 4).
   */
  senders: Array<{ thread: number; from: ImageEndpoint }>;
}

/** A complete image. */
export interface Image {
  /** Identity of the class library the image was made with (SHA-256 hex of classlib.bin). */
  classLibrary: string;
  /** Wall-clock time of the capture (epoch ms), for the clock offset on restore. */
  capturedAt: number;
  /** The VM's counters that must continue (next thread id...). */
  vm: {
    nextThreadId: number;
    /** State of the identity-hash generator, so hashes drawn after restore are the ones an uninterrupted run draws. */
    hashState: number;
    shutdownStarted: boolean;
    /** Index of the main thread in {@link Image.threads}, or -1. */
    mainThread: number;
    exitCode: number;
    /**
     * System.nanoTime() at the capture: a restored VM continues the monotonic clock from here, so
     * deadlines a program computed from nanoTime keep their order (the downtime does not count).
     */
    nanoTime: number;
  };
  /** Main class and arguments of the original run (diagnostics, `tern inspect`). */
  mainClass: string;
  classes: ImageClass[];
  objects: ImageObject[];
  /** Object ids of the interned strings, in interning order. */
  interned: number[];
  /** Methods named by stack traces: class index and `name + descriptor`. */
  methods: Array<{ classIndex: number; method: string }>;
  /**
   * Object ids of Throwable backtraces: int[] arrays of (method, pc) pairs whose method entries
   * are indices into {@link methods} in the image (the VM's own method ids are per run).
   */
  backtraces: number[];
  threads: ImageThread[];
  monitors: ImageMonitor[];
  /** Open files (and saved files), by slot; restore reopens them where the program left them. */
  files: ImageFile[];
  /** Sockets (version 3; a version-2 image has none). */
  sockets: ImageSockets;
  /**
   * The program's working directory (absolute; where its relative paths resolve, its user.dir):
   * a restored program keeps resolving relative paths there. Optional section 12; absent in
   * images that do not carry it, whose restored programs use the restoring process's directory.
   */
  workingDirectory?: string;
  /**
   * Standard input (section 12, version 6); absent when the program had read nothing from it (and
   * in older images, whose restored programs read their process's input from its start).
   */
  stdin?: ImageStdin;
}
