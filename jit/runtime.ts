/**
 * @fileoverview The JIT as the interpreter sees it (src/interp/tiering.ts): tiering policy,
 * compilation (synchronous, on the VM's thread; a worker thread is a later step), code
 * installation, entry into compiled code from the interpreter (calls and on-stack replacement),
 * and the runtime side of safepoint polls and deoptimization. docs/jit.md describes the design.
 *
 * Binaryen is imported lazily: the first method that gets hot starts the (asynchronous) import
 * and keeps being interpreted; compiles happen from then on. `-Xint` runs never load it, and
 * `-Xcomp` loads it before `main` ({@link JitRuntime.ready}).
 */
import type binaryenNs from 'binaryen';
import { Quick } from '../src/interp/quick.js';
import type { Prepared } from '../src/interp/prepared.js';
import { NEVER, TierResult, type Tiering } from '../src/interp/tiering.js';
import type { RtMethod } from '../src/runtime/model.js';
import type { Vm } from '../src/runtime/vm.js';
import type { Frame } from '../src/threads/frame.js';
import type { JavaThread } from '../src/threads/java-thread.js';
import { DEOPT_REASON_NAMES, DeoptReason, FrameStateTable } from '../deopt/frame-state.js';
import { readRecords, rebuildFrames } from '../deopt/unwind.js';
import { Bailout, checkEligible, compileMethod, declareImports, INLINE_DEPTH, MAX_SLOTS, signature, WT, type BatchMember, type CompileEnv } from './compiler.js';
import { wasmApi, type WasmGlobal, type WasmTable } from './wasm.js';
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
  /** Loads the binaryen module (default: `import('binaryen')`; bin/tern.js passes its own). */
  importBinaryen?: () => Promise<{ default: Binaryen }>;
}

/** Calls before a method is compiled (HotSpot's -XX:CompileThreshold default without tiered compilation). */
export const DEFAULT_COMPILE_THRESHOLD = 10000;

/** Polls between two questions to the scheduler (each poll is a decrement of a wasm global). */
const POLL_INTERVAL = 10000;
/** Nested compiled calls before a call deoptimizes at entry (bounds the JS stack and the unwind buffer). */
const MAX_DEPTH = 100;
/** Deoptimizations (other than polls) a compiled method survives before its code is dropped. */
const DEOPT_LIMIT = 50;
/** -XX:+DeoptimizeALot: backward branches interpreted after a poll deopt before OSR enters again. */
const ALOT_REENTRY = 64;
/** Calls (and 10x backward branches) interpreted after code was dropped before compiling again. */
const RECOMPILE_CALLS = 20;
/** Times a method is compiled at most. */
const MAX_COMPILES = 8;
/** Binaryen optimization level (-O1 is much faster to run than -O2; V8 optimizes the result again). */
const OPT_LEVEL = Number(process.env.TERN_JIT_OPT ?? 2);
/** Debugging: TERN_JIT_DUMP=1 writes each module's text to the JIT log. */
const DUMP = process.env.TERN_JIT_DUMP === '1';

/** Installed code of one method. */
export class CompiledMethod {
  entry: () => number = () => 0;
  osrEntry: ((k: number) => number) | null = null;
  readonly states = new FrameStateTable();
  readonly osrPcs: number[] = [];
  /** What the compiler knows, for the deopt trace (jit/stops.ts): stop points, inlined methods, assumptions. */
  readonly stops: StopInfo[] = [];
  readonly inlined: string[] = [];
  readonly assumptions: string[] = [];
  /** Native functions called as imports (jit/intrinsics.ts). */
  readonly nativeImports = new Map<string, RtMethod>();
  readonly params: WT[];
  readonly result: WT | null;
  deopts = 0;
  /** `d<id>`: the function the table holds after an invalidation (deoptimizes at entry). */
  invalidatedEntry: unknown = null;
  constructor(readonly id: number, readonly P: Prepared, b: Binaryen) {
    const sig = signature(b, P.method);
    this.params = sig.params;
    this.result = sig.result;
  }
}

/** Frames of a method inlined into compiled code `host`: their own record id and frame states (deopt/unwind.ts). */
class InlinedFrames {
  readonly states = new FrameStateTable();
  constructor(readonly id: number, readonly P: Prepared, readonly host: CompiledMethod) {}
}

/** The compiled method a record belongs to (the host of inlined frames). */
function hostOf(t: CompiledMethod | InlinedFrames): CompiledMethod {
  return t instanceof InlinedFrames ? t.host : t;
}

/** Per-method policy state. */
interface MethodInfo {
  compiles: number;
  failed: string | null;
}

export class JitRuntime implements Tiering {
  readonly invokeThreshold: number;
  readonly loopThreshold: number;
  private binaryen: Binaryen | null = null;
  private loading: Promise<void> | null = null;
  private table: WasmTable | null = null;
  private readonly globals: { ub: WasmGlobal; deopt: WasmGlobal; depth: WasmGlobal; budget: WasmGlobal };
  private argsAddress = 0;
  private ubStart = 0;
  private readonly byId: Array<CompiledMethod | InlinedFrames> = [];
  private readonly cha: Cha;
  private readonly info = new WeakMap<Prepared, MethodInfo>();
  private yieldRequested = false;
  private readonly imports: Record<string, unknown>;
  private readonly roots: RootTable;
  private readonly sites: DispatchSites;
  /** Statistics, reported by {@link summary}. */
  readonly stats = { compiled: 0, bailedOut: 0, invalidated: 0, wasmBytes: 0, compileMs: 0, deopts: new Map<string, number>(), inlinedFramesRebuilt: 0 };

  constructor(private readonly vm: Vm, readonly options: JitOptions) {
    this.invokeThreshold = options.compileAll ? 1 : Math.max(1, options.threshold);
    this.loopThreshold = options.compileAll ? 1 : Math.max(1, options.threshold * 10);
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
      ...heapImports(vm),
    };
    this.roots = new RootTable(vm);
    this.cha = new Cha(vm);
    this.sites = new DispatchSites(vm, (P) => (P.compiled as CompiledMethod | null)?.id ?? -1);
    this.imports.dispatch = (cls: number, site: number) => this.sites.dispatch(cls, site);
  }

  /** Starts loading Binaryen; resolves when compiles can happen. */
  ready(): Promise<void> {
    if (this.loading === null) {
      this.loading = (this.options.importBinaryen ?? (() => import('binaryen')))().then((mod) => {
        this.binaryen = mod.default;
        this.setUp();
      });
    }
    return this.loading;
  }

  private setUp(): void {
    const heap = this.vm.heap;
    // One block of the (never moving) static area: the args buffer, then the unwind buffer.
    const argsBytes = 8 * MAX_SLOTS;
    // Per compiled frame: its record and one per inlined frame (INLINE_DEPTH callers at most).
    const ubBytes = (MAX_DEPTH + 2) * (INLINE_DEPTH + 1) * (8 + 8 * MAX_SLOTS);
    this.argsAddress = heap.allocStatic(argsBytes + ubBytes);
    this.ubStart = this.argsAddress + argsBytes;
    this.table = new (wasmApi().Table)({ initial: 64, element: 'anyfunc' });
    this.imports.table = this.table;
  }

  // ---- Tiering ----

  invoke(t: JavaThread, P: Prepared, base: number): TierResult {
    if (this.cha.changed) this.checkHierarchy();
    let c = P.compiled as CompiledMethod | null;
    if (c === null) {
      c = this.compileHot(P);
      if (c === null) return TierResult.Interpret;
    }
    P.hot = 0;
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
      c = this.compileHot(P);
      if (c === null) return TierResult.Interpret;
    }
    const k = c.osrEntry === null ? -1 : c.osrPcs.indexOf(f.pc);
    if (k < 0) {
      P.loops = this.loopThreshold;
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
    g.depth.value = 0;
    if (this.options.deoptimizeALot) g.budget.value = 0;
    else if (g.budget.value <= 0) g.budget.value = POLL_INTERVAL;
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
      return isEntry !== 0 && this.globals.depth.value === 1 ? 0 : 1;
    }
    if (this.vm.scheduler.preemptionRequested()) {
      this.yieldRequested = true;
      return 1;
    }
    this.globals.budget.value = POLL_INTERVAL;
    return 0;
  }

  /** Compiled code deoptimized: rebuild interpreter frames (deopt/unwind.ts) and apply the policy. */
  private unwind(t: JavaThread, base: number, osrFrame: Frame | null): TierResult {
    const heap = this.vm.heap;
    const records = readRecords(heap, this.ubStart, this.globals.ub.value, (id) => this.byId[id]!);
    rebuildFrames(t, heap, records, base, osrFrame);
    const inner = records[0]!;
    for (const r of records) if (r.target instanceof InlinedFrames) this.stats.inlinedFramesRebuilt++;
    const name = DEOPT_REASON_NAMES[inner.reason] ?? String(inner.reason);
    this.stats.deopts.set(name, (this.stats.deopts.get(name) ?? 0) + 1);
    if (inner.reason === DeoptReason.Poll && this.options.deoptimizeALot) {
      // Stress mode: every poll deoptimizes; re-entering by OSR at the very next back edge would
      // make each loop iteration a deopt, so the interpreter runs a few iterations first.
      for (const r of records) if (r.target.P.loops <= 0) r.target.P.loops = ALOT_REENTRY;
    } else if (inner.reason === DeoptReason.Invalidated) {
      // A call reached invalidated code through the table: the caller was compiled against it.
      const caller = records[1];
      if (caller !== undefined) this.invalidate(hostOf(caller.target as CompiledMethod | InlinedFrames), `called invalidated ${inner.target.P.method}`);
    } else if (inner.reason !== DeoptReason.Poll) {
      const c = hostOf(inner.target as CompiledMethod | InlinedFrames);
      // Uncommon traps (unresolved instruction, callee without code) drop the code at once: a
      // recompile sees the interpreter's resolution. Other deopts drop it when they keep happening.
      if (inner.reason === DeoptReason.Unresolved || inner.reason === DeoptReason.NotCompiled || ++c.deopts > DEOPT_LIMIT) {
        this.invalidate(c, `${name} at pc ${inner.pc}`);
      }
    }
    if (this.yieldRequested) {
      this.yieldRequested = false;
      return TierResult.DeoptedYield;
    }
    return TierResult.Deopted;
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
        if (c.invalidatedEntry !== null) this.table!.set(c.id, c.invalidatedEntry);
        this.invalidate(c, `${assumption.text}, broken by ${by.name}`);
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
    // Let the interpreter run the method a while before recompiling (it resolves what it meets),
    // so that -Xcomp does not recompile once per newly resolved instruction.
    P.hot = more ? Math.max(this.invokeThreshold, RECOMPILE_CALLS) : NEVER;
    P.loops = more ? Math.max(this.loopThreshold, 10 * RECOMPILE_CALLS) : NEVER;
    if (!more) info.failed = 'deoptimized too often';
    this.log(`made not entrant: ${P.method} (${why})${more ? '' : '; not compiled again'}`);
  }

  // ---- compilation ----

  private infoOf(P: Prepared): MethodInfo {
    let i = this.info.get(P);
    if (i === undefined) {
      i = { compiles: 0, failed: null };
      this.info.set(P, i);
    }
    return i;
  }

  /**
   * A method got hot: compile it (and first the callees it calls directly that are prepared and
   * not compiled yet), install the code and return it; null (countdowns reset) when it cannot be.
   */
  private compileHot(P: Prepared): CompiledMethod | null {
    const info = this.infoOf(P);
    if (info.failed !== null) {
      P.hot = P.loops = NEVER;
      return null;
    }
    if (this.binaryen === null) {
      void this.ready();
      // Ask again soon: the import takes a few hundred milliseconds.
      P.hot = Math.min(this.invokeThreshold, 100);
      P.loops = Math.min(this.loopThreshold, 1000);
      return null;
    }
    this.compileCallees(P, new Set([P]), 0);
    const c = this.compileOne(P);
    if (c === null) return null;
    P.hot = 0;
    P.loops = 0;
    return c;
  }

  /** Compiles, callees first, the not yet compiled methods `P` calls directly (bounded depth). */
  private compileCallees(P: Prepared, seen: Set<Prepared>, depth: number): void {
    if (depth >= 3) return;
    for (let pc = 0; pc < P.ops.length; pc++) {
      const op = P.ops[pc];
      if (P.depth[pc]! < 0 || (op !== Quick.invoke_direct && op !== Quick.invokevirtual_q && op !== Quick.invokeinterface_q)) continue;
      let m = P.ref[pc] as RtMethod;
      if (op !== Quick.invoke_direct) {
        // A call CHA may devirtualize: its one target (jit/cha.ts) is a callee like a direct one.
        const a = op === Quick.invokevirtual_q ? this.cha.virtual(m.owner, P.arg[pc]!) : this.cha.interface(m);
        if (a === null) continue;
        m = a.target;
      }
      const Q = m.prepared as Prepared | null;
      if (Q === null || Q.compiled !== null || seen.has(Q) || this.infoOf(Q).failed !== null) continue;
      seen.add(Q);
      this.compileCallees(Q, seen, depth + 1);
      if (this.compileOne(Q) !== null) { Q.hot = 0; Q.loops = 0; }
    }
  }

  /** Compiles and installs one method; logs; null after a bail-out (the method stays interpreted). */
  private compileOne(P: Prepared): CompiledMethod | null {
    const b = this.binaryen!;
    const info = this.infoOf(P);
    const start = performance.now();
    const id = this.byId.length;
    const c = new CompiledMethod(id, P, b);
    const inlinedRecords = new Map<Prepared, InlinedFrames>();
    const assumptions: Assumption[] = [];
    const mod = new b.Module();
    let times = '';
    try {
      checkEligible(P);
      mod.setFeatures(b.Features.MVP | b.Features.NontrappingFPToInt | b.Features.SignExt | b.Features.MutableGlobals);
      declareImports(mod, b, this.vm.heap.memory.buffer.byteLength >>> 16);
      const env: CompileEnv = {
        binaryen: b, argsAddress: this.argsAddress, maxDepth: MAX_DEPTH,
        calleeId: (m) => (m === P.method ? id : ((m.prepared as Prepared | null)?.compiled as CompiledMethod | null)?.id ?? -1),
        inBatch: (m) => m === P.method,
        failed: (m) => m.prepared !== null && this.infoOf(m.prepared as Prepared).failed !== null,
        classId: (name) => this.vm.registry.peek(name)?.id ?? -1,
        constRefAddress: (index) => this.roots.address(index),
        callSite: (m, vtableIndex) => this.sites.add(m, vtableIndex),
        loadedClass: (name) => this.vm.registry.peek(name) ?? null,
        devirtualize: (m, vtableIndex, holder) => (vtableIndex >= 0 ? this.cha.virtual(holder ?? m.owner, vtableIndex) : this.cha.interface(m)),
        inlineRecord: (Q) => {
          let r = inlinedRecords.get(Q);
          if (r === undefined) {
            r = new InlinedFrames(this.byId.length + 1 + inlinedRecords.size, Q, c);
            inlinedRecords.set(Q, r);
          }
          return r;
        },
      };
      const member: BatchMember = { id, P, states: c.states, osrPcs: c.osrPcs, stops: c.stops, nativeImports: c.nativeImports, inlined: c.inlined, assumptions };
      compileMethod(mod, env, member);
      // (Binaryen's validate() prints to the console; invalid code fails `new WebAssembly.Module` below instead.)
      const t1 = performance.now();
      b.setOptimizeLevel(OPT_LEVEL);
      b.setShrinkLevel(0);
      mod.optimize();
      const bytes = mod.emitBinary();
      if (DUMP) this.options.log?.(`[jit] wasm of ${P.method}:\n${mod.emitText()}`);
      const t2 = performance.now();
      const api = wasmApi();
      const natives: Record<string, unknown> = {};
      for (const [name, m] of c.nativeImports) natives[name] = nativeImport(this.vm, m);
      const instance = new api.Instance(new api.Module(bytes), { env: this.imports, natives });
      const t3 = performance.now();
      times = `gen ${(t1 - start).toFixed(1)} opt ${(t2 - t1).toFixed(1)} v8 ${(t3 - t2).toFixed(1)}`;
      const ex = instance.exports;
      c.entry = ex[`e${id}`] as () => number;
      if (c.osrPcs.length > 0) c.osrEntry = ex[`x${id}`] as (k: number) => number;
      const table = this.table!;
      if (id >= table.length) table.grow(Math.max(64, id + 1 - table.length));
      table.set(id, ex[`m${id}`]);
      c.invalidatedEntry = ex[`d${id}`];
      this.byId.push(c);
      // Inlined frames take the ids after the method's (their table slots stay empty).
      for (const r of inlinedRecords.values()) this.byId[r.id] = r;
      for (const a of assumptions) {
        a.dependents.add(c);
        c.assumptions.push(a.text);
      }
      P.compiled = c;
      info.compiles++;
      const ms = performance.now() - start;
      this.stats.compiled++;
      this.stats.wasmBytes += bytes.length;
      this.stats.compileMs += ms;
      this.log(`${String(id).padStart(5)}  ${P.method} (${P.code.length} bytes) -> ${bytes.length} wasm bytes, ${c.states.size} deopt points${c.osrPcs.length > 0 ? `, OSR at ${c.osrPcs.join(',')}` : ''}${c.inlined.length > 0 ? `, inlined ${[...new Set(c.inlined)].join(' ')}` : ''}, ${ms.toFixed(1)} ms (${times})`);
      return c;
    } catch (e) {
      // A compiler failure is never fatal: the method just stays interpreted (and the log says why).
      info.failed = e instanceof Bailout ? e.message : `internal compiler error: ${(e as Error)?.message ?? e}`;
      P.hot = P.loops = NEVER;
      this.stats.bailedOut++;
      this.log(`       ${P.method} not compiled: ${info.failed}`);
      return null;
    } finally {
      mod.dispose();
    }
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
      `${this.stats.wasmBytes} wasm bytes, ${this.stats.compileMs.toFixed(0)} ms compiling; deopts: ${d || 'none'}`;
  }
}
