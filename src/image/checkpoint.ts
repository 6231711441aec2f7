/**
 * @fileoverview Taking a checkpoint of a running VM and restoring one: the glue between the
 * scheduler's safepoints, capture/restore and the codec. Host-independent: files and compression
 * come from the Host.
 */
import type { Host } from '../host/host.js';
import type { Vm } from '../runtime/vm.js';
import type { JavaThread } from '../threads/java-thread.js';
import { ThreadState } from '../threads/java-thread.js';
import { captureImage } from './capture.js';
import { decodeImage, encodeImage } from './codec.js';
import { classLibraryId } from './library-id.js';
import type { Image } from './model.js';
import { restoreImage } from './restore.js';

/** How an image is written. */
export interface CheckpointOptions {
  /** DEFLATE level 1..9, or 0 for no compression. */
  compressionLevel?: number;
}

/** Captures `vm` (which must be at a safepoint) and encodes the image. */
export function checkpointToBytes(vm: Vm, options: CheckpointOptions = {}): { image: Image; bytes: Uint8Array } {
  vm.host.flush();
  const image = captureImage(vm, classLibraryId(vm.options.classLibrary), vm.mainClassName);
  const level = options.compressionLevel ?? 0;
  const bytes = encodeImage(image, level > 0
    ? { compression: 'deflate', level, deflate: (b: Uint8Array) => vm.host.deflate(b, level) }
    : { compression: 'none' });
  return { image, bytes };
}

/** Decodes `bytes` and rebuilds their program in `vm`, a fresh VM with the same class library. */
export function restoreFromBytes(vm: Vm, bytes: Uint8Array): Image {
  const image = decodeImage(bytes, { inflate: (b: Uint8Array, size: number) => vm.host.inflate(b, size) });
  restoreImage(vm, image, classLibraryId(vm.options.classLibrary));
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
 * Returns the image size; throws (the program keeps running) when no image could be written.
 */
export function writeCheckpoint(vm: Vm, path: string, stop: boolean, options?: CheckpointOptions): number {
  const { bytes } = checkpointToBytes(vm, options);
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
export async function migrateNow(vm: Vm, send: NonNullable<Host['sendImage']>, to: MigrationTarget): Promise<MigrationOutcome> {
  const started = Date.now();
  const bytes = checkpointToBytes(vm, { compressionLevel: 1 }).bytes;
  const captureMs = Date.now() - started;
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
  vm.scheduler.atSafepoint(() => {
    t.state = ThreadState.Runnable;
    t.resumeValue = 1;
    try {
      writeCheckpoint(vm, request.path, request.stop, request.options);
      t.resumeValue = 0;
      if (request.stop) return;
    } catch (e) {
      t.resumeValue = 0;
      t.resumeThrow = { javaClass: request.failure, message: (e as Error).message };
    }
    vm.scheduler.makeRunnable(t);
  });
}
