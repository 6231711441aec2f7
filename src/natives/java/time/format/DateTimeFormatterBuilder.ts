/**
 * @fileoverview Natives of java.time.format.DateTimeFormatterBuilder: the English names of a
 * region zone ('z', 'zzzz', 'v', ZoneId.getDisplayName), from build/tzdb.bin.
 */
import type { Ref } from '../../../../heap/index.js';
import type { Vm } from '../../../../runtime/vm.js';
import type { JavaThread } from '../../../../threads/java-thread.js';
import { newStringArray } from '../../../env.js';
import type { NativeTable } from '../../../registry.js';
import { loadTzdb } from '../../../support/tzdb.js';

export const natives: NativeTable = {
  className: 'java/time/format/DateTimeFormatterBuilder',
  methods: {
    // {short standard, short daylight, long standard, long daylight, short generic, long generic}
    'zoneNames0(Ljava/lang/String;)[Ljava/lang/String;': (vm: Vm, _t: JavaThread, id: Ref) => {
      const names = loadTzdb(vm.host).names(vm.jsString(id) ?? '');
      return names === null ? 0 : newStringArray(vm, names);
    },
  },
};
