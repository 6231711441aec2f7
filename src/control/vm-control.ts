/**
 * @fileoverview Serves control requests inside a running VM: checkpoints are taken at the next
 * safepoint, between two interpreter slices, so the program needs no change and pays nothing
 * until asked (DESIGN principles 2 and 4). A failed checkpoint leaves the program running.
 */
import { checkpointToBytes } from '../image/checkpoint.js';
import type { Vm } from '../runtime/vm.js';
import type { ControlRequest, ControlResponse } from './protocol.js';

/** Where CRaC-style checkpoints go (-XX:CRaCCheckpointTo), and the image's file name there. */
export const CRAC_IMAGE_NAME = 'tern.image';

/** Control settings of one VM. */
export interface ControlSettings {
  /** -XX:CRaCCheckpointTo directory, or null. */
  cracCheckpointTo: string | null;
}

/** Handles one request for `vm`. */
export function handleControlRequest(vm: Vm, settings: ControlSettings, request: ControlRequest): Promise<ControlResponse> {
  switch (request.op) {
    case 'status':
      return Promise.resolve({ ok: true, message: `${vm.mainClassName}: ${vm.scheduler.threads.filter((t) => t.state !== 7).length} live threads${vm.restored ? ', restored' : ''}` });
    case 'crac-checkpoint':
      if (settings.cracCheckpointTo === null) return Promise.resolve({ ok: false, error: 'the VM was not started with -XX:CRaCCheckpointTo' });
      return checkpointAtSafepoint(vm, vm.host.joinPath(settings.cracCheckpointTo, CRAC_IMAGE_NAME), true, 0);
    case 'checkpoint':
      return checkpointAtSafepoint(vm, request.path, request.stop, request.compressionLevel);
  }
}

/** Takes a checkpoint to `path` at the next safepoint; with `stop`, the VM then ends (status 0). */
export function checkpointAtSafepoint(vm: Vm, path: string, stop: boolean, compressionLevel: number): Promise<ControlResponse> {
  return new Promise((resolve) => {
    vm.scheduler.atSafepoint(() => {
      try {
        const { bytes } = checkpointToBytes(vm, { compressionLevel });
        vm.host.writeFileAtomic(path, bytes);
        if (stop) {
          vm.exitCode = 0;
          vm.scheduler.exiting = true;
        }
        resolve({ ok: true, message: `checkpoint written to ${path}`, bytes: bytes.length });
      } catch (e) {
        resolve({ ok: false, error: `checkpoint failed: ${(e as Error).message}` });
      }
    });
  });
}
