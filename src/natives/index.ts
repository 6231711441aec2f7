/**
 * @fileoverview Every native table of the class library, gathered into the registry the VM binds
 * native methods from. Adding a native: see docs/natives.md.
 */
import type { NativeRegistry } from '../runtime/vm.js';
import type { NativeTable } from './registry.js';
import { natives as fileInputStream } from './java/io/FileInputStream.js';
import { natives as fileOutputStream } from './java/io/FileOutputStream.js';
import { natives as character } from './java/lang/Character.js';
import { natives as classNatives } from './java/lang/Class.js';
import { natives as double } from './java/lang/Double.js';
import { natives as float } from './java/lang/Float.js';
import { natives as math } from './java/lang/Math.js';
import { natives as object } from './java/lang/Object.js';
import { natives as runtime } from './java/lang/Runtime.js';
import { natives as strictMath } from './java/lang/StrictMath.js';
import { natives as string } from './java/lang/String.js';
import { natives as system } from './java/lang/System.js';
import { natives as thread } from './java/lang/Thread.js';
import { natives as throwable } from './java/lang/Throwable.js';
import { natives as bigInteger } from './java/math/BigInteger.js';
import { natives as reflectArray } from './java/lang/reflect/Array.js';
import { natives as reflectAccess } from './java/lang/reflect/ReflectAccess.js';
import { natives as embeddedCall } from './tern/internal/EmbeddedCall.js';
import { natives as netIo } from './java/net/NetIo.js';
import { natives as ternCheckpoint } from './tern/Checkpoint.js';
import { natives as cracCore } from './org/crac/Core.js';
import { natives as lockSupport } from './java/util/concurrent/locks/LockSupport.js';
import { natives as aqs } from './java/util/concurrent/locks/AbstractQueuedSynchronizer.js';
import { natives as completableFuture } from './java/util/concurrent/CompletableFuture.js';
import { natives as forkJoinTask } from './java/util/concurrent/ForkJoinTask.js';
import { natives as atomicBoolean } from './java/util/concurrent/atomic/AtomicBoolean.js';
import { natives as fieldAccess } from './java/util/concurrent/atomic/FieldAccess.js';
import { natives as hostFiles } from './jdk/internal/io/HostFiles.js';
import { natives as atomicInteger } from './java/util/concurrent/atomic/AtomicInteger.js';
import { natives as atomicIntegerArray } from './java/util/concurrent/atomic/AtomicIntegerArray.js';
import { natives as atomicLong } from './java/util/concurrent/atomic/AtomicLong.js';
import { natives as atomicLongArray } from './java/util/concurrent/atomic/AtomicLongArray.js';
import { natives as atomicReference } from './java/util/concurrent/atomic/AtomicReference.js';
import { natives as atomicReferenceArray } from './java/util/concurrent/atomic/AtomicReferenceArray.js';
import { natives as decimalDigits } from './jdk/internal/math/DecimalDigits.js';
// classlib session: UUID/SecureRandom, field reflection
import { natives as secureRandom } from './java/security/SecureRandom.js';
import { natives as reference } from './java/lang/ref/Reference.js';
// zones: the time-zone database of java.time
import { natives as tzdbProvider } from './java/time/zone/TzdbZoneRulesProvider.js';
import { natives as formatterBuilder } from './java/time/format/DateTimeFormatterBuilder.js';
import { natives as datagramIo } from './java/net/DatagramIo.js';
// calendar: java.util.TimeZone (default zone, zone names)
import { natives as timeZone } from './java/util/TimeZone.js';
import { natives as nioIo } from './sun/nio/ch/NioIo.js';
// annot: runtime annotations and dynamic proxies
import { natives as annotationParser } from './jdk/internal/reflect/AnnotationReader.js';
import { natives as proxy } from './java/lang/reflect/Proxy.js';
// nio2: multicast interfaces
import { natives as networkInterface } from './java/net/NetworkInterface.js';

/** All native tables. */
export const ALL_NATIVES: readonly NativeTable[] = [
  object, classNatives, system, thread, throwable, string, double, float, math, strictMath, runtime,
  fileOutputStream, fileInputStream, reflectArray, reflectAccess, lockSupport, ternCheckpoint, embeddedCall, cracCore, character,
  atomicBoolean, atomicInteger, atomicIntegerArray, atomicLong, atomicLongArray, atomicReference,
  atomicReferenceArray, aqs, completableFuture, forkJoinTask, fieldAccess,
  hostFiles, netIo, bigInteger, decimalDigits,
  secureRandom, reference,
  tzdbProvider, formatterBuilder, datagramIo,
  timeZone,
  // nio: selectors and non-blocking channels (docs/sockets.md "Selectors")
  nioIo,
  // annot: runtime annotations and dynamic proxies
  annotationParser, proxy,
  // nio2: multicast interfaces
  networkInterface,
];

/** The registry a VM binds natives from. */
export function createNativeRegistry(): NativeRegistry {
  const reg: NativeRegistry = new Map();
  for (const t of ALL_NATIVES) reg.set(t.className, { ...(reg.get(t.className) ?? {}), ...t.methods });
  return reg;
}
