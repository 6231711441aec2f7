/**
 * @fileoverview Natives of org.crac.Core: CRaC's checkpointRestore on Tern (docs/checkpoint.md).
 */
import { BLOCK } from '../../../interp/invoke-native.js';
import { checkpointFromThread } from '../../../image/checkpoint.js';
import { JavaThrow } from '../../../runtime/errors.js';
import type { Vm } from '../../../runtime/vm.js';
import type { JavaThread } from '../../../threads/java-thread.js';
import type { NativeTable } from '../../registry.js';
import { CRAC_IMAGE_NAME } from '../../../control/vm-control.js';

export const natives: NativeTable = {
  className: 'org/crac/Core',
  methods: {
    'checkpointRestore0()V': (vm: Vm, t: JavaThread) => {
      if (vm.cracCheckpointTo === null) {
        throw new JavaThrow('org/crac/CheckpointException', 'no image directory: start the VM with -XX:CRaCCheckpointTo=DIR');
      }
      const path = vm.host.joinPath(vm.cracCheckpointTo, CRAC_IMAGE_NAME);
      checkpointFromThread(vm, t, { path, stop: true, failure: 'org/crac/CheckpointException' });
      return BLOCK;
    },
  },
};
