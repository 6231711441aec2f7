/**
 * @fileoverview Raw DEFLATE decompression for jar entries on Node.js, through zlib. The class-file
 * layer takes it as an injected `Inflate` so that it never imports a Node API itself.
 */

import zlib from 'node:zlib';
import type { Inflate } from '../../classfile/jar.js';

/**
 * Inflates `compressed` (raw DEFLATE, no zlib header), refusing to produce more than
 * `uncompressedSize` bytes so that a forged size cannot make it allocate without bound.
 */
export const nodeInflate: Inflate = (compressed, uncompressedSize) => {
  const out = zlib.inflateRawSync(compressed, { maxOutputLength: Math.max(1, uncompressedSize) });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
};
