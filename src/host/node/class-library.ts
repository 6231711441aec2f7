/**
 * @fileoverview Finds the packed class library (`build/classlib.bin`) of this installation, both
 * from the compiled package (dist/src/host/node) and from the sources (src/host/node, in tests).
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Path of the packed class library: `build/classlib.bin` in the nearest enclosing package root. */
export function classLibraryPath(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'build', 'classlib.bin');
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('build/classlib.bin not found: run `npm run build` first');
}

/** The packed class library's bytes. */
export function loadClassLibrary(): Uint8Array {
  return readFileSync(classLibraryPath());
}
