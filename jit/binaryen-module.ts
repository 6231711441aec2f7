/**
 * @fileoverview New Binaryen modules for the JIT, with `global.get` and `global.set` that do not
 * leak Binaryen's C stack. binaryen.js's own copy the global's name onto the stack of Binaryen's
 * wasm instance (`strToStack`) without restoring the stack pointer (WebAssembly/binaryen#4921):
 * 16 bytes per call, for the life of the Binaryen instance. Compiled code reads and writes its
 * globals (`depth`, `deopt`, `budget`, `ub`) several times per method, so an -Xcomp run of a small
 * program leaked 0.2-0.4 MB of the 5 MB stack; a process that loads Binaryen once and runs one VM
 * after another (the test harness's warm runners, an embedder's VMs) ran off its end after a dozen
 * such runs, into Binaryen's heap, and from then on every compile failed ("memory access out of
 * bounds", then C++ exceptions), in this VM and in every later one; a single VM compiling a few
 * thousand methods would too. These call Binaryen's C API with the names in its heap, copied there
 * once per Binaryen instance.
 */
import type binaryenNs from 'binaryen';

type Binaryen = typeof binaryenNs;
type Module = InstanceType<Binaryen['Module']>;

/** The parts of Binaryen's emscripten module used here (exported by binaryen.js, not in its typings). */
interface BinaryenC {
  _malloc(bytes: number): number;
  /** Writes `s` (ASCII) and a NUL at `address` of Binaryen's heap. */
  stringToAscii(s: string, address: number): void;
  _BinaryenGlobalGet(module: number, name: number, type: number): number;
  _BinaryenGlobalSet(module: number, name: number, value: number): number;
}

/**
 * Per Binaryen instance, the names copied into its heap (a few global names: the runtime's four and
 * `c<class id>`, the class-initialization flags, bounded by the classes of a VM).
 */
const names = new WeakMap<Binaryen, Map<string, number>>();

/** The address of `name`, NUL-terminated, in `b`'s heap (copied on first use, never freed). */
function nameIn(b: Binaryen, name: string): number {
  let table = names.get(b);
  if (table === undefined) names.set(b, (table = new Map()));
  let address = table.get(name);
  if (address === undefined) {
    const c = b as unknown as BinaryenC;
    address = c._malloc(name.length + 1);
    if (address === 0) throw new Error(`Binaryen is out of memory for the name ${name}`);
    c.stringToAscii(name, address);
    table.set(name, address);
  }
  return address;
}

/** A new module of `b` whose `global.get`/`global.set` leave Binaryen's stack as they found it. */
export function createModule(b: Binaryen): Module {
  const m = new b.Module();
  const c = b as unknown as BinaryenC;
  m.global.get = (name: string, type: number) => c._BinaryenGlobalGet(m.ptr, nameIn(b, name), type);
  m.global.set = (name: string, value: number) => c._BinaryenGlobalSet(m.ptr, nameIn(b, name), value);
  return m;
}
