/**
 * @fileoverview IR generation off the VM's thread (docs/jit.md "Background compilation"): the
 * *compile request* of a batch, built on the VM's thread, and what comes back. The compiler
 * (jit/compiler.ts) reads the runtime through {@link CompileEnv} and through `Prepared`, `RtMethod`
 * and `RtClass`; a request is a plain-data snapshot of everything it may read for the batch's
 * members and for every method it may inline: the class files (sent once per worker), the
 * interpreter's quickening state of each method (`ops`, `arg`, `ref` reduced to method, class and
 * string references), branch profiles, and the precomputed answers of every `CompileEnv` query
 * (ids and reserved slots of callees, resolutions ahead, CHA answers, inline-cache sites, root-table
 * addresses, init-flag names, ids of inlined-frame records). jit/compile-worker.ts rebuilds
 * stand-ins from it and runs `compileMethod` unchanged; a query the snapshot lacks fails that
 * member (a bail-out), never a guess.
 *
 * This file is the VM's side: {@link buildRequest} makes the request (it reserves ids, slots,
 * sites and root slots exactly as the synchronous path would while generating, only eagerly, for
 * everything the compiler might ask), and the result types the worker posts back.
 */
import { instructionLength, Op, readU16 } from '../src/classfile/opcodes.js';
import { CpTag, type ClassFile } from '../src/classfile/types.js';
import { Quick } from '../src/interp/quick.js';
import type { Prepared } from '../src/interp/prepared.js';
import type { Resolution } from '../src/interp/linkage.js';
import { RtClass, RtMethod } from '../src/runtime/model.js';
import { INLINE_BYTES_IN_LOOP, INLINE_DEPTH } from './compiler.js';
import { intrinsicFor } from './intrinsics.js';
import type { Assumption } from './cha.js';
import type { StopInfo } from './stops.js';

/** A reference operand: a method, a class (indexes into the request's tables), a string; `x`: something else (any use fails the member). */
export type RefData = { m: number } | { c: number } | { s: string } | { x: string } | null;

export interface ClassData {
  readonly name: string;
  readonly id: number;
  readonly flags: number;
  readonly instanceSize: number;
  /** Element size when an array class, else 0. */
  readonly elementSize: number;
  /** Key of its class file (see {@link CompileRequest.files}), or -1 (array and primitive classes). */
  readonly file: number;
  /** `c<id>` init flag registered by the runtime for this class (barriers may read it). */
  readonly initFlag: boolean;
  /** Root-table address of its mirror (static synchronized members' owners), -1: none yet / not asked. */
  readonly mirrorAddress: number;
}

export interface MethodData {
  readonly owner: number;
  /** Index in the owner's class file `methods`, or -1 (no class file: name/descriptor/flags only). */
  readonly index: number;
  readonly name: string;
  readonly descriptor: string;
  readonly flags: number;
  readonly argSlots: number;
  readonly paramKinds: number[];
  readonly returnKind: number;
  /** Id of its installed code at request time (-1: none). */
  readonly compiledId: number;
  /** The slot reserved for calls while it has no code (-1: not reserved). */
  readonly slot: number;
  readonly failed: boolean;
  /** Index of its prepared data in the request, -1 when not shipped. */
  prepared: number;
}

export interface PreparedData {
  readonly method: number;
  readonly ops: Uint8Array;
  readonly arg: Int32Array;
  /** `ref` by pc, for the pcs that have one. */
  readonly refs: Array<[number, RefData]>;
  readonly depth: Int32Array;
  readonly stackOffset: number;
  readonly maxLocals: number;
  readonly isSynchronized: boolean;
  readonly verifyError: string | null;
  readonly profile: Int32Array | null;
  readonly compiled: boolean;
  readonly speculate: boolean;
  /** resolveAhead at each pc the interpreter has not quickened (null: not resolvable). */
  readonly resolved: Array<[number, ResolutionData | null]>;
}

export interface ResolutionData {
  readonly op: number;
  readonly arg: number;
  readonly ref: RefData;
  /** Class index of the class to initialize first, or -1. */
  readonly init: number;
}

export interface MemberData {
  readonly id: number;
  readonly prepared: number;
  /** Ids reserved for the records of frames the member may inline: [prepared index, id]. */
  readonly inlineIds: Array<[number, number]>;
}

/** A plain-data batch: everything `compileMethod` may read for its members (see the file overview). */
export interface CompileRequest {
  /** Binaryen optimization level, -1 = emit as generated (the quick tier). */
  readonly level: number;
  readonly memoryPages: number;
  readonly argsAddress: number;
  readonly maxDepth: number;
  readonly pollStride: number;
  /** Up to how many loop headers get an OSR function each (jit/compiler.ts `CompileEnv.osrFunctions`). */
  readonly osrFunctions: number;
  /** Class files the worker has not been sent yet, by key (the worker keeps them). */
  readonly files: Array<[number, ClassFile]>;
  readonly classes: ClassData[];
  readonly methods: MethodData[];
  readonly prepared: PreparedData[];
  readonly members: MemberData[];
  /** loadedClass(name) answers: class index or -1 (not loaded). */
  readonly loaded: Array<[string, number]>;
  /** classId(name) answers. */
  readonly classIds: Array<[string, number]>;
  /** constRefAddress(index) answers. */
  readonly constRefs: Array<[number, number]>;
  /** pendingConstAddress answers: strings, and classes by index. */
  readonly pendingStrings: Array<[string, number]>;
  readonly pendingClasses: Array<[number, number]>;
  /** devirtualize(method, vtableIndex, holder) answers by `method|vtableIndex|holder` indexes: assumption index (-1: none). */
  readonly devirtualized: Array<[string, number]>;
  /** The assumptions answered: text and target method index (the objects stay on the VM's side). */
  readonly assumptions: Array<{ text: string; target: number }>;
  /** callSite(method, vtableIndex) answers by `method|vtableIndex`. */
  readonly sites: Array<[string, { index: number; cache: number }]>;
}

/** One member's code metadata, as the worker posts it back (frame states as [pc, entries]). */
export interface MemberResult {
  readonly id: number;
  /** Bail-out reason; the other fields are empty then. */
  readonly failed: string | null;
  readonly states: Array<[number, Int32Array]>;
  readonly osrPcs: number[];
  readonly stops: StopInfo[];
  /** Call sites (BatchMember.callSites). */
  readonly callSites: number[][];
  readonly inlined: string[];
  /** Indexes into {@link CompileRequest.assumptions}. */
  readonly assumptions: number[];
  /** Native imports: name and method index. */
  readonly nativeImports: Array<[string, number]>;
  /** Inlined frames' records: id, prepared index, frame states. */
  readonly records: Array<{ id: number; prepared: number; states: Array<[number, Int32Array]> }>;
}

/** A compiled batch, from the worker. */
export interface CompiledBatch {
  readonly module: unknown;
  readonly size: number;
  /** IR generation in the worker, Binaryen optimization + emission, V8 compilation. */
  readonly genMs: number;
  readonly optMs: number;
  readonly compileMs: number;
  readonly roundTripMs: number;
  readonly members: MemberResult[];
}

/** What building a request needs from the runtime (all calls on the VM's thread). */
export interface RequestHost {
  resolveAhead(P: Prepared, pc: number): Resolution | null;
  preparedIn(m: RtMethod): Prepared;
  compiledId(m: RtMethod): number;
  calleeSlot(m: RtMethod): number;
  failed(m: RtMethod): boolean;
  speculates(P: Prepared): boolean;
  loadedClass(name: string): RtClass | null;
  classId(name: string): number;
  constRefAddress(index: number): number;
  pendingConstAddress(ref: string | RtClass): number;
  mirrorAddress(cls: RtClass): number;
  initFlag(cls: RtClass): string;
  devirtualize(m: RtMethod, vtableIndex: number, holder: RtClass | null): Assumption | null;
  callSite(m: RtMethod, vtableIndex: number): { index: number; cache: number };
  /** A fresh id (inlined-frame records). */
  nextId(): number;
  /** Class files already sent to the worker (by key), and the keys. */
  readonly sentFiles: Set<number>;
  fileKey(f: ClassFile): number;
}

/** Primitive array classes `newarray` allocates (compiler.ts ATYPE_CLASS). */
const PRIMITIVE_ARRAYS = ['[Z', '[C', '[F', '[D', '[B', '[S', '[I', '[J'];

/** What the VM side keeps of a request to apply the result: the objects behind the indexes. */
export interface RequestObjects {
  readonly methods: RtMethod[];
  readonly prepared: Prepared[];
  readonly assumptions: Assumption[];
}

/**
 * Builds the request for `members` (callees first; ids assigned by the caller), walking each
 * member and, to {@link INLINE_DEPTH} + 1 levels, every callee small enough to be inlined
 * (prepared now, as the inliner would). Answers every query the compiler can make about them.
 */
export function buildRequest(host: RequestHost, members: ReadonlyArray<{ id: number; P: Prepared }>, fixed: Pick<CompileRequest, 'level' | 'memoryPages' | 'argsAddress' | 'maxDepth' | 'pollStride' | 'osrFunctions'>): { request: CompileRequest; objects: RequestObjects } {
  const classes: ClassData[] = [], classIndex = new Map<RtClass, number>();
  const methods: MethodData[] = [], methodObjs: RtMethod[] = [], methodIndex = new Map<RtMethod, number>();
  const prepared: PreparedData[] = [], preparedObjs: Prepared[] = [], preparedIndex = new Map<Prepared, number>();
  const files: Array<[number, ClassFile]> = [];
  const loaded = new Map<string, number>(), constRefs = new Map<number, number>();
  const pendingStrings = new Map<string, number>(), pendingClasses = new Map<number, number>();
  const devirtualized = new Map<string, number>(), assumptions: Assumption[] = [], sites = new Map<string, { index: number; cache: number }>();
  const mirrorOf = new Map<RtClass, number>();

  const cls = (c: RtClass): number => {
    let k = classIndex.get(c);
    if (k !== undefined) return k;
    let file = -1;
    if (c.file !== null) {
      file = host.fileKey(c.file);
      if (!host.sentFiles.has(file)) { host.sentFiles.add(file); files.push([file, c.file]); }
    }
    k = classes.length;
    classIndex.set(c, k);
    classes.push({ name: c.name, id: c.id, flags: c.flags, instanceSize: c.instanceSize, elementSize: c.array?.elementSize ?? 0, file, initFlag: false, mirrorAddress: -1 });
    return k;
  };
  const method = (m: RtMethod): number => {
    let k = methodIndex.get(m);
    if (k !== undefined) return k;
    const owner = cls(m.owner);
    const index = m.owner.file === null ? -1 : m.owner.file.methods.indexOf(m.info);
    const compiledId = host.compiledId(m);
    // A callee without code is called through a reserved slot: a method with bytecode, or a native
    // (its adapter), that is no intrinsic or a checked one (its slow path is the native's slot).
    const intr = intrinsicFor(m);
    const slot = compiledId < 0 && (m.code !== null || m.isNative) && (intr === null || intr.kind === 'checked') ? host.calleeSlot(m) : -1;
    k = methods.length;
    methodIndex.set(m, k);
    methodObjs.push(m);
    methods.push({ owner, index, name: m.name, descriptor: m.descriptor, flags: m.flags, argSlots: m.argSlots, paramKinds: [...m.paramKinds], returnKind: m.returnKind,
      compiledId, slot, failed: host.failed(m), prepared: -1 });
    return k;
  };
  const ref = (r: unknown): RefData => {
    if (r === undefined || r === null) return null;
    if (r instanceof RtMethod) return { m: method(r) };
    if (r instanceof RtClass) return { c: cls(r) };
    if (typeof r === 'string') return { s: r };
    return { x: (r as object).constructor?.name ?? typeof r };
  };
  const initFlag = (c: RtClass): number => {
    const k = cls(c);
    host.initFlag(c);
    (classes[k] as { initFlag: boolean }).initFlag = true;
    return k;
  };
  const ldcAddress = (arg: number, r: unknown): void => {
    if (arg >= 0) { if (!constRefs.has(arg)) constRefs.set(arg, host.constRefAddress(arg)); return; }
    if (typeof r === 'string') { if (!pendingStrings.has(r)) pendingStrings.set(r, host.pendingConstAddress(r)); return; }
    if (r instanceof RtClass) { const k = cls(r); if (!pendingClasses.has(k)) pendingClasses.set(k, host.pendingConstAddress(r)); }
  };

  /**
   * Ships `Q` (once) and, at inlining levels the compiler may emit (the root is level 1; a frame
   * at level INLINE_DEPTH + 1 still asks `prepared` for its callees before the depth test), what
   * its instructions refer to; returns its index. `inlineTargets`: the Ps each may inline.
   */
  const inlineTargets = new Map<number, Set<number>>();
  const walked = new Set<number>();
  const ship = (Q: Prepared, level: number): number => {
    let k = preparedIndex.get(Q);
    if (k === undefined) {
      const mk = method(Q.method);
      k = prepared.length;
      preparedIndex.set(Q, k);
      preparedObjs.push(Q);
      inlineTargets.set(k, new Set());
      prepared.push({
        method: mk, ops: Q.ops.slice(), arg: Q.arg.slice(), refs: [], depth: Q.depth.slice(), stackOffset: Q.stackOffset, maxLocals: Q.maxLocals,
        isSynchronized: Q.isSynchronized, verifyError: Q.verifyError, profile: Q.profile === null ? null : Q.profile.slice(), compiled: Q.compiled !== null,
        speculate: Q.profile !== null && host.speculates(Q), resolved: [],
      });
      (methods[mk] as MethodData).prepared = k;
    }
    if (level <= INLINE_DEPTH + 1 && !walked.has(k)) {
      walked.add(k);
      walk(Q, k, level);
    }
    return k;
  };
  const walk = (Q: Prepared, k: number, level: number): void => {
    const { refs, resolved } = prepared[k]!;
    // Compiled exception handlers test the exception against each loaded catch type.
    for (const row of Q.method.code!.exceptionTable) {
      if (row.catchType === null || loaded.has(row.catchType)) continue;
      const c = host.loadedClass(row.catchType);
      loaded.set(row.catchType, c === null ? -1 : cls(c));
    }
    const targets = inlineTargets.get(k)!;
    const code = Q.code, file = Q.method.owner.file;
    // The inliner asks for the prepared data of every callee within its size limit (before its other tests).
    const callee = (m: RtMethod): void => {
      method(m);
      if (m.code === null || m.code.code.length > INLINE_BYTES_IN_LOOP || intrinsicFor(m) !== null) return;
      targets.add(ship(host.preparedIn(m), level + 1));
    };
    for (let pc = 0; pc < code.length;) {
      const len = instructionLength(code, pc);
      if (len <= 0) break;
      const op = code[pc]!;
      if (Q.depth[pc]! >= 0) {
        let r: { op: number; arg: number; ref: unknown; init: RtClass | null } | null;
        if (Q.ref[pc] !== undefined) refs.push([pc, ref(Q.ref[pc])]);
        if (Q.ops[pc] !== op || (Q.ref[pc] !== undefined && op === Op.multianewarray)) r = { op: Q.ops[pc]!, arg: Q.arg[pc]!, ref: Q.ref[pc], init: null };
        else if (asksResolve(op)) {
          r = host.resolveAhead(Q, pc);
          resolved.push([pc, r === null ? null : { op: r.op, arg: r.arg, ref: ref(r.ref), init: r.init === null ? -1 : initFlag(r.init) }]);
        } else r = null;
        if (r !== null) {
          if (op === Op.ldc || op === Op.ldc_w) ldcAddress(r.arg, r.ref);
          if (r.op === Quick.invokevirtual_q || r.op === Quick.invokeinterface_q) {
            const m = r.ref as RtMethod, vt = r.op === Quick.invokevirtual_q ? r.arg : -1;
            const e = file?.constantPool[readU16(code, pc + 1)];
            let holder: RtClass | null = null;
            if (e !== undefined && e !== null && (e.tag === CpTag.Methodref || e.tag === CpTag.InterfaceMethodref)) {
              holder = host.loadedClass(e.owner);
              loaded.set(e.owner, holder === null ? -1 : cls(holder));
            }
            const key = `${method(m)}|${vt}|${holder === null ? -1 : cls(holder)}`;
            if (!devirtualized.has(key)) {
              const a = host.devirtualize(m, vt, holder);
              let ai = -1;
              if (a !== null) {
                ai = assumptions.indexOf(a);
                if (ai < 0) { ai = assumptions.length; assumptions.push(a); }
              }
              devirtualized.set(key, ai);
            }
            const ai = devirtualized.get(key)!;
            if (ai >= 0) callee(assumptions[ai]!.target);
            const sk = `${method(m)}|${vt}`;
            if (!sites.has(sk)) sites.set(sk, host.callSite(m, vt));
          } else if (r.op === Quick.invoke_direct && r.ref instanceof RtMethod) {
            callee(r.ref);
          }
          if (r.ref instanceof RtClass) cls(r.ref);
        }
      }
      pc += len;
    }
    // A static synchronized method locks its class's mirror.
    if (Q.method.isStatic && Q.method.isSynchronized) {
      const c = cls(Q.method.owner);
      if (!mirrorOf.has(Q.method.owner)) mirrorOf.set(Q.method.owner, host.mirrorAddress(Q.method.owner));
      (classes[c] as { mirrorAddress: number }).mirrorAddress = mirrorOf.get(Q.method.owner)!;
    }
  };

  const memberData: MemberData[] = [];
  for (const { id, P } of members) {
    const k = ship(P, 1);
    // Every P reachable through inline candidates gets a record id of its own for this member.
    const reach = new Set<number>();
    const walk = (q: number): void => { for (const t of inlineTargets.get(q)!) if (t !== k && !reach.has(t)) { reach.add(t); walk(t); } };
    walk(k);
    memberData.push({ id, prepared: k, inlineIds: [...reach].map((q) => [q, host.nextId()]) });
  }
  const classIds: Array<[string, number]> = PRIMITIVE_ARRAYS.map((n) => [n, host.classId(n)]);
  const request: CompileRequest = {
    ...fixed, files, classes, methods, prepared, members: memberData, loaded: [...loaded], classIds, constRefs: [...constRefs],
    pendingStrings: [...pendingStrings], pendingClasses: [...pendingClasses], devirtualized: [...devirtualized],
    assumptions: assumptions.map((a) => ({ text: a.text, target: method(a.target) })), sites: [...sites],
  };
  return { request, objects: { methods: methodObjs, prepared: preparedObjs, assumptions } };
}

/** Instructions whose quick form the compiler asks `CompileEnv.resolve` for when the interpreter has not quickened them. */
function asksResolve(op: number): boolean {
  switch (op) {
    case Op.ldc: case Op.ldc_w:
    case Op.getfield: case Op.putfield: case Op.getstatic: case Op.putstatic:
    case Op.invokevirtual: case Op.invokespecial: case Op.invokestatic: case Op.invokeinterface: case Op.invokedynamic:
    case Op.new: case Op.anewarray: case Op.checkcast: case Op.instanceof: case Op.multianewarray:
      return true;
    default:
      return false;
  }
}
