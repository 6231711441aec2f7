/**
 * @fileoverview The checkpoint image codec: {@link Image} (model.ts) to bytes and back, following
 * docs/image-format.md, which is the normative description of every byte written. This module is
 * the codec's public face; the work is split by side:
 *
 * - format.ts: the byte format's constants, object layouts and the structural checks both sides
 *   enforce;
 * - encoder.ts: Image → bytes, checking the image against those rules so that it never writes
 *   bytes a reader would reject (a capture bug surfaces at checkpoint time, not at restore);
 * - decoder.ts: bytes → Image, raising only {@link ImageFormatError} for any input.
 *
 * The VM core imports no platform API, so compression is done by functions the caller passes in
 * (on Node, `zlib.deflateRawSync` / `inflateRawSync`; the host's `inflate` fits {@link DecodeOptions}).
 */
export { ImageFormatError } from './errors.js';
export { IMAGE_MAGIC, SECTION_OPTIONAL, SECTION_WORKING_DIRECTORY, THREAD_STATE_TERMINATED, isArrayClassName, noSockets } from './format.js';
export { encodeImage, encodeSteps, type EncodeOptions, type EncodeTick } from './encoder.js';
export { decodeImage, readImageSummary, type DecodeOptions, type ImageSummary } from './decoder.js';
