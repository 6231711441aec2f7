/**
 * @fileoverview Tern's embedding API: run a Java program from a TypeScript program, or keep a
 * VM resident and call its static methods (Tern, src/api/tern.ts).
 *
 * ```ts
 * import { launch, createNodeHost, loadClassLibrary } from 'ternvm';
 * const status = await launch(createNodeHost(), { mainClass: 'Hello', args: [], classPath: ['out'],
 *   classLibrary: loadClassLibrary(),
 *   maxHeapBytes: 64 << 20, stackBytes: 4 << 20, properties: {} });
 * ```
 */
export { launch, createVm, runToCompletion, LaunchError, type LaunchSpec } from './launcher.js';
export { Tern, JavaException, type TernOptions, type TernJitOptions, type TernEvents, type CheckpointEvent, type JavaCall } from './tern.js';
export type * from '../../jit/trace-events.js';
export { JavaRef, type JavaArgument, type JavaResult } from './java-values.js';
export { checkpointToBytes, restoreFromBytes, restoreFromBytesAsync } from '../image/checkpoint.js';
export { checkpointAtSafepoint } from '../control/vm-control.js';
export { ImageFormatError } from '../image/errors.js';
export { RestoreError } from '../image/restore.js';
export { createNodeHost } from '../host/node/node-host.js';
export { classLibraryPath, loadClassLibrary } from '../host/node/class-library.js';
export type { Host } from '../host/host.js';
export type { FileStat, HostFileSystem } from '../host/file-system.js';
export { HostFsError, OpenFlag } from '../host/file-system.js';
export type { OpenFile, OpenFileMode } from '../runtime/open-files.js';
export type { VmOptions } from '../runtime/vm.js';
