/**
 * @fileoverview The JIT as the interpreter sees it (src/interp/tiering.ts): tiering policy,
 * compilation (synchronous on the VM's thread, or in batches whose optimization and V8
 * compilation run on a background thread, {@link CompileService}), code installation, entry into compiled code from the interpreter (calls and on-stack replacement),
 * and the runtime side of safepoint polls and deoptimization. docs/jit.md describes the design.
 *
 * Binaryen is imported lazily: the first method that gets hot starts the (asynchronous) import
 * and keeps being interpreted; compiles happen from then on. `-Xint` runs never load it, and
 * `-Xcomp` loads it before `main` ({@link JitRuntime.ready}).
 */
import type binaryenNs from 'binaryen';
import { instructionLength, Op } from '../src/classfile/opcodes.js';
import { Quick } from '../src/interp/quick.js';
import type { Prepared } from '../src/interp/prepared.js';
import { NEVER, onClassInitialized, TierResult, type Tiering } from '../src/interp/tiering.js';
import { resolveAhead } from '../src/interp/linkage.js';
import { preparedIn, runSlice } from '../src/interp/interpreter.js';
import { InitState, slotsOf, type RtClass, type RtMethod } from '../src/runtime/model.js';
import { JavaException, JavaThrow, UNWIND_COMPILED } from '../src/runtime/errors.js';
import { callNative, NativeOutcome } from '../src/interp/invoke-native.js';
import { DEFAULT_SLICE_BUDGET, RunResult } from '../src/threads/scheduler.js';
import { NullPointerThrow, type Vm } from '../src/runtime/vm.js';
import { FrameKind, type Frame } from '../src/threads/frame.js';
import type { JavaThread } from '../src/threads/java-thread.js';
import { DEOPT_REASON_NAMES, DeoptReason, FrameStateTable } from '../deopt/frame-state.js';
import { readRecords, rebuildFrames, type DeoptRecord } from '../deopt/unwind.js';
import { startProfiling, stopProfiling } from '../src/interp/translate.js';
import { enterSynchronized } from '../src/interp/unwind.js';
import { createModule } from './binaryen-module.js';
import { implicitException, type ImplicitKind } from './implicit-exceptions.js';
import { Bailout, checkEligible, compileMethod, declareImports, EXCEPTION_FLAG, INLINE_DEPTH, MAX_SLOTS, neverTaken, signature, siteWordsAddress, siteWordsBytes, WT, type BatchMember, type CompileEnv } from './compiler.js';
import { wasmApi, type WasmGlobal, type WasmTable } from './wasm.js';
import { listing, traceStops, type TraceListener } from './trace.js';
import type { TraceEvent, TraceStopPoint } from './trace-events.js';
import type { CompileService, OptimizedModule } from './compile-service.js';
import { buildRequest, type CompiledBatch, type CompileRequest, type RequestHost, type RequestObjects } from './compile-request.js';
import { moduleFeatures } from './compile-worker.js';
import { heapImports, nativeImport, RootTable } from './heap-imports.js';
import { DispatchSites } from './dispatch.js';
import { Cha, type Assumption } from './cha.js';
import type { StopInfo } from './stops.js';

type Binaryen = typeof binaryenNs;

/** JIT settings (from the command line: -Xint, -Xcomp, -XX:CompileThreshold, --jit-log, -XX:+DeoptimizeALot). */
export interface JitOptions {
  /** -Xcomp: compile every eligible method before its first call (and loops at their first back edge). */
  compileAll: boolean;
  /** -XX:CompileThreshold=N: calls before a method is compiled; OSR after 10 N backward branches. */
  threshold: number;
  /** -XX:+DeoptimizeALot: every safepoint poll deoptimizes (except a compiled call's own entry poll). */
  deoptimizeALot: boolean;
  /** --jit-log: one line per compile, bail-out and invalidation; null = silent. */
  log: ((line: string) => void) | null;
  /**
   * Load Binaryen (and start the background compiler) before the program runs, as -Xcomp does,
   * instead of when the first method gets hot.
   */
  preload?: boolean;
  /** --deopt-trace, embedding API: receives every trace event (more with {@link JitRuntime.addTraceListener}). */
  trace?: TraceListener | null;
  /**
   * Background compilation (default mode only; -Xcomp always compiles synchronously): creates the
   * service that optimizes and compiles modules off the VM's thread. Absent or null, or a factory
   * that returns null (no worker program: src/host/node/jit-worker.ts): synchronous.
   */
  compileService?: (() => CompileService | null) | null;
  /**
   * Tests: OSR functions of their own per loop header for every compile, quick ones included
   * (otherwise only optimized code gets them, up to {@link OSR_FUNCTIONS} headers).
   */
  osrFunctions?: number;
  /** Loads the binaryen module (default: `import('binaryen')`; bin/tern.js passes its own). */
  importBinaryen?: () => Promise<{ default: Binaryen }>;
}

/** Calls before a method is compiled (HotSpot's -XX:CompileThreshold default without tiered compilation). */
export const DEFAULT_COMPILE_THRESHOLD = 10000;

/** Polls between two questions to the scheduler (each poll is a decrement of a wasm global). */
const POLL_INTERVAL = 10000;
/** Most back edges of an innermost loop per safepoint poll (jit/compiler.ts countedPoll). */
const POLL_STRIDE = 32;

/** Nested compiled calls before a call deoptimizes at entry (bounds the JS stack and the unwind buffer). */
const MAX_DEPTH = 100;
/** Deoptimizations (other than polls) a compiled method survives before its code is dropped. */
const DEOPT_LIMIT = 50;
/** -XX:+DeoptimizeALot: backward branches interpreted after a poll deopt before OSR enters again. */
const ALOT_REENTRY = 64;
/**
 * Backward branches a frame runs interpreted after a `monitor` deopt before OSR enters again: a
 * contended monitor tends to stay contended (monitors are handed off in FIFO order, so threads
 * queue up behind each other), and there each contended enter costs compiled code a deopt.
 */
const MONITOR_REENTRY = 500;
/**
 * Optimized code of a method with at most this many OSR entries (loop headers with a poll) gets an
 * OSR function per header (jit/compiler.ts `CompileEnv.osrFunctions`): entering a loop nest at an
 * inner header then needs no label dispatch in the loops, which made Sparse's OSR code 20 % slower
 * than its normal entry. After a poll deopt (every 8 ms) a long loop runs in OSR code.
 */
const OSR_FUNCTIONS = 6;
/** Calls (and 10x backward branches) interpreted after code was dropped before compiling again. */
const RECOMPILE_CALLS = 20;
/** Times a method is compiled at most. */
const MAX_COMPILES = 8;
/** Binaryen optimization level of the full tier (-O1 is much faster to run than -O2; V8 optimizes the result again). */
const OPT_LEVEL = Number(process.env.TERN_JIT_OPT ?? 2);
/**
 * The quick tier (docs/jit.md "Compile cost"): modules without loops, and every first compile of
 * -Xcomp, skip Binaryen's optimizer (V8's TurboFan optimizes hot wasm again anyway). The optimizer
 * was 60-80 % of a compile's time, and its first runs in a process are slow while V8 compiles
 * Binaryen's own wasm lazily. TERN_JIT_QUICK=off compiles everything at {@link OPT_LEVEL}.
 */
const QUICK_TIER = process.env.TERN_JIT_QUICK !== 'off';
/** TERN_JIT_OSR_OPT=1: a hot loop's first compile gets the optimizer at once (the policy before 2026-12-07 afternoon; for comparisons). */
const OSR_OPT = process.env.TERN_JIT_OSR_OPT === '1';
/**
 * Quick-tier code with loops is recompiled with the full optimizer at its next entry from the
 * interpreter once it has been called {@link TIER_UP_CALLS} times from the interpreter, or has
 * been running when the scheduler's poll stopped it {@link TIER_UP_POLLS} times (at least 8 ms of
 * compiled code each: a loop that is hot in time, not just entered often).
 */
const TIER_UP_CALLS = 10000;
const TIER_UP_POLLS = 25;
/**
 * Start-up: a method hot by calls loads Binaryen (and is compiled) only once the VM has
 * interpreted this many calls and taken branches (`Vm.interpretedWork`, the slice budget each
 * slice used: a count of work done, not of time, so a program decides the same way whatever the
 * machine's load; nor of slices, which also end when a thread blocks, so that threads handing off
 * constantly would pass it at once); a hot loop (OSR) sooner ({@link LOOP_START_WORK}); both scaled
 * by -XX:CompileThreshold / 10 000. 20 million is the 1000 full slices of 20 000 that the gate counted
 * before (the same point in a single-threaded computation). Loading Binaryen costs 0.3-0.6 s of
 * the VM's thread plus V8's compilation of Binaryen's own wasm, which a short program never earns
 * back (docs/jit.md "Compile cost"). TERN_JIT_START_WORK=N overrides it.
 */
const START_WORK = Number(process.env.TERN_JIT_START_WORK ?? 1000 * DEFAULT_SLICE_BUDGET);
/**
 * The same for a hot loop (OSR), which asks for Binaryen sooner because a loop's compiled code
 * gains more: 4 million calls and branches (200 full slices) is about what loading Binaryen and
 * its cold first compiles cost (0.6-0.9 s of CPU here, 2-5 million interpreted calls and branches'
 * worth), so a program that stops before that never pays it and one that runs on pays at most
 * about twice what an oracle would (the ski-rental rule); docs/performance.md "JIT cost on short
 * programs". TERN_JIT_LOOP_START_WORK=N overrides it.
 */
const LOOP_START_WORK = Number(process.env.TERN_JIT_LOOP_START_WORK ?? 200 * DEFAULT_SLICE_BUDGET);
/**
 * Share of the thresholds (percent) after which a method is warm: the interpreter starts its branch
 * profile (src/interp/translate.ts `startProfiling`), which compiled code speculates on. HotSpot's
 * -XX:InterpreterProfilePercentage default.
 */
const PROFILE_PERCENT = 33;
/** `unstable-if` traps in a method after which its code no longer speculates on branches (HotSpot: PerBytecodeTrapLimit 4). */
const UNSTABLE_IF_LIMIT = 4;
/** Calls (percent of the threshold) a callee needs to be compiled in its hot caller's batch ({@link JitRuntime.calledEnough}). */
const BATCH_MIN_CALLS_PERCENT = 1;
/** Debugging: TERN_JIT_DUMP=1 writes each module's text to the JIT log. */
const DUMP = process.env.TERN_JIT_DUMP === '1';

/**
 * Adapter runs (compiled code calling into the interpreter, docs/deopt.md "Calls into the
 * interpreter") nested at most: each costs JS stack (an interpreter loop and the compiled frames
 * below it). A deeper one hands the call to the interpreter the old way (the caller unwinds).
 */
const MAX_ADAPTER_NESTING = 16;

/** An interpreter frame of an adapter run, kept while the compiled callers below it unwind. */
interface SavedFrame {
  readonly method: RtMethod;
  readonly pc: number;
  readonly lp: number;
  readonly sp: number;
  readonly kind: FrameKind;
  readonly initClass: RtClass | null;
}

/**
 * What the compiled callers' unwinding must finish after an adapter run ({@link JitRuntime}
 * `finishAdapter`): the run stopped (its frames go back on top of the rebuilt ones), the callee
 * threw (the invoke throws), or it returned after a class-hierarchy change (the invoke completes).
 * `native`: the callee is a native run by {@link JitRuntime} `nativeCall`; its arguments stay on
 * the rebuilt caller's stack (the invoke completes there when the thread resumes, or runs again),
 * and the frames it pushed (REEXECUTE) go on top with their own kinds.
 */
type AdapterPending =
  | { readonly kind: 'suspend'; readonly method: RtMethod; readonly result: TierResult; readonly why: string; readonly lp: number; readonly frames: SavedFrame[]; readonly slots: Float64Array; readonly native?: boolean }
  | { readonly kind: 'throw'; readonly method: RtMethod; readonly exception: number }
  | { readonly kind: 'return'; readonly method: RtMethod; readonly v0: number; readonly v1: number };

/** Installed code of one method. */
export class CompiledMethod {
  entry: () => number = () => 0;
  osrEntry: ((k: number) => number) | null = null;
  readonly states = new FrameStateTable();
  readonly osrPcs: number[] = [];
  /** What the compiler knows, for the deopt trace (jit/stops.ts): stop points, inlined methods, assumptions. */
  readonly stops: StopInfo[] = [];
  /** Call sites by the index the code stores in its site word (BatchMember.callSites): frames innermost first. */
  readonly callSites: number[][] = [];
  readonly inlined: string[] = [];
  readonly assumptions: string[] = [];
  /** Native functions called as imports (jit/intrinsics.ts). */
  readonly nativeImports = new Map<string, RtMethod>();
  readonly params: WT[];
  readonly result: WT | null;
  deopts = 0;
  /** `d<id>`: the function the table holds after a class-hierarchy invalidation (deoptimizes at entry). */
  invalidatedEntry: unknown = null;
  /** `n<id>`: the stub the method's table slots hold while it has no code (hands calls to the interpreter). */
  stub: unknown = null;
  /** A class-hierarchy assumption of this code broke (code still in a background batch is then never installed). */
  stale = false;
  /** Compiled without Binaryen's optimizer (the quick tier); {@link JitRuntime} may recompile it optimized. */
  quick = false;
  /** Calls from the interpreter, and poll stops x {@link TIER_UP_CALLS} / {@link TIER_UP_POLLS}, counted towards the tier-up. */
  entries = 0;
  constructor(readonly id: number, readonly P: Prepared, b: Binaryen) {
    const sig = signature(b, P.method);
    this.params = sig.params;
    this.result = sig.result;
  }
}

/** A slice that ended in compiled code: its frames were deoptimized for the scheduler. */
export interface PollYield {
  thread: JavaThread;
  /** The slice's number (Scheduler.slices once it has ended). */
  slice: number;
  /** The compiled frames unwound, innermost first (`method pc N`). */
  frames: string[];
  /** Whether the outermost one had been entered by on-stack replacement. */
  osr: boolean;
  /**
   * When the slice ended in an interpreted callee of compiled code (an adapter run, docs/deopt.md
   * "Calls into the interpreter"): its interpreter frames, kept on top of the rebuilt ones, innermost first.
   */
  interpreted?: string[];
}

/** Frames of a method inlined into compiled code `host`: their own record id and frame states (deopt/unwind.ts). */
class InlinedFrames {
  readonly states = new FrameStateTable();
  constructor(readonly id: number, readonly P: Prepared, readonly host: CompiledMethod) {}
}

/** Interpreter slots a frame of `P` takes at most (pushFrame's check: locals, lock slot, stack, 2). */
function frameSlots(P: Prepared): number {
  return P.stackOffset + P.method.code!.maxStack + 2;
}

/** Whether `t`'s frames go past the (lowered) limits an adapter run set (pushFrame's test). */
function exceeds(t: JavaThread, slotLimit: number, frameLimit: number): boolean {
  if (t.depth > frameLimit) return true;
  for (let d = t.depth - 1; d >= 0; d--) {
    const f = t.frames[d]!;
    if (f.stackBase + f.method.code!.maxStack + 2 > slotLimit) return true;
  }
  return false;
}

/** The compiled method a record belongs to (the host of inlined frames). */
function hostOf(t: CompiledMethod | InlinedFrames): CompiledMethod {
  return t instanceof InlinedFrames ? t.host : t;
}

/** Per-method policy state. */
interface MethodInfo {
  compiles: number;
  failed: string | null;
  /** In a batch being compiled in the background. */
  pending: boolean;
  /** `unstable-if` traps taken in this method's branches (past {@link UNSTABLE_IF_LIMIT}: no more such speculation). */
  unstableIfTraps: number;
}

/** One method of a background batch, generated and waiting for its module. */
interface BatchEntry {
  readonly c: CompiledMethod;
  readonly info: MethodInfo;
  readonly trigger: string;
  readonly genMs: number;
  /** A tier-up of installed quick code `upgrades` (installed over it, only if still installed). */
  readonly tierUp?: boolean;
  readonly upgrades?: CompiledMethod;
  /** Of {@link genMs}: posting (copying) the compile request. */
  readonly postMs?: number;
}

/** Wasm features of every module (the worker sets the same before optimizing). */
const features = moduleFeatures;

/**
 * Compiled frames hidden below an adapter run or a native call: depths `lo + 1`..`hi` sit between
 * interpreter frames `at - 1` and `at` (frame `at - 1` is the outermost of them when it entered by OSR).
 */
interface HiddenSegment { at: number; lo: number; hi: number; osr: boolean }

export class JitRuntime implements Tiering {
  /** Initial countdowns: the method is warm (profiled) when they run out; compiled after the full thresholds. */
  readonly invokeThreshold: number;
  readonly loopThreshold: number;
  /** Calls and backward branches before a method is compiled (-XX:CompileThreshold, 10 x for loops). */
  private readonly fullInvoke: number;
  private readonly fullLoop: number;
  /** Interpreted calls and branches before a hot method may load Binaryen (see {@link START_WORK}). */
  private readonly startWork: number;
  private readonly loopStartWork: number;
  /** The Java thread running compiled code (set at every entry from the interpreter; the monitor imports act for it). */
  private current: JavaThread | null = null;
  private binaryen: Binaryen | null = null;
  private loading: Promise<void> | null = null;
  /**
   * Compiles can happen: Binaryen loaded on this thread, or a compile service that generates IR
   * itself ready (then this thread never loads Binaryen unless the service breaks).
   */
  private compilerReady = false;
  /** Keys of class files (compile requests send each once to the service), and those sent. */
  private readonly fileKeys = new WeakMap<object, number>();
  private readonly sentFiles = new Set<number>();
  private table: WasmTable | null = null;
  private readonly globals: { ub: WasmGlobal; deopt: WasmGlobal; depth: WasmGlobal; budget: WasmGlobal };
  private argsAddress = 0;
  private ubStart = 0;
  private readonly byId: Array<CompiledMethod | InlinedFrames> = [];
  /**
   * The next id: of compiled code (its function-table index), of the frames it inlines (their
   * unwind records), or of a slot reserved for a callee without code ({@link calleeSlot}).
   */
  private nextId = 0;
  private readonly cha: Cha;
  private readonly info = new WeakMap<Prepared, MethodInfo>();
  private yieldRequested = false;
  /** The background compiler, created with the first compile; null: synchronous compiles. */
  private service: CompileService | null = null;
  private closed = false;
  /**
   * The last deoptimization that ended a thread's slice (a poll the scheduler answered): which
   * thread, in which slice (1-based, as Scheduler.slices counts after the slice), and the compiled
   * frames it unwound. Diagnostics: the consistency harness checks with it that a checkpoint point
   * fell inside compiled code (-XX:+TernPrintCheckpointSite). Costs one small object per such deopt.
   */
  lastYield: PollYield | null = null;
  /** Diagnostics: told of every {@link lastYield} (the CLI lists the slices that ended in compiled code). */
  onPollYield: ((y: PollYield) => void) | null = null;
  private readonly imports: Record<string, unknown>;
  /** Deopt-trace listeners (jit/trace.ts); events are built only when there is one. */
  private readonly listeners: TraceListener[] = [];
  /** Time origin of trace events (the VM's start, give or take its creation). */
  private readonly t0 = performance.now();
  /** Statistics, reported by {@link summary} (`deferred`: hot methods kept interpreted by the start-up gates). */
  readonly stats = { compiled: 0, bailedOut: 0, invalidated: 0, wasmBytes: 0, compileMs: 0, batches: 0, deopts: new Map<string, number>(), inlinedFramesRebuilt: 0, deferred: 0, nativeCalls: 0, implicitExceptions: 0 };
  private readonly roots: RootTable;
  private readonly sites: DispatchSites;
  /** Init flags of the classes that compiled code has barriers for (see {@link initFlag}). */
  private readonly initFlags = new Map<RtClass, WasmGlobal>();
  /** See {@link routesOf} and {@link calleeSlot}. */
  private readonly routes = new Map<RtMethod, number[]>();
  private readonly slots = new Map<RtMethod, number>();
  /** The method of each slot {@link calleeSlot} reserved (the adapter runs it). */
  private readonly slotMethods = new Map<number, RtMethod>();
  // ---- the adapter of compiled-to-interpreted calls (docs/deopt.md "Calls into the interpreter") ----
  /** Adapter runs in progress (interpreter runs with compiled frames below them). */
  private adapterNesting = 0;
  /** `depth` when the innermost adapter run started: compiled frames below it (entries start counting there). */
  private entryDepth = 0;
  /** Whether the outermost compiled frame since the last entry from the interpreter entered by OSR (its interpreter frame is stale). */
  private entryOsr = false;
  /** Compiled frames hidden below adapter runs and native calls, outermost first ({@link stackFrames} reads them). */
  private readonly segments: HiddenSegment[] = [];
  /** Address of the site words (compiler.ts siteWordsAddress). */
  private siteWords = 0;
  /** Set by an adapter run that returned 1 for its unwinding compiled callers; taken by {@link unwind}. */
  private pending: AdapterPending | null = null;
  /** An entry under an adapter run rebuilt frames past its lowered stack limits: the run must stop. */
  private mustUnwind = false;
  /** Class-hierarchy invalidations so far (a run that saw one makes its compiled callers unwind). */
  private hierarchyBreaks = 0;
  /** Most interpreter slots one compiled frame (its inlined frames included) takes once rebuilt. */
  private frameSlotBound = 0;
  private readonly signatures = new Map<RtMethod, { params: WT[]; result: WT | null }>();

  constructor(private readonly vm: Vm, readonly options: JitOptions) {
    if (options.trace) this.listeners.push(options.trace);
    vm.compiledStack = (t) => this.stackFrames(t);
    this.startWork = options.compileAll ? 0 : Math.floor(START_WORK * options.threshold / DEFAULT_COMPILE_THRESHOLD);
    this.loopStartWork = options.compileAll ? 0 : Math.floor(LOOP_START_WORK * options.threshold / DEFAULT_COMPILE_THRESHOLD);
    this.fullInvoke = options.compileAll ? 1 : Math.max(1, options.threshold);
    this.fullLoop = options.compileAll ? 1 : Math.max(1, options.threshold * 10);
    this.invokeThreshold = options.compileAll ? 1 : Math.max(1, Math.floor(this.fullInvoke * PROFILE_PERCENT / 100));
    this.loopThreshold = options.compileAll ? 1 : Math.max(1, Math.floor(this.fullLoop * PROFILE_PERCENT / 100));
    const api = wasmApi();
    const g = (v: number): WasmGlobal => new api.Global({ value: 'i32', mutable: true }, v);
    this.globals = { ub: g(0), deopt: g(0), depth: g(0), budget: g(POLL_INTERVAL) };
    const heap = vm.heap;
    this.imports = {
      memory: heap.memory, ub: this.globals.ub, deopt: this.globals.deopt, depth: this.globals.depth, budget: this.globals.budget,
      poll: (isEntry: number) => this.poll(isEntry),
      // Allocation without collection: 0 (deopt; the interpreter collects or throws) when it does not fit.
      newarray: (cls: number, size: number, length: number) => (length < 0 ? 0 : heap.allocArray(cls, size as 1 | 2 | 4 | 8, length)),
      drem: (x: number, y: number) => x % y,
      i2c: (k: number) => this.interpretCall(k),
      exget: () => this.caught(),
      exmatch: (cls: number, record: number, row: number) => this.catches(cls, record, row),
      newexc: (kind: ImplicitKind, a: number, b: number, id: number, site: number) => this.implicitThrow(kind, a, b, id, site),
      ...heapImports(vm),
      ...this.monitorImports(),
    };
    this.roots = new RootTable(vm);
    this.cha = new Cha(vm);
    this.sites = new DispatchSites(vm, (P) => (P.compiled as CompiledMethod | null)?.id ?? -1);
    this.imports.dispatch = (cls: number, site: number) => this.sites.dispatch(cls, site);
    onClassInitialized(vm, (cls) => {
      const g = this.initFlags.get(cls);
      if (g !== undefined) g.value = 1;
    });
  }

  /** The imported global `c<class id>` that class-initialization barriers read: 1 once `cls` is initialized. */
  private initFlag(cls: RtClass): string {
    const name = `c${cls.id}`;
    if (!this.initFlags.has(cls)) {
      const g = new (wasmApi().Global)({ value: 'i32', mutable: true }, cls.state === InitState.Initialized ? 1 : 0);
      this.initFlags.set(cls, g);
      this.imports[name] = g;
    }
    return name;
  }

  /** Whether Binaryen was asked for (by a hot method past the start-up slices, -Xcomp or preload). */
  get binaryenRequested(): boolean {
    return this.loading !== null;
  }

  /** Starts loading Binaryen; resolves when compiles can happen. */
  ready(): Promise<void> {
    if (this.loading === null) {
      if (!this.options.compileAll && this.options.compileService) {
        this.service = this.options.compileService();
        if (this.service !== null && this.service.compile !== undefined) {
          // The service generates IR too: this thread never imports Binaryen (unless the service breaks).
          this.setUp();
          this.loading = this.service.warm().catch(() => {}).then(() => { this.compilerReady = true; });
          return this.loading;
        }
      }
      // Without a service that generates, Binaryen here; a service's own import runs alongside (a failure shows at the first compile).
      const warmed = this.service === null ? Promise.resolve() : this.service.warm().catch(() => {});
      this.loading = Promise.all([this.loadBinaryen(), warmed]).then(() => { this.compilerReady = true; });
    }
    return this.loading;
  }

  /** Imports Binaryen on this thread (once): synchronous compiles need it. */
  private binaryenLoad: Promise<void> | null = null;
  private loadBinaryen(): Promise<void> {
    this.binaryenLoad ??= (this.options.importBinaryen ?? (() => import('binaryen')))().then((mod) => {
      this.binaryen = mod.default;
      if (this.table === null) this.setUp();
    });
    return this.binaryenLoad;
  }

  /** Whether Binaryen was imported on the VM's thread (tests: never with a service that generates IR). */
  get binaryenLoaded(): boolean {
    return this.binaryen !== null;
  }

  private setUp(): void {
    const heap = this.vm.heap;
    // One block of the (never moving) static area: the args buffer, then the unwind buffer.
    const argsBytes = 8 * MAX_SLOTS;
    // Per compiled frame: its record and one per inlined frame (INLINE_DEPTH callers at most).
    const ubBytes = (MAX_DEPTH + 2) * (INLINE_DEPTH + 1) * (8 + 8 * MAX_SLOTS);
    this.argsAddress = heap.allocStatic(argsBytes + ubBytes + siteWordsBytes(MAX_DEPTH));
    this.ubStart = this.argsAddress + argsBytes;
    this.siteWords = siteWordsAddress(this.argsAddress, MAX_DEPTH);
    this.table = new (wasmApi().Table)({ initial: 64, element: 'anyfunc' });
    this.imports.table = this.table;
  }

  // ---- deopt trace ----

  /** Delivers every later compile, bail-out, invalidation, deopt and OSR event to `l`. */
  addTraceListener(l: TraceListener): void {
    this.listeners.push(l);
  }

  removeTraceListener(l: TraceListener): void {
    const i = this.listeners.indexOf(l);
    if (i >= 0) this.listeners.splice(i, 1);
  }

  /** Milliseconds since the VM started (the trace's clock). */
  now(): number {
    return Math.round((performance.now() - this.t0) * 1000) / 1000;
  }

  private emit(e: TraceEvent): void {
    for (const l of this.listeners) l(e);
  }

  /** The VM ended: stop the background compiler; results still in flight are dropped. */
  shutdown(): void {
    this.closed = true;
    this.service?.close();
    this.service = null;
  }

  // ---- Tiering ----

  invoke(t: JavaThread, P: Prepared, base: number): TierResult {
    if (this.cha.changed) this.checkHierarchy();
    let c = P.compiled as CompiledMethod | null;
    if (c === null) {
      if (this.warm(P) && P.hot > 0) return TierResult.Interpret;
      c = this.compileHot(P, this.options.compileAll ? 'xcomp' : 'invocations');
      if (c === null) return TierResult.Interpret;
    }
    P.hot = 0;
    if (c.quick && c.osrPcs.length > 0 && ++c.entries >= TIER_UP_CALLS) c = this.tierUp(c);
    this.current = t;
    const s = t.stack, A = this.argsAddress, heap = this.vm.heap;
    const i32 = heap.i32, a = A >> 2;
    let slot = base;
    for (let i = 0; i < c.params.length; i++) {
      switch (c.params[i]) {
        case WT.I: i32[a + 2 * i] = s[slot++]!; break;
        case WT.F: heap.f32[a + 2 * i] = s[slot++]!; break;
        case WT.J: i32[a + 2 * i] = s[slot]!; i32[a + 2 * i + 1] = s[slot + 1]!; slot += 2; break;
        default: heap.f64[(A >> 3) + i] = s[slot]!; slot += 2;
      }
    }
    this.entryOsr = false;
    this.enter();
    if (c.entry() === 0) {
      this.result(c, s, base);
      return TierResult.Returned;
    }
    return this.unwind(t, base, null);
  }

  loop(t: JavaThread, f: Frame, P: Prepared): TierResult {
    if (this.cha.changed) this.checkHierarchy();
    let c = P.compiled as CompiledMethod | null;
    if (c === null) {
      if (this.warm(P) && P.loops > 0) return TierResult.Interpret;
      c = this.compileHot(P, this.options.compileAll ? 'xcomp' : 'backedges');
      if (c === null) return TierResult.Interpret;
    }
    if (c.quick && c.entries >= TIER_UP_CALLS) c = this.tierUp(c);
    const k = c.osrEntry === null ? -1 : c.osrPcs.indexOf(f.pc);
    if (k < 0) {
      P.loops = this.fullLoop;
      return TierResult.Interpret;
    }
    P.loops = 0; // every backward branch of this method asks again (it runs interpreted only after a deopt)
    const state = c.states.get(f.pc);
    const s = t.stack, A = this.argsAddress, heap = this.vm.heap;
    for (let i = 0; i < state.length; i += 2) {
      const v = s[f.lp + state[i]!]!, addr = A + 4 * i;
      switch (state[i + 1]) {
        case 2: heap.f32[addr >> 2] = v; break; // SlotKind.Float
        case 3: heap.i32[addr >> 2] = v; heap.i32[(addr >> 2) + 1] = s[f.lp + state[i]! + 1]!; break; // Long
        case 4: heap.f64[addr >> 3] = v; break; // Double
        default: heap.i32[addr >> 2] = v;
      }
    }
    if (this.listeners.length > 0) this.emit({ ev: 'osr', t: this.now(), id: c.id, method: String(P.method), pc: f.pc });
    this.current = t;
    this.entryOsr = true;
    this.enter();
    if (c.osrEntry!(k) === 0) {
      this.result(c, s, f.lp + P.stackOffset);
      return TierResult.Returned;
    }
    return this.unwind(t, -1, f);
  }

  // ---- entry, exit, polls ----

  private enter(): void {
    const g = this.globals;
    this.roots.refresh();
    g.ub.value = this.ubStart;
    g.deopt.value = 0;
    g.depth.value = this.entryDepth; // (under an adapter run: the compiled frames below count)
    this.pending = null;
    if (this.options.deoptimizeALot) g.budget.value = 0;
    else if (g.budget.value <= 0) g.budget.value = this.pollInterval();
  }

  /** Polls between two questions to the scheduler (diagnostic slice budgets make it shorter). */
  private pollInterval(): number {
    const n = this.vm.compiledSliceBudget;
    return n > 0 && n < POLL_INTERVAL ? n : POLL_INTERVAL;
  }

  /** Copies a compiled call's result from the args buffer to slots `at`.. (docs/frame-layout.md encoding). */
  private result(c: CompiledMethod, s: Float64Array, at: number): void {
    const A = this.argsAddress, heap = this.vm.heap;
    switch (c.result) {
      case null: return;
      case WT.I: s[at] = heap.i32[A >> 2]!; return;
      case WT.F: s[at] = heap.f32[A >> 2]!; return;
      case WT.J: s[at] = heap.i32[A >> 2]!; s[at + 1] = heap.i32[(A >> 2) + 1]!; return;
      default: s[at] = heap.f64[A >> 3]!; s[at + 1] = 0;
    }
  }

  /**
   * The safepoint poll's slow path (compiled code calls it when its budget runs out). Returns 1 to
   * make the compiled frame deoptimize.
   */
  private poll(isEntry: number): number {
    if (this.options.deoptimizeALot) {
      // Every poll deoptimizes, except the entry poll of a call made by the interpreter: a
      // compiled method must make progress for the stress mode to test anything.
      return isEntry !== 0 && this.globals.depth.value === this.entryDepth + 1 ? 0 : 1;
    }
    if (this.vm.compiledSliceBudget > 0 || this.vm.scheduler.preemptionRequested()) {
      // (A diagnostic slice budget ends the slice at every question, like the interpreter's.)
      this.yieldRequested = true;
      return 1;
    }
    this.globals.budget.value = POLL_INTERVAL;
    return 0;
  }

  /** Compiled code deoptimized: rebuild interpreter frames (deopt/unwind.ts) and apply the policy. */
  private unwind(t: JavaThread, base: number, osrFrame: Frame | null): TierResult {
    const heap = this.vm.heap;
    const tracing = this.listeners.length > 0;
    const start = tracing ? performance.now() : 0;
    const records = readRecords(heap, this.ubStart, this.globals.ub.value, (id) => this.byId[id]!);
    const pending = this.pending;
    this.pending = null;
    // Under an adapter run the stack limits are lowered for the compiled frames below it; these
    // frames are rebuilt against the real ones, and the run stops if they exceed the lowered ones.
    const slotLimit = t.slotLimit, frameLimit = t.frameLimit;
    t.slotLimit = t.stack.length;
    t.frameLimit = t.maxFrames;
    let adapted: TierResult | null = null;
    try {
      rebuildFrames(t, heap, records, base, osrFrame);
      if (pending !== null) adapted = this.finishAdapter(t, pending);
    } finally {
      t.slotLimit = slotLimit;
      t.frameLimit = frameLimit;
    }
    if (slotLimit < t.stack.length && exceeds(t, slotLimit, frameLimit)) {
      this.mustUnwind = true;
      if (adapted === null || adapted === TierResult.Deopted) adapted = TierResult.DeoptedYield;
    }
    const inner = records[0]!;
    // A synchronized method stopped before taking its lock: enter the monitor now, as the
    // interpreter does after pushing the frame (blocking the thread when another one owns it).
    const blocked = inner.lockPending && !enterSynchronized(this.vm, t, t.top);
    for (const r of records) if (r.target instanceof InlinedFrames) this.stats.inlinedFramesRebuilt++;
    // (Innermost `caller`: the call reached a stub, compiler.ts emitStub: its method had no code.)
    const name = inner.reason === DeoptReason.Caller ? 'not-compiled' : DEOPT_REASON_NAMES[inner.reason] ?? String(inner.reason);
    this.stats.deopts.set(name, (this.stats.deopts.get(name) ?? 0) + 1);
    if (tracing) {
      const ms = performance.now() - start;
      // The code is the host's (compile id); method and pc are the innermost frame's, inlined or not.
      const c = hostOf(inner.target as CompiledMethod | InlinedFrames);
      const frames: string[] = [];
      for (let i = records.length - 1; i >= 0; i--) frames.push(`${records[i]!.target.P.method}@${records[i]!.pc}`);
      const callee = pending === null ? '' : pending.method.code === null ? 'native callee' : 'interpreted callee';
      const detail = pending !== null ? `${callee} ${pending.method}: ${pending.kind === 'suspend' ? pending.why : pending.kind === 'throw' ? 'threw' : 'returned after a class-hierarchy change'}` : this.guardDetail(inner);
      this.emit({
        ev: 'deopt', t: this.now(), id: c.id, method: String(inner.target.P.method), pc: inner.pc, reason: name, ...(detail === undefined ? {} : { detail }),
        frames, thread: this.threadName(t), ms: Math.round(ms * 1000) / 1000,
      });
    }
    if (adapted !== null) {
      // (Not a failed speculation: no policy.) A run that stopped ends the slice here.
      if (pending?.kind === 'suspend' && (adapted === TierResult.DeoptedYield || adapted === TierResult.DeoptedBlocked)) {
        this.lastYield = {
          thread: t, slice: this.vm.scheduler.slices + 1, osr: osrFrame !== null,
          frames: records.map((r) => `${r.target.P.method} pc ${r.pc}`),
          interpreted: pending.frames.map((f) => `${f.method} pc ${f.pc}`).reverse(),
        };
        this.onPollYield?.(this.lastYield);
      }
      return adapted;
    }
    if (inner.reason === DeoptReason.Poll && this.yieldRequested) {
      const c = hostOf(inner.target as CompiledMethod | InlinedFrames);
      if (c.quick && c.osrPcs.length > 0) c.entries += TIER_UP_CALLS / TIER_UP_POLLS;
    }
    if (inner.reason === DeoptReason.Poll && this.options.deoptimizeALot) {
      // Stress mode: every poll deoptimizes; re-entering by OSR at the very next back edge would
      // make each loop iteration a deopt, so the interpreter runs a few iterations first.
      for (const r of records) if (r.target.P.loops <= 0) r.target.P.loops = ALOT_REENTRY;
    } else if (inner.reason === DeoptReason.Invalidated) {
      // A call reached invalidated code through the table: the caller was compiled against it.
      const caller = records[1];
      if (caller !== undefined) this.invalidate(hostOf(caller.target as CompiledMethod | InlinedFrames), `called invalidated ${inner.target.P.method}`);
    } else if (inner.reason === DeoptReason.Monitor) {
      // The frames go on interpreted for a while (calls from the interpreter to the method that
      // waited, too): where a queue formed, an interpreted monitorenter just blocks.
      for (const r of records) if (r.target.P.loops <= 0) r.target.P.loops = MONITOR_REENTRY;
      if (inner.target.P.hot <= 0) inner.target.P.hot = MONITOR_REENTRY / 10;
    } else if (inner.reason === DeoptReason.UnstableIf) {
      this.unstableIfTrap(inner);
    } else if (inner.reason !== DeoptReason.Poll) {
      const c = hostOf(inner.target as CompiledMethod | InlinedFrames);
      // An uncommon trap (an instruction that could not be resolved at compile time) drops the code
      // at once: a recompile sees the interpreter's resolution. Other deopts (a callee without code
      // yet, a class being initialized, ...) drop it when they keep happening.
      if (inner.reason === DeoptReason.Unresolved) this.invalidate(c, `${name} at pc ${inner.pc}`);
      else if (++c.deopts > DEOPT_LIMIT) this.invalidate(c, `too many deopts (${name}, last at pc ${inner.pc})`);
    }
    if (blocked) {
      this.yieldRequested = false;
      return TierResult.DeoptedBlocked;
    }
    if (this.yieldRequested) {
      this.yieldRequested = false;
      this.lastYield = {
        thread: t, slice: this.vm.scheduler.slices + 1, osr: osrFrame !== null,
        frames: records.map((r) => `${r.target.P.method} pc ${r.pc}`),
      };
      this.onPollYield?.(this.lastYield);
      return TierResult.DeoptedYield;
    }
    return TierResult.Deopted;
  }

  // ---- calls from compiled code into the interpreter (docs/deopt.md "Calls into the interpreter") ----

  /**
   * The `i2c` import, called by a stub `n<k>` (a method without code behind table slot `k`) or by
   * a virtual/interface call whose target has no code (`k` = -1: jit/dispatch.ts `lastTarget`),
   * with the arguments in the args buffer: runs the method in the interpreter, on top of the
   * thread's frames, to completion. 0: it returned, the result is in the args buffer. 1: the
   * compiled callers must unwind (the stub or call site raises the deopt flag); {@link pending}
   * says what {@link unwind} then finishes, or nothing: the interpreter makes the call (too deep).
   */
  private interpretCall(k: number): number {
    const t = this.current, vm = this.vm;
    let m: RtMethod | null | undefined;
    if (k < 0) m = this.sites.lastTarget;
    else {
      const x = this.byId[k];
      m = x instanceof CompiledMethod ? x.P.method : this.slotMethods.get(k);
    }
    if (t === null || m === null || m === undefined) return 1;
    if (m.code === null) return this.nativeCall(t, m);
    if (this.adapterNesting >= MAX_ADAPTER_NESTING) return 1;
    const g = this.globals, depth = g.depth.value;
    const P = preparedIn(vm, m);
    // Calls through the adapter count towards the callee's compile, as interpreted calls do.
    if (--P.hot <= 0 && P.compiled === null && !(this.warm(P) && P.hot > 0)) {
      if (this.compileHot(P, this.options.compileAll ? 'xcomp' : 'invocations') !== null) P.hot = 0;
    }
    const sig = this.signatureOf(m);
    const s = t.stack;
    // The compiled frames since the last adapter run take no slots now, but will once they unwind:
    // lower the limits by an upper bound of what they take, so that an overflow is never found
    // deeper than the interpreter would find it (then they unwind and it is decided again).
    const slotLimit = t.slotLimit, frameLimit = t.frameLimit, compiled = depth - this.entryDepth;
    t.slotLimit = slotLimit - compiled * this.frameSlotBound;
    t.frameLimit = frameLimit - compiled * (INLINE_DEPTH + 1);
    const lp = t.freeSlot();
    if (!t.pushFrame(m, lp, FrameKind.Adapter)) {
      t.slotLimit = slotLimit;
      t.frameLimit = frameLimit;
      return 1;
    }
    this.argsToStack(sig.params, s, lp);
    const boundary = t.depth - 1, ub = g.ub.value, entryDepth = this.entryDepth, entryOsr = this.entryOsr, breaks = this.hierarchyBreaks;
    this.adapterNesting++;
    this.hideCompiledFrames(boundary);
    this.entryDepth = depth;
    let r: RunResult | -1;
    try {
      r = m.isSynchronized && !enterSynchronized(vm, t, t.top) ? RunResult.Blocked : this.runInterpreted(t);
    } catch (e) {
      if (e !== UNWIND_COMPILED) throw e;
      r = -1; // a collection, a stack walk or a stack overflow: needs the compiled frames unwound
    } finally {
      this.adapterNesting--;
      this.revealCompiledFrames();
      this.entryDepth = entryDepth;
      this.entryOsr = entryOsr;
      t.slotLimit = slotLimit;
      t.frameLimit = frameLimit;
      // Entries from the nested interpreter run reset these; the compiled callers wrote nothing yet.
      g.ub.value = ub;
      g.depth.value = depth;
      g.deopt.value = 0;
      this.current = t;
    }
    if (r === RunResult.AdapterReturned) return this.returnToCompiled(m, sig.result, s, lp, breaks);
    if (r === RunResult.AdapterThrew) return this.threw(m, t.adapterException, t);
    // The run stopped: keep its frames (they go back on top once the compiled callers are interpreter frames).
    this.mustUnwind = false;
    const frames: SavedFrame[] = [];
    let end = lp;
    for (let d = boundary; d < t.depth; d++) {
      const f = t.frames[d]!;
      frames.push({ method: f.method, pc: f.pc, lp: f.lp, sp: f.sp, kind: f.kind, initClass: f.initClass });
      end = Math.max(end, f.stackBase + f.method.code!.maxStack + 2);
    }
    t.depth = boundary;
    const result = r === RunResult.Blocked ? TierResult.DeoptedBlocked : r === RunResult.Yielded ? TierResult.DeoptedYield
      : r === RunResult.Exit ? TierResult.DeoptedExit : TierResult.Deopted;
    const why = r === RunResult.Blocked ? 'blocked' : r === RunResult.Yielded ? 'yielded' : r === RunResult.Exit ? 'exit' : 'needs interpreter frames';
    this.pending = { kind: 'suspend', method: m, result, why, lp, frames, slots: s.slice(lp, Math.min(end, s.length)) };
    return 1;
  }

  /**
   * The result of an adapter's callee (at slot `at` of `s`) goes to the args buffer: 0, the
   * compiled caller goes on; or 1, it must unwind (a class loaded meanwhile broke an assumption of
   * the compiled callers' code: the invoke completes in the interpreter).
   */
  private returnToCompiled(m: RtMethod, result: WT | null, s: Float64Array, at: number, breaks: number): number {
    const heap = this.vm.heap, A = this.argsAddress, a = A >> 2;
    switch (result) {
      case null: break;
      case WT.I: heap.i32[a] = s[at]!; break;
      case WT.F: heap.f32[a] = s[at]!; break;
      case WT.J: heap.i32[a] = s[at]!; heap.i32[a + 1] = s[at + 1]!; break;
      default: heap.f64[A >> 3] = s[at]!;
    }
    if (this.cha.changed) this.checkHierarchy();
    // The callee's work does not count down the callers' polls: if the scheduler wants the
    // thread, the callers' next poll asks it. Not under a diagnostic slice budget, whose slices
    // end by count alone, as the interpreter's do: the scheduler's wish includes its event-loop
    // clock (8 ms since the last yield), so asking it here made the slice count of a run depend
    // on how fast the process ran (threads/ProducerConsumer under -Xcomp took 2537 to 2540
    // slices from run to run, in fresh processes as in a warm one; test/jit/slice-count.test.ts).
    if (this.vm.compiledSliceBudget === 0 && this.vm.scheduler.preemptionRequested()) this.globals.budget.value = 0;
    if (this.hierarchyBreaks === breaks) return 0;
    this.pending = { kind: 'return', method: m, v0: s[at]!, v1: s[at + 1]! };
    return 1;
  }

  /**
   * Callee `m` (an adapter run or a native) threw `ex`: it goes to the exception word and the flag
   * becomes {@link EXCEPTION_FLAG}, so compiled callers with a matching handler catch it
   * (compiler.ts `afterCall`, which then calls {@link caught}); if none does, the callers unwind and
   * the invoke of the top one throws it in the interpreter ({@link finishAdapter}).
   */
  private threw(m: RtMethod, ex: number, t?: JavaThread): number {
    this.pending = { kind: 'throw', method: m, exception: ex };
    if (t !== undefined) t.adapterException = 0;
    this.vm.heap.i32[this.siteWords >> 2] = ex;
    return EXCEPTION_FLAG;
  }

  /** The `exget` import: a compiled handler caught the callee's exception; returns it (the unwind it would have caused is off). */
  private caught(): number {
    const w = this.siteWords >> 2, i32 = this.vm.heap.i32, ex = i32[w]!;
    i32[w] = 0;
    this.pending = null;
    return ex;
  }

  /**
   * The `exmatch` import: whether an exception of class `cls` is caught by row `row` of the
   * exception table of the method of record `record` (a compiled method or inlined frames), whose
   * catch type was not loaded when the code was compiled. A class not loaded now has no instances
   * or subclasses, so it catches nothing (the interpreter's findHandler would load it; loading has
   * no other effect).
   */
  private catches(cls: number, record: number, row: number): number {
    const name = this.byId[record]?.P.method.code?.exceptionTable[row]?.catchType;
    if (name === undefined || name === null) return name === null ? 1 : 0;
    const c = this.vm.registry.peek(name);
    return c !== undefined && this.vm.registry.byId[cls]!.supertypes.has(c) ? 1 : 0;
  }

  /**
   * The `newexc` import: compiled code `id` at an instruction that throws, named by its call site
   * `site` (which goes to the site word of its depth, compiler.ts `implicitThrow`), gets the
   * exception the interpreter would throw there (jit/implicit-exceptions.ts), created under the
   * compiled frames as for a native that threw: its stack trace names them from their site words.
   * It goes to the exception word too. 0 when creating it needs them unwound (a collection, a
   * frame it cannot name, a class loaded for it that broke an assumption of compiled code): the
   * frame deoptimizes and the interpreter throws.
   */
  private implicitThrow(kind: ImplicitKind, a: number, b: number, id: number, site: number): number {
    const t = this.current, vm = this.vm, i32 = vm.heap.i32, depth = this.globals.depth.value;
    const w = (this.siteWords + 8 * depth) >> 2, c = this.byId[id];
    i32[w] = id;
    i32[w + 1] = site;
    const frames = c instanceof CompiledMethod ? c.callSites[site] : undefined;
    const inner = frames === undefined ? undefined : this.byId[frames[0]!];
    if (t === null || inner === undefined) return 0;
    const e = implicitException(vm, kind, a, b, inner.P.method, frames![1]!);
    this.hideCompiledFrames(t.depth);
    try {
      const ex = vm.createThrowable(t, e.javaClass, e.message, 0, false), breaks = this.hierarchyBreaks;
      // (Its class, loaded just now, may break an assumption of the compiled frames: then they unwind.)
      if (this.cha.changed) this.checkHierarchy();
      if (this.hierarchyBreaks !== breaks) return 0;
      this.stats.implicitExceptions++;
      i32[this.siteWords >> 2] = ex;
      return ex;
    } catch (u) {
      if (u !== UNWIND_COMPILED) throw u;
      return 0;
    } finally {
      this.revealCompiledFrames();
    }
  }

  /** Copies arguments from the args buffer to slots `at`.. of `s` (docs/frame-layout.md encoding). */
  private argsToStack(params: readonly WT[], s: Float64Array, at: number): void {
    const heap = this.vm.heap, A = this.argsAddress, a = A >> 2;
    let slot = at;
    for (let i = 0; i < params.length; i++) {
      switch (params[i]) {
        case WT.I: s[slot++] = heap.i32[a + 2 * i]!; break;
        case WT.F: s[slot++] = heap.f32[a + 2 * i]!; break;
        case WT.J: s[slot] = heap.i32[a + 2 * i]!; s[slot + 1] = heap.i32[a + 2 * i + 1]!; slot += 2; break;
        default: s[slot] = heap.f64[(A >> 3) + i]!; s[slot + 1] = 0; slot += 2;
      }
    }
  }

  /**
   * The native adapter (docs/deopt.md "Calls of natives"): compiled code calls native `m` (not an
   * intrinsic) through `i2c`, arguments in the args buffer. They are copied to the slots above the
   * thread's top interpreter frame, whose `sp` covers them while the native runs (so a native sees
   * its arguments at `t.top.sp - argSlots`, as when the interpreter calls it, and frames it pushes
   * go above them), and the native runs exactly as the interpreter runs it (`callNative`). 0: it
   * returned, the result is in the args buffer. 1: the compiled callers unwind, and what the
   * native did is finished on the rebuilt caller, which is at the invoke with the arguments on
   * its stack: it parked the thread (the invoke completes when the thread resumes, as for an
   * interpreted caller: `inNative`), ended the VM, pushed frames to run first (they go on top and
   * the invoke runs again when they return), threw (the exception is created there, its stack
   * trace naming the callers), or needed interpreter frames (a collection, a stack walk, a stack
   * overflow against the lowered limits: the invoke runs again in the interpreter, as after
   * `RETRY_AFTER_GC`, so natives must have no side effects before those, docs/natives.md).
   */
  private nativeCall(t: JavaThread, m: RtMethod): number {
    const vm = this.vm, s = t.stack, top = t.top, sp = top.sp, depth0 = t.depth;
    const sig = this.signatureOf(m);
    const base = t.freeSlot(), end = base + m.argSlots;
    const stop = (why: string, result: TierResult, frames: SavedFrame[] = [], slots = new Float64Array(0)): number => {
      this.pending = { kind: 'suspend', method: m, result, why, lp: end, frames, slots, native: true };
      return 1;
    };
    this.stats.nativeCalls++;
    // As for an interpreted callee: the compiled frames take no slots yet (see interpretCall).
    const slotLimit = t.slotLimit, frameLimit = t.frameLimit, compiled = this.globals.depth.value - this.entryDepth;
    if (end + 2 > slotLimit - compiled * this.frameSlotBound) return stop('no room on the stack', TierResult.Deopted);
    this.argsToStack(sig.params, s, base);
    top.sp = end;
    t.slotLimit = slotLimit - compiled * this.frameSlotBound;
    t.frameLimit = frameLimit - compiled * (INLINE_DEPTH + 1);
    const breaks = this.hierarchyBreaks;
    this.hideCompiledFrames(depth0);
    let r: NativeOutcome;
    try {
      r = callNative(vm, t, m, end);
    } catch (e) {
      if (e instanceof JavaException) return this.threw(m, e.exception);
      if (e instanceof JavaThrow && !(e.javaClass === 'java/lang/StackOverflowError' && t.slotLimit < t.stack.length)) {
        // Created here, its stack trace naming the compiled callers from their site words, as the
        // interpreter creates it at the invoke; the native is not called again (its side effects,
        // such as clearing the interrupt flag, happened). A helpful NullPointerException message
        // describes the invoke's pc in the interpreter frame, so that one waits for the unwind.
        if (!(e instanceof NullPointerThrow && e.javaMessage === null)) {
          try {
            return this.threw(m, vm.createThrowable(t, e.javaClass, e.javaMessage, e.cause0, false));
          } catch (u) {
            if (u !== UNWIND_COMPILED) throw u;
          }
        }
        // Else created once the callers unwound, at the invoke.
        t.pendingThrow = e;
        return stop('threw', TierResult.Deopted);
      }
      // A collection, a stack walk, a stack overflow against the lowered limits (or any other
      // failure): the interpreter calls the native again once the callers are interpreter frames.
      return stop('needs interpreter frames', TierResult.Deopted);
    } finally {
      this.revealCompiledFrames();
      t.slotLimit = slotLimit;
      t.frameLimit = frameLimit;
      top.sp = sp;
      this.current = t;
    }
    switch (r) {
      case NativeOutcome.Done: return this.returnToCompiled(m, sig.result, s, base, breaks);
      case NativeOutcome.Blocked: return stop('blocked', TierResult.DeoptedBlocked);
      case NativeOutcome.Exit: return stop('exit', TierResult.DeoptedExit);
      default: {
        // Frames pushed (a class initialization to run first, REEXECUTE): they go on top of the
        // rebuilt caller, whose invoke runs the native again when they return.
        const frames: SavedFrame[] = [];
        let last = end;
        for (let d = depth0; d < t.depth; d++) {
          const f = t.frames[d]!;
          frames.push({ method: f.method, pc: f.pc, lp: f.lp, sp: f.sp, kind: f.kind, initClass: f.initClass });
          last = Math.max(last, f.stackBase + f.method.code!.maxStack + 2);
        }
        t.depth = depth0;
        return stop('pushed frames', TierResult.Deopted, frames, s.slice(end, Math.min(last, s.length)));
      }
    }
  }

  /**
   * Runtime code is about to run under the compiled frames since the last entry from the
   * interpreter (an adapter run, a native, an exception's creation): they stay where they are,
   * between interpreter frames `at - 1` and `at`, named by their site words for stack walks
   * ({@link stackFrames}), and anything that needs them as interpreter frames (a collection)
   * throws UNWIND_COMPILED meanwhile (Vm.hiddenCompiledFrames). {@link revealCompiledFrames} ends it.
   */
  private hideCompiledFrames(at: number): void {
    this.vm.hiddenCompiledFrames++;
    this.segments.push({ at, lo: this.entryDepth, hi: this.globals.depth.value, osr: this.entryOsr });
  }

  private revealCompiledFrames(): void {
    this.vm.hiddenCompiledFrames--;
    this.segments.pop();
  }

  /**
   * The Java frames of `t`, top first, while compiled frames are hidden below an adapter run or a
   * native call (Vm.compiledStack, for stack traces): the interpreter frames, and between them each
   * hidden compiled frame with its inlined callers, named by the site word of its depth (which
   * call it is in: compiler.ts `siteStore`). An OSR frame's interpreter frame is stale: its
   * compiled frame stands for it. Null when a word names no known call site.
   */
  private stackFrames(t: JavaThread): Array<[RtMethod, number]> | null {
    if (t !== this.current) return null;
    const out: Array<[RtMethod, number]> = [];
    const i32 = this.vm.heap.i32, segs = this.segments;
    let si = segs.length - 1, stale = -1;
    const hidden = (seg: HiddenSegment): boolean => {
      for (let d = seg.hi; d > seg.lo; d--) {
        const w = (this.siteWords + 8 * d) >> 2;
        const c = this.byId[i32[w]!];
        const site = c instanceof CompiledMethod ? c.callSites[i32[w + 1]!] : undefined;
        if (site === undefined) return false;
        for (let i = 0; i < site.length; i += 2) {
          const r = this.byId[site[i]!];
          if (r === undefined) return false;
          out.push([r.P.method, site[i + 1]!]);
        }
      }
      if (seg.osr) stale = seg.at - 1;
      return true;
    };
    for (let d = t.depth - 1; d >= 0; d--) {
      while (si >= 0 && segs[si]!.at > d) if (!hidden(segs[si--]!)) return null;
      if (d === stale) continue;
      const f = t.frames[d]!;
      out.push([f.method, f.pc]);
    }
    while (si >= 0) if (!hidden(segs[si--]!)) return null;
    return out;
  }

  /** Runs `t`'s interpreter frames until the adapter frame returns or throws, or the thread must stop. */
  private runInterpreted(t: JavaThread): RunResult {
    for (;;) {
      const r = runSlice(this.vm, t);
      // A slice that ended without anyone waiting (budget, code space grown) just goes on.
      if (r !== RunResult.Yielded || this.mustUnwind || this.options.deoptimizeALot || this.vm.compiledSliceBudget > 0 ||
        this.vm.scheduler.preemptionRequested()) return r;
    }
  }

  /**
   * The compiled callers of an adapter run unwound (their frames rebuilt, the top one at the
   * invoke with the arguments on its stack): finishes what the run started.
   */
  private finishAdapter(t: JavaThread, p: AdapterPending): TierResult {
    const s = t.stack, top = t.top;
    top.sp -= p.method.argSlots;
    switch (p.kind) {
      case 'return': {
        top.pc += instructionLength(top.method.code!.code, top.pc);
        const n = slotsOf(p.method.returnKind);
        if (n > 0) s[top.sp] = p.v0;
        if (n > 1) s[top.sp + 1] = p.v1;
        top.sp += n;
        return TierResult.Deopted;
      }
      case 'throw':
        // The invoke throws it when the thread goes on, as after a native that parked and threw
        // (invoke-native.ts resumeFromNative; it reads the arguments' size from nativeMethod).
        top.sp += p.method.argSlots;
        t.inNative = true;
        t.nativeMethod = p.method;
        t.resumeException = p.exception;
        return TierResult.DeoptedYield;
      default: {
        // (A native's arguments stay: the invoke completes or runs again with them.)
        if (p.native === true) top.sp += p.method.argSlots;
        const delta = top.sp - p.lp;
        if (top.sp + p.slots.length > s.length) throw new JavaThrow('java/lang/StackOverflowError');
        s.set(p.slots, top.sp);
        p.frames.forEach((f, i) => {
          if (!t.pushFrame(f.method, f.lp + delta, i === 0 && p.native !== true ? FrameKind.Normal : f.kind)) throw new JavaThrow('java/lang/StackOverflowError');
          const g = t.top;
          g.pc = f.pc;
          g.sp = f.sp + delta;
          g.initClass = f.initClass;
        });
        const e = t.pendingThrow;
        if (e instanceof JavaThrow) {
          // An exception raised in the run (src/interp/unwind.ts handleThrowable): created once no
          // compiled frame is left below (else the run below stops too), thrown at the top frame's
          // pc when the thread goes on, as a parked native's exception is.
          if (this.vm.hiddenCompiledFrames > 0) {
            this.mustUnwind = true;
            return TierResult.DeoptedYield;
          }
          t.pendingThrow = null;
          const ex = this.vm.createThrowable(t, e.javaClass, e.javaMessage, e.cause0, e instanceof NullPointerThrow);
          t.inNative = true;
          t.nativeMethod = t.top.method;
          t.resumeException = ex;
          return TierResult.DeoptedYield;
        }
        return p.result;
      }
    }
  }

  /** Wasm parameter and result types of `m` (how the args buffer holds its arguments and result). */
  private signatureOf(m: RtMethod): { params: WT[]; result: WT | null } {
    let sig = this.signatures.get(m);
    if (sig === undefined) this.signatures.set(m, (sig = signature(this.binaryen!, m)));
    return sig;
  }

  // ---- monitors and profile-driven speculation (docs/deopt.md "Monitors", "Speculation") ----

  /**
   * The fast paths compiled code calls for monitors (they never wait, never run Java, never
   * allocate): enter/exit succeed (1) when no waiting is needed, on the VM's one monitor table, so
   * interpreter and compiled frames share the very same ownership and recursion counts; 0 makes
   * the compiled code deoptimize and the interpreter block or throw. `notify`/`notifyAll` (checked
   * intrinsics) move waiters to the entry queue, as the natives do, when the thread owns the monitor.
   */
  private monitorImports(): Record<string, (o: number) => number> {
    const monitors = this.vm.monitors;
    const notify = (o: number, all: boolean): number => {
      if (o === 0 || !monitors.holds(this.current!, o)) return 0;
      monitors.notify(this.current!, o, all);
      return 1;
    };
    return {
      monenter: (o) => (monitors.tryEnter(this.current!, o) ? 1 : 0),
      monexit: (o) => (monitors.tryExit(this.current!, o) ? 1 : 0),
      notify: (o) => notify(o, false),
      notifyAll: (o) => notify(o, true),
    };
  }

  /**
   * A method's countdown ran out for the first time: it is warm. Starts its branch profile (once;
   * never with -Xcomp, whose methods compile at once and are profiled only when their code is
   * dropped) and extends both countdowns to the full thresholds. True when it started now.
   */
  private warm(P: Prepared): boolean {
    if (this.options.compileAll || P.profile !== null) return false;
    startProfiling(P);
    P.hot += this.fullInvoke - this.invokeThreshold;
    P.loops += this.fullLoop - this.loopThreshold;
    return true;
  }

  /** Whether code compiled for (or inlining) `P` may speculate on its branch profile. */
  private speculates(P: Prepared): boolean {
    return this.infoOf(P).unstableIfTraps < UNSTABLE_IF_LIMIT;
  }

  /**
   * An `unstable-if` trap: a branch went the way its profile never saw. HotSpot's action
   * (Action_reinterpret): the code is made not entrant at once, and the interpreter, which re-executes the
   * branch in profiling mode, records that direction, so the recompile does not speculate on it.
   * After {@link UNSTABLE_IF_LIMIT} traps in one method, its branches are no longer speculated on.
   */
  private unstableIfTrap(r: DeoptRecord): void {
    const info = this.infoOf(r.target.P);
    const c = hostOf(r.target as CompiledMethod | InlinedFrames);
    const last = ++info.unstableIfTraps === UNSTABLE_IF_LIMIT;
    // The trap is a sample of the direction never seen (the interpreter counts the re-executed
    // branch too when the method is being profiled; an inlined callee with code of its own is not).
    const P = r.target.P, never = neverTaken(P, r.pc);
    if (never !== null) P.profile![2 * r.pc + (never === 'taken' ? 0 : 1)]!++;
    // Compiled callers reach the code through the table: they get its `d<id>` stub (as after a
    // class-hierarchy change), so they deoptimize and are recompiled instead of trapping every call.
    if (c.invalidatedEntry !== null && c.P.compiled === c) this.table!.set(c.id, c.invalidatedEntry);
    this.invalidate(c, `unstable-if at pc ${r.pc}${r.target !== c ? ` of inlined ${r.target.P.method}` : ''}${last ? '; recompiled without branch speculation' : ''}`);
  }

  /** The guard reason of the stop point a deopt came from (the trace's `detail`), for guards only. */
  private guardDetail(r: DeoptRecord): string | undefined {
    if (r.reason !== DeoptReason.UnstableIf && r.reason !== DeoptReason.Monitor) return undefined;
    const id = (r.target as CompiledMethod | InlinedFrames).id;
    return hostOf(r.target as CompiledMethod | InlinedFrames).stops.find((s) => s.recordId === id && s.pc === r.pc && s.reason !== undefined && (s.kind === 'guard' || s.kind === 'call'))?.reason;
  }

  /**
   * Classes were loaded: code that relied on a class-hierarchy assumption they break is dropped
   * and its table entry replaced by its `d<id>` stub, so compiled callers deoptimize when they call
   * it. No frame of that code is active (jit/cha.ts explains why), so nothing else is needed.
   */
  private checkHierarchy(): void {
    for (const { assumption, by } of this.cha.sync()) {
      for (const d of assumption.dependents) {
        const c = this.byId[d.id] as CompiledMethod;
        c.stale = true;
        this.hierarchyBreaks++;
        this.invalidate(c, `${assumption.text}, broken by ${by.name}`);
        if (c.invalidatedEntry !== null) this.table!.set(c.id, c.invalidatedEntry);
      }
      assumption.dependents.clear();
    }
  }

  /** Uninstalls `c` (callers compiled against it keep calling it through the table: it stays correct). */
  private invalidate(c: CompiledMethod, why: string): void {
    const P = c.P;
    if (P.compiled !== c) return;
    P.compiled = null;
    this.sites.clear(); // inline caches may hold its id
    this.stats.invalidated++;
    const info = this.infoOf(P);
    const more = info.compiles < MAX_COMPILES;
    // Compiled callers now hand their calls to the interpreter (which counts them towards the
    // recompile, whose code they then call); code compiled for the last time stays if still valid.
    if (more || c.stale) for (const k of this.routesOf(P.method)) this.setTable(k, c.stub);
    // Let the interpreter run the method a while before recompiling (it resolves what it meets),
    // so that -Xcomp does not recompile once per newly resolved instruction.
    P.hot = more ? Math.max(this.fullInvoke, RECOMPILE_CALLS) : NEVER;
    P.loops = more ? Math.max(this.fullLoop, 10 * RECOMPILE_CALLS) : NEVER;
    // Interpreted runs until the recompile profile its branches (-Xcomp compiled it before any profile).
    if (more) startProfiling(P);
    if (!more) info.failed = 'deoptimized too often';
    this.log(`made not entrant: ${P.method} (${why})${more ? '' : '; not compiled again'}`);
    if (this.listeners.length > 0) this.emit({ ev: 'invalidate', t: this.now(), id: c.id, method: String(P.method), reason: why });
  }

  /** The Java name of `t`'s Thread object (what the trace shows), else the VM's name for it. */
  private threadName(t: JavaThread): string {
    const vm = this.vm;
    if (t.threadObject === 0) return t.debugName;
    try {
      return vm.jsString(vm.heap.i32[(t.threadObject + vm.fieldOffset('java/lang/Thread', 'name')) >> 2]!) ?? t.debugName;
    } catch {
      return t.debugName;
    }
  }

  // ---- compilation ----

  private infoOf(P: Prepared): MethodInfo {
    let i = this.info.get(P);
    if (i === undefined) {
      i = { compiles: 0, failed: null, pending: false, unstableIfTraps: 0 };
      this.info.set(P, i);
    }
    return i;
  }

  /**
   * A method got hot: compile it (and first the callees it calls directly that are prepared and
   * not compiled yet), install the code and return it; null (countdowns reset) when it cannot be.
   */
  private compileHot(P: Prepared, trigger: string): CompiledMethod | null {
    const info = this.infoOf(P);
    if (info.failed !== null) {
      P.hot = P.loops = NEVER;
      return null;
    }
    if (!this.compilerReady) {
      if (this.loading === null && this.vm.interpretedWork < (trigger === 'invocations' ? this.startWork : this.loopStartWork)) {
        // Too early in the run to pay for Binaryen (START_WORK): keep interpreting, ask again later.
        this.stats.deferred++;
        P.hot = Math.max(1, this.fullInvoke >> 2);
        P.loops = Math.max(1, this.fullLoop >> 2);
        return null;
      }
      if (this.loading === null) this.log(`loading Binaryen at slice ${this.vm.scheduler.slices} (${this.vm.interpretedWork} calls and branches interpreted): ${P.method} hot by ${trigger}`);
      void this.ready();
      // Ask again soon: the import takes a few hundred milliseconds.
      P.hot = Math.min(this.invokeThreshold, 100);
      P.loops = Math.min(this.loopThreshold, 1000);
      return null;
    }
    if (this.service !== null && !this.service.broken) {
      this.compileInBackground(P, trigger);
      return null;
    }
    if (this.binaryen === null) {
      // The service that generated IR broke: synchronous compiles from now on, once Binaryen is here.
      void this.loadBinaryen();
      P.hot = Math.min(this.invokeThreshold, 100);
      P.loops = Math.min(this.loopThreshold, 1000);
      return null;
    }
    // The callees not compiled yet first, all in one module (so the method's own code sees them
    // compiled: leaf callees in its loops get inlined), then the method.
    const callees: Prepared[] = [];
    this.collectCallees(P, new Set([P]), 0, callees, true);
    if (callees.length > 0) this.compileSync(callees, `callee-of ${P.method}`, trigger);
    return this.compileSync([P], trigger)[0] ?? null;
  }

  /**
   * The quick-tier code `c` got hot: recompile it with the optimizer (its routes then call the new
   * code; the quick code stays correct for callers still running it). `c` when that fails.
   */
  private tierUp(c: CompiledMethod): CompiledMethod {
    c.quick = false; // asked once
    const info = this.infoOf(c.P);
    if (info.compiles >= MAX_COMPILES || info.pending) return c;
    if (this.service?.compile !== undefined && !this.service.broken) {
      // In the background like every compile of this mode: the quick code runs until the optimized code is installed.
      this.compileRequestInBackground([c.P], 'tier-up', c.P, true);
      return c;
    }
    if (this.binaryen === null) return c;
    const r = this.compileSync([c.P], 'tier-up');
    if (r.length === 0) {
      // (A recompile that fails leaves the quick code installed and usable.)
      info.failed = null;
      c.P.compiled = c;
      c.P.hot = c.P.loops = 0;
      return c;
    }
    return r[0]!;
  }

  /**
   * Whether the module compiled for `P` because of `trigger` will get the optimizer
   * ({@link optLevel}, decided before its code exists): such code runs long, so it gets an OSR
   * function per loop header ({@link OSR_FUNCTIONS}); quick code shares one.
   */
  private optimizing(P: Prepared, trigger: string): boolean {
    if (!QUICK_TIER || trigger === 'tier-up') return OPT_LEVEL >= 0;
    return OSR_OPT && !this.options.compileAll && trigger === 'backedges' && this.infoOf(P).compiles === 0 && OPT_LEVEL >= 0;
  }

  /**
   * Binaryen's optimization level for a module of `members` compiled because of `trigger` (-1: no
   * optimizer, see {@link QUICK_TIER}): every first compile and recompile is quick, hot loop (OSR)
   * or not; only code that stays hot gets the optimizer, by tier-up ({@link tierUp}). (The first
   * compile of a hot loop used to be optimized at once: its optimizer run, with Binaryen's own wasm
   * still cold, cost 0.3-1.1 s of CPU in programs that ran 1-2 s in all; docs/performance.md.)
   * TERN_JIT_OSR_OPT=1 restores that for comparisons.
   */
  private optLevel(members: readonly CompiledMethod[], trigger: string): number {
    if (!QUICK_TIER || trigger === 'tier-up') return OPT_LEVEL;
    if (this.options.compileAll || trigger !== 'backedges' || !OSR_OPT) return -1;
    if (members.some((c) => this.infoOf(c.P).compiles > 0)) return -1;
    return members.some((c) => c.osrPcs.length > 0) ? OPT_LEVEL : -1;
  }

  /**
   * Compiles `order` (callees first) into one module on the VM's thread, optimized per
   * {@link optLevel} (`hotBy`: what made the method hot), instantiates it once and installs every member that did not
   * bail out; returns the installed code in order. Members call each other through the table
   * (as all compiled code does), so invalidating one never leaves a stale direct call behind.
   */
  private compileSync(order: readonly Prepared[], trigger: string, hotBy = trigger): CompiledMethod[] {
    const b = this.binaryen!;
    const mod = createModule(b);
    const entries: BatchEntry[] = [];
    const members = new Map<RtMethod, CompiledMethod>();
    let bytes: Uint8Array;
    let optMs = 0;
    try {
      try {
        mod.setFeatures(features(b));
        declareImports(mod, b, this.vm.heap.memory.buffer.byteLength >>> 16);
        for (const Q of order) {
          const e = this.generate(mod, Q, Q === order[order.length - 1] ? trigger : `callee-of ${order[order.length - 1]!.method}`, members);
          if (e !== null) entries.push(e);
        }
        if (entries.length === 0) return [];
        const t1 = performance.now();
        const lv = this.optLevel(entries.map((x) => x.c), hotBy);
        if (lv >= 0) {
          b.setOptimizeLevel(lv);
          b.setShrinkLevel(0);
          mod.optimize();
        } else {
          for (const x of entries) x.c.quick = true;
        }
        // (Binaryen's validate() prints to the console; invalid code fails `new WebAssembly.Module` below instead.)
        bytes = mod.emitBinary();
        if (DUMP) this.options.log?.(`[jit] wasm of ${entries.map((x) => x.c.P.method).join(', ')}:\n${mod.emitText()}`);
        optMs = performance.now() - t1;
      } finally {
        mod.dispose();
      }
    } catch (e) {
      this.moduleFailed(order, e);
      return [];
    }
    const t2 = performance.now();
    let ex: Record<string, unknown>;
    try {
      ex = this.instantiate(new (wasmApi().Module)(bytes), entries.map((x) => x.c));
    } catch (e) {
      for (const x of entries) if (x.c.P.compiled === null || trigger === 'tier-up') this.bailedOut(x.c.P, x.info, `internal compiler error: ${(e as Error)?.message ?? e}`);
      return [];
    }
    const v8Ms = performance.now() - t2;
    this.stats.wasmBytes += bytes.length;
    if (entries.length > 1) this.stats.batches++;
    const r3 = (x: number): number => Math.round(x * 1000) / 1000;
    const out: CompiledMethod[] = [];
    for (const x of entries) {
      const { c, info } = x, P = c.P, id = c.id;
      this.install(c, ex);
      P.hot = 0;
      P.loops = 0;
      out.push(c);
      // This method's own IR generation plus its module's optimization, emission and V8 compile (counted once).
      const ms = x.genMs + optMs + v8Ms;
      this.stats.compiled++;
      this.stats.compileMs += x.genMs + (x === entries[0] ? optMs + v8Ms : 0);
      const batch = entries.length > 1 ? ` (batch of ${entries.length})` : '';
      this.log(`${String(id).padStart(5)}  ${P.method} (${P.code.length} bytes) -> ${bytes.length} wasm bytes${batch}, ${c.states.size} deopt points${c.osrPcs.length > 0 ? `, OSR at ${c.osrPcs.join(',')}` : ''}` +
        `${c.inlined.length > 0 ? `, inlined ${[...new Set(c.inlined)].join(' ')}` : ''}${trigger === 'tier-up' ? ', tier-up' : ''}, ${ms.toFixed(1)} ms (gen ${x.genMs.toFixed(1)} ${c.quick ? 'no-opt' : 'opt'} ${optMs.toFixed(1)} v8 ${v8Ms.toFixed(1)})`);
      if (this.listeners.length > 0) {
        this.emit({
          ev: 'compile', t: this.now(), id, method: String(P.method), attempt: info.compiles, bytecodeSize: P.code.length, wasmSize: bytes.length,
          ms: r3(ms), genMs: r3(x.genMs), optMs: r3(optMs), instantiateMs: r3(v8Ms), osrPcs: [...c.osrPcs],
          inlined: [...c.inlined], assumptions: [...c.assumptions], stops: this.traceStopsOf(c), code: listing(P.method), trigger: x.trigger,
          ...(entries.length > 1 ? { batch: entries.map((e) => e.c.id) } : {}),
        });
      }
    }
    return out;
  }

  // ---- background compilation ----

  /**
   * Generates one module for `P` and its not yet compiled direct callees (callees first, calls
   * between them direct), posts its unoptimized binary to the background compiler, and returns:
   * the methods keep running interpreted (their countdowns parked) until {@link installBatch}.
   */
  private compileInBackground(P: Prepared, trigger: string): void {
    const order: Prepared[] = [];
    if (!this.collectCallees(P, new Set([P]), 0, order)) {
      // A callee is in another batch still in flight: compiled now, this code would deoptimize at
      // that call and be dropped. Ask again soon, when the callee has code (or has failed).
      P.hot = Math.min(this.invokeThreshold, 100);
      P.loops = Math.min(this.loopThreshold, 1000);
      return;
    }
    order.push(P);
    if (this.service!.compile !== undefined) {
      this.compileRequestInBackground(order, trigger, P, false);
      return;
    }
    const b = this.binaryen!;
    const mod = createModule(b);
    const entries: BatchEntry[] = [];
    const members = new Map<RtMethod, CompiledMethod>();
    let bytes: Uint8Array | null = null;
    try {
      mod.setFeatures(features(b));
      declareImports(mod, b, this.vm.heap.memory.buffer.byteLength >>> 16);
      for (const Q of order) {
        const e = this.generate(mod, Q, Q === P ? trigger : `callee-of ${P.method}`, members);
        if (e !== null) entries.push(e);
      }
      if (entries.length > 0) bytes = mod.emitBinary();
    } catch (e) {
      this.moduleFailed(order, e);
      entries.length = 0;
    } finally {
      mod.dispose();
    }
    if (bytes === null || entries.length === 0) return;
    for (const x of entries) {
      x.info.pending = true;
      x.c.P.hot = x.c.P.loops = NEVER; // parked until installed or failed
    }
    const posted = performance.now();
    const level = this.optLevel(entries.map((x) => x.c), trigger);
    if (level < 0) for (const x of entries) x.c.quick = true;
    this.service!.optimize(bytes, features(b), level).then(
      (r) => this.installBatch(entries, r, posted),
      (e: Error) => this.batchFailed(entries, e),
    );
  }

  /**
   * Background compilation with IR generation in the service (docs/jit.md "Background
   * compilation"): builds the compile request of `order` (callees first, `P` last) on this thread
   * (jit/compile-request.ts: ids, slots, sites and constants reserved as generation would), posts
   * it, and returns; the members keep running interpreted (a tier-up: their quick code) until
   * {@link installRequest}. Every CHA assumption the request answered has the members as
   * dependents meanwhile, so a class load that breaks one makes them stale (not installed).
   */
  private compileRequestInBackground(order: readonly Prepared[], trigger: string, P: Prepared, tierUp: boolean): void {
    const t0 = performance.now();
    const members = order.map((Q) => ({ id: this.nextId++, P: Q }));
    const level = !QUICK_TIER || tierUp ? OPT_LEVEL : OSR_OPT && trigger === 'backedges' && this.infoOf(P).compiles === 0 ? OPT_LEVEL : -1;
    let built: { request: CompileRequest; objects: RequestObjects };
    try {
      built = buildRequest(this.requestHost(), members, {
        level, memoryPages: this.vm.heap.memory.buffer.byteLength >>> 16, argsAddress: this.argsAddress, maxDepth: MAX_DEPTH,
        pollStride: this.options.deoptimizeALot || this.vm.compiledSliceBudget > 0 ? 1 : POLL_STRIDE,
        osrFunctions: this.options.osrFunctions ?? (level >= 0 ? OSR_FUNCTIONS : 1),
      });
    } catch (e) {
      if (!tierUp) for (const Q of order) this.bailedOut(Q, this.infoOf(Q), `internal compiler error: ${(e as Error)?.message ?? e}`);
      return;
    }
    // (Posting copies the request on this thread: part of its cost here.)
    const t1 = performance.now();
    const compiled = this.service!.compile!(built.request);
    const genMs = (performance.now() - t0) / members.length, postMs = (performance.now() - t1) / members.length;
    const entries: BatchEntry[] = [];
    for (const { id, P: Q } of members) {
      const c = new CompiledMethod(id, Q, this.binaryen as Binaryen);
      if (level < 0) c.quick = true;
      this.byId[id] = c; // (checkHierarchy finds dependents by id)
      const info = this.infoOf(Q);
      info.pending = true;
      if (!tierUp) Q.hot = Q.loops = NEVER; // parked until installed or failed (a tier-up's quick code keeps running)
      entries.push({ c, info, trigger: Q === P ? trigger : `callee-of ${P.method}`, genMs, postMs, ...(tierUp ? { tierUp, upgrades: Q.compiled as CompiledMethod } : {}) });
    }
    for (const a of built.objects.assumptions) for (const x of entries) a.dependents.add(x.c);
    const posted = t0;
    compiled.then(
      (r) => this.installRequest(entries, built.objects, r, posted),
      (e: Error) => {
        for (const a of built.objects.assumptions) for (const x of entries) a.dependents.delete(x.c);
        for (const x of entries) delete this.byId[x.c.id];
        this.batchFailed(entries.filter((x) => !x.tierUp), e);
        for (const x of entries) x.info.pending = false;
      },
    );
  }

  /** What compile requests need from this runtime (jit/compile-request.ts), the same answers {@link compileEnv} gives. */
  private requestHost(): RequestHost {
    return {
      resolveAhead: (Q, pc) => resolveAhead(this.vm, Q, pc),
      preparedIn: (m) => preparedIn(this.vm, m),
      compiledId: (m) => ((m.prepared as Prepared | null)?.compiled as CompiledMethod | null)?.id ?? -1,
      calleeSlot: (m) => this.calleeSlot(m),
      failed: (m) => m.prepared !== null && this.infoOf(m.prepared as Prepared).failed !== null,
      speculates: (Q) => this.speculates(Q),
      loadedClass: (name) => this.vm.registry.peek(name) ?? null,
      classId: (name) => this.vm.registry.peek(name)?.id ?? -1,
      constRefAddress: (index) => this.roots.address(index),
      pendingConstAddress: (ref) => this.roots.pendingAddress(ref, typeof ref === 'string' ? () => this.vm.internedIndex(ref) : () => this.vm.mirrorConstIndex(ref)),
      mirrorAddress: (cls) => (cls.mirror === 0 ? -1 : this.roots.address(this.vm.constRefIndexOfMirror(cls))),
      initFlag: (cls) => this.initFlag(cls),
      devirtualize: (m, vtableIndex, holder) => (vtableIndex >= 0 ? this.cha.virtual(holder ?? m.owner, vtableIndex) : this.cha.interface(m)),
      callSite: (m, vtableIndex) => this.sites.add(m, vtableIndex),
      nextId: () => this.nextId++,
      sentFiles: this.sentFiles,
      fileKey: (f) => {
        let k = this.fileKeys.get(f);
        if (k === undefined) this.fileKeys.set(f, (k = this.fileKeyCount++));
        return k;
      },
    };
  }
  private fileKeyCount = 0;

  /**
   * A compile request's batch is back: members the worker bailed out on bail out here; the rest
   * get their metadata (frame states, stops, inlined frames' records, assumptions used), and are
   * instantiated together and installed, except those a class load made stale meanwhile.
   */
  private installRequest(entries: BatchEntry[], objects: RequestObjects, r: CompiledBatch, posted: number): void {
    if (this.closed) return;
    const t0 = performance.now();
    if (this.cha.changed) this.checkHierarchy();
    const results = new Map(r.members.map((m) => [m.id, m]));
    const ok: BatchEntry[] = [];
    const records = new Map<BatchEntry, Map<Prepared, InlinedFrames>>();
    const used = new Map<BatchEntry, Assumption[]>();
    for (const x of entries) {
      x.info.pending = false;
      const m = results.get(x.c.id);
      const mine = m === undefined || m.failed !== null ? [] : m.assumptions.map((i) => objects.assumptions[i]!);
      // Only the assumptions the code uses keep it as a dependent.
      for (const a of objects.assumptions) if (!mine.includes(a)) a.dependents.delete(x.c);
      if (m === undefined || m.failed !== null) {
        delete this.byId[x.c.id];
        const reason = m?.failed ?? 'missing from the compiled batch';
        if (x.tierUp) this.log(`       ${x.c.P.method} tier-up failed: ${reason}`);
        else if (x.c.P.compiled === null) this.bailedOut(x.c.P, x.info, reason);
        continue;
      }
      const c = x.c;
      for (const [pc, st] of m.states) c.states.at(pc, () => st);
      c.osrPcs.push(...m.osrPcs);
      c.stops.push(...m.stops);
      c.callSites.push(...m.callSites);
      c.inlined.push(...m.inlined);
      for (const [name, k] of m.nativeImports) c.nativeImports.set(name, objects.methods[k]!);
      const recs = new Map<Prepared, InlinedFrames>();
      for (const rec of m.records) {
        const f = new InlinedFrames(rec.id, objects.prepared[rec.prepared]!, c);
        for (const [pc, st] of rec.states) f.states.at(pc, () => st);
        recs.set(f.P, f);
      }
      records.set(x, recs);
      used.set(x, mine);
      ok.push(x);
    }
    if (ok.length === 0 || r.module === null) return;
    let ex: Record<string, unknown>;
    try {
      ex = this.instantiate(r.module, ok.map((x) => x.c));
    } catch (e) {
      for (const x of ok) delete this.byId[x.c.id];
      this.batchFailed(ok.filter((x) => !x.tierUp), e as Error);
      return;
    }
    const instantiateMs = performance.now() - t0;
    this.stats.batches++;
    this.stats.wasmBytes += r.size;
    const r3 = (v: number): number => Math.round(v * 1000) / 1000;
    let first = true;
    for (const x of ok) {
      const { c, info } = x, P = c.P, id = c.id;
      if (c.stale || (x.tierUp ? P.compiled !== x.upgrades : P.compiled !== null)) {
        // A class load broke an assumption it used, or the method's code changed meanwhile (a
        // tier-up whose quick code was dropped): not installed; compiled again when hot again.
        for (const a of used.get(x)!) a.dependents.delete(c);
        delete this.byId[id];
        if (!x.tierUp && P.compiled === null) {
          P.hot = Math.min(this.fullInvoke, RECOMPILE_CALLS);
          P.loops = Math.min(this.fullLoop, 10 * RECOMPILE_CALLS);
        }
        this.log(`       ${P.method} not installed: ${c.stale ? 'an assumption broke while it was compiled' : 'its code changed while it was compiled'}`);
        continue;
      }
      this.register(c, records.get(x)!, used.get(x)!);
      this.install(c, ex);
      P.hot = 0;
      P.loops = 0;
      // VM thread: building the request and instantiating; background: generation, optimization, V8 compile.
      const bgMs = r.genMs + r.optMs + r.compileMs;
      const ms = x.genMs + bgMs + instantiateMs;
      this.stats.compiled++;
      this.stats.compileMs += x.genMs + (first ? bgMs + instantiateMs : 0);
      first = false;
      this.log(`${String(id).padStart(5)}  ${P.method} (${P.code.length} bytes) -> ${r.size} wasm bytes (batch of ${entries.length}), ${c.states.size} deopt points${c.osrPcs.length > 0 ? `, OSR at ${c.osrPcs.join(',')}` : ''}` +
        `${c.inlined.length > 0 ? `, inlined ${[...new Set(c.inlined)].join(' ')}` : ''}${x.tierUp ? ', tier-up' : ''}, ` +
        `${ms.toFixed(1)} ms (request ${x.genMs.toFixed(1)} post ${(x.postMs ?? 0).toFixed(1)}, background: gen ${r.genMs.toFixed(1)} ${c.quick ? 'no-opt' : 'opt'} ${r.optMs.toFixed(1)} v8 ${r.compileMs.toFixed(1)}; instantiate ${instantiateMs.toFixed(1)}; ${(t0 - posted).toFixed(1)} ms after the request)`);
      if (this.listeners.length > 0) {
        this.emit({
          ev: 'compile', t: this.now(), id, method: String(P.method), attempt: info.compiles, bytecodeSize: P.code.length, wasmSize: r.size,
          ms: r3(ms), genMs: r3(x.genMs), optMs: r3(bgMs), instantiateMs: r3(instantiateMs), osrPcs: [...c.osrPcs],
          inlined: [...c.inlined], assumptions: [...c.assumptions], stops: this.traceStopsOf(c), code: listing(P.method), trigger: x.trigger,
          background: true, batch: entries.map((e) => e.c.id), waitMs: r3(t0 - posted),
        });
      }
    }
  }

  /**
   * Collects, callees first, the not yet compiled methods `P` calls directly (three levels deep);
   * with `sync` also the targets of calls CHA binds, skipping callees in a background batch still
   * in flight; without, false when there is such a callee.
   */
  private collectCallees(P: Prepared, seen: Set<Prepared>, depth: number, out: Prepared[], sync = false): boolean {
    if (depth >= 3) return true;
    for (let pc = 0; pc < P.ops.length; pc++) {
      const r = P.depth[pc]! < 0 ? null : this.callAt(P, pc);
      const op = r?.op;
      if (r === null || (op !== Quick.invoke_direct && (!sync || (op !== Quick.invokevirtual_q && op !== Quick.invokeinterface_q)))) continue;
      let m = r.ref as RtMethod;
      if (op !== Quick.invoke_direct) {
        // A call CHA may devirtualize: its one target (jit/cha.ts) is a callee like a direct one.
        const a = op === Quick.invokevirtual_q ? this.cha.virtual(m.owner, r.arg) : this.cha.interface(m);
        if (a === null) continue;
        m = a.target;
      }
      const Q = m.prepared as Prepared | null;
      if (Q === null || Q.compiled !== null || seen.has(Q) || !this.calledEnough(Q)) continue;
      const info = this.infoOf(Q);
      if (info.pending) {
        if (sync) continue;
        return false;
      }
      if (info.failed !== null) continue;
      seen.add(Q);
      if (!this.collectCallees(Q, seen, depth + 1, out, sync)) return false;
      out.push(Q);
    }
    return true;
  }

  /**
   * Whether `Q` has been called often enough to join a caller's batch (HotSpot compiles only what
   * its counters show hot): warm (profiled), or called {@link BATCH_MIN_CALLS_PERCENT} % of the
   * threshold. A method whose loop got hot (often `main`) otherwise took every method it had called
   * once on its way there, three levels deep, into its batch (24 methods, mostly run once, for
   * `FileParkedRead.main`). -Xcomp compiles them all, as before.
   */
  private calledEnough(Q: Prepared): boolean {
    if (this.options.compileAll || Q.profile !== null) return true;
    return this.invokeThreshold - Q.hot >= Math.max(1, Math.floor(this.fullInvoke * BATCH_MIN_CALLS_PERCENT / 100));
  }

  /**
   * Adds `P`'s functions to the batch module `mod`; null after a bail-out (its partial functions
   * removed, so the module stays valid). Members generated so far are called directly.
   */
  private generate(mod: binaryenNs.Module, P: Prepared, trigger: string, members: Map<RtMethod, CompiledMethod>): BatchEntry | null {
    const b = this.binaryen!;
    const info = this.infoOf(P);
    const start = performance.now();
    const id = this.nextId++;
    const c = new CompiledMethod(id, P, b);
    try {
      checkEligible(P);
      const inlinedRecords = new Map<Prepared, InlinedFrames>();
      const assumptions: Assumption[] = [];
      compileMethod(mod, this.compileEnv(P, c, inlinedRecords, members, this.optimizing(P, trigger)),
        { id, P, states: c.states, osrPcs: c.osrPcs, stops: c.stops, callSites: c.callSites, nativeImports: c.nativeImports, inlined: c.inlined, assumptions });
      this.register(c, inlinedRecords, assumptions); // reserves the ids (function-table indexes) of the functions just added
      members.set(P.method, c);
      return { c, info, trigger, genMs: performance.now() - start };
    } catch (e) {
      for (const f of [`m${id}`, `e${id}`, `x${id}`, `d${id}`, `n${id}`, ...c.osrPcs.map((_, k) => `o${id}_${k}`)]) {
        if (mod.getExport(f) !== 0) mod.removeExport(f);
        if (mod.getFunction(f) !== 0) mod.removeFunction(f);
      }
      this.bailedOut(P, info, e instanceof Bailout ? e.message : `internal compiler error: ${(e as Error)?.message ?? e}`);
      return null;
    }
  }

  /** The background compiler's module is back: instantiate it here and install every member. */
  private installBatch(entries: BatchEntry[], r: OptimizedModule, posted: number): void {
    if (this.closed) return;
    const t0 = performance.now();
    // Classes loaded while the batch was away may break what it assumed: such members are not installed.
    if (this.cha.changed) this.checkHierarchy();
    let ex: Record<string, unknown>;
    try {
      ex = this.instantiate(r.module, entries.map((x) => x.c));
    } catch (e) {
      this.batchFailed(entries, e as Error);
      return;
    }
    const instantiateMs = performance.now() - t0;
    this.stats.batches++;
    this.stats.wasmBytes += r.size;
    const r3 = (x: number): number => Math.round(x * 1000) / 1000;
    for (const x of entries) {
      const { c, info } = x, P = c.P, id = c.id;
      info.pending = false;
      if (P.compiled !== null) continue; // compiled synchronously meanwhile (the service broke)
      if (c.stale) {
        P.hot = Math.min(this.fullInvoke, RECOMPILE_CALLS);
        P.loops = Math.min(this.fullLoop, 10 * RECOMPILE_CALLS);
        continue;
      }
      this.install(c, ex);
      P.hot = 0;
      P.loops = 0;
      // Work done for this method: its own IR generation, its batch's optimization, V8 compile and instantiation.
      const ms = x.genMs + r.optMs + r.compileMs + instantiateMs;
      this.stats.compiled++;
      this.stats.compileMs += x.genMs + (x === entries[0] ? r.optMs + r.compileMs + instantiateMs : 0);
      this.log(`${String(id).padStart(5)}  ${P.method} (${P.code.length} bytes) -> ${r.size} wasm bytes (batch of ${entries.length}), ${c.states.size} deopt points${c.osrPcs.length > 0 ? `, OSR at ${c.osrPcs.join(',')}` : ''}, ` +
        `${ms.toFixed(1)} ms (gen ${x.genMs.toFixed(1)}, background: opt ${r.optMs.toFixed(1)} v8 ${r.compileMs.toFixed(1)}; instantiate ${instantiateMs.toFixed(1)}; ${(t0 - posted).toFixed(1)} ms after the request)`);
      if (this.listeners.length > 0) {
        this.emit({
          ev: 'compile', t: this.now(), id, method: String(P.method), attempt: info.compiles, bytecodeSize: P.code.length, wasmSize: r.size,
          ms: r3(ms), genMs: r3(x.genMs), optMs: r3(r.optMs + r.compileMs), instantiateMs: r3(instantiateMs), osrPcs: [...c.osrPcs],
          inlined: [...c.inlined], assumptions: [...c.assumptions], stops: this.traceStopsOf(c), code: listing(P.method), trigger: x.trigger,
          background: true, batch: entries.map((e) => e.c.id), waitMs: r3(t0 - posted),
        });
      }
    }
  }

  /** A background compile failed: its methods bail out (stay interpreted), as after a compiler error. */
  private batchFailed(entries: BatchEntry[], e: Error): void {
    if (this.closed) return;
    for (const x of entries) {
      x.info.pending = false;
      // (Compiled synchronously meanwhile, after the service broke: that code stays.)
      if (x.c.P.compiled === null) this.bailedOut(x.c.P, x.info, `background compile failed: ${e?.message ?? e}`);
    }
  }

  /**
   * Binaryen failed outside one method's generation (declaring the imports, optimizing, emitting):
   * every method of the batch stays interpreted, those it had not generated yet too — left hot,
   * each of their calls would build a module again, and when Binaryen itself is broken (its state
   * corrupted: binaryen-module.ts) that made programs run hundreds of times slower.
   */
  private moduleFailed(order: readonly Prepared[], e: unknown): void {
    for (const Q of order) {
      const info = this.infoOf(Q);
      if (info.failed === null) this.bailedOut(Q, info, `internal compiler error: ${(e as Error)?.message ?? e}`);
    }
  }

  private bailedOut(P: Prepared, info: MethodInfo, reason: string): void {
    info.failed = reason;
    P.hot = P.loops = NEVER;
    this.stats.bailedOut++;
    this.log(`       ${P.method} not compiled: ${reason}`);
    if (this.listeners.length > 0) this.emit({ ev: 'bailout', t: this.now(), method: String(P.method), reason });
  }

  /** The call at `pc` of `P` as quickened by the interpreter, or resolved now when it has not run it yet; null if not a call. */
  private callAt(P: Prepared, pc: number): { op: number; arg: number; ref: unknown } | null {
    const op = P.ops[pc]!;
    if (op !== P.code[pc]) return { op, arg: P.arg[pc]!, ref: P.ref[pc] };
    return op >= Op.invokevirtual && op <= Op.invokedynamic ? resolveAhead(this.vm, P, pc) : null;
  }

  /**
   * What the compiler asks the runtime while it generates `c` (of `P`): ids of callees (`members`:
   * the other methods of a background batch, called directly), constants, call sites, class
   * hierarchy, and records of inlined frames (ids of their own, see {@link nextId}).
   */
  private compileEnv(P: Prepared, c: CompiledMethod, inlinedRecords: Map<Prepared, InlinedFrames>, members: Map<RtMethod, CompiledMethod> | null, optimizing = false): CompileEnv {
    const id = c.id;
    return {
      binaryen: this.binaryen!, argsAddress: this.argsAddress, maxDepth: MAX_DEPTH,
      pollStride: this.options.deoptimizeALot || this.vm.compiledSliceBudget > 0 ? 1 : POLL_STRIDE,
      osrFunctions: this.options.osrFunctions ?? (optimizing ? OSR_FUNCTIONS : 1),
      calleeId: (m) => (m === P.method ? id : members?.get(m)?.id ?? ((m.prepared as Prepared | null)?.compiled as CompiledMethod | null)?.id ?? -1),
      calleeSlot: (m) => this.calleeSlot(m),
      // Only recursion is a direct call: other members of a batch are called through the table,
      // whose slots the runtime redirects when their code is invalidated (a direct call would not be).
      inBatch: (m) => m === P.method,
      failed: (m) => m.prepared !== null && this.infoOf(m.prepared as Prepared).failed !== null,
      classId: (name) => this.vm.registry.peek(name)?.id ?? -1,
      constRefAddress: (index) => this.roots.address(index),
      callSite: (m, vtableIndex) => this.sites.add(m, vtableIndex),
      resolve: (Q, pc) => resolveAhead(this.vm, Q, pc),
      prepared: (m) => preparedIn(this.vm, m),
      initFlag: (cls) => this.initFlag(cls),
      pendingConstAddress: (ref) => this.roots.pendingAddress(ref, typeof ref === 'string' ? () => this.vm.internedIndex(ref) : () => this.vm.mirrorConstIndex(ref)),
      loadedClass: (name) => this.vm.registry.peek(name) ?? null,
      speculate: (Q) => this.speculates(Q),
      mirrorAddress: (cls) => (cls.mirror === 0 ? -1 : this.roots.address(this.vm.constRefIndexOfMirror(cls))),
      devirtualize: (m, vtableIndex, holder) => (vtableIndex >= 0 ? this.cha.virtual(holder ?? m.owner, vtableIndex) : this.cha.interface(m)),
      inlineRecord: (Q) => {
        let r = inlinedRecords.get(Q);
        if (r === undefined) {
          r = new InlinedFrames(this.nextId++, Q, c);
          inlinedRecords.set(Q, r);
        }
        return r;
      },
    };
  }

  /** `c`'s stop points with their frame states, as the deopt trace shows them. */
  private traceStopsOf(c: CompiledMethod): TraceStopPoint[] {
    return traceStops(c.stops, (s) => {
      const rec = 'recordId' in s ? this.byId[(s as StopInfo).recordId] : undefined;
      const base = 'slotBase' in s ? (s as StopInfo).slotBase : 0;
      return { states: rec !== undefined ? rec.states : c.states, firstLocal: c.params.length + 4 * base };
    });
  }

  /** Reserves the ids of `c` and its inlined frames and records the assumptions it depends on. */
  private register(c: CompiledMethod, inlinedRecords: Map<Prepared, InlinedFrames>, assumptions: readonly Assumption[]): void {
    this.byId[c.id] = c;
    // Inlined frames have ids of their own (their table slots stay empty).
    for (const r of inlinedRecords.values()) this.byId[r.id] = r;
    let slots = frameSlots(c.P);
    for (const r of inlinedRecords.values()) slots += frameSlots(r.P);
    this.frameSlotBound = Math.max(this.frameSlotBound, slots);
    for (const a of assumptions) {
      a.dependents.add(c);
      c.assumptions.push(a.text);
    }
  }

  /**
   * Instantiates compiled code against the shared imports and the native functions it calls, and
   * puts its stubs (`n<k>`) into the table slots still empty: slots reserved for callees that have
   * no code yet (compiler.ts emitStub).
   */
  private instantiate(module: unknown, c: readonly CompiledMethod[]): Record<string, unknown> {
    const natives: Record<string, unknown> = {};
    for (const x of c) for (const [name, m] of x.nativeImports) natives[name] = nativeImport(this.vm, m);
    const ex = new (wasmApi().Instance)(module, { env: this.imports, natives }).exports as Record<string, unknown>;
    for (const name in ex) {
      const k = name.charCodeAt(0) === 110 /* n */ ? Number(name.slice(1)) : -1;
      if (k >= 0 && (k >= this.table!.length || this.table!.get(k) === null)) this.setTable(k, ex[name]);
    }
    return ex;
  }

  /** Makes `c` (just instantiated, exports `ex`) its method's code: every table slot routing to the method now calls it. */
  private install(c: CompiledMethod, ex: Record<string, unknown>): void {
    const P = c.P, id = c.id;
    c.entry = ex[`e${id}`] as () => number;
    c.invalidatedEntry = ex[`d${id}`];
    c.stub = ex[`n${id}`];
    if (c.osrPcs.length > 0) c.osrEntry = ex[`x${id}`] as (k: number) => number;
    const routes = this.routesOf(P.method);
    routes.push(id);
    for (const k of routes) this.setTable(k, ex[`m${id}`]);
    P.compiled = c;
    stopProfiling(P); // (resumed if the code is dropped)
    this.infoOf(P).compiles++;
  }

  /**
   * Table slots that call `m`'s current code: the ids of its earlier code (callers compiled against
   * it call the newest) and the slot reserved by callers compiled before it had code.
   */
  private routesOf(m: RtMethod): number[] {
    let r = this.routes.get(m);
    if (r === undefined) this.routes.set(m, (r = []));
    return r;
  }

  /** The slot compiled callers call `m` through while it has no code (CompileEnv.calleeSlot). */
  private calleeSlot(m: RtMethod): number {
    let k = this.slots.get(m);
    if (k === undefined) {
      k = this.nextId++; // an id no code or record has
      this.slots.set(m, k);
      this.slotMethods.set(k, m);
      this.routesOf(m).push(k);
    }
    return k;
  }

  private setTable(k: number, f: unknown): void {
    const table = this.table!;
    if (k >= table.length) table.grow(Math.max(64, k + 1 - table.length));
    table.set(k, f);
  }

  private log(line: string): void {
    this.options.log?.(`[jit] ${line}`);
  }

  /** Every compiled method installed so far (also ones dropped since), for tools and tests. */
  compiledMethods(): CompiledMethod[] {
    return this.byId.filter((c): c is CompiledMethod => c instanceof CompiledMethod);
  }

  /** One line of totals for the end of a run (--jit-log). */
  summary(): string {
    const d = [...this.stats.deopts.entries()].map(([k, v]) => `${k} ${v}`).join(', ');
    return `[jit] total: ${this.stats.compiled} compiled, ${this.stats.bailedOut} not compilable, ${this.stats.invalidated} invalidated, ` +
      `${this.stats.wasmBytes} wasm bytes, ${this.stats.compileMs.toFixed(0)} ms compiling; deopts: ${d || 'none'}; ${this.vm.scheduler.slices} slices, ` +
      `${this.vm.interpretedWork} calls and branches interpreted` +
      `${this.loading === null ? '; Binaryen not loaded' : ''}`;
  }
}
