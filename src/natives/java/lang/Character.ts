/**
 * @fileoverview Natives of java.lang.Character: Unicode properties of code points U+0100..U+10FFFF
 * (Java answers Latin-1 itself). The answers come from build/unicode-data.bin, a table generated
 * from HotSpot 17 at build time (src/natives/support/unicode-table.ts). It is read and decoded on
 * the first call, not at start-up: most programs never leave Latin-1.
 */
import type { Host } from '../../../host/host.js';
import type { Vm } from '../../../runtime/vm.js';
import type { JavaThread } from '../../../threads/java-thread.js';
import type { NativeTable } from '../../registry.js';
import { UnicodeTable } from '../../support/unicode-table.js';
import { unicodeScripts } from '../../support/unicode-scripts.js';
import { newStringArray } from '../../env.js';

let table: UnicodeTable | null = null;

/** The table, loaded on first use and shared by every VM of this process (it is immutable). */
export function unicodeTable(host: Host): UnicodeTable {
  if (table === null) {
    const bytes = host.readResource('unicode-data.bin');
    if (bytes === null) throw new Error('Unicode data missing: build/unicode-data.bin (run npm run build)');
    table = UnicodeTable.fromFile(bytes, host.inflate);
  }
  return table;
}

type T = JavaThread;

export const natives: NativeTable = {
  className: 'java/lang/Character',
  methods: {
    'getType0(I)I': (vm: Vm, _t: T, cp: number) => unicodeTable(vm.host).getType(cp),
    'isUpperCase0(I)Z': (vm: Vm, _t: T, cp: number) => unicodeTable(vm.host).isUpperCase(cp),
    'isLowerCase0(I)Z': (vm: Vm, _t: T, cp: number) => unicodeTable(vm.host).isLowerCase(cp),
    'isAlphabetic0(I)Z': (vm: Vm, _t: T, cp: number) => unicodeTable(vm.host).isAlphabetic(cp),
    'isIdeographic0(I)Z': (vm: Vm, _t: T, cp: number) => unicodeTable(vm.host).isIdeographic(cp),
    'toUpperCase0(I)I': (vm: Vm, _t: T, cp: number) => unicodeTable(vm.host).toUpperCase(cp),
    'toLowerCase0(I)I': (vm: Vm, _t: T, cp: number) => unicodeTable(vm.host).toLowerCase(cp),
    'toTitleCase0(I)I': (vm: Vm, _t: T, cp: number) => unicodeTable(vm.host).toTitleCase(cp),
    'toUpperCaseChars0(I)[C': (vm: Vm, _t: T, cp: number) => {
      const full = unicodeTable(vm.host).toUpperCaseFull(cp);
      if (full === null) return 0;
      const arr = vm.newArray(vm.registry.load('[C'), full.length);
      const u16 = vm.heap.u16; // read after allocating: the heap may have grown
      for (let i = 0; i < full.length; i++) u16[((arr + 16) >> 1) + i] = full.charCodeAt(i);
      return arr;
    },
    'digit0(II)I': (vm: Vm, _t: T, cp: number, radix: number) => unicodeTable(vm.host).digit(cp, radix),
    'getNumericValue0(I)I': (vm: Vm, _t: T, cp: number) => unicodeTable(vm.host).getNumericValue(cp),
    // Scripts and blocks (build/unicode-scripts.bin): indexes into the name lists below.
    'script0(I)I': (vm: Vm, _t: T, cp: number) => unicodeScripts(vm.host).script(cp),
    'block0(I)I': (vm: Vm, _t: T, cp: number) => unicodeScripts(vm.host).block(cp),
    'scriptNames0()[Ljava/lang/String;': (vm: Vm) => newStringArray(vm, unicodeScripts(vm.host).scriptNames),
    'blockNames0()[Ljava/lang/String;': (vm: Vm) => newStringArray(vm, unicodeScripts(vm.host).blockNames),
  },
};
