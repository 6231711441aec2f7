/**
 * @fileoverview Where class-file bytes come from: the packed class library (`classlib.bin`,
 * defined by the boot loader) and the application class path (directories and jars, defined by
 * the app loader). Parsing and linking happen elsewhere; this only finds bytes by name.
 */
import { JarFile } from '../classfile/jar.js';
import type { Host } from '../host/host.js';
import type { Loader } from './model.js';

/** Found class bytes and the loader that defines them. */
export interface ClassSource {
  bytes: Uint8Array;
  loader: Loader;
}

/** The packed class library: an index over one buffer (format in scripts/build-classlib.mjs). */
export class ClassLibrary {
  private readonly index = new Map<string, [number, number]>();

  constructor(private readonly data: Uint8Array) {
    const magic = String.fromCharCode(data[0]!, data[1]!, data[2]!, data[3]!);
    if (magic !== 'TCL1') throw new Error('classlib.bin: bad magic');
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const count = view.getUint32(4);
    let at = 8;
    const dec = new TextDecoder();
    for (let i = 0; i < count; i++) {
      const nameLen = view.getUint16(at);
      const name = dec.decode(data.subarray(at + 2, at + 2 + nameLen));
      at += 2 + nameLen;
      const len = view.getUint32(at);
      at += 4;
      this.index.set(name, [at, len]);
      at += len;
    }
  }

  /** Class-file bytes of `name`, or null. */
  get(name: string): Uint8Array | null {
    const e = this.index.get(name);
    return e ? this.data.subarray(e[0], e[0] + e[1]) : null;
  }

  /** Names of every class in the library. */
  names(): IterableIterator<string> {
    return this.index.keys();
  }
}

/** One application class-path entry. */
interface PathEntry {
  read(name: string): Uint8Array | null;
  /** Internal names of the classes it holds. */
  list(): string[];
}

/** The application class path (`-cp`), searched in order. */
export class ClassPath {
  private readonly entries: PathEntry[] = [];

  constructor(private readonly host: Host, private readonly library: ClassLibrary) {}

  /** Adds a directory or jar; missing entries are ignored, as `java` does. */
  add(path: string): void {
    if (path === '') return;
    if (this.host.isDirectory(path)) {
      const host = this.host;
      this.entries.push({
        read: (name) => host.readFile(host.joinPath(path, name + '.class')),
        list: () => classNames(host.listFiles(path) ?? []),
      });
      return;
    }
    const bytes = this.host.readFile(path);
    if (!bytes) return;
    const jar = openJar(bytes, this.host);
    if (jar) this.entries.push({ read: (name) => jar.read(name + '.class'), list: () => classNames(jar.entries()) });
  }

  /** Adds an entry that answers from memory (the application classes of a restored image). */
  addInMemory(classes: ReadonlyMap<string, Uint8Array>): void {
    this.entries.push({ read: (name) => classes.get(name) ?? null, list: () => [...classes.keys()] });
  }

  /** Every class the application class path offers, with its bytes (first entry wins, as for loading). */
  applicationClasses(): Map<string, Uint8Array> {
    const out = new Map<string, Uint8Array>();
    for (const e of this.entries) {
      for (const name of e.list()) {
        if (out.has(name) || this.library.get(name)) continue;
        const bytes = e.read(name);
        if (bytes) out.set(name, bytes);
      }
    }
    return out;
  }

  /** Bytes and defining loader for `name`, class library first (parent delegation). */
  find(name: string): ClassSource | null {
    const boot = this.library.get(name);
    if (boot) return { bytes: boot, loader: 'boot' };
    for (const e of this.entries) {
      const bytes = e.read(name);
      if (bytes) return { bytes, loader: 'app' };
    }
    return null;
  }
}

/** Internal class names of the `.class` files among `paths` (module-info excluded). */
function classNames(paths: string[]): string[] {
  return paths.filter((p) => p.endsWith('.class') && !p.endsWith('module-info.class')).map((p) => p.slice(0, -6));
}

/** Opens a jar, or returns null when it is not a readable zip (`java` ignores such entries). */
export function openJar(bytes: Uint8Array, host: Host): JarFile | null {
  try {
    return new JarFile(bytes, host.inflate);
  } catch {
    return null;
  }
}
