/**
 * @fileoverview The one error a checkpoint image can raise when it cannot be read or written
 * (DESIGN principle 5: a truncated, corrupted or forged image gets a clear error). The codec
 * never lets a TypeError or RangeError escape for bad input; restore may raise it too for images
 * that are well-formed but do not fit the program (see docs/image-format.md).
 */

/** A checkpoint image is malformed, damaged, forged or of an unsupported version. */
export class ImageFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageFormatError';
  }
}
