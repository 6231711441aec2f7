/**
 * @fileoverview The classes and VM-known members docs/classlib-contract.md promises, as data for
 * test/classlib/build.test.ts. Keep this in step with the contract: a member listed here is
 * one the VM reads, writes or calls (or a native it implements) by exact name and descriptor.
 */

/** A field or method the VM relies on; modifiers are words the member must have. */
export interface ContractMember {
  cls: string;
  kind: 'field' | 'method';
  name: string;
  descriptor: string;
  /** Any of: public private protected package static instance final volatile native java abstract. */
  modifiers: string[];
}

const FUNCTION_INTERFACES = [
  'BiConsumer', 'BiFunction', 'BinaryOperator', 'BiPredicate', 'BooleanSupplier', 'Consumer',
  'DoubleBinaryOperator', 'DoubleConsumer', 'DoubleFunction', 'DoublePredicate', 'DoubleSupplier',
  'DoubleToIntFunction', 'DoubleToLongFunction', 'DoubleUnaryOperator', 'Function',
  'IntBinaryOperator', 'IntConsumer', 'IntFunction', 'IntPredicate', 'IntSupplier',
  'IntToDoubleFunction', 'IntToLongFunction', 'IntUnaryOperator', 'LongBinaryOperator',
  'LongConsumer', 'LongFunction', 'LongPredicate', 'LongSupplier', 'LongToDoubleFunction',
  'LongToIntFunction', 'LongUnaryOperator', 'ObjDoubleConsumer', 'ObjIntConsumer',
  'ObjLongConsumer', 'Predicate', 'Supplier', 'ToDoubleBiFunction', 'ToDoubleFunction',
  'ToIntBiFunction', 'ToIntFunction', 'ToLongBiFunction', 'ToLongFunction', 'UnaryOperator',
];

const LANG = [
  'Object', 'String', 'Class', 'Throwable', 'StackTraceElement', 'Thread', 'Thread$State',
  'Thread$UncaughtExceptionHandler', 'ThreadGroup', 'ThreadLocal', 'InheritableThreadLocal',
  'System', 'Runtime', 'Shutdown', 'Integer', 'Long', 'Short', 'Byte', 'Character', 'Boolean',
  'Float', 'Double', 'Math', 'StrictMath', 'Enum', 'Record', 'Cloneable', 'Comparable',
  'CharSequence', 'Iterable', 'AutoCloseable', 'Runnable', 'Number', 'Void', 'StringBuilder',
  'StringBuffer', 'Appendable',
  // Exceptions and errors the VM or the library throws.
  'Exception', 'RuntimeException', 'Error', 'NullPointerException', 'ArithmeticException',
  'ArrayIndexOutOfBoundsException', 'StringIndexOutOfBoundsException',
  'IndexOutOfBoundsException', 'ClassCastException', 'NegativeArraySizeException',
  'ArrayStoreException', 'IllegalArgumentException', 'IllegalStateException',
  'IllegalMonitorStateException', 'NumberFormatException', 'UnsupportedOperationException',
  'CloneNotSupportedException', 'InterruptedException', 'ClassNotFoundException',
  'ReflectiveOperationException', 'InstantiationException', 'IllegalAccessException',
  'NoSuchFieldException', 'NoSuchMethodException', 'SecurityException', 'StackOverflowError',
  'OutOfMemoryError', 'VirtualMachineError', 'LinkageError', 'ClassFormatError',
  'UnsupportedClassVersionError', 'NoClassDefFoundError', 'ExceptionInInitializerError',
  'IncompatibleClassChangeError', 'AbstractMethodError', 'NoSuchFieldError', 'NoSuchMethodError',
  'IllegalAccessError', 'InstantiationError', 'VerifyError', 'BootstrapMethodError',
  'InternalError', 'AssertionError', 'ThreadDeath', 'IllegalThreadStateException',
  'ref/Reference', 'ref/WeakReference', 'ref/SoftReference', 'reflect/Array', 'reflect/Constructor',
  'reflect/Method', 'reflect/Modifier', 'reflect/InvocationTargetException',
];

const IO = [
  'FileDescriptor', 'FileOutputStream', 'FileInputStream', 'OutputStream', 'InputStream',
  'FilterOutputStream', 'FilterInputStream', 'BufferedInputStream', 'BufferedOutputStream',
  'PrintStream', 'Closeable', 'Flushable', 'IOException', 'EOFException', 'UncheckedIOException',
  'Serializable', 'Reader', 'Writer', 'BufferedReader', 'BufferedWriter', 'InputStreamReader',
  'OutputStreamWriter', 'PrintWriter', 'StringWriter', 'StringReader', 'ByteArrayInputStream',
  'ByteArrayOutputStream', 'UnsupportedEncodingException',
];

/** Every class the contract names (internal names). */
export const CONTRACT_CLASSES: string[] = [
  ...LANG.map((c) => `java/lang/${c}`),
  ...IO.map((c) => `java/io/${c}`),
  'java/nio/charset/Charset',
  'java/nio/charset/StandardCharsets',
  'java/util/Objects',
  'java/util/Iterator',
  'java/util/Comparator',
  'java/util/List',
  'java/util/ArrayList',
  'java/util/ConcurrentModificationException',
  ...FUNCTION_INTERFACES.map((c) => `java/util/function/${c}`),
];

/** The natives of Math and StrictMath (public static native double ...). */
const MATH_NATIVES: [string, string][] = [
  ['sin', '(D)D'], ['cos', '(D)D'], ['tan', '(D)D'], ['asin', '(D)D'], ['acos', '(D)D'],
  ['atan', '(D)D'], ['exp', '(D)D'], ['log', '(D)D'], ['log10', '(D)D'], ['sqrt', '(D)D'],
  ['cbrt', '(D)D'], ['atan2', '(DD)D'], ['pow', '(DD)D'], ['sinh', '(D)D'], ['cosh', '(D)D'],
  ['tanh', '(D)D'], ['hypot', '(DD)D'], ['expm1', '(D)D'], ['log1p', '(D)D'],
  ['IEEEremainder', '(DD)D'], ['floor', '(D)D'], ['ceil', '(D)D'], ['rint', '(D)D'],
];

/** Character's Unicode natives (private static native), for code points >= U+0100. */
const CHARACTER_NATIVES: [string, string][] = [
  ['getType0', '(I)I'], ['isUpperCase0', '(I)Z'], ['isLowerCase0', '(I)Z'],
  ['isAlphabetic0', '(I)Z'], ['isIdeographic0', '(I)Z'], ['toUpperCase0', '(I)I'],
  ['toLowerCase0', '(I)I'], ['toTitleCase0', '(I)I'], ['toUpperCaseChars0', '(I)[C'],
  ['digit0', '(II)I'], ['getNumericValue0', '(I)I'],
];

/** "class kind name descriptor modifier..." lines; kind is F (field) or M (method). */
const MEMBER_LINES = `
java/lang/Object M getClass ()Ljava/lang/Class; public final native
java/lang/Object M hashCode ()I public native
java/lang/Object M clone ()Ljava/lang/Object; protected native
java/lang/Object M notify ()V public final native
java/lang/Object M notifyAll ()V public final native
java/lang/Object M wait0 (J)V private final native
java/lang/Object M wait ()V public final java
java/lang/Object M wait (J)V public final java
java/lang/Object M wait (JI)V public final java
java/lang/Object M toString ()Ljava/lang/String; public java
java/lang/String F value [C private final instance
java/lang/String F hash I private instance
java/lang/String M intern ()Ljava/lang/String; public native
java/lang/Class F vmIndex I private instance
java/lang/Class M getName0 ()Ljava/lang/String; private native
java/lang/Class M getSuperclass ()Ljava/lang/Class; public native
java/lang/Class M getInterfaces0 ()[Ljava/lang/Class; private native
java/lang/Class M isInterface ()Z public native
java/lang/Class M isArray ()Z public native
java/lang/Class M isPrimitive ()Z public native
java/lang/Class M getComponentType ()Ljava/lang/Class; public native
java/lang/Class M isInstance (Ljava/lang/Object;)Z public native
java/lang/Class M isAssignableFrom (Ljava/lang/Class;)Z public native
java/lang/Class M getModifiers ()I public native
java/lang/Class M forName0 (Ljava/lang/String;Z)Ljava/lang/Class; private static native
java/lang/Class M getPrimitiveClass (Ljava/lang/String;)Ljava/lang/Class; package static native
java/lang/Class M getEnumConstants0 ()[Ljava/lang/Object; private native
java/lang/Class M getSimpleBinaryName0 ()Ljava/lang/String; private native
java/lang/Class M isHidden0 ()Z private native
java/lang/Class M desiredAssertionStatus ()Z public java
java/lang/Throwable F detailMessage Ljava/lang/String; private instance
java/lang/Throwable F cause Ljava/lang/Throwable; private instance
java/lang/Throwable F backtrace Ljava/lang/Object; private instance
java/lang/Throwable F stackTrace [Ljava/lang/StackTraceElement; private instance
java/lang/Throwable F suppressedExceptions Ljava/util/List; private instance
java/lang/Throwable M fillInStackTrace0 ()Ljava/lang/Throwable; private native
java/lang/Throwable M getStackTrace0 ()[Ljava/lang/StackTraceElement; private native
java/lang/Throwable M fillInStackTrace ()Ljava/lang/Throwable; public java
java/lang/StackTraceElement F declaringClass Ljava/lang/String; private instance
java/lang/StackTraceElement F methodName Ljava/lang/String; private instance
java/lang/StackTraceElement F fileName Ljava/lang/String; private instance
java/lang/StackTraceElement F lineNumber I private instance
java/lang/StackTraceElement F moduleName Ljava/lang/String; private instance
java/lang/Thread F name Ljava/lang/String; private volatile instance
java/lang/Thread F priority I private instance
java/lang/Thread F daemon Z private instance
java/lang/Thread F target Ljava/lang/Runnable; private instance
java/lang/Thread F group Ljava/lang/ThreadGroup; private instance
java/lang/Thread F tid J private instance
java/lang/Thread F uncaughtExceptionHandler Ljava/lang/Thread$UncaughtExceptionHandler; private instance
java/lang/Thread F defaultUncaughtExceptionHandler Ljava/lang/Thread$UncaughtExceptionHandler; private static
java/lang/Thread M currentThread ()Ljava/lang/Thread; public static native
java/lang/Thread M start0 ()V private native
java/lang/Thread M sleep0 (J)V private static native
java/lang/Thread M yield ()V public static native
java/lang/Thread M interrupt0 ()V private native
java/lang/Thread M isInterrupted0 (Z)Z private native
java/lang/Thread M isAlive ()Z public final native
java/lang/Thread M holdsLock (Ljava/lang/Object;)Z public static native
java/lang/Thread M setPriority0 (I)V private native
java/lang/Thread M getState0 ()I private native
java/lang/Thread M initMainThread ()V package static java
java/lang/Thread M dispatchUncaughtException (Ljava/lang/Throwable;)V private java
java/lang/Thread M run ()V public java
java/lang/ThreadGroup M uncaughtException (Ljava/lang/Thread;Ljava/lang/Throwable;)V public java
java/lang/System F in Ljava/io/InputStream; public static final
java/lang/System F out Ljava/io/PrintStream; public static final
java/lang/System F err Ljava/io/PrintStream; public static final
java/lang/System M setIn0 (Ljava/io/InputStream;)V private static native
java/lang/System M setOut0 (Ljava/io/PrintStream;)V private static native
java/lang/System M setErr0 (Ljava/io/PrintStream;)V private static native
java/lang/System M arraycopy (Ljava/lang/Object;ILjava/lang/Object;II)V public static native
java/lang/System M currentTimeMillis ()J public static native
java/lang/System M nanoTime ()J public static native
java/lang/System M identityHashCode (Ljava/lang/Object;)I public static native
java/lang/System M vmProperties ()[Ljava/lang/String; private static native
java/lang/System M getenv0 (Ljava/lang/String;)Ljava/lang/String; private static native
java/lang/System M initPhase1 ()V private static java
java/lang/System M exit (I)V public static java
java/lang/Runtime M availableProcessors ()I public native
java/lang/Runtime M freeMemory ()J public native
java/lang/Runtime M totalMemory ()J public native
java/lang/Runtime M maxMemory ()J public native
java/lang/Runtime M gc ()V public native
java/lang/Runtime M halt0 (I)V package static native
java/lang/Shutdown M shutdown ()V package static java
java/lang/Shutdown M exit (I)V package static java
java/lang/Double M toString (D)Ljava/lang/String; public static native
java/lang/Double M parseDouble (Ljava/lang/String;)D public static native
java/lang/Double M doubleToRawLongBits (D)J public static native
java/lang/Double M longBitsToDouble (J)D public static native
java/lang/Double M doubleToLongBits (D)J public static java
java/lang/Float M toString (F)Ljava/lang/String; public static native
java/lang/Float M parseFloat (Ljava/lang/String;)F public static native
java/lang/Float M floatToRawIntBits (F)I public static native
java/lang/Float M intBitsToFloat (I)F public static native
java/lang/Float M floatToIntBits (F)I public static java
java/lang/Integer F value I private final instance
java/lang/Long F value J private final instance
java/lang/Short F value S private final instance
java/lang/Byte F value B private final instance
java/lang/Character F value C private final instance
java/lang/Boolean F value Z private final instance
java/lang/Float F value F private final instance
java/lang/Double F value D private final instance
java/lang/Enum F name Ljava/lang/String; private final instance
java/lang/Enum F ordinal I private final instance
java/lang/Enum M <init> (Ljava/lang/String;I)V protected
java/lang/Enum M valueOf (Ljava/lang/Class;Ljava/lang/String;)Ljava/lang/Enum; public static java
java/lang/Record M equals (Ljava/lang/Object;)Z public abstract
java/lang/Record M hashCode ()I public abstract
java/lang/Record M toString ()Ljava/lang/String; public abstract
java/lang/reflect/Array M newArray (Ljava/lang/Class;I)Ljava/lang/Object; private static native
java/lang/Class M getDeclaredMembers0 (Z)[Ljava/lang/Object; private native
java/lang/reflect/Executable F clazz Ljava/lang/Class; instance
java/lang/reflect/Executable F name Ljava/lang/String; instance
java/lang/reflect/Executable F descriptor Ljava/lang/String; instance
java/lang/reflect/Executable F modifiers I instance
java/lang/reflect/Executable F exceptionNames Ljava/lang/String; private instance
java/lang/reflect/Executable F signature Ljava/lang/String; instance
java/lang/reflect/ReflectAccess M types0 (Ljava/lang/Class;Ljava/lang/String;)[Ljava/lang/Class; static native
java/lang/reflect/ReflectAccess M newAccessor0 (Ljava/lang/Class;Ljava/lang/String;Ljava/lang/String;I)Ljdk/internal/reflect/MethodAccessor; static native
java/lang/Thread F parkBlocker Ljava/lang/Object; private volatile instance
java/util/concurrent/locks/LockSupport M park0 (ZJ)V private static native
tern/Checkpoint M checkpoint0 (Ljava/lang/String;Z)I private static native
tern/Checkpoint M isRestored0 ()Z private static native
tern/internal/EmbeddedCall M complete0 (ILjava/lang/Object;Ljava/lang/Throwable;Ljava/lang/String;)V private static native
tern/internal/EmbeddedCall M run (ILjava/lang/String;Ljava/lang/String;Ljava/lang/String;[Ljava/lang/Object;)V static
tern/Checkpoint M migrate0 (Ljava/lang/String;ILjava/lang/String;)V private static native
org/crac/Core M checkpointRestore0 ()V private static native
java/util/concurrent/locks/LockSupport M unpark0 (Ljava/lang/Thread;)V private static native
java/util/concurrent/locks/LockSupport M getBlocker0 (Ljava/lang/Thread;)Ljava/lang/Object; private static native
java/util/concurrent/locks/LockSupport M setBlocker0 (Ljava/lang/Thread;Ljava/lang/Object;)V private static native
java/util/concurrent/atomic/AtomicInteger F value I private volatile instance
java/util/concurrent/atomic/AtomicInteger M cas0 (II)Z private native
java/util/concurrent/atomic/AtomicInteger M getAndAdd0 (I)I private native
java/util/concurrent/atomic/AtomicInteger M getAndSet0 (I)I private native
java/util/concurrent/atomic/AtomicLong F value J private volatile instance
java/util/concurrent/atomic/AtomicLong M cas0 (JJ)Z private native
java/util/concurrent/atomic/AtomicLong M getAndAdd0 (J)J private native
java/util/concurrent/atomic/AtomicLong M getAndSet0 (J)J private native
java/util/concurrent/atomic/AtomicBoolean F value I private volatile instance
java/util/concurrent/atomic/AtomicBoolean M cas0 (II)Z private native
java/util/concurrent/atomic/AtomicBoolean M getAndSet0 (I)I private native
java/util/concurrent/atomic/AtomicReference F value Ljava/lang/Object; private volatile instance
java/util/concurrent/atomic/AtomicReference M cas0 (Ljava/lang/Object;Ljava/lang/Object;)Z private native
java/util/concurrent/atomic/AtomicReference M getAndSet0 (Ljava/lang/Object;)Ljava/lang/Object; private native
java/util/concurrent/atomic/AtomicIntegerArray M cas0 ([IIII)Z private static native
java/util/concurrent/atomic/AtomicIntegerArray M getAndAdd0 ([III)I private static native
java/util/concurrent/atomic/AtomicIntegerArray M getAndSet0 ([III)I private static native
java/util/concurrent/atomic/AtomicLongArray M cas0 ([JIJJ)Z private static native
java/util/concurrent/atomic/AtomicLongArray M getAndAdd0 ([JIJ)J private static native
java/util/concurrent/atomic/AtomicLongArray M getAndSet0 ([JIJ)J private static native
java/util/concurrent/atomic/AtomicReferenceArray M cas0 ([Ljava/lang/Object;ILjava/lang/Object;Ljava/lang/Object;)Z private static native
java/util/concurrent/atomic/AtomicReferenceArray M getAndSet0 ([Ljava/lang/Object;ILjava/lang/Object;)Ljava/lang/Object; private static native
java/util/concurrent/locks/AbstractQueuedSynchronizer F state I private volatile instance
java/util/concurrent/locks/AbstractQueuedSynchronizer M compareAndSetState (II)Z protected final native
java/util/concurrent/ForkJoinTask F status I private volatile instance
java/util/concurrent/ForkJoinTask M casStatus (II)Z private native
java/util/concurrent/CompletableFuture F result Ljava/lang/Object; volatile instance
java/util/concurrent/CompletableFuture F stack Ljava/util/concurrent/CompletableFuture$Completion; volatile instance
java/util/concurrent/CompletableFuture M casResult (Ljava/lang/Object;Ljava/lang/Object;)Z private native
java/util/concurrent/CompletableFuture M casStack (Ljava/util/concurrent/CompletableFuture$Completion;Ljava/util/concurrent/CompletableFuture$Completion;)Z private native
java/util/concurrent/CompletableFuture M casNext (Ljava/util/concurrent/CompletableFuture$Completion;Ljava/util/concurrent/CompletableFuture$Completion;Ljava/util/concurrent/CompletableFuture$Completion;)Z static native
java/util/concurrent/CompletableFuture M claim0 (Ljava/util/concurrent/CompletableFuture$Completion;)Z static native
java/util/concurrent/CompletableFuture$Completion F next Ljava/util/concurrent/CompletableFuture$Completion; volatile instance
java/util/concurrent/CompletableFuture$Completion F claimed I volatile instance
java/util/concurrent/atomic/FieldAccess M fieldOffset0 (Ljava/lang/Class;Ljava/lang/String;C)J package static native
java/util/concurrent/atomic/FieldAccess M fieldType0 (Ljava/lang/Class;Ljava/lang/String;)Ljava/lang/Class; package static native
java/util/concurrent/atomic/FieldAccess M getInt (Ljava/lang/Object;J)I package static native
java/util/concurrent/atomic/FieldAccess M putInt (Ljava/lang/Object;JI)V package static native
java/util/concurrent/atomic/FieldAccess M casInt (Ljava/lang/Object;JII)Z package static native
java/util/concurrent/atomic/FieldAccess M getAndAddInt (Ljava/lang/Object;JI)I package static native
java/util/concurrent/atomic/FieldAccess M getAndSetInt (Ljava/lang/Object;JI)I package static native
java/util/concurrent/atomic/FieldAccess M getLong (Ljava/lang/Object;J)J package static native
java/util/concurrent/atomic/FieldAccess M putLong (Ljava/lang/Object;JJ)V package static native
java/util/concurrent/atomic/FieldAccess M casLong (Ljava/lang/Object;JJJ)Z package static native
java/util/concurrent/atomic/FieldAccess M getAndAddLong (Ljava/lang/Object;JJ)J package static native
java/util/concurrent/atomic/FieldAccess M getAndSetLong (Ljava/lang/Object;JJ)J package static native
java/util/concurrent/atomic/FieldAccess M getReference (Ljava/lang/Object;J)Ljava/lang/Object; package static native
java/util/concurrent/atomic/FieldAccess M putReference (Ljava/lang/Object;JLjava/lang/Object;)V package static native
java/util/concurrent/atomic/FieldAccess M casReference (Ljava/lang/Object;JLjava/lang/Object;Ljava/lang/Object;)Z package static native
java/util/concurrent/atomic/FieldAccess M getAndSetReference (Ljava/lang/Object;JLjava/lang/Object;)Ljava/lang/Object; package static native
java/math/BigInteger M addMag0 ([I[I)[I private static native
java/math/BigInteger M subMag0 ([I[I)[I private static native
java/math/BigInteger M mulMag0 ([I[I)[I private static native
java/math/BigInteger M divMag0 ([I[I)[I private static native
java/math/BigInteger M remMag0 ([I[I)[I private static native
java/math/BigInteger M divRemMag0 ([I[I)[[I private static native
java/math/BigInteger M powMag0 ([II)[I private static native
java/math/BigInteger M shiftLeftMag0 ([II)[I private static native
java/math/BigInteger M shiftRightMag0 ([IIZ)[I private static native
java/math/BigInteger M modPowMag0 ([I[I[I)[I private static native
java/math/BigInteger M modInverseMag0 ([I[I)[I private static native
java/math/BigInteger M gcdMag0 ([I[I)[I private static native
java/math/BigInteger M sqrtMag0 ([I)[I private static native
java/math/BigInteger M bitOp0 (II[II[I)[I private static native
java/math/BigInteger M isProbablePrime0 ([I)Z private static native
java/math/BigInteger M nextPrimeMag0 ([I)[I private static native
java/math/BigInteger M toString0 ([II)Ljava/lang/String; private static native
java/math/BigInteger M parse0 (Ljava/lang/String;I)[I private static native
java/math/BigInteger M doubleValue0 (I[I)D private static native
java/math/BigInteger M floatValue0 (I[I)F private static native
java/io/FileDescriptor F fd I private instance
java/io/FileDescriptor F in Ljava/io/FileDescriptor; public static final
java/io/FileDescriptor F out Ljava/io/FileDescriptor; public static final
java/io/FileDescriptor F err Ljava/io/FileDescriptor; public static final
java/io/FileOutputStream F fd Ljava/io/FileDescriptor; private instance
java/io/FileOutputStream M writeBytes ([BII)V private native
jdk/internal/math/DecimalDigits M digits0 (DZ)Ljava/lang/String; private static native
java/io/FileInputStream M readBytes ([BII)I private native
java/io/FileInputStream M available0 ()I private native
jdk/internal/io/HostFiles M access0 (Ljava/lang/String;I)Z public static native
jdk/internal/io/HostFiles M available0 (I)I public static native
jdk/internal/io/HostFiles M chmod0 (Ljava/lang/String;I)I public static native
jdk/internal/io/HostFiles M close0 (I)V public static native
jdk/internal/io/HostFiles M copy0 (Ljava/lang/String;Ljava/lang/String;Z)I public static native
jdk/internal/io/HostFiles M delete0 (Ljava/lang/String;)I public static native
jdk/internal/io/HostFiles M list0 (Ljava/lang/String;[I)[Ljava/lang/String; public static native
jdk/internal/io/HostFiles M mkdir0 (Ljava/lang/String;I)I public static native
jdk/internal/io/HostFiles M open0 (Ljava/lang/String;II)I public static native
jdk/internal/io/HostFiles M position0 (I)J public static native
jdk/internal/io/HostFiles M read0 (I[BII)I public static native
jdk/internal/io/HostFiles M realpath0 (Ljava/lang/String;)Ljava/lang/String; public static native
jdk/internal/io/HostFiles M rename0 (Ljava/lang/String;Ljava/lang/String;)I public static native
jdk/internal/io/HostFiles M seek0 (IJ)V public static native
jdk/internal/io/HostFiles M setLastModified0 (Ljava/lang/String;J)I public static native
jdk/internal/io/HostFiles M setLength0 (IJ)V public static native
jdk/internal/io/HostFiles M size0 (I)J public static native
jdk/internal/io/HostFiles M stat0 (Ljava/lang/String;Z[J)I public static native
jdk/internal/io/HostFiles M strerror0 (I)Ljava/lang/String; public static native
jdk/internal/io/HostFiles M sync0 (I)V public static native
jdk/internal/io/HostFiles M write0 (I[BII)V public static native
jdk/internal/io/HostFiles M workingDirectory0 ()Ljava/lang/String; public static native
java/net/NetIo M listen0 (Ljava/lang/String;II)I package static native
java/net/NetIo M accept0 (II)I package static native
java/net/NetIo M connect0 (Ljava/lang/String;II)I package static native
java/net/NetIo M read0 (I[BIII)I package static native
java/net/NetIo M write0 (I[BII)V package static native
java/net/NetIo M available0 (I)I package static native
java/net/NetIo M shutdown0 (II)V package static native
java/net/NetIo M close0 (I)V package static native
java/net/NetIo M localPort0 (I)I package static native
java/net/NetIo M remotePort0 (I)I package static native
java/net/NetIo M localAddress0 (I)Ljava/lang/String; package static native
java/net/NetIo M remoteAddress0 (I)Ljava/lang/String; package static native
java/net/NetIo M setOption0 (IIZ)V package static native
java/net/NetIo M lookup0 (Ljava/lang/String;Z)I package static native
java/net/NetIo M takeLookup0 ()[Ljava/lang/String; package static native
java/net/NetIo M hostName0 ()Ljava/lang/String; package static native
java/security/SecureRandom M randomBytes0 ([B)V private static native
java/lang/Class M getDeclaredFields0 ()[Ljava/lang/reflect/Field; private native
java/lang/Class M getGenericSignature0 ()Ljava/lang/String; private native
java/lang/reflect/ReflectAccess M newFieldAccessor0 (Ljava/lang/Class;Ljava/lang/String;Ljava/lang/String;Z)Ljdk/internal/reflect/FieldAccessor; static native
java/lang/reflect/Field F clazz Ljava/lang/Class; instance
java/lang/reflect/Field F name Ljava/lang/String; instance
java/lang/reflect/Field F descriptor Ljava/lang/String; instance
java/lang/reflect/Field F modifiers I instance
java/lang/reflect/Field F signature Ljava/lang/String; instance
java/lang/ref/Reference F referent Ljava/lang/Object; private instance
java/lang/ref/Reference F queue Ljava/lang/ref/ReferenceQueue; private final instance
java/lang/ref/Reference F discovered Ljava/lang/ref/Reference; private instance
java/lang/ref/Reference F pendingHead Ljava/lang/ref/Reference; private static
java/lang/ref/Reference M takePending0 ()Ljava/lang/ref/Reference; private static native
java/lang/Character M script0 (I)I package static native
java/lang/Character M block0 (I)I package static native
java/lang/Character M scriptNames0 ()[Ljava/lang/String; package static native
java/lang/Character M blockNames0 ()[Ljava/lang/String; package static native
java/net/DatagramIo M bind0 (Ljava/lang/String;I)I package static native
java/net/DatagramIo M send0 (I[BIILjava/lang/String;I)V package static native
java/net/DatagramIo M receive0 (I[BIII)I package static native
java/net/DatagramIo M takeSender0 ()[Ljava/lang/String; package static native
java/net/DatagramIo M connect0 (ILjava/lang/String;I)V package static native
java/net/DatagramIo M disconnect0 (I)V package static native
java/net/DatagramIo M bindReuse0 (Ljava/lang/String;I)I package static native
java/net/DatagramIo M multicast0 (IILjava/lang/String;Ljava/lang/String;I)V package static native
java/net/NetworkInterface M interfaces0 ()[Ljava/lang/String; private static native
sun/nio/ch/NioIo M acceptNow0 (I)I package static native
sun/nio/ch/NioIo M connectStart0 (Ljava/lang/String;I)I package static native
sun/nio/ch/NioIo M finishConnect0 (I)I package static native
sun/nio/ch/NioIo M readNow0 (I[BII)I package static native
sun/nio/ch/NioIo M writeNow0 (I[BII)I package static native
sun/nio/ch/NioIo M close0 (I)V package static native
sun/nio/ch/NioIo M poll0 ([I[I[II[III)I package static native
sun/nio/ch/NioIo M wakeup0 (I)V package static native
sun/nio/ch/NioIo M sendNow0 (I[BIILjava/lang/String;I)I package static native
sun/nio/ch/NioIo M receiveNow0 (I[BII)I package static native
sun/nio/ch/NioIo M takeSender0 ()[Ljava/lang/String; package static native
java/time/zone/TzdbZoneRulesProvider M ids0 ()[Ljava/lang/String; private static native
java/time/zone/TzdbZoneRulesProvider M version0 ()Ljava/lang/String; private static native
java/time/zone/TzdbZoneRulesProvider M rules0 (Ljava/lang/String;)[B private static native
java/time/format/DateTimeFormatterBuilder M zoneNames0 (Ljava/lang/String;)[Ljava/lang/String; package static native
java/util/TimeZone M hostZoneId0 ()Ljava/lang/String; private static native
java/util/TimeZone M zoneNames0 (Ljava/lang/String;)[Ljava/lang/String; static native
java/lang/Class M isAppClass0 ()Z private native
java/lang/reflect/Proxy M defineProxy0 (Ljava/lang/String;[Ljava/lang/Class;[Ljava/lang/String;[Ljava/lang/String;)Ljava/lang/Class; private static native
java/lang/reflect/Proxy M dispatch (Ljava/lang/reflect/Proxy;I[Ljava/lang/Object;)Ljava/lang/Object; static java
jdk/internal/reflect/AnnotationReader M rawAnnotations0 (Ljava/lang/Class;ILjava/lang/String;Ljava/lang/String;)[B public static native
jdk/internal/reflect/AnnotationReader M utf8At0 (Ljava/lang/Class;I)Ljava/lang/String; private static native
jdk/internal/reflect/AnnotationReader M primitiveAt0 (Ljava/lang/Class;II)J private static native
`;

function parseMembers(): ContractMember[] {
  const members: ContractMember[] = [];
  for (const line of MEMBER_LINES.split('\n')) {
    const words = line.trim().split(/\s+/);
    if (words.length < 4) continue;
    const [cls, kind, name, descriptor, ...modifiers] = words as [string, string, string, string, ...string[]];
    members.push({ cls, kind: kind === 'F' ? 'field' : 'method', name, descriptor, modifiers });
  }
  for (const cls of ['java/lang/Math', 'java/lang/StrictMath']) {
    for (const [name, descriptor] of MATH_NATIVES) {
      members.push({ cls, kind: 'method', name, descriptor, modifiers: ['public', 'static', 'native'] });
    }
  }
  // fma is exact in Math; StrictMath.fma delegates to it in Java.
  for (const descriptor of ['(DDD)D', '(FFF)F']) {
    members.push({ cls: 'java/lang/Math', kind: 'method', name: 'fma', descriptor, modifiers: ['public', 'static', 'native'] });
  }
  for (const [name, descriptor] of CHARACTER_NATIVES) {
    members.push({ cls: 'java/lang/Character', kind: 'method', name, descriptor, modifiers: ['private', 'static', 'native'] });
  }
  return members;
}

/** Every VM-known member the contract names. */
export const CONTRACT_MEMBERS: ContractMember[] = parseMembers();
