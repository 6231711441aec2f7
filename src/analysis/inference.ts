/**
 * @fileoverview Block entry states by type inference (JVMS §4.10.2.2), for methods without a
 * StackMapTable (class files before version 50) or when asked to ignore it: states merge where
 * control joins until nothing changes, conflicting kinds becoming `Unusable`. jsr/ret subroutines
 * get the classic verifier treatment (JVMS §4.10.2.4): a `ret` returns to the instruction after
 * every `jsr` of its subroutine; locals the subroutine wrote take their kinds at the `ret`, the
 * others keep their kinds from the `jsr` site.
 */
import { FrameState, RA_BASE, StackHeightMismatch, breakOrphanHalves, mergeInto } from './frame-state.js';
import { Flow, branchTargets, retLocalIndex } from './instructions.js';
import { handlerState, scanBlock, type Context, type FlowResult } from './block-scan.js';

/** Type inference to a fixpoint over the blocks, with jsr/ret handled as the classic verifier does. */
export function runDataflow(context: Context): FlowResult {
  const { cfg, code, fail } = context;
  const blocks = cfg.blocks;
  const entries: Array<FrameState | null> = new Array<FrameState | null>(blocks.length).fill(null);
  const pending = new Uint8Array(blocks.length);
  const depth = new Int32Array(cfg.instructions.starts.length).fill(-1);
  const subroutineCount = context.subroutineOf.size;
  const retStates: Array<FrameState | null> = new Array<FrameState | null>(subroutineCount).fill(null);
  const callSites: Array<Map<number, FrameState>> = Array.from({ length: subroutineCount }, () => new Map());
  const retPcs: Array<Set<number>> = Array.from({ length: subroutineCount }, () => new Set());
  const scratch = new FrameState(code.maxLocals, code.maxStack);
  const maxStack = code.maxStack;

  const flowInto = (target: number, incoming: FrameState, fromPc: number): void => {
    const existing = entries[target];
    if (existing === null) {
      entries[target] = incoming.clone();
      pending[target] = 1;
      return;
    }
    const changed = mergeInto(existing, incoming);
    if (changed instanceof StackHeightMismatch) {
      fail(fromPc, 'Inconsistent stack height', `${changed.incoming} != ${changed.existing} at pc ${blocks[target]!.startPc}`);
    }
    if (changed) pending[target] = 1;
  };

  // JVMS §4.10.2.4: back at the jsr site, locals the subroutine wrote come from the ret state.
  const returnTo = (sub: number, siteBlock: number, site: FrameState, atRet: FrameState, retPc: number): void => {
    const back = blocks[siteBlock]!;
    if (back.endPc >= code.code.length) fail(back.lastPc, 'Falling off the end of the code', 'no instruction follows this jsr');
    scratch.copyFrom(atRet);
    const exact = atRet.sub === sub;
    for (let i = 0; i < scratch.locals.length; i++) {
      if (exact && atRet.modified[i] === 0) scratch.locals[i] = site.locals[i]!;
      scratch.modified[i] = site.modified[i]! | atRet.modified[i]!;
    }
    breakOrphanHalves(scratch.locals);
    scratch.sub = site.sub;
    flowInto(siteBlock + 1, scratch, retPc);
  };

  const handlerScratch = new FrameState(code.maxLocals, code.maxStack);
  const state = new FrameState(code.maxLocals, code.maxStack);
  entries[0] = context.initial.clone();
  pending[0] = 1;
  let again = true;
  while (again) {
    again = false;
    for (let b = 0; b < blocks.length; b++) {
      if (pending[b] === 0) continue;
      pending[b] = 0;
      again = true;
      const block = blocks[b]!;
      state.copyFrom(entries[b]!);
      const handlers = block.exceptionEdges;
      scanBlock(cfg, context.transfer, block, state, null, (pc, index, before) => {
        depth[index] = before.sp;
        if (handlers.length === 0 || !before.localsDirty) return;
        before.localsDirty = false;
        if (maxStack < 1) fail(pc, 'Operand stack overflow', 'An exception handler needs max_stack of at least 1.');
        for (const edge of handlers) flowInto(edge.handler, handlerState(before, handlerScratch), pc);
      });
      const lastPc = block.lastPc;
      switch (block.flow) {
        case Flow.Next:
        case Flow.Branch:
          if (block.fallsOffEnd) fail(lastPc, 'Falling off the end of the code', 'control continues past the last instruction');
          for (const target of block.successors) flowInto(target, state, lastPc);
          break;
        case Flow.Goto:
        case Flow.Switch:
          for (const target of block.successors) flowInto(target, state, lastPc);
          break;
        case Flow.Jsr: {
          const target = branchTargets(code.code, lastPc)[0]!;
          const sub = context.subroutineOf.get(target)!;
          const site = state.clone();
          site.sp--; // the site state is the one before the return address was pushed
          callSites[sub]!.set(b, site);
          state.modified.fill(0);
          state.sub = sub;
          flowInto(cfg.blockAt(target), state, lastPc);
          const atRet = retStates[sub];
          if (atRet !== null) for (const retPc of retPcs[sub]!) returnTo(sub, b, site, atRet, retPc);
          break;
        }
        case Flow.Ret: {
          const kind = state.locals[retLocalIndex(code.code, lastPc)]!;
          const sub = kind - RA_BASE; // the transfer checked it is a return address
          retPcs[sub]!.add(lastPc);
          let atRet = retStates[sub];
          let changed: boolean | StackHeightMismatch = true;
          if (atRet === null) retStates[sub] = atRet = state.clone();
          else changed = mergeInto(atRet, state);
          if (changed instanceof StackHeightMismatch) {
            fail(lastPc, 'Inconsistent stack height', `${changed.incoming} != ${changed.existing} at returns from the subroutine`);
          }
          if (changed) for (const [siteBlock, site] of callSites[sub]!) returnTo(sub, siteBlock, site, atRet, lastPc);
          break;
        }
        default:
          break; // return, athrow: nothing follows
      }
    }
  }
  const retSuccessors = new Map<number, number[]>();
  retPcs.forEach((pcs, sub) => {
    const targets = [...callSites[sub]!.keys()].map((b) => blocks[b]!.endPc).sort((x, y) => x - y);
    for (const pc of pcs) retSuccessors.set(pc, targets);
  });
  return { entries, depth, pinned: null, retSuccessors };
}
