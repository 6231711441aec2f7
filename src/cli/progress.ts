/**
 * @fileoverview How `tern checkpoint`, `tern jcmd` and `tern migrate` show a long operation's
 * progress on standard error: one line rewritten in place on a terminal, one line per update
 * otherwise (with --progress).
 */
import type { ControlProgress } from '../control/protocol.js';

const count = (n: number): string => n.toLocaleString('en-US');
const megabytes = (n: number): string => `${(n / (1 << 20)).toFixed(1)} MB`;

/** The text of one progress update. */
export function describeProgress(p: ControlProgress): string {
  switch (p.phase) {
    case 'capture':
      return `capturing: ${count(p.done)} objects (${count(p.total)} found so far)`;
    case 'encode':
      return `encoding: ${count(p.done)} of ${count(p.total)} objects (${p.total > 0 ? Math.floor((100 * p.done) / p.total) : 100}%)`;
    case 'compress':
      return 'compressing';
    case 'write':
      return `writing ${megabytes(p.total)}`;
    case 'send':
      return `sending ${megabytes(p.total)}`;
    default:
      return p.phase;
  }
}

/** A progress display writing to `write`; `inPlace` rewrites one terminal line. */
export function progressDisplay(write: (text: string) => void, inPlace: boolean): { update(p: ControlProgress): void; end(): void } {
  let shown = false;
  return {
    update(p) {
      const line = describeProgress(p);
      write(inPlace ? `\r\x1b[K${line}` : `${line}\n`);
      shown = true;
    },
    end() {
      if (shown && inPlace) write('\r\x1b[K');
      shown = false;
    },
  };
}
