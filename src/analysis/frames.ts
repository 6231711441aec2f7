/**
 * @fileoverview Slot kinds at every pc of a method: `analyzeMethod` runs once per method (cached
 * in a WeakMap keyed by the MethodInfo) and answers `kindsAt(pc)`, `referenceMap(pc)`,
 * `stackDepthAt(pc)` and `isReachable(pc)` for the GC, checkpoint capture, restore validation and
 * the JIT (DESIGN.md "Interpreter frames").
 *
 * The state at the start of each basic block comes from the StackMapTable when the method has one
 * and no jsr/ret (`stack-map.ts`), otherwise from type inference (`inference.ts`).
 *
 * Storage: the entry state of each block is kept packed; a query expands the block containing
 * the pc once (re-running the transfer function over it) into per-pc kind arrays that later
 * queries return directly. So memory is O(blocks x slots) until a block is asked about.
 */
import type { ClassFile, MethodInfo } from '../classfile/types.js';
import { initialState, scanBlock, type Context, type FlowResult } from './block-scan.js';
import { buildControlFlowGraph, type ControlFlowGraph } from './cfg.js';
import { FrameState, publicKind } from './frame-state.js';
import { runDataflow } from './inference.js';
import { Flow, branchTargets } from './instructions.js';
import { SlotKind } from './slot-kind.js';
import { runWithStackMap } from './stack-map.js';
import { Transfer } from './transfer.js';
import { BytecodeVerifyError, failFor } from './verify-error.js';

/** Kinds of the locals and operand stack before one instruction. Shared and cached: do not modify. */
export interface FrameKinds {
  /** One kind per local slot (length max_locals). */
  readonly locals: Uint8Array;
  /** One kind per operand-stack slot, bottom first; the length is the stack depth in slots. */
  readonly stack: Uint8Array;
}

/** Which slots hold references before one instruction: what a precise GC scans. Shared: do not modify. */
export interface ReferenceMap {
  /** Indices of local slots of kind `Ref`, ascending. */
  readonly locals: Uint16Array;
  /** Indices of operand-stack slots (0 = bottom) of kind `Ref`, ascending. */
  readonly stack: Uint16Array;
}

/** The analysis of one method: slot kinds at every reachable pc, and its control-flow graph. */
export interface MethodAnalysis {
  /** The method analysed. */
  readonly method: MethodInfo;
  /** Basic blocks, loops and back edges. */
  readonly cfg: ControlFlowGraph;
  /** True when the states came from the StackMapTable, false when from full dataflow. */
  readonly usedStackMap: boolean;
  /** Kinds before the instruction at `pc`; throws RangeError when no reachable instruction starts there. */
  kindsAt(pc: number): FrameKinds;
  /** Operand-stack depth in slots before the instruction at `pc`; throws like {@link kindsAt}. */
  stackDepthAt(pc: number): number;
  /** Reference slots before the instruction at `pc`; throws like {@link kindsAt}. */
  referenceMap(pc: number): ReferenceMap;
  /** True when an instruction starts at `pc` and control can reach it. */
  isReachable(pc: number): boolean;
}

/** Options of {@link buildMethodAnalysis}. */
export interface AnalysisOptions {
  /** Ignore the StackMapTable and run full dataflow (tests and paranoid callers). */
  readonly ignoreStackMap?: boolean;
}

const cache = new WeakMap<MethodInfo, MethodAnalysis | BytecodeVerifyError>();

/**
 * The analysis of `method` of `cls`, computed on first request and cached for the lifetime of the
 * MethodInfo (a method that fails rethrows the same error). Throws BytecodeVerifyError for
 * malformed code, and Error for a method without code (native, abstract).
 */
export function analyzeMethod(cls: ClassFile, method: MethodInfo): MethodAnalysis {
  const cached = cache.get(method);
  if (cached instanceof BytecodeVerifyError) throw cached;
  if (cached !== undefined) return cached;
  try {
    const analysis = buildMethodAnalysis(cls, method);
    cache.set(method, analysis);
    return analysis;
  } catch (e) {
    if (e instanceof BytecodeVerifyError) cache.set(method, e);
    throw e;
  }
}

/** Runs the analysis without the cache. */
export function buildMethodAnalysis(cls: ClassFile, method: MethodInfo, options: AnalysisOptions = {}): MethodAnalysis {
  const code = method.code;
  if (code === null) throw new Error(`${cls.name}.${method.name}${method.descriptor} has no Code attribute`);
  const fail = failFor(cls, method);
  const cfg = buildControlFlowGraph(code, fail);
  const subroutineOf = findSubroutines(code.code, cfg);
  const hasRet = cfg.blocks.some((b) => b.flow === Flow.Ret);
  const transfer = new Transfer(cls, method, code.code, fail, subroutineOf);
  const context: Context = { code, cfg, fail, transfer, subroutineOf, initial: initialState(method, code, fail) };
  let result: FlowResult;
  if (code.stackMap !== null && !options.ignoreStackMap && subroutineOf.size === 0 && !hasRet) {
    try {
      result = runWithStackMap(context, code.stackMap);
    } catch (e) {
      // HotSpot fails over to type inference for version 50 class files whose frames are wrong.
      if (!(e instanceof BytecodeVerifyError) || cls.majorVersion !== 50) throw e;
      result = runDataflow(context);
    }
  } else {
    result = runDataflow(context);
  }
  const graph = result.retSuccessors.size > 0 ? buildControlFlowGraph(code, fail, result.retSuccessors) : cfg;
  return new Analysis(method, graph, transfer, result);
}

/** Numbers each distinct jsr target (a subroutine entry) in pc order. */
function findSubroutines(code: Uint8Array, cfg: ControlFlowGraph): Map<number, number> {
  const targets = new Set<number>();
  for (const block of cfg.blocks) if (block.flow === Flow.Jsr) targets.add(branchTargets(code, block.lastPc)[0]!);
  return new Map([...targets].sort((a, b) => a - b).map((pc, i) => [pc, i]));
}

/** The answers for one method; per-pc kinds are expanded lazily, one block at a time. */
class Analysis implements MethodAnalysis {
  readonly usedStackMap: boolean;
  private readonly expanded: Array<FrameKinds[] | undefined>;
  private readonly referenceMaps = new Map<number, ReferenceMap>();
  /** Entry states packed: block b's locals then stack at `b * width`. */
  private readonly packed: Uint16Array;
  private readonly entrySp: Int32Array;
  private readonly depth: Int32Array;
  private readonly pinned: ReadonlyMap<number, FrameState> | null;
  private readonly maxLocals: number;
  private readonly width: number;

  constructor(
    readonly method: MethodInfo,
    readonly cfg: ControlFlowGraph,
    private readonly transfer: Transfer,
    result: FlowResult,
  ) {
    const code = method.code!;
    this.usedStackMap = result.pinned !== null;
    this.maxLocals = code.maxLocals;
    this.width = code.maxLocals + code.maxStack;
    this.packed = new Uint16Array(result.entries.length * this.width);
    this.entrySp = new Int32Array(result.entries.length).fill(-1);
    result.entries.forEach((entry, b) => {
      if (entry === null) return;
      this.packed.set(entry.locals, b * this.width);
      this.packed.set(entry.stack.subarray(0, entry.sp), b * this.width + this.maxLocals);
      this.entrySp[b] = entry.sp;
    });
    this.depth = result.depth;
    this.pinned = result.pinned;
    this.expanded = new Array<FrameKinds[] | undefined>(cfg.blocks.length);
  }

  isReachable(pc: number): boolean {
    const index = Number.isInteger(pc) ? this.cfg.instructions.indexOfPc[pc] : undefined;
    return index !== undefined && index >= 0 && this.depth[index]! >= 0;
  }

  stackDepthAt(pc: number): number {
    return this.depth[this.instructionIndex(pc)]!;
  }

  kindsAt(pc: number): FrameKinds {
    const index = this.instructionIndex(pc);
    const b = this.cfg.blockAt(pc);
    const kinds = this.expanded[b] ?? this.expand(b);
    return kinds[index - this.cfg.instructions.indexOfPc[this.cfg.blocks[b]!.startPc]!]!;
  }

  referenceMap(pc: number): ReferenceMap {
    const cached = this.referenceMaps.get(pc);
    if (cached !== undefined) return cached;
    const kinds = this.kindsAt(pc);
    const refs = (slots: Uint8Array): Uint16Array => {
      const out: number[] = [];
      for (let i = 0; i < slots.length; i++) if (slots[i] === SlotKind.Ref) out.push(i);
      return Uint16Array.from(out);
    };
    const map: ReferenceMap = { locals: refs(kinds.locals), stack: refs(kinds.stack) };
    this.referenceMaps.set(pc, map);
    return map;
  }

  /** Instruction index of a reachable pc, else RangeError. */
  private instructionIndex(pc: number): number {
    if (!this.isReachable(pc)) {
      throw new RangeError(`${this.method.name}${this.method.descriptor}: no reachable instruction starts at pc ${pc}`);
    }
    return this.cfg.instructions.indexOfPc[pc]!;
  }

  /** Re-runs the transfer function over block `b` from its entry state, keeping the kinds before every instruction. */
  private expand(b: number): FrameKinds[] {
    const block = this.cfg.blocks[b]!;
    const code = this.method.code!;
    const state = new FrameState(code.maxLocals, code.maxStack);
    const base = b * this.width;
    state.locals.set(this.packed.subarray(base, base + this.maxLocals));
    state.stack.set(this.packed.subarray(base + this.maxLocals, base + this.maxLocals + this.entrySp[b]!));
    state.sp = this.entrySp[b]!;
    const { indexOfPc } = this.cfg.instructions;
    const count = indexOfPc[block.lastPc]! - indexOfPc[block.startPc]! + 1;
    const buffer = new Uint8Array(count * this.width);
    const kinds: FrameKinds[] = [];
    scanBlock(this.cfg, this.transfer, block, state, this.pinned, (_pc, _index, before) => {
      const at = kinds.length * this.width;
      for (let i = 0; i < this.maxLocals; i++) buffer[at + i] = publicKind(before.locals[i]!);
      for (let i = 0; i < before.sp; i++) buffer[at + this.maxLocals + i] = publicKind(before.stack[i]!);
      kinds.push({
        locals: buffer.subarray(at, at + this.maxLocals),
        stack: buffer.subarray(at + this.maxLocals, at + this.maxLocals + before.sp),
      });
    });
    this.expanded[b] = kinds;
    return kinds;
  }
}
