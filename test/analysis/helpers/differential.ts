/**
 * @fileoverview The differential check of the analysis against javac's StackMapTable: full
 * dataflow (with the table ignored) must agree with every frame javac recorded wherever the frame
 * names a kind (top accepts anything), and with the table-driven analysis at every pc.
 */
import { buildMethodAnalysis } from '../../../src/analysis/frames.js';
import { SlotKind, formatKinds } from '../../../src/analysis/slot-kind.js';
import type { ClassFile, MethodInfo, VerificationType } from '../../../src/classfile/types.js';

/** Kinds of a frame's verification types, long/double expanded to two slots (written independently of src/analysis). */
export function frameKinds(types: readonly VerificationType[]): number[] {
  const out: number[] = [];
  for (const t of types) {
    switch (t.kind) {
      case 'top':
        out.push(SlotKind.Unusable);
        break;
      case 'int':
        out.push(SlotKind.Int);
        break;
      case 'float':
        out.push(SlotKind.Float);
        break;
      case 'long':
        out.push(SlotKind.Long, SlotKind.Long2);
        break;
      case 'double':
        out.push(SlotKind.Double, SlotKind.Double2);
        break;
      default:
        out.push(SlotKind.Ref);
    }
  }
  return out;
}

/** True when `actual` has the kind of every slot `expected` names (Unusable in `expected` accepts anything). */
function compatible(expected: ArrayLike<number>, actual: ArrayLike<number>): boolean {
  for (let i = 0; i < expected.length; i++) if (expected[i] !== SlotKind.Unusable && expected[i] !== actual[i]) return false;
  return true;
}

/** Statistics of a differential run, so tests can assert the check did real work. */
export interface DifferentialStats {
  methods: number;
  frames: number;
  pcs: number;
}

/** Compares dataflow without the StackMapTable to the table; returns descriptions of disagreements. */
export function differential(cls: ClassFile, method: MethodInfo, stats?: DifferentialStats): string[] {
  const problems: string[] = [];
  const where = (pc: number): string => `${cls.name}.${method.name}${method.descriptor} @${pc}`;
  const flow = buildMethodAnalysis(cls, method, { ignoreStackMap: true });
  const mapped = buildMethodAnalysis(cls, method);
  if (stats) stats.methods++;
  for (const frame of method.code!.stackMap ?? []) {
    if (stats) stats.frames++;
    if (!flow.isReachable(frame.pc)) {
      problems.push(`${where(frame.pc)}: stack map frame at a pc the dataflow finds unreachable`);
      continue;
    }
    const kinds = flow.kindsAt(frame.pc);
    const locals = frameKinds(frame.locals);
    const stack = frameKinds(frame.stack);
    if (!compatible(locals, kinds.locals) || stack.length !== kinds.stack.length || !compatible(stack, kinds.stack)) {
      problems.push(
        `${where(frame.pc)}: frame locals ${formatKinds(locals)} stack ${formatKinds(stack)}, ` +
          `dataflow locals ${formatKinds(kinds.locals)} stack ${formatKinds(kinds.stack)}`,
      );
    }
  }
  for (const pc of flow.cfg.instructions.starts) {
    if (flow.isReachable(pc) !== mapped.isReachable(pc)) {
      problems.push(`${where(pc)}: reachability differs between dataflow and stack-map analysis`);
      continue;
    }
    if (!flow.isReachable(pc)) continue;
    if (stats) stats.pcs++;
    const a = mapped.kindsAt(pc);
    const b = flow.kindsAt(pc);
    if (a.stack.length !== b.stack.length || !compatible(a.locals, b.locals) || !compatible(a.stack, b.stack)) {
      problems.push(
        `${where(pc)}: stack-map analysis locals ${formatKinds(a.locals)} stack ${formatKinds(a.stack)}, ` +
          `dataflow locals ${formatKinds(b.locals)} stack ${formatKinds(b.stack)}`,
      );
    }
  }
  return problems;
}
