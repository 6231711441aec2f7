/**
 * @fileoverview The migration protocol (host-independent): how a sender proves it knows the shared
 * token and how an image travels with its integrity check.
 *
 *   receiver -> sender   {"tern":"migrate/1","nonce":"<hex>"}\n
 *   sender   -> receiver {"proof":"<hex>","size":N,"crc":C}\n   then N bytes of image
 *   receiver -> sender   {"ok":true,"restoreMs":T}\n  or  {"ok":false,"error":"..."}\n
 *
 * proof = HMAC-SHA256(token, nonce): the token itself never crosses the network, and a recorded
 * proof is useless for another connection. crc is the CRC-32C of the image bytes. The sender stops
 * its program only after {"ok":true}, which the receiver sends once the image is restored (validated
 * and ready to run), so a failed migration leaves the program running on the sender.
 */

/** Protocol name and version in the greeting. */
export const MIGRATE_PROTOCOL = 'migrate/1';

/** Largest image a receiver accepts (bytes). */
export const MAX_MIGRATION_BYTES = 1 << 30;

/** The receiver's first line. */
export interface Greeting {
  tern: string;
  nonce: string;
}

/** The sender's header line. */
export interface TransferHeader {
  proof: string;
  size: number;
  crc: number;
}

/** The receiver's verdict. */
export type Verdict = { ok: true; restoreMs: number } | { ok: false; error: string };

/** Parses the sender's header; returns an error message for anything malformed. */
export function parseHeader(line: string): TransferHeader | string {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return 'header is not JSON';
  }
  const h = v as Record<string, unknown>;
  if (typeof h !== 'object' || h === null) return 'header is not an object';
  if (typeof h['proof'] !== 'string' || !/^[0-9a-f]{64}$/.test(h['proof'])) return 'bad proof';
  if (typeof h['size'] !== 'number' || !Number.isInteger(h['size']) || h['size'] <= 0 || h['size'] > MAX_MIGRATION_BYTES) return 'bad size';
  if (typeof h['crc'] !== 'number' || !Number.isInteger(h['crc']) || h['crc'] < 0 || h['crc'] > 0xffffffff) return 'bad crc';
  return { proof: h['proof'], size: h['size'], crc: h['crc'] };
}

/** Parses the receiver's greeting. */
export function parseGreeting(line: string): Greeting | string {
  try {
    const g = JSON.parse(line) as Greeting;
    if (g.tern !== MIGRATE_PROTOCOL || typeof g.nonce !== 'string' || !/^[0-9a-f]{32,}$/.test(g.nonce)) return 'not a tern migration receiver';
    return g;
  } catch {
    return 'not a tern migration receiver';
  }
}

/** Parses the receiver's verdict. */
export function parseVerdict(line: string): Verdict {
  try {
    const v = JSON.parse(line) as Verdict;
    if (v.ok === true && typeof v.restoreMs === 'number') return v;
    if (v.ok === false && typeof v.error === 'string') return v;
  } catch {
    // fall through
  }
  return { ok: false, error: 'the receiver sent a malformed answer' };
}
