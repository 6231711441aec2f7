/**
 * @fileoverview Natives of tern.Checkpoint: checkpoint from Java (docs/checkpoint.md).
 */
import type { Ref } from '../../heap/index.js';
import { BLOCK } from '../../interp/invoke-native.js';
import { checkpointFromThread, migrateFromThread } from '../../image/checkpoint.js';
import { JavaThrow } from '../../runtime/errors.js';
import type { Vm } from '../../runtime/vm.js';
import type { JavaThread } from '../../threads/java-thread.js';
import type { NativeTable } from '../registry.js';

export const natives: NativeTable = {
  className: 'tern/Checkpoint',
  methods: {
    'checkpoint0(Ljava/lang/String;Z)I': (vm: Vm, t: JavaThread, path: Ref, stop: number) => {
      if (path === 0) throw new JavaThrow('java/lang/NullPointerException');
      checkpointFromThread(vm, t, { path: vm.jsString(path)!, stop: stop !== 0, failure: 'tern/CheckpointFailedException' });
      return BLOCK;
    },
    'isRestored0()Z': (vm: Vm) => (vm.restored ? 1 : 0),
    'migrate0(Ljava/lang/String;ILjava/lang/String;)V': (vm: Vm, t: JavaThread, host: Ref, port: number, token: Ref) => {
      if (host === 0 || token === 0) throw new JavaThrow('java/lang/NullPointerException');
      migrateFromThread(vm, t, { host: vm.jsString(host)!, port, token: vm.jsString(token)! }, 'tern/CheckpointFailedException');
      return BLOCK;
    },
  },
};
