/**
 * @fileoverview Finds this installation's `build/` directory (the packed class library and the
 * generated tables), from the compiled package (dist/...), a bundle, or the sources (in tests).
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

let buildDirectory: string | null = null;

/** The nearest enclosing directory's `build/` that holds `classlib.bin`. */
export function buildDir(): string {
  if (buildDirectory !== null) return buildDirectory;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'build');
    if (existsSync(path.join(candidate, 'classlib.bin'))) return (buildDirectory = candidate);
    dir = path.dirname(dir);
  }
  throw new Error('build/classlib.bin not found: run `npm run build` first');
}

/** Path of the packed class library. */
export function classLibraryPath(): string {
  return path.join(buildDir(), 'classlib.bin');
}

/** The packed class library's bytes. */
export function loadClassLibrary(): Uint8Array {
  return readFileSync(classLibraryPath());
}
