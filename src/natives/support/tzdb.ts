/**
 * @fileoverview The time-zone database behind java.time's region zones: build/tzdb.bin, written
 * at build time by scripts/tz/GenTzdbData.java from HotSpot's own rules and names (layout there).
 * The natives hand Java one zone's serialized rules at a time (Java parses them), so a program
 * that uses two zones holds two small byte arrays, and a checkpoint image carries no more.
 */
import type { Host } from '../../host/host.js';

/** One zone ID: which rules blob, and its six names (short/long standard, daylight, generic). */
interface ZoneEntry {
  blob: number;
  names: Array<string | null>;
}

const MAGIC = 0x545a4431; // "TZD1"

/** The decoded file; immutable, shared by every VM of the process. */
export class Tzdb {
  readonly version: string;
  readonly ids: string[] = [];
  private readonly zones = new Map<string, ZoneEntry>();
  private readonly blobs: Uint8Array[] = [];

  static fromFile(file: Uint8Array, inflate: Host['inflate']): Tzdb {
    const head = new DataView(file.buffer, file.byteOffset, file.byteLength);
    if (file.byteLength < 8 || head.getUint32(0) !== MAGIC) throw new Error('tzdb.bin: bad magic');
    return new Tzdb(inflate(file.subarray(8), head.getUint32(4)));
  }

  constructor(payload: Uint8Array) {
    const d = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
    const utf8 = new TextDecoder();
    let p = 0;
    const str = (): string => {
      const n = d.getUint16(p);
      const s = utf8.decode(payload.subarray(p + 2, p + 2 + n));
      p += 2 + n;
      return s;
    };
    this.version = str();
    const strings: string[] = [];
    for (let i = d.getUint16((p += 2) - 2); i > 0; i--) strings.push(str());
    for (let i = d.getUint16((p += 2) - 2); i > 0; i--) {
      const n = d.getUint32(p);
      this.blobs.push(payload.slice(p + 4, p + 4 + n));
      p += 4 + n;
    }
    for (let i = d.getUint16((p += 2) - 2); i > 0; i--) {
      const id = str();
      const blob = d.getUint16(p);
      const names: Array<string | null> = [];
      for (let k = 0; k < 6; k++) {
        const s = d.getUint16(p + 2 + 2 * k);
        names.push(s === 0xffff ? null : strings[s]!);
      }
      p += 14;
      this.ids.push(id);
      this.zones.set(id, { blob, names });
    }
  }

  /** The serialized rules of `id`, or null for an unknown ID. */
  rules(id: string): Uint8Array | null {
    const z = this.zones.get(id);
    return z === undefined ? null : this.blobs[z.blob]!;
  }

  /** The six names of `id` (entries null when the JDK has none), or null for an unknown ID. */
  names(id: string): Array<string | null> | null {
    return this.zones.get(id)?.names ?? null;
  }
}

let tzdb: Tzdb | null = null;

/** The database, read on first use (most programs never leave UTC). */
export function loadTzdb(host: Host): Tzdb {
  if (tzdb === null) {
    const bytes = host.readResource('tzdb.bin');
    if (bytes === null) throw new Error('Time-zone data missing: build/tzdb.bin (run npm run build)');
    tzdb = Tzdb.fromFile(bytes, host.inflate);
  }
  return tzdb;
}
