/**
 * @fileoverview Natives of java.net.NetworkInterface (docs/sockets.md "Multicast"): the machine's
 * interfaces from HostNetwork.interfaces, one record per interface as a string that Java parses:
 * `name index flags mtu mac address/prefix...` (flags: 1 up, 2 loopback, 4 point-to-point,
 * 8 multicast; mac in hex, `-` when none). Plain data, no handle: nothing to capture in images.
 */
import type { Vm } from '../../../runtime/vm.js';
import type { JavaThread } from '../../../threads/java-thread.js';
import { newStringArray } from '../../env.js';
import type { NativeTable } from '../../registry.js';

function interfaces0(vm: Vm, _t: JavaThread): number {
  const list = vm.host.network?.interfaces?.() ?? [];
  const records = list.map((i) => {
    const flags = (i.up ? 1 : 0) | (i.loopback ? 2 : 0) | (i.pointToPoint ? 4 : 0) | (i.multicast ? 8 : 0);
    const mac = i.mac.length === 0 ? '-' : [...i.mac].map((b) => b.toString(16).padStart(2, '0')).join('');
    return [i.name, String(i.index), String(flags), String(i.mtu), mac, ...i.addresses.map((a) => `${a.address}/${a.prefix}`)].join(' ');
  });
  return newStringArray(vm, records);
}

export const natives: NativeTable = {
  className: 'java/net/NetworkInterface',
  methods: {
    'interfaces0()[Ljava/lang/String;': interfaces0,
  },
};
