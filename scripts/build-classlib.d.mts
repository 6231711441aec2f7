/**
 * @fileoverview Types for scripts/build-classlib.mjs, so TypeScript tests and tools can import
 * its class-file reader and classlib.bin packer.
 */

/** One field or method of a class file (JVMS §4.5, §4.6). */
export interface MemberInfo {
  kind: 'field' | 'method';
  name: string;
  descriptor: string;
  /** access_flags */
  flags: number;
}

/** One native method, as listed in build/classlib-natives.json. */
export interface NativeInfo {
  class: string;
  name: string;
  descriptor: string;
  static: boolean;
}

/** What the build reads from one class file. */
export interface ClassInfo {
  /** Internal name, e.g. java/lang/String. */
  name: string;
  accessFlags: number;
  superName: string | null;
  /** Every class named by the constant pool or a descriptor (the class itself excluded). */
  referenced: Set<string>;
  natives: NativeInfo[];
  members: MemberInfo[];
}

/** Repository root. */
export const ROOT: string;
/** src/classlib */
export const SOURCE_DIR: string;
/** build/classlib */
export const CLASS_DIR: string;
/** build/classlib.bin */
export const BIN_PATH: string;
/** build/classlib-natives.json */
export const NATIVES_PATH: string;
/** Bootstrap classes the VM intercepts and the library may name without defining. */
export const VM_INTERCEPTED: Set<string>;
/** The javac flags fixed by the contract. */
export const JAVAC_FLAGS: string[];

/** Files under dir whose names end with suffix, sorted. */
export function listFiles(dir: string, suffix: string): string[];
/** Decodes a CONSTANT_Utf8 payload (JVMS §4.4.7). */
export function decodeModifiedUtf8(bytes: Uint8Array, start: number, end: number): string;
/** Reads a class file. */
export function readClassInfo(bytes: Uint8Array): ClassInfo;
/** Packs classes (sorted by name) into the classlib.bin format. */
export function packClasses(entries: { name: string; bytes: Uint8Array }[]): Buffer;
/** Reads classlib.bin into a map from internal name to class-file bytes. */
export function unpackClasses(buf: Buffer): Map<string, Buffer>;
/** Missing classes, each with the sorted list of library classes naming it. */
export function findMissing(infos: ClassInfo[]): Map<string, string[]>;
/** Compiles src/classlib into classDir (default build/classlib); throws with javac's output on failure. */
export function compile(log: (message: string) => void, classDir?: string): void;
/** Runs the whole build into outDir (default build/). */
export function buildClasslib(options?: { allowMissing?: boolean; quiet?: boolean; outDir?: string }): {
  classes: number;
  natives: NativeInfo[];
  missing: Map<string, string[]>;
};
