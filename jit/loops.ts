/**
 * @fileoverview Loop-aware code generation helpers of the compiler (docs/jit.md "Loops"): which
 * call sites are in loops (they get a larger inlining budget), fusion of a floating-point compare
 * with the branch that consumes it, and the per-loop plans for hoisting loop-invariant array
 * lengths. Kept apart from jit/compiler.ts so that the loop work stays in one place; nothing here
 * changes frame states: every check that can fail is still emitted, at its own pc.
 */
import type binaryenNs from 'binaryen';
import { instructionLength, Op, readI16, readU16 } from '../src/classfile/opcodes.js';
import type { FrameCtx } from './compiler.js';

type Module = binaryenNs.Module;
type Expr = number;

/** True when `pc` of frame `ctx`, or the call site of any frame it is inlined into, lies inside a loop. */
export function siteInLoop(ctx: FrameCtx, pc: number): boolean {
  for (let c: FrameCtx | null = ctx, at = pc; c !== null; at = c.caller?.pc ?? 0, c = c.caller?.ctx ?? null) {
    const cfg = c.analysis.cfg;
    const b = cfg.blockAt(at);
    if (b >= 0 && cfg.loopOfBlock[b]! >= 0) return true;
  }
  return false;
}

/** True when the bytecode makes no calls (no invoke instruction). */
export function isLeaf(code: Uint8Array): boolean {
  for (let pc = 0; pc < code.length;) {
    const op = code[pc]!;
    if (op >= Op.invokevirtual && op <= Op.invokedynamic) return false;
    const len = instructionLength(code, pc);
    if (len <= 0) return false;
    pc += len;
  }
  return true;
}

/**
 * The branch condition of `if<cond>` (ifeq..ifle, `ifOp`) applied to the result of `cmpOp`
 * (fcmpl, fcmpg, dcmpl, dcmpg) of `x` and `y`, as one wasm comparison instead of the three-way
 * result and a compare with 0. JVMS §6.5: the result is 1, 0 or -1, and NaN gives 1 (`g`) or -1
 * (`l`); so e.g. `dcmpg; ifgt` branches when !(x <= y), `dcmpl; ifgt` when x > y.
 */
export function fusedFloatBranch(m: Module, cmpOp: number, ifOp: number, x: () => Expr, y: () => Expr): Expr {
  const ops = cmpOp === Op.fcmpl || cmpOp === Op.fcmpg ? m.f32 : m.f64;
  const g = cmpOp === Op.fcmpg || cmpOp === Op.dcmpg; // NaN compares as 1 (else -1)
  switch (ifOp) {
    case Op.ifeq: return ops.eq(x(), y());
    case Op.ifne: return m.i32.eqz(ops.eq(x(), y()));
    case Op.iflt: return g ? ops.lt(x(), y()) : m.i32.eqz(ops.ge(x(), y()));
    case Op.ifge: return g ? m.i32.eqz(ops.lt(x(), y())) : ops.ge(x(), y());
    case Op.ifgt: return g ? m.i32.eqz(ops.le(x(), y())) : ops.gt(x(), y());
    default: return g ? ops.le(x(), y()) : m.i32.eqz(ops.gt(x(), y())); // ifle
  }
}

/** True for fcmpl, fcmpg, dcmpl, dcmpg. */
export function isFloatCompare(op: number): boolean {
  return op === Op.fcmpl || op === Op.fcmpg || op === Op.dcmpl || op === Op.dcmpg;
}


/** Largest loop (bytecode bytes) whose fast copy is unrolled once when it does not run as a vector loop. */
export const UNROLL_BYTES = 64;

/** Most values (array lengths, fields, predicates) hoisted per compiled function (each takes an i32 local). */
export const MAX_HOISTED = 24;

/**
 * The induction variable of a loop whose header is javac's top test `iload i; <limit>; if_icmpXX
 * exit` (limit `n`, `n ± c`, `a.length` of a local `a`, or a constant; or `iload i; iflt/ifle
 * exit`, limit 0): `i` is stored in the loop only by one `iinc i, step`, in a block whose only
 * successor inside the loop is the header, and the limit (`n`, or the array `a`) is a local the
 * loop never stores to. Counting up, the header leaves when i >= limit (or i > limit); counting
 * down, when i < limit (or i <= limit). So in every block of the loop but the header, a value
 * `iload i` pushed before that `iinc` ran is within the header's bound (each path there passed
 * the header's test, and only the `iinc` changes i), and lies between i's value on entering the
 * loop and that bound as long as i cannot wrap (the predicate checks limit ± step against
 * Integer.MAX_VALUE / MIN_VALUE). That holds in the blocks of inner loops too: an outer loop is
 * versioned the same way. (Null arrays read length 0: then the predicate only holds when the
 * body never runs.)
 */
export interface Induction {
  /** Frame-relative local slot of i. */
  readonly v: number;
  /** Local slot of n, or -1 when the limit is `a.length` or a constant. */
  readonly limitLocal: number;
  /** The limit when it is a constant (`iconst_*`, `bipush`, `sipush`), else null. */
  readonly limitConst: number | null;
  /** A constant the header adds to the local limit (`iload n; iconst_1; isub` is n - 1, int arithmetic), else 0. */
  readonly limitAdd: number;
  /** Local slot of the array a of an `a.length` limit, or -1. */
  readonly limitArray: number;
  /** pc and CFG block of the `iinc i, step`. */
  readonly incPc: number;
  readonly incBlock: number;
  /** The constant of the `iinc` (never 0): the loop counts up (> 0) or down (< 0). */
  readonly step: number;
  /**
   * 0 or 1: with the header's limit L, the body runs while i < L + adj when counting up
   * (`i < L`: 0, `i <= L`: 1), while i >= L + adj when counting down (`i >= L`: 0, `i > L`: 1).
   */
  readonly adj: number;
}

/**
 * An innermost loop of one frame whose invariant array lengths are hoisted. Array lengths never
 * change, so the length of an array held in a local that no instruction of the loop stores to is
 * the same on every iteration: it is loaded once on each edge entering the loop (from outside the
 * loop, and the OSR entry at its header) into an i32 local, and every bounds check in the loop on
 * that array compares with the local instead of reloading the length from memory. The check itself
 * stays (same pc, same frame state, same deopt); null arrays read the fake zero-length array at 0.
 *
 * When the loop has an {@link Induction}, it is also **versioned** (range-check elimination): its
 * blocks are emitted twice, once as before (the checked copy) and once without the bounds checks
 * of `a[i]` on invariant arrays (the fast copy). Every entering edge computes the predicate
 * `i >= 0 && n <= a.length` (for each such `a`) and goes to the fast copy's header when it holds,
 * to the checked copy's otherwise; the fast copy's edges stay in the fast copy, and both leave to
 * the same blocks. Nothing deoptimizes because of the predicate: a loop that will go out of bounds
 * simply runs the checked copy, whose check deoptimizes at the faulting access as before.
 *
 * When the loop makes no calls and no instruction of it stores to a field or static or touches a
 * monitor, an int/reference field of `this` (`getfield` on a `this` that the method never
 * reassigns, so never null) is loop-invariant too: it is loaded on entering edges into a local,
 * and its array's length can then be hoisted as well (Sparse's `this.values`, `this.x`).
 * Compiled code runs no other Java thread and no collection between its polls, so only the loop's
 * own instructions could change such a field.
 */
export interface LoopPlan {
  /**
   * The plan of the innermost enclosing loop, or null. Outer loops are planned too (for hoisting
   * only: versioning is for innermost loops): a value invariant in an outer loop is hoisted to
   * the outermost enclosing plan where it is invariant, so a nest's inner loops neither reload it
   * per outer iteration nor on every entry (Sparse's `this.rowStart`, `this.y` per row).
   */
  readonly parent: LoopPlan | null;
  /** CFG block index and pc of the header. */
  readonly header: number;
  readonly headerPc: number;
  /** Member blocks (CFG indexes). */
  readonly blocks: ReadonlySet<number>;
  /** Bytecode bytes of the loop's blocks. */
  readonly bytes: number;
  /** Frame-relative local slots that no instruction of the loop stores to. */
  readonly stored: ReadonlySet<number>;
  /**
   * Hoisted lengths: frame-relative local slot (or {@link fieldKey} of a hoisted field) → wasm
   * local index, filled while the loop's blocks are emitted.
   */
  readonly lengths: Map<number, number>;
  /** Whether fields of `this` are invariant in the loop (no call, field/static store or monitor). */
  readonly fieldsInvariant: boolean;
  /** Hoisted fields of `this`: field offset → wasm local index (i32), filled while emitting. */
  readonly fields: Map<number, number>;
  /** The loop's induction variable (then the loop is versioned), or null. */
  readonly iv: Induction | null;
  /** Whether the loop contains no other loop. */
  readonly leaf: boolean;
  /**
   * Keys of {@link lengths} whose checks the fast copy dropped, with the constants c of the
   * dropped `a[i + c]`: the predicate covers them.
   */
  readonly rce: Map<number, Set<number>>;
  /** Wasm local of the predicate (set on entering edges), -1 until allocated. */
  okLocal: number;
}

/**
 * What the compiler did to the loops of one compiled method, by its frame-state table
 * (`BatchMember.states`, `CompiledMethod.states`): for tests and diagnostics.
 */
export interface LoopReport {
  /** Loops versioned (header pcs of the root frame's loops; inlined frames' loops are not listed). */
  readonly versioned: number[];
  /** pcs of the array accesses whose bounds check the fast copies dropped (root frame). */
  readonly rangeChecksDropped: number[];
  /** Fields of `this` hoisted out of loops: `offset@headerPc` (root frame). */
  readonly hoistedFields: string[];
  /**
   * Array lengths hoisted out of loops: `slot@headerPc` for an array in a local, `f<offset>@headerPc`
   * for one in a hoisted field of `this` (root frame); the header is that of the outermost loop
   * the value is invariant in.
   */
  readonly hoistedLengths: string[];
  /** Header pcs of the loops whose fast copy runs two iterations at a time ({@link VectorBody}; root frame). */
  readonly vectorized: number[];
  /** Header pcs of the loops whose fast copy is unrolled once ({@link UNROLL_BYTES}; root frame). */
  readonly unrolled: number[];
  /**
   * The OSR functions: the loop header pcs each one enters at (one function per header, or one
   * entering at all of them; jit/compiler.ts `CompileEnv.osrFunctions`). Empty without OSR entries.
   */
  readonly osrFunctions: number[][];
}
export const loopReports = new WeakMap<object, LoopReport>();

let reportHook: ((method: string, report: LoopReport) => void) | null = null;
/** Tests: `hook` hears every compiled method's {@link LoopReport} (null: stop). */
export function onLoopReport(hook: ((method: string, report: LoopReport) => void) | null): void { reportHook = hook; }
/** Records `report` for the method compiled with frame-state table `states`. */
export function recordLoopReport(method: string, states: object, report: LoopReport): void {
  loopReports.set(states, report);
  reportHook?.(method, report);
}

/** The key of a hoisted field of `this` at byte offset `off` in {@link LoopPlan.lengths} and stack-slot sources. */
export function fieldKey(off: number): number { return -1 - off; }

/**
 * Loops of `ctx` worth a plan: every block live, header not the entry block (nor that of an
 * enclosing loop: the chain of {@link LoopPlan.parent} stops at the first loop without a plan).
 * Only innermost loops get an induction variable (versioning).
 */
export function loopPlans(ctx: FrameCtx): LoopPlan[] {
  const cfg = ctx.analysis.cfg;
  if (cfg.irreducible) return [];
  const hasChild = new Set<number>();
  for (const l of cfg.loops) if (l.parent >= 0) hasChild.add(l.parent);
  const byLoop = new Map<number, LoopPlan>();
  // Outer loops first (by depth), so that each plan's parent exists when it is made.
  const order = cfg.loops.map((_, i) => i).sort((x, y) => cfg.loops[x]!.depth - cfg.loops[y]!.depth);
  for (const i of order) {
    const l = cfg.loops[i]!;
    if (l.header === 0 || l.blocks.some((b) => !ctx.live[b])) continue;
    const stored = new Set<number>();
    let fieldsInvariant = true, arrays = false, bytes = 0;
    // Blocks of inner loops: an outer loop is versioned for the accesses of its own blocks only.
    const inner = new Set<number>();
    cfg.loops.forEach((x) => { if (x.parent === i) for (const b of x.blocks) inner.add(b); });
    for (const b of l.blocks) {
      const blk = cfg.blocks[b]!;
      bytes += blk.endPc - blk.startPc;
      if (inner.has(b)) {
        for (let pc = blk.startPc; pc < blk.endPc; pc += instructionLength(ctx.code, pc)) {
          storedLocal(ctx.code, pc, stored);
          const op = ctx.code[pc]!;
          if ((op >= Op.invokevirtual && op <= Op.invokedynamic) || op === Op.putfield || op === Op.putstatic
            || op === Op.monitorenter || op === Op.monitorexit) fieldsInvariant = false;
        }
        continue;
      }
      for (let pc = blk.startPc; pc < blk.endPc; pc += instructionLength(ctx.code, pc)) {
        storedLocal(ctx.code, pc, stored);
        const op = ctx.code[pc]!;
        if ((op >= Op.invokevirtual && op <= Op.invokedynamic) || op === Op.putfield || op === Op.putstatic
          || op === Op.monitorenter || op === Op.monitorexit) fieldsInvariant = false;
        if ((op >= Op.iaload && op <= Op.saload) || (op >= Op.iastore && op <= Op.sastore)) arrays = true;
      }
    }
    const blocks = new Set(l.blocks);
    const leaf = !hasChild.has(i);
    // Outer loops are versioned when small enough (their copies hold copies of their inner
    // loops' versions: OUTER_VERSION_BYTES) and at most MAX_VERSION_DEPTH loops deep, so that a
    // chain of versioned loops has at most that many (2^depth copies of an innermost body).
    const versionable = arrays && (leaf || (bytes <= OUTER_VERSION_BYTES && nestDepth(cfg.loops, i) <= MAX_VERSION_DEPTH));
    byLoop.set(i, {
      parent: l.parent >= 0 ? byLoop.get(l.parent) ?? null : null,
      header: l.header, headerPc: l.headerPc, blocks, bytes, stored, lengths: new Map(), fieldsInvariant, fields: new Map(),
      iv: versionable ? induction(ctx, l.header, blocks, stored) : null, leaf, rce: new Map(), okLocal: -1,
    });
  }
  return [...byLoop.values()];
}

/** Most bytecode bytes (inner loops included) of an outer loop that is versioned. */
export const OUTER_VERSION_BYTES = 320;
/**
 * Most loops of a nest, counted from an outer loop down to its deepest inner loop, for the outer
 * loop to be versioned: 2, so an innermost body has at most 4 versions (6 blocks copies when
 * unrolled). With 3, LU's `factor` (whose `j` loop has only `m[j]` and `pivot[j]` to gain) grew
 * from 25 to over 60 KB of wasm and its Binaryen -O2 tier-up took several times as long.
 */
export const MAX_VERSION_DEPTH = 2;

/** Loops in the longest chain from loop `i` down to an innermost loop inside it (1 for an innermost loop). */
function nestDepth(loops: ReadonlyArray<{ readonly parent: number }>, i: number): number {
  let d = 1;
  loops.forEach((x, j) => { if (x.parent === i) d = Math.max(d, 1 + nestDepth(loops, j)); });
  return d;
}

/** The plan of the innermost planned loop containing CFG block `b`, or null. */
export function innermostPlan(plans: readonly LoopPlan[], b: number): LoopPlan | null {
  let best: LoopPlan | null = null;
  for (const p of plans) if (p.blocks.has(b) && (best === null || p.blocks.size < best.blocks.size)) best = p;
  return best;
}

/** `plan` and its enclosing plans, innermost first. */
export function planChain(plan: LoopPlan | null): LoopPlan[] {
  const out: LoopPlan[] = [];
  for (let p = plan; p !== null; p = p.parent) out.push(p);
  return out;
}

/**
 * Bytecode bytes of the natural loop whose header is block `header` when block `from` belongs to
 * it (so `from → header` is a back edge); -1 otherwise or in irreducible code. Bounds the work
 * between two back edges for counted polls (jit/compiler.ts countedPoll).
 */
export function backEdgeLoopBytes(ctx: FrameCtx, from: number, header: number): number {
  const cfg = ctx.analysis.cfg;
  if (cfg.irreducible) return -1;
  const l = cfg.loops.find((x) => x.header === header);
  if (l === undefined || !l.blocks.includes(from)) return -1;
  let bytes = 0;
  for (const b of l.blocks) bytes += cfg.blocks[b]!.endPc - cfg.blocks[b]!.startPc;
  return bytes;
}

/** The local an `iload`/`aload` (short forms included, not `wide`) at `pc` reads, or -1. */
function loadedLocal(code: Uint8Array, pc: number, load: number, load0: number): number {
  const op = code[pc]!;
  if (op === load) return code[pc + 1]!;
  if (op >= load0 && op <= load0 + 3) return op - load0;
  return -1;
}

/** The {@link Induction} of the loop with header block `header`, or null (see there). */
function induction(ctx: FrameCtx, header: number, blocks: ReadonlySet<number>, stored: ReadonlySet<number>): Induction | null {
  const cfg = ctx.analysis.cfg, code = ctx.code;
  const hb = cfg.blocks[header]!;
  let pc = hb.startPc;
  const v = loadedLocal(code, pc, Op.iload, Op.iload_0);
  if (v < 0) return null;
  pc += instructionLength(code, pc);
  let limitLocal = loadedLocal(code, pc, Op.iload, Op.iload_0), limitArray = -1, limitConst: number | null = null;
  const op = code[pc]!;
  let limitAdd = 0;
  const constAt = (p: number): [number, number] | null => {
    const o = code[p]!;
    if (o >= Op.iconst_m1 && o <= Op.iconst_5) return [o - Op.iconst_0, 1];
    if (o === Op.bipush) return [(code[p + 1]! << 24) >> 24, 2];
    if (o === Op.sipush) return [readI16(code, p + 1), 3];
    return null;
  };
  let test: number;
  if (op === Op.iflt || op === Op.ifle) { limitConst = 0; test = op === Op.iflt ? Op.if_icmplt : Op.if_icmple; }
  else {
    if (limitLocal >= 0) {
      pc += instructionLength(code, pc);
      const c = constAt(pc);
      if (c !== null && (code[pc + c[1]] === Op.iadd || code[pc + c[1]] === Op.isub)) {
        limitAdd = code[pc + c[1]] === Op.iadd ? c[0] : -c[0];
        pc += c[1] + 1;
      }
    }
    else if (op >= Op.iconst_m1 && op <= Op.iconst_5) { limitConst = op - Op.iconst_0; pc += 1; }
    else if (op === Op.bipush) { limitConst = (code[pc + 1]! << 24) >> 24; pc += 2; }
    else if (op === Op.sipush) { limitConst = readI16(code, pc + 1); pc += 3; }
    else {
      limitArray = loadedLocal(code, pc, Op.aload, Op.aload_0);
      if (limitArray < 0) return null;
      pc += instructionLength(code, pc);
      if (code[pc] !== Op.arraylength) return null;
      pc += 1;
    }
    test = code[pc]!;
  }
  if (pc + 3 !== hb.endPc) return null;
  const exit = cfg.blockAt(pc + readI16(code, pc + 1)), body = cfg.blockAt(pc + 3);
  if (blocks.has(exit) || !blocks.has(body)) return null;
  const limit = limitLocal >= 0 ? limitLocal : limitArray;
  if (limitConst === null && (limit === v || stored.has(limit))) return null;
  // Exactly one store to i in the loop: `iinc i, step`, in a block that goes back to the header only.
  let incPc = -1, incBlock = -1, step = 0;
  for (const b of blocks) {
    const blk = cfg.blocks[b]!;
    for (let p = blk.startPc; p < blk.endPc; p += instructionLength(code, p)) {
      const s = new Set<number>();
      storedLocal(code, p, s);
      if (!s.has(v)) continue;
      if (incPc >= 0 || code[p] !== Op.iinc || code[p + 1] !== v || code[p + 2] === 0) return null;
      incPc = p; incBlock = b; step = (code[p + 2]! << 24) >> 24;
    }
  }
  if (incPc < 0 || incBlock === header) return null;
  if (cfg.blocks[incBlock]!.successors.some((s) => blocks.has(s) && s !== header)) return null;
  // Up-counting loops leave when i >= limit (`<`) or i > limit (`<=`); down-counting ones when
  // i < limit (`>=`) or i <= limit (`>`, and `i >= 0`, `i > 0` through `iflt`/`ifle`).
  let adj: number;
  if (step > 0 && test === Op.if_icmpge) adj = 0;
  else if (step > 0 && test === Op.if_icmpgt) adj = 1;
  else if (step < 0 && test === Op.if_icmplt) adj = 0;
  else if (step < 0 && test === Op.if_icmple) adj = 1;
  else return null;
  return { v, limitLocal, limitArray, limitConst, limitAdd, incPc, incBlock, step, adj };
}

/** Adds to `out` the local slot(s) the instruction at `pc` stores to. */
function storedLocal(code: Uint8Array, pc: number, out: Set<number>): void {
  const op = code[pc]!;
  const wideKind = (o: number): boolean => o === Op.lstore || o === Op.dstore;
  if (op >= Op.istore && op <= Op.astore) { const v = code[pc + 1]!; out.add(v); if (wideKind(op)) out.add(v + 1); }
  else if (op >= Op.istore_0 && op <= Op.astore_3) {
    const v = (op - Op.istore_0) & 3, k = (op - Op.istore_0) >> 2;
    out.add(v);
    if (k === 1 || k === 3) out.add(v + 1); // lstore_n, dstore_n
  } else if (op === Op.iinc) out.add(code[pc + 1]!);
  else if (op === Op.wide) {
    const inner = code[pc + 1]!, v = readU16(code, pc + 2);
    if (inner === Op.iinc || (inner >= Op.istore && inner <= Op.astore)) { out.add(v); if (wideKind(inner)) out.add(v + 1); }
  }
}

/** A value of a {@link VectorBody}: two consecutive `double` elements (lanes i and i + 1). */
export type VectorValue =
  | { readonly k: 'load'; readonly arr: number }
  | { readonly k: 'splat'; readonly local: number }
  | { readonly k: 'const'; readonly value: number }
  | { readonly k: 'bin'; readonly op: 'add' | 'sub' | 'mul' | 'div'; readonly a: VectorValue; readonly b: VectorValue }
  | { readonly k: 'neg'; readonly a: VectorValue };

/**
 * The body of an innermost versioned loop that runs two iterations at a time (`f64x2`): its
 * only other block is the header, and it is a sequence of statements `a[i] = <expression>`
 * (`dastore` with nothing else left on the operand stack) over `daload`s `b[i]`, `double` locals
 * and constants the loop never stores to, `dadd`/`dsub`/`dmul`/`ddiv`/`dneg`, then `iinc i, 1` and
 * `goto` the header. Every array is a local the loop never stores to, indexed by exactly `i`.
 *
 * Why two iterations at once give the same result: every access of iteration i is to element i
 * of some array, so iterations i and i + 1 touch disjoint elements (even when arrays alias: the
 * same index in the same array is the only conflict, and that is the same iteration); within one
 * iteration the statements run in order, each loading before it stores, lane by lane. The lane
 * operations are IEEE double operations like the scalar ones. A lane pair runs only while
 * i + 1 < limit (four lanes per trip while i + 3 < limit), so every lane is an iteration the scalar loop would run, and the predicate of the fast copy
 * (limit <= a.length for each array) makes both accesses in bounds.
 */
export interface VectorBody {
  readonly stores: ReadonlyArray<{ readonly arr: number; readonly value: VectorValue }>;
  /** Local slots of every array the body reads or writes. */
  readonly arrays: ReadonlySet<number>;
}

/** The {@link VectorBody} of `plan`'s loop, or null when it is not of that shape. */
export function vectorBody(ctx: FrameCtx, plan: LoopPlan): VectorBody | null {
  const iv = plan.iv, cfg = ctx.analysis.cfg, code = ctx.code;
  if (iv === null || plan.blocks.size !== 2 || iv.step !== 1 || iv.adj !== 0) return null;
  const blk = cfg.blocks[iv.incBlock]!;
  // `iinc i, 1; goto header` ends the body (`goto` is 3 bytes).
  if (iv.incPc + 3 + 3 !== blk.endPc || code[iv.incPc + 3] !== Op.goto || iv.incPc + 3 + readI16(code, iv.incPc + 4) !== plan.headerPc) return null;
  if (plan.stored.size !== 1) return null; // i only
  type Item = { k: 'arr'; v: number } | { k: 'idx' } | { k: 'val'; x: VectorValue };
  const stack: Item[] = [];
  const stores: Array<{ arr: number; value: VectorValue }> = [];
  const arrays = new Set<number>();
  const val = (): VectorValue | null => { const t = stack.pop(); return t?.k === 'val' ? t.x : null; };
  for (let pc = blk.startPc; pc < iv.incPc; pc += instructionLength(code, pc)) {
    const op = code[pc]!;
    const a = loadedLocal(code, pc, Op.aload, Op.aload_0);
    if (a >= 0) { stack.push({ k: 'arr', v: a }); continue; }
    const i = loadedLocal(code, pc, Op.iload, Op.iload_0);
    if (i >= 0) { if (i !== iv.v) return null; stack.push({ k: 'idx' }); continue; }
    const d = loadedLocal(code, pc, Op.dload, Op.dload_0);
    if (d >= 0) { stack.push({ k: 'val', x: { k: 'splat', local: d } }); continue; }
    switch (op) {
      case Op.dconst_0: case Op.dconst_1: stack.push({ k: 'val', x: { k: 'const', value: op - Op.dconst_0 } }); break;
      case Op.dup2: {
        const t = stack.at(-1), u = stack.at(-2);
        if (t?.k !== 'idx' || u?.k !== 'arr') return null;
        stack.push(u, t);
        break;
      }
      case Op.daload: {
        const t = stack.pop(), u = stack.pop();
        if (t?.k !== 'idx' || u?.k !== 'arr') return null;
        arrays.add(u.v);
        stack.push({ k: 'val', x: { k: 'load', arr: u.v } });
        break;
      }
      case Op.dadd: case Op.dsub: case Op.dmul: case Op.ddiv: {
        const y = val(), x = val();
        if (x === null || y === null) return null;
        const binop = op === Op.dadd ? 'add' : op === Op.dsub ? 'sub' : op === Op.dmul ? 'mul' : 'div';
        stack.push({ k: 'val', x: { k: 'bin', op: binop, a: x, b: y } });
        break;
      }
      case Op.dneg: { const x = val(); if (x === null) return null; stack.push({ k: 'val', x: { k: 'neg', a: x } }); break; }
      case Op.dastore: {
        const x = val(), t = stack.pop(), u = stack.pop();
        if (x === null || t?.k !== 'idx' || u?.k !== 'arr' || stack.length > 0) return null;
        arrays.add(u.v);
        stores.push({ arr: u.v, value: x });
        break;
      }
      default: return null;
    }
  }
  if (stack.length > 0 || stores.length === 0) return null;
  return { stores, arrays };
}
