/**
 * @fileoverview A resident Java VM for TypeScript programs: start it once, call static methods
 * with JavaScript arguments and get JavaScript results, checkpoint it to bytes at any moment
 * (calls in progress included) and restore those bytes later or elsewhere, where the calls finish.
 *
 * ```ts
 * const tern = await Tern.start({ classPath: ['out'] });
 * const sum = await tern.call('Calc', 'add', '(II)I', 2, 3);        // 5
 * const image = await tern.checkpoint();                            // while calls run, too
 * const again = await Tern.restore(image);                          // their results arrive here
 * await tern.close();
 * ```
 *
 * Each call runs on its own Java thread (as the "main" thread object): the bottom frame is
 * tern.internal.EmbeddedCall.run, which calls the method by reflection and reports back through a
 * native. So a call is ordinary Java frames, and a checkpoint taken during it holds it like any
 * other thread.
 *
 * The JIT is on by default, as with the `tern` command (`jit: false` is -Xint). `on('jit', …)`
 * streams its compile and deoptimization events (jit/trace-events.ts), `on('checkpoint', …)` the
 * start and end of checkpoints taken through {@link Tern.checkpoint}.
 */
import { checkpointToBytesAsync, restoreFromBytesAsync, type CheckpointProgress } from '../image/checkpoint.js';
import { createNodeHost } from '../host/node/node-host.js';
import { createCompileWorker } from '../host/node/jit-worker.js';
import { loadClassLibrary } from '../host/node/class-library.js';
import type { Host } from '../host/host.js';
import { runSlice } from '../interp/interpreter.js';
import { ensureInitialized } from '../interp/linkage.js';
import type { Ref } from '../heap/index.js';
import type { Vm, VmOptions } from '../runtime/vm.js';
import { ThreadState, type JavaThread } from '../threads/java-thread.js';
import { fromJava, parameterTypes, toJava, type JavaArgument, type JavaResult } from './java-values.js';
import { bootMainThread, createVm, threadEnded } from './launcher.js';
import { DEFAULT_COMPILE_THRESHOLD, installJit, type JitRuntime } from '../../jit/index.js';
import type { TraceEvent } from '../../jit/trace-events.js';

/** JIT settings of a resident VM (`true` or absent: the `tern` command's defaults). */
export interface TernJitOptions {
  /** Calls before a method is compiled (default 10 000, as -XX:CompileThreshold); loops after 10× as many back edges. */
  threshold?: number;
  /** -Xcomp: compile every eligible method before its first call (synchronously, deterministic). */
  compileAll?: boolean;
  /** One line per compile, bail-out and invalidation (as --jit-log). */
  log?: (line: string) => void;
  /**
   * Generate and compile in a worker thread while Java keeps running (-XX:+BackgroundCompilation;
   * default false, as the `tern` command: docs/jit.md "Background compilation" has the figures).
   * -Xcomp (`compileAll`) always compiles synchronously.
   */
  background?: boolean;
}

/** A checkpoint taken through {@link Tern.checkpoint} began or ended; `t` in ms since the VM started. */
export type CheckpointEvent =
  | { readonly ev: 'checkpoint-start'; readonly t: number; readonly id: number }
  | {
    readonly ev: 'checkpoint-end'; readonly t: number; readonly id: number;
    /** From the request to the image bytes. */
    readonly ms: number;
    /** From the request until every thread had reached a safepoint (compiled code deoptimized). */
    readonly waitMs: number;
    /** Image size; 0 when it failed. */
    readonly bytes: number;
    /** Why it failed (the returned promise rejects with it too). */
    readonly error?: string;
  };

/** Events of a {@link Tern}, by name. */
export interface TernEvents {
  /** Every compile, bail-out, invalidation, deoptimization and OSR entry of the JIT (the deopt trace's events). */
  jit: TraceEvent;
  checkpoint: CheckpointEvent;
}

/** How to make a VM; everything has a default. */
export interface TernOptions {
  /** Directories and jars with the application's classes. */
  classPath?: string[];
  /** Java heap limit in bytes (default 256 MiB). */
  maxHeapBytes?: number;
  /** Java stack size per thread in bytes (default 4 MiB). */
  stackBytes?: number;
  /** System properties (-D). */
  properties?: Record<string, string>;
  /** Where standard streams, files and clocks come from (default: this Node process). */
  host?: Host;
  /** The packed class library (default: this installation's build/classlib.bin). */
  classLibrary?: Uint8Array;
  /** The JIT (default on, as the `tern` command); `false`: interpreter only (-Xint). */
  jit?: boolean | TernJitOptions;
}

/** An exception thrown by Java code in a call: its class, message and printed stack trace. */
export class JavaException extends Error {
  constructor(
    /** Binary name of the exception's class (`java.lang.ArithmeticException`). */
    readonly javaClass: string,
    /** getMessage(), or null. */
    readonly javaMessage: string | null,
    /** The exception and its frames as Java prints them. */
    readonly javaStackTrace: string,
  ) {
    super(javaMessage === null ? javaClass : `${javaClass}: ${javaMessage}`);
    this.name = 'JavaException';
  }
}

/** A call in progress. */
export interface JavaCall {
  /** Identifies the call, also across a checkpoint and restore. */
  readonly id: number;
  readonly result: Promise<JavaResult>;
}

interface Pending {
  resolve(v: JavaResult): void;
  reject(e: Error): void;
  void: boolean;
}

const CALL_THREAD_PREFIX = 'tern-call-';

export class Tern {
  private readonly pending = new Map<number, Pending>();
  private readonly calls = new Map<number, JavaCall>();
  private nextCallId = 1;
  private running: Promise<void> | null = null;
  private ended = false;
  /** The java.lang.Thread every call runs as (the booted "main"). */
  private threadObject: Ref = 0;
  private readonly listeners: { [K in keyof TernEvents]: Array<(e: TernEvents[K]) => void> } = { jit: [], checkpoint: [] };
  private readonly t0 = performance.now();
  private checkpoints = 0;
  /** The JIT, or null with `jit: false`. */
  readonly jit: JitRuntime | null;

  private constructor(
    /** The VM itself, for what the embedding API does not wrap. */
    readonly vm: Vm,
    jit: JitRuntime | null,
  ) {
    this.jit = jit;
    jit?.addTraceListener((e) => {
      for (const l of this.listeners.jit) l(e);
    });
    vm.embedding = this;
    vm.scheduler.resident = true;
    vm.scheduler.onTerminated = (t) => this.threadEnded(t);
  }

  /** Starts a VM: the class library is bootstrapped (System.initPhase1) before this resolves. */
  static async start(options: TernOptions = {}): Promise<Tern> {
    const vm = createVm(options.host ?? createNodeHost(), vmOptions(options));
    const tern = new Tern(vm, await withJit(vm, options.jit));
    const booted = new Promise<void>((resolve) => {
      const main = bootMainThread(tern.vm);
      tern.threadObject = main.threadObject;
      tern.onEnd.set(main, resolve);
    });
    tern.run();
    await Promise.race([booted, tern.running]);
    if (tern.ended) throw new Error(`the VM ended while it started (status ${tern.vm.exitCode})`);
    return tern;
  }

  /**
   * Continues a VM from a checkpoint image (made by {@link checkpoint} or any Tern checkpoint):
   * its threads go on running; calls that were in progress are in {@link callsInProgress}.
   */
  static async restore(image: Uint8Array, options: TernOptions = {}): Promise<Tern> {
    const vm = createVm(options.host ?? createNodeHost(), vmOptions(options));
    const jit = await withJit(vm, options.jit); // before any method is prepared, so all get countdowns
    await restoreFromBytesAsync(vm, image);
    const tern = new Tern(vm, jit);
    tern.threadObject = vm.mainThread?.threadObject ?? 0;
    for (const t of vm.scheduler.threads) {
      if (!t.debugName.startsWith(CALL_THREAD_PREFIX) || t.state === ThreadState.Terminated) continue;
      const id = Number(t.debugName.substring(CALL_THREAD_PREFIX.length));
      if (!Number.isInteger(id)) continue;
      tern.nextCallId = Math.max(tern.nextCallId, id + 1);
      tern.calls.set(id, tern.track(id, false));
    }
    tern.run();
    return tern;
  }

  /**
   * Listens to `event`: `'jit'` gets every {@link TraceEvent} of the JIT (compile, bailout,
   * invalidate, deopt, osr; built only while someone listens), `'checkpoint'` a
   * {@link CheckpointEvent} when a checkpoint starts and ends. Listeners run synchronously on the
   * VM's thread between two Java instructions: keep them short, and start calls rather than await them.
   */
  on<K extends keyof TernEvents>(event: K, listener: (e: TernEvents[K]) => void): this {
    this.listeners[event].push(listener);
    return this;
  }

  /** Stops a listener added with {@link on}. */
  off<K extends keyof TernEvents>(event: K, listener: (e: TernEvents[K]) => void): this {
    const list = this.listeners[event];
    const i = list.indexOf(listener);
    if (i >= 0) list.splice(i, 1);
    return this;
  }

  /** Calls in progress (after a restore: those the image held), by id. */
  callsInProgress(): JavaCall[] {
    return [...this.calls.values()];
  }

  /**
   * Calls static method `className.method` (descriptor as in class files, e.g. `(I[D)J`) with
   * `args` converted as the descriptor says; resolves to the result, or rejects with a
   * {@link JavaException}. Other calls and Java threads keep running meanwhile. `T` names the
   * result type the descriptor implies (`number` for `I`, `bigint` for `J`, `string` for String...).
   */
  call<T extends JavaResult = JavaResult>(className: string, method: string, descriptor: string, ...args: JavaArgument[]): Promise<T> {
    return this.startCall(className, method, descriptor, ...args).result as Promise<T>;
  }

  /** {@link call}, with the call's id (to find it again after a checkpoint and restore). */
  startCall(className: string, method: string, descriptor: string, ...args: JavaArgument[]): JavaCall {
    const params = parameterTypes(descriptor, args.length);
    const id = this.nextCallId++;
    if (this.ended) {
      const result = Promise.reject(new Error('the VM has ended'));
      result.catch(() => {}); // rejected before anyone could listen: not an unhandled rejection
      return { id, result };
    }
    const call = this.track(id, descriptor.endsWith(')V'));
    this.calls.set(id, call);
    this.vm.scheduler.atSafepoint(() => {
      try {
        this.pushCall(id, className.replace(/\//g, '.'), method, descriptor, params, args);
      } catch (e) {
        this.settle(id, (p) => p.reject(e as Error));
      }
    });
    return call;
  }

  /**
   * A checkpoint image of the whole VM, taken at the next safepoint: calls in progress continue
   * here and can also be finished by {@link restore} elsewhere.
   */
  checkpoint(options: { compressionLevel?: number; onProgress?: (p: CheckpointProgress) => void } = {}): Promise<Uint8Array> {
    if (this.ended) return Promise.reject(new Error('the VM has ended'));
    const id = ++this.checkpoints;
    const requested = performance.now();
    const emit = (e: CheckpointEvent): void => {
      for (const l of this.listeners.checkpoint) l(e);
    };
    return new Promise((resolve, reject) => {
      this.vm.scheduler.atSafepoint(async () => {
        const reached = performance.now();
        emit({ ev: 'checkpoint-start', t: this.now(), id });
        const end = (bytes: number, error?: string): void => emit({
          ev: 'checkpoint-end', t: this.now(), id, ms: round(performance.now() - requested), waitMs: round(reached - requested), bytes,
          ...(error === undefined ? {} : { error }),
        });
        try {
          const bytes = (await checkpointToBytesAsync(this.vm, options)).bytes;
          end(bytes.length);
          resolve(bytes);
        } catch (e) {
          end(0, (e as Error)?.message ?? String(e));
          reject(e as Error);
        }
      });
    });
  }

  /** Ends the VM: runs its shutdown hooks, then stops; calls still in progress are rejected. */
  async close(): Promise<number> {
    if (!this.ended) {
      const done = new Promise<void>((resolve) => {
        this.vm.scheduler.atSafepoint(() => {
          const t = this.pushStatic('DestroyJavaVM', 'java/lang/Shutdown', 'shutdown()V', []);
          if (t) this.onEnd.set(t, resolve);
          else resolve();
        });
      });
      await Promise.race([done, this.running]);
      this.vm.scheduler.stop();
      await this.running;
    }
    return this.vm.exitCode;
  }

  // ---- internals ----

  /** Milliseconds since this VM started. */
  private now(): number {
    return this.jit?.now() ?? round(performance.now() - this.t0);
  }

  /** Threads whose end something waits for. */
  private readonly onEnd = new Map<JavaThread, () => void>();

  private run(): void {
    this.running = this.vm.scheduler.run((t) => runSlice(this.vm, t)).then(() => {
      this.ended = true;
      this.jit?.shutdown();
      this.vm.host.flush();
      for (const id of [...this.pending.keys()]) {
        this.settle(id, (p) => p.reject(new Error(`the Java program exited (status ${this.vm.exitCode}) before the call returned`)));
      }
    });
  }

  private track(id: number, isVoid: boolean): JavaCall {
    const result = new Promise<JavaResult>((resolve, reject) => this.pending.set(id, { resolve, reject, void: isVoid }));
    return { id, result };
  }

  private settle(id: number, how: (p: Pending) => void): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    this.calls.delete(id);
    how(p);
  }

  /** The VM's report that call `id` ended (tern.internal.EmbeddedCall.complete0). */
  complete(id: number, result: Ref, error: Ref, trace: Ref): void {
    if (error !== 0) {
      const cls = this.vm.classOf(error).javaName;
      const message = this.vm.jsString(this.vm.heap.i32[(error + this.vm.fieldOffset('java/lang/Throwable', 'detailMessage')) >> 2]!);
      const text = this.vm.jsString(trace) ?? cls;
      this.settle(id, (p) => p.reject(new JavaException(cls, message, text)));
      return;
    }
    this.settle(id, (p) => p.resolve(p.void ? undefined : fromJava(this.vm, result)));
  }

  /** Starts a thread running EmbeddedCall.run for call `id` (at a safepoint). */
  private pushCall(id: number, className: string, method: string, descriptor: string, params: string[], args: JavaArgument[]): void {
    const vm = this.vm;
    const h = vm.heap;
    const handles: number[] = [];
    try {
      // Each value is held in a handle: making the next one may collect and move it.
      const hold = (r: Ref): void => void handles.push(h.newHandle(r));
      hold(vm.newString(className));
      hold(vm.newString(method));
      hold(vm.newString(descriptor));
      hold(vm.newArray(vm.registry.load('[Ljava/lang/Object;'), args.length));
      args.forEach((a, i) => {
        const v = toJava(vm, a, params[i]!, `argument ${i + 1} of ${className}.${method}`);
        h.i32[((h.getHandle(handles[3]!) + 16) >> 2) + i] = v;
      });
      const slots = [id, ...handles.map((x) => h.getHandle(x))];
      this.pushStatic(`${CALL_THREAD_PREFIX}${id}`, 'tern/internal/EmbeddedCall', 'run(ILjava/lang/String;Ljava/lang/String;Ljava/lang/String;[Ljava/lang/Object;)V', slots);
    } finally {
      for (const x of handles) h.freeHandle(x);
    }
  }

  /** A new thread (running as the main thread object) whose bottom frame calls static `owner.method`. */
  private pushStatic(name: string, owner: string, method: string, slots: number[]): JavaThread | null {
    const vm = this.vm;
    const cls = vm.registry.load(owner);
    const m = cls.methods.get(method);
    if (!m) return null;
    const t = vm.newThread(name);
    t.threadObject = this.threadObject;
    vm.scheduler.add(t);
    vm.pushCall(t, m, slots);
    ensureInitialized(vm, t, cls);
    return t;
  }

  private threadEnded(t: JavaThread): void {
    threadEnded(this.vm, t);
    // A resident VM runs many short threads: forget the ended ones (nothing refers to them).
    const i = this.vm.scheduler.threads.indexOf(t);
    if (i >= 0) this.vm.scheduler.threads.splice(i, 1);
    const done = this.onEnd.get(t);
    if (done) {
      this.onEnd.delete(t);
      done();
    }
  }
}

/** Installs the JIT (unless `jit` is false); with compileAll, Binaryen is loaded first. */
async function withJit(vm: Vm, jit: TernOptions['jit']): Promise<JitRuntime | null> {
  if (jit === false) return null;
  const o = typeof jit === 'object' ? jit : {};
  const runtime = installJit(vm, {
    compileAll: o.compileAll ?? false, threshold: o.threshold ?? DEFAULT_COMPILE_THRESHOLD, deoptimizeALot: false, log: o.log ?? null,
    compileService: o.background === true ? () => createCompileWorker({ log: o.log ?? null }) : null,
  });
  if (o.compileAll) await runtime.ready();
  return runtime;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

function vmOptions(o: TernOptions): VmOptions {
  return {
    classPath: o.classPath ?? [],
    classLibrary: o.classLibrary ?? loadClassLibrary(),
    maxHeapBytes: o.maxHeapBytes ?? 256 << 20,
    stackBytes: o.stackBytes ?? 4 << 20,
    properties: o.properties ?? {},
  };
}
