/**
 * @fileoverview A Node host for in-process tests: standard output and error are captured in
 * memory and host.exit is refused (a test VM must end through its own exit status).
 */
import { createNodeHost, type Host } from '../../src/api/index.js';

/** A captured host: `out`/`err` give what Java printed so far, `mark` the current stdout length. */
export interface CapturingHost {
  host: Host;
  out(): string;
  err(): string;
  mark(): number;
}

/** A Node host whose standard streams are captured in strings and whose exit is refused. */
export function capturingHost(): CapturingHost {
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const host: Host = {
    ...createNodeHost(),
    write: (fd, bytes) => void (fd === 1 ? out : err).push(bytes.slice()),
    flush: () => {},
    exit: (status) => {
      throw new Error(`unexpected host.exit(${status})`);
    },
  };
  const text = (parts: Uint8Array[]): string => Buffer.concat(parts).toString('utf8');
  return { host, out: () => text(out), err: () => text(err), mark: () => text(out).length };
}

/** A Node host that drops everything Java prints. */
export function quietHost(): Host {
  return capturingHost().host;
}
