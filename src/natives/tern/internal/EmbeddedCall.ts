/**
 * @fileoverview Natives of tern.internal.EmbeddedCall: a call made through the embedding API
 * finished; the VM's embedder (src/api/tern.ts) converts the result while the references are valid.
 */
import type { Ref } from '../../../heap/index.js';
import type { Vm } from '../../../runtime/vm.js';
import type { JavaThread } from '../../../threads/java-thread.js';
import type { NativeTable } from '../../registry.js';

export const natives: NativeTable = {
  className: 'tern/internal/EmbeddedCall',
  methods: {
    'complete0(ILjava/lang/Object;Ljava/lang/Throwable;Ljava/lang/String;)V': (vm: Vm, _t: JavaThread, id: number, result: Ref, error: Ref, trace: Ref) => {
      vm.embedding?.complete(id, result, error, trace);
    },
  },
};
