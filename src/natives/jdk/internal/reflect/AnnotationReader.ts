/**
 * @fileoverview Natives of jdk.internal.reflect.AnnotationReader: the raw bodies of the
 * run-time-visible annotation attributes (kept unparsed by src/classfile, as HotSpot keeps them)
 * and the constant-pool entries they index. The parsing itself is Java, so a malformed attribute
 * fails only when reflection reads it, with the JDK's AnnotationFormatError.
 */
import type { Ref } from '../../../../heap/index.js';
import { CpTag, type ClassFile, type CpEntry } from '../../../../classfile/types.js';
import { JavaThrow } from '../../../../runtime/errors.js';
import type { Vm } from '../../../../runtime/vm.js';
import type { JavaThread } from '../../../../threads/java-thread.js';
import { requireNonNull } from '../../../env.js';
import type { NativeTable } from '../../../registry.js';

/** Which attribute rawAnnotations0 reads (AnnotationReader's CLASS ... RECORD_COMPONENT). */
const enum Kind {
  Class = 0,
  Field = 1,
  Method = 2,
  MethodParameters = 3,
  MethodDefault = 4,
  RecordComponent = 5,
}

function rawBytes(file: ClassFile, kind: Kind, member: string | null, descriptor: string | null): Uint8Array | undefined {
  switch (kind) {
    case Kind.Class:
      return file.annotations;
    case Kind.Field:
      return file.fields.find((f) => f.name === member && f.descriptor === descriptor)?.annotations;
    case Kind.RecordComponent:
      return file.record?.find((c) => c.name === member)?.annotations;
    default: {
      const m = file.methods.find((x) => x.name === member && x.descriptor === descriptor);
      return kind === Kind.Method ? m?.annotations : kind === Kind.MethodParameters ? m?.parameterAnnotations : m?.annotationDefault;
    }
  }
}

/** AnnotationReader.rawAnnotations0: a copy of the attribute body as a byte[], or null when absent. */
function rawAnnotations(vm: Vm, _t: JavaThread, mirror: Ref, kind: number, memberRef: Ref, descRef: Ref): Ref {
  requireNonNull(mirror);
  const file = vm.classOfMirror(mirror).file;
  if (!file) return 0;
  const bytes = rawBytes(file, kind as Kind, memberRef === 0 ? null : vm.jsString(memberRef)!, descRef === 0 ? null : vm.jsString(descRef)!);
  if (bytes === undefined) return 0;
  const arr = vm.newArray(vm.registry.load('[B'), bytes.length);
  vm.heap.u8.set(bytes, arr + 16);
  return arr;
}

function pool(vm: Vm, mirror: Ref): readonly CpEntry[] {
  requireNonNull(mirror);
  return vm.classOfMirror(mirror).file?.constantPool ?? [];
}

/** AnnotationReader.utf8At0: the Utf8 entry at `index`, or null when there is none. */
function utf8At(vm: Vm, _t: JavaThread, mirror: Ref, index: number): Ref {
  const e = pool(vm, mirror)[index];
  return e != null && e.tag === CpTag.Utf8 ? vm.newString(e.value) : 0;
}

const scratch = new DataView(new ArrayBuffer(8));

/**
 * AnnotationReader.primitiveAt0: the Integer, Float, Long or Double entry at `index` (the
 * tag the caller expects: 3, 4, 5, 6) as raw long bits; the JDK's ConstantPool message otherwise.
 */
function primitiveAt(vm: Vm, _t: JavaThread, mirror: Ref, index: number, tag: number): bigint {
  const e = pool(vm, mirror)[index];
  if (e == null || e.tag !== tag) throw new JavaThrow('java/lang/IllegalArgumentException', 'Wrong type at constant pool index');
  switch (e.tag) {
    case CpTag.Integer:
      return BigInt(e.value | 0);
    case CpTag.Float:
      scratch.setFloat32(0, e.value);
      return BigInt(scratch.getInt32(0));
    case CpTag.Long:
      return BigInt.asIntN(64, (BigInt(e.hi >>> 0) << 32n) | BigInt(e.lo >>> 0));
    case CpTag.Double:
      scratch.setFloat64(0, e.value);
      return scratch.getBigInt64(0);
    default:
      throw new JavaThrow('java/lang/IllegalArgumentException', 'Wrong type at constant pool index');
  }
}

export const natives: NativeTable = {
  className: 'jdk/internal/reflect/AnnotationReader',
  methods: {
    'rawAnnotations0(Ljava/lang/Class;ILjava/lang/String;Ljava/lang/String;)[B': rawAnnotations,
    'utf8At0(Ljava/lang/Class;I)Ljava/lang/String;': utf8At,
    'primitiveAt0(Ljava/lang/Class;II)J': primitiveAt,
  },
};
