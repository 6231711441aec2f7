/**
 * @fileoverview Helpful NullPointerException messages (JEP 358), as HotSpot 17 prints them:
 * `Cannot invoke "String.length()" because "s" is null`. The failing action comes from the
 * instruction at the faulting pc; the null value's description comes from the instruction that
 * pushed it, found by a small abstract interpretation that tracks, for every operand-stack slot,
 * the pc of the instruction that produced it (merged to "unknown" where paths disagree).
 */
import { instructionLength, Op, OPCODES, readI16, readU16 } from '../classfile/opcodes.js';
import { CpTag, type ClassFile, type MethodInfo } from '../classfile/types.js';
import { parameterDescriptors, typeName } from './class-names.js';
import type { RtMethod } from './model.js';
import type { Vm } from './vm.js';

/** Stack-slot sources per pc: each entry is the pc that pushed the slot, or -1 when unknown. */
type Sources = Int32Array;

/** Bytes a field descriptor takes on the operand stack, in slots. */
function slotsOf(desc: string): number {
  return desc === 'J' || desc === 'D' ? 2 : desc === 'V' ? 0 : 1;
}

/** HotSpot abbreviates only these two class names in NPE messages. */
function className(internal: string): string {
  if (internal === 'java/lang/Object') return 'Object';
  if (internal === 'java/lang/String') return 'String';
  return internal.replace(/\//g, '.');
}

/** A method reference as HotSpot's NPE messages print it: `N.name(int, String)`. */
function methodText(owner: string, name: string, desc: string): string {
  const params = parameterDescriptors(desc).map((d) => {
    if (d.startsWith('L')) return className(d.substring(1, d.length - 1));
    return typeName(d).replace(/^java\.lang\.(Object|String)/, '$1');
  });
  return `${className(owner)}.${name}(${params.join(', ')})`;
}

interface MemberRef { owner: string; name: string; descriptor: string }

function memberAt(cf: ClassFile, code: Uint8Array, pc: number): MemberRef | null {
  const e = cf.constantPool[readU16(code, pc + 1)];
  if (!e || (e.tag !== CpTag.Fieldref && e.tag !== CpTag.Methodref && e.tag !== CpTag.InterfaceMethodref)) return null;
  return e;
}

/** Stack effect (pops, pushes) in slots of the instruction at `pc`, descriptor-aware. */
function effect(cf: ClassFile, code: Uint8Array, pc: number): [number, number] {
  const op = code[pc]!;
  switch (op) {
    case Op.getstatic: return [0, slotsOf(memberAt(cf, code, pc)?.descriptor ?? 'I')];
    case Op.putstatic: return [slotsOf(memberAt(cf, code, pc)?.descriptor ?? 'I'), 0];
    case Op.getfield: return [1, slotsOf(memberAt(cf, code, pc)?.descriptor ?? 'I')];
    case Op.putfield: return [1 + slotsOf(memberAt(cf, code, pc)?.descriptor ?? 'I'), 0];
    case Op.invokevirtual: case Op.invokespecial: case Op.invokestatic: case Op.invokeinterface: {
      const m = memberAt(cf, code, pc);
      if (!m) return [0, 0];
      let args = op === Op.invokestatic ? 0 : 1;
      for (const p of parameterDescriptors(m.descriptor)) args += slotsOf(p);
      return [args, slotsOf(m.descriptor.substring(m.descriptor.indexOf(')') + 1))];
    }
    case Op.invokedynamic: {
      const e = cf.constantPool[readU16(code, pc + 1)];
      if (!e || e.tag !== CpTag.InvokeDynamic) return [0, 0];
      let args = 0;
      for (const p of parameterDescriptors(e.descriptor)) args += slotsOf(p);
      return [args, slotsOf(e.descriptor.substring(e.descriptor.indexOf(')') + 1))];
    }
    case Op.multianewarray: return [code[pc + 3]!, 1];
    case Op.wide: {
      const w = code[pc + 1]!;
      if (w === Op.iinc || w === Op.ret) return [0, 0];
      const info = OPCODES[w]!;
      return [info.pops, info.pushes];
    }
    case Op.ldc2_w: return [0, 2];
    default: {
      const info = OPCODES[op];
      return info ? [Math.max(0, info.pops), Math.max(0, info.pushes)] : [0, 0];
    }
  }
}

/** Applies the instruction at `pc` to a copy of `stack`; returns the new stack. */
function step(cf: ClassFile, code: Uint8Array, pc: number, stack: number[]): number[] {
  const s = stack.slice();
  const op = code[pc]!;
  const n = s.length;
  switch (op) {
    case Op.dup: s.push(s[n - 1]!); return s;
    case Op.dup_x1: s.splice(n - 2, 0, s[n - 1]!); return s;
    case Op.dup_x2: s.splice(n - 3, 0, s[n - 1]!); return s;
    case Op.dup2: s.push(s[n - 2]!, s[n - 1]!); return s;
    case Op.dup2_x1: s.splice(n - 3, 0, s[n - 2]!, s[n - 1]!); return s;
    case Op.dup2_x2: s.splice(n - 4, 0, s[n - 2]!, s[n - 1]!); return s;
    case Op.swap: [s[n - 1], s[n - 2]] = [s[n - 2]!, s[n - 1]!]; return s;
  }
  const [pops, pushes] = effect(cf, code, pc);
  s.length = Math.max(0, n - pops);
  for (let i = 0; i < pushes; i++) s.push(pc);
  return s;
}

/** Control-flow successors of the instruction at `pc` (without exception edges). */
function successors(code: Uint8Array, pc: number, len: number): number[] {
  const op = code[pc]!;
  if ((op >= Op.ifeq && op <= Op.if_acmpne) || op === Op.ifnull || op === Op.ifnonnull) return [pc + len, pc + readI16(code, pc + 1)];
  if (op === Op.goto) return [pc + readI16(code, pc + 1)];
  if (op === Op.goto_w) return [pc + ((code[pc + 1]! << 24) | (code[pc + 2]! << 16) | (code[pc + 3]! << 8) | code[pc + 4]!)];
  if ((op >= Op.ireturn && op <= Op.return) || op === Op.athrow || op === Op.ret || op === Op.jsr || op === Op.jsr_w) return [];
  if (op === Op.tableswitch || op === Op.lookupswitch) {
    const base = (pc + 4) & ~3;
    const rd = (at: number) => (code[at]! << 24) | (code[at + 1]! << 16) | (code[at + 2]! << 8) | code[at + 3]!;
    const out = [pc + rd(base)];
    if (op === Op.tableswitch) {
      const lo = rd(base + 4), hi = rd(base + 8);
      for (let i = 0; i <= hi - lo; i++) out.push(pc + rd(base + 12 + i * 4));
    } else {
      const np = rd(base + 4);
      for (let i = 0; i < np; i++) out.push(pc + rd(base + 12 + i * 8));
    }
    return out;
  }
  return [pc + len];
}

/** Stack sources before the instruction at `target`, or null when it cannot be determined. */
function sourcesAt(cf: ClassFile, m: MethodInfo, target: number): Sources | null {
  const code = m.code!.code;
  const states = new Map<number, number[]>();
  const work: number[] = [0];
  states.set(0, []);
  for (const h of m.code!.exceptionTable) {
    states.set(h.handlerPc, [-1]);
    work.push(h.handlerPc);
  }
  let guard = 0;
  while (work.length > 0 && guard++ < 100000) {
    const pc = work.pop()!;
    const len = instructionLength(code, pc);
    if (len <= 0) return null;
    const out = step(cf, code, pc, states.get(pc)!);
    for (const next of successors(code, pc, len)) {
      const prev = states.get(next);
      if (!prev) {
        states.set(next, out);
        work.push(next);
      } else if (prev.length === out.length) {
        let changed = false;
        const merged = prev.map((v, i) => {
          if (v !== out[i] && v !== -1) { changed = true; return -1; }
          return v;
        });
        if (changed) { states.set(next, merged); work.push(next); }
      }
    }
  }
  const st = states.get(target);
  return st ? Int32Array.from(st) : null;
}

/** The name of local `index` at `pc`: its LocalVariableTable name, `this`, or HotSpot's placeholders. */
function localName(m: RtMethod, index: number, pc: number): string {
  for (const v of m.code!.localVariables) {
    if (v.index === index && pc >= v.startPc && pc < v.startPc + v.length) return v.name;
  }
  if (!m.isStatic && index === 0) return 'this';
  let slot = m.isStatic ? 0 : 1;
  const params = parameterDescriptors(m.descriptor);
  for (let i = 0; i < params.length; i++) {
    if (slot === index) return `<parameter${i + 1}>`;
    slot += slotsOf(params[i]!);
  }
  return `<local${index}>`;
}

/** Describes the value pushed by the instruction at `pc` (`x.next`, `N.sn`, `ns[1]`), or null. */
function describe(m: RtMethod, sources: (pc: number) => Sources | null, pc: number, depth: number): string | null {
  if (pc < 0 || depth > 5) return null;
  const cf = m.owner.file!;
  const code = m.code!.code;
  const op = code[pc]!;
  if (op >= Op.aload_0 && op <= Op.aload_3) return localName(m, op - Op.aload_0, pc);
  if (op >= Op.iload_0 && op <= Op.iload_3) return localName(m, op - Op.iload_0, pc);
  if (op === Op.aload || op === Op.iload) return localName(m, code[pc + 1]!, pc);
  if (op === Op.wide) return localName(m, readU16(code, pc + 2), pc);
  if (op === Op.aconst_null) return 'null';
  if (op >= Op.iconst_m1 && op <= Op.iconst_5) return String(op - Op.iconst_0);
  if (op === Op.bipush) return String((code[pc + 1]! << 24) >> 24);
  if (op === Op.sipush) return String(readI16(code, pc + 1));
  if (op === Op.getstatic) {
    const f = memberAt(cf, code, pc);
    return f ? `${className(f.owner)}.${f.name}` : null;
  }
  const st = sources(pc);
  if (op === Op.getfield) {
    const f = memberAt(cf, code, pc);
    if (!f) return null;
    const obj = st ? describe(m, sources, st[st.length - 1]!, depth + 1) : null;
    return obj ? `${obj}.${f.name}` : f.name;
  }
  if (op === Op.aaload || (op >= Op.iaload && op <= Op.saload)) {
    if (!st) return null;
    const arr = describe(m, sources, st[st.length - 2]!, depth + 1);
    const idx = describe(m, sources, st[st.length - 1]!, depth + 1) ?? '...';
    return arr ? `${arr}[${idx}]` : null;
  }
  if (op === Op.checkcast) return st ? describe(m, sources, st[st.length - 1]!, depth) : null;
  return null;
}

const ARRAY_KIND: Record<number, string> = {
  [Op.iaload]: 'int', [Op.laload]: 'long', [Op.faload]: 'float', [Op.daload]: 'double', [Op.aaload]: 'object',
  [Op.baload]: 'byte/boolean', [Op.caload]: 'char', [Op.saload]: 'short',
};

/** The JEP 358 message for an NPE raised by the instruction at `pc` of `m`, or null. */
export function helpfulNpeMessage(_vm: Vm, m: RtMethod, pc: number): string | null {
  if (!m.code || !m.owner.file) return null;
  const cf = m.owner.file;
  const code = m.code.code;
  const op = code[pc]!;
  let action: string;
  let nullDepth: number; // slots below the top of stack where the null reference sits
  switch (op) {
    case Op.getfield: action = `Cannot read field "${memberAt(cf, code, pc)?.name}"`; nullDepth = 0; break;
    case Op.putfield: {
      const f = memberAt(cf, code, pc);
      action = `Cannot assign field "${f?.name}"`;
      nullDepth = slotsOf(f?.descriptor ?? 'I');
      break;
    }
    case Op.invokevirtual: case Op.invokespecial: case Op.invokeinterface: {
      const r = memberAt(cf, code, pc);
      if (!r) return null;
      action = `Cannot invoke "${methodText(r.owner, r.name, r.descriptor)}"`;
      nullDepth = 0;
      for (const p of parameterDescriptors(r.descriptor)) nullDepth += slotsOf(p);
      break;
    }
    case Op.arraylength: action = 'Cannot read the array length'; nullDepth = 0; break;
    case Op.athrow: action = 'Cannot throw exception'; nullDepth = 0; break;
    case Op.monitorenter: action = 'Cannot enter synchronized block'; nullDepth = 0; break;
    case Op.monitorexit: action = 'Cannot exit synchronized block'; nullDepth = 0; break;
    default:
      if (op >= Op.iaload && op <= Op.saload) {
        action = `Cannot load from ${ARRAY_KIND[op]} array`;
        nullDepth = 1;
      } else if (op >= Op.iastore && op <= Op.sastore) {
        action = `Cannot store to ${ARRAY_KIND[op - Op.iastore + Op.iaload]} array`;
        nullDepth = op === Op.lastore || op === Op.dastore ? 3 : 2;
      } else {
        return null;
      }
  }
  const cache = new Map<number, Sources | null>();
  const sources = (at: number): Sources | null => {
    if (!cache.has(at)) cache.set(at, sourcesAt(cf, m.info, at));
    return cache.get(at)!;
  };
  const st = sources(pc);
  if (!st || st.length <= nullDepth) return action;
  const src = st[st.length - 1 - nullDepth]!;
  if (src < 0) return action;
  const srcOp = code[src]!;
  if (srcOp >= Op.invokevirtual && srcOp <= Op.invokedynamic && srcOp !== Op.invokedynamic) {
    const r = memberAt(cf, code, src);
    return r ? `${action} because the return value of "${methodText(r.owner, r.name, r.descriptor)}" is null` : action;
  }
  const desc = describe(m, sources, src, 0);
  return desc ? `${action} because "${desc}" is null` : action;
}
