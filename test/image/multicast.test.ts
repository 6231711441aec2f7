// Multicast state in checkpoint images (format 6; docs/sockets.md "Sockets in images"): group
// memberships (MulticastSocket.joinGroup, DatagramChannel.join), the multicast options and
// SO_REUSEADDR live in the platform socket, so the image records them with the datagram socket and
// restore binds with SO_REUSEADDR, sets the options and joins the groups again before any thread
// runs. A restored member hears its group's traffic (without the re-join nobody on the machine
// would be a member and every receive below would time out); a group left before the checkpoint
// is not joined again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeImage } from '../../src/image/codec.js';
import { ImageSocketKind } from '../../src/image/model.js';
import { runProcess } from '../support/process.js';
import { javaWorkspace, TERN } from '../support/java-workspace.js';

const MULTICAST = `
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
public class McCkpt {
  static String receive(MulticastSocket s) throws Exception {
    byte[] buf = new byte[64];
    DatagramPacket p = new DatagramPacket(buf, buf.length);
    try {
      s.receive(p);
    } catch (SocketTimeoutException e) {
      return "(timeout)";
    }
    return new String(buf, 0, p.getLength(), StandardCharsets.UTF_8);
  }
  public static void main(String[] args) throws Exception {
    NetworkInterface lo = NetworkInterface.getByName("lo");
    InetAddress group = InetAddress.getByName("239.255.7.7"), gone = InetAddress.getByName("239.255.7.8");
    MulticastSocket a = new MulticastSocket(0);
    int port = a.getLocalPort();
    MulticastSocket b = new MulticastSocket(port); // SO_REUSEADDR: the same port
    InetSocketAddress groupAddr = new InetSocketAddress(group, port), goneAddr = new InetSocketAddress(gone, port);
    a.joinGroup(groupAddr, lo);
    b.joinGroup(goneAddr, lo);
    b.leaveGroup(goneAddr, lo); // left before the checkpoint: not joined again
    a.setSoTimeout(3000);
    b.setSoTimeout(300);
    DatagramChannel c = DatagramChannel.open(StandardProtocolFamily.INET)
        .setOption(StandardSocketOptions.SO_REUSEADDR, true).bind(new InetSocketAddress(port));
    MembershipKey key = c.join(group, lo);
    MulticastSocket sender = new MulticastSocket();
    sender.setNetworkInterface(lo);
    sender.setTimeToLive(3);
    sender.setLoopbackMode(false); // loopback on: the members are on this machine
    System.out.println("checkpoint");
    tern.Checkpoint.save(args[0]);
    for (String m : new String[] {"one", "two"}) {
      byte[] msg = m.getBytes(StandardCharsets.UTF_8);
      sender.send(new DatagramPacket(msg, msg.length, groupAddr));
      System.out.println("a got " + receive(a));
      ByteBuffer bb = ByteBuffer.allocate(64);
      c.receive(bb);
      bb.flip();
      System.out.println("c got " + StandardCharsets.UTF_8.decode(bb));
    }
    System.out.println("key valid " + key.isValid() + ", ttl " + sender.getTimeToLive());
    try {
      a.joinGroup(groupAddr, lo);
    } catch (SocketException e) {
      System.out.println("join twice: " + e.getMessage());
    }
    key.drop();
    a.leaveGroup(groupAddr, lo);
    b.joinGroup(goneAddr, lo);
    System.out.println("b joined " + gone.getHostAddress() + " again");
    a.close(); b.close(); c.close(); sender.close();
  }
}`;

const AFTER = [
  'a got one', 'c got one', 'a got two', 'c got two', 'key valid true, ttl 3',
  'join twice: Already a member of group', 'b joined 239.255.7.8 again', '',
].join('\n');

let dir = '';
const tern = (args: string[]) => runProcess(process.execPath, [TERN, ...args], { cwd: dir, timeoutMs: 60_000 });
const text = (b: Buffer) => b.toString('utf8');

beforeAll(() => {
  const ws = javaWorkspace('tern-multicast-ckpt-', { McCkpt: MULTICAST });
  dir = ws.dir;
  return ws.remove;
});

describe('multicast sockets in checkpoint images', () => {
  it('records memberships, options and SO_REUSEADDR, and a restored member hears its group', async () => {
    const image = join(dir, 'mc.tern');
    const first = await tern(['-cp', dir, 'McCkpt', image]);
    expect(text(first.stderr)).toBe('');
    expect(text(first.stdout)).toBe('checkpoint\n' + AFTER);

    const img = decodeImage(readFileSync(image));
    const udp = img.sockets.sockets.filter((s) => s.kind === ImageSocketKind.Datagram);
    expect(udp.map((s) => s.multicast)).toEqual([
      { reuseAddress: true, groups: [{ group: '239.255.7.7', iface: '127.0.0.1' }], ttl: -1, loopback: null, iface: null },
      { reuseAddress: true, groups: [], ttl: -1, loopback: null, iface: null },
      { reuseAddress: true, groups: [{ group: '239.255.7.7', iface: '127.0.0.1' }], ttl: -1, loopback: null, iface: null },
      { reuseAddress: true, groups: [], ttl: 3, loopback: true, iface: '127.0.0.1' },
    ]);
    expect(new Set(udp.slice(0, 3).map((s) => s.local.port)).size).toBe(1);

    const inspect = await tern(['inspect', 'image', image]);
    expect(text(inspect.stdout)).toMatch(/datagram on [^;]*; SO_REUSEADDR; member of 239\.255\.7\.7 on 127\.0\.0\.1\n/);
    expect(text(inspect.stdout)).toContain('; SO_REUSEADDR; multicast TTL 3; multicast loopback on; multicast interface 127.0.0.1\n');

    // The original has ended (its port is free again); the restored program continues it.
    const restored = await tern(['restore', image]);
    expect(text(restored.stderr)).toBe('');
    expect(restored.exitCode).toBe(0);
    expect(text(restored.stdout)).toBe(AFTER);
  }, 120_000);
});
