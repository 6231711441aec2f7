/**
 * @fileoverview The worker's side of IR generation off the VM's thread (jit/compile-request.ts):
 * rebuilds the methods, classes and prepared data of a {@link CompileRequest} as stand-ins of
 * `RtMethod`, `RtClass` and `Prepared`, answers `CompileEnv` from the request, runs
 * `compileMethod` unchanged for each member into one module, optimizes it at the request's level,
 * and returns the binary with each member's metadata. Platform-neutral (no Node API): the Node
 * worker (src/host/node/jit-worker-main.ts) posts it.
 *
 * Never a guess: every stand-in is a proxy whose properties are exactly the shipped ones; reading
 * any other property, or asking a query the request did not answer, throws {@link Bailout}, so
 * that member is not compiled (it bails out as in the synchronous path).
 */
import type binaryenNs from 'binaryen';
import type { ClassFile } from '../src/classfile/types.js';
import type { Prepared } from '../src/interp/prepared.js';
import type { Resolution } from '../src/interp/linkage.js';
import type { RtClass, RtMethod } from '../src/runtime/model.js';
import { FrameStateTable } from '../deopt/frame-state.js';
import { createModule } from './binaryen-module.js';
import { Bailout, compileMethod, declareImports, type BatchMember, type CompileEnv } from './compiler.js';
import type { Assumption } from './cha.js';
import type { CompileRequest, MemberResult, RefData, ResolutionData } from './compile-request.js';

type Binaryen = typeof binaryenNs;

/** Class files the VM sent earlier, by key (a worker serves one VM). */
export type FileStore = Map<number, ClassFile>;

/** `target` as a read-only object whose missing properties fail the member. */
function strict<T extends object>(what: string, target: T): T {
  return new Proxy(target, {
    get(t, p, r) {
      if (typeof p === 'symbol' || p in t) return Reflect.get(t, p, r);
      if (p === 'then' || p === 'toJSON') return undefined; // (probes of promise and JSON machinery)
      throw new Bailout(`compile request lacks ${what}.${p}`);
    },
  });
}

/** The stand-ins of one request. */
class Snapshot {
  readonly classes: RtClass[];
  readonly methods: RtMethod[];
  readonly prepared: Prepared[];
  private readonly index = new Map<object, number>();
  readonly assumptions: Assumption[];

  constructor(readonly req: CompileRequest, files: FileStore) {
    for (const [k, f] of req.files) files.set(k, f);
    this.classes = req.classes.map((c, i) => {
      const file = c.file < 0 ? null : files.get(c.file) ?? null;
      if (c.file >= 0 && file === null) throw new Error(`class file ${c.file} of ${c.name} was never sent`);
      const o = strict(`class ${c.name}`, {
        name: c.name, id: c.id, flags: c.flags, instanceSize: c.instanceSize, file,
        isArray: c.elementSize > 0, isInterface: (c.flags & 0x0200) !== 0, isAbstract: (c.flags & 0x0400) !== 0,
        array: c.elementSize > 0 ? strict(`array class ${c.name}`, { elementSize: c.elementSize }) : null,
        toString: () => c.name,
      }) as unknown as RtClass;
      this.index.set(o, i);
      return o;
    });
    this.methods = req.methods.map((m, i) => {
      const owner = this.classes[m.owner]!;
      const info = m.index < 0 ? null : owner.file!.methods[m.index]!;
      const o = strict(`method ${req.classes[m.owner]!.name}.${m.name}${m.descriptor}`, {
        owner, name: m.name, descriptor: m.descriptor, flags: m.flags, argSlots: m.argSlots, paramKinds: m.paramKinds, returnKind: m.returnKind,
        isStatic: (m.flags & 0x0008) !== 0, isNative: (m.flags & 0x0100) !== 0, isAbstract: (m.flags & 0x0400) !== 0,
        isSynchronized: (m.flags & 0x0020) !== 0, isPrivate: (m.flags & 0x0002) !== 0,
        ...(info === null ? {} : { info, code: info.code }),
        toString: () => `${owner.name}.${m.name}${m.descriptor}`,
      }) as unknown as RtMethod;
      this.index.set(o, i);
      return o;
    });
    this.prepared = req.prepared.map((p, i) => {
      const method = this.methods[p.method]!;
      const ref: unknown[] = new Array(p.ops.length);
      for (const [pc, r] of p.refs) ref[pc] = this.ref(r);
      const o = strict(`prepared data of ${method}`, {
        method, code: method.code!.code, ops: p.ops, arg: p.arg, ref, depth: p.depth, stackOffset: p.stackOffset, maxLocals: p.maxLocals,
        isSynchronized: p.isSynchronized, verifyError: p.verifyError, profile: p.profile, compiled: p.compiled ? {} : null,
      }) as unknown as Prepared;
      this.index.set(o, i);
      return o;
    });
    this.assumptions = req.assumptions.map((a, i) => {
      const o = strict(`assumption ${a.text}`, { text: a.text, target: this.methods[a.target]! }) as unknown as Assumption;
      this.index.set(o, i);
      return o;
    });
  }

  ref(r: RefData): unknown {
    if (r === null) return undefined;
    if ('m' in r) return this.methods[r.m];
    if ('c' in r) return this.classes[r.c];
    if ('s' in r) return r.s;
    return strict(`operand (${r.x})`, {});
  }

  /** The request's index of a stand-in (-1: not one of this request's). */
  of(o: object | null): number {
    return o === null ? -1 : this.index.get(o) ?? -1;
  }
}

/** Answers from a request, keyed as the queries come. */
function answers<K, V>(what: string, entries: ReadonlyArray<[K, V]>): (k: K) => V {
  const m = new Map(entries);
  return (k) => {
    if (!m.has(k)) throw new Bailout(`compile request lacks ${what} ${String(k)}`);
    return m.get(k)!;
  };
}

/** Wasm features of every module (the synchronous path and the worker use the same). */
export function moduleFeatures(b: Binaryen): number {
  return b.Features.MVP | b.Features.NontrappingFPToInt | b.Features.SignExt | b.Features.MutableGlobals | b.Features.SIMD128;
}

/** What the worker posts back for a request. */
export interface WorkerBatch {
  readonly binary: Uint8Array | null;
  readonly genMs: number;
  readonly optMs: number;
  readonly members: MemberResult[];
}

/** Generates, optimizes and emits the module of `req` (members that bail out are left out and reported). */
export function compileRequest(b: Binaryen, req: CompileRequest, files: FileStore): WorkerBatch {
  const t0 = performance.now();
  const snap = new Snapshot(req, files);
  const loaded = answers('loadedClass', req.loaded), classIds = answers('classId', req.classIds), constRefs = answers('constRefAddress', req.constRefs);
  const pendingStrings = answers('pendingConstAddress', req.pendingStrings), pendingClasses = answers('pendingConstAddress of class', req.pendingClasses);
  const devirtualized = answers('devirtualize', req.devirtualized), sites = answers('callSite', req.sites);
  const resolved = req.prepared.map((p) => answers<number, ResolutionData | null>(`resolve in ${snap.prepared[p.method]}`, p.resolved));
  const idx = (what: string, o: object | null): number => {
    const k = snap.of(o);
    if (k < 0) throw new Bailout(`compile request lacks ${what} ${String(o)}`);
    return k;
  };
  const mod = createModule(b);
  const results: MemberResult[] = [];
  const done = new Map<number, number>(); // method index → id of a member generated so far
  try {
    mod.setFeatures(moduleFeatures(b));
    declareImports(mod, b, req.memoryPages);
    for (const mem of req.members) {
      const P = snap.prepared[mem.prepared]!;
      const self = req.prepared[mem.prepared]!.method;
      const inlineIds = new Map(mem.inlineIds);
      const records = new Map<number, { id: number; states: FrameStateTable }>();
      const env: CompileEnv = {
        binaryen: b, argsAddress: req.argsAddress, maxDepth: req.maxDepth, pollStride: req.pollStride, osrFunctions: req.osrFunctions,
        calleeId: (m) => {
          const k = idx('method', m);
          return k === self ? mem.id : done.get(k) ?? req.methods[k]!.compiledId;
        },
        calleeSlot: (m) => {
          const s = req.methods[idx('method', m)]!.slot;
          if (s < 0) throw new Bailout(`compile request lacks a reserved slot for ${m}`);
          return s;
        },
        inBatch: (m) => idx('method', m) === self,
        failed: (m) => req.methods[idx('method', m)]!.failed,
        classId: (name) => classIds(name),
        constRefAddress: (i) => constRefs(i),
        loadedClass: (name) => { const k = loaded(name); return k < 0 ? null : snap.classes[k]!; },
        devirtualize: (m, vt, holder) => {
          const a = devirtualized(`${idx('method', m)}|${vt}|${holder === null ? -1 : idx('class', holder)}`);
          return a < 0 ? null : snap.assumptions[a]!;
        },
        inlineRecord: (Q) => {
          const q = idx('prepared data', Q);
          let r = records.get(q);
          if (r === undefined) {
            const id = inlineIds.get(q);
            if (id === undefined) throw new Bailout(`compile request lacks a record id for ${Q.method}`);
            records.set(q, (r = { id, states: new FrameStateTable() }));
          }
          return r;
        },
        callSite: (m, vt) => sites(`${idx('method', m)}|${vt}`),
        speculate: (Q) => req.prepared[idx('prepared data', Q)]!.speculate,
        mirrorAddress: (cls) => req.classes[idx('class', cls)]!.mirrorAddress,
        prepared: (m) => {
          const k = req.methods[idx('method', m)]!.prepared;
          if (k < 0) throw new Bailout(`compile request lacks the prepared data of ${m}`);
          return snap.prepared[k]!;
        },
        resolve: (Q, pc): Resolution | null => {
          const r = resolved[idx('prepared data', Q)]!(pc);
          return r === null ? null : { op: r.op, arg: r.arg, ref: snap.ref(r.ref), init: r.init < 0 ? null : snap.classes[r.init]! };
        },
        initFlag: (cls) => {
          const c = req.classes[idx('class', cls)]!;
          if (!c.initFlag) throw new Bailout(`compile request lacks the init flag of ${c.name}`);
          return `c${c.id}`;
        },
        pendingConstAddress: (ref) => (typeof ref === 'string' ? pendingStrings(ref) : pendingClasses(idx('class', ref))),
      };
      const member: BatchMember = { id: mem.id, P, states: new FrameStateTable(), osrPcs: [], stops: [], callSites: [], nativeImports: new Map(), inlined: [], assumptions: [] };
      try {
        compileMethod(mod, env, member);
        done.set(self, mem.id);
        results.push({
          id: mem.id, failed: null, states: statesOf(member.states), osrPcs: member.osrPcs, stops: member.stops, callSites: member.callSites, inlined: member.inlined,
          assumptions: member.assumptions.map((a) => idx('assumption', a)),
          nativeImports: [...member.nativeImports].map(([name, m]) => [name, idx('method', m)]),
          records: [...records].map(([q, r]) => ({ id: r.id, prepared: q, states: statesOf(r.states) })),
        });
      } catch (e) {
        const id = mem.id;
        for (const f of [`m${id}`, `e${id}`, `o${id}`, `x${id}`, `d${id}`, `n${id}`]) {
          if (mod.getExport(f) !== 0) mod.removeExport(f);
          if (mod.getFunction(f) !== 0) mod.removeFunction(f);
        }
        const reason = e instanceof Bailout ? e.message : `internal compiler error: ${(e as Error)?.message ?? e}`;
        results.push({ id, failed: reason, states: [], osrPcs: [], stops: [], callSites: [], inlined: [], assumptions: [], nativeImports: [], records: [] });
      }
    }
    const t1 = performance.now();
    if (!results.some((r) => r.failed === null)) return { binary: null, genMs: t1 - t0, optMs: 0, members: results };
    if (req.level >= 0) {
      b.setOptimizeLevel(req.level);
      b.setShrinkLevel(0);
      mod.optimize();
    }
    const binary = mod.emitBinary();
    return { binary, genMs: t1 - t0, optMs: performance.now() - t1, members: results };
  } finally {
    mod.dispose();
  }
}

function statesOf(t: FrameStateTable): Array<[number, Int32Array]> {
  return [...t.pcs()].map((pc) => [pc, t.get(pc)]);
}
