/**
 * @fileoverview java.security.SecureRandom's one native: fill a byte[] from the host's
 * cryptographic random source (Host.randomBytes; the Web Crypto global where a host lacks it).
 */
import { ARRAY_DATA_OFFSET, type Ref } from '../../../heap/index.js';
import type { Vm } from '../../../runtime/vm.js';
import type { JavaThread } from '../../../threads/java-thread.js';
import { arrayLength, requireNonNull } from '../../env.js';
import type { NativeTable } from '../../registry.js';

/** Fills `n` fresh random bytes. */
function random(vm: Vm, n: number): Uint8Array {
  if (vm.host.randomBytes) return vm.host.randomBytes(n);
  const out = new Uint8Array(n);
  // getRandomValues takes at most 65536 bytes per call.
  for (let i = 0; i < n; i += 65536) globalThis.crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  return out;
}

export const natives: NativeTable = {
  className: 'java/security/SecureRandom',
  methods: {
    'randomBytes0([B)V': (vm: Vm, _t: JavaThread, bytes: Ref) => {
      requireNonNull(bytes);
      const n = arrayLength(vm, bytes);
      vm.heap.u8.set(random(vm, n), bytes + ARRAY_DATA_OFFSET);
    },
  },
};
