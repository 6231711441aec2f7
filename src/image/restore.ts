/**
 * @fileoverview Restore: rebuilds a VM from an {@link Image} — classes (the library's by name, the
 * application's from the image's bytes), every object, statics, interned strings, threads with
 * their frames and parked states, and monitors — after validating what the codec cannot: that
 * references point to objects of fitting types and that every frame agrees with the analysis of
 * its method at its pc. Nothing runs before validation succeeds.
 */
import { FileRestoreError, restoreFiles, type FileChangedPolicy } from './files.js';
import { analyzeMethod } from '../analysis/frames.js';
import { prepareFrames, runSlice } from '../interp/interpreter.js';
import { ensureInitialized } from '../interp/linkage.js';
import { RunResult } from '../threads/scheduler.js';
import { WELL_KNOWN_ROOTS } from './well-known.js';
import { SlotKind } from '../analysis/slot-kind.js';
import type { Ref } from '../heap/index.js';
import { InitState, ValueKind, type RtClass, type RtField, type RtMethod } from '../runtime/model.js';
import type { Vm } from '../runtime/vm.js';
import { FrameKind } from '../threads/frame.js';
import { JavaThread, ThreadState } from '../threads/java-thread.js';
import { elementTag, instanceLayout } from './capture.js';
import { sizeOfTag, tagOfDescriptor, writeValue } from './field-access.js';
import { ClassOrigin, type Image, type ImageObject, type ImageSlot, type ImageThread, type ValueTag } from './model.js';

/** An image that cannot be restored into this VM; nothing has run. */
export class RestoreError extends Error {}

/** How a restore treats what lies outside the image. */
export interface RestoreOptions {
  /** A file that changed since the checkpoint: fail (default), reopen it as it is, or put back its saved contents. */
  fileChanged?: FileChangedPolicy;
  /** Told about what a lenient policy let through (the CLI prints it on standard error). */
  warn?: (message: string) => void;
  /**
   * Where the restored program's relative paths resolve (`tern restore --cwd`): default the
   * working directory recorded in the image, else (an image without one) the VM's own.
   */
  workingDirectory?: string;
}

/**
 * The restored program keeps its working directory (as CRIU restores a process's cwd, and as a
 * Java program's user.dir, which the restored heap holds, never changes): its relative paths go on
 * naming the files of the directory it was started in, whatever the restoring process's directory.
 * When that directory does not exist here, relative paths fail as they would after it was removed,
 * and the restore warns; `--cwd` names another.
 */
function restoreWorkingDirectory(vm: Vm, image: Image, options: RestoreOptions): void {
  if (options.workingDirectory !== undefined) {
    vm.workingDirectory = options.workingDirectory;
    return;
  }
  if (image.workingDirectory === undefined) return;
  vm.workingDirectory = image.workingDirectory;
  if (vm.host.fs.stat(image.workingDirectory, true)?.kind !== 'directory') {
    options.warn?.(`the program's working directory ${image.workingDirectory} does not exist here: its relative paths will not resolve (tern restore --cwd=DIR names another)`);
  }
}

/**
 * The restored program's standard input is this process's, continuing the original input where
 * the image says the VM had read it to; the bytes it had read but the program had not taken come
 * first (docs/checkpoint.md "Standard input").
 */
function restoreStdin(vm: Vm, image: Image): void {
  if (image.stdin === undefined) return;
  vm.stdinBase = image.stdin.offset;
  vm.host.stdin.unread(image.stdin.buffered);
}

/**
 * The instant (host clocks) at which a restore set the threads' deadlines and the VM's monotonic
 * clock from the image: {@link resumeClocks} moves them on by the time the rest of the restore took.
 */
export interface RestoreClock {
  hostNanos: number;
}

/**
 * Called when the restore is complete, just before the program runs: what the restore did after
 * the heap and threads (checking files, re-establishing sockets, which may take seconds) must not
 * count as time of the program, as the downtime does not. Threads' deadlines move on by the time it
 * took and the monotonic clock is held back by as much, so System.nanoTime() continues from the
 * image's value when the program resumes and a timed wait has all its remaining time from then.
 */
export function resumeClocks(vm: Vm, clock: RestoreClock): void {
  const elapsedNanos = vm.host.nanoTime() - clock.hostNanos;
  if (!(elapsedNanos > 0)) return;
  for (const t of vm.scheduler.threads) if (t.deadline > 0) t.deadline += elapsedNanos / 1e6;
  vm.nanoOffset -= elapsedNanos;
}

/** Restores `image` into `vm`, a fresh VM created with the same class library (not launched). */
export function restoreImage(vm: Vm, image: Image, libraryId: string, options: RestoreOptions = {}): RestoreClock {
  if (image.classLibrary !== libraryId) {
    throw new RestoreError(`the image was made with another class library (${image.classLibrary.slice(0, 12)}, this Tern has ${libraryId.slice(0, 12)})`);
  }
  const clock = new Restore(vm, image).run();
  restoreWorkingDirectory(vm, image, options);
  restoreStdin(vm, image);
  try {
    restoreFiles(vm, image.files, options.fileChanged ?? 'fail', options.warn ?? (() => {}));
  } catch (e) {
    if (e instanceof FileRestoreError) throw new RestoreError(e.message);
    throw e;
  }
  return clock;
}

class Restore {
  /** Classes by image index; null for classes carried but not loaded (AppAvailable). */
  private readonly classes: Array<RtClass | null> = [];
  private readonly refs: Ref[] = [0];
  private readonly methods: RtMethod[] = [];
  /** Checked instance layouts by image class index. */
  private readonly layouts = new Map<number, RtField[]>();
  /** Declared types of reference fields and elements, by descriptor (null: not loaded, any object fits). */
  private readonly declared = new Map<string, RtClass | null>();

  /** Wall-clock time (ms) the threads' deadlines count from. */
  private nowMs = 0;

  constructor(private readonly vm: Vm, private readonly image: Image) {}

  run(): RestoreClock {
    this.loadClasses();
    this.resolveMethods();
    this.checkThreads();
    // Before anything of the image is allocated: the initializers may allocate (and collect).
    this.initializeWellKnownRoots();
    this.adoptInternedStrings();
    this.allocateObjects();
    this.fillObjects();
    this.fillClasses();
    for (const id of this.image.interned) {
      const r = this.ref(id, 'interned string');
      this.vm.registerInterned(this.vm.jsString(r)!, r);
    }
    // One instant for the threads' deadlines and the monotonic clock (as the capture took them).
    this.nowMs = this.vm.host.currentTimeMillis();
    const hostNanos = this.vm.host.nanoTime();
    const threads = this.image.threads.map((t) => this.thread(t));
    this.monitors(threads);
    this.schedule(threads);
    const v = this.image.vm;
    this.vm.nextThreadId = Math.max(this.vm.nextThreadId, v.nextThreadId);
    this.vm.heap.identityHashState = v.hashState;
    this.vm.shutdownStarted = v.shutdownStarted;
    this.vm.exitCode = v.exitCode;
    this.vm.nanoOffset = v.nanoTime - hostNanos;
    this.vm.mainThread = v.mainThread >= 0 ? threads[v.mainThread]! : null;
    this.vm.preallocate();
    return { hostNanos };
  }

  // ---- classes ----

  private loadClasses(): void {
    const vm = this.vm;
    const appBytes = new Map<string, Uint8Array>();
    for (const c of this.image.classes) {
      if (c.origin === ClassOrigin.App || c.origin === ClassOrigin.AppAvailable) appBytes.set(c.name, c.bytes!);
    }
    vm.classPath.addInMemory(appBytes);
    for (const c of this.image.classes) {
      if (c.origin === ClassOrigin.AppAvailable) {
        this.classes.push(null);
        continue;
      }
      let cls: RtClass;
      try {
        if (c.origin === ClassOrigin.Primitive) {
          const p = [...vm.registry.primitives.values()].find((x) => x.name === c.name);
          if (!p) throw new Error('no such primitive type');
          cls = p;
        } else if (c.origin === ClassOrigin.Hidden) {
          cls = vm.registry.peek(c.name) ?? vm.registry.define(c.name, c.bytes!, 'app');
          cls.hidden = true;
        } else {
          cls = vm.registry.load(c.name);
        }
      } catch (e) {
        throw new RestoreError(`class ${c.name.replace(/\//g, '.')} of the image cannot be loaded: ${(e as Error).message}`);
      }
      if (c.origin === ClassOrigin.Boot && cls.loader !== 'boot') throw new RestoreError(`class ${c.name} is not in the class library`);
      this.classes.push(cls);
    }
    const synthetic = this.image.classes.filter((c) => c.origin === ClassOrigin.Hidden).length;
    vm.syntheticCount = Math.max(vm.syntheticCount, synthetic + 1000);
  }

  private cls(index: number, what: string): RtClass {
    const c = this.classes[index];
    if (!c) throw new RestoreError(`${what}: class index ${index} out of range or not loaded`);
    return c;
  }

  private resolveMethods(): void {
    for (const m of this.image.methods) this.methods.push(this.method(m.classIndex, m.method, 'stack trace'));
  }

  private method(classIndex: number, key: string, what: string): RtMethod {
    const cls = this.cls(classIndex, what);
    // A class without <clinit> whose supertypes need initializing runs the VM's empty initializer.
    const m = cls.methods.get(key) ?? (key === '<clinit>()V' && cls.name === 'java/lang/Object' ? this.vm.emptyInitializer() : undefined);
    if (!m) throw new RestoreError(`${what}: no method ${this.classes[classIndex]!.javaName}.${key}`);
    return m;
  }

  // ---- objects ----

  /** `what` describes the place for an error message; a function, so hot paths build no strings. */
  private ref(id: number, what: string | (() => string)): Ref {
    if (id === 0) return 0;
    const r = this.refs[id];
    if (r === undefined) throw new RestoreError(`${describe(what)}: object ${id} out of range`);
    return r;
  }

  /** A reference to `id` that must be assignable to `descriptor` (L... or [...). */
  private typedRef(id: number, descriptor: string, what: string | (() => string)): Ref {
    const r = this.ref(id, what);
    if (r === 0 || descriptor === 'Ljava/lang/Object;') return r;
    let target = this.declared.get(descriptor);
    if (target === undefined) {
      target = this.vm.registry.peek(descriptor[0] === 'L' ? descriptor.slice(1, -1) : descriptor) ?? null;
      this.declared.set(descriptor, target);
    }
    if (target && !this.vm.classOf(r).supertypes.has(target)) {
      throw new RestoreError(`${describe(what)}: object ${id} is a ${this.vm.classOf(r).javaName}, not a ${target.javaName}`);
    }
    return r;
  }

  /**
   * The instance fields of objects of image class `index`, checked once against the image's
   * description of them (name, declaring class and kind, in order).
   */
  private layoutOf(index: number, c: RtClass, what: () => string): RtField[] {
    let layout = this.layouts.get(index);
    if (layout) return layout;
    layout = instanceLayout(c);
    const described = this.image.classes[index]!.instanceFields;
    if (layout.length !== described.length) {
      throw new RestoreError(`${what()}: the image describes ${described.length} fields, the class has ${layout.length}`);
    }
    layout.forEach((f, k) => {
      const d = described[k]!;
      if (d.name !== f.name || d.owner !== f.owner.name || d.tag !== tagOfDescriptor(f.descriptor)) {
        throw new RestoreError(`${what()}: field ${d.owner}.${d.name} does not match the class`);
      }
    });
    this.layouts.set(index, layout);
    return layout;
  }

  /**
   * Runs, in this VM, the initializers of the well-known roots the image names objects from
   * (well-known.ts), on a private thread that is gone before the image's threads exist: the
   * restoring VM builds those objects itself, as at a launch.
   */
  private initializeWellKnownRoots(): void {
    const vm = this.vm;
    const roots = new Set<string>();
    for (const o of this.image.objects) if (o.name) roots.add(o.name.root);
    if (roots.size === 0) return;
    const t = vm.newThread('restore-init', 0);
    vm.scheduler.threads.push(t); // a GC root while it runs; never scheduled
    try {
      for (const root of roots) {
        const known = WELL_KNOWN_ROOTS.get(root);
        if (!known) throw new RestoreError(`objects are named from ${root}, which is not a well-known root`);
        let c: RtClass;
        try {
          c = vm.registry.load(known.owner);
        } catch (e) {
          throw new RestoreError(`well-known root ${root} cannot be loaded: ${(e as Error).message}`);
        }
        if (c.state !== InitState.Initialized) ensureInitialized(vm, t, c);
        for (let slices = 0; t.depth > 0; slices++) {
          const r = runSlice(vm, t);
          if (r === RunResult.Blocked || r === RunResult.Exit || slices > 10000) throw new RestoreError(`the initializer of well-known root ${root} did not complete`);
        }
        if (c.state !== InitState.Initialized) throw new RestoreError(`the initializer of well-known root ${root} failed`);
      }
    } finally {
      vm.scheduler.threads.splice(vm.scheduler.threads.indexOf(t), 1);
    }
  }

  /** Image object ids that are this VM's own objects: interned strings its initializers made (by id). */
  private readonly adopted = new Map<number, Ref>();

  /**
   * Interned strings are named by their contents: when the roots' initializers interned a string
   * here that the image has interned too (a literal of those classes), the image's string is this
   * VM's one, so `==` between literals holds whichever class's constant pool resolved it first.
   */
  private adoptInternedStrings(): void {
    const here = new Map(this.vm.internedStrings());
    if (here.size === 0) return;
    const objects = this.image.objects;
    for (const id of this.image.interned) {
      const o = objects[id - 1];
      if (!o || o.name) continue;
      const ic = this.image.classes[o.classIndex];
      if (ic?.name !== 'java/lang/String') continue;
      const k = ic.instanceFields.findIndex((f) => f.owner === 'java/lang/String' && f.name === 'value');
      const arr = k >= 0 ? objects[Number(o.values[k]) - 1] : undefined;
      if (!arr?.data || this.image.classes[arr.classIndex]?.name !== '[C') continue;
      const d = arr.data;
      let text = '';
      for (let i = 0; i + 1 < d.length; i += 2) text += String.fromCharCode(d[i]! | (d[i + 1]! << 8));
      const r = here.get(text);
      if (r !== undefined) this.adopted.set(id, r);
    }
  }

  /** Gives this VM's object `r`, standing for image object `o`, the identity hash the program may have seen. */
  private adoptHash(r: Ref, o: ImageObject, what: string): void {
    const h = this.vm.heap;
    const status = h.i32[(r + 4) >> 2]!;
    if (o.hash === 0) return;
    if (status === 0) h.i32[(r + 4) >> 2] = (o.hash & 0x7fffffff) << 1;
    else if (status & 1 || status >>> 1 !== (o.hash & 0x7fffffff)) throw new RestoreError(`${what}: has another identity hash here`);
  }

  /** This VM's own object for a well-known object of the image (its name resolved), checked against the image's description. */
  private resolveName(id: number, o: ImageObject, c: RtClass): Ref {
    const vm = this.vm;
    const h = vm.heap;
    const name = o.name!;
    const what = `object ${id} (${name.root}${name.path.map((p) => `/${p}`).join('')})`;
    const { owner, field } = WELL_KNOWN_ROOTS.get(name.root)!;
    const f = vm.registry.peek(owner)?.fields.get(field);
    if (!f || !f.isStatic || f.kind !== ValueKind.Ref) throw new RestoreError(`${what}: no static reference field ${name.root}`);
    let r: Ref = h.i32[f.offset >> 2]!;
    for (const step of name.path) {
      if (r === 0) break;
      const rc = vm.classOf(r);
      if (rc.array) {
        if (rc.array.elementKind !== ValueKind.Ref || step >= h.i32[(r + 8) >> 2]!) throw new RestoreError(`${what}: no element ${step} in ${rc.javaName}`);
        r = h.i32[((r + 16) >> 2) + step]!;
      } else {
        const lf = instanceLayout(rc)[step];
        if (!lf || lf.kind !== ValueKind.Ref) throw new RestoreError(`${what}: no reference field ${step} in ${rc.javaName}`);
        r = h.i32[(r + lf.offset) >> 2]!;
      }
    }
    if (r === 0) throw new RestoreError(`${what}: this VM has no object there`);
    if (vm.classOf(r) !== c) throw new RestoreError(`${what}: is a ${vm.classOf(r).javaName} here, a ${c.javaName} in the image`);
    // The identity hash the program may have seen: this VM's object takes it (none was drawn here).
    this.adoptHash(r, o, what);
    return r;
  }

  private allocateObjects(): void {
    const h = this.vm.heap;
    for (const [i, o] of this.image.objects.entries()) {
      const c = this.cls(o.classIndex, 'object');
      if (o.name) {
        this.refs.push(this.resolveName(i + 1, o, c));
        continue;
      }
      const adopted = this.adopted.get(i + 1);
      if (adopted !== undefined) {
        if (this.vm.classOf(adopted) !== c) throw new RestoreError(`interned string ${i + 1}: is a ${c.javaName} in the image`);
        this.adoptHash(adopted, o, `interned string ${i + 1}`);
        this.refs.push(adopted);
        continue;
      }
      let r: Ref;
      if (c.array) {
        r = h.allocArray(c.id, c.array.elementSize, o.length);
      } else {
        if (c.isInterface || c.isAbstract) throw new RestoreError(`object of abstract type ${c.javaName}`);
        r = h.allocInstance(c.id, c.instanceSize);
      }
      if (r === 0) throw new RestoreError(`the image's heap does not fit in -Xmx (${this.image.objects.length} objects); give a larger -Xmx`);
      if (o.hash !== 0) h.i32[(r + 4) >> 2] = (o.hash & 0x7fffffff) << 1;
      this.refs.push(r);
    }
  }

  private fillObjects(): void {
    const h = this.vm.heap;
    const backtraces = new Set(this.image.backtraces);
    const objects = this.image.objects;
    for (let i = 0; i < objects.length; i++) {
      const o = objects[i]!;
      const id = i + 1;
      const r = this.refs[id]!;
      if (o.name || this.adopted.has(id)) continue; // this VM's own, as it built it
      const c = this.cls(o.classIndex, `object ${id}`);
      const name = (): string => objectName(id, c);
      if (c.array) {
        const tag = elementTag(c.name);
        if (tag === 'L') {
          if (!o.refs || o.refs.length !== o.length) throw new RestoreError(`${objectName(id, c)}: element count`);
          const comp = c.name.substring(1);
          const refs = o.refs;
          for (let k = 0; k < o.length; k++) h.i32[((r + 16) >> 2) + k] = this.typedRef(refs[k]!, comp, name);
        } else {
          if (!o.data || o.data.length !== o.length * sizeOfTag(tag)) throw new RestoreError(`${objectName(id, c)}: element data size`);
          h.u8.set(o.data, r + 16);
          if (backtraces.has(id)) this.translateBacktrace(r, o.length, name);
        }
        continue;
      }
      const layout = this.layoutOf(o.classIndex, c, name);
      if (o.values.length !== layout.length) {
        throw new RestoreError(`${objectName(id, c)}: the image describes ${this.image.classes[o.classIndex]!.instanceFields.length} fields, the class has ${layout.length}`);
      }
      for (let k = 0; k < layout.length; k++) {
        const f = layout[k]!;
        const tag = tagOfDescriptor(f.descriptor);
        const v = o.values[k]!;
        writeValue(h, r + f.offset, tag, tag === 'L' ? this.typedRef(Number(v), f.descriptor, () => `${objectName(id, c)} field ${f.name}`) : v);
      }
    }
  }

  /** Turns a backtrace's image method indices back into this VM's method ids. */
  private translateBacktrace(r: Ref, length: number, what: () => string): void {
    const words = this.vm.heap.i32;
    for (let k = 0; k + 1 < length; k += 2) {
      const m = this.methods[words[((r + 16) >> 2) + k]!];
      if (!m) throw new RestoreError(`${what()}: backtrace names no method of the image`);
      words[((r + 16) >> 2) + k] = m.id;
    }
  }

  private fillClasses(): void {
    const vm = this.vm;
    const h = vm.heap;
    const mirrorIndex = vm.fieldOffset('java/lang/Class', 'vmIndex');
    this.image.classes.forEach((ic, i) => {
      const c = this.classes[i];
      if (!c) return;
      if (ic.mirror !== 0) {
        const m = this.typedRef(ic.mirror, 'Ljava/lang/Class;', `mirror of ${c.javaName}`);
        h.i32[(m + mirrorIndex) >> 2] = c.id;
        c.mirror = m;
      }
      if (c.primitive) return; // only its mirror matters
      if (ic.state >= InitState.Initializing && ic.state !== InitState.Erroneous) vm.prepareStatics(c);
      for (const s of ic.statics) {
        const f = c.fields.get(s.name);
        if (!f || !f.isStatic || tagOfDescriptor(f.descriptor) !== s.tag) throw new RestoreError(`static ${c.javaName}.${s.name} does not match the class`);
        writeValue(h, f.offset, s.tag, s.tag === 'L' ? this.typedRef(Number(s.value), f.descriptor, `static ${c.javaName}.${s.name}`) : s.value);
      }
      c.state = ic.state === InitState.Initializing ? InitState.Initializing : ic.state;
    });
  }

  // ---- threads ----

  /** Checks every frame against the analysis of its method at its pc before anything is built. */
  private checkThreads(): void {
    this.image.threads.forEach((it, ti) => {
      for (const [d, f] of it.frames.entries()) {
        const m = this.method(f.classIndex, f.method, `thread ${ti} frame ${d}`);
        const code = m.code;
        if (!code) throw new RestoreError(`thread ${ti} frame ${d}: ${m} has no code`);
        let kinds;
        try {
          kinds = analyzeMethod(m.owner.file!, m.info).kindsAt(f.pc);
        } catch {
          throw new RestoreError(`thread ${ti} frame ${d}: pc ${f.pc} is not an instruction of ${m}`);
        }
        const fixed = code.maxLocals + (m.isSynchronized ? 1 : 0);
        const depth = f.slots.length - fixed;
        if (depth < 0 || depth > kinds.stack.length) throw new RestoreError(`thread ${ti} frame ${d}: ${f.slots.length} slots do not fit ${m} at pc ${f.pc}`);
        const want = (i: number): number => (i < code.maxLocals ? kinds.locals[i]! : i < fixed ? SlotKind.Ref : kinds.stack[i - fixed]!);
        f.slots.forEach((s, i) => {
          if (!slotMatches(want(i), s, f.slots[i - 1])) throw new RestoreError(`thread ${ti} frame ${d}: slot ${i} of ${m} at pc ${f.pc} holds ${s.tag}, the analysis says kind ${want(i)}`);
        });
      }
    });
  }

  private thread(it: ImageThread): JavaThread {
    const vm = this.vm;
    const t = vm.newThread(it.name, it.id);
    t.daemon = it.daemon;
    t.threadObject = this.typedRef(it.threadObject, 'Ljava/lang/Thread;', `thread ${it.name}`);
    t.interrupted = it.interrupted;
    t.blockedOn = this.ref(it.blockedOn, `thread ${it.name}`);
    t.savedLockCount = it.savedLockCount;
    t.waitingForClass = it.waitingForClass >= 0 ? this.cls(it.waitingForClass, `thread ${it.name}`) : null;
    t.parkPermit = it.parkPermit;
    t.dispatchingUncaught = it.dispatchingUncaught;
    let lp = 0;
    for (const f of it.frames) {
      const m = this.method(f.classIndex, f.method, `thread ${it.name}`);
      if (!t.pushFrame(m, lp, f.kind as FrameKind)) throw new RestoreError(`thread ${it.name} needs a larger -Xss`);
      const frame = t.top;
      frame.pc = f.pc;
      frame.initClass = f.initClass >= 0 ? this.cls(f.initClass, `thread ${it.name}`) : null;
      f.slots.forEach((s, i) => (t.stack[lp + i] = s.tag === 'L' ? this.ref(s.value, `thread ${it.name}`) : s.value));
      lp += f.slots.length;
      frame.sp = lp;
    }
    if (it.native) {
      t.inNative = true;
      t.nativeMethod = this.method(it.native.classIndex, it.native.method, `thread ${it.name}`);
      t.resumeKind = it.native.resumeKind < 0 ? null : it.native.resumeKind;
      t.resumeValue = it.native.resumeValue;
      t.resumeException = this.ref(it.native.resumeException, `thread ${it.name}`);
      t.resumeThrow = it.native.resumeThrow;
    }
    prepareFrames(vm, t);
    t.state = it.state as number as ThreadState;
    t.deadline = it.remainingMs < 0 ? 0 : this.nowMs + it.remainingMs;
    return t;
  }

  private monitors(threads: JavaThread[]): void {
    const thread = (i: number): JavaThread => {
      const t = threads[i];
      if (!t) throw new RestoreError(`monitor: thread index ${i} out of range`);
      return t;
    };
    for (const im of this.image.monitors) {
      const m = this.vm.monitors.of(this.ref(im.object, 'monitor'));
      m.owner = im.owner >= 0 ? thread(im.owner) : null;
      m.count = im.count;
      for (const i of im.entryQueue) m.entryQueue.push(thread(i));
      for (const i of im.waitSet) m.waitSet.push(thread(i));
    }
    this.image.classes.forEach((ic, i) => {
      if (ic.initThread >= 0) this.cls(i, 'class initialization').initThread = thread(ic.initThread);
    });
  }

  /** Hands the threads to the scheduler: runnable ones queue, parked ones wait for their wake-up. */
  private schedule(threads: JavaThread[]): void {
    const s = this.vm.scheduler;
    for (const t of threads) {
      if (t.state === ThreadState.Runnable) {
        s.add(t);
      } else {
        const state = t.state, deadline = t.deadline;
        s.add(t);
        s.dequeue(t);
        t.state = state;
        t.deadline = deadline;
      }
    }
  }
}

/** The text of an error-message place given eagerly or lazily. */
function describe(what: string | (() => string)): string {
  return typeof what === 'string' ? what : what();
}

/** Whether an image slot may stand where the analysis expects `kind`. */
function slotMatches(kind: number, s: ImageSlot, previous: ImageSlot | undefined): boolean {
  const tag: ValueTag = s.tag;
  switch (kind) {
    case SlotKind.Int: case SlotKind.ReturnAddress: return tag === 'I' && Number.isInteger(s.value) && (s.value | 0) === s.value;
    case SlotKind.Float: return tag === 'F';
    case SlotKind.Long: return tag === 'J' && (s.value | 0) === s.value;
    case SlotKind.Double: return tag === 'D';
    case SlotKind.Ref: return tag === 'L' && Number.isInteger(s.value) && s.value >= 0;
    case SlotKind.Long2: return tag === 'T' && previous?.tag === 'J' && (s.value | 0) === s.value;
    case SlotKind.Double2: case SlotKind.Unusable: return tag === 'T';
    default: return false;
  }
}

/** How errors name object `id` of class `c`. */
function objectName(id: number, c: RtClass): string {
  return `object ${id} (${c.javaName})`;
}
