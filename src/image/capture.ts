/**
 * @fileoverview Capture: turns a VM stopped at a safepoint (no thread inside the interpreter loop)
 * into an {@link Image}. Objects reachable from the roots get sequence ids in breadth-first order;
 * frame slots are typed by src/analysis at each frame's pc (nothing is recorded while the program
 * runs, DESIGN principle 2); classes, methods and fields are named.
 */
import { analyzeMethod } from '../analysis/frames.js';
import { SlotKind } from '../analysis/slot-kind.js';
import type { Ref } from '../heap/index.js';
import { InitState, ValueKind, type RtClass, type RtField } from '../runtime/model.js';
import type { Vm } from '../runtime/vm.js';
import type { JavaThread } from '../threads/java-thread.js';
import { ThreadState } from '../threads/java-thread.js';
import { readValue, tagOfDescriptor } from './field-access.js';
import { captureFiles } from './files.js';
import { captureSockets } from './sockets.js';
import { MAX_NAME_PATH, PRISTINE_STATE, WELL_KNOWN_ROOTS } from './well-known.js';
import {
  ClassOrigin,
  type Image,
  type ImageClass,
  type ImageFieldDesc,
  type ImageFrame,
  type ImageMonitor,
  type ImageObject,
  type ImageObjectName,
  type ImageSlot,
  type ImageThread,
  type ImageValue,
  type ValueTag,
  NO_VALUES,
} from './model.js';

/** Why a capture was refused; the program keeps running. */
export class CaptureError extends Error {}

/** Element tag of an array class (`[I` -> 'I', `[[I` and `[Lx;` -> 'L'). */
export function elementTag(arrayClassName: string): ValueTag {
  return tagOfDescriptor(arrayClassName.substring(1));
}

/** Instance fields of `cls` in image order: superclass fields first, declaration order. */
export function instanceLayout(cls: RtClass): RtField[] {
  const chain: RtClass[] = [];
  for (let c: RtClass | null = cls; c !== null; c = c.superclass) chain.unshift(c);
  const out: RtField[] = [];
  for (const c of chain) for (const f of c.fields.values()) if (!f.isStatic) out.push(f);
  return out;
}

const SLOT_TAG: Record<number, ValueTag> = {
  [SlotKind.Unusable]: 'T', [SlotKind.Int]: 'I', [SlotKind.Float]: 'F', [SlotKind.Long]: 'J',
  [SlotKind.Double]: 'D', [SlotKind.Ref]: 'L', [SlotKind.ReturnAddress]: 'I',
  [SlotKind.Long2]: 'T', [SlotKind.Double2]: 'T',
};

/** How a capture is taken. */
export interface CaptureOptions {
  /**
   * Primitive arrays' data as views of the heap instead of copies: for an image that is encoded
   * before any Java code runs again (a checkpoint at a safepoint), this saves copying the heap.
   */
  heapViews?: boolean;
}

/** Progress of a long capture: objects numbered so far and known so far. */
export interface CaptureTick {
  done: number;
  total: number;
}

/** Objects captured between two ticks of {@link captureSteps}. */
const OBJECTS_PER_TICK = 16384;

/** Builds the image of `vm`; `libraryId` names its class library, `mainClass` is informational. */
export function captureImage(vm: Vm, libraryId: string, mainClass: string, options: CaptureOptions = {}): Image {
  const steps = captureSteps(vm, libraryId, mainClass, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** {@link captureImage} as steps: yields a tick every few thousand objects, returns the image. */
export function captureSteps(vm: Vm, libraryId: string, mainClass: string, options: CaptureOptions = {}): Generator<CaptureTick, Image> {
  return new Capture(vm, options.heapViews === true).run(libraryId, mainClass);
}

class Capture {
  private readonly classIndex = new Map<RtClass, number>();
  private readonly classes: ImageClass[] = [];
  /** Classes by image index; null for classes carried but not loaded. */
  private readonly classList: Array<RtClass | null> = [];
  /** Set once every reachable object has been numbered and scanned. */
  private scanned = false;
  private readonly layouts = new Map<RtClass, RtField[]>();
  private readonly ids = new Map<Ref, number>();
  private readonly order: Ref[] = [];
  private readonly threadIndex = new Map<JavaThread, number>();
  private readonly methodIndex = new Map<number, number>();
  private readonly methods: Array<{ classIndex: number; method: string }> = [];
  private readonly backtraces = new Set<Ref>();
  /** Well-known objects of the class library (well-known.ts), named instead of copied. */
  private readonly wellKnown = new Map<Ref, ImageObjectName>();
  private readonly throwable: RtClass;
  private readonly backtraceOffset: number;
  /** Wall-clock time of the capture (ms), the instant of the image's clocks. */
  private nowMs = 0;

  constructor(private readonly vm: Vm, private readonly heapViews: boolean) {
    this.throwable = vm.registry.load('java/lang/Throwable');
    this.backtraceOffset = vm.fieldOffset('java/lang/Throwable', 'backtrace');
  }

  *run(libraryId: string, mainClass: string): Generator<CaptureTick, Image> {
    const vm = this.vm;
    if (vm.inNative) throw new CaptureError('checkpoint requested inside a native method');
    const live = vm.scheduler.threads.filter((t) => t.state !== ThreadState.Terminated && t.depth > 0);
    live.forEach((t, i) => this.threadIndex.set(t, i));
    // One instant for every clock of the image: the threads' remaining wait times and the
    // monotonic clock are taken together, before the scan (which lets the event loop run and may
    // take long on a large heap), so a restored thread wakes at the virtual time it was due.
    this.nowMs = vm.host.currentTimeMillis();
    const nanoTime = vm.nanoTime();
    // Primitive types only when the program has their Class object (their mirror must stay unique).
    for (const c of vm.registry.byId) if (c && (!c.primitive || c.mirror !== 0)) this.classOf(c);
    this.availableClasses();
    this.findWellKnown();
    // Every root gets its id before the scan, which then numbers what they reach.
    // Every interned string is a root; marked first, so their ids are the first ones.
    const interned = vm.internedStrings().map(([, ref]) => this.id(ref));
    this.markRoots(live);
    const threads = live.map((t) => this.thread(t));
    const monitors = this.monitors();
    // Files and sockets in the same turn as the threads: the scan below lets the event loop run,
    // where an I/O completion may take bytes or a datagram from the host for a thread already
    // captured as waiting for them; captured now, they are in the image and the thread re-issues
    // its call on restore.
    const files = captureFiles(vm, vm.fileCapture);
    const sockets = captureSockets(vm, (id) => live.findIndex((t) => t.id === id));
    // Standard input in the same turn too: a read that completes later takes its bytes after this
    // position, and its thread, captured as waiting, reads them again from the restored input.
    const input = vm.host.stdin.position();
    const offset = vm.stdinBase + input.read;
    const stdin = offset > 0 || input.ended ? { offset, buffered: input.buffered.slice(), ended: input.ended } : undefined;
    const objects: ImageObject[] = [];
    for (let i = 0; i < this.order.length; i++) { // grows while scanning
      objects.push(this.object(this.order[i]!, i));
      if (i % OBJECTS_PER_TICK === OBJECTS_PER_TICK - 1) yield { done: i + 1, total: this.order.length };
    }
    this.scanned = true;
    for (let i = 0; i < this.classes.length; i++) this.fillStatics(i);
    const image: Image = {
      classLibrary: libraryId,
      capturedAt: this.nowMs,
      vm: {
        nextThreadId: vm.nextThreadId,
        hashState: vm.heap.identityHashState,
        shutdownStarted: vm.shutdownStarted,
        mainThread: vm.mainThread ? this.threadIndex.get(vm.mainThread) ?? -1 : -1,
        exitCode: vm.exitCode,
        nanoTime,
      },
      mainClass,
      classes: this.classes,
      objects,
      interned,
      threads,
      monitors,
      methods: this.methods,
      backtraces: [...this.backtraces].map((r) => this.ids.get(r)!),
      files,
      sockets,
      workingDirectory: vm.workingDirectory,
      ...(stdin === undefined ? {} : { stdin }),
    };
    return image;
  }

  // ---- classes ----

  private classOf(c: RtClass): number {
    const known = this.classIndex.get(c);
    if (known !== undefined) return known;
    const origin = c.primitive ? ClassOrigin.Primitive : c.array ? ClassOrigin.Array : c.hidden ? ClassOrigin.Hidden : c.loader === 'app' ? ClassOrigin.App : ClassOrigin.Boot;
    if ((origin === ClassOrigin.App || origin === ClassOrigin.Hidden) && !c.bytes) {
      throw new CaptureError(`class ${c.javaName} has no class-file bytes to save`);
    }
    const index = this.classes.length;
    this.classIndex.set(c, index);
    this.classList.push(c);
    const entry: ImageClass = {
      name: c.name, origin, bytes: origin === ClassOrigin.App || origin === ClassOrigin.Hidden ? c.bytes : null,
      state: c.state === InitState.Initializing && c.initThread === null ? InitState.Linked : c.state,
      initThread: c.state === InitState.Initializing ? this.threadIndex.get(c.initThread as JavaThread) ?? -1 : -1,
      statics: [], instanceFields: [], mirror: 0,
    };
    this.classes.push(entry);
    if (!c.array && !c.primitive) entry.instanceFields = this.layout(c).map((f) => this.desc(f));
    return index;
  }

  /** Classes of the application class path not loaded yet: the restored program may need them. */
  private availableClasses(): void {
    for (const [name, bytes] of this.vm.classPath.applicationClasses()) {
      if (this.vm.registry.peek(name)) continue;
      this.classes.push({ name, origin: ClassOrigin.AppAvailable, bytes, state: InitState.Loaded, initThread: -1, statics: [], instanceFields: [], mirror: 0 });
      this.classList.push(null);
    }
  }

  private layout(c: RtClass): RtField[] {
    let l = this.layouts.get(c);
    if (!l) this.layouts.set(c, (l = instanceLayout(c)));
    return l;
  }

  private desc(f: RtField): ImageFieldDesc {
    return { owner: f.owner.name, name: f.name, tag: tagOfDescriptor(f.descriptor) };
  }

  private fillStatics(index: number): void {
    const entry = this.classes[index]!;
    const c = this.classList[index];
    if (!c) return;
    entry.mirror = c.mirror === 0 ? 0 : this.id(c.mirror);
    if (c.array || c.staticBase === 0) return;
    for (const f of c.fields.values()) {
      if (!f.isStatic) continue;
      const tag = tagOfDescriptor(f.descriptor);
      const raw = readValue(this.vm.heap, f.offset, tag);
      entry.statics.push({ owner: c.name, name: f.name, tag, value: tag === 'L' ? this.id(raw as number) : raw });
    }
  }

  // ---- objects ----

  /** The sequence id of `ref`, numbering (and queueing) it on first sight. Must not be called after the scan for new objects. */
  private id(ref: Ref): number {
    if (ref === 0) return 0;
    let id = this.ids.get(ref);
    if (id === undefined) {
      if (this.scanned) throw new CaptureError('an object was found after the heap scan');
      this.order.push(ref);
      id = this.order.length;
      this.ids.set(ref, id);
    }
    return id;
  }

  private markRoots(live: JavaThread[]): void {
    const vm = this.vm;
    for (const c of vm.registry.byId) {
      if (!c) continue;
      if (c.mirror !== 0) this.id(c.mirror);
      if (c.array || c.primitive) continue;
      for (const f of c.fields.values()) if (f.isStatic && tagOfDescriptor(f.descriptor) === 'L' && c.staticBase !== 0) this.id(vm.heap.i32[f.offset >> 2]!);
    }
    for (const t of live) {
      this.id(t.threadObject);
      this.id(t.blockedOn);
      this.id(t.resumeException);
    }
  }

  /**
   * Names every object reachable from a well-known root whose class is initialized (its subgraph
   * is then complete and immutable), breadth first, so each gets its shortest path. A pristine
   * root (a standard stream) is named only when its whole subgraph is as a fresh VM builds it.
   */
  private findWellKnown(): void {
    const vm = this.vm;
    const h = vm.heap;
    for (const [root, { owner, field, pristine }] of WELL_KNOWN_ROOTS) {
      const c = vm.registry.peek(owner);
      const f = c?.fields.get(field);
      if (!c || c.loader !== 'boot' || c.state !== InitState.Initialized || !f || !f.isStatic || tagOfDescriptor(f.descriptor) !== 'L') continue;
      const queue: Array<[Ref, number[]]> = [[h.i32[f.offset >> 2]!, []]];
      const found = new Map<Ref, number[]>();
      for (let q = 0; q < queue.length; q++) {
        const [ref, path] = queue[q]!;
        if (ref === 0 || this.wellKnown.has(ref) || found.has(ref)) continue;
        found.set(ref, path);
        if (path.length === MAX_NAME_PATH) continue;
        const rc = vm.classOf(ref);
        if (rc.array) {
          if (rc.array.elementKind !== ValueKind.Ref) continue;
          const length = h.i32[(ref + 8) >> 2]!;
          for (let i = 0; i < length; i++) queue.push([h.i32[((ref + 16) >> 2) + i]!, [...path, i]]);
        } else {
          this.layout(rc).forEach((lf, k) => {
            if (tagOfDescriptor(lf.descriptor) === 'L') queue.push([h.i32[(ref + lf.offset) >> 2]!, [...path, k]]);
          });
        }
      }
      if (pristine && ![...found.keys()].every((ref) => this.isPristine(ref))) continue; // copied, as the program left it
      for (const [ref, path] of found) {
        this.wellKnown.set(ref, { root, path });
        // An identity hash drawn (or a monitor inflated) is the program's state on the library's
        // object: it travels with the name even when the program holds no reference to it now.
        if (h.i32[(ref + 4) >> 2] !== 0) this.id(ref);
      }
    }
  }

  /** Whether `ref`, in a pristine root's subgraph, is in the state a fresh VM's is in (PRISTINE_STATE). */
  private isPristine(ref: Ref): boolean {
    const rc = this.vm.classOf(ref);
    const conditions = rc.loader === 'boot' ? PRISTINE_STATE.get(rc.name) : undefined;
    if (conditions === undefined) return false;
    const layout = this.layout(rc);
    const value = (name: string): number | undefined => {
      const lf = layout.find((x) => `${x.owner.name}.${x.name}` === name);
      return lf === undefined ? undefined : Number(readValue(this.vm.heap, ref + lf.offset, tagOfDescriptor(lf.descriptor)));
    };
    return conditions.every((k) => {
      const v = value(k.field);
      if (v === undefined) return false; // the library changed: not the state this table knows
      return 'equals' in k ? v === k.equals : v !== 0;
    });
  }

  /** The image form of `ref`, the `position`-th object numbered. */
  private object(ref: Ref, position: number): ImageObject {
    const h = this.vm.heap;
    const c = this.vm.classOf(ref);
    const status = h.i32[(ref + 4) >> 2]!;
    const hash = status & 1 ? this.vm.monitors.byId(status >>> 1)?.hash ?? 0 : status >>> 1;
    const classIndex = this.classOf(c);
    // A well-known object: its name, not its contents (the restoring VM has its own).
    const name = this.wellKnown.get(ref);
    if (name !== undefined) return { classIndex, hash, values: NO_VALUES, length: 0, data: null, refs: null, name };
    if (c.array) {
      const length = h.i32[(ref + 8) >> 2]!;
      if (c.array.elementKind === ValueKind.Ref) {
        const refs: number[] = new Array(length);
        for (let i = 0; i < length; i++) refs[i] = this.id(h.i32[((ref + 16) >> 2) + i]!);
        return { classIndex, hash, values: NO_VALUES, length, data: null, refs };
      }
      const start = ref + 16, end = start + length * c.array.elementSize;
      const isBacktrace = this.backtraces.has(ref);
      // A backtrace is rewritten, so it is always copied.
      const data = this.heapViews && !isBacktrace ? h.u8.subarray(start, end) : h.u8.slice(start, end);
      if (isBacktrace) this.translateBacktrace(data);
      return { classIndex, hash, values: NO_VALUES, length, data, refs: null };
    }
    const layout = this.layout(c);
    // A generic (not double) array: V8 would canonicalize NaN payloads in a double array.
    const values: ImageValue[] = new Array<ImageValue>(layout.length).fill(0n);
    for (let k = 0; k < layout.length; k++) {
      const tag = tagOfDescriptor(layout[k]!.descriptor);
      const raw = readValue(h, ref + layout[k]!.offset, tag);
      values[k] = tag === 'L' ? this.id(raw as number) : raw;
    }
    if (c.supertypes.has(this.throwable)) {
      // A backtrace holds per-run method ids; it must be translated when it is scanned, which is
      // after its throwable unless something else reached it first.
      const bt = h.i32[(ref + this.backtraceOffset) >> 2]!;
      if (bt !== 0 && this.vm.classOf(bt).name === '[I') {
        if (this.ids.get(bt)! - 1 < position) throw new CaptureError('a throwable backtrace is shared');
        this.backtraces.add(bt);
      }
    }
    return { classIndex, hash, values, length: 0, data: null, refs: null };
  }

  /** Rewrites a backtrace's method ids (per-run) as indices into the image's method table. */
  private translateBacktrace(data: Uint8Array): void {
    const words = new Int32Array(data.buffer, data.byteOffset, data.byteLength >> 2);
    for (let i = 0; i + 1 < words.length; i += 2) {
      const m = this.vm.methods[words[i]!];
      if (!m) throw new CaptureError(`backtrace names unknown method id ${words[i]}`);
      let index = this.methodIndex.get(m.id);
      if (index === undefined) {
        index = this.methods.length;
        this.methods.push({ classIndex: this.classOf(m.owner), method: m.name + m.descriptor });
        this.methodIndex.set(m.id, index);
      }
      words[i] = index;
    }
  }

  // ---- threads ----

  private thread(t: JavaThread): ImageThread {
    const vm = this.vm;
    const frames: ImageFrame[] = [];
    let expectedLp = 0;
    for (let d = 0; d < t.depth; d++) {
      const f = t.frames[d]!;
      if (f.lp !== expectedLp) throw new CaptureError(`thread ${t.debugName}: frame ${d} does not follow its caller`);
      frames.push(this.frame(t, d));
      expectedLp = f.sp;
    }
    const now = this.nowMs;
    // A thread waiting for host I/O (a read from standard input...) is captured just before its
    // native call, which the restored VM then makes again (the invoke re-executes): the pending
    // host operation belongs to this process, not to the image.
    const reissue = t.state === ThreadState.WaitingForIo && t.inNative;
    return {
      id: t.id,
      name: t.debugName,
      daemon: t.daemon,
      threadObject: this.ids.get(t.threadObject) ?? 0,
      interrupted: t.interrupted,
      state: reissue ? ThreadState.Runnable as number : t.state as number,
      remainingMs: t.deadline === 0 ? -1 : Math.max(0, t.deadline - now),
      blockedOn: this.ids.get(t.blockedOn) ?? 0,
      savedLockCount: t.savedLockCount,
      waitingForClass: t.waitingForClass ? this.classOf(t.waitingForClass) : -1,
      parkPermit: t.parkPermit,
      dispatchingUncaught: t.dispatchingUncaught,
      native: t.inNative && t.nativeMethod && !reissue ? {
        classIndex: this.classOf(t.nativeMethod.owner),
        method: t.nativeMethod.name + t.nativeMethod.descriptor,
        resumeKind: t.resumeKind ?? -1,
        resumeValue: t.resumeValue,
        resumeException: this.id(t.resumeException),
        resumeThrow: t.resumeThrow,
      } : null,
      frames,
    };
  }

  /** Frame `d` of `t` with every slot typed by the analysis of its method at its pc. */
  private frame(t: JavaThread, d: number): ImageFrame {
    const f = t.frames[d]!;
    const m = f.method;
    const code = m.code!;
    const kinds = analyzeMethod(m.owner.file!, m.info).kindsAt(f.pc);
    const base = f.stackBase;
    const depth = f.sp - base;
    if (depth < 0 || depth > kinds.stack.length) {
      throw new CaptureError(`thread ${t.debugName}: ${m} at pc ${f.pc} has ${depth} stack slots, the analysis allows ${kinds.stack.length}`);
    }
    const s = t.stack;
    const slots: ImageSlot[] = [];
    const push = (kind: number, at: number): void => {
      const tag = SLOT_TAG[kind] ?? 'T';
      const raw = s[at]!;
      slots.push({ tag, value: tag === 'L' ? this.id(raw) : tag === 'T' ? 0 : raw });
    };
    for (let i = 0; i < code.maxLocals; i++) push(kinds.locals[i]!, f.lp + i);
    if (m.isSynchronized) push(SlotKind.Ref, f.lp + code.maxLocals);
    for (let i = 0; i < depth; i++) push(kinds.stack[i]!, base + i);
    // The high word of a long lives in the slot after its low word (docs/frame-layout.md).
    for (let i = 0; i + 1 < slots.length; i++) {
      if (slots[i]!.tag === 'J') slots[i + 1] = { tag: 'T', value: s[f.lp + i + 1]! };
    }
    return {
      classIndex: this.classOf(m.owner), method: m.name + m.descriptor, pc: f.pc, kind: f.kind as number,
      initClass: f.initClass ? this.classOf(f.initClass) : -1, slots,
    };
  }

  private monitors(): ImageMonitor[] {
    const out: ImageMonitor[] = [];
    const index = (t: JavaThread): number => {
      const i = this.threadIndex.get(t);
      if (i === undefined) throw new CaptureError('a monitor queue holds a terminated thread');
      return i;
    };
    for (const m of this.vm.monitors.all()) {
      if (m.owner === null && m.entryQueue.length === 0 && m.waitSet.length === 0) continue;
      out.push({
        object: this.id(m.object), owner: m.owner ? index(m.owner) : -1, count: m.count,
        entryQueue: m.entryQueue.map(index), waitSet: m.waitSet.map(index),
      });
    }
    return out;
  }
}
