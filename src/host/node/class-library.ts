/**
 * @fileoverview Finds the packed class library (`build/classlib.bin`) of this installation.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Path of the packed class library, relative to this module (dist/src/host/node -> build). */
export function classLibraryPath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '../../../../build/classlib.bin');
}

/** The packed class library's bytes. */
export function loadClassLibrary(): Uint8Array {
  return readFileSync(classLibraryPath());
}
