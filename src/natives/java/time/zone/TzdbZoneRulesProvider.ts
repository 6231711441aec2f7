/**
 * @fileoverview Natives of java.time.zone.TzdbZoneRulesProvider: the zone IDs, the tzdata version
 * and one zone's serialized rules from build/tzdb.bin (src/natives/support/tzdb.ts). Java parses
 * the rules and caches them.
 */
import type { Ref } from '../../../../heap/index.js';
import type { Vm } from '../../../../runtime/vm.js';
import type { JavaThread } from '../../../../threads/java-thread.js';
import { newStringArray } from '../../../env.js';
import type { NativeTable } from '../../../registry.js';
import { loadTzdb } from '../../../support/tzdb.js';

type T = JavaThread;

export const natives: NativeTable = {
  className: 'java/time/zone/TzdbZoneRulesProvider',
  methods: {
    'ids0()[Ljava/lang/String;': (vm: Vm) => newStringArray(vm, loadTzdb(vm.host).ids),
    'version0()Ljava/lang/String;': (vm: Vm) => vm.newString(loadTzdb(vm.host).version),
    'rules0(Ljava/lang/String;)[B': (vm: Vm, _t: T, id: Ref) => {
      const bytes = loadTzdb(vm.host).rules(vm.jsString(id) ?? '');
      if (bytes === null) return 0;
      const arr = vm.newArray(vm.registry.load('[B'), bytes.length);
      vm.heap.u8.set(bytes, arr + 16); // read the view after allocating: the heap may have grown
      return arr;
    },
  },
};
