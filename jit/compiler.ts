/**
 * @fileoverview Bytecode → Binaryen IR for one batch of methods (docs/jit.md). Each method becomes
 * a wasm function over its basic blocks (Binaryen's Relooper turns the CFG into structured control
 * flow), with JVM slots in typed wasm locals: slot `v` of kind int/reference, float, long or double
 * lives in local `v*4 + t` (t = 0..3 for i32, f32, i64, f64), operand-stack slots numbered after
 * the locals exactly like the interpreter's register code numbers them. Kinds come from
 * src/analysis, which is also what the deoptimizer's frame states use.
 *
 * Everything that compiled code cannot finish itself is a **deoptimization point**: the code
 * writes the frame state at that pc (docs/deopt.md) to the unwind buffer and returns, and the
 * interpreter continues at the pc (and throws, resolves, calls, ...). That covers Java exceptions
 * (the check fails → deopt before the instruction, the interpreter throws with its own messages),
 * unresolved instructions, calls to methods without compiled code, safepoint polls and the
 * compiled-call depth limit. There is no GC point inside compiled code (allocation never collects,
 * see jit/runtime.ts), so references in wasm locals never go stale.
 *
 * Instructions outside the subset make the whole method ineligible: {@link Bailout} with a reason.
 */
import type binaryenNs from 'binaryen';
import { instructionLength, Op, readI16, readI32, readU16 } from '../src/classfile/opcodes.js';
import { CpTag } from '../src/classfile/types.js';
import { analyzeMethod, SlotKind, type MethodAnalysis } from '../src/analysis/index.js';
import { Quick } from '../src/interp/quick.js';
import type { Prepared } from '../src/interp/prepared.js';
import type { Resolution } from '../src/interp/linkage.js';
import { ValueKind, type RtClass, type RtMethod } from '../src/runtime/model.js';
import { DeoptReason, LOCK_PENDING, type FrameStateTable } from '../deopt/frame-state.js';
import { intrinsicFor, type Intrinsic } from './intrinsics.js';
import { ImplicitKind } from './implicit-exceptions.js';
import type { Assumption } from './cha.js';
import { stopKind, type StopInfo } from './stops.js';
import { backEdgeLoopBytes, fieldKey, fusedFloatBranch, innermostPlan, isFloatCompare, isLeaf, loopPlans, MAX_HOISTED, planChain, recordLoopReport, siteInLoop, UNROLL_BYTES, vectorBody, type LoopPlan, type LoopReport, type VectorValue } from './loops.js';
import type { StopKind } from './trace-events.js';

type Binaryen = typeof binaryenNs;
type Module = binaryenNs.Module;
type Expr = number;

/** A method the compiler will not handle, and why (logged, tested). */
export class Bailout extends Error {}

/** Index of a slot's wasm type by value kind: int/reference, float, long, double. */
export const enum WT { I = 0, F = 1, J = 2, D = 3 }

/** The wasm type of a SlotKind (only value kinds). */
export function wtOfKind(kind: number): WT {
  switch (kind) {
    case SlotKind.Float: return WT.F;
    case SlotKind.Long: return WT.J;
    case SlotKind.Double: return WT.D;
    default: return WT.I;
  }
}

/** The wasm type of a ValueKind (parameters, returns, fields). */
export function wtOfValue(kind: ValueKind): WT {
  switch (kind) {
    case ValueKind.Float: return WT.F;
    case ValueKind.Long: return WT.J;
    case ValueKind.Double: return WT.D;
    default: return WT.I;
  }
}

/** Largest max_locals + max_stack compiled (bounds one unwind record, see runtime.ts). */
export const MAX_SLOTS = 500;
/** Largest bytecode compiled. */
export const MAX_CODE = 8000;
/** Largest callee inlined (bytecode bytes), and deepest inlining chain. */
export const INLINE_BYTES = 35;
export const INLINE_DEPTH = 3;
/**
 * Largest callee inlined at a call site inside a loop (of the method or of an inlined frame whose
 * own call site is in a loop): such a site runs often, like HotSpot's "frequent" sites
 * (FreqInlineSize), and a call costs compiled code a depth count, an entry poll and a deopt-flag
 * test (docs/jit.md "Loops").
 */
export const INLINE_BYTES_IN_LOOP = 100;
/** Slots reserved beyond the method's own for the frames of inlined callees. */
const INLINE_SLOTS = 64;
/**
 * Compiled exception handlers (docs/deopt.md "Exceptions in compiled code"): an exception thrown by
 * `athrow` or coming back from a call enters the first matching handler of the frame or its
 * inlined callers. TERN_JIT_HANDLERS=off deoptimizes instead (as before; for comparisons).
 */
const HANDLERS = process.env.TERN_JIT_HANDLERS !== 'off';
/** The deopt flag's value for "the callee threw": the exception is in the exception word, callers may catch it. */
export const EXCEPTION_FLAG = 2;

/** What the compiler needs from the JIT runtime. */
export interface CompileEnv {
  readonly binaryen: Binaryen;
  /** Address of the argument/result buffer (runtime.ts). */
  readonly argsAddress: number;
  /** Compiled-call depth beyond which a call deoptimizes at entry. */
  readonly maxDepth: number;
  /**
   * Most back edges of an innermost loop per safepoint poll (counted polls, docs/jit.md "Safepoint
   * polls"); 1 = poll at every back edge (-XX:+DeoptimizeALot, slice budgets). Absent: 1.
   */
  readonly pollStride?: number;
  /**
   * Most loop headers that get an OSR function of their own (`o<id>_<k>`, entering at that header
   * only); a method with more OSR entries gets one function entering at all of them. One entry per
   * function keeps every loop single-entry (a function entering a nest at several headers runs
   * its loops through the Relooper's label dispatch: Sparse's OSR code was 20 % slower), at the
   * cost of one more copy of the body per header. Absent: 1 (one OSR function).
   */
  readonly osrFunctions?: number;
  /** The id (function-table index) of `m`'s compiled code: in this batch, or installed; -1 if none. */
  calleeId(m: RtMethod): number;
  /** A table index reserved for `m`, which has no code yet: it will route calls to `m`'s code once compiled. */
  calleeSlot(m: RtMethod): number;
  /** True when `m` was found not compilable. */
  failed(m: RtMethod): boolean;
  /** True when `m` is compiled in this batch (direct call). */
  inBatch(m: RtMethod): boolean;
  /** Class id of a loaded class, or -1. */
  classId(name: string): number;
  /**
   * Address of the root-table slot holding constant reference `index` (vm.constRefs: interned
   * strings, class mirrors). The runtime keeps the slot equal to the constant across moving
   * collections, so compiled code never embeds an address that the GC could move.
   */
  constRefAddress(index: number): number;
  /** A loaded class by internal name, or null. */
  loadedClass(name: string): RtClass | null;
  /** CHA (jit/cha.ts): the assumption that this call has one target, or null. `holder` is the site's static receiver class. */
  devirtualize(resolved: RtMethod, vtableIndex: number, holder: RtClass | null): Assumption | null;
  /** Record id and frame-state table for frames of `P` inlined into the method being compiled. */
  inlineRecord(P: Prepared): { id: number; states: FrameStateTable };
  /** A new inline-cache call site for a virtual (vtableIndex >= 0) or interface call (jit/dispatch.ts). */
  callSite(m: RtMethod, vtableIndex: number): { index: number; cache: number };
  /** Whether code for (or inlined from) `P` may speculate on its branch profile (not after too many `unstable-if` traps). */
  speculate?(P: Prepared): boolean;
  /** Address of the root-table slot holding `cls`'s java.lang.Class object, or -1 when it has none yet (never created here: that allocates). */
  mirrorAddress?(cls: RtClass): number;
  /** `m`'s interpreter data, prepared now if it has not run yet (to inline it). */
  prepared(m: RtMethod): Prepared;
  /** The instruction at `pc` of `P`, which the interpreter has not quickened, resolved now (linkage.ts resolveAhead), or null. */
  resolve(P: Prepared, pc: number): Resolution | null;
  /** Name of the imported i32 global that is 1 once `cls` is initialized (the runtime sets it). */
  initFlag(cls: RtClass): string;
  /** Root-table address for the ldc constant `ref` (a string not interned yet, a class without constant mirror yet): 0 until it exists. */
  pendingConstAddress(ref: string | RtClass): number;
}

/** One method of a batch, as the compiler sees it. */
export interface BatchMember {
  readonly id: number;
  readonly P: Prepared;
  /** Frame states of this method's deopt points, filled by the compiler. */
  readonly states: FrameStateTable;
  /** pcs where the OSR function can enter (targets of backward branches), filled by the compiler. */
  readonly osrPcs: number[];
  /** Stop points with their kinds and reasons (for the deopt trace), filled by the compiler. */
  readonly stops: StopInfo[];
  /** Native functions the code calls as imports (module `natives`), by import name. */
  readonly nativeImports: Map<string, RtMethod>;
  /** Methods inlined (`method@pc`) and CHA assumptions used, filled by the compiler. */
  readonly inlined: string[];
  readonly assumptions: Assumption[];
  /**
   * Call sites, by the index compiled code stores in its frame's site word before the call
   * ({@link siteWordsAddress}): each the frames at the call, innermost first, as
   * [record id, pc, record id, pc, ...] (an inlined frame's record, then its callers'), filled by
   * the compiler. Stack walks read them (docs/deopt.md "Stack traces through compiled frames").
   */
  readonly callSites: number[][];
}

/**
 * Address of the site words: one 8-byte word per compiled-call depth (1..maxDepth + 1), after the
 * args and unwind buffers. Before each call that may reach the runtime (a call of compiled code, a
 * stub, the adapter), compiled code stores [its compiled-method id, call-site index] in the word
 * of its depth, so a stack walk can name every compiled frame without unwinding it.
 */
export function siteWordsAddress(argsAddress: number, maxDepth: number): number {
  return argsAddress + 8 * MAX_SLOTS + (maxDepth + 2) * (INLINE_DEPTH + 1) * (8 + 8 * MAX_SLOTS);
}

/** Bytes of the site words ({@link siteWordsAddress}). */
export function siteWordsBytes(maxDepth: number): number {
  return 8 * (maxDepth + 2);
}

/** Init-flag globals already imported and stubs already emitted, by module (a batch's methods share one). */
const DECLARED = new WeakMap<Module, Set<string>>();

/** True the first time `name` is asked about for module `m`. */
function firstIn(m: Module, name: string): boolean {
  let names = DECLARED.get(m);
  if (names === undefined) DECLARED.set(m, (names = new Set()));
  return names.size !== names.add(name).size;
}

/**
 * Adds (once per module) `n<k>`: a function with `method`'s signature that the runtime puts in
 * table slots of methods that have no code (not compiled yet, dropped, or not compilable): the
 * adapter of compiled-to-interpreted calls (docs/deopt.md "Calls into the interpreter"). It
 * stores the arguments in the args buffer (as `e<id>` reads them) and calls the runtime's `i2c`,
 * which runs the method in the interpreter: 0 = returned, the result is in the args buffer; else
 * it raises the deopt flag without a record of its own, so the caller unwinds at its invoke (the
 * runtime then finishes what the interpreter started, or the interpreter makes the call).
 */
function emitStub(m: Module, b: Binaryen, k: number, method: RtMethod, argsAddress: number): void {
  const name = `n${k}`;
  if (!firstIn(m, name)) return;
  const sig = signature(b, method);
  const zero = sig.result === null ? null : sig.result === WT.I ? m.i32.const(0) : sig.result === WT.F ? m.f32.const(0) : sig.result === WT.J ? m.i64.const(0, 0) : m.f64.const(0);
  const body: Expr[] = sig.params.map((t, i) => store(m, t, argsAddress + 8 * i, m.local.get(i, wasmType(b, t))));
  // (i2c's result is the flag: 1 unwind, 2 the callee threw, the exception pending: EXCEPTION_FLAG.)
  body.push(m.global.set('deopt', m.call('i2c', [m.i32.const(k)], b.i32)));
  body.push(m.if(m.global.get('deopt', b.i32), zero === null ? m.return() : m.return(zero)));
  body.push(sig.result === null ? m.return() : m.return(load(m, sig.result, argsAddress)));
  m.addFunction(name, b.createType(sig.params.map((t) => wasmType(b, t))), sig.result === null ? b.none : wasmType(b, sig.result), [],
    m.block(null, body));
  m.addFunctionExport(name, name);
}

/** Primitive array class names by `newarray` atype. */
const ATYPE_CLASS = ['', '', '', '', '[Z', '[C', '[F', '[D', '[B', '[S', '[I', '[J'];
const ATYPE_SIZE = [0, 0, 0, 0, 1, 2, 4, 8, 1, 2, 4, 8];

/** Declares the imports every compiled module uses (runtime.ts provides them). */
export function declareImports(m: Module, b: Binaryen, memoryPages: number): void {
  m.setMemory(memoryPages, memoryPages, null, [], false, false, 'mem');
  m.addMemoryImport('mem', 'env', 'memory');
  m.addTable('table', 0, 0xffffffff);
  m.addTableImport('table', 'env', 'table');
  for (const g of ['ub', 'deopt', 'depth', 'budget']) m.addGlobalImport(g, 'env', g, b.i32, true);
  m.addFunctionImport('poll', 'env', 'poll', b.createType([b.i32]), b.i32);
  m.addFunctionImport('newarray', 'env', 'newarray', b.createType([b.i32, b.i32, b.i32]), b.i32);
  m.addFunctionImport('drem', 'env', 'drem', b.createType([b.f64, b.f64]), b.f64);
  m.addFunctionImport('newobj', 'env', 'newobj', b.createType([b.i32, b.i32]), b.i32);
  m.addFunctionImport('multinew', 'env', 'multinew', b.createType([b.i32, b.i32, b.i32, b.i32, b.i32, b.i32]), b.i32);
  m.addFunctionImport('subtype', 'env', 'subtype', b.createType([b.i32, b.i32]), b.i32);
  m.addFunctionImport('storechk', 'env', 'storechk', b.createType([b.i32, b.i32]), b.i32);
  m.addFunctionImport('dispatch', 'env', 'dispatch', b.createType([b.i32, b.i32]), b.i32);
  m.addFunctionImport('arraycopy', 'env', 'arraycopy', b.createType([b.i32, b.i32, b.i32, b.i32, b.i32]), b.i32);
  m.addFunctionImport('i2c', 'env', 'i2c', b.createType([b.i32]), b.i32);
  m.addFunctionImport('exget', 'env', 'exget', b.none, b.i32);
  m.addFunctionImport('exmatch', 'env', 'exmatch', b.createType([b.i32, b.i32, b.i32]), b.i32);
  m.addFunctionImport('newexc', 'env', 'newexc', b.createType([b.i32, b.i32, b.i32, b.i32, b.i32]), b.i32);
  declareMonitorImports(m, b);
}

/** Wasm type of a WT. */
function wasmType(b: Binaryen, t: WT): number {
  return t === WT.I ? b.i32 : t === WT.F ? b.f32 : t === WT.J ? b.i64 : b.f64;
}

/** Wasm parameter and result types of a method (receiver first). */
export function signature(b: Binaryen, method: RtMethod): { params: WT[]; result: WT | null } {
  const params: WT[] = [];
  if (!method.isStatic) params.push(WT.I);
  for (const k of method.paramKinds) params.push(wtOfValue(k));
  return { params, result: method.returnKind === ValueKind.Void ? null : wtOfValue(method.returnKind) };
}

/** Checks the method-level conditions; throws Bailout. */
export function checkEligible(P: Prepared): void {
  const m = P.method;
  if (P.verifyError !== null) throw new Bailout('fails verification');
  if (m.code!.code.length > MAX_CODE) throw new Bailout(`bytecode too large (${m.code!.code.length} bytes)`);
  if (P.stackOffset + m.code!.maxStack > MAX_SLOTS) throw new Bailout('too many locals and stack slots');
  if (m.name === '<clinit>') throw new Bailout('class initializer');
}

/**
 * Adds to `mod` the functions of `member`: `m<id>` (normal entry, Java arguments as parameters),
 * `e<id>` (entry trampoline: arguments from the args buffer, result to it, returns the deopt flag),
 * and, when the method has loops, `o<id>`/`x<id>` (OSR entry at a loop header, and its trampoline).
 */
export function compileMethod(mod: Module, env: CompileEnv, member: BatchMember): void {
  checkEligible(member.P);
  const g = new MethodGen(mod, env, member);
  g.scan();
  g.emitNormal();
  g.emitInvalidated();
  emitStub(mod, env.binaryen, member.id, member.P.method, env.argsAddress);
  g.emitTrampoline();
  // A loop whose back edges all follow a stop that always unwinds (an Object.wait call: now that
  // callees without code no longer end a block, e.g. `while (isAlive()) wait(0);` compiles) has no
  // poll at its header: not worth entering by OSR, and every OSR entry is a stop point.
  const polled = member.osrPcs.filter((pc) => member.stops.some((s) => s.pc === pc && s.recordId === member.id && s.kind === 'loop-poll'));
  member.osrPcs.splice(0, member.osrPcs.length, ...polled);
  if (member.osrPcs.length > 0) {
    g.emitOsr();
    g.emitOsrTrampoline();
  }
  recordLoopReport(methodName(member.P.method), member.states, g.loopReport());
}

/**
 * One Java frame being emitted: the compiled method itself, or a method inlined into it. Slots of
 * an inlined frame live in the same function's locals, starting at `base` (where the caller's
 * arguments already are, exactly as the interpreter lays frames out), so arguments need no copy.
 */
export interface FrameCtx {
  readonly P: Prepared;
  readonly method: RtMethod;
  readonly code: Uint8Array;
  readonly analysis: MethodAnalysis;
  readonly maxLocals: number;
  /** Slot of this frame's local 0 in the function's slot space. */
  readonly base: number;
  /** Record id and frame-state table that unwind records of this frame use. */
  readonly recordId: number;
  readonly states: FrameStateTable;
  /** The caller frame and its invoke pc, for inlined frames. */
  readonly caller: { ctx: FrameCtx; pc: number } | null;
  /** For inlined frames: the label a return breaks to. */
  readonly retLabel: string | null;
  /** Reachable blocks (through normal edges from the entry), by analysis block index. */
  readonly live: boolean[];
}

/** Code generation for one method. */
class MethodGen {
  private readonly b: Binaryen;
  private readonly sig: { params: WT[]; result: WT | null };
  private readonly resultType: number;
  /** Locals of the function being emitted start after this many parameters. */
  private nParams = 0;
  /** Slots of the function: the method's own plus those of inlined frames. */
  private nSlots: number;
  /** The frame whose instructions are being emitted. */
  private ctx: FrameCtx;
  private readonly root: FrameCtx;

  constructor(private readonly mod: Module, private readonly env: CompileEnv, private readonly member: BatchMember) {
    this.b = env.binaryen;
    const method = member.P.method;
    this.root = this.ctx = {
      P: member.P, method, code: method.code!.code, analysis: analyzeMethod(method.owner.file!, method.info),
      maxLocals: method.code!.maxLocals, base: 0, recordId: member.id, states: member.states, caller: null, retLabel: null, live: [],
    };
    this.nSlots = Math.min(MAX_SLOTS, member.P.stackOffset + method.code!.maxStack + INLINE_SLOTS);
    this.sig = signature(this.b, method);
    this.resultType = this.sig.result === null ? this.b.none : wasmType(this.b, this.sig.result);
  }

  private get method(): RtMethod { return this.ctx.method; }
  private get code(): Uint8Array { return this.ctx.code; }
  private get analysis(): MethodAnalysis { return this.ctx.analysis; }
  private get maxLocals(): number { return this.ctx.maxLocals; }
  private get live(): boolean[] { return this.ctx.live; }

  /** Finds the blocks compiled code can reach and the OSR entry pcs. */
  scan(): void {
    const loopHeaders = scanLive(this.root, (pc) => this.unstableIf(this.root, pc));
    for (const pc of loopHeaders) this.member.osrPcs.push(pc);
  }

  // ---- locals ----

  private L(v: number, t: WT): number { return this.nParams + v * 4 + t; }
  /** The i32 label local of Relooper number `k` (0 = the method's own). */
  private labelLocal(k: number): number { return this.nParams + this.nSlots * 4 + 28 + 4 * MAX_HOISTED + k * 8; }
  /** The i32 local selecting the entry of Relooper number `k`: 0 its own entry, i > 0 its i-th exception handler. */
  private excLocal(k: number): number { return this.nParams + this.nSlots * 4 + 28 + 4 * MAX_HOISTED + k * 8 + 4; }
  /** The i32 local of hoisted value `j` (< MAX_HOISTED; jit/loops.ts). */
  private hoistLocal(j: number): number { return this.nParams + this.nSlots * 4 + 28 + 4 * j; }
  /** The i32 local holding this frame's site-word offset (depth × 8), set at entry ({@link siteStore}). */
  private siteLocal(): number { return this.nParams + this.nSlots * 4 + 24; }
  private tmp(t: WT): number { return this.nParams + this.nSlots * 4 + t; }
  /** Scratch local `i` (0..3) of type `t`, for stack shuffles. */
  private scratch(i: number, t: WT): number { return this.nParams + this.nSlots * 4 + 4 + i * 4 + t; }
  private get(v: number, t: WT): Expr { return this.mod.local.get(this.L(v, t), wasmType(this.b, t)); }
  private set(v: number, t: WT, e: Expr): Expr { this.src.delete(v); this.isrc.delete(v); this.csrc.delete(v); return this.mod.local.set(this.L(v, t), e); }
  private varTypes(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.nSlots * 4 + 29 + 4 * MAX_HOISTED + 8 * this.relooperCount; i++) out.push(wasmType(this.b, (i & 3) as WT));
    return out;
  }

  private zero(): Expr {
    const m = this.mod;
    switch (this.sig.result) {
      case null: return 0;
      case WT.I: return m.i32.const(0);
      case WT.F: return m.f32.const(0);
      case WT.J: return m.i64.const(0, 0);
      default: return m.f64.const(0);
    }
  }

  /** `return v` (or `return`), leaving the compiled-call depth. */
  private ret(value: Expr | null): Expr {
    const m = this.mod;
    const leave = m.global.set('depth', m.i32.sub(m.global.get('depth', this.b.i32), m.i32.const(1)));
    return m.block(null, [leave, value === null ? m.return() : m.return(value)]);
  }

  /**
   * Deoptimization at `pc`: writes the record [id, pc | reason << 16, values...] at the unwind
   * pointer (deopt/frame-state.ts), advances it, raises the deopt flag and returns.
   */
  private deopt(pc: number, reason: DeoptReason, why?: string, kind?: StopKind, flags = 0, flag: number | null = 1): Expr {
    const m = this.mod, b = this.b;
    const body: Expr[] = [];
    // The frame of `ctx` first, then (inlined frames) each caller at its invoke: innermost first,
    // exactly the records separate compiled frames would write (docs/deopt.md).
    this.noteStop(pc, reason, why, kind);
    this.writeRecord(body, this.ctx, pc, reason, flags);
    for (let c = this.ctx.caller; c !== null; c = c.ctx.caller) this.writeRecord(body, c.ctx, c.pc, DeoptReason.Caller);
    if (flag !== null) body.push(m.global.set('deopt', m.i32.const(flag)));
    body.push(this.ret(this.sig.result === null ? null : this.zero()));
    return m.block(null, body);
  }

  /** Call-site indexes of this function's sites, by their frames (normal and OSR bodies share them). */
  private readonly siteIndex = new Map<string, number>();

  /**
   * The store before a call at `pc` of the current frame: [member id, call-site index] into the
   * site word of this compiled frame's depth (one `i64.store` of a constant at the offset kept in
   * a local since entry, {@link siteOffset}), so a stack walk
   * during the call names this frame and its inlined callers ({@link siteWordsAddress}).
   */
  private siteStore(pc: number): Expr {
    const m = this.mod, b = this.b;
    const words = siteWordsAddress(this.env.argsAddress, this.env.maxDepth);
    return m.i64.store(words, 8, m.local.get(this.siteLocal(), b.i32), m.i64.const(this.member.id, this.siteAt(pc)));
  }

  /** The call-site index of `pc` in the current frame (with its inlined callers at their invokes). */
  private siteAt(pc: number): number {
    const frames: number[] = [this.ctx.recordId, pc];
    for (let c = this.ctx.caller; c !== null; c = c.ctx.caller) frames.push(c.ctx.recordId, c.pc);
    const key = frames.join(',');
    let k = this.siteIndex.get(key);
    if (k === undefined) {
      k = this.member.callSites.length;
      this.member.callSites.push(frames);
      this.siteIndex.set(key, k);
    }
    return k;
  }

  /** At entry (after the depth increment): the offset of this frame's site word, kept in a local. */
  private siteOffset(): Expr {
    const m = this.mod;
    return m.local.set(this.siteLocal(), m.i32.shl(m.global.get('depth', this.b.i32), m.i32.const(3)));
  }

  /** Appends to `body` the unwind record of frame `ctx` at `pc` and advances the unwind pointer. */
  private writeRecord(body: Expr[], ctx: FrameCtx, pc: number, reason: DeoptReason, flags = 0): void {
    const m = this.mod, b = this.b;
    const entries = ctx.states.at(pc, () => stateEntries(ctx, pc));
    const ub = (): Expr => m.global.get('ub', b.i32);
    body.push(m.i32.store(0, 4, ub(), m.i32.const(ctx.recordId)));
    body.push(m.i32.store(4, 4, ub(), m.i32.const(pc | flags | (reason << 16))));
    for (let i = 0; i < entries.length; i += 2) {
      const v = ctx.base + entries[i]!, t = wtOfKind(entries[i + 1]!), off = 8 + 4 * i;
      const val = this.get(v, t);
      if (t === WT.I) body.push(m.i32.store(off, 4, ub(), val));
      else if (t === WT.F) body.push(m.f32.store(off, 4, ub(), val));
      else if (t === WT.J) body.push(m.i64.store(off, 8, ub(), val));
      else body.push(m.f64.store(off, 8, ub(), val));
    }
    body.push(m.global.set('ub', m.i32.add(ub(), m.i32.const(8 + 4 * entries.length))));
  }

  // ---- exceptions (docs/deopt.md "Exceptions in compiled code") ----

  /** Per frame being emitted: its Relooper number and its exception entries (handler block → switch value). */
  private readonly excEntries = new Map<FrameCtx, { k: number; handlers: Map<number, number> }>();

  /** The exception word (compiler.ts siteWordsAddress: the word of depth 0, which no frame uses). */
  private get excWord(): number { return siteWordsAddress(this.env.argsAddress, this.env.maxDepth); }

  /**
   * After a call: a raised deopt flag means the callee unwound (1), or threw ({@link EXCEPTION_FLAG}:
   * the exception in the exception word). A thrown exception enters the first matching handler of
   * this frame or its inlined callers ({@link catchAt}); otherwise this frame writes its record at
   * the invoke and returns too, leaving the flag at 2 when its callers may catch it.
   */
  private afterCall(pc: number): Expr {
    const m = this.mod, b = this.b;
    const c = this.catchAt(pc, m.i32.load(0, 4, m.i32.const(this.excWord)), true);
    const rest = this.deopt(pc, DeoptReason.Caller, undefined, undefined, 0, c.propagates ? null : 1);
    const thrown: Expr[] = [];
    if (c.code !== null) thrown.push(c.code);
    if (c.propagates && this.root.method.isSynchronized) thrown.push(m.drop(m.call('monexit', [this.get(this.root.maxLocals, WT.I)], b.i32)));
    return m.if(m.global.get('deopt', b.i32),
      thrown.length === 0 ? rest : m.block(null, [m.if(m.i32.eq(m.global.get('deopt', b.i32), m.i32.const(EXCEPTION_FLAG)), m.block(null, thrown)), rest]));
  }

  /**
   * `athrow` of the reference in `slot`: null throws the NullPointerException ({@link
   * implicitThrow}); else the first matching handler of this frame or its inlined callers
   * is entered; else the frame writes its record at the `athrow` and returns with the exception in
   * the exception word and the flag at 2, so a compiled caller may catch it (if none does, the
   * rebuilt frame runs the `athrow` again in the interpreter).
   */
  private athrow(pc: number, slot: number): Expr {
    const m = this.mod;
    const out: Expr[] = [m.if(m.i32.eqz(this.get(slot, WT.I)), this.implicitThrow(pc, ImplicitKind.Null))];
    const c = this.catchAt(pc, this.get(slot, WT.I), false);
    if (c.code !== null) out.push(c.code);
    if (c.propagates) out.push(m.i32.store(0, 4, m.i32.const(this.excWord), this.get(slot, WT.I)));
    if (c.propagates && this.root.method.isSynchronized) out.push(m.drop(m.call('monexit', [this.get(this.root.maxLocals, WT.I)], this.b.i32)));
    out.push(this.deopt(pc, DeoptReason.Throw, undefined, undefined, 0, c.propagates ? EXCEPTION_FLAG : 1));
    return m.block(null, out);
  }

  /**
   * A throw point of compiled code's own at `pc` (a failed null, bounds, division, cast, store or
   * size check: docs/deopt.md "Implicit exceptions in compiled code"), in its slow path only: the
   * runtime (`newexc`, told the call site that names the instruction, which it stores in this
   * frame's site word for the stack trace) creates the exception the interpreter would throw
   * there and puts it in the exception word; it enters the first matching handler of this frame
   * or its inlined callers, or goes to the compiled caller with the exception flag. The deopt at
   * the instruction stays (flag 1, the interpreter throws) when the runtime could not create it
   * (0: that needs the compiled frames unwound), when the handler search is the interpreter's
   * (undecided, {@link catchAt}: then nothing is created), and with compiled handlers off.
   */
  private implicitThrow(pc: number, kind: ImplicitKind, a: Expr | null = null, b: Expr | null = null, why?: string): Expr {
    const m = this.mod, i32 = this.b.i32, x = this.scratch(3, WT.I);
    const c = this.catchAt(pc, m.local.get(x, i32), false);
    if (c.code === null && !c.propagates) return this.deopt(pc, DeoptReason.Throw, why);
    const created = m.call('newexc', [m.i32.const(kind), a ?? m.i32.const(0), b ?? m.i32.const(0), m.i32.const(this.member.id), m.i32.const(this.siteAt(pc))], i32);
    // (Created: flag 2 when compiled callers may catch it, else 1.)
    const flag = (ex: Expr): Expr => (c.propagates ? m.i32.sub(m.i32.const(EXCEPTION_FLAG), m.i32.eqz(ex)) : m.i32.const(1));
    const body: Expr[] = [];
    if (c.code === null) body.push(m.global.set('deopt', flag(created)));
    else body.push(m.local.set(x, created), m.if(m.local.get(x, i32), c.code), m.global.set('deopt', flag(m.local.get(x, i32))));
    if (c.propagates && this.root.method.isSynchronized) {
      body.push(m.if(m.i32.eq(m.global.get('deopt', i32), m.i32.const(EXCEPTION_FLAG)), m.drop(m.call('monexit', [this.get(this.root.maxLocals, WT.I)], i32))));
    }
    body.push(this.deopt(pc, DeoptReason.Throw, why, undefined, 0, null));
    return m.block(null, body);
  }

  /**
   * The handler search of the interpreter (src/interp/unwind.ts findHandler) for exception `ex`
   * thrown at `pc` of the current frame: its exception-table rows covering `pc` in order, then
   * each inlined caller's at its invoke; a catch type is tested with the `subtype` import (the
   * same supertypes set), or with `exmatch` when it was not loaded at compile time. A match enters the handler (clears the flag and the records callees
   * wrote, puts the exception in the handler frame's stack slot 0, breaks to its Relooper's
   * exception entry). `propagates`: no row was left undecided (a handler not compiled), so compiled callers may
   * catch what falls through; else they must not (flag 1: the interpreter searches).
   */
  private catchAt(pc: number, ex: Expr, fromCall: boolean): { code: Expr | null; propagates: boolean } {
    if (!HANDLERS) return { code: null, propagates: false };
    const m = this.mod, b = this.b, x = this.scratch(3, WT.I);
    const tests: Expr[] = [];
    let decided = true;
    let ctx: FrameCtx = this.ctx, at = pc;
    search: for (;;) {
      const cfg = ctx.analysis.cfg;
      const blk = cfg.blocks[cfg.blockAt(at)]!;
      const ent = this.excEntries.get(ctx);
      const xb = this.xbLabel.get(ctx);
      for (const e of blk.exceptionEdges) {
        const i = ent?.handlers.get(e.handler);
        if (ent === undefined || i === undefined || xb === undefined) { decided = false; break search; }
        const enter = m.block(null, [
          ...(fromCall ? [m.drop(m.call('exget', [], b.i32))] : []),
          m.global.set('deopt', m.i32.const(0)),
          m.global.set('ub', m.i32.const(this.env.argsAddress + 8 * MAX_SLOTS)),
          m.local.set(this.L(ctx.base + ctx.P.stackOffset, WT.I), m.local.get(x, b.i32)),
          m.local.set(this.excLocal(ent.k), m.i32.const(i)),
          this.toHandlerFrame(ctx),
        ]);
        if (e.catchType === null) { tests.push(enter); break search; }
        const cls = this.catchClass(e.catchType);
        const exClass = m.i32.load(0, 4, m.local.get(x, b.i32));
        // (A catch type not loaded at compile time: the runtime tests it by the row's name, `exmatch`.)
        tests.push(m.if(cls === null ? m.call('exmatch', [exClass, m.i32.const(ctx.recordId), m.i32.const(e.row)], b.i32)
          : m.call('subtype', [exClass, m.i32.const(cls.id)], b.i32), enter));
      }
      if (ctx.caller === null) break;
      at = ctx.caller.pc;
      ctx = ctx.caller.ctx;
    }
    // A synchronized method releases its monitor as the exception leaves it (the interpreter's
    // handler search does the same; should it be rebuilt after all, that search finds the monitor
    // released already and goes on, as it does for a lock never taken).
    const propagates = decided;
    return { code: tests.length === 0 ? null : m.block(null, [m.local.set(x, ex), ...tests]), propagates };
  }

  /** Labels of the blocks being emitted, per frame (`xb<n>` wraps a block's code; {@link catchAt} breaks to it). */
  private readonly xbLabel = new Map<FrameCtx, { label: string }>();
  private readonly xbUsed = new Set<string>();
  private labelSeq = 0;
  /** Frames outside the inlined body being emitted whose handlers its code enters (their exception-entry local set). */
  private crossTargets = new Set<FrameCtx>();

  /**
   * The branch that leaves a throw point for a handler of frame `target` (its exception-entry
   * local already set): out of the current block's code when `target` is the current frame, else
   * out of the current inlined body (as its returns do); the code after each inlined body passes
   * it on ({@link inline}).
   */
  private toHandlerFrame(target: FrameCtx): Expr {
    if (target === this.ctx) {
      const xb = this.xbLabel.get(target)!.label;
      this.xbUsed.add(xb);
      return this.mod.br(xb);
    }
    this.crossTargets.add(target);
    return this.mod.br(this.ctx.retLabel!);
  }

  /** A catch type's class if loaded now (a class not loaded has no instances yet, but may load later), else null. */
  private catchClass(name: string): RtClass | null {
    try {
      return this.env.loadedClass(name);
    } catch (e) {
      if (e instanceof Bailout) return null;
      throw e;
    }
  }

  /** Records a stop point for the trace (jit/stops.ts). */
  private noteStop(pc: number, reason: DeoptReason, why?: string, stopKindOverride?: StopKind): void {
    const chain: string[] = [];
    for (let c = this.ctx.caller; c !== null; c = c.ctx.caller) chain.unshift(`${methodName(c.ctx.method)}@${c.pc}`);
    const stops = this.member.stops;
    const kind = stopKindOverride ?? stopKind(reason, pc, this.ctx.caller === null);
    if (stops.some((x) => x.pc === pc && x.recordId === this.ctx.recordId && x.kind === kind)) return;
    const info: StopInfo = { pc, kind, inlinedFrom: chain, method: methodName(this.ctx.method), recordId: this.ctx.recordId, slotBase: this.ctx.base, ...(why === undefined ? {} : { reason: why }) };
    stops.push(info);
  }

  /**
   * A counted poll on a back edge of a natural loop of `bytes` bytecode bytes (-1: not a loop's
   * back edge, an ordinary poll): a countdown in an i32 local (a register) shared by all back
   * edges of the function, and the ordinary poll only when it runs out, every `stride`-th time,
   * where the stride shrinks with the loop's size (about 512 bytecode bytes of loop run between
   * two polls; an inner loop's back edges count down the same local) and never exceeds the
   * runtime's `pollStride`. The global budget is a load-modify-store of an
   * imported global: per iteration it put a store-to-load forwarding latency on the loop's
   * critical path. The local starts at 0, so the first back edge after entry polls at once.
   */
  private countedPoll(pc: number, bytes: number): Expr {
    const stride = bytes <= 0 ? 1 : Math.max(1, Math.min(this.env.pollStride ?? 1, Math.floor(512 / bytes)));
    if (stride === 1) return this.poll(pc, false);
    const m = this.mod, b = this.b, cnt = this.pollCounter();
    return m.block(null, [
      m.local.set(cnt, m.i32.sub(m.local.get(cnt, b.i32), m.i32.const(1))),
      m.if(m.i32.le_s(m.local.get(cnt, b.i32), m.i32.const(0)), m.block(null, [m.local.set(cnt, m.i32.const(stride)), this.poll(pc, false)])),
    ]);
  }

  /** The i32 local of the counted polls (one per function; jit/loops.ts). */
  private pollCounter(): number { return this.nParams + this.nSlots * 4 + 20; }

  /** The poll: count down the budget; when it runs out ask the runtime, which may request a deopt. */
  private poll(pc: number, isEntry: boolean, flags = 0): Expr {
    const m = this.mod, b = this.b;
    const budget = m.i32.sub(m.global.get('budget', b.i32), m.i32.const(1));
    return m.block(null, [
      m.global.set('budget', budget),
      m.if(m.i32.le_s(m.global.get('budget', b.i32), m.i32.const(0)),
        m.if(m.call('poll', [m.i32.const(isEntry ? 1 : 0)], b.i32), this.deopt(pc, DeoptReason.Poll, undefined, isEntry ? 'entry-poll' : 'loop-poll', flags))),
    ]);
  }

  // ---- functions ----

  emitNormal(): void {
    const m = this.mod, b = this.b;
    this.nParams = this.sig.params.length;
    const prologue: Expr[] = [];
    let slot = 0;
    this.sig.params.forEach((t, i) => {
      prologue.push(this.set(slot, t, m.local.get(i, wasmType(b, t))));
      slot += t === WT.J || t === WT.D ? 2 : 1;
    });
    prologue.push(m.global.set('depth', m.i32.add(m.global.get('depth', b.i32), m.i32.const(1))));
    prologue.push(this.siteOffset());
    // A synchronized method locks after the depth check and the entry poll, whose deopts then
    // leave the lock to the deoptimizer (so a thread never yields at the poll holding it).
    const sync = this.method.isSynchronized;
    if (sync) prologue.push(this.set(this.root.maxLocals, WT.I, this.lockObject()));
    prologue.push(m.if(m.i32.gt_s(m.global.get('depth', b.i32), m.i32.const(this.env.maxDepth)), this.deopt(0, DeoptReason.Depth, undefined, undefined, sync ? LOCK_PENDING : 0)));
    prologue.push(this.poll(0, true, sync ? LOCK_PENDING : 0));
    if (sync) this.lockAtEntry(prologue);
    const body = this.body(null);
    m.addFunction(`m${this.member.id}`, b.createType(this.sig.params.map((t) => wasmType(b, t))), this.resultType, this.varTypes(),
      m.block(null, [...prologue, body, this.sig.result === null ? m.nop() : m.unreachable()]));
    m.addFunctionExport(`m${this.member.id}`, `m${this.member.id}`);
  }

  /**
   * `d<id>`: what the table holds once the code is invalidated (a CHA assumption broke): same
   * signature as `m<id>`, deoptimizes at once at pc 0 with reason `invalidated`, so callers
   * compiled against this method hand the call to the interpreter (and get recompiled).
   */
  emitInvalidated(): void {
    const m = this.mod, b = this.b;
    this.nParams = this.sig.params.length;
    this.relooperCount = 1;
    const body: Expr[] = [];
    let slot = 0;
    this.sig.params.forEach((t, i) => {
      body.push(this.set(slot, t, m.local.get(i, wasmType(b, t))));
      slot += t === WT.J || t === WT.D ? 2 : 1;
    });
    body.push(m.global.set('depth', m.i32.add(m.global.get('depth', b.i32), m.i32.const(1))));
    // A synchronized method has not taken its lock here: the deoptimizer enters the monitor.
    if (this.method.isSynchronized) body.push(this.set(this.root.maxLocals, WT.I, this.lockObject()));
    body.push(this.deopt(0, DeoptReason.Invalidated, 'code invalidated', undefined, this.method.isSynchronized ? LOCK_PENDING : 0));
    m.addFunction(`d${this.member.id}`, b.createType(this.sig.params.map((t) => wasmType(b, t))), this.resultType, this.varTypes(),
      m.block(null, [...body, this.sig.result === null ? m.nop() : m.unreachable()]));
    m.addFunctionExport(`d${this.member.id}`, `d${this.member.id}`);
  }

  /**
   * The OSR functions, their live slots from the args buffer: with at most
   * {@link CompileEnv.osrFunctions} loop headers, `o<id>_<k>` enters at header `osrPcs[k]` only
   * (one entry: every loop keeps a single entry, no label dispatch); otherwise `o<id>_0` enters at
   * the header its parameter selects.
   */
  emitOsr(): void {
    const m = this.mod, b = this.b;
    this.nParams = 1;
    const pcs = this.member.osrPcs;
    const one = pcs.length <= (this.env.osrFunctions ?? 1) ? pcs.map((pc) => [pc]) : [pcs];
    one.forEach((entries, k) => {
      const prologue = m.block(null, [m.global.set('depth', m.i32.add(m.global.get('depth', b.i32), m.i32.const(1))), this.siteOffset()]);
      const body = this.body(entries);
      m.addFunction(`o${this.member.id}_${k}`, b.createType([b.i32]), this.resultType, this.varTypes(), m.block(null, [prologue, body, this.sig.result === null ? m.nop() : m.unreachable()]));
    });
    this.osrCount = one.length;
    this.report.osrFunctions.push(...one);
  }

  /** OSR functions emitted by {@link emitOsr}. */
  private osrCount = 0;

  /** `e<id>()`: loads the arguments from the args buffer, calls `m<id>`, stores the result, returns the deopt flag. */
  emitTrampoline(): void {
    const m = this.mod, b = this.b, A = this.env.argsAddress;
    const args = this.sig.params.map((t, i) => load(m, t, A + 8 * i));
    const call = m.call(`m${this.member.id}`, args, this.resultType);
    const body = this.sig.result === null ? call : store(m, this.sig.result, A, call);
    m.addFunction(`e${this.member.id}`, b.none, b.i32, [], m.block(null, [body, m.global.get('deopt', b.i32)], b.i32));
    m.addFunctionExport(`e${this.member.id}`, `e${this.member.id}`);
  }

  /** `x<id>(k)`: calls the OSR function entering at `osrPcs[k]`, stores the result in the args buffer, returns the deopt flag. */
  emitOsrTrampoline(): void {
    const m = this.mod, b = this.b, A = this.env.argsAddress;
    const n = this.osrCount;
    const call = (k: number): Expr => {
      const c = m.call(`o${this.member.id}_${k}`, [m.local.get(0, b.i32)], this.resultType);
      return m.block(null, [this.sig.result === null ? c : store(m, this.sig.result, A, c), m.return(m.global.get('deopt', b.i32))]);
    };
    // (block $k<n-1> ... (block $k0 (br_table $k0 .. $k<n-1> (local 0))) (call o_0) ...): a branch to $kj calls o_j.
    let inner: Expr = m.switch(Array.from({ length: n - 1 }, (_, k) => `k${k}`), `k${n - 1}`, m.local.get(0, b.i32));
    for (let k = 0; k < n; k++) inner = m.block(null, [m.block(`k${k}`, [inner]), call(k)]);
    m.addFunction(`x${this.member.id}`, b.createType([b.i32]), b.i32, [], m.block(null, [inner, m.unreachable()]));
    m.addFunctionExport(`x${this.member.id}`, `x${this.member.id}`);
  }

  /** The method body through the Relooper; with `osr`, an entry block dispatching to those headers. */
  private body(osr: number[] | null): Expr {
    this.relooperCount = 1;
    this.hoisted = 0;
    return this.bodyOf(osr, 0);
  }

  // ---- loop-invariant array lengths (jit/loops.ts) ----

  /** Hoist locals used so far by the function being emitted. */
  private hoisted = 0;
  /** The loop plan of the block being emitted (of the frame `ctx`), or null. */
  private plan: LoopPlan | null = null;
  /**
   * Operand-stack slot → the local slot it was loaded from by `aload`, or the {@link fieldKey} of
   * a hoisted field of `this`, while the stack slot is not overwritten (current block only).
   */
  private src = new Map<number, number>();
  /**
   * Operand-stack slot → the frame-relative local and pc of the `iload` that pushed it, plus a
   * constant added to it since (`iload i; iconst_1; iadd` is i + 1), current block only.
   */
  private isrc = new Map<number, { v: number; pc: number; off: number }>();
  /** Operand-stack slot → the int constant pushed there (current block only). */
  private csrc = new Map<number, number>();
  /** The CFG block (of `ctx`) being emitted. */
  private curBlock = -1;
  /**
   * The versioned loops whose fast (range-check-free) copy the block being emitted belongs to,
   * outermost first (a chain of nested loops; empty in checked code).
   */
  private fastSet: readonly LoopPlan[] = [];
  /** What the loop work did (jit/loops.ts loopReports), for the root frame. */
  private readonly report: LoopReport = { versioned: [], rangeChecksDropped: [], hoistedFields: [], hoistedLengths: [], vectorized: [], unrolled: [], osrFunctions: [] };
  /** {@link report} without the repeats of the OSR function (the body is emitted twice). */
  loopReport(): LoopReport {
    const u = <T>(a: T[]): T[] => [...new Set(a)];
    const r = this.report;
    return { versioned: u(r.versioned).sort((x, y) => x - y), rangeChecksDropped: u(r.rangeChecksDropped).sort((x, y) => x - y), hoistedFields: u(r.hoistedFields), hoistedLengths: u(r.hoistedLengths), vectorized: u(r.vectorized), unrolled: u(r.unrolled), osrFunctions: r.osrFunctions };
  }

  /**
   * The hoisted length local of the array in stack slot `aa` when the current block belongs to a
   * planned loop and the slot holds a local the loop never stores to (or a hoisted field); else
   * -1. The length is hoisted to the outermost planned loop around the block in which the local
   * is not stored (a field's length: to the loop its field is hoisted to).
   */
  private hoistedLength(aa: number): number {
    const plan = this.plan;
    if (plan === null) return -1;
    const abs = this.src.get(aa);
    if (abs === undefined) return -1;
    // A hoisted field of `this` (negative key), or a local the loop never stores to.
    const v = abs < 0 ? abs : abs - this.ctx.base;
    return this.lengthOf(plan, v);
  }

  /** {@link hoistedLength} of the array in frame-relative local `v` (or the hoisted field of key `v` < 0) in `plan`'s loop. */
  private lengthOf(plan: LoopPlan, v: number): number {
    if (v >= 0 && (v >= this.maxLocals || plan.stored.has(v))) return -1;
    const found = lengthLocal(plan, v);
    if (found >= 0) return found;
    if (this.hoisted >= MAX_HOISTED) return -1;
    let to = plan;
    if (v >= 0) { for (let p = plan.parent; p !== null && !p.stored.has(v); p = p.parent) to = p; }
    else to = planChain(plan).find((p) => p.fields.has(-1 - v)) ?? plan;
    const loc = this.hoistLocal(this.hoisted++);
    to.lengths.set(v, loc);
    return loc;
  }

  /**
   * The local holding field `off` of `this` (in stack slot `obj`) when it is invariant in the
   * current loop; else -1. Hoisted to the outermost planned loop around the block whose fields
   * are invariant.
   */
  private hoistedField(obj: number, off: number): number {
    const plan = this.plan;
    if (plan === null || !plan.fieldsInvariant || !this.isThis(obj) || !this.thisIsFixed(this.ctx)) return -1;
    const found = fieldLocal(plan, off);
    if (found >= 0) return found;
    if (this.hoisted >= MAX_HOISTED) return -1;
    let to = plan;
    for (let p = plan.parent; p !== null && p.fieldsInvariant; p = p.parent) to = p;
    const loc = this.hoistLocal(this.hoisted++);
    to.fields.set(off, loc);
    return loc;
  }

  /** Code run on every edge entering `plan`'s loop: loads the hoisted fields and lengths, computes the range-check predicate. */
  private loopEntry(plan: LoopPlan, base: number): Expr[] {
    const m = this.mod;
    const i32 = this.b.i32;
    const out: Expr[] = [];
    const local = (v: number): Expr => m.local.get(this.L(base + v, WT.I), i32);
    for (const [off, loc] of plan.fields) out.push(m.local.set(loc, m.i32.load(off, 4, local(0))));
    for (const [v, loc] of plan.lengths) {
      const arr = v < 0 ? m.local.get(fieldLocal(plan, -1 - v), i32) : local(v);
      out.push(m.local.set(loc, m.i32.load(8, 4, arr)));
    }
    const iv = plan.iv;
    if (plan.okLocal >= 0 && iv !== null) {
      // The range-check predicate (jit/loops.ts LoopPlan, Induction), over every index i + c of
      // every array a whose checks the fast copy dropped. Counting up, the body runs while
      // i < E (E = limit + adj) and i only grows: i + c >= 0 on entry and E + c <= a.length. Counting
      // down, while i >= F (F = limit + adj) and i only shrinks: F + c >= 0 and i + c < a.length on
      // entry. And i never wraps: E - 1 + step <= MAX_VALUE (F + step >= MIN_VALUE), so every value
      // it takes in the body lies between its entry value and the bound. In i64: nothing overflows.
      const limit = (): Expr => iv.limitConst !== null ? m.i32.const(iv.limitConst)
        : iv.limitLocal >= 0 ? (iv.limitAdd === 0 ? local(iv.limitLocal) : m.i32.add(local(iv.limitLocal), m.i32.const(iv.limitAdd)))
        : m.i32.load(8, 4, local(iv.limitArray));
      const wide = (e: Expr): Expr => m.i64.extend_s(e);
      const c64 = (x: number): Expr => m.i64.const(x | 0, Math.floor(x / 4294967296));
      const plus = (e: Expr, c: number): Expr => c === 0 ? e : m.i64.add(e, c64(c));
      const bound = (): Expr => plus(wide(limit()), iv.adj);
      const lenOf = (key: number): Expr => m.local.get(lengthLocal(plan, key), i32);
      let ok = m.i32.ge_s(local(iv.v), m.i32.const(0));
      const and = (e: Expr): void => { ok = m.i32.and(ok, e); };
      if (iv.step > 0) {
        if (iv.step + iv.adj > 1) and(m.i64.le_s(plus(bound(), iv.step), c64(2 ** 31)));
        for (const [key, offs] of plan.rce) {
          for (const c of offs) {
            if (c === 0 && iv.adj === 0) { and(m.i32.le_s(limit(), lenOf(key))); continue; }
            if (c !== 0) and(m.i64.ge_s(plus(wide(local(iv.v)), c), c64(0)));
            and(m.i64.le_s(plus(bound(), c), wide(lenOf(key))));
          }
        }
      } else {
        ok = m.i64.ge_s(plus(bound(), iv.step), c64(-(2 ** 31)));
        for (const [key, offs] of plan.rce) {
          for (const c of offs) {
            and(m.i64.ge_s(plus(bound(), c), c64(0)));
            and(m.i64.lt_s(plus(wide(local(iv.v)), c), wide(lenOf(key))));
          }
        }
      }
      out.push(m.local.set(plan.okLocal, ok));
    }
    return out;
  }

  /**
   * The fast copy's replacement of the bounds check of `aa[ia]` at `pc`: true (and the array's
   * length key joins that loop's predicate) when the index is the induction variable of one of the
   * loops whose fast copy is being emitted (innermost first), as loaded before its increment, and
   * the array is invariant in that loop with a length hoisted to it or an enclosing loop (so loaded
   * before its predicate is computed; jit/loops.ts Induction).
   */
  private rangeChecked(pc: number, aa: number, ia: number): boolean {
    const plan = this.plan, idx = this.isrc.get(ia);
    if (plan === null || idx === undefined) return false;
    for (let j = this.fastSet.length - 1; j >= 0; j--) {
      const p = this.fastSet[j]!, iv = p.iv!;
      if (idx.v !== iv.v) continue;
      if (this.curBlock === iv.incBlock && idx.pc > iv.incPc) return false;
      if (this.hoistedLength(aa) < 0) return false;
      const abs = this.src.get(aa)!;
      const key = abs < 0 ? abs : abs - this.ctx.base;
      if (key >= 0 ? p.stored.has(key) : fieldLocal(p, -1 - key) < 0) return false;
      if (lengthLocal(p, key) < 0) return false;
      let offs = p.rce.get(key);
      if (offs === undefined) p.rce.set(key, (offs = new Set()));
      offs.add(idx.off);
      if (this.ctx === this.root) this.report.rangeChecksDropped.push(pc);
      return true;
    }
    return false;
  }

  /**
   * The f64x2 loop run at the top of the fast copy's header of `plan` (jit/loops.ts VectorBody),
   * or null when the loop is not of that shape. It runs four iterations per trip while
   * i + 3 < limit, then two if i + 1 < limit, then the scalar fast copy finishes (at most one
   * iteration, or none). Its back
   * edge polls like the scalar one, at the header's pc and frame state (only `i` and the arrays'
   * elements changed, by whole iterations).
   */
  private vectorLoop(plan: LoopPlan, tag: string): Expr | null {
    const iv = plan.iv;
    if (iv === null || this.hoisted >= MAX_HOISTED) return null;
    const body = vectorBody(this.ctx, plan);
    if (body === null) return null;
    const m = this.mod, i32 = this.b.i32, base = this.ctx.base;
    for (const a of body.arrays) if (this.lengthOf(plan, a) < 0) return null;
    for (const a of body.arrays) {
      let offs = plan.rce.get(a);
      if (offs === undefined) plan.rce.set(a, (offs = new Set()));
      offs.add(0);
    }
    const local = (v: number): Expr => m.local.get(this.L(base + v, WT.I), i32);
    const i = this.L(base + iv.v, WT.I);
    const addr = (arr: number): Expr => m.i32.add(local(arr), m.i32.shl(m.local.get(i, i32), m.i32.const(3)));
    let at = 16; // byte offset of the current lane pair: element i at 16 (the array header), i + 2 at 32
    const value = (x: VectorValue): Expr => {
      switch (x.k) {
        case 'load': return m.v128.load(at, 8, addr(x.arr));
        case 'splat': return m.f64x2.splat(m.local.get(this.L(base + x.local, WT.D), this.b.f64));
        case 'const': return m.f64x2.splat(m.f64.const(x.value));
        case 'neg': return m.f64x2.neg(value(x.a));
        case 'bin': return m.f64x2[x.op](value(x.a), value(x.b));
      }
    };
    const limit = (): Expr => iv.limitConst !== null ? m.i32.const(iv.limitConst)
      : iv.limitLocal >= 0 ? (iv.limitAdd === 0 ? local(iv.limitLocal) : m.i32.add(local(iv.limitLocal), m.i32.const(iv.limitAdd)))
      : m.i32.load(8, 4, local(iv.limitArray));
    const brk = `vec${tag}$${plan.headerPc}`, top = `${brk}$top`;
    // i + c < limit, in i64 (i + c must not wrap).
    const more = (c: number): Expr => m.i64.lt_s(m.i64.add(m.i64.extend_s(m.local.get(i, i32)), m.i64.const(c, 0)), m.i64.extend_s(limit()));
    // Lane pairs (i, i + 1) then (i + 2, i + 3): each pair's statements in order; the pairs touch disjoint elements.
    const pair = (offset: number): Expr[] => { at = offset; return body.stores.map((st) => m.v128.store(offset, 8, addr(st.arr), value(st.value))); };
    const step = (n: number): Expr => m.local.set(i, m.i32.add(m.local.get(i, i32), m.i32.const(n)));
    if (this.ctx === this.root) this.report.vectorized.push(plan.headerPc);
    // Four iterations per trip while i + 3 < limit, then two more if i + 1 < limit; the scalar
    // fast copy runs what is left (at most one iteration).
    const quad = m.loop(top, m.block(null, [
      m.br(brk, m.i32.eqz(more(3))),
      ...pair(16), ...pair(32),
      step(4),
      this.countedPoll(plan.headerPc, plan.bytes),
      m.br(top),
    ]));
    return m.block(null, [m.block(brk, [quad]), m.if(more(1), m.block(null, [...pair(16), step(2)]))]);
  }

  /** Reloopers used by the function being emitted (each needs its own label local). */
  private relooperCount = 1;

  /**
   * The current frame's code (`this.ctx`) through a Relooper whose label local is number `k`.
   * Loops with an induction variable are versioned (jit/loops.ts LoopPlan): their blocks are added
   * twice, and entering edges go through a dispatch block on the range-check predicate.
   */
  private bodyOf(osr: number[] | null, k: number): Expr {
    const m = this.mod, b = this.b;
    const cfg = this.analysis.cfg;
    const rl = new b.Relooper(m);
    const pending: Array<() => void> = [];
    // Exception entries: every handler of a compiled block, entered through the switch below.
    const handlers = new Map<number, number>();
    if (HANDLERS) {
      for (const blk of cfg.blocks) {
        if (!this.live[blk.index]) continue;
        for (const e of blk.exceptionEdges) if (this.live[e.handler] && !handlers.has(e.handler)) handlers.set(e.handler, handlers.size + 1);
      }
    }
    this.excEntries.set(this.ctx, { k, handlers });
    const sw = handlers.size > 0 ? rl.addBlockWithSwitch(m.nop(), m.local.get(this.excLocal(k), b.i32)) : -1;
    const plans = loopPlans(this.ctx);
    const planOf = (bi: number): LoopPlan | null => innermostPlan(plans, bi);
    const headerPlan = (bi: number): LoopPlan | null => plans.find((p) => p.header === bi) ?? null;
    const savedPlan = this.plan, savedFast = this.fastSet, savedBlock = this.curBlock, base = this.ctx.base;
    // (Each versioned loop takes a hoist local for its predicate, while any are left: innermost loops first.)
    const versioned: LoopPlan[] = [];
    for (const p of [...plans.filter((q) => q.leaf), ...plans.filter((q) => !q.leaf)]) {
      if (p.iv !== null && this.hoisted < MAX_HOISTED) { p.okLocal = this.hoistLocal(this.hoisted++); versioned.push(p); }
    }
    const isVersioned = new Set(versioned);
    const report = this.ctx === this.root ? this.report : null;
    // Small fast copies of innermost loops that do not run as a vector loop are unrolled once: two
    // copies of the blocks, each one's back edges going to the other's header, polling on the second's only.
    const unrolled = new Set(versioned.filter((p) => p.leaf && p.bytes <= UNROLL_BYTES && vectorBody(this.ctx, p) === null));
    // Versions: a block of versioned loops L1 ⊃ ... ⊃ Ln is emitted once per subset S of them (the
    // loops whose fast copy it belongs to, outermost first: a chain), twice when the innermost of S
    // is unrolled. S = [] is the checked code. Relooper blocks by version key, then CFG block.
    const blocks = new Map<string, number[]>();
    const keyOf = (S: readonly LoopPlan[], copy: number): string => `${S.map((p) => p.header).join(',')}#${copy}`;
    const blockIn = (S: readonly LoopPlan[], copy: number, bi: number): number => blocks.get(keyOf(S, copy))![bi]!;
    // Dispatch blocks: entering versioned loop `hp` from version S (outside it): its fast copy (S + hp) when its predicate holds.
    const dispatch = new Map<string, number>();
    const dispatchOf = (hp: LoopPlan, S: readonly LoopPlan[]): number => {
      const key = `${hp.header}@${keyOf(S, 0)}`;
      let d = dispatch.get(key);
      if (d === undefined) {
        d = rl.addBlock(m.nop());
        dispatch.set(key, d);
        rl.addBranch(d, blockIn([...S, hp], 0, hp.header), m.local.get(hp.okLocal, b.i32), 0);
        rl.addBranch(d, blockIn(S, 0, hp.header), 0, 0);
      }
      return d;
    };
    // Where an edge from block `from` (of version S, copy `copy`) to `targetPc` goes: leaving a loop
    // leaves its fast copy; entering a versioned loop goes through its dispatch block.
    const target = (from: number, S: readonly LoopPlan[], copy: number, targetPc: number): number => {
      const tb = cfg.blockAt(targetPc);
      const kept = S.filter((p) => p.blocks.has(tb));
      const hp = headerPlan(tb);
      if (hp !== null && isVersioned.has(hp) && !hp.blocks.has(from)) return dispatchOf(hp, kept);
      const inner = kept.at(-1);
      // (An edge from inside a loop to its header is a back edge.)
      const c = inner !== undefined && kept.length === S.length && unrolled.has(inner) ? (tb === inner.header ? 1 - copy : copy) : 0;
      return blockIn(kept, c, tb);
    };
    const emit = (blk: (typeof cfg.blocks)[number], S: readonly LoopPlan[], copy = 0): void => {
      this.plan = planOf(blk.index);
      this.fastSet = S;
      this.curBlock = blk.index;
      const inFast = S.at(-1) ?? null;
      const vec = inFast !== null && inFast.leaf && blk.index === inFast.header && !unrolled.has(inFast) ? this.vectorLoop(inFast, `${k}$${S.map((p) => p.header).join('_')}`) : null;
      const xb = `xb${this.labelSeq++}`;
      this.xbLabel.set(this.ctx, { label: xb });
      const { code: scalar, branches } = this.block(blk.startPc, blk.endPc);
      let code = vec === null ? scalar : m.block(null, [vec, scalar]);
      const term = branches.kind;
      const caught = this.xbUsed.has(xb);
      if (caught) code = m.block(xb, [code]);
      // A block ending in a tableswitch whose code caught an exception is split: its code, whose
      // first branch goes to the exception entry and the other to the switch (its condition reads
      // locals only, so evaluating it in a block of its own after the code is exact).
      const r = term === 'switch' && !caught ? rl.addBlockWithSwitch(code, branches.cond!) : rl.addBlock(code);
      const from = term === 'switch' && caught ? rl.addBlockWithSwitch(m.nop(), branches.cond!) : r;
      // (First branch: a caught exception. A block that ends the method only gets there by it.)
      if (caught) rl.addBranch(r, sw, term === 'end' ? 0 : m.local.get(this.excLocal(k), b.i32), 0);
      if (from !== r) rl.addBranch(r, from, 0, 0);
      const key = keyOf(S, copy);
      let arr = blocks.get(key);
      if (arr === undefined) blocks.set(key, (arr = []));
      arr[blk.index] = r;
      pending.push(() => {
        const edge = (targetPc: number): Expr => {
          const hp = headerPlan(cfg.blockAt(targetPc));
          const twice = inFast !== null && unrolled.has(inFast) && (this.env.pollStride ?? 1) > 1; // an unrolled trip: two bodies
          const poll = targetPc > blk.lastPc || (twice && copy === 0) ? 0
            : this.countedPoll(targetPc, backEdgeLoopBytes(this.ctx, blk.index, cfg.blockAt(targetPc)) * (twice ? 2 : 1));
          if (hp === null || hp.blocks.has(blk.index) || (hp.lengths.size === 0 && hp.fields.size === 0 && hp.okLocal < 0)) return poll;
          return m.block(null, [...(poll === 0 ? [] : [poll]), ...this.loopEntry(hp, base)]);
        };
        if (term === 'switch') {
          for (const [targetPc, idx] of branches.switchTargets!) rl.addBranchForSwitch(from, target(blk.index, S, copy, targetPc), idx, edge(targetPc));
        } else {
          for (const [targetPc, cond] of branches.targets) rl.addBranch(r, target(blk.index, S, copy, targetPc), cond, edge(targetPc));
        }
      });
    };
    for (const blk of cfg.blocks) if (this.live[blk.index]) emit(blk, []);
    for (const p of versioned) {
      // Every version whose innermost fast loop is p: p plus any subset of its versioned enclosing loops.
      const outer = planChain(p.parent).filter((q) => isVersioned.has(q)).reverse();
      for (let mask = 0; mask < 1 << outer.length; mask++) {
        const S = [...outer.filter((_, j) => (mask >> j) & 1), p];
        for (const copy of unrolled.has(p) ? [0, 1] : [0]) for (const bi of [...p.blocks].sort((x, y) => x - y)) emit(cfg.blocks[bi]!, S, copy);
      }
    }
    if (report !== null) {
      for (const p of versioned) if (p.rce.size > 0) report.versioned.push(p.headerPc);
      for (const p of unrolled) report.unrolled.push(p.headerPc);
      for (const p of plans) for (const off of p.fields.keys()) report.hoistedFields.push(`${off}@${p.headerPc}`);
      for (const p of plans) for (const k of p.lengths.keys()) report.hoistedLengths.push(`${k < 0 ? `f${-1 - k}` : k}@${p.headerPc}`);
    }
    this.plan = savedPlan;
    this.fastSet = savedFast;
    this.curBlock = savedBlock;
    for (const p of pending) p();
    let entry = blockIn([], 0, 0);
    if (osr !== null) {
      const A = this.env.argsAddress;
      entry = rl.addBlockWithSwitch(m.nop(), m.local.get(0, b.i32));
      osr.forEach((pc, k) => {
        const ctx = this.ctx;
        const entries = ctx.states.at(pc, () => stateEntries(ctx, pc));
        const loads: Expr[] = [];
        for (let i = 0; i < entries.length; i += 2) {
          const t = wtOfKind(entries[i + 1]!);
          loads.push(this.set(entries[i]!, t, load(m, t, A + 4 * i)));
        }
        // Entering a nest in the middle: the hoisted values (and predicates) of every enclosing
        // loop, outermost first, then the header's loop through its dispatch block, in the checked
        // copies of the enclosing loops: they choose their version when next entered (Sparse: the
        // next cycle). Choosing it here would enter each versioned enclosing loop in the middle as
        // well as at its header, and a multi-entry loop runs through the Relooper's label
        // variable ("OSR entries"); from one entry block the nest stays reducible.
        const tb = cfg.blockAt(pc);
        for (const p of planChain(planOf(tb)).reverse()) loads.push(...this.loopEntry(p, base));
        const hp = headerPlan(tb);
        const to = hp !== null && isVersioned.has(hp) ? dispatchOf(hp, []) : blockIn([], 0, tb);
        rl.addBranchForSwitch(entry, to, k === osr.length - 1 ? [] : [k], m.block(null, loads));
      });
    }
    if (sw >= 0) {
      // The entry is a switch on the exception-entry local: 0 the method's (or OSR) entry, i the
      // i-th handler. A block whose code caught an exception breaks out of its code (its `xb`
      // label) with that local set, and its first branch goes back here.
      rl.addBranchForSwitch(sw, entry, [], 0);
      for (const [hb, i] of handlers) {
        const code: Expr[] = [m.local.set(this.excLocal(k), m.i32.const(0))];
        // (The hoisted values of the loops around the handler: invariant, so loading them again is exact.)
        for (const p of planChain(planOf(hb)).reverse()) code.push(...this.loopEntry(p, base));
        // (Into the checked copies, as an OSR entry: a versioned loop's header through its dispatch block.)
        const hp = headerPlan(hb);
        rl.addBranchForSwitch(sw, hp !== null && isVersioned.has(hp) ? dispatchOf(hp, []) : blockIn([], 0, hb), [i], m.block(null, code));
      }
      entry = sw;
    }
    return rl.renderAndDispose(entry, this.labelLocal(k)); // a dedicated i32 label local
  }

  private readonly thisTracking = new Map<FrameCtx, ThisTracking>();

  private tracking(ctx: FrameCtx): ThisTracking {
    let t = this.thisTracking.get(ctx);
    if (t === undefined) {
      t = { fixed: !ctx.method.isStatic && !storesLocal0(ctx.code), entries: new Set(), lastPush: false };
      this.thisTracking.set(ctx, t);
    }
    return t;
  }
  /** Whether local 0 holds `this` everywhere in `ctx`'s method (an instance method that never stores to it). */
  private thisIsFixed(ctx: FrameCtx): boolean { return this.tracking(ctx).fixed; }
  private thisEntries(ctx: FrameCtx): Set<number> { return this.tracking(ctx).entries; }
  /** Whether absolute slot `slot` of the current frame is known to hold `this` (so needs no null check). */
  private isThis(slot: number): boolean {
    const ctx = this.ctx;
    const rel = slot - ctx.base;
    if (rel === 0 && this.thisIsFixed(ctx)) return true;
    return this.thisEntries(ctx).has(rel - ctx.P.stackOffset);
  }

  /** Opcode of the previous instruction in the block being emitted (-1 at a block start). */
  private prevOp = -1;

  /** Code of the instructions in [start, end) and how the block ends. */
  private block(start: number, end: number): { code: Expr; branches: Branches } {
    this.thisEntries(this.ctx).clear();
    this.tracking(this.ctx).lastPush = false;
    const out: Expr[] = [];
    let pc = start;
    let branches: Branches = { kind: 'plain', targets: [[end, 0]] };
    this.prevOp = -1;
    this.src.clear();
    this.isrc.clear();
    this.csrc.clear();
    while (pc < end) {
      const op = this.code[pc]!;
      const next = this.instruction(pc, out);
      this.prevOp = op;
      if (typeof next === 'object') { branches = next; break; }
      pc = next;
    }
    return { code: this.mod.block(null, out), branches };
  }

  /**
   * Emits the instruction at `pc` into `out`; returns the next pc, or the branches when it ends
   * the block with a transfer of control.
   */
  private instruction(pc: number, out: Expr[]): number | Branches {
    const m = this.mod, b = this.b, code = this.code, P = this.ctx.P;
    const op = code[pc]!;
    const depth = this.analysis.stackDepthAt(pc);
    const lb = this.ctx.base; // slot of local 0
    const sp = lb + this.ctx.P.stackOffset + depth; // first free stack slot (after the lock slot of a synchronized method)
    const I = WT.I, F = WT.F, J = WT.J, D = WT.D;
    const kinds = this.analysis.kindsAt(pc).stack;
    // Operand-stack entries known to hold `this` (never null). The previous instruction may have
    // overwritten the entries it left on top: after a pure push nothing below `depth`, otherwise
    // the top value (two slots when wide); shuffles are handled before they run.
    const track = this.tracking(this.ctx);
    const thisSet = track.entries;
    const top = kinds[depth - 1];
    const cut = track.lastPush ? depth : depth - (top === SlotKind.Long2 || top === SlotKind.Double2 ? 2 : 1);
    for (const d of thisSet) if (d >= cut) thisSet.delete(d);
    track.lastPush = isPurePush(op);
    if (op === Op.aload_0 && track.fixed) thisSet.add(depth);
    else if (op === Op.dup && thisSet.has(depth - 1)) thisSet.add(depth);
    else if (op === Op.swap || op === Op.dup_x1 || op === Op.dup_x2 || op === Op.dup2 || op === Op.dup2_x1 || op === Op.dup2_x2) {
      for (const d of thisSet) if (d >= depth - 4) thisSet.delete(d); // shuffles: forget what they touch
    }
    /** Slot of the value `n` slots below the top (n = 1: the top slot). */
    const at = (n: number): number => sp - n;
    const push = (t: WT, e: Expr): void => { out.push(this.set(sp, t, e)); };
    const next = pc + 1;

    // Loads and stores of locals.
    if (op >= Op.iload && op <= Op.aload) {
      const t = loadType(op - Op.iload); push(t, this.get(lb + code[pc + 1]!, t));
      if (op === Op.aload) this.src.set(sp, lb + code[pc + 1]!);
      else if (op === Op.iload) this.isrc.set(sp, { v: code[pc + 1]!, pc, off: 0 });
      return pc + 2;
    }
    if (op >= Op.iload_0 && op <= Op.aload_3) {
      const t = loadType((op - Op.iload_0) >> 2); push(t, this.get(lb + ((op - Op.iload_0) & 3), t));
      if (op >= Op.aload_0) this.src.set(sp, lb + op - Op.aload_0);
      else if (op <= Op.iload_3) this.isrc.set(sp, { v: op - Op.iload_0, pc, off: 0 });
      return next;
    }
    if (op >= Op.istore && op <= Op.astore) { const t = loadType(op - Op.istore); const sz = t === J || t === D ? 2 : 1; out.push(this.set(lb + code[pc + 1]!, t, this.get(at(sz), t))); return pc + 2; }
    if (op >= Op.istore_0 && op <= Op.astore_3) { const t = loadType((op - Op.istore_0) >> 2); const sz = t === J || t === D ? 2 : 1; out.push(this.set(lb + ((op - Op.istore_0) & 3), t, this.get(at(sz), t))); return next; }
    if (op >= Op.iconst_m1 && op <= Op.iconst_5) { push(I, m.i32.const(op - Op.iconst_0)); this.csrc.set(sp, op - Op.iconst_0); return next; }

    switch (op) {
      case Op.nop: return next;
      case Op.aconst_null: push(I, m.i32.const(0)); return next;
      case Op.lconst_0: case Op.lconst_1: push(J, m.i64.const(op - Op.lconst_0, 0)); return next;
      case Op.fconst_0: case Op.fconst_1: case Op.fconst_2: push(F, m.f32.const(op - Op.fconst_0)); return next;
      case Op.dconst_0: case Op.dconst_1: push(D, m.f64.const(op - Op.dconst_0)); return next;
      case Op.bipush: push(I, m.i32.const((code[pc + 1]! << 24) >> 24)); this.csrc.set(sp, (code[pc + 1]! << 24) >> 24); return pc + 2;
      case Op.sipush: push(I, m.i32.const(readI16(code, pc + 1))); this.csrc.set(sp, readI16(code, pc + 1)); return pc + 3;
      case Op.ldc: case Op.ldc_w: case Op.ldc2_w: {
        const index = op === Op.ldc ? code[pc + 1]! : readU16(code, pc + 1);
        const e = this.method.owner.file!.constantPool[index];
        if (e?.tag === CpTag.Integer) push(I, m.i32.const(e.value));
        else if (e?.tag === CpTag.Float) push(F, f32const(m, e.value));
        else if (e?.tag === CpTag.Long) push(J, m.i64.const(e.lo, e.hi));
        else if (e?.tag === CpTag.Double) push(D, f64const(m, e.value));
        else if (e?.tag === CpTag.String || e?.tag === CpTag.Class) {
          // The constant's object may move: read it from the runtime's root table (never embedded).
          const r = this.quick(pc);
          if (r === null) { out.push(this.deopt(pc, DeoptReason.Unresolved)); return { kind: 'end', targets: [] }; }
          push(I, m.i32.load(0, 4, m.i32.const(r.arg >= 0 ? this.env.constRefAddress(r.arg) : this.env.pendingConstAddress(r.ref as string | RtClass))));
          // (A constant not created yet reads 0 until the interpreter has made it.)
          if (r.arg < 0) out.push(m.if(m.i32.eqz(this.get(sp, I)), this.deopt(pc, DeoptReason.InitBarrier, 'constant not created yet')));
        }
        else throw new Bailout(`ldc of a ${e === undefined ? 'missing' : 'dynamic'} constant at pc ${pc}`);
        return op === Op.ldc ? pc + 2 : pc + 3;
      }
      case Op.iinc: out.push(this.set(lb + code[pc + 1]!, I, m.i32.add(this.get(lb + code[pc + 1]!, I), m.i32.const((code[pc + 2]! << 24) >> 24)))); return pc + 3;
      case Op.wide: {
        const inner = code[pc + 1]!, v = lb + readU16(code, pc + 2);
        if (inner === Op.iinc) { out.push(this.set(v, I, m.i32.add(this.get(v, I), m.i32.const(readI16(code, pc + 4))))); return pc + 6; }
        if (inner >= Op.iload && inner <= Op.aload) { const t = loadType(inner - Op.iload); push(t, this.get(v, t)); return pc + 4; }
        if (inner >= Op.istore && inner <= Op.astore) { const t = loadType(inner - Op.istore); const sz = t === J || t === D ? 2 : 1; out.push(this.set(v, t, this.get(at(sz), t))); return pc + 4; }
        throw new Bailout(`wide ${inner} at pc ${pc}`);
      }

      // Arrays: one unsigned compare of the index with the length catches null (the fake array
      // at address 0 has length 0), negative and too-large indexes; failing → the interpreter's
      // exception (NPE or AIOOBE, implicitThrow; docs/heap-layout.md).
      case Op.iaload: case Op.laload: case Op.faload: case Op.daload: case Op.aaload:
      case Op.baload: case Op.caload: case Op.saload: {
        const arr = this.get(at(2), I), idx = this.get(at(1), I);
        out.push(this.boundsCheck(pc, at(2), at(1)));
        const t = op === Op.laload ? J : op === Op.faload ? F : op === Op.daload ? D : I;
        const shift = op === Op.laload || op === Op.daload ? 3 : op === Op.baload ? 0 : op === Op.caload || op === Op.saload ? 1 : 2;
        const addr = m.i32.add(arr, shift === 0 ? idx : m.i32.shl(idx, m.i32.const(shift)));
        let v: Expr;
        switch (op) {
          case Op.laload: v = m.i64.load(16, 8, addr); break;
          case Op.faload: v = m.f32.load(16, 4, addr); break;
          case Op.daload: v = m.f64.load(16, 8, addr); break;
          case Op.baload: v = m.i32.load8_s(16, 1, addr); break;
          case Op.caload: v = m.i32.load16_u(16, 2, addr); break;
          case Op.saload: v = m.i32.load16_s(16, 2, addr); break;
          default: v = m.i32.load(16, 4, addr);
        }
        out.push(this.set(at(2), t, v));
        return next;
      }
      case Op.iastore: case Op.lastore: case Op.fastore: case Op.dastore:
      case Op.bastore: case Op.castore: case Op.sastore: {
        const wide = op === Op.lastore || op === Op.dastore;
        const va = at(wide ? 2 : 1), ia = va - 1, aa = va - 2;
        out.push(this.boundsCheck(pc, aa, ia));
        const shift = wide ? 3 : op === Op.bastore ? 0 : op === Op.castore || op === Op.sastore ? 1 : 2;
        const idx = this.get(ia, I);
        const addr = m.i32.add(this.get(aa, I), shift === 0 ? idx : m.i32.shl(idx, m.i32.const(shift)));
        switch (op) {
          case Op.lastore: out.push(m.i64.store(16, 8, addr, this.get(va, J))); break;
          case Op.fastore: out.push(m.f32.store(16, 4, addr, this.get(va, F))); break;
          case Op.dastore: out.push(m.f64.store(16, 8, addr, this.get(va, D))); break;
          case Op.bastore: {
            // JVMS §6.5 bastore: a boolean[] stores value & 1.
            const z = this.env.classId('[Z');
            const v = this.get(va, I);
            const val = z < 0 ? v : m.select(m.i32.eq(m.i32.load(0, 4, this.get(aa, I)), m.i32.const(z)), m.i32.and(v, m.i32.const(1)), this.get(va, I));
            out.push(m.i32.store8(16, 1, addr, val));
            break;
          }
          case Op.castore: case Op.sastore: out.push(m.i32.store16(16, 2, addr, this.get(va, I))); break;
          default: out.push(m.i32.store(16, 4, addr, this.get(va, I)));
        }
        return next;
      }
      case Op.aastore: {
        // JVMS §6.5 aastore: bounds, then the store check (the value's class against the array's
        // component type, an import) for non-null values; a failure throws ArrayStoreException.
        const va = at(1), ia = at(2), aa = at(3);
        out.push(this.boundsCheck(pc, aa, ia));
        out.push(m.if(m.i32.and(m.i32.ne(this.get(va, I), m.i32.const(0)),
          m.i32.eqz(m.call('storechk', [this.get(aa, I), this.get(va, I)], b.i32))), this.implicitThrow(pc, ImplicitKind.ArrayStore, null, this.get(va, I), 'array store check')));
        out.push(m.i32.store(16, 4, m.i32.add(this.get(aa, I), m.i32.shl(this.get(ia, I), m.i32.const(2))), this.get(va, I)));
        return next;
      }
      case Op.new: {
        const r = this.quick(pc);
        if (r === null) { out.push(this.deopt(pc, DeoptReason.Unresolved)); return { kind: 'end', targets: [] }; }
        this.initBarrier(pc, r, out);
        const cls = r.ref as RtClass;
        out.push(m.local.set(this.tmp(I), m.call('newobj', [m.i32.const(cls.id), m.i32.const(cls.instanceSize)], b.i32)));
        out.push(m.if(m.i32.eqz(m.local.get(this.tmp(I), b.i32)), this.deopt(pc, DeoptReason.Allocation)));
        push(I, m.local.get(this.tmp(I), b.i32));
        return pc + 3;
      }
      case Op.anewarray: {
        const r = this.quick(pc);
        if (r === null) { out.push(this.deopt(pc, DeoptReason.Unresolved)); return { kind: 'end', targets: [] }; }
        const cls = r.ref as RtClass;
        out.push(m.local.set(this.tmp(I), m.call('newarray', [m.i32.const(cls.id), m.i32.const(cls.array!.elementSize), this.get(at(1), I)], b.i32)));
        out.push(m.if(m.i32.eqz(m.local.get(this.tmp(I), b.i32)), this.allocationFailed(pc, at(1))));
        out.push(this.set(at(1), I, m.local.get(this.tmp(I), b.i32)));
        return pc + 3;
      }
      case Op.multianewarray: {
        const dims = code[pc + 3]!;
        const cls = this.quick(pc)?.ref as RtClass | undefined;
        if (cls === undefined) { out.push(this.deopt(pc, DeoptReason.Unresolved)); return { kind: 'end', targets: [] }; }
        if (dims > 4) throw new Bailout(`multianewarray of ${dims} dimensions at pc ${pc}`);
        const counts: Expr[] = [];
        for (let i = 0; i < 4; i++) counts.push(i < dims ? this.get(at(dims - i), I) : m.i32.const(0));
        out.push(m.local.set(this.tmp(I), m.call('multinew', [m.i32.const(cls.id), m.i32.const(dims), ...counts], b.i32)));
        out.push(m.if(m.i32.eqz(m.local.get(this.tmp(I), b.i32)), this.deopt(pc, DeoptReason.Allocation)));
        out.push(this.set(at(dims), I, m.local.get(this.tmp(I), b.i32)));
        return pc + 4;
      }
      case Op.checkcast: case Op.instanceof: {
        const r = this.quick(pc);
        if (r === null) { out.push(this.deopt(pc, DeoptReason.Unresolved)); return { kind: 'end', targets: [] }; }
        const cls = r.ref as RtClass;
        const o = (): Expr => this.get(at(1), I);
        const isFinal = (cls.flags & 0x0010) !== 0 && !cls.isArray && !cls.isInterface;
        // Inline exact-class test; the subtype test (supertypes set) is an import, unneeded for final classes.
        const cid = (): Expr => m.i32.load(0, 4, o());
        const test = isFinal
          ? m.i32.eq(cid(), m.i32.const(cls.id))
          : m.if(m.i32.eq(cid(), m.i32.const(cls.id)), m.i32.const(1), m.call('subtype', [cid(), m.i32.const(cls.id)], b.i32));
        if (op === Op.checkcast) {
          out.push(m.if(m.i32.and(m.i32.ne(o(), m.i32.const(0)), m.i32.eqz(test)), this.implicitThrow(pc, ImplicitKind.ClassCast, o(), m.i32.const(cls.id), `checkcast ${cls.name}`)));
        } else {
          out.push(this.set(at(1), I, m.if(m.i32.eqz(o()), m.i32.const(0), test)));
        }
        return pc + 3;
      }
      case Op.arraylength: {
        out.push(m.if(m.i32.eqz(this.get(at(1), I)), this.implicitThrow(pc, ImplicitKind.Null)));
        const h = this.hoistedLength(at(1));
        out.push(this.set(at(1), I, h >= 0 ? m.local.get(h, b.i32) : m.i32.load(8, 4, this.get(at(1), I))));
        return next;
      }
      case Op.newarray: {
        const atype = code[pc + 1]!;
        const cls = this.env.classId(ATYPE_CLASS[atype] ?? '');
        if (cls < 0) { out.push(this.deopt(pc, DeoptReason.Unresolved)); return { kind: 'end', targets: [] }; }
        out.push(m.local.set(this.tmp(I), m.call('newarray', [m.i32.const(cls), m.i32.const(ATYPE_SIZE[atype]!), this.get(at(1), I)], b.i32)));
        out.push(m.if(m.i32.eqz(m.local.get(this.tmp(I), b.i32)), this.allocationFailed(pc, at(1))));
        out.push(this.set(at(1), I, m.local.get(this.tmp(I), b.i32)));
        return pc + 2;
      }

      // Stack shuffles, on slots with the kinds the analysis gives.
      case Op.pop: case Op.pop2: return next;
      case Op.dup: {
        const t = wtOfKind(kinds[depth - 1]!); const s1 = this.src.get(at(1)), i1 = this.isrc.get(at(1));
        push(t, this.get(at(1), t));
        if (s1 !== undefined) this.src.set(sp, s1);
        if (i1 !== undefined) this.isrc.set(sp, i1);
        return next;
      }
      case Op.dup2: {
        if (kinds[depth - 2] === SlotKind.Long || kinds[depth - 2] === SlotKind.Double) { const t = wtOfKind(kinds[depth - 2]!); push(t, this.get(at(2), t)); }
        else {
          const s2 = this.src.get(at(2)), s1 = this.src.get(at(1)), i2 = this.isrc.get(at(2)), i1 = this.isrc.get(at(1));
          this.copy(out, at(2), sp, kinds[depth - 2]!); this.copy(out, at(1), sp + 1, kinds[depth - 1]!);
          if (s2 !== undefined) this.src.set(sp, s2);
          if (s1 !== undefined) this.src.set(sp + 1, s1);
          if (i2 !== undefined) this.isrc.set(sp, i2);
          if (i1 !== undefined) this.isrc.set(sp + 1, i1);
        }
        return next;
      }
      case Op.swap: {
        const t1 = wtOfKind(kinds[depth - 1]!), t2 = wtOfKind(kinds[depth - 2]!);
        out.push(m.local.set(this.tmp(t1), this.get(at(1), t1)));
        out.push(this.set(at(1), t2, this.get(at(2), t2)));
        out.push(this.set(at(2), t1, m.local.get(this.tmp(t1), wasmType(b, t1))));
        return next;
      }
      case Op.dup_x1: case Op.dup_x2: case Op.dup2_x1: case Op.dup2_x2: {
        // Rewrite the top `n` slots as the JVM does, using the per-slot kinds (wide values move
        // as units): read every value into a scratch local first, since targets overlap sources.
        const n = op === Op.dup_x1 ? 2 : op === Op.dup_x2 || op === Op.dup2_x1 ? 3 : 4;
        const copyN = op === Op.dup_x1 || op === Op.dup_x2 ? 1 : 2;
        const before = Array.from({ length: n }, (_, i) => kinds[depth - n + i]!);
        const isValue = (k: number): boolean => k !== SlotKind.Long2 && k !== SlotKind.Double2;
        for (let i = 0; i < n; i++) {
          if (!isValue(before[i]!)) continue;
          const t = wtOfKind(before[i]!);
          out.push(m.local.set(this.scratch(i, t), this.get(sp - n + i, t)));
        }
        for (let j = 0; j < n + copyN; j++) {
          const src = j < copyN ? n - copyN + j : j - copyN;
          if (!isValue(before[src]!)) continue;
          const t = wtOfKind(before[src]!);
          out.push(this.set(sp - n + j, t, m.local.get(this.scratch(src, t), wasmType(b, t))));
        }
        return next;
      }

      // Arithmetic. Java semantics: int/long division by zero throws ArithmeticException "/ by
      // zero" (implicitThrow); MIN / -1 is MIN and MIN % -1 is 0 (wasm would trap).
      case Op.iadd: case Op.isub: {
        // `iload i; const c; iadd/isub` keeps tracking i (with offset ±c) for range-check elimination.
        const x = this.isrc.get(at(2)), c = this.csrc.get(at(1));
        out.push(this.set(at(2), I, (op === Op.iadd ? m.i32.add : m.i32.sub)(this.get(at(2), I), this.get(at(1), I))));
        if (x !== undefined && c !== undefined) this.isrc.set(at(2), { v: x.v, pc: x.pc, off: x.off + (op === Op.iadd ? c : -c) });
        return next;
      }
      case Op.imul: out.push(this.set(at(2), I, m.i32.mul(this.get(at(2), I), this.get(at(1), I)))); return next;
      case Op.iand: out.push(this.set(at(2), I, m.i32.and(this.get(at(2), I), this.get(at(1), I)))); return next;
      case Op.ior: out.push(this.set(at(2), I, m.i32.or(this.get(at(2), I), this.get(at(1), I)))); return next;
      case Op.ixor: out.push(this.set(at(2), I, m.i32.xor(this.get(at(2), I), this.get(at(1), I)))); return next;
      case Op.ishl: out.push(this.set(at(2), I, m.i32.shl(this.get(at(2), I), this.get(at(1), I)))); return next;
      case Op.ishr: out.push(this.set(at(2), I, m.i32.shr_s(this.get(at(2), I), this.get(at(1), I)))); return next;
      case Op.iushr: out.push(this.set(at(2), I, m.i32.shr_u(this.get(at(2), I), this.get(at(1), I)))); return next;
      case Op.ineg: out.push(this.set(at(1), I, m.i32.sub(m.i32.const(0), this.get(at(1), I)))); return next;
      case Op.idiv: case Op.irem: {
        const x = at(2), y = at(1);
        out.push(m.if(m.i32.eqz(this.get(y, I)), this.implicitThrow(pc, ImplicitKind.DivideByZero)));
        const minusOne = m.i32.eq(this.get(y, I), m.i32.const(-1));
        const r = op === Op.idiv
          ? m.if(minusOne, m.i32.sub(m.i32.const(0), this.get(x, I)), m.i32.div_s(this.get(x, I), this.get(y, I)))
          : m.if(minusOne, m.i32.const(0), m.i32.rem_s(this.get(x, I), this.get(y, I)));
        out.push(this.set(x, I, r));
        return next;
      }
      case Op.ladd: out.push(this.set(at(4), J, m.i64.add(this.get(at(4), J), this.get(at(2), J)))); return next;
      case Op.lsub: out.push(this.set(at(4), J, m.i64.sub(this.get(at(4), J), this.get(at(2), J)))); return next;
      case Op.lmul: out.push(this.set(at(4), J, m.i64.mul(this.get(at(4), J), this.get(at(2), J)))); return next;
      case Op.land: out.push(this.set(at(4), J, m.i64.and(this.get(at(4), J), this.get(at(2), J)))); return next;
      case Op.lor: out.push(this.set(at(4), J, m.i64.or(this.get(at(4), J), this.get(at(2), J)))); return next;
      case Op.lxor: out.push(this.set(at(4), J, m.i64.xor(this.get(at(4), J), this.get(at(2), J)))); return next;
      case Op.lneg: out.push(this.set(at(2), J, m.i64.sub(m.i64.const(0, 0), this.get(at(2), J)))); return next;
      case Op.lshl: out.push(this.set(at(3), J, m.i64.shl(this.get(at(3), J), m.i64.extend_s(this.get(at(1), I))))); return next;
      case Op.lshr: out.push(this.set(at(3), J, m.i64.shr_s(this.get(at(3), J), m.i64.extend_s(this.get(at(1), I))))); return next;
      case Op.lushr: out.push(this.set(at(3), J, m.i64.shr_u(this.get(at(3), J), m.i64.extend_s(this.get(at(1), I))))); return next;
      case Op.ldiv: case Op.lrem: {
        const x = at(4), y = at(2);
        out.push(m.if(m.i64.eqz(this.get(y, J)), this.implicitThrow(pc, ImplicitKind.DivideByZero)));
        const minusOne = m.i64.eq(this.get(y, J), m.i64.const(-1, -1));
        const r = op === Op.ldiv
          ? m.if(minusOne, m.i64.sub(m.i64.const(0, 0), this.get(x, J)), m.i64.div_s(this.get(x, J), this.get(y, J)))
          : m.if(minusOne, m.i64.const(0, 0), m.i64.rem_s(this.get(x, J), this.get(y, J)));
        out.push(this.set(x, J, r));
        return next;
      }
      case Op.fadd: out.push(this.set(at(2), F, m.f32.add(this.get(at(2), F), this.get(at(1), F)))); return next;
      case Op.fsub: out.push(this.set(at(2), F, m.f32.sub(this.get(at(2), F), this.get(at(1), F)))); return next;
      case Op.fmul: out.push(this.set(at(2), F, m.f32.mul(this.get(at(2), F), this.get(at(1), F)))); return next;
      case Op.fdiv: out.push(this.set(at(2), F, m.f32.div(this.get(at(2), F), this.get(at(1), F)))); return next;
      case Op.frem: out.push(this.set(at(2), F, m.f32.demote(m.call('drem', [m.f64.promote(this.get(at(2), F)), m.f64.promote(this.get(at(1), F))], b.f64)))); return next;
      case Op.fneg: out.push(this.set(at(1), F, m.f32.neg(this.get(at(1), F)))); return next;
      case Op.dadd: out.push(this.set(at(4), D, m.f64.add(this.get(at(4), D), this.get(at(2), D)))); return next;
      case Op.dsub: out.push(this.set(at(4), D, m.f64.sub(this.get(at(4), D), this.get(at(2), D)))); return next;
      case Op.dmul: out.push(this.set(at(4), D, m.f64.mul(this.get(at(4), D), this.get(at(2), D)))); return next;
      case Op.ddiv: out.push(this.set(at(4), D, m.f64.div(this.get(at(4), D), this.get(at(2), D)))); return next;
      case Op.drem: out.push(this.set(at(4), D, m.call('drem', [this.get(at(4), D), this.get(at(2), D)], b.f64))); return next;
      case Op.dneg: out.push(this.set(at(2), D, m.f64.neg(this.get(at(2), D)))); return next;

      // Conversions: wasm's saturating truncations give Java's f2i/d2l (NaN → 0, clamped).
      case Op.i2l: out.push(this.set(at(1), J, m.i64.extend_s(this.get(at(1), I)))); return next;
      case Op.i2f: out.push(this.set(at(1), F, m.f32.convert_s.i32(this.get(at(1), I)))); return next;
      case Op.i2d: out.push(this.set(at(1), D, m.f64.convert_s.i32(this.get(at(1), I)))); return next;
      case Op.l2i: out.push(this.set(at(2), I, m.i32.wrap(this.get(at(2), J)))); return next;
      case Op.l2f: out.push(this.set(at(2), F, m.f32.convert_s.i64(this.get(at(2), J)))); return next;
      case Op.l2d: out.push(this.set(at(2), D, m.f64.convert_s.i64(this.get(at(2), J)))); return next;
      case Op.f2i: out.push(this.set(at(1), I, m.i32.trunc_s_sat.f32(this.get(at(1), F)))); return next;
      case Op.f2l: out.push(this.set(at(1), J, m.i64.trunc_s_sat.f32(this.get(at(1), F)))); return next;
      case Op.f2d: out.push(this.set(at(1), D, m.f64.promote(this.get(at(1), F)))); return next;
      case Op.d2i: out.push(this.set(at(2), I, m.i32.trunc_s_sat.f64(this.get(at(2), D)))); return next;
      case Op.d2l: out.push(this.set(at(2), J, m.i64.trunc_s_sat.f64(this.get(at(2), D)))); return next;
      case Op.d2f: out.push(this.set(at(2), F, m.f32.demote(this.get(at(2), D)))); return next;
      case Op.i2b: out.push(this.set(at(1), I, m.i32.extend8_s(this.get(at(1), I)))); return next;
      case Op.i2c: out.push(this.set(at(1), I, m.i32.and(this.get(at(1), I), m.i32.const(0xffff)))); return next;
      case Op.i2s: out.push(this.set(at(1), I, m.i32.extend16_s(this.get(at(1), I)))); return next;

      // Comparisons (JVMS §6.5 lcmp, fcmp<op>, dcmp<op>: NaN gives 1 for g, -1 for l).
      case Op.lcmp: {
        const x = this.get(at(4), J), y = this.get(at(2), J);
        out.push(this.set(at(4), I, m.i32.sub(m.i64.gt_s(x, y), m.i64.lt_s(this.get(at(4), J), this.get(at(2), J)))));
        return next;
      }
      case Op.fcmpl: case Op.fcmpg: case Op.dcmpl: case Op.dcmpg: {
        const w = op === Op.fcmpl || op === Op.fcmpg ? F : D;
        const sz = w === F ? 1 : 2;
        const X = (): Expr => this.get(at(2 * sz), w), Y = (): Expr => this.get(at(sz), w);
        const ops = w === F ? m.f32 : m.f64;
        const gt = ops.gt(X(), Y()), lt = ops.lt(X(), Y()), eq = ops.eq(X(), Y());
        const nan = m.i32.const(op === Op.fcmpg || op === Op.dcmpg ? 1 : -1);
        out.push(this.set(at(2 * sz), I, m.if(gt, m.i32.const(1), m.if(lt, m.i32.const(-1), m.if(eq, m.i32.const(0), nan)))));
        return next;
      }

      // Branches.
      case Op.ifeq: case Op.ifne: case Op.iflt: case Op.ifge: case Op.ifgt: case Op.ifle:
        if (isFloatCompare(this.prevOp)) {
          // The compare just before (same block) left x and y in the float/double locals of these slots.
          const w = this.prevOp === Op.fcmpl || this.prevOp === Op.fcmpg ? F : D;
          return this.cond(pc, fusedFloatBranch(m, this.prevOp, op, () => this.get(at(1), w), () => this.get(at(1) + (w === F ? 1 : 2), w)), out);
        }
        return this.cond(pc, intCompare(m, op - Op.ifeq, this.get(at(1), I), m.i32.const(0)), out);
      case Op.if_icmpeq: case Op.if_icmpne: case Op.if_icmplt: case Op.if_icmpge: case Op.if_icmpgt: case Op.if_icmple:
        return this.cond(pc, intCompare(m, op - Op.if_icmpeq, this.get(at(2), I), this.get(at(1), I)), out);
      case Op.if_acmpeq: return this.cond(pc, m.i32.eq(this.get(at(2), I), this.get(at(1), I)), out);
      case Op.if_acmpne: return this.cond(pc, m.i32.ne(this.get(at(2), I), this.get(at(1), I)), out);
      case Op.ifnull: return this.cond(pc, m.i32.eqz(this.get(at(1), I)), out);
      case Op.ifnonnull: return this.cond(pc, m.i32.ne(this.get(at(1), I), m.i32.const(0)), out);
      case Op.goto: return { kind: 'plain', targets: [[pc + readI16(code, pc + 1), 0]] };
      case Op.goto_w: return { kind: 'plain', targets: [[pc + readI32(code, pc + 1), 0]] };
      case Op.tableswitch: {
        const p = (pc + 4) & ~3;
        const dflt = pc + readI32(code, p), low = readI32(code, p + 4), high = readI32(code, p + 8);
        const byTarget = new Map<number, number[]>();
        for (let i = 0; i <= high - low; i++) {
          const target = pc + readI32(code, p + 12 + 4 * i);
          if (target === dflt) continue;
          const list = byTarget.get(target) ?? [];
          list.push(i);
          byTarget.set(target, list);
        }
        const switchTargets: Array<[number, number[]]> = [...byTarget.entries()];
        switchTargets.push([dflt, []]);
        return { kind: 'switch', targets: [], switchTargets, cond: m.i32.sub(this.get(at(1), I), m.i32.const(low)) };
      }
      case Op.lookupswitch: {
        const p = (pc + 4) & ~3;
        const dflt = pc + readI32(code, p), n = readI32(code, p + 4);
        const byTarget = new Map<number, Expr>();
        for (let i = 0; i < n; i++) {
          const key = readI32(code, p + 8 + 8 * i), target = pc + readI32(code, p + 12 + 8 * i);
          if (target === dflt) continue;
          const c = m.i32.eq(this.get(at(1), I), m.i32.const(key));
          const prev = byTarget.get(target);
          byTarget.set(target, prev === undefined ? c : m.i32.or(prev, c));
        }
        const targets: Array<[number, Expr]> = [...byTarget.entries()];
        targets.push([dflt, 0]);
        return { kind: 'plain', targets };
      }

      case Op.ireturn: case Op.areturn: out.push(this.javaReturn(I, at(1), pc)); return { kind: 'end', targets: [] };
      case Op.freturn: out.push(this.javaReturn(F, at(1), pc)); return { kind: 'end', targets: [] };
      case Op.lreturn: out.push(this.javaReturn(J, at(2), pc)); return { kind: 'end', targets: [] };
      case Op.dreturn: out.push(this.javaReturn(D, at(2), pc)); return { kind: 'end', targets: [] };
      case Op.return: out.push(this.javaReturn(null, 0, pc)); return { kind: 'end', targets: [] };
      case Op.monitorenter: case Op.monitorexit: out.push(this.monitorOp(pc, op === Op.monitorenter, at(1))); return next;
      case Op.athrow: out.push(this.athrow(pc, at(1))); return { kind: 'end', targets: [] };

      // Fields: resolved by the interpreter or ahead (quick), else an uncommon trap (deopt, the
      // interpreter resolves). Statics of classes not initialized yet behind a barrier.
      case Op.getfield: case Op.putfield: case Op.getstatic: case Op.putstatic: {
        const r = this.quick(pc);
        if (r === null) { out.push(this.deopt(pc, DeoptReason.Unresolved)); return { kind: 'end', targets: [] }; }
        this.initBarrier(pc, r, out);
        return this.field(pc, op, r.op, r.arg, at, out, pc + 3);
      }

      case Op.invokedynamic: {
        // Linked call sites are quickened to a direct call of the spun class's static method.
        const r = this.quick(pc);
        if (r === null) { out.push(this.deopt(pc, DeoptReason.Unresolved)); return { kind: 'end', targets: [] }; }
        this.initBarrier(pc, r, out);
        return this.invoke(pc, r.ref as RtMethod, sp, out, pc + 5);
      }
      case Op.invokestatic: case Op.invokespecial: case Op.invokevirtual: case Op.invokeinterface: {
        const r = this.quick(pc);
        if (r === null) { out.push(this.deopt(pc, DeoptReason.Unresolved)); return { kind: 'end', targets: [] }; }
        this.initBarrier(pc, r, out);
        const q = r.op;
        const after = op === Op.invokeinterface ? pc + 5 : pc + 3;
        if (q === Quick.invokevirtual_q || q === Quick.invokeinterface_q) {
          const resolved = r.ref as RtMethod;
          const vtableIndex = q === Quick.invokevirtual_q ? r.arg : -1;
          // Class-hierarchy analysis: one target for every loaded receiver class → a direct
          // (possibly inlined) call, valid as long as the assumption holds (jit/cha.ts).
          const a = this.env.devirtualize(resolved, vtableIndex, this.siteClass(pc));
          if (a !== null) {
            const r = this.devirtualized(pc, a, sp, out, after);
            if (r !== null) return r;
          }
          return this.dispatchInvoke(pc, resolved, vtableIndex, sp, out, after);
        }
        return this.invoke(pc, r.ref as RtMethod, sp, out, after);
      }
    }
    throw new Bailout(`unsupported instruction ${opName(op)} at pc ${pc}`);
  }

  /**
   * The instruction at `pc` in its quick form: as the interpreter quickened it, else resolved now
   * (JVMS §5.4: early resolution is allowed, errors stay at the point of use). Null: not
   * resolvable yet: an uncommon trap there, the interpreter resolves (or throws).
   */
  private quick(pc: number): Resolution | null {
    const P = this.ctx.P;
    // (multianewarray is never quickened: the interpreter caches its class in ref[pc].)
    if (P.ops[pc] !== P.code[pc] || (P.ref[pc] !== undefined && P.code[pc] === Op.multianewarray)) return { op: P.ops[pc]!, arg: P.arg[pc]!, ref: P.ref[pc], init: null };
    return this.env.resolve(P, pc);
  }

  /** A class initialization barrier: deopt unless `r.init` (not initialized at compile time) is by now. Never runs `<clinit>` itself. */
  private initBarrier(pc: number, r: Resolution, out: Expr[]): void {
    if (r.init === null) return;
    const g = this.env.initFlag(r.init), m = this.mod;
    if (firstIn(m, g)) m.addGlobalImport(g, 'env', g, this.b.i32, true);
    out.push(m.if(m.i32.eqz(m.global.get(g, this.b.i32)), this.deopt(pc, DeoptReason.InitBarrier, `class ${r.init.name} not initialized`)));
  }

  /** Copies one slot of `kind` from `from` to `to`. */
  private copy(out: Expr[], from: number, to: number, kind: number): void {
    const t = wtOfKind(kind);
    out.push(this.set(to, t, this.get(from, t)));
  }

  /** Throws (the interpreter's exception: {@link implicitThrow}) unless index `ia` is within array `aa` (null fails too). */
  private boundsCheck(pc: number, aa: number, ia: number): Expr {
    const m = this.mod;
    if (this.rangeChecked(pc, aa, ia)) return m.nop();
    const h = this.hoistedLength(aa);
    const len = h >= 0 ? m.local.get(h, this.b.i32) : m.i32.load(8, 4, this.get(aa, WT.I));
    return m.if(m.i32.ge_u(this.get(ia, WT.I), len), this.implicitThrow(pc, ImplicitKind.Index, this.get(aa, WT.I), this.get(ia, WT.I)));
  }

  /** `newarray`/`anewarray` got no array: a negative count throws, else the interpreter allocates (a collection, or OutOfMemoryError). */
  private allocationFailed(pc: number, count: number): Expr {
    const m = this.mod;
    return m.block(null, [
      m.if(m.i32.lt_s(this.get(count, WT.I), m.i32.const(0)), this.implicitThrow(pc, ImplicitKind.NegativeSize, this.get(count, WT.I))),
      this.deopt(pc, DeoptReason.Allocation),
    ]);
  }

  private cond(pc: number, c: Expr, out: Expr[]): Branches {
    const target = pc + readI16(this.code, pc + 1), fall = pc + 3;
    if (target === fall) return { kind: 'plain', targets: [[fall, 0]] };
    const never = this.unstableIf(this.ctx, pc);
    if (never !== null) return this.uncommonBranch(pc, c, never, out);
    return { kind: 'plain', targets: [[target, c], [fall, 0]] };
  }

  private field(pc: number, op: number, q: number, arg: number, at: (n: number) => number, out: Expr[], next: number): number {
    const m = this.mod;
    const isStatic = op === Op.getstatic || op === Op.putstatic;
    const isGet = op === Op.getfield || op === Op.getstatic;
    const base = isStatic ? Quick.getstatic_i32 - Quick.getfield_i32 : 0;
    const k = q === Quick.putfield_bool || q === Quick.putstatic_bool ? -1 : q - base; // normalized to the getfield_/putfield_ numbering
    const t = isGet
      ? [WT.I, WT.F, WT.J, WT.D, WT.I, WT.I, WT.I][k - Quick.getfield_i32]!
      : k === -1 ? WT.I : [WT.I, WT.F, WT.J, WT.D, WT.I, WT.I][k - Quick.putfield_i32]!;
    const size = t === WT.J || t === WT.D ? 2 : 1;
    if (isGet) {
      let objSlot = -1, addr: Expr, off: number;
      if (isStatic) { addr = m.i32.const(0); off = arg; }
      else {
        objSlot = at(1);
        const h = k === Quick.getfield_i32 ? this.hoistedField(objSlot, arg) : -1;
        if (h >= 0) {
          // Loop-invariant field of `this` (jit/loops.ts LoopPlan): read the local loaded on loop entry.
          out.push(this.set(objSlot, WT.I, m.local.get(h, this.b.i32)));
          this.src.set(objSlot, fieldKey(arg));
          return next;
        }
        if (!this.isThis(objSlot)) out.push(m.if(m.i32.eqz(this.get(objSlot, WT.I)), this.implicitThrow(pc, ImplicitKind.Null, null, null, 'null check')));
        addr = this.get(objSlot, WT.I); off = arg;
      }
      let v: Expr;
      switch (k) {
        case Quick.getfield_i32: v = m.i32.load(off, 4, addr); break;
        case Quick.getfield_f32: v = m.f32.load(off, 4, addr); break;
        case Quick.getfield_i64: v = m.i64.load(off, 8, addr); break;
        case Quick.getfield_f64: v = m.f64.load(off, 8, addr); break;
        case Quick.getfield_i8: v = m.i32.load8_s(off, 1, addr); break;
        case Quick.getfield_u16: v = m.i32.load16_u(off, 2, addr); break;
        default: v = m.i32.load16_s(off, 2, addr);
      }
      out.push(this.set(isStatic ? at(0) : objSlot, t, v));
      return next;
    }
    const valSlot = at(size);
    let addr: Expr;
    if (isStatic) addr = m.i32.const(0);
    else {
      const objSlot = at(size + 1);
      if (!this.isThis(objSlot)) out.push(m.if(m.i32.eqz(this.get(objSlot, WT.I)), this.implicitThrow(pc, ImplicitKind.Null, null, null, 'null check')));
      addr = this.get(objSlot, WT.I);
    }
    const v = this.get(valSlot, t);
    switch (k) {
      case -1: out.push(m.i32.store8(arg, 1, addr, m.i32.and(v, m.i32.const(1)))); break;
      case Quick.putfield_i32: out.push(m.i32.store(arg, 4, addr, v)); break;
      case Quick.putfield_f32: out.push(m.f32.store(arg, 4, addr, v)); break;
      case Quick.putfield_i64: out.push(m.i64.store(arg, 8, addr, v)); break;
      case Quick.putfield_f64: out.push(m.f64.store(arg, 8, addr, v)); break;
      case Quick.putfield_i8: out.push(m.i32.store8(arg, 1, addr, v)); break;
      default: out.push(m.i32.store16(arg, 2, addr, v));
    }
    return next;
  }

  /**
   * A virtual or interface call: an inline cache in the static area ([class id, compiled id],
   * jit/dispatch.ts) compared with the receiver's class word, the `dispatch` import on a miss, then
   * a call through the shared table. A Java target without compiled code (-3): the arguments go to
   * the args buffer and the runtime's adapter `i2c(-1)` runs it in the interpreter (docs/deopt.md
   * "Calls into the interpreter"; non-zero: unwind at the invoke like after a callee's deopt), and
   * so does a native target (the adapter runs the native); a selection that would throw (-2):
   * deopt, the interpreter throws. A null receiver throws the NPE first ({@link implicitThrow}).
   */
  private dispatchInvoke(pc: number, resolved: RtMethod, vtableIndex: number, sp: number, out: Expr[], next: number): number | Branches {
    const m = this.mod, b = this.b;
    const sig = signature(b, resolved);
    const base = sp - resolved.argSlots;
    const site = this.env.callSite(resolved, vtableIndex);
    const I = WT.I;
    if (!this.isThis(base)) out.push(m.if(m.i32.eqz(this.get(base, I)), this.implicitThrow(pc, ImplicitKind.Null, null, null, 'null receiver')));
    const cls = (): Expr => m.i32.load(0, 4, this.get(base, I));
    const id = this.tmp(I);
    out.push(this.siteStore(pc));
    out.push(m.local.set(id, m.if(m.i32.eq(cls(), m.i32.load(0, 4, m.i32.const(site.cache))),
      m.i32.load(4, 4, m.i32.const(site.cache)),
      m.call('dispatch', [cls(), m.i32.const(site.index)], b.i32))));
    const argsOf = (): Expr[] => {
      const a: Expr[] = [];
      let slot = base;
      for (const t of sig.params) { a.push(this.get(slot, t)); slot += t === WT.J || t === WT.D ? 2 : 1; }
      return a;
    };
    const A = this.env.argsAddress, args = argsOf(), copies = argsOf();
    const interpreted: Expr[] = sig.params.map((t, i) => store(m, t, A + 8 * i, copies[i]!));
    interpreted.push(m.global.set('deopt', m.call('i2c', [m.i32.const(-1)], b.i32)), this.afterCall(pc));
    if (sig.result !== null) interpreted.push(m.local.set(this.tmp(sig.result), load(m, sig.result, A)));
    const rt = sig.result === null ? b.none : wasmType(b, sig.result);
    const call = m.call_indirect('table', m.local.get(id, b.i32), args, b.createType(sig.params.map((t) => wasmType(b, t))), rt);
    out.push(m.if(m.i32.lt_s(m.local.get(id, b.i32), m.i32.const(0)),
      m.if(m.i32.eq(m.local.get(id, b.i32), m.i32.const(-3)),
        m.block(null, interpreted),
        this.deopt(pc, DeoptReason.Throw, 'method selection fails')),
      m.block(null, [
        sig.result === null ? call : m.local.set(this.tmp(sig.result), call),
        this.afterCall(pc),
      ])));
    if (sig.result !== null) out.push(this.set(base, sig.result, m.local.get(this.tmp(sig.result), wasmType(b, sig.result))));
    return next;
  }

  /** The class named by the invoke's constant-pool reference (the receiver's static type), or null. */
  private siteClass(pc: number): RtClass | null {
    const e = this.method.owner.file!.constantPool[readU16(this.code, pc + 1)];
    return e !== undefined && e !== null && (e.tag === CpTag.Methodref || e.tag === CpTag.InterfaceMethodref) ? this.env.loadedClass(e.owner) : null;
  }

  /** A call CHA proved monomorphic: intrinsic, inlined, or direct; null when it must stay a dispatched call. */
  private devirtualized(pc: number, a: Assumption, sp: number, out: Expr[], next: number): number | Branches | null {
    const target = a.target;
    const use = (): void => { if (!this.member.assumptions.includes(a)) this.member.assumptions.push(a); };
    if (intrinsicFor(target) !== null) { use(); return this.invoke(pc, target, sp, out, next); }
    if (this.inline(pc, target, sp, out)) { use(); return next; }
    use();
    return this.invoke(pc, target, sp, out, next);
  }

  /**
   * Inlines a small callee (<= INLINE_BYTES of bytecode) into the current function: its frame's
   * slots start where the caller pushed the arguments, its blocks go through a Relooper of their
   * own inside a block that its returns break out of, and its deopt exits write its record then
   * one record per caller (FrameCtx.caller), so deopt/unwind.ts rebuilds every interpreter frame.
   * False (nothing emitted) when the callee is not a candidate or does not compile.
   */
  private inline(pc: number, target: RtMethod, sp: number, out: Expr[]): boolean {
    const code = target.code;
    if (code === null || code.code.length > INLINE_BYTES_IN_LOOP) return false;
    const Q = this.env.prepared(target);
    // The larger budget only for leaf callees (no calls of their own) that already run compiled
    // (hot themselves, their instructions resolved): inlining cold code would only add traps.
    const limit = Q.compiled !== null && siteInLoop(this.ctx, pc) && isLeaf(code.code) ? INLINE_BYTES_IN_LOOP : INLINE_BYTES;
    if (code.code.length > limit || target.isSynchronized || Q.verifyError !== null) return false;
    let depth = 0;
    for (let c: FrameCtx | null = this.ctx; c !== null; c = c.caller?.ctx ?? null) {
      if (c.method === target) return false; // recursion
      depth++;
    }
    if (depth > INLINE_DEPTH) return false;
    const base = sp - target.argSlots;
    if (base + code.maxLocals + code.maxStack > this.nSlots) return false;
    const m = this.mod, b = this.b;
    const rec = this.env.inlineRecord(Q);
    const ctx: FrameCtx = {
      P: Q, method: target, code: code.code, analysis: analyzeMethod(target.owner.file!, target.info), maxLocals: code.maxLocals,
      base, recordId: rec.id, states: rec.states, caller: { ctx: this.ctx, pc }, retLabel: `inl${this.relooperCount}`, live: [],
    };
    const saved = this.ctx;
    const stops = this.member.stops.length, assumptions = this.member.assumptions.length, inlined = this.member.inlined.length;
    const crossTargets = this.crossTargets;
    let inner = new Set<FrameCtx>();
    this.crossTargets = inner;
    const k = this.relooperCount++;
    const pre: Expr[] = [];
    if (!target.isStatic && !this.isThis(base)) pre.push(m.if(m.i32.eqz(this.get(base, WT.I)), this.implicitThrow(pc, ImplicitKind.Null, null, null, 'null receiver')));
    let body: Expr;
    try {
      scanLive(ctx, (p) => this.unstableIf(ctx, p));
      this.ctx = ctx;
      body = this.bodyOf(null, k);
      // Inside an inlined frame, this body becomes part of a Relooper block of that frame, whose
      // own render would see this body's Relooper labels (`block$N$break`, `shape$N$continue`:
      // numbered per Relooper) as duplicates of its own and renumber every label in sight, and
      // fail at that frame's returns (`br inlK` to the block wrapped around it only after its
      // render: "bad label in sourceToUnique"). Labels unique per Relooper avoid that.
      if (saved.caller !== null) renameLabels(b, body, `r${k}`);
    } catch (e) {
      // A number is a C++ exception of Binaryen's (rendering failed for another reason): the
      // callee is then called, not inlined, instead of the whole method failing.
      if (!(e instanceof Bailout) && typeof e !== 'number') throw e;
      // Not inlinable after all: forget what it recorded and make a call instead.
      this.member.stops.length = stops;
      this.member.assumptions.length = assumptions;
      this.member.inlined.length = inlined;
      return false;
    } finally {
      this.ctx = saved;
      inner = this.crossTargets;
      this.crossTargets = crossTargets;
    }
    this.member.inlined.push(`${methodName(target)}@${pc}`);
    out.push(...pre, m.block(ctx.retLabel, [body]));
    // A handler of this frame or an outer one was entered inside the body: go on to it.
    for (const g of inner) out.push(m.if(m.local.get(this.excLocal(this.excEntries.get(g)!.k), b.i32), this.toHandlerFrame(g)));
    void b;
    return true;
  }

  /** A return: from the compiled method (leaving the call depth), or out of an inlined body into its caller's slot. */
  private javaReturn(t: WT | null, slot: number, pc: number): Expr {
    const m = this.mod;
    const ctx = this.ctx;
    if (ctx.retLabel === null && this.method.isSynchronized) return m.block(null, [this.unlockAtReturn(pc), this.ret(t === null ? null : this.get(slot, t))]);
    if (ctx.retLabel === null) return this.ret(t === null ? null : this.get(slot, t));
    if (t === null) return m.br(ctx.retLabel);
    return m.block(null, [this.set(ctx.base, t, this.get(slot, t)), m.br(ctx.retLabel)]);
  }

  /** pc of the invoke an intrinsic is emitted for. */
  private invokePc = 0;

  /** A call replaced by wasm instructions or a direct call of the native's import (jit/intrinsics.ts). */
  private intrinsic(target: RtMethod, intr: Intrinsic, sp: number, out: Expr[], next: number): number {
    const m = this.mod, b = this.b;
    const sig = signature(b, target);
    const base = sp - target.argSlots;
    const args = (): Expr[] => {
      const a: Expr[] = [];
      let slot = base;
      for (const t of sig.params) { a.push(this.get(slot, t)); slot += t === WT.J || t === WT.D ? 2 : 1; }
      return a;
    };
    let e: Expr;
    if (intr.kind === 'checked') {
      // The import does the work or returns 0: the native does it (element-wise checked copies,
      // exceptions) through the native adapter, as for any native (docs/deopt.md "Calls of natives").
      const id = this.env.calleeSlot(target);
      emitStub(m, b, id, target, this.env.argsAddress);
      const pc = this.invokePc;
      const slow = m.call_indirect('table', m.i32.const(id), args(), b.createType(sig.params.map((t) => wasmType(b, t))), b.none);
      out.push(m.if(m.i32.eqz(m.call(intr.name, args(), b.i32)),
        m.block(null, [this.siteStore(pc), slow, this.afterCall(pc)])));
      return next;
    }
    if (intr.kind === 'wasm') e = intr.emit(m, args(), args);
    else {
      if (!this.member.nativeImports.has(intr.name)) {
        this.member.nativeImports.set(intr.name, target);
        m.addFunctionImport(intr.name, 'natives', intr.name, b.createType(intr.arity === 1 ? [b.f64] : [b.f64, b.f64]), b.f64);
      }
      e = m.call(intr.name, args(), b.f64);
    }
    if (sig.result !== null) out.push(this.set(base, sig.result, e));
    else out.push(m.drop(e));
    return next;
  }

  /**
   * A call of a statically known method: direct to compiled code (same batch: `call`; installed
   * earlier: `call_indirect` through the shared table), else deopt at the invoke and let the
   * interpreter call. After the call, a raised deopt flag means the callee unwound: this frame
   * writes its own state at the invoke (arguments still on its stack) and returns too.
   */
  private invoke(pc: number, target: RtMethod, sp: number, out: Expr[], next: number): number | Branches {
    const m = this.mod, b = this.b;
    if (isObjectWait(target)) {
      // Object.wait parks the thread, which compiled code cannot: the interpreter makes the call.
      out.push(this.deopt(pc, DeoptReason.Monitor, 'Object.wait parks: the interpreter calls it', 'call'));
      return { kind: 'end', targets: [] };
    }
    const intrinsic = intrinsicFor(target);
    if (intrinsic !== null) { this.invokePc = pc; return this.intrinsic(target, intrinsic, sp, out, next); }
    if (this.inline(pc, target, sp, out)) return next;
    let id = this.env.calleeId(target);
    if (id < 0) {
      // No code (yet, or ever: not compilable, or a native that is not an intrinsic): call through
      // a slot whose stub runs the callee in the interpreter, or the native on the VM's side
      // (docs/deopt.md "Calls into the interpreter", "Calls of natives"), until it has code.
      id = this.env.calleeSlot(target);
      emitStub(m, b, id, target, this.env.argsAddress);
    }
    const sig = signature(b, target);
    const base = sp - target.argSlots;
    if (!target.isStatic && !this.isThis(base)) out.push(m.if(m.i32.eqz(this.get(base, WT.I)), this.implicitThrow(pc, ImplicitKind.Null, null, null, 'null receiver')));
    const args: Expr[] = [];
    let slot = base;
    for (const t of sig.params) { args.push(this.get(slot, t)); slot += t === WT.J || t === WT.D ? 2 : 1; }
    const rt = sig.result === null ? b.none : wasmType(b, sig.result);
    const call = this.env.inBatch(target)
      ? m.call(`m${id}`, args, rt)
      : m.call_indirect('table', m.i32.const(id), args, b.createType(sig.params.map((t) => wasmType(b, t))), rt);
    out.push(this.siteStore(pc));
    out.push(sig.result === null ? call : m.local.set(this.tmp(sig.result), call));
    out.push(this.afterCall(pc));
    if (sig.result !== null) out.push(this.set(base, sig.result, m.local.get(this.tmp(sig.result), wasmType(b, sig.result))));
    return next;
  }

  // ---- monitors (docs/deopt.md "Monitors") ----
  // Compiled code takes and releases monitors through the runtime's monitor table, exactly the
  // interpreter's state (jit/runtime.ts `monenter`/`monexit`), so a deoptimized frame needs nothing
  // re-locked: it only needs a synchronized method's lock slot, which every frame state records.

  /** The object a synchronized method locks: `this`, or its class's mirror read from the root table (0 when it has none yet). */
  private lockObject(): Expr {
    const m = this.mod, method = this.root.method;
    if (!method.isStatic) return this.get(0, WT.I);
    const addr = this.env.mirrorAddress?.(method.owner) ?? -1;
    return addr < 0 ? m.i32.const(0) : m.i32.load(0, 4, m.i32.const(addr));
  }

  /**
   * Entry of a synchronized method (the lock slot filled, after the depth check and the entry
   * poll, whose deopts carry the lock-pending flag): enters the monitor before any other stop
   * point, so every later frame state of the method holds its lock. When the monitor is owned by
   * another thread (or a static method's class has no mirror yet), deoptimizes at pc 0 with the
   * lock-pending flag: the deoptimizer enters the monitor for the rebuilt frame, and blocks.
   */
  private lockAtEntry(out: Expr[]): void {
    const m = this.mod, b = this.b, lock = this.root.maxLocals, method = this.root.method;
    if (method.isStatic && (this.env.mirrorAddress?.(method.owner) ?? -1) < 0) {
      out.push(this.deopt(0, DeoptReason.Unresolved, 'class mirror of a static synchronized method not created yet', 'unresolved', LOCK_PENDING));
      return;
    }
    out.push(m.if(m.i32.eqz(m.call('monenter', [this.get(lock, WT.I)], b.i32)),
      this.deopt(0, DeoptReason.Monitor, 'synchronized method entry: monitor owned by another thread', 'guard', LOCK_PENDING)));
  }

  /** Before a synchronized method's return: exit its monitor (not owned: deopt, the interpreter's return throws). */
  private unlockAtReturn(pc: number): Expr {
    const m = this.mod, b = this.b;
    return m.if(m.i32.eqz(m.call('monexit', [this.get(this.root.maxLocals, WT.I)], b.i32)),
      this.deopt(pc, DeoptReason.Throw, 'monitor of the synchronized method not owned at return'));
  }

  /** `monitorenter` / `monitorexit` of the object in slot `obj`: the runtime's fast path, else deopt at the instruction. */
  private monitorOp(pc: number, enter: boolean, obj: number): Expr {
    const m = this.mod, b = this.b;
    const o = (): Expr => this.get(obj, WT.I);
    const failed = enter
      ? this.deopt(pc, DeoptReason.Monitor, 'monitorenter: monitor owned by another thread')
      : this.deopt(pc, DeoptReason.Throw, 'monitorexit: monitor not owned');
    return m.block(null, [
      m.if(m.i32.eqz(o()), this.implicitThrow(pc, ImplicitKind.Null, null, null, 'null check')),
      m.if(m.i32.eqz(m.call(enter ? 'monenter' : 'monexit', [o()], b.i32)), failed),
    ]);
  }

  // ---- profile-driven speculation: unstable-if (docs/deopt.md "Speculation") ----

  /** Which way the conditional branch at `pc` of `ctx` was never seen to go, when compiled code speculates on it; else null. */
  private unstableIf(ctx: FrameCtx, pc: number): 'taken' | 'fall' | null {
    if (ctx.P.profile === null || !(this.env.speculate?.(ctx.P) ?? false)) return null;
    return neverTaken(ctx.P, pc);
  }

  /** A conditional branch with an uncommon trap on the way the profile never saw: deopt there, the interpreter branches. */
  private uncommonBranch(pc: number, c: Expr, never: 'taken' | 'fall', out: Expr[]): Branches {
    const m = this.mod, prof = this.ctx.P.profile!;
    const target = pc + readI16(this.code, pc + 1), fall = pc + 3;
    const seen = `${prof[2 * pc] ?? 0} taken, ${prof[2 * pc + 1] ?? 0} not taken`;
    if (never === 'taken') {
      out.push(m.if(c, this.deopt(pc, DeoptReason.UnstableIf, `unstable-if: branch to ${target} never taken (profile: ${seen})`, 'guard')));
      return { kind: 'plain', targets: [[fall, 0]] };
    }
    out.push(m.if(m.i32.eqz(c), this.deopt(pc, DeoptReason.UnstableIf, `unstable-if: branch to ${target} always taken (profile: ${seen})`, 'guard')));
    return { kind: 'plain', targets: [[target, 0]] };
  }
}

/** The local of the length with key `key` (jit/loops.ts LoopPlan.lengths) hoisted in `plan` or an enclosing plan, else -1. */
function lengthLocal(plan: LoopPlan, key: number): number {
  for (let p: LoopPlan | null = plan; p !== null; p = p.parent) { const l = p.lengths.get(key); if (l !== undefined) return l; }
  return -1;
}

/** The local of field `off` of `this` hoisted in `plan` or an enclosing plan, else -1. */
function fieldLocal(plan: LoopPlan, off: number): number {
  for (let p: LoopPlan | null = plan; p !== null; p = p.parent) { const l = p.fields.get(off); if (l !== undefined) return l; }
  return -1;
}

/** Imports of the monitor fast paths (jit/runtime.ts): 1 = done, 0 = compiled code must deoptimize. */
function declareMonitorImports(m: Module, b: Binaryen): void {
  for (const f of ['monenter', 'monexit', 'notify', 'notifyAll']) m.addFunctionImport(f, 'env', f, b.createType([b.i32]), b.i32);
}

/** `Object.wait(...)`: parks the thread, so compiled code deoptimizes at the call. */
function isObjectWait(m: RtMethod): boolean {
  return m.name === 'wait' && m.owner.name === 'java/lang/Object';
}

/** Executions of a branch the profile needs before compiled code speculates on it (HotSpot: 40). */
export const MIN_PROFILED_BRANCHES = 40;

/**
 * The direction (`taken`, `fall`) the forward conditional branch at `pc` of `P` never went while
 * the interpreter profiled it (src/interp/translate.ts `startProfiling`: counts while the method is
 * warm), if it ran at least {@link MIN_PROFILED_BRANCHES} times; else null.
 */
export function neverTaken(P: Prepared, pc: number): 'taken' | 'fall' | null {
  const prof = P.profile;
  if (prof === null || pc >= P.code.length) return null;
  const op = P.code[pc]!;
  if (!((op >= Op.ifeq && op <= Op.if_acmpne) || op === Op.ifnull || op === Op.ifnonnull)) return null;
  if (readI16(P.code, pc + 1) <= 3) return null; // backward branches are not profiled; to the next pc: no choice
  const taken = prof[2 * pc]!, fall = prof[2 * pc + 1]!;
  if (taken + fall < MIN_PROFILED_BRANCHES) return null;
  return taken === 0 ? 'taken' : fall === 0 ? 'fall' : null;
}

/** The successor block of the conditional branch at `lastPc` that compiled code never takes (uncommon trap), or -1. */
function prunedSuccessor(ctx: FrameCtx, lastPc: number, never: (pc: number) => 'taken' | 'fall' | null): number {
  const dir = never(lastPc);
  if (dir === null) return -1;
  const cfg = ctx.analysis.cfg;
  return cfg.blockAt(dir === 'taken' ? lastPc + readI16(ctx.code, lastPc + 1) : lastPc + 3);
}

/** How a block ends: conditional/unconditional successors (condition 0 = default), or a switch. */
interface Branches {
  kind: 'plain' | 'switch' | 'end';
  targets: Array<[number, Expr]>;
  switchTargets?: Array<[number, number[]]>;
  cond?: Expr;
}

function loadType(i: number): WT {
  return [WT.I, WT.J, WT.F, WT.D, WT.I][i]!;
}

function load(m: Module, t: WT, address: number): Expr {
  const p = m.i32.const(address);
  return t === WT.I ? m.i32.load(0, 4, p) : t === WT.F ? m.f32.load(0, 4, p) : t === WT.J ? m.i64.load(0, 8, p) : m.f64.load(0, 8, p);
}

function store(m: Module, t: WT, address: number, v: Expr): Expr {
  const p = m.i32.const(address);
  return t === WT.I ? m.i32.store(0, 4, p, v) : t === WT.F ? m.f32.store(0, 4, p, v) : t === WT.J ? m.i64.store(0, 8, p, v) : m.f64.store(0, 8, p, v);
}

/**
 * Gives every label defined in `root` (a rendered Relooper body: its block and loop names) the
 * suffix `$<tag>`, and every branch to one of them too; branches to labels defined outside (an
 * inlined frame's return label) stay. Throws Bailout on an expression kind it does not know.
 */
function renameLabels(b: Binaryen, root: Expr, tag: string): void {
  const api = b as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>;
  const defined = new Set<string>();
  const uses: Array<() => void> = [];
  const walk = (e: Expr): void => {
    if (e === 0) return;
    const id = b.getExpressionId(e);
    const info = b.getExpressionInfo(e) as unknown as Record<string, unknown>;
    const kids = (...names: string[]): void => { for (const n of names) walk(info[n] as Expr); };
    const rename = (name: string, set: (n: string) => void): void => { uses.push(() => { if (defined.has(name)) set(`${name}$${tag}`); }); };
    switch (id) {
      case b.BlockId: {
        const name = info.name as string | null;
        if (name) { defined.add(name); api.Block!.setName!(e, `${name}$${tag}`); }
        for (const c of info.children as Expr[]) walk(c);
        return;
      }
      case b.LoopId: {
        const name = info.name as string | null;
        if (name) { defined.add(name); api.Loop!.setName!(e, `${name}$${tag}`); }
        return walk(info.body as Expr);
      }
      case b.BreakId: rename(info.name as string, (n) => api.Break!.setName!(e, n)); return kids('condition', 'value');
      case b.SwitchId:
        (info.names as string[]).forEach((n, i) => rename(n, (x) => api.Switch!.setNameAt!(e, i, x)));
        if (info.defaultName) rename(info.defaultName as string, (x) => api.Switch!.setDefaultName!(e, x));
        return kids('condition', 'value');
      case b.IfId: return kids('condition', 'ifTrue', 'ifFalse');
      case b.CallId: for (const c of info.operands as Expr[]) walk(c); return;
      case b.CallIndirectId: walk(info.target as Expr); for (const c of info.operands as Expr[]) walk(c); return;
      case b.LocalSetId: case b.GlobalSetId: case b.UnaryId: case b.DropId: case b.ReturnId: return kids('value');
      case b.LoadId: return kids('ptr');
      case b.StoreId: return kids('ptr', 'value');
      case b.BinaryId: return kids('left', 'right');
      case b.SelectId: return kids('ifTrue', 'ifFalse', 'condition');
      case b.ConstId: case b.LocalGetId: case b.GlobalGetId: case b.NopId: case b.UnreachableId: return;
      default: throw new Bailout(`cannot rename the labels of an inlined body (expression id ${id})`);
    }
  };
  walk(root);
  // Branches are renamed once every label the body defines is known.
  for (const u of uses) u();
}

/** eq, ne, lt, ge, gt, le on i32. */
function intCompare(m: Module, which: number, x: Expr, y: Expr): Expr {
  switch (which) {
    case 0: return m.i32.eq(x, y);
    case 1: return m.i32.ne(x, y);
    case 2: return m.i32.lt_s(x, y);
    case 3: return m.i32.ge_s(x, y);
    case 4: return m.i32.gt_s(x, y);
    default: return m.i32.le_s(x, y);
  }
}

const F32 = new Float32Array(1), F32I = new Int32Array(F32.buffer);
const F64 = new Float64Array(1), F64I = new Int32Array(F64.buffer);

/** An f32 constant by its exact bits (NaN payloads included). */
function f32const(m: Module, v: number): Expr {
  F32[0] = v;
  return m.f32.const_bits(F32I[0]!);
}

function f64const(m: Module, v: number): Expr {
  F64[0] = v;
  return m.f64.const_bits(F64I[0]!, F64I[1]!);
}

function opName(op: number): string {
  const names: Record<number, string> = {
    [Op.new]: 'new', [Op.anewarray]: 'anewarray', [Op.multianewarray]: 'multianewarray', [Op.checkcast]: 'checkcast',
    [Op.instanceof]: 'instanceof', [Op.monitorenter]: 'monitorenter', [Op.monitorexit]: 'monitorexit',
    [Op.invokedynamic]: 'invokedynamic', [Op.jsr]: 'jsr', [Op.ret]: 'ret', [Op.jsr_w]: 'jsr_w', [Op.aastore]: 'aastore',
  };
  return names[op] ?? `opcode 0x${op.toString(16)}`;
}

/**
 * Marks `ctx.live` (blocks reachable through normal edges, except the edges of conditional
 * branches that `never` says compiled code does not take: uncommon traps) and returns the loop
 * headers (OSR entries), sorted.
 */
function scanLive(ctx: FrameCtx, never: (pc: number) => 'taken' | 'fall' | null): number[] {
  const cfg = ctx.analysis.cfg;
  const headers: number[] = [];
  const work = [0];
  ctx.live[0] = true;
  while (work.length > 0) {
    const bi = work.pop()!;
    const blk = cfg.blocks[bi]!;
    const pruned = prunedSuccessor(ctx, blk.lastPc, never);
    for (const s of blk.successors) {
      if (s === pruned) continue;
      const target = cfg.blocks[s]!;
      if (target.startPc <= blk.lastPc && !headers.includes(target.startPc)) headers.push(target.startPc);
      if (!ctx.live[s]) { ctx.live[s] = true; work.push(s); }
    }
    // The handlers of compiled code are compiled too (entered by an exception, MethodGen.catchAt).
    if (HANDLERS) for (const e of blk.exceptionEdges) if (!ctx.live[e.handler]) { ctx.live[e.handler] = true; work.push(e.handler); }
  }
  return headers.sort((a, c) => a - c);
}

/** Frame-state entries of `ctx` at `pc`: [slot, kind] pairs of every slot holding a value (locals, then stack), frame-relative. */
function stateEntries(ctx: FrameCtx, pc: number): Int32Array {
  const k = ctx.analysis.kindsAt(pc);
  const out: number[] = [];
  const add = (v: number, kind: number): void => {
    if (kind === SlotKind.Int || kind === SlotKind.Float || kind === SlotKind.Long || kind === SlotKind.Double || kind === SlotKind.Ref) out.push(v, kind);
    else if (kind === SlotKind.ReturnAddress) throw new Bailout('return address in a frame state');
  };
  for (let i = 0; i < k.locals.length; i++) add(i, k.locals[i]!);
  // A synchronized method's lock slot (after the locals, as in the interpreter's frame) always holds its monitor's object.
  if (ctx.P.isSynchronized) out.push(ctx.maxLocals, SlotKind.Ref);
  for (let i = 0; i < k.stack.length; i++) add(ctx.P.stackOffset + i, k.stack[i]!);
  return Int32Array.from(out);
}

/** `pkg/C.m(desc)`, as the trace names methods. */
export function methodName(m: RtMethod): string {
  return `${m.owner.name}.${m.name}${m.descriptor}`;
}

/** Whether the bytecode stores to local 0 (astore_0, astore 0, wide astore 0). */
function storesLocal0(code: Uint8Array): boolean {
  for (let pc = 0; pc < code.length;) {
    const op = code[pc]!;
    if (op === Op.astore_0 || (op === Op.astore && code[pc + 1] === 0) || (op === Op.wide && code[pc + 1] === Op.astore && readU16(code, pc + 2) === 0)) return true;
    const len = instructionLength(code, pc);
    if (len <= 0) return true;
    pc += len;
  }
  return false;
}

/** `this` tracking of one frame (MethodGen.isThis). */
interface ThisTracking {
  /** Local 0 holds `this` everywhere (instance method that never stores to it). */
  readonly fixed: boolean;
  /** Operand-stack indexes holding `this`. */
  readonly entries: Set<number>;
  /** The previous instruction only pushed (wrote nothing below the stack depth it started at). */
  lastPush: boolean;
}

/** Instructions that only push onto the operand stack (loads, constants, getstatic, new, dup). */
function isPurePush(op: number): boolean {
  return (op >= Op.aconst_null && op <= Op.aload_3) || op === Op.getstatic || op === Op.new || op === Op.dup || op === Op.nop;
}
