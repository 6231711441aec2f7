/**
 * @fileoverview One Java virtual machine instance: its heap, classes, threads, monitors, interned
 * strings and the services the interpreter and natives share (allocation with GC, exception
 * objects, class mirrors, call-site linking). The interpreter loop itself lives in src/interp and
 * is plugged in by the launcher (src/api), keeping the dependency direction of DESIGN.md.
 */
import { analyzeMethod } from '../analysis/frames.js';
import { CpTag, type MethodInfo } from '../classfile/types.js';
import { Heap, type InstanceShape, type ArrayShape, type Ref, type TypeInfoSource } from '../heap/index.js';
import type { Host } from '../host/host.js';
import { JavaThread, ThreadState } from '../threads/java-thread.js';
import { Monitors } from '../threads/monitors.js';
import { DEFAULT_SLICE_BUDGET, RunResult, Scheduler } from '../threads/scheduler.js';
import { FrameKind } from '../threads/frame.js';
import { ClassLibrary, ClassPath } from './class-path.js';
import { InternalVmError, JavaThrow, RETRY_AFTER_GC, UNWIND_COMPILED } from './errors.js';
import { spinCallSite } from './indy/index.js';
import { InitState, RtClass, RtMethod, ValueKind, type NativeImpl } from './model.js';
import { ClassRegistry } from './registry.js';
import { describeLoader, describeMethod } from './class-names.js';
import { helpfulNpeMessage } from './npe-message.js';
import { linkClearedReferences, weakReferentOffset } from './references.js';
import { OpenFileTable, type FileCapturePolicy } from './open-files.js';

/** Options of one VM (the CLI's -Xmx, -Xss, -D ...). */
export interface VmOptions {
  /** Heap semispace size in bytes (-Xmx). */
  maxHeapBytes: number;
  /** Slot-stack size of each thread in bytes (-Xss). */
  stackBytes: number;
  /** Application class path entries. */
  classPath: string[];
  /** The packed class library. */
  classLibrary: Uint8Array;
  /** -D properties. */
  properties: Record<string, string>;
  /** Collect at every allocation (stress testing). */
  gcStress?: boolean;
}

/** Natives by class internal name, then by `name + descriptor`. */
export type NativeRegistry = Map<string, Record<string, NativeImpl>>;

/** A JavaThrow for a NullPointerException whose helpful message is computed at the faulting pc. */
export class NullPointerThrow extends JavaThrow {
  constructor() {
    super('java/lang/NullPointerException');
  }
}

/** Frames recorded in a throwable's backtrace (HotSpot's -XX:MaxJavaStackTraceDepth default). */
const MAX_STACK_TRACE_DEPTH = 1024;

/** One Java virtual machine. */
export class Vm implements TypeInfoSource {
  readonly heap: Heap;
  readonly registry: ClassRegistry;
  /** Where classes come from (the restore adds an image's classes to it). */
  readonly classPath: ClassPath;
  readonly monitors: Monitors;
  readonly scheduler: Scheduler;
  /** Files the program holds open (plain data a checkpoint records; src/runtime/open-files.ts). */
  readonly openFiles: OpenFileTable;
  /** What checkpoints of this VM save of its files (--checkpoint-files, --checkpoint-dir). */
  fileCapture: FileCapturePolicy = { contents: 'written', directories: [] };
  /** Methods by id (ids index this table; stable within one run). */
  readonly methods: RtMethod[] = [];
  /** Reference constants (interned strings, mirrors for ldc, preallocated errors): GC roots. */
  readonly constRefs: Ref[] = [0];
  private readonly interned = new Map<string, number>();
  private readonly mirrorConst = new Map<RtClass, number>();
  /** Native implementations, installed by the launcher. */
  natives: NativeRegistry = new Map();
  /** Process exit status once the VM ends. */
  exitCode = 0;
  /** True while a native runs: allocation must not collect then (it signals a retry instead). */
  inNative = false;
  /**
   * Interpreter runs of the JIT's adapter in progress (jit/runtime.ts `interpretCall`): while
   * non-zero, compiled frames the GC and stack walks cannot see are below the running thread's
   * frames, so those throw UNWIND_COMPILED (errors.ts) and run after the compiled frames unwound.
   */
  hiddenCompiledFrames = 0;
  /**
   * Set by the JIT: the Java frames of `t` top first, compiled ones included (read from the site
   * words compiled code stores before its calls, docs/deopt.md "Stack traces through compiled
   * frames"), as [method, pc] pairs; null when it cannot tell (then the frames must unwind first).
   * Only asked while {@link hiddenCompiledFrames} is non-zero.
   */
  compiledStack: ((t: JavaThread) => Array<[RtMethod, number]> | null) | null = null;
  /** Properties for System.getProperties (host ones plus -D). */
  readonly properties: Record<string, string>;
  /** Next Java thread id and next call-site class number: continued across checkpoint/restore. */
  nextThreadId = 1;
  syntheticCount = 0;
  private emptyInit: RtMethod | null = null;
  private readonly staticsPrepared = new Set<RtClass>();
  private fieldOffsets = new Map<string, number>();
  private preallocatedOom = 0;
  /** Taken branches and calls a thread runs before the scheduler may switch (-XX:TernSliceBudget). */
  sliceBudget = DEFAULT_SLICE_BUDGET;
  /**
   * Interpreted calls and taken branches run so far by this process's VM: the slice budget each
   * slice used, summed when it ends (src/interp/interpreter.ts), so a slice that ends early because
   * its thread blocked adds only what it did. The JIT's start-up gates count this (a measure of
   * work, unlike Scheduler.slices). Not saved in images: a restored VM starts it at 0, as it
   * starts with no compiled code and no profiles (docs/jit.md "Compile cost").
   */
  interpretedWork = 0;
  /**
   * Diagnostics (-XX:TernSliceBudget, consistency tests): when non-zero, compiled code also ends
   * its slice after this many safepoint polls, as the interpreter does after its budget of branches
   * and calls, so that reproducible slice points fall inside compiled code too. 0 (default): compiled
   * code stops only when the scheduler asks (another runnable thread, a safepoint task, the event loop).
   */
  compiledSliceBudget = 0;
  /** Added to the host's monotonic clock: a restored VM continues the clock of the image. */
  nanoOffset = 0;
  /**
   * The directory relative paths of the program resolve against: the process's working directory
   * when the VM starts (the user.dir of a Java program, fixed at start), and in a restored VM the
   * one recorded in the image (or `tern restore --cwd`), whatever the restoring process's is.
   */
  workingDirectory: string;
  /**
   * Bytes of the program's standard input that earlier processes read (a restored VM: the offset
   * recorded in its image; 0 otherwise): this process's input continues the program's there, so an
   * image records this plus what the host read here (docs/checkpoint.md "Standard input").
   */
  stdinBase = 0;
  /** Main class of the program (informational: images and tools name it). */
  mainClassName = '';
  /** -XX:CRaCCheckpointTo directory (org.crac's Core.checkpointRestore writes there), or null. */
  cracCheckpointTo: string | null = null;
  /** Set in a VM restored from an image. */
  restored = false;
  /** Set once Shutdown.shutdown() has been started. */
  shutdownStarted = false;
  mainThread: JavaThread | null = null;
  /**
   * The TypeScript program embedding this VM (src/api/tern.ts), told when a call it made ends;
   * null when nobody embeds it (then such results are dropped, e.g. after `tern restore`).
   */
  embedding: { complete(id: number, result: Ref, error: Ref, trace: Ref): void } | null = null;
  /** Print every thrown exception with the frames it unwinds from (TERN_TRACE_EXCEPTIONS). */
  readonly traceExceptions: boolean;

  constructor(readonly host: Host, readonly options: VmOptions) {
    this.heap = new Heap({ semispaceBytes: options.maxHeapBytes, gcStress: options.gcStress ?? false }, this);
    const library = new ClassLibrary(options.classLibrary);
    const path = new ClassPath(host, library);
    this.classPath = path;
    for (const p of options.classPath) path.add(p);
    this.registry = new ClassRegistry(path, {
      allocStatic: (n) => this.heap.allocStatic(n),
      registerMethod: (m) => {
        m.id = this.methods.length;
        this.methods.push(m);
      },
    });
    this.scheduler = new Scheduler(host);
    this.openFiles = new OpenFileTable(host.fs);
    this.monitors = new Monitors(this.heap, this.scheduler);
    this.scheduler.monitors = this.monitors;
    this.heap.onMoved = (forward) => {
      this.monitors.afterGc(forward);
      linkClearedReferences(this.heap, (r) => this.classOf(r));
    };
    this.heap.monitorHash = (id) => {
      const m = this.monitors.byId(id)!;
      if (m.hash === 0) m.hash = this.heap.nextIdentityHash();
      return m.hash;
    };
    this.properties = { ...host.systemProperties(), ...options.properties };
    this.workingDirectory = this.properties['user.dir'] ?? '/';
    this.traceExceptions = host.getenv('TERN_TRACE_EXCEPTIONS') !== null;
  }

  /** Diagnostic line for {@link traceExceptions}. */
  traceException(t: JavaThread, ex: Ref, cause: unknown): void {
    const frames: string[] = [];
    for (let d = t.depth - 1; d >= 0; d--) frames.push(`${t.frames[d]!.method}@${t.frames[d]!.pc}`);
    const js = cause instanceof JavaThrow ? ` (${cause.message})` : '';
    this.host.write(2, new TextEncoder().encode(`[tern] throw ${this.classOf(ex).javaName}${js} in ${t.debugName}: ${frames.join(' <- ')}\n`));
  }

  // ---- TypeInfoSource (for the collector) ----

  /** Object shapes by class id. */
  shapeOf(classId: number): InstanceShape | ArrayShape {
    const c = this.registry.byId[classId]!;
    if (c.array) return { kind: 'array', elementSize: c.array.elementSize, elementsAreRefs: c.array.elementKind === ValueKind.Ref };
    const weakOffset = weakReferentOffset(c);
    return weakOffset === 0
      ? { kind: 'instance', size: c.instanceSize, refOffsets: c.refOffsets }
      : { kind: 'instance', size: c.instanceSize, refOffsets: c.refOffsets, weakOffset };
  }

  // ---- classes ----

  /** The class of a (non-null) object. */
  classOf(ref: Ref): RtClass {
    return this.registry.byId[this.heap.i32[ref >> 2]!]!;
  }

  /** Byte offset of instance field `name` of class `cls` (cached; classlib contract fields). */
  fieldOffset(cls: string, name: string): number {
    const key = cls + '.' + name;
    let off = this.fieldOffsets.get(key);
    if (off === undefined) {
      const f = this.registry.load(cls).findField(name);
      if (!f) throw new InternalVmError(`class library field ${key} is missing`);
      off = f.offset;
      this.fieldOffsets.set(key, off);
    }
    return off;
  }

  /** Address of static field `name` of class `cls`. */
  staticAddress(cls: string, name: string): number {
    const f = this.registry.load(cls).findField(name);
    if (!f || !f.isStatic) throw new InternalVmError(`class library static ${cls}.${name} is missing`);
    return f.offset;
  }

  /** Sets static fields that have a ConstantValue attribute (JVMS §5.5 step 6), once per class. */
  prepareStatics(cls: RtClass): void {
    if (this.staticsPrepared.has(cls) || !cls.file) return;
    this.staticsPrepared.add(cls);
    const cp = cls.file.constantPool;
    const h = this.heap;
    for (const f of cls.fields.values()) {
      if (!f.isStatic) continue;
      if (f.kind === ValueKind.Ref) h.registerStaticRefSlot(f.offset);
      if (f.constantValue === 0) continue;
      const c = cp[f.constantValue];
      if (!c) continue;
      switch (c.tag) {
        case CpTag.Integer:
          if (f.kind === ValueKind.Byte || f.kind === ValueKind.Boolean) h.i8[f.offset] = c.value;
          else if (f.kind === ValueKind.Char || f.kind === ValueKind.Short) h.i16[f.offset >> 1] = c.value;
          else h.i32[f.offset >> 2] = c.value;
          break;
        case CpTag.Float: h.f32[f.offset >> 2] = c.value; break;
        case CpTag.Long: h.i32[f.offset >> 2] = c.lo; h.i32[(f.offset >> 2) + 1] = c.hi; break;
        case CpTag.Double: h.f64[f.offset >> 3] = c.value; break;
        case CpTag.String: h.i32[f.offset >> 2] = this.constRefs[this.internIndex(c.value)]!; break;
      }
    }
  }

  /** A `<clinit>` that does nothing, for classes whose supertypes need initializing first. */
  emptyInitializer(): RtMethod {
    if (!this.emptyInit) {
      const info: MethodInfo = {
        flags: 0x1008, name: '<clinit>', descriptor: '()V', exceptions: [], signature: null,
        code: { maxStack: 0, maxLocals: 0, code: Uint8Array.of(0xb1), exceptionTable: [], stackMap: null, lineNumbers: [], localVariables: [] },
      };
      const m = new RtMethod(this.registry.load('java/lang/Object'), info, [], ValueKind.Void);
      m.synthetic = true;
      this.emptyInit = m;
    }
    return this.emptyInit;
  }

  /** Wakes threads that waited for `cls` to finish initializing. */
  wakeClassInitWaiters(cls: RtClass): void {
    for (const t of this.scheduler.threads) {
      if (t.state === ThreadState.WaitingForClassInit && t.waitingForClass === cls) {
        t.waitingForClass = null;
        this.scheduler.makeRunnable(t);
      }
    }
  }

  /** The java.lang.Class object of `cls`, created on first use. */
  mirror(cls: RtClass): Ref {
    if (cls.mirror !== 0) return cls.mirror;
    const classClass = this.registry.load('java/lang/Class');
    const m = this.allocInstance(classClass);
    this.heap.i32[(m + this.fieldOffset('java/lang/Class', 'vmIndex')) >> 2] = cls.id;
    cls.mirror = m;
    return m;
  }

  /** The class a java.lang.Class object stands for. */
  classOfMirror(mirror: Ref): RtClass {
    return this.registry.byId[this.heap.i32[(mirror + this.fieldOffset('java/lang/Class', 'vmIndex')) >> 2]!]!;
  }

  /** Index in {@link constRefs} of `cls`'s mirror if ldc made it a constant already, else -1 (the JIT looks, never creates). */
  mirrorConstIndex(cls: RtClass): number {
    return this.mirrorConst.get(cls) ?? -1;
  }

  /** Index in {@link constRefs} of `cls`'s mirror (for ldc). */
  constRefIndexOfMirror(cls: RtClass): number {
    let i = this.mirrorConst.get(cls);
    if (i === undefined) {
      i = this.constRefs.length;
      this.constRefs.push(this.mirror(cls));
      this.mirrorConst.set(cls, i);
    }
    return i;
  }

  /** Links an invokedynamic call site by spinning a synthetic class (src/runtime/indy). */
  linkCallSite(t: JavaThread, caller: RtClass, cpIndex: number): RtMethod {
    const name = `${caller.name}$$Lambda$${++this.syntheticCount}`;
    const spun = spinCallSite({ caller: caller.file!, cpIndex, syntheticName: name });
    const cls = this.registry.define(spun.name, spun.bytes, caller.loader);
    cls.hidden = true;
    const m = cls.methods.get(spun.methodName + spun.methodDescriptor);
    if (!m) throw new JavaThrow('java/lang/BootstrapMethodError', `call site method missing in ${name}`);
    return m;
  }

  /** Binds a native method to its implementation (UnsatisfiedLinkError when there is none). */
  bindNative(m: RtMethod): NativeImpl {
    if (m.isAbstract) {
      throw new JavaThrow('java/lang/AbstractMethodError', `Method ${m.owner.javaName}.${m.name}${m.descriptor} is abstract`);
    }
    const fn = this.natives.get(m.owner.name)?.[m.name + m.descriptor];
    if (!fn) throw new JavaThrow('java/lang/UnsatisfiedLinkError', `'${describeMethod(m, true)}'`);
    m.native = fn;
    return fn;
  }

  // ---- allocation ----

  /** Allocates an instance, collecting when full (outside natives) or signalling a retry (inside). */
  allocInstance(cls: RtClass): Ref {
    let r = this.heap.gcStress && !this.inNative ? 0 : this.heap.allocInstance(cls.id, cls.instanceSize);
    if (r === 0) r = this.allocInstanceSlow(cls);
    return r;
  }

  /** Slow path of instance allocation: collect, retry, else OutOfMemoryError. */
  allocInstanceSlow(cls: RtClass): Ref {
    if (this.inNative) throw RETRY_AFTER_GC;
    this.collectGarbage();
    const r = this.heap.allocInstance(cls.id, cls.instanceSize);
    if (r === 0) throw new JavaThrow('java/lang/OutOfMemoryError', 'Java heap space');
    return r;
  }

  /** Allocates an array of `cls` (an array class) with `length` elements (JVMS §6.5 newarray). */
  newArray(cls: RtClass, length: number): Ref {
    if (length < 0) throw this.negativeArraySize(length);
    const size = cls.array!.elementSize;
    let r = this.heap.gcStress && !this.inNative ? 0 : this.heap.allocArray(cls.id, size, length);
    if (r === 0) {
      if (this.inNative) throw RETRY_AFTER_GC;
      if (length > 0x7ffffffd) throw new JavaThrow('java/lang/OutOfMemoryError', 'Requested array size exceeds VM limit');
      this.collectGarbage();
      r = this.heap.allocArray(cls.id, size, length);
      if (r === 0) throw new JavaThrow('java/lang/OutOfMemoryError', 'Java heap space');
    }
    return r;
  }

  /** multianewarray: nested arrays, outermost first, kept reachable through a handle. */
  newMultiArray(cls: RtClass, counts: number[]): Ref {
    const outer = this.newArray(cls, counts[0]!);
    if (counts.length === 1 || counts[0] === 0) return outer;
    const h = this.heap.newHandle(outer);
    try {
      const inner = cls.array!.component;
      for (let i = 0; i < counts[0]!; i++) {
        const child = this.newMultiArray(inner, counts.slice(1));
        const o = this.heap.getHandle(h);
        this.heap.i32[((o + 16) >> 2) + i] = child;
      }
      return this.heap.getHandle(h);
    } finally {
      this.heap.freeHandle(h);
    }
  }

  /** Runs a full collection with every root of the VM. */
  collectGarbage(): void {
    if (this.hiddenCompiledFrames > 0) throw UNWIND_COMPILED; // (compiled frames hold references the GC cannot see)
    this.heap.collect((visit) => this.enumerateRoots(visit));
  }

  private enumerateRoots(visit: (r: Ref) => Ref): void {
    const refs = this.constRefs;
    for (let i = 1; i < refs.length; i++) if (refs[i] !== 0) refs[i] = visit(refs[i]!);
    for (const c of this.registry.byId) if (c.mirror !== 0) c.mirror = visit(c.mirror);
    for (const t of this.scheduler.threads) {
      if (t.state === ThreadState.Terminated) continue;
      if (t.threadObject !== 0) t.threadObject = visit(t.threadObject);
      if (t.blockedOn !== 0) t.blockedOn = visit(t.blockedOn);
      if (t.resumeException !== 0) t.resumeException = visit(t.resumeException);
      if (t.adapterException !== 0) t.adapterException = visit(t.adapterException);
      this.enumerateFrames(t, visit);
    }
    for (const m of this.monitors.all()) {
      // Kept alive here; Monitors.afterGc then moves every monitor to its object's new address.
      if (m.owner !== null || m.waitSet.length > 0 || m.entryQueue.length > 0) visit(m.object);
    }
  }

  /** Visits the reference slots of every frame of `t`, typed by src/analysis at each frame's pc. */
  private enumerateFrames(t: JavaThread, visit: (r: Ref) => Ref): void {
    const s = t.stack;
    for (let d = 0; d < t.depth; d++) {
      const f = t.frames[d]!;
      const m = f.method;
      const map = analyzeMethod(m.owner.file!, m.info).referenceMap(f.pc);
      for (const i of map.locals) {
        const at = f.lp + i;
        if (s[at] !== 0) s[at] = visit(s[at]!);
      }
      const base = f.stackBase, depth = f.sp - base;
      for (const i of map.stack) {
        if (i >= depth) break;
        const at = base + i;
        if (s[at] !== 0) s[at] = visit(s[at]!);
      }
      if (m.isSynchronized) {
        const at = f.lp + m.code!.maxLocals;
        if (s[at] !== 0) s[at] = visit(s[at]!);
      }
    }
  }

  // ---- strings ----

  /** A new java.lang.String with the UTF-16 contents of `s`. */
  newString(s: string): Ref {
    const h = this.heap;
    const chars = this.newArray(this.registry.load('[C'), s.length);
    const base = (chars + 16) >> 1;
    for (let i = 0; i < s.length; i++) h.u16[base + i] = s.charCodeAt(i);
    const hc = h.newHandle(chars);
    try {
      const str = this.allocInstance(this.registry.load('java/lang/String'));
      h.i32[(str + this.fieldOffset('java/lang/String', 'value')) >> 2] = h.getHandle(hc);
      return str;
    } finally {
      h.freeHandle(hc);
    }
  }

  /** The JS string of a java.lang.String (null for null). */
  jsString(ref: Ref): string | null {
    if (ref === 0) return null;
    const h = this.heap;
    const chars = h.i32[(ref + this.fieldOffset('java/lang/String', 'value')) >> 2]!;
    if (chars === 0) return '';
    return charsToString(h.u16, (chars + 16) >> 1, h.i32[(chars + 8) >> 2]!);
  }

  /** System.nanoTime(), in nanoseconds. */
  nanoTime(): number {
    return this.host.nanoTime() + this.nanoOffset;
  }

  /** Every interned string with its object (checkpoint). */
  internedStrings(): Array<[string, Ref]> {
    return [...this.interned].map(([s, i]) => [s, this.constRefs[i]!]);
  }

  /** Makes `ref` the interned instance of `s` (restore). */
  registerInterned(s: string, ref: Ref): void {
    this.interned.set(s, this.constRefs.length);
    this.constRefs.push(ref);
  }

  /** Index in {@link constRefs} of `s` if it is interned already, else -1 (the JIT looks, never interns). */
  internedIndex(s: string): number {
    return this.interned.get(s) ?? -1;
  }

  /** Index in {@link constRefs} of the interned string `s` (interned now if it is not yet). */
  internIndex(s: string): number {
    let i = this.interned.get(s);
    if (i === undefined) {
      const ref = this.newString(s);
      i = this.constRefs.length;
      this.constRefs.push(ref);
      this.interned.set(s, i);
    }
    return i;
  }

  /** String.intern(): the canonical instance equal to `ref`. */
  intern(ref: Ref): Ref {
    const s = this.jsString(ref)!;
    const i = this.interned.get(s);
    if (i !== undefined) return this.constRefs[i]!;
    this.interned.set(s, this.constRefs.length);
    this.constRefs.push(ref);
    return ref;
  }

  // ---- exceptions ----

  /** A NullPointerException signal (its helpful message is computed where it is thrown). */
  npe(): JavaThrow {
    return new NullPointerThrow();
  }

  /** The exception for a failed array bounds check (the fake null array fails it too). */
  arrayIndexError(array: Ref, index: number): JavaThrow {
    if (array === 0) return this.npe();
    return new JavaThrow('java/lang/ArrayIndexOutOfBoundsException', `Index ${index} out of bounds for length ${this.heap.i32[(array + 8) >> 2]}`);
  }

  /** ArithmeticException of an int or long division or remainder by zero. */
  divideByZero(): JavaThrow {
    return new JavaThrow('java/lang/ArithmeticException', '/ by zero');
  }

  /** ArrayStoreException of `aastore` storing `value` (JVMS §6.5): HotSpot names the value's class. */
  arrayStoreError(value: Ref): JavaThrow {
    return new JavaThrow('java/lang/ArrayStoreException', this.classOf(value).javaName);
  }

  /** NegativeArraySizeException of an array creation with count `n`. */
  negativeArraySize(n: number): JavaThrow {
    return new JavaThrow('java/lang/NegativeArraySizeException', String(n));
  }

  /** ClassCastException worded like HotSpot's. */
  classCastError(obj: Ref, target: RtClass): JavaThrow {
    const from = this.classOf(obj);
    const a = from.javaName, b = target.javaName;
    const la = describeLoader(from), lb = describeLoader(target);
    const detail = la === lb ? `${a} and ${b} are in ${la}` : `${a} is in ${la}; ${b} is in ${lb}`;
    return new JavaThrow('java/lang/ClassCastException', `class ${a} cannot be cast to class ${b} (${detail})`);
  }

  /**
   * Creates a throwable of class `className` without running a constructor (the classlib
   * contract): detailMessage, cause (itself when none) and the backtrace of `t`.
   */
  createThrowable(t: JavaThread, className: string, message: string | null, cause: Ref = 0, helpfulNpe = false): Ref {
    let cls: RtClass;
    try {
      cls = this.registry.load(className);
    } catch {
      cls = this.registry.load('java/lang/InternalError');
      message = `${className}: ${message ?? ''}`;
    }
    const h = this.heap;
    const hc = h.newHandle(cause);
    try {
      if (helpfulNpe && message === null && t.depth > 0) message = helpfulNpeMessage(this, t.top.method, t.top.pc);
      const msg = message === null ? 0 : this.newString(message);
      const hm = h.newHandle(msg);
      let ex: Ref;
      try {
        ex = this.allocInstance(cls);
      } catch (e) {
        h.freeHandle(hm);
        if (className === 'java/lang/OutOfMemoryError') return this.oomFallback();
        throw e;
      }
      h.i32[(ex + this.fieldOffset('java/lang/Throwable', 'detailMessage')) >> 2] = h.getHandle(hm);
      h.freeHandle(hm);
      const c = h.getHandle(hc);
      h.i32[(ex + this.fieldOffset('java/lang/Throwable', 'cause')) >> 2] = c === 0 ? ex : c;
      const he = h.newHandle(ex);
      this.fillBacktrace(t, ex, false);
      ex = h.getHandle(he);
      h.freeHandle(he);
      return ex;
    } catch (e) {
      if (e instanceof JavaThrow && e.javaClass === 'java/lang/OutOfMemoryError') return this.oomFallback();
      throw e;
    } finally {
      h.freeHandle(hc);
    }
  }

  /** A preallocated OutOfMemoryError for when the heap cannot hold a new one. */
  private oomFallback(): Ref {
    return this.constRefs[this.preallocatedOom]!;
  }

  /** Preallocates what the VM needs when memory is exhausted; called at start-up. */
  preallocate(): void {
    // The message first: interning allocates, and a collection would move an unrooted error.
    const message = this.internIndex('Java heap space');
    const oomClass = this.registry.load('java/lang/OutOfMemoryError');
    const oom = this.allocInstance(oomClass);
    this.heap.i32[(oom + this.fieldOffset('java/lang/Throwable', 'cause')) >> 2] = oom;
    this.heap.i32[(oom + this.fieldOffset('java/lang/Throwable', 'detailMessage')) >> 2] = this.constRefs[message]!;
    this.preallocatedOom = this.constRefs.length;
    this.constRefs.push(oom);
  }

  /**
   * Records the Java stack of `t` in throwable `ex` (an int[] of method id / pc pairs, top
   * first). When `fromJava`, skips fillInStackTrace and the exception's constructors as HotSpot does.
   * May allocate (and so move `ex`): callers re-read `ex` through a handle.
   */
  fillBacktrace(t: JavaThread, ex: Ref, fromJava: boolean): void {
    const exClass = this.classOf(ex);
    const pairs: number[] = [];
    if (this.hiddenCompiledFrames > 0) {
      // Compiled callers below the running frames: the JIT names them from their site words.
      const frames = this.compiledStack?.(t) ?? null;
      if (frames === null) throw UNWIND_COMPILED; // the compiled callers' frames must be interpreter frames first
      let i = 0;
      if (fromJava) {
        while (i < frames.length && frames[i]![0].name.startsWith('fillInStackTrace') && frames[i]![0].owner.name === 'java/lang/Throwable') i++;
        while (i < frames.length && frames[i]![0].name === '<init>' && exClass.isSubclassOf(frames[i]![0].owner)) i++;
      }
      for (; i < frames.length && pairs.length < 2 * MAX_STACK_TRACE_DEPTH; i++) {
        const [m, pc] = frames[i]!;
        if (m.synthetic || m.owner.hidden) continue;
        pairs.push(m.id, pc);
      }
    } else {
      let d = t.depth - 1;
      if (fromJava) {
        while (d >= 0 && t.frames[d]!.method.name.startsWith('fillInStackTrace') && t.frames[d]!.method.owner.name === 'java/lang/Throwable') d--;
        while (d >= 0 && t.frames[d]!.method.name === '<init>' && exClass.isSubclassOf(t.frames[d]!.method.owner)) d--;
      }
      // HotSpot keeps at most MaxJavaStackTraceDepth (1024) frames, the innermost ones.
      for (; d >= 0 && pairs.length < 2 * MAX_STACK_TRACE_DEPTH; d--) {
        const f = t.frames[d]!;
        if (f.method.synthetic || f.method.owner.hidden) continue;
        pairs.push(f.method.id, f.pc);
      }
    }
    const h = this.heap;
    const he = h.newHandle(ex);
    const arr = this.newArray(this.registry.load('[I'), pairs.length);
    for (let i = 0; i < pairs.length; i++) h.i32[((arr + 16) >> 2) + i] = pairs[i]!;
    ex = h.getHandle(he);
    h.freeHandle(he);
    h.i32[(ex + this.fieldOffset('java/lang/Throwable', 'backtrace')) >> 2] = arr;
    h.i32[(ex + this.fieldOffset('java/lang/Throwable', 'stackTrace')) >> 2] = 0;
  }

  /** Line number of `pc` in `m` (LineNumberTable), or -1. */
  lineNumber(m: RtMethod, pc: number): number {
    if (m.isNative) return -2;
    const lines = m.code?.lineNumbers ?? [];
    let best = -1, bestPc = -1;
    for (const l of lines) if (l.startPc <= pc && l.startPc > bestPc) { best = l.line; bestPc = l.startPc; }
    return best;
  }

  /** Converts a JS error from inside the VM (a bug) into java.lang.InternalError, keeping the program alive. */
  internalError(t: JavaThread, e: unknown): Ref {
    if (this.host.getenv('TERN_DEBUG')) this.host.write(2, new TextEncoder().encode(`[tern] internal error: ${(e as Error)?.stack ?? e}\n`));
    const msg = e instanceof Error ? e.message : String(e);
    return this.createThrowable(t, 'java/lang/InternalError', msg);
  }

  // ---- threads ----

  /** Creates a green thread (not yet runnable). */
  newThread(name: string, id = this.nextThreadId++): JavaThread {
    const slots = Math.max(4096, Math.floor(this.options.stackBytes / 8));
    return new JavaThread(id, slots, name);
  }

  /** `t`'s last frame ended with `ex`: run Thread.dispatchUncaughtException, then end the thread. */
  uncaught(t: JavaThread, ex: Ref): RunResult {
    if (t === this.mainThread) this.exitCode = 1;
    if (t.threadObject === 0) {
      this.host.write(2, new TextEncoder().encode(`Exception in thread "${t.debugName}" ${this.classOf(ex).javaName}\n`));
      return RunResult.Terminated;
    }
    if (t.dispatchingUncaught) {
      // The handler itself threw: HotSpot reports it in one line and ends the thread.
      const name = this.jsString(this.heap.i32[(t.threadObject + this.fieldOffset('java/lang/Thread', 'name')) >> 2]!) ?? t.debugName;
      this.host.write(2, new TextEncoder().encode(`\nException: ${this.classOf(ex).javaName} thrown from the UncaughtExceptionHandler in thread "${name}"\n`));
      return RunResult.Terminated;
    }
    t.dispatchingUncaught = true;
    const m = this.registry.load('java/lang/Thread').methods.get('dispatchUncaughtException(Ljava/lang/Throwable;)V');
    if (!m) return RunResult.Terminated;
    t.stack[0] = t.threadObject;
    t.stack[1] = ex;
    t.pushFrame(m, 0, FrameKind.Reexecute);
    return RunResult.Yielded;
  }

  /** Pushes a VM-initiated call of static or instance `m` with `args` already converted to slots. */
  pushCall(t: JavaThread, m: RtMethod, args: number[]): boolean {
    const lp = t.freeSlot();
    for (let i = 0; i < args.length; i++) t.stack[lp + i] = args[i]!;
    return t.pushFrame(m, lp, FrameKind.Reexecute);
  }

  /** Whether `cls` is initialized. */
  isInitialized(cls: RtClass): boolean {
    return cls.state === InitState.Initialized;
  }
}

/** UTF-16 code units from a u16 view as a JS string, in chunks (no argument-count overflow). */
export function charsToString(u16: Uint16Array, start: number, length: number): string {
  if (length < 64) {
    let s = '';
    for (let i = 0; i < length; i++) s += String.fromCharCode(u16[start + i]!);
    return s;
  }
  let out = '';
  for (let i = 0; i < length; i += 8192) {
    out += String.fromCharCode.apply(null, u16.subarray(start + i, start + Math.min(length, i + 8192)) as unknown as number[]);
  }
  return out;
}
