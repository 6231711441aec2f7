/**
 * @fileoverview Native of java.time.ZoneRegion: the host's time-zone ID, which ZoneId.systemDefault
 * uses when neither user.timezone nor TZ is set (as HotSpot does).
 */
import type { Vm } from '../../../runtime/vm.js';
import type { NativeTable } from '../../registry.js';

export const natives: NativeTable = {
  className: 'java/time/ZoneRegion',
  methods: {
    'hostZoneId0()Ljava/lang/String;': (vm: Vm) => {
      const id = vm.host.timeZoneId?.() ?? null;
      return id === null ? 0 : vm.newString(id);
    },
  },
};
