/**
 * @fileoverview Test-only class-file surgery for validating spun call sites on HotSpot: rewrites
 * a class's BootstrapMethods attribute (JVMS §4.7.23) so that every bootstrap method becomes one
 * static bridge method, given the row index as its only static argument. Everything else in the
 * class is copied byte for byte; the new constants are appended after the existing pool (so no
 * index changes) with the class writer's {@link ConstantPoolBuilder}.
 */
import { RefKind } from '../../../src/classfile/types.js';
import { ByteBuffer, ConstantPoolBuilder } from '../../../src/runtime/indy/class-writer.js';

/** The static method every bootstrap method is redirected to. */
export interface BridgeMethod {
  owner: string;
  name: string;
  descriptor: string;
}

/** Reads big-endian values from a class file while walking its structure. */
class Cursor {
  constructor(
    readonly bytes: Uint8Array,
    public pos: number,
  ) {}

  u1(): number {
    return this.bytes[this.pos++]!;
  }

  u2(): number {
    const v = (this.bytes[this.pos]! << 8) | this.bytes[this.pos + 1]!;
    this.pos += 2;
    return v;
  }

  u4(): number {
    const v = ((this.bytes[this.pos]! << 24) | (this.bytes[this.pos + 1]! << 16) | (this.bytes[this.pos + 2]! << 8) | this.bytes[this.pos + 3]!) >>> 0;
    this.pos += 4;
    return v;
  }

  /** Skips a members table (fields or methods, JVMS §4.5/§4.6). */
  skipMembers(): void {
    for (let n = this.u2(); n > 0; n--) {
      this.pos += 6;
      this.skipAttributes();
    }
  }

  /** Skips an attributes table. (Lengths are read into locals: `pos += u4()` would lose u4's advance.) */
  skipAttributes(): void {
    for (let n = this.u2(); n > 0; n--) {
      this.pos += 2;
      const length = this.u4();
      this.pos += length;
    }
  }
}

/** Operand bytes after the tag of each fixed-size constant-pool tag (JVMS §4.4). */
const CP_SIZES: Readonly<Record<number, number>> = { 3: 4, 4: 4, 5: 8, 6: 8, 7: 2, 8: 2, 9: 4, 10: 4, 11: 4, 12: 4, 15: 3, 16: 2, 17: 4, 18: 4, 19: 2, 20: 2 };

/**
 * Returns `bytes` with every BootstrapMethods row replaced by `REF_invokeStatic bridge` with the
 * row's index as an Integer static argument, or null when the class has no BootstrapMethods.
 */
export function redirectBootstrapMethods(bytes: Uint8Array, bridge: BridgeMethod): Uint8Array | null {
  const c = new Cursor(bytes, 8);
  const poolCount = c.u2();
  const utf8 = new Map<number, string>();
  for (let i = 1; i < poolCount; i++) {
    const tag = c.u1();
    if (tag === 1) {
      const length = c.u2();
      utf8.set(i, Buffer.from(bytes.subarray(c.pos, c.pos + length)).toString('latin1'));
      c.pos += length;
    } else {
      const size = CP_SIZES[tag];
      if (size === undefined) throw new Error(`unknown constant-pool tag ${tag}`);
      c.pos += size;
      if (tag === 5 || tag === 6) i++;
    }
  }
  const poolEnd = c.pos;
  c.pos += 6;
  const interfaces = c.u2();
  c.pos += 2 * interfaces;
  c.skipMembers();
  c.skipMembers();
  const attributesStart = c.pos;

  const pool = new ConstantPoolBuilder(poolCount);
  const handle = pool.methodHandle(RefKind.InvokeStatic, pool.methodRef(bridge.owner, bridge.name, bridge.descriptor));
  const attributes = new ByteBuffer();
  let found = false;
  const count = c.u2();
  attributes.u2(count);
  for (let n = 0; n < count; n++) {
    const nameIndex = c.u2();
    const length = c.u4();
    if (utf8.get(nameIndex) !== 'BootstrapMethods') {
      attributes.u2(nameIndex).u4(length).bytes(bytes.subarray(c.pos, c.pos + length));
      c.pos += length;
      continue;
    }
    found = true;
    const rows = c.u2();
    const body = new ByteBuffer().u2(rows);
    for (let row = 0; row < rows; row++) {
      c.pos += 2;
      const args = c.u2();
      c.pos += 2 * args;
      body.u2(handle).u2(1).u2(pool.integer(row));
    }
    const encoded = body.toBytes();
    attributes.u2(nameIndex).u4(encoded.length).bytes(encoded);
  }
  if (!found) return null;

  const out = new ByteBuffer();
  out.bytes(bytes.subarray(0, 8)).u2(pool.count).bytes(bytes.subarray(10, poolEnd)).bytes(pool.entriesBytes());
  out.bytes(bytes.subarray(poolEnd, attributesStart)).bytes(attributes.toBytes());
  return out.toBytes();
}
