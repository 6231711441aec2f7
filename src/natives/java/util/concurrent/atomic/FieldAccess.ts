/**
 * @fileoverview Natives of java.util.concurrent.atomic.FieldAccess: field lookup and atomic access
 * by byte offset for the Atomic*FieldUpdater classes (Tern has no Unsafe). Java has checked that
 * the object is an instance of the field's class; a native runs without a green-thread switch,
 * so each read-modify-write is atomic (see atomic-cells.ts).
 */
import type { Ref } from '../../../../../heap/index.js';
import type { Vm } from '../../../../../runtime/vm.js';
import type { JavaThread } from '../../../../../threads/java-thread.js';
import type { NativeTable } from '../../../../registry.js';
import { requireNonNull } from '../../../../env.js';
import { casInt, casLong, getAndAddInt, getAndAddLong, getAndSetInt, getAndSetLong } from './atomic-cells.js';

const ACC_STATIC = 0x0008;
const ACC_VOLATILE = 0x0040;

/** The declared field `name` of the class of mirror `tclass`, or null. */
function declaredField(vm: Vm, tclass: Ref, name: Ref) {
  requireNonNull(tclass);
  requireNonNull(name);
  const cls = vm.classOfMirror(tclass);
  return cls.fields.get(vm.jsString(name) ?? '') ?? null;
}

/** fieldOffset0: the byte offset, or -1 missing, -2 wrong type, -3 not volatile, -4 static. */
function fieldOffset0(vm: Vm, _t: JavaThread, tclass: Ref, name: Ref, kind: number): bigint {
  const f = declaredField(vm, tclass, name);
  if (!f) return -1n;
  const d = f.descriptor;
  const k = String.fromCharCode(kind);
  const typeOk = k === 'L' ? d.startsWith('L') || d.startsWith('[') : d === k;
  if (!typeOk) return -2n;
  if ((f.flags & ACC_VOLATILE) === 0) return -3n;
  if ((f.flags & ACC_STATIC) !== 0) return -4n;
  return BigInt(f.offset);
}

/** fieldType0: the mirror of a reference field's declared type. */
function fieldType0(vm: Vm, _t: JavaThread, tclass: Ref, name: Ref): Ref {
  const f = declaredField(vm, tclass, name);
  if (!f) return 0;
  const d = f.descriptor;
  const internal = d.startsWith('L') ? d.substring(1, d.length - 1) : d;
  return vm.mirror(vm.registry.load(internal));
}

const i32 = (o: Ref, off: bigint): number => (o + Number(off)) >> 2;
const i64 = (o: Ref, off: bigint): number => (o + Number(off)) >> 3;

const OBJ = 'Ljava/lang/Object;';

export const natives: NativeTable = {
  className: 'java/util/concurrent/atomic/FieldAccess',
  methods: {
    'fieldOffset0(Ljava/lang/Class;Ljava/lang/String;C)J': fieldOffset0,
    'fieldType0(Ljava/lang/Class;Ljava/lang/String;)Ljava/lang/Class;': fieldType0,
    [`getInt(${OBJ}J)I`]: (vm: Vm, _t: JavaThread, o: Ref, off: bigint) => vm.heap.i32[i32(o, off)]!,
    [`putInt(${OBJ}JI)V`]: (vm: Vm, _t: JavaThread, o: Ref, off: bigint, v: number) => {
      vm.heap.i32[i32(o, off)] = v;
    },
    [`casInt(${OBJ}JII)Z`]: (vm: Vm, _t: JavaThread, o: Ref, off: bigint, e: number, u: number) => casInt(vm, i32(o, off), e, u),
    [`getAndAddInt(${OBJ}JI)I`]: (vm: Vm, _t: JavaThread, o: Ref, off: bigint, d: number) => getAndAddInt(vm, i32(o, off), d),
    [`getAndSetInt(${OBJ}JI)I`]: (vm: Vm, _t: JavaThread, o: Ref, off: bigint, v: number) => getAndSetInt(vm, i32(o, off), v),
    [`getLong(${OBJ}J)J`]: (vm: Vm, _t: JavaThread, o: Ref, off: bigint) => vm.heap.i64[i64(o, off)]!,
    [`putLong(${OBJ}JJ)V`]: (vm: Vm, _t: JavaThread, o: Ref, off: bigint, v: bigint) => {
      vm.heap.i64[i64(o, off)] = v;
    },
    [`casLong(${OBJ}JJJ)Z`]: (vm: Vm, _t: JavaThread, o: Ref, off: bigint, e: bigint, u: bigint) => casLong(vm, i64(o, off), e, u),
    [`getAndAddLong(${OBJ}JJ)J`]: (vm: Vm, _t: JavaThread, o: Ref, off: bigint, d: bigint) => getAndAddLong(vm, i64(o, off), d),
    [`getAndSetLong(${OBJ}JJ)J`]: (vm: Vm, _t: JavaThread, o: Ref, off: bigint, v: bigint) => getAndSetLong(vm, i64(o, off), v),
    [`getReference(${OBJ}J)${OBJ}`]: (vm: Vm, _t: JavaThread, o: Ref, off: bigint) => vm.heap.i32[i32(o, off)]!,
    [`putReference(${OBJ}J${OBJ})V`]: (vm: Vm, _t: JavaThread, o: Ref, off: bigint, v: Ref) => {
      vm.heap.i32[i32(o, off)] = v;
    },
    [`casReference(${OBJ}J${OBJ}${OBJ})Z`]: (vm: Vm, _t: JavaThread, o: Ref, off: bigint, e: Ref, u: Ref) => casInt(vm, i32(o, off), e, u),
    [`getAndSetReference(${OBJ}J${OBJ})${OBJ}`]: (vm: Vm, _t: JavaThread, o: Ref, off: bigint, v: Ref) => getAndSetInt(vm, i32(o, off), v),
  },
};
