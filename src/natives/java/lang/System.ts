/**
 * @fileoverview Natives of java.lang.System: arraycopy with HotSpot's checks and messages, clocks,
 * identity hashes, properties and the standard streams.
 */
import type { Ref } from '../../../heap/index.js';
import { JavaThrow } from '../../../runtime/errors.js';
import type { RtClass } from '../../../runtime/model.js';
import { ValueKind } from '../../../runtime/model.js';
import type { Vm } from '../../../runtime/vm.js';
import type { JavaThread } from '../../../threads/java-thread.js';
import { newStringArray } from '../../env.js';
import type { NativeTable } from '../../registry.js';

/** `int[]`, `object array[]` (any reference array) as HotSpot's arraycopy messages name array types. */
function arrayTypeName(c: RtClass): string {
  if (!c.array) return c.javaName;
  const comp = c.array.component;
  return comp.primitive ? `${comp.name}[]` : 'object array[]';
}

/** System.arraycopy (JLS API; exception messages as HotSpot 17 words them). */
export function arraycopy(vm: Vm, src: Ref, srcPos: number, dst: Ref, dstPos: number, length: number): void {
  if (src === 0 || dst === 0) throw new JavaThrow('java/lang/NullPointerException');
  const sc = vm.classOf(src), dc = vm.classOf(dst);
  if (!sc.array) throw new JavaThrow('java/lang/ArrayStoreException', `arraycopy: source type ${sc.javaName} is not an array`);
  if (!dc.array) throw new JavaThrow('java/lang/ArrayStoreException', `arraycopy: destination type ${dc.javaName} is not an array`);
  const sk = sc.array.elementKind, dk = dc.array.elementKind;
  if (sk !== dk || (sk !== ValueKind.Ref && sc !== dc)) {
    throw new JavaThrow('java/lang/ArrayStoreException', `arraycopy: type mismatch: can not copy ${arrayTypeName(sc)} into ${arrayTypeName(dc)}`);
  }
  const h = vm.heap;
  const slen = h.i32[(src + 8) >> 2]!, dlen = h.i32[(dst + 8) >> 2]!;
  const fail = (msg: string): never => { throw new JavaThrow('java/lang/ArrayIndexOutOfBoundsException', `arraycopy: ${msg}`); };
  if (length < 0) fail(`length ${length} is negative`);
  if (srcPos < 0) fail(`source index ${srcPos} out of bounds for ${arrayTypeName(sc).replace(/\[\]$/, `[${slen}]`)}`);
  if (dstPos < 0) fail(`destination index ${dstPos} out of bounds for ${arrayTypeName(dc).replace(/\[\]$/, `[${dlen}]`)}`);
  if (srcPos + length > slen) fail(`last source index ${srcPos + length} out of bounds for ${arrayTypeName(sc).replace(/\[\]$/, `[${slen}]`)}`);
  if (dstPos + length > dlen) fail(`last destination index ${dstPos + length} out of bounds for ${arrayTypeName(dc).replace(/\[\]$/, `[${dlen}]`)}`);
  if (length === 0) return;
  const size = sc.array.elementSize;
  if (sk === ValueKind.Ref && !sc.array.component.supertypes.has(dc.array.component)) {
    // Element-wise copy with a store check; stops at the first element that does not fit.
    const target = dc.array.component;
    for (let i = 0; i < length; i++) {
      const v = h.i32[((src + 16) >> 2) + srcPos + i]!;
      if (v !== 0 && !vm.classOf(v).supertypes.has(target)) {
        throw new JavaThrow('java/lang/ArrayStoreException',
          `arraycopy: element type mismatch: can not cast one of the elements of ${sc.array.component.javaName}[] to the type of the destination array, ${target.javaName}`);
      }
      h.i32[((dst + 16) >> 2) + dstPos + i] = v;
    }
    return;
  }
  h.u8.copyWithin(dst + 16 + dstPos * size, src + 16 + srcPos * size, src + 16 + (srcPos + length) * size);
}

export const natives: NativeTable = {
  className: 'java/lang/System',
  methods: {
    'arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V': (vm: Vm, _t: JavaThread, src: Ref, sp: number, dst: Ref, dp: number, n: number) =>
      arraycopy(vm, src, sp, dst, dp, n),
    'currentTimeMillis()J': (vm: Vm) => BigInt(Math.floor(vm.host.currentTimeMillis())),
    'nanoTime()J': (vm: Vm) => BigInt(Math.floor(vm.nanoTime())),
    'identityHashCode(Ljava/lang/Object;)I': (vm: Vm, _t: JavaThread, o: Ref) => (o === 0 ? 0 : vm.heap.identityHash(o)),
    'vmProperties()[Ljava/lang/String;': (vm: Vm) => {
      const flat: string[] = [];
      for (const [k, v] of Object.entries(vm.properties)) flat.push(k, v);
      return newStringArray(vm, flat);
    },
    'setIn0(Ljava/io/InputStream;)V': (vm: Vm, _t: JavaThread, s: Ref) => { vm.heap.i32[vm.staticAddress('java/lang/System', 'in') >> 2] = s; },
    'setOut0(Ljava/io/PrintStream;)V': (vm: Vm, _t: JavaThread, s: Ref) => { vm.heap.i32[vm.staticAddress('java/lang/System', 'out') >> 2] = s; },
    'setErr0(Ljava/io/PrintStream;)V': (vm: Vm, _t: JavaThread, s: Ref) => { vm.heap.i32[vm.staticAddress('java/lang/System', 'err') >> 2] = s; },
    'getenv0(Ljava/lang/String;)Ljava/lang/String;': (vm: Vm, _t: JavaThread, name: Ref) => {
      const v = vm.host.getenv(vm.jsString(name) ?? '');
      return v === null ? 0 : vm.newString(v);
    },
  },
};
