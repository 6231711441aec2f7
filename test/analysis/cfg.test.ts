/**
 * @fileoverview Control-flow graphs: block partition and edges of javac output (loops, switches,
 * nested try/catch/finally), natural loops and back edges, dominators, and hand-made shapes javac
 * never produces (irreducible cycles, self loops, unreachable blocks).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildControlFlowGraph, type ControlFlowGraph } from '../../src/analysis/cfg.js';
import { analyzeMethod } from '../../src/analysis/frames.js';
import { branchTargets } from '../../src/analysis/instructions.js';
import { failFor } from '../../src/analysis/verify-error.js';
import type { ClassFile, MethodInfo } from '../../src/classfile/types.js';
import { ClassBuilder, type Line } from './helpers/assembler.js';
import { allSources } from './helpers/fixtures.js';
import { compileJava, methodOf, methodsWithCode, type Compiled } from './helpers/javac.js';
import { probes } from './helpers/probes.js';

let classes: Compiled;
beforeAll(() => {
  classes = compileJava(allSources(), ['-g']);
});

function graphOf(cls: ClassFile, method: MethodInfo): ControlFlowGraph {
  return buildControlFlowGraph(method.code!, failFor(cls, method));
}

function handBuilt(code: readonly Line[], descriptor = '(I)V') {
  const b = new ClassBuilder('G', 52);
  const { method, labels } = b.method({ name: 'g', descriptor, maxStack: 2, maxLocals: 2, code });
  const cfg = graphOf(b.build(), method);
  return { cfg, block: (label: string) => cfg.blockAt(labels.get(label)!) };
}

describe('blocks and edges of javac output', () => {
  it('partitions every method into blocks cut at every target, handler and range boundary', () => {
    for (const { cls, method } of methodsWithCode(classes)) {
      const cfg = graphOf(cls, method);
      const code = method.code!;
      const blocks = cfg.blocks;
      expect(blocks[0]!.startPc).toBe(0);
      expect(blocks.at(-1)!.endPc).toBe(code.code.length);
      blocks.forEach((b, i) => {
        expect(b.index).toBe(i);
        if (i > 0) expect(b.startPc).toBe(blocks[i - 1]!.endPc);
        for (const t of branchTargets(code.code, b.lastPc)) expect(blocks[cfg.blockAt(t)]!.startPc).toBe(t);
      });
      for (const row of code.exceptionTable) {
        for (const pc of [row.startPc, row.handlerPc, row.endPc]) if (pc < code.code.length) expect(blocks[cfg.blockAt(pc)]!.startPc).toBe(pc);
      }
    }
  });

  it('gives one exception edge per covering exception-table row, in table order', () => {
    const { cls, method } = methodOf(classes, 'Kinds', 'tryCatch');
    const cfg = graphOf(cls, method);
    const table = method.code!.exceptionTable;
    expect(table.length).toBeGreaterThan(4);
    for (const b of cfg.blocks) {
      const rows = table.flatMap((row, r) => (row.startPc <= b.startPc && b.endPc <= row.endPc ? [r] : []));
      expect(b.exceptionEdges.map((e) => e.row)).toEqual(rows);
      for (const e of b.exceptionEdges) {
        expect(cfg.blocks[e.handler]!.startPc).toBe(table[e.row]!.handlerPc);
        expect(e.catchType).toBe(table[e.row]!.catchType);
      }
    }
    expect(cfg.blocks.some((b) => b.exceptionEdges.some((e) => e.catchType === null))).toBe(true);
  });

  it('keeps predecessors consistent with normal and exception successors', () => {
    for (const { cls, method } of methodsWithCode(classes)) {
      const cfg = graphOf(cls, method);
      for (const b of cfg.blocks) {
        const into = cfg.blocks.filter((p) => p.successors.includes(b.index) || p.exceptionEdges.some((e) => e.handler === b.index)).map((p) => p.index);
        expect(b.predecessors).toEqual(into);
        expect(new Set(b.successors).size).toBe(b.successors.length);
      }
    }
  });

  it('lists switch targets once, default first', () => {
    const { cls, method } = methodOf(classes, 'Misc', 'bigTable');
    const cfg = graphOf(cls, method);
    const switchBlock = cfg.blocks.find((b) => b.successors.length > 5)!;
    const targets = branchTargets(method.code!.code, switchBlock.lastPc);
    expect(switchBlock.successors[0]).toBe(cfg.blockAt(targets[0]!));
    expect(switchBlock.successors.length).toBe(new Set(targets).size);
  });
});

describe('loops', () => {
  it('finds the three loops of Kinds.loops with their nesting', () => {
    const { cls, method } = methodOf(classes, 'Kinds', 'loops');
    const { cfg } = analyzeMethod(cls, method);
    expect(cfg.loops.length).toBe(3);
    expect(cfg.irreducible).toBe(false);
    expect(cfg.backEdgeTargets).toEqual(cfg.loops.map((l) => l.header));
    const loopBody = cfg.blockAt(probes(classes, 'loopBody')[0]!.pc);
    const doWhile = cfg.blockAt(probes(classes, 'doWhile')[0]!.pc);
    const forLoop = cfg.loops[cfg.loopOfBlock[loopBody]!]!;
    const inner = cfg.loops[cfg.loopOfBlock[doWhile]!]!;
    expect(forLoop.depth).toBe(1);
    expect(inner.depth).toBe(2);
    const outer = cfg.loops[inner.parent]!;
    expect(outer.depth).toBe(1);
    expect(outer.blocks).toEqual(expect.arrayContaining([...inner.blocks]));
    expect(forLoop.blocks).not.toContain(doWhile);
    for (const loop of cfg.loops) {
      expect(cfg.isLoopHeader(loop.headerPc)).toBe(true);
      expect(cfg.isBackEdgeTarget(loop.headerPc)).toBe(true);
      for (const b of loop.blocks) expect(cfg.dominates(loop.header, b)).toBe(true);
      for (const s of loop.backEdgeSources) expect(cfg.blocks[s]!.successors).toContain(loop.header);
    }
    expect(cfg.isLoopHeader(0)).toBe(false);
  });

  it('finds natural loops whose back edges are exactly the retreating edges in reducible javac code', () => {
    for (const { cls, method } of methodsWithCode(classes)) {
      const cfg = graphOf(cls, method);
      expect(cfg.irreducible).toBe(false);
      expect(cfg.backEdgeTargets).toEqual(cfg.loops.map((l) => l.header));
    }
  });

  it('finds a self loop', () => {
    const { cfg, block } = handBuilt(['spin:', ['goto', 'spin']], '()V');
    expect(cfg.loops).toEqual([{ header: block('spin'), headerPc: 0, blocks: [0], backEdgeSources: [0], parent: -1, depth: 1 }]);
  });

  it('marks an irreducible cycle: no natural loop, but a back-edge target for safepoint polls', () => {
    const { cfg, block } = handBuilt([
      ['iload_0'], ['ifeq', 'b'],
      'a:', ['iinc', 0, -1], ['goto', 'b'],
      'b:', ['iload_0'], ['ifne', 'a'],
      ['return'],
    ]);
    expect(cfg.loops).toEqual([]);
    expect(cfg.irreducible).toBe(true);
    expect(cfg.backEdgeTargets.length).toBe(1);
    expect([block('a'), block('b')]).toContain(cfg.backEdgeTargets[0]);
    expect(cfg.idom[block('a')]).toBe(0);
    expect(cfg.idom[block('b')]).toBe(0);
  });
});

describe('dominators and reachability', () => {
  it('computes immediate dominators of a diamond and leaves unreachable blocks out', () => {
    const { cfg, block } = handBuilt([
      ['iload_0'], ['ifeq', 'right'],
      'left:', ['iconst_1'], ['istore_1'], ['goto', 'join'],
      'right:', ['iconst_2'], ['istore_1'],
      'join:', ['return'],
      'dead:', ['goto', 'join'],
    ]);
    expect(cfg.idom[block('left')]).toBe(0);
    expect(cfg.idom[block('right')]).toBe(0);
    expect(cfg.idom[block('join')]).toBe(0);
    expect(cfg.idom[0]).toBe(-1);
    expect(cfg.dominates(0, block('join'))).toBe(true);
    expect(cfg.dominates(block('left'), block('join'))).toBe(false);
    expect(cfg.blocks[block('dead')]!.reachable).toBe(false);
    expect(cfg.idom[block('dead')]).toBe(-1);
    expect(cfg.dominates(0, block('dead'))).toBe(false);
    expect(cfg.blocks[block('join')]!.predecessors).toEqual([block('left'), block('right'), block('dead')]);
  });

  it('reaches handlers only through exception edges from reachable blocks', () => {
    const b = new ClassBuilder('G', 52);
    const { method, labels } = b.method({
      name: 'g',
      descriptor: '(I)V',
      maxStack: 2,
      maxLocals: 2,
      code: ['s:', ['iinc', 0, 1], 'e:', ['return'], 'h:', ['pop'], ['return'], 'deadTry:', ['nop'], 'deadEnd:', ['return'], 'h2:', ['pop'], ['return']],
      handlers: [
        { start: 's', end: 'e', handler: 'h' },
        { start: 'deadTry', end: 'deadEnd', handler: 'h2' },
      ],
    });
    const g = graphOf(b.build(), method);
    expect(g.blocks[g.blockAt(labels.get('h')!)]!.reachable).toBe(true);
    expect(g.blocks[g.blockAt(labels.get('h2')!)]!.reachable).toBe(false);
  });
});
