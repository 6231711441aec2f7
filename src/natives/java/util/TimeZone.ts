/**
 * @fileoverview Natives of java.util.TimeZone: the host's time-zone ID (the default zone when
 * neither user.timezone nor TZ says, as HotSpot reads /etc/localtime) and the English names of a
 * database zone, from build/tzdb.bin (the same names java.time's 'z' prints: HotSpot's TimeZone
 * and DateTimeFormatter agree on every zone of tzdata 2025a).
 */
import type { Ref } from '../../../heap/index.js';
import type { Vm } from '../../../runtime/vm.js';
import type { JavaThread } from '../../../threads/java-thread.js';
import { newStringArray } from '../../env.js';
import type { NativeTable } from '../../registry.js';
import { loadTzdb } from '../../support/tzdb.js';

export const natives: NativeTable = {
  className: 'java/util/TimeZone',
  methods: {
    'hostZoneId0()Ljava/lang/String;': (vm: Vm) => {
      const id = vm.host.timeZoneId?.() ?? null;
      return id === null ? 0 : vm.newString(id);
    },
    // {short standard, short daylight, long standard, long daylight, short generic, long generic}
    'zoneNames0(Ljava/lang/String;)[Ljava/lang/String;': (vm: Vm, _t: JavaThread, id: Ref) => {
      const names = loadTzdb(vm.host).names(vm.jsString(id) ?? '');
      return names === null ? 0 : newStringArray(vm, names);
    },
  },
};
