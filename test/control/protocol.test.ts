// The control protocol's parsers: requests from controllers, answers and progress lines from VMs.
import { describe, expect, it } from 'vitest';
import { parseAnswer, parseRequest } from '../../src/control/protocol.js';

describe('control protocol', () => {
  it('parses checkpoint requests and refuses malformed ones with a reason', () => {
    expect(parseRequest('{"op":"checkpoint","path":"/x","stop":true}')).toEqual({ op: 'checkpoint', path: '/x', stop: true, compressionLevel: 0 });
    expect(parseRequest('{"op":"checkpoint","path":"","stop":true}')).toBe('checkpoint: path must be a non-empty string');
    expect(parseRequest('{"op":"checkpoint","path":"/x","stop":true,"compressionLevel":10}')).toBe('checkpoint: compressionLevel must be 0..9');
    expect(parseRequest('nonsense')).toBe('request is not JSON');
    expect(parseRequest('{"op":"format-disk"}')).toBe('unknown operation "format-disk"');
  });

  it('tells progress lines from answers and rejects anything else', () => {
    expect(parseAnswer('{"progress":{"phase":"encode","done":5,"total":10}}')).toEqual({ progress: { phase: 'encode', done: 5, total: 10 } });
    expect(parseAnswer('{"ok":true,"message":"checkpoint written to /x","bytes":12}')).toEqual({ ok: true, message: 'checkpoint written to /x', bytes: 12 });
    expect(parseAnswer('{"ok":false,"error":"no"}')).toEqual({ ok: false, error: 'no' });
    expect(parseAnswer('{"progress":{"phase":"encode","done":"5","total":10}}')).toBeNull();
    expect(parseAnswer('{"ok":true}')).toBeNull();
    expect(parseAnswer('[1,2]')).toBeNull();
    expect(parseAnswer('{')).toBeNull();
  });
});
