// The java.lang.Character natives against HotSpot: every code point U+0100..U+1FFFF and a sample
// above, line by line, plus per-property hashes over all of 0..U+10FFFF (so any difference in the
// generated build/unicode-data.bin shows). HotSpot's side is character/CharacterDump.java.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Host } from '../../src/host/host.js';
import { nodeInflate } from '../../src/host/node/inflate.js';
import { natives } from '../../src/natives/java/lang/Character.js';
import type { Vm } from '../../src/runtime/vm.js';

const DUMP = fileURLToPath(new URL('./character/CharacterDump.java', import.meta.url));
const TABLE = fileURLToPath(new URL('../../build/unicode-data.bin', import.meta.url));
const RADIXES = [2, 8, 10, 16, 36];
const STRIDE = 61;

const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
const haveJdk17 = java.status === 0 && /version "17\./.test(java.stderr);

/** Just enough of a VM for these natives: a Host to load the table, and a heap for char[]. */
function stubVm(): Vm {
  const host = {
    readResource: (name: string) => (name === basename(TABLE) && existsSync(TABLE) ? new Uint8Array(readFileSync(TABLE)) : null),
    inflate: nodeInflate,
  } as unknown as Host;
  const heap = { u16: new Uint16Array(64) };
  return { host, heap, registry: { load: () => ({}) }, newArray: () => 16 } as unknown as Vm;
}

const vm = stubVm();
const call = (sig: string, ...args: number[]) => natives.methods[sig]!(vm, null, ...args) as number | boolean;

/** The full uppercase mapping as CharacterDump prints it (hex units joined by '.', or '-'). */
function full(cp: number): string {
  const arr = call('toUpperCaseChars0(I)[C', cp) as number;
  if (arr === 0) return '-';
  const u16 = vm.heap.u16;
  const units: string[] = [];
  for (let i = (arr + 16) >> 1; u16[i] !== 0; i++) units.push(u16[i]!.toString(16));
  u16.fill(0);
  return units.join('.');
}

/** CharacterDump.values(cp), answered by the natives. */
function values(cp: number): number[] {
  let digits = 0;
  for (const r of RADIXES) digits = (Math.imul(digits, 37) + (call('digit0(II)I', cp, r) as number) + 1) | 0;
  let fullHash = 0;
  for (const ch of full(cp)) fullHash = (Math.imul(fullHash, 31) + ch.charCodeAt(0)) | 0;
  return [
    call('getType0(I)I', cp), call('isUpperCase0(I)Z', cp), call('isLowerCase0(I)Z', cp),
    call('isAlphabetic0(I)Z', cp), call('isIdeographic0(I)Z', cp), call('toUpperCase0(I)I', cp),
    call('toLowerCase0(I)I', cp), call('toTitleCase0(I)I', cp), call('getNumericValue0(I)I', cp),
    digits, fullHash,
  ].map(Number);
}

describe('java.lang.Character natives', () => {
  it.skipIf(!haveJdk17)('answer like HotSpot 17 for every code point', () => {
    expect(existsSync(TABLE), 'run `npm run build` first').toBe(true);
    const run = spawnSync('java', [DUMP, String(STRIDE)], { encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const hashLine = lines.pop()!.split(' ');
    expect(hashLine[0]).toBe('hash');

    const mismatches: string[] = [];
    for (const line of lines) {
      const [hex, ...rest] = line.split(' ');
      const cp = parseInt(hex!, 16);
      const got = [...values(cp), full(cp)].join(' ');
      if (got !== rest.join(' ')) mismatches.push(`U+${hex}: HotSpot ${rest.join(' ')}, Tern ${got}`);
      if (mismatches.length >= 20) break;
    }
    expect(mismatches).toEqual([]);
    expect(lines.length).toBeGreaterThan(0x1FF00);

    const hash = new Array<number>(11).fill(0);
    for (let cp = 0; cp <= 0x10FFFF; cp++) {
      const v = values(cp);
      for (let i = 0; i < v.length; i++) hash[i] = (Math.imul(hash[i]!, 31) + v[i]!) | 0;
    }
    expect(hash.join(' ')).toBe(hashLine.slice(1).join(' '));
  }, 120_000);
});
