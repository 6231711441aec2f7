/**
 * @fileoverview Taking a checkpoint of a running VM and restoring one: the glue between the
 * scheduler's safepoints, capture/restore and the codec. Host-independent: files and compression
 * come from the Host.
 */
import type { Host } from '../host/host.js';
import type { Vm } from '../runtime/vm.js';
import type { JavaThread } from '../threads/java-thread.js';
import { ThreadState } from '../threads/java-thread.js';
import { captureSteps } from './capture.js';
import { decodeImage, encodeSteps } from './codec.js';
import { classLibraryId } from './library-id.js';
import type { Image } from './model.js';
import { RestoreError, restoreImage, resumeClocks, type RestoreOptions } from './restore.js';
import { restoreSocketData, restoreSockets, settleSockets, SocketRestoreError } from './sockets.js';

/** How far a checkpoint has got: objects captured, objects encoded, then compression and writing. */
export interface CheckpointProgress {
  phase: 'capture' | 'encode' | 'compress' | 'write' | 'send';
  done: number;
  total: number;
}

/** How an image is written. */
export interface CheckpointOptions {
  /** DEFLATE level 1..9, or 0 for no compression. */
  compressionLevel?: number;
  /**
   * Told how a long checkpoint is going. With {@link checkpointToBytesAsync} the event loop runs
   * between two calls (every Java thread stays paused), so a controller can be kept informed.
   */
  onProgress?: (p: CheckpointProgress) => void;
}

/** The whole checkpoint as steps: capture, then encoding; returns the image bytes. */
function* checkpointSteps(vm: Vm, options: CheckpointOptions): Generator<CheckpointProgress, Uint8Array> {
  vm.host.flush();
  // Heap views are safe: the image is encoded before any Java code runs again.
  const capture = captureSteps(vm, classLibraryId(vm.options.classLibrary), vm.mainClassName, { heapViews: true });
  yield { phase: 'capture', done: 0, total: 0 };
  let c = capture.next();
  for (; !c.done; c = capture.next()) yield { phase: 'capture', done: c.value.done, total: c.value.total };
  const image = c.value;
  yield { phase: 'encode', done: 0, total: image.objects.length };
  const level = options.compressionLevel ?? 0;
  return yield* encodeSteps(image, level > 0
    ? { compression: 'deflate', level, deflate: (b: Uint8Array) => vm.host.deflate(b, level) }
    : { compression: 'none' });
}

/** Captures `vm` (which must be at a safepoint) and encodes the image, in one go. */
export function checkpointToBytes(vm: Vm, options: CheckpointOptions = {}): { bytes: Uint8Array } {
  const steps = checkpointSteps(vm, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return { bytes: r.value };
    options.onProgress?.(r.value);
  }
}

/** How often a long checkpoint lets the event loop run (ms). */
const PROGRESS_INTERVAL_MS = 100;

/**
 * {@link checkpointToBytes} for a VM held at a safepoint by an asynchronous task: at the start of
 * each phase and every {@link PROGRESS_INTERVAL_MS} within one, it reports progress and lets the
 * event loop run (the control endpoint sends the progress on; Java threads stay paused, so the
 * heap does not change).
 */
export async function checkpointToBytesAsync(vm: Vm, options: CheckpointOptions = {}): Promise<{ bytes: Uint8Array }> {
  // Bytes in flight on sockets first reach their destination (docs/sockets.md "Sockets in images").
  await settleSockets(vm);
  const steps = checkpointSteps(vm, options);
  let last = Date.now();
  let phase = '';
  for (;;) {
    const r = steps.next();
    if (r.done) return { bytes: r.value };
    const now = Date.now();
    if (now - last >= PROGRESS_INTERVAL_MS || r.value.phase !== phase) {
      phase = r.value.phase;
      options.onProgress?.(r.value);
      await vm.host.yieldToEventLoop();
      last = Date.now();
    }
  }
}

/**
 * Decodes `bytes` and rebuilds their program in `vm`, a fresh VM with the same class library.
 * An image with sockets needs {@link restoreFromBytesAsync} (re-establishing them is asynchronous).
 */
export function restoreFromBytes(vm: Vm, bytes: Uint8Array, options: RestoreOptions = {}): Image {
  const image = decodeImage(bytes, { inflate: (b: Uint8Array, size: number) => vm.host.inflate(b, size), arrayViews: true });
  if (image.sockets.sockets.length > 0) throw new RestoreError('the image holds open sockets: restore it with restoreFromBytesAsync');
  const clock = restoreImage(vm, image, classLibraryId(vm.options.classLibrary), options);
  restoreSocketData(vm, image.sockets, image.threads);
  resumeClocks(vm, clock);
  vm.restored = true;
  vm.mainClassName = image.mainClass;
  return image;
}

/**
 * {@link restoreFromBytes} for any image: after the heap, threads and files, the sockets are
 * re-established (listeners listen again, connections are made again) before any Java thread
 * runs. Rejects with a {@link RestoreError} when the image cannot be restored; sockets it opened
 * are closed again.
 */
export async function restoreFromBytesAsync(vm: Vm, bytes: Uint8Array, options: RestoreOptions = {}): Promise<Image> {
  const image = decodeImage(bytes, { inflate: (b: Uint8Array, size: number) => vm.host.inflate(b, size), arrayViews: true });
  const clock = restoreImage(vm, image, classLibraryId(vm.options.classLibrary), options);
  try {
    await restoreSockets(vm, image.sockets, image.threads, options.warn);
  } catch (e) {
    if (e instanceof SocketRestoreError) throw new RestoreError(e.message);
    throw e;
  }
  resumeClocks(vm, clock);
  vm.restored = true;
  vm.mainClassName = image.mainClass;
  return image;
}

/** Ends the VM once its image is safe (written or restored elsewhere): status 0, no hooks, like CRaC. */
function stopAfterCheckpoint(vm: Vm): void {
  vm.exitCode = 0;
  vm.scheduler.exiting = true;
}

/**
 * At a safepoint: writes an image of `vm` to `path` atomically and, with `stop`, ends the VM.
 * Resolves to the image size; rejects (the program keeps running) when no image could be written.
 */
export async function writeCheckpoint(vm: Vm, path: string, stop: boolean, options: CheckpointOptions = {}): Promise<number> {
  const { bytes } = await checkpointToBytesAsync(vm, options);
  options.onProgress?.({ phase: 'write', done: 0, total: bytes.length });
  vm.host.writeFileAtomic(path, bytes);
  if (stop) stopAfterCheckpoint(vm);
  return bytes.length;
}

/** Where a program migrates to. */
export interface MigrationTarget {
  host: string;
  port: number;
  token: string;
}

/** How a migration went: the image size and its parts' times, or why the receiver did not take it. */
export type MigrationOutcome =
  | { ok: true; bytes: number; captureMs: number; transferMs: number; restoreMs: number; totalMs: number }
  | { ok: false; error: string };

/**
 * At a safepoint, with every Java thread paused until it settles: captures `vm`, sends the image
 * with `send` and ends the VM once the receiver confirms the restore. A refused or failed
 * transfer resolves to `ok: false` and the program resumes here; a failed capture throws.
 */
export async function migrateNow(vm: Vm, send: NonNullable<Host['sendImage']>, to: MigrationTarget, onProgress?: (p: CheckpointProgress) => void): Promise<MigrationOutcome> {
  const started = Date.now();
  const bytes = (await checkpointToBytesAsync(vm, { compressionLevel: 1, onProgress })).bytes;
  const captureMs = Date.now() - started;
  onProgress?.({ phase: 'send', done: 0, total: bytes.length });
  const v = await send(to.host, to.port, to.token, bytes);
  if (!v.ok) return { ok: false, error: v.error ?? 'the receiver refused the program' };
  stopAfterCheckpoint(vm);
  const restoreMs = v.restoreMs ?? 0;
  return { ok: true, bytes: bytes.length, captureMs, transferMs: v.transferMs - restoreMs, restoreMs, totalMs: Date.now() - started };
}

/**
 * Serves a migration asked for by `t` (parked in a native): at the next safepoint the image is
 * taken with `t` about to return normally (in the receiver), sent while every thread stays paused,
 * and this VM ends once the receiver confirms; on failure `t` resumes here with `failure` thrown.
 */
export function migrateFromThread(vm: Vm, t: JavaThread, to: MigrationTarget, failure: string): void {
  t.state = ThreadState.WaitingForIo;
  vm.scheduler.atSafepoint(async () => {
    t.state = ThreadState.Runnable;
    const send = vm.host.sendImage?.bind(vm.host);
    let error = 'this host cannot migrate programs';
    if (send) {
      try {
        const outcome = await migrateNow(vm, send, to);
        if (outcome.ok) return;
        error = outcome.error;
      } catch (e) {
        error = (e as Error).message;
      }
    }
    t.resumeThrow = { javaClass: failure, message: `migration to ${to.host}:${to.port} failed: ${error}` };
    vm.scheduler.makeRunnable(t);
  });
}

/** What a checkpoint requested by a Java thread (suspended in a native) should do. */
export interface ThreadCheckpointRequest {
  path: string;
  stop: boolean;
  options?: CheckpointOptions;
  /** Thrown in the requesting thread when the checkpoint fails. */
  failure: string;
}

/**
 * Serves a checkpoint asked for by `t`, parked in a native whose int result tells the two runs
 * apart: at the next safepoint the image is taken with `t` about to return 1 (the restored run);
 * the original run then returns 0, or stops when asked to.
 */
export function checkpointFromThread(vm: Vm, t: JavaThread, request: ThreadCheckpointRequest): void {
  t.state = ThreadState.WaitingForIo;
  vm.scheduler.atSafepoint(async () => {
    t.state = ThreadState.Runnable;
    t.resumeValue = 1;
    try {
      await writeCheckpoint(vm, request.path, request.stop, request.options);
      t.resumeValue = 0;
      if (request.stop) return;
    } catch (e) {
      t.resumeValue = 0;
      t.resumeThrow = { javaClass: request.failure, message: (e as Error).message };
    }
    vm.scheduler.makeRunnable(t);
  });
}
