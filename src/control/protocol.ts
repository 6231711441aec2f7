/**
 * @fileoverview The control protocol between a running `tern` and the commands that steer it
 * (`tern checkpoint`, `tern jcmd`): one JSON request line, one JSON response line, over a private
 * endpoint (see src/host/node/control-endpoint.ts). Parsing is strict: a stranger's bytes get an
 * error response, never an exception in the VM.
 */

/** Requests a controller may send. */
export type ControlRequest =
  | { op: 'checkpoint'; path: string; stop: boolean; compressionLevel: number }
  /** CRaC's `jcmd PID JDK.checkpoint`: checkpoint to the -XX:CRaCCheckpointTo directory and stop. */
  | { op: 'crac-checkpoint' }
  | { op: 'status' }
  /** Move the program to a `tern serve` receiver; it stops here once the receiver confirms. */
  | { op: 'migrate'; host: string; port: number; token: string };

/** The answer to one request. */
export type ControlResponse =
  | { ok: true; message: string; bytes?: number }
  | { ok: false; error: string };

/** How far a long operation (a checkpoint of a large heap) has got. */
export interface ControlProgress {
  /** 'capture' (walking the heap), 'encode' (writing objects), 'compress', 'write' or 'send'. */
  phase: string;
  /** Units done and expected in this phase (objects for capture and encode, else 0/1). */
  done: number;
  total: number;
}

/** A line the VM may send before its answer. */
export interface ControlProgressLine {
  progress: ControlProgress;
}

/** Largest request accepted, in bytes. */
export const MAX_REQUEST_BYTES = 64 * 1024;

/** Parses one request line; returns an error message for anything malformed. */
export function parseRequest(line: string): ControlRequest | string {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return 'request is not JSON';
  }
  if (typeof v !== 'object' || v === null) return 'request is not an object';
  const r = v as Record<string, unknown>;
  switch (r['op']) {
    case 'checkpoint': {
      const level = r['compressionLevel'] ?? 0;
      if (typeof r['path'] !== 'string' || r['path'] === '') return 'checkpoint: path must be a non-empty string';
      if (typeof r['stop'] !== 'boolean') return 'checkpoint: stop must be a boolean';
      if (typeof level !== 'number' || !Number.isInteger(level) || level < 0 || level > 9) return 'checkpoint: compressionLevel must be 0..9';
      return { op: 'checkpoint', path: r['path'], stop: r['stop'], compressionLevel: level };
    }
    case 'crac-checkpoint':
      return { op: 'crac-checkpoint' };
    case 'status':
      return { op: 'status' };
    case 'migrate': {
      if (typeof r['host'] !== 'string' || r['host'] === '') return 'migrate: host must be a non-empty string';
      const port = r['port'];
      if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) return 'migrate: port must be 1..65535';
      if (typeof r['token'] !== 'string' || r['token'] === '') return 'migrate: token must be a non-empty string';
      return { op: 'migrate', host: r['host'], port, token: r['token'] };
    }
    default:
      return `unknown operation ${JSON.stringify(r['op'])}`;
  }
}

/** Parses one line of the VM's answer: a progress line or the response; null when malformed. */
export function parseAnswer(line: string): ControlResponse | ControlProgressLine | null {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Record<string, unknown>;
  if ('progress' in r) {
    const p = r['progress'] as Record<string, unknown> | null;
    if (typeof p !== 'object' || p === null || typeof p['phase'] !== 'string' || typeof p['done'] !== 'number' || typeof p['total'] !== 'number') return null;
    return { progress: { phase: p['phase'], done: p['done'], total: p['total'] } };
  }
  if (r['ok'] === true && typeof r['message'] === 'string') return r as ControlResponse;
  if (r['ok'] === false && typeof r['error'] === 'string') return r as ControlResponse;
  return null;
}
