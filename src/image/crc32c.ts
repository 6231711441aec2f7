/**
 * @fileoverview CRC-32C (Castagnoli; reflected polynomial 0x82F63B78, initial value and final
 * xor 0xFFFFFFFF), the image checksum (docs/image-format.md "Checksum"). Slicing-by-8, so a
 * multi-megabyte image is checked in a few milliseconds without any platform crypto. It detects
 * corruption, not forgery: forged images are caught by the decoder's and restore's validation.
 * Check value: crc32c("123456789") = 0xE3069283.
 */

const TABLES = buildTables();

function buildTables(): Uint32Array {
  const t = new Uint32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n]!;
    for (let k = 1; k < 8; k++) {
      c = (c >>> 8) ^ t[c & 0xff]!;
      t[k * 256 + n] = c >>> 0;
    }
  }
  return t;
}

/** Whether this machine stores integers little-endian (every platform Node runs on, but checked). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** CRC-32C of `bytes[start, end)`, as an unsigned 32-bit number. */
export function crc32c(bytes: Uint8Array, start = 0, end = bytes.length): number {
  const t = TABLES;
  let crc = 0xffffffff | 0;
  let i = start;
  // Bytes up to a 4-byte boundary of the buffer, then whole words through a Uint32Array view
  // (one load per four bytes instead of four), then the tail.
  const aligned = LITTLE_ENDIAN ? Math.min(end, start + ((4 - ((bytes.byteOffset + start) & 3)) & 3)) : end;
  while (i < aligned) crc = (crc >>> 8) ^ t[(crc ^ bytes[i++]!) & 0xff]!;
  const pairs = (end - i) >> 3;
  if (pairs > 0) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, pairs * 2);
    for (let k = 0; k < words.length; k += 2) {
      crc ^= words[k]!;
      const hi = words[k + 1]!;
      crc =
        t[1792 + (crc & 0xff)]! ^
        t[1536 + ((crc >>> 8) & 0xff)]! ^
        t[1280 + ((crc >>> 16) & 0xff)]! ^
        t[1024 + (crc >>> 24)]! ^
        t[768 + (hi & 0xff)]! ^
        t[512 + ((hi >>> 8) & 0xff)]! ^
        t[256 + ((hi >>> 16) & 0xff)]! ^
        t[hi >>> 24]!;
    }
    i += pairs * 8;
  }
  while (i < end) crc = (crc >>> 8) ^ t[(crc ^ bytes[i++]!) & 0xff]!;
  return (crc ^ 0xffffffff) >>> 0;
}
