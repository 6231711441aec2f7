/**
 * @fileoverview The control-flow graph of one method: basic blocks with their normal and
 * exception-handler edges, reachability, dominators, natural loops and back-edge targets. The
 * dataflow in `frames.ts` runs over these blocks; the JIT compiles them and places safepoint polls
 * at back edges; the tiering counters count at back-edge targets.
 *
 * Blocks start at pc 0, at every branch, switch and jsr target, after every instruction that does
 * not simply continue, at exception handlers, and at the start and end of every protected range,
 * so every instruction of a block is covered by the same exception-table rows. A `jsr` block's
 * successor is the subroutine; the instruction after the `jsr` is reached from the subroutine's
 * `ret`, whose successors the caller supplies (the dataflow knows which subroutine each `ret`
 * leaves, see `frames.ts`).
 */
import type { CodeAttribute } from '../classfile/types.js';
import { Flow, branchTargets, decodeInstructions, flowOf, type InstructionIndex } from './instructions.js';
import type { Fail } from './verify-error.js';

/** An edge from a block to an exception handler, one per exception-table row covering the block. */
export interface ExceptionEdge {
  /** Index of the row in the Code attribute's exception table (JVMS §4.7.3); rows are searched in this order. */
  readonly row: number;
  /** Block index of the handler. */
  readonly handler: number;
  /** Caught class (internal name), or null for a catch-all (`finally`). */
  readonly catchType: string | null;
}

/** A maximal straight-line run of instructions. */
export interface BasicBlock {
  /** Index in {@link ControlFlowGraph.blocks} (blocks are in pc order). */
  readonly index: number;
  /** pc of the first instruction. */
  readonly startPc: number;
  /** pc just past the last instruction. */
  readonly endPc: number;
  /** pc of the last instruction. */
  readonly lastPc: number;
  /** How control leaves the last instruction. */
  readonly flow: Flow;
  /** Normal successors (fall-through first, then branch, switch and jsr targets; ret return points), without duplicates. */
  readonly successors: readonly number[];
  /** Exception-handler edges, in exception-table order. */
  readonly exceptionEdges: readonly ExceptionEdge[];
  /** Blocks with a normal or exception edge into this one, ascending, without duplicates. */
  readonly predecessors: readonly number[];
  /** True when control can reach the block from the method entry. */
  readonly reachable: boolean;
  /** True when the last instruction continues past the end of the code (an error if reachable). */
  readonly fallsOffEnd: boolean;
}

/** A natural loop (dominator-based): a header and the blocks that reach a back edge into it without passing it. */
export interface Loop {
  /** Block index of the header (the single entry of the loop). */
  readonly header: number;
  /** pc of the header. */
  readonly headerPc: number;
  /** Member blocks, ascending, header included. */
  readonly blocks: readonly number[];
  /** Blocks whose edge into the header is a back edge (the header dominates them), ascending. */
  readonly backEdgeSources: readonly number[];
  /** Index in {@link ControlFlowGraph.loops} of the innermost enclosing loop, or -1. */
  readonly parent: number;
  /** Nesting depth: 1 for an outermost loop. */
  readonly depth: number;
}

/** The control-flow graph of a Code attribute. */
export interface ControlFlowGraph {
  /** Instruction boundaries. */
  readonly instructions: InstructionIndex;
  /** Blocks in pc order; block 0 starts at pc 0. */
  readonly blocks: readonly BasicBlock[];
  /** Immediate dominator of each block (-1 for the entry and for unreachable blocks). */
  readonly idom: Int32Array;
  /** Natural loops, ordered by header pc; loops sharing a header are one loop. */
  readonly loops: readonly Loop[];
  /** Innermost loop (index into `loops`) containing each block, or -1. */
  readonly loopOfBlock: Int32Array;
  /**
   * Blocks entered by a retreating edge of a depth-first walk from the entry: every cycle of the
   * graph, reducible or not, passes through one, so safepoint polls and tiering counters placed at
   * these blocks see every iteration. For reducible code these are exactly the loop headers.
   */
  readonly backEdgeTargets: readonly number[];
  /** Start pcs of the {@link backEdgeTargets} blocks, ascending: where tiering counters count loop iterations. */
  readonly backEdgeTargetPcs: readonly number[];
  /** True when some cycle has no single entry (a retreating edge whose target does not dominate its source). */
  readonly irreducible: boolean;
  /** Index of the block containing the instruction that starts at `pc`, or -1 when no instruction starts there. */
  blockAt(pc: number): number;
  /** True when `pc` is the first instruction of a loop header block. */
  isLoopHeader(pc: number): boolean;
  /** True when `pc` is the first instruction of a block in {@link backEdgeTargets}. */
  isBackEdgeTarget(pc: number): boolean;
  /** True when `b` dominates `a` (every path from the entry to `a` passes `b`); false for unreachable blocks. */
  dominates(b: number, a: number): boolean;
}

/**
 * Builds the graph of `code`. `retSuccessors` maps the pc of each `ret` to the pcs it may return
 * to (instructions following the jsrs of its subroutine); a `ret` not in the map has no successors.
 * Fails with a VerifyError on malformed instructions, branch targets that are not instruction
 * starts, and malformed exception-table rows (JVMS §4.9.1, §4.7.3).
 */
export function buildControlFlowGraph(
  code: CodeAttribute,
  fail: Fail,
  retSuccessors?: ReadonlyMap<number, readonly number[]>,
): ControlFlowGraph {
  const bytes = code.code;
  const instructions = decodeInstructions(bytes, fail);
  const { starts, indexOfPc } = instructions;
  const isStart = (pc: number): boolean => pc >= 0 && pc < bytes.length && indexOfPc[pc]! >= 0;

  const leader = new Uint8Array(bytes.length + 1);
  leader[0] = 1;
  for (let i = 0; i < starts.length; i++) {
    const pc = starts[i]!;
    const flow = flowOf(bytes, pc);
    if (flow === Flow.Next) continue;
    const next = i + 1 < starts.length ? starts[i + 1]! : bytes.length;
    leader[next] = 1;
    for (const target of branchTargets(bytes, pc)) {
      if (!isStart(target)) fail(pc, 'Illegal target of jump or branch', `target ${target} is not the start of an instruction`);
      leader[target] = 1;
    }
  }
  code.exceptionTable.forEach((row, r) => {
    const endOk = row.endPc === bytes.length || isStart(row.endPc);
    if (!isStart(row.startPc) || !endOk || row.startPc >= row.endPc) {
      fail(-1, 'Illegal exception table range', `row ${r} covers [${row.startPc}, ${row.endPc}), not a range of instructions`);
    }
    if (!isStart(row.handlerPc)) fail(-1, 'Illegal exception table handler', `row ${r} handler ${row.handlerPc} is not the start of an instruction`);
    leader[row.startPc] = 1;
    leader[row.endPc] = 1;
    leader[row.handlerPc] = 1;
  });

  // Cut blocks at leaders.
  const blockOfIndex = new Int32Array(starts.length);
  const ranges: Array<{ first: number; last: number }> = [];
  for (let i = 0; i < starts.length; i++) {
    if (leader[starts[i]!] === 1) ranges.push({ first: i, last: i });
    else ranges[ranges.length - 1]!.last = i;
    blockOfIndex[i] = ranges.length - 1;
  }
  const blockAt = (pc: number): number => (isStart(pc) ? blockOfIndex[indexOfPc[pc]!]! : -1);

  const succs: number[][] = [];
  const excEdges: ExceptionEdge[][] = [];
  const fallsOff: boolean[] = [];
  for (let b = 0; b < ranges.length; b++) {
    const { first, last } = ranges[b]!;
    const lastPc = starts[last]!;
    const endPc = last + 1 < starts.length ? starts[last + 1]! : bytes.length;
    const flow = flowOf(bytes, lastPc);
    const out: number[] = [];
    const add = (target: number): void => {
      if (!out.includes(target)) out.push(target);
    };
    const continues = flow === Flow.Next || flow === Flow.Branch;
    if (continues && endPc < bytes.length) add(b + 1);
    fallsOff.push(continues && endPc >= bytes.length);
    if (flow === Flow.Ret) for (const pc of retSuccessors?.get(lastPc) ?? []) add(blockAt(pc));
    else for (const target of branchTargets(bytes, lastPc)) add(blockAt(target));
    succs.push(out);
    const startPc = starts[first]!;
    const edges: ExceptionEdge[] = [];
    code.exceptionTable.forEach((row, r) => {
      if (row.startPc <= startPc && endPc <= row.endPc) edges.push({ row: r, handler: blockAt(row.handlerPc), catchType: row.catchType });
    });
    excEdges.push(edges);
  }

  const n = ranges.length;
  const predSets: Array<Set<number>> = Array.from({ length: n }, () => new Set<number>());
  const allSuccs: number[][] = succs.map((s, b) => {
    const all = [...s];
    for (const e of excEdges[b]!) if (!all.includes(e.handler)) all.push(e.handler);
    for (const t of all) predSets[t]!.add(b);
    return all;
  });
  const preds = predSets.map((s) => [...s].sort((x, y) => x - y));

  const walk = depthFirst(allSuccs);
  const idom = dominatorTree(walk.postorder, preds, n);
  const domOrder = dominatorIntervals(idom, walk.visited);
  const dominates = (d: number, a: number): boolean =>
    walk.visited[a] === 1 && walk.visited[d] === 1 && domOrder.pre[d]! <= domOrder.pre[a]! && domOrder.post[a]! <= domOrder.post[d]!;
  const loops = naturalLoops(allSuccs, preds, walk.visited, dominates, ranges.map((r) => starts[r.first]!));
  const loopOfBlock = new Int32Array(n).fill(-1);
  // Writing shallow loops first leaves each block with its innermost loop.
  const byDepth = loops.map((_, i) => i).sort((x, y) => loops[x]!.depth - loops[y]!.depth);
  for (const li of byDepth) for (const b of loops[li]!.blocks) loopOfBlock[b] = li;
  const backTargets = [...walk.retreatingTargets].sort((x, y) => x - y);
  const irreducible = walk.retreatingEdges.some(([from, to]) => !dominates(to, from));

  const blocks: BasicBlock[] = ranges.map(({ first, last }, b) => ({
    index: b,
    startPc: starts[first]!,
    endPc: last + 1 < starts.length ? starts[last + 1]! : bytes.length,
    lastPc: starts[last]!,
    flow: flowOf(bytes, starts[last]!),
    successors: succs[b]!,
    exceptionEdges: excEdges[b]!,
    predecessors: preds[b]!,
    reachable: walk.visited[b] === 1,
    fallsOffEnd: fallsOff[b]!,
  }));
  const headerBlocks = new Set(loops.map((l) => l.header));
  const backTargetSet = new Set(backTargets);
  const startsBlock = (pc: number, set: Set<number>): boolean => {
    const b = blockAt(pc);
    return b >= 0 && blocks[b]!.startPc === pc && set.has(b);
  };
  return {
    instructions,
    blocks,
    idom,
    loops,
    loopOfBlock,
    backEdgeTargets: backTargets,
    backEdgeTargetPcs: backTargets.map((b) => blocks[b]!.startPc),
    irreducible,
    blockAt,
    isLoopHeader: (pc) => startsBlock(pc, headerBlocks),
    isBackEdgeTarget: (pc) => startsBlock(pc, backTargetSet),
    dominates,
  };
}

/** Result of an iterative depth-first walk from block 0. */
interface DepthFirstWalk {
  /** 1 for blocks reached from the entry. */
  visited: Uint8Array;
  /** Reached blocks in postorder. */
  postorder: number[];
  /** Edges into a block still on the walk's stack. */
  retreatingEdges: Array<[number, number]>;
  /** Targets of those edges. */
  retreatingTargets: Set<number>;
}

/** Depth-first walk without recursion (a method may have tens of thousands of blocks). */
function depthFirst(succs: number[][]): DepthFirstWalk {
  const n = succs.length;
  const visited = new Uint8Array(n);
  const onStack = new Uint8Array(n);
  const postorder: number[] = [];
  const retreatingEdges: Array<[number, number]> = [];
  const retreatingTargets = new Set<number>();
  const stack: number[] = [0];
  const nextChild: number[] = [0];
  visited[0] = 1;
  onStack[0] = 1;
  while (stack.length > 0) {
    const top = stack.length - 1;
    const b = stack[top]!;
    const i = nextChild[top]!;
    const out = succs[b]!;
    if (i < out.length) {
      nextChild[top] = i + 1;
      const s = out[i]!;
      if (onStack[s]) {
        retreatingEdges.push([b, s]);
        retreatingTargets.add(s);
      } else if (!visited[s]) {
        visited[s] = 1;
        onStack[s] = 1;
        stack.push(s);
        nextChild.push(0);
      }
    } else {
      onStack[b] = 0;
      postorder.push(b);
      stack.pop();
      nextChild.pop();
    }
  }
  return { visited, postorder, retreatingEdges, retreatingTargets };
}

/**
 * Immediate dominators by the iterative algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast
 * Dominance Algorithm", 2001) over reverse postorder.
 */
function dominatorTree(postorder: number[], preds: number[][], n: number): Int32Array {
  const order = new Int32Array(n).fill(-1); // postorder number
  postorder.forEach((b, i) => (order[b] = i));
  const idom = new Int32Array(n).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (order[a]! < order[b]!) a = idom[a]!;
      while (order[b]! < order[a]!) b = idom[b]!;
    }
    return a;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = postorder.length - 1; i >= 0; i--) {
      const b = postorder[i]!;
      if (b === 0) continue;
      let next = -1;
      for (const p of preds[b]!) {
        if (idom[p] === -1) continue; // unprocessed or unreachable
        next = next === -1 ? p : intersect(p, next);
      }
      if (next !== -1 && idom[b] !== next) {
        idom[b] = next;
        changed = true;
      }
    }
  }
  idom[0] = -1;
  return idom;
}

/**
 * Preorder and postorder numbers of a walk of the dominator tree, so that "d dominates a" is an
 * interval test: pre[d] <= pre[a] and post[a] <= post[d].
 */
function dominatorIntervals(idom: Int32Array, visited: Uint8Array): { pre: Int32Array; post: Int32Array } {
  const n = idom.length;
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let b = 1; b < n; b++) if (visited[b] && idom[b]! >= 0) children[idom[b]!]!.push(b);
  const pre = new Int32Array(n).fill(-1);
  const post = new Int32Array(n).fill(-1);
  let clock = 0;
  const stack: number[] = [0];
  const nextChild: number[] = [0];
  pre[0] = clock++;
  while (stack.length > 0) {
    const top = stack.length - 1;
    const b = stack[top]!;
    const i = nextChild[top]!;
    if (i < children[b]!.length) {
      nextChild[top] = i + 1;
      const c = children[b]![i]!;
      pre[c] = clock++;
      stack.push(c);
      nextChild.push(0);
    } else {
      post[b] = clock++;
      stack.pop();
      nextChild.pop();
    }
  }
  return { pre, post };
}

/** Natural loops: for each back edge u -> h (h dominates u), h plus every block reaching u without passing h. */
function naturalLoops(
  succs: number[][],
  preds: number[][],
  visited: Uint8Array,
  dominates: (d: number, a: number) => boolean,
  startPcs: number[],
): Loop[] {
  const sourcesByHeader = new Map<number, number[]>();
  succs.forEach((out, u) => {
    if (!visited[u]) return;
    for (const h of out) {
      if (dominates(h, u)) {
        const list = sourcesByHeader.get(h) ?? [];
        list.push(u);
        sourcesByHeader.set(h, list);
      }
    }
  });
  const raw = [...sourcesByHeader.entries()]
    .sort(([a], [b]) => a - b)
    .map(([header, sources]) => {
      const member = new Set<number>([header]);
      const work = [...sources];
      while (work.length > 0) {
        const b = work.pop()!;
        if (member.has(b)) continue;
        member.add(b);
        for (const p of preds[b]!) if (visited[p] && !member.has(p)) work.push(p);
      }
      return { header, sources: sources.sort((x, y) => x - y), member };
    });
  // Natural loops with distinct headers are disjoint or nested; the parent is the smallest container.
  const parents = raw.map((loop) => {
    let parent = -1;
    raw.forEach((other, j) => {
      if (other === loop || !other.member.has(loop.header) || other.member.size <= loop.member.size) return;
      if (parent === -1 || other.member.size < raw[parent]!.member.size) parent = j;
    });
    return parent;
  });
  const depthOf = (i: number): number => {
    let depth = 1;
    for (let p = parents[i]!; p !== -1; p = parents[p]!) depth++;
    return depth;
  };
  return raw.map((loop, i) => ({
    header: loop.header,
    headerPc: startPcs[loop.header]!,
    blocks: [...loop.member].sort((x, y) => x - y),
    backEdgeSources: loop.sources,
    parent: parents[i]!,
    depth: depthOf(i),
  }));
}
