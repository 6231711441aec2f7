/**
 * @fileoverview The Unicode script and block of every code point, decoded from
 * build/unicode-scripts.bin (written at build time by scripts/unicode/GenScriptData.java from
 * HotSpot 17's answers; layout there). Lookups are a binary search over runs.
 */
import type { Host } from '../../host/host.js';

const MAGIC = 0x54555331; // "TUS1"

/** Runs of code points sharing a value, as parallel arrays. */
class Runs {
  constructor(readonly start: Int32Array, readonly value: Int32Array) {}

  at(cp: number): number {
    let lo = 0;
    let hi = this.start.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.start[mid]! <= cp) lo = mid;
      else hi = mid - 1;
    }
    return this.value[lo]!;
  }
}

export class UnicodeScripts {
  readonly scriptNames: string[] = [];
  readonly blockNames: string[] = [];
  private readonly scripts: Runs;
  private readonly blocks: Runs;

  static fromFile(file: Uint8Array, inflate: Host['inflate']): UnicodeScripts {
    const head = new DataView(file.buffer, file.byteOffset, file.byteLength);
    if (file.byteLength < 8 || head.getUint32(0) !== MAGIC) throw new Error('unicode-scripts.bin: bad magic');
    return new UnicodeScripts(inflate(file.subarray(8), head.getUint32(4)));
  }

  constructor(payload: Uint8Array) {
    const d = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
    const utf8 = new TextDecoder();
    let p = 0;
    const names = (into: string[]): void => {
      const n = d.getUint16(p);
      p += 2;
      for (let i = 0; i < n; i++) {
        const len = d.getUint16(p);
        into.push(utf8.decode(payload.subarray(p + 2, p + 2 + len)));
        p += 2 + len;
      }
    };
    names(this.scriptNames);
    names(this.blockNames);
    const runs = (valueBytes: 1 | 2, none: number): Runs => {
      const n = d.getUint32(p);
      p += 4;
      const start = new Int32Array(n);
      const value = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        start[i] = (d.getUint8(p) << 16) | d.getUint16(p + 1);
        const v = valueBytes === 1 ? d.getUint8(p + 3) : d.getUint16(p + 3);
        value[i] = v === none ? -1 : v;
        p += 3 + valueBytes;
      }
      return new Runs(start, value);
    };
    this.scripts = runs(1, -1);
    this.blocks = runs(2, 0xffff);
  }

  /** Index into scriptNames of the code point's script. */
  script(cp: number): number {
    return this.scripts.at(cp);
  }

  /** Index into blockNames of the code point's block, or -1 when it is in none. */
  block(cp: number): number {
    return this.blocks.at(cp);
  }
}

let table: UnicodeScripts | null = null;

/** The table, read on first use and shared by every VM of this process (it is immutable). */
export function unicodeScripts(host: Host): UnicodeScripts {
  if (table === null) {
    const bytes = host.readResource('unicode-scripts.bin');
    if (bytes === null) throw new Error('Unicode data missing: build/unicode-scripts.bin (run npm run build)');
    table = UnicodeScripts.fromFile(bytes, host.inflate);
  }
  return table;
}
