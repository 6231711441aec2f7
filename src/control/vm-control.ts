/**
 * @fileoverview Serves control requests inside a running VM: checkpoints are taken at the next
 * safepoint, between two interpreter slices, so the program needs no change and pays nothing
 * until asked (DESIGN principles 2 and 4). A failed checkpoint leaves the program running.
 */
import { migrateNow, writeCheckpoint, type CheckpointProgress, type MigrationOutcome } from '../image/checkpoint.js';
import type { Vm } from '../runtime/vm.js';
import type { ControlRequest, ControlResponse } from './protocol.js';
import type { Host } from '../host/host.js';

/** Where CRaC-style checkpoints go (-XX:CRaCCheckpointTo), and the image's file name there. */
export const CRAC_IMAGE_NAME = 'tern.image';

/** Control settings of one VM. */
export interface ControlSettings {
  /** -XX:CRaCCheckpointTo directory, or null. */
  cracCheckpointTo: string | null;
  /** Sends an image to a migration receiver (host-specific); absent when the host cannot. */
  sendImage?: Host['sendImage'];
}

/** Handles one request for `vm`; long operations report how they go through `progress`. */
export function handleControlRequest(
  vm: Vm,
  settings: ControlSettings,
  request: ControlRequest,
  progress?: (p: CheckpointProgress) => void,
): Promise<ControlResponse> {
  switch (request.op) {
    case 'status':
      return Promise.resolve({ ok: true, message: `${vm.mainClassName}: ${vm.scheduler.threads.filter((t) => t.state !== 7).length} live threads${vm.restored ? ', restored' : ''}` });
    case 'crac-checkpoint':
      if (settings.cracCheckpointTo === null) return Promise.resolve({ ok: false, error: 'the VM was not started with -XX:CRaCCheckpointTo' });
      return checkpointAtSafepoint(vm, vm.host.joinPath(settings.cracCheckpointTo, CRAC_IMAGE_NAME), true, 0, progress);
    case 'checkpoint':
      return checkpointAtSafepoint(vm, request.path, request.stop, request.compressionLevel, progress);
    case 'migrate':
      return migrateAtSafepoint(vm, settings, request.host, request.port, request.token, progress);
  }
}

/**
 * Moves the program to a receiver: at the next safepoint the image is taken and sent while every
 * Java thread stays paused; when the receiver confirms the restore, this VM ends (status 0);
 * otherwise the program resumes here as if nothing happened.
 */
export function migrateAtSafepoint(
  vm: Vm,
  settings: ControlSettings,
  host: string,
  port: number,
  token: string,
  progress?: (p: CheckpointProgress) => void,
): Promise<ControlResponse> {
  const send = settings.sendImage ?? vm.host.sendImage?.bind(vm.host);
  if (!send) return Promise.resolve({ ok: false, error: 'this host cannot migrate programs' });
  return new Promise((resolve) => {
    vm.scheduler.atSafepoint(async () => {
      let r: MigrationOutcome;
      try {
        r = await migrateNow(vm, send, { host, port, token }, progress);
      } catch (e) {
        resolve({ ok: false, error: `migration failed: ${(e as Error).message}` });
        return;
      }
      resolve(r.ok
        ? { ok: true, bytes: r.bytes, message: `migrated to ${host}:${port} in ${r.totalMs} ms (capture ${r.captureMs} ms, transfer ${r.transferMs} ms, restore ${r.restoreMs} ms)` }
        : { ok: false, error: `migration failed, the program keeps running here: ${r.error}` });
    });
  });
}

/** Takes a checkpoint to `path` at the next safepoint; with `stop`, the VM then ends (status 0). */
export function checkpointAtSafepoint(
  vm: Vm,
  path: string,
  stop: boolean,
  compressionLevel: number,
  onProgress?: (p: CheckpointProgress) => void,
): Promise<ControlResponse> {
  return new Promise((resolve) => {
    vm.scheduler.atSafepoint(async () => {
      try {
        const bytes = await writeCheckpoint(vm, path, stop, { compressionLevel, onProgress });
        resolve({ ok: true, message: `checkpoint written to ${path}`, bytes });
      } catch (e) {
        resolve({ ok: false, error: `checkpoint failed: ${(e as Error).message}` });
      }
    });
  });
}
