/**
 * @fileoverview Per-method interpreter side tables. The bytecode is never modified (analysis, JIT
 * side tables and images rely on it); instead `ops` is a copy in which resolved instructions are
 * replaced by "quick" variants, and `arg`/`ref` hold what resolution found, indexed by pc. What the
 * interpreter loop actually dispatches on is the register code `q` (register-code.ts), translated
 * from the bytecode and the quickened `ops` (translate.ts).
 */
import { Op, instructionLength, readU16 } from '../classfile/opcodes.js';
import { CpTag, type CpEntry } from '../classfile/types.js';
import type { RtMethod } from '../runtime/model.js';
import { JavaThrow } from '../runtime/errors.js';
import type { CodeSpace } from './code-space.js';
import type { InterfaceSite } from './call-sites.js';
import { operandDepths } from './stack-depth.js';
import { translateMethod } from './translate.js';
import { NEVER } from './tiering.js';

export { Quick } from './quick.js';

/** Interpreter data for one method. */
export class Prepared {
  readonly code: Uint8Array;
  /** Opcodes as dispatched; quickened in place. */
  readonly ops: Uint8Array;
  /** Integer operand of a quickened instruction, by pc. */
  readonly arg: Int32Array;
  /** Object operand of a quickened instruction, by pc. */
  readonly ref: unknown[];
  readonly maxLocals: number;
  /** Offset from `lp` to the operand stack base (locals, plus a lock slot for synchronized methods). */
  readonly stackOffset: number;
  readonly isSynchronized: boolean;
  /** Operand-stack depth before each instruction, by pc; -1 where no reachable instruction starts. */
  readonly depth: Int32Array;
  /** Register code: four words per pc (register-code.ts), a view of this method's range of the VM's code space. */
  q!: Int32Array;
  /** Index in the code space's words of this method's pc 0; branch targets in `q` are absolute indices. */
  readonly qBase: number;
  /** For each pc, the pc of the main instruction of the fused run its entry executes (itself when none). */
  readonly mainPc: Int32Array;
  /** Why the code cannot run (inconsistent stack depths), thrown as VerifyError when it is entered. */
  readonly verifyError: string | null = null;
  /** Inline caches of the interface calls, by pc (call-sites.ts). */
  readonly interfaceSites: Array<InterfaceSite | undefined> = [];
  /**
   * For each pc holding a long or double constant push (lconst, dconst, ldc2_w), the index in the
   * code space's words of that constant in this method's constant area; -1 elsewhere.
   */
  readonly constantAt: Int32Array;
  /** Calls left before the tier is asked about this method (src/interp/tiering.ts); <= 0 once it has code. */
  hot: number;
  /** Taken backward branches left before the tier is asked about on-stack replacement. */
  loops: number;
  /** Installed compiled code (owned by the tier; opaque here), or null. */
  compiled: unknown = null;
  /**
   * Branch profile, once the tier made the method warm (translate.ts `startProfiling`): for each pc
   * of a forward conditional branch, [2 pc] = times taken, [2 pc + 1] = times not taken. Null
   * until then (always with -Xint): the register code then has no profiling at all.
   */
  profile: Int32Array | null = null;
  /** Whether the register code counts into {@link profile} now (the method runs without compiled code). */
  profiling = false;

  constructor(readonly method: RtMethod, space: CodeSpace) {
    this.hot = space.tiering?.invokeThreshold ?? NEVER;
    this.loops = space.tiering?.loopThreshold ?? NEVER;
    const code = method.code!;
    const n = code.code.length;
    this.code = code.code;
    this.ops = Uint8Array.from(code.code); // a copy: Buffer#slice would alias the bytecode
    this.arg = new Int32Array(n);
    this.ref = new Array(n);
    this.maxLocals = code.maxLocals;
    this.isSynchronized = method.isSynchronized;
    this.stackOffset = code.maxLocals + (this.isSynchronized ? 1 : 0);
    let depth: Int32Array;
    try {
      depth = operandDepths(method);
    } catch (e) {
      if (!(e instanceof JavaThrow)) throw e;
      // Every entry becomes COLD, which throws the error when the method runs (JVMS §4.10).
      this.verifyError = e.javaMessage ?? 'Inconsistent stack height';
      depth = new Int32Array(n).fill(-1);
    }
    this.depth = depth;
    this.constantAt = new Int32Array(n).fill(-1);
    const constants = wideConstants(this.code, method);
    this.qBase = 4 * space.allocate(this, n + constants.length);
    constants.forEach(([pc, lo, hi], k) => {
      const at = 4 * (n + k);
      this.q[at] = lo;
      this.q[at + 1] = hi;
      this.constantAt[pc] = this.qBase + at;
    });
    this.mainPc = new Int32Array(n);
    translateMethod(this);
  }
}

/** The long and double constants the instructions of `code` push: [pc, low word, high word]. */
function wideConstants(code: Uint8Array, method: RtMethod): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  const cp = method.owner.file!.constantPool;
  const bits = new Float64Array(1), words = new Int32Array(bits.buffer);
  for (let pc = 0; pc < code.length;) {
    const op = code[pc]!;
    if (op === Op.lconst_0 || op === Op.lconst_1) out.push([pc, op - Op.lconst_0, 0]);
    else if (op === Op.dconst_0 || op === Op.dconst_1 || op === Op.ldc2_w) {
      const e: CpEntry | undefined = op === Op.ldc2_w ? cp[readU16(code, pc + 1)] : { tag: CpTag.Double, value: op - Op.dconst_0 };
      if (e?.tag === CpTag.Long) out.push([pc, e.lo, e.hi]);
      else if (e?.tag === CpTag.Double) {
        bits[0] = e.value;
        out.push([pc, words[0]!, words[1]!]);
      }
    }
    const len = instructionLength(code, pc);
    if (len <= 0) break;
    pc += len;
  }
  return out;
}

/** The method's prepared data, created (in `space`, its VM's code space) on first use. */
export function prepared(m: RtMethod, space: CodeSpace): Prepared {
  const p = m.prepared as Prepared | null;
  return p !== null ? p : prepare(m, space);
}

/** Slow path of {@link prepared}, apart so that V8 does not inline translation into the interpreter loop. */
function prepare(m: RtMethod, space: CodeSpace): Prepared {
  const p = new Prepared(m, space);
  m.prepared = p;
  return p;
}
