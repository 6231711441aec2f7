/**
 * @fileoverview Host network errors become the exceptions and (Linux) messages HotSpot gives
 * (src/natives/java/net/NetIo.ts).
 */
import { describe, expect, it } from 'vitest';
import { NetError } from '../../../../src/host/network.js';
import { javaErrorOf } from '../../../../src/natives/java/net/NetIo.js';

describe('NetIo error mapping', () => {
  it.each([
    ['ECONNREFUSED', 'java/net/ConnectException', 'Connection refused'],
    ['ETIMEDOUT', 'java/net/SocketTimeoutException', 'Connect timed out'],
    ['EADDRINUSE', 'java/net/BindException', 'Address already in use'],
    ['EADDRNOTAVAIL', 'java/net/BindException', 'Cannot assign requested address'],
    ['EACCES', 'java/net/BindException', 'Permission denied'],
    ['ECONNRESET', 'java/net/SocketException', 'Connection reset'],
    ['EPIPE', 'java/net/SocketException', 'Broken pipe'],
    ['EBADF', 'java/net/SocketException', 'Socket closed'],
    ['EHOSTUNREACH', 'java/net/NoRouteToHostException', 'No route to host'],
    ['ENETUNREACH', 'java/net/SocketException', 'Network is unreachable'],
  ])('%s -> %s "%s"', (code, javaClass, message) => {
    expect(javaErrorOf(new NetError(code))).toEqual({ javaClass, message });
  });

  it('keeps the platform message of an unknown code', () => {
    expect(javaErrorOf(new NetError('EWEIRD', 'something odd'))).toEqual({ javaClass: 'java/net/SocketException', message: 'something odd' });
  });
});
