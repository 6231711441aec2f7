/**
 * @fileoverview Taking a checkpoint of a running VM and restoring one: the glue between the
 * scheduler's safepoints, capture/restore and the codec. Host-independent: files and compression
 * come from the Host.
 */
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

/**
 * Serves a migration asked for by `t` (parked in a native): at the next safepoint the image is
 * taken with `t` about to return normally (in the receiver), sent while every thread stays paused,
 * and this VM ends once the receiver confirms; on failure `t` resumes here with `failure` thrown.
 */
export function migrateFromThread(vm: Vm, t: JavaThread, to: { host: string; port: number; token: string }, failure: string): void {
  t.state = ThreadState.WaitingForIo;
  vm.scheduler.atSafepoint(async () => {
    t.state = ThreadState.Runnable;
    let error: string;
    const send = vm.host.sendImage;
    if (!send) {
      error = 'this host cannot migrate programs';
    } else {
      try {
        const verdict = await send.call(vm.host, to.host, to.port, to.token, checkpointToBytes(vm, { compressionLevel: 1 }).bytes);
        if (verdict.ok) {
          vm.exitCode = 0;
          vm.scheduler.exiting = true;
          return;
        }
        error = verdict.error ?? 'the receiver refused the program';
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
      const { bytes } = checkpointToBytes(vm, request.options);
      vm.host.writeFileAtomic(request.path, bytes);
      t.resumeValue = 0;
      if (request.stop) {
        vm.exitCode = 0;
        vm.scheduler.exiting = true;
        return;
      }
    } catch (e) {
      t.resumeValue = 0;
      t.resumeThrow = { javaClass: request.failure, message: (e as Error).message };
    }
    vm.scheduler.makeRunnable(t);
  });
}
