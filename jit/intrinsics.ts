/**
 * @fileoverview Calls the compiler replaces by wasm instructions or by a direct import call
 * (docs/jit.md "Intrinsics"). Without them a method calling `Math.sqrt` (a VM native) or
 * `Math.abs(double)` (Java code over two natives) could not compile at all, since compiled code
 * never calls natives through the interpreter. Every intrinsic gives exactly the interpreter's
 * result: the wasm instructions are IEEE-exact (sqrt, floor, ceil, nearest = rint, abs, min/max
 * with Java's NaN and -0.0 rules), and the other math natives are called as imports, i.e. the
 * very same TypeScript function the interpreter's native calls.
 */
import type binaryenNs from 'binaryen';
import type { RtMethod } from '../src/runtime/model.js';

type Module = binaryenNs.Module;
type Expr = number;

/** Emits an intrinsic over its argument expressions (each argument may be used only once). */
export type WasmIntrinsic = (m: Module, args: Expr[], fresh: () => Expr[]) => Expr;

const MATH = new Set(['java/lang/Math', 'java/lang/StrictMath']);

/** Native math functions called as imports (module `natives`, name `owner.name+descriptor`). */
const NATIVE_UNARY = new Set(['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'exp', 'log', 'log10', 'log1p', 'expm1',
  'sinh', 'cosh', 'tanh', 'cbrt']);
const NATIVE_BINARY = new Set(['atan2', 'hypot', 'pow', 'IEEEremainder']);

/**
 * Intrinsics by `owner.name+descriptor`. `fresh` re-reads the arguments (for instructions that
 * use an argument twice, e.g. `abs(int)` as `x < 0 ? -x : x`).
 */
const WASM: Record<string, WasmIntrinsic> = {
  'sqrt(D)D': (m, a) => m.f64.sqrt(a[0]!),
  'floor(D)D': (m, a) => m.f64.floor(a[0]!),
  'ceil(D)D': (m, a) => m.f64.ceil(a[0]!),
  'rint(D)D': (m, a) => m.f64.nearest(a[0]!),
  'abs(D)D': (m, a) => m.f64.abs(a[0]!),
  'abs(F)F': (m, a) => m.f32.abs(a[0]!),
  'abs(I)I': (m, a, f) => m.select(m.i32.lt_s(a[0]!, m.i32.const(0)), m.i32.sub(m.i32.const(0), f()[0]!), f()[0]!),
  'abs(J)J': (m, a, f) => m.select(m.i64.lt_s(a[0]!, m.i64.const(0, 0)), m.i64.sub(m.i64.const(0, 0), f()[0]!), f()[0]!),
  // wasm min/max: NaN if either is NaN, and -0.0 < 0.0, exactly Java's Math.min/max.
  'min(DD)D': (m, a) => m.f64.min(a[0]!, a[1]!),
  'max(DD)D': (m, a) => m.f64.max(a[0]!, a[1]!),
  'min(FF)F': (m, a) => m.f32.min(a[0]!, a[1]!),
  'max(FF)F': (m, a) => m.f32.max(a[0]!, a[1]!),
  'min(II)I': (m, a, f) => m.select(m.i32.le_s(a[0]!, a[1]!), f()[0]!, f()[1]!),
  'max(II)I': (m, a, f) => m.select(m.i32.ge_s(a[0]!, a[1]!), f()[0]!, f()[1]!),
  'min(JJ)J': (m, a, f) => m.select(m.i64.le_s(a[0]!, a[1]!), f()[0]!, f()[1]!),
  'max(JJ)J': (m, a, f) => m.select(m.i64.ge_s(a[0]!, a[1]!), f()[0]!, f()[1]!),
};

const BITS: Record<string, WasmIntrinsic> = {
  'java/lang/Double.doubleToRawLongBits(D)J': (m, a) => m.i64.reinterpret(a[0]!),
  'java/lang/Double.longBitsToDouble(J)D': (m, a) => m.f64.reinterpret(a[0]!),
  'java/lang/Float.floatToRawIntBits(F)I': (m, a) => m.i32.reinterpret(a[0]!),
  'java/lang/Float.intBitsToFloat(I)F': (m, a) => m.f32.reinterpret(a[0]!),
};

/** How a call of `target` is compiled when it is an intrinsic. */
export type Intrinsic = { kind: 'wasm'; emit: WasmIntrinsic; name: string } | { kind: 'import'; name: string; arity: 1 | 2 }
  /** An `env` import returning 1 when it did the call's work, 0 when the interpreter must make the call (deopt). */
  | { kind: 'checked'; name: string };

/** The intrinsic for a call of `target`, or null. */
export function intrinsicFor(target: RtMethod): Intrinsic | null {
  const key = target.name + target.descriptor;
  const owner = target.owner.name;
  if (MATH.has(owner)) {
    const w = WASM[key];
    if (w !== undefined) return { kind: 'wasm', emit: w, name: `${owner}.${key}` };
    if (target.code === null && key === `${target.name}(D)D` && NATIVE_UNARY.has(target.name)) return { kind: 'import', name: `${owner}.${key}`, arity: 1 };
    if (target.code === null && key === `${target.name}(DD)D` && NATIVE_BINARY.has(target.name)) return { kind: 'import', name: `${owner}.${key}`, arity: 2 };
    return null;
  }
  if (owner === 'java/lang/System' && key === 'arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V') return { kind: 'checked', name: 'arraycopy' };
  // The monitor's notify (jit/runtime.ts monitorImports): done when the thread owns it, else the native throws.
  if (owner === 'java/lang/Object' && (key === 'notify()V' || key === 'notifyAll()V')) return { kind: 'checked', name: target.name };
  const b = BITS[`${owner}.${key}`];
  return b === undefined ? null : { kind: 'wasm', emit: b, name: `${owner}.${key}` };
}
