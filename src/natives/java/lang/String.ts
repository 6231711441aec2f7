/**
 * @fileoverview Natives of java.lang.String: only interning; everything else is Java code over
 * the `char[] value` field (docs/classlib-contract.md).
 */
import type { Ref } from '../../../heap/index.js';
import type { Vm } from '../../../runtime/vm.js';
import type { JavaThread } from '../../../threads/java-thread.js';
import type { NativeTable } from '../../registry.js';

export const natives: NativeTable = {
  className: 'java/lang/String',
  methods: {
    'intern()Ljava/lang/String;': (vm: Vm, _t: JavaThread, self: Ref) => vm.intern(self),
  },
};
