/**
 * @fileoverview `tern inspect image FILE [--json] [--top N]`: what a checkpoint image holds
 * (src/image/inspect.ts). A damaged image gets the decoder's one-line reason and status 1.
 */
import { readFileSync } from 'node:fs';
import type { Host } from '../host/host.js';
import { loadClassLibrary } from '../host/node/class-library.js';
import { ImageFormatError } from '../image/errors.js';
import { formatImageReport, inspectImage, type LibraryLookup } from '../image/inspect.js';
import { classLibraryId } from '../image/library-id.js';
import { ClassLibrary } from '../runtime/class-path.js';
import { CommandError } from './command-error.js';

const USAGE = 'Usage: tern inspect image FILE [--json] [--top N]';

/** The installed class library, when there is one (line numbers of library frames need it). */
function installedLibrary(): LibraryLookup | null {
  let bytes: Uint8Array;
  try {
    bytes = loadClassLibrary();
  } catch {
    return null;
  }
  const library = new ClassLibrary(bytes);
  return { id: classLibraryId(bytes), get: (name) => library.get(name) };
}

/** `tern inspect ...`. */
export async function inspectCommand(host: Host, argv: string[]): Promise<number> {
  if (argv[0] !== 'image') throw new CommandError(USAGE);
  let file: string | null = null, json = false, top = 20;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--top' && /^[1-9][0-9]*$/.test(argv[i + 1] ?? '')) top = Number(argv[++i]);
    else if (!a.startsWith('-') && file === null) file = a;
    else throw new CommandError(`Error: unexpected argument ${a}\n${USAGE}`);
  }
  if (file === null) throw new CommandError(USAGE);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new CommandError(`Error: cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  let text: string;
  try {
    const report = inspectImage(file, bytes, (b, size) => host.inflate(b, size), installedLibrary());
    text = json ? JSON.stringify(report, null, 2) + '\n' : formatImageReport(report, { topClasses: top });
  } catch (e) {
    if (e instanceof ImageFormatError) throw new CommandError(`Error: ${file}: ${e.message}`);
    throw e;
  }
  host.write(1, new TextEncoder().encode(text));
  return 0;
}
