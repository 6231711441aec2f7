// Datagrams in flight at a checkpoint. A non-blocking DatagramChannel's send returns before Node
// sends: the socket table counts it when the send is issued, so the checkpoint waits until it has
// reached the program's own socket, where the image has it. (A regression: such sends were not
// counted; the server of compat/NioUdpNameService answered with one just before a checkpoint,
// the reply arrived while the heap was scanned and was taken by the client thread already captured
// as waiting for it, and the restored client waited for ever; CI, 2026-12-07.)
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClassLibrary } from '../../src/api/index.js';
import { launch } from '../../src/api/launcher.js';
import { captureSteps } from '../../src/image/capture.js';
import { datagramsInFlight, settleSockets } from '../../src/image/sockets.js';
import { classLibraryId } from '../../src/image/library-id.js';
import type { Image } from '../../src/image/model.js';
import { BLOCK } from '../../src/interp/invoke-native.js';
import type { Vm } from '../../src/runtime/vm.js';
import { ThreadState, type JavaThread } from '../../src/threads/java-thread.js';
import { capturingHost } from '../support/capturing-host.js';
import { javaWorkspace } from '../support/java-workspace.js';

const PROGRAM = `
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
public class RaceCkpt {
  static native void checkpointHere();
  static Object[] ballast;
  public static void main(String[] args) throws Exception {
    // More objects than the capture scans between two turns of the event loop.
    ballast = new Object[50000];
    for (int i = 0; i < ballast.length; i++) ballast[i] = new Object();
    DatagramChannel inbox = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
    DatagramChannel sender = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
    sender.configureBlocking(false);
    // Returns before Node sends it: at the checkpoint right after, it is still in flight.
    sender.send(ByteBuffer.wrap("in flight".getBytes()), inbox.getLocalAddress());
    checkpointHere();
    ByteBuffer b = ByteBuffer.allocate(64);
    inbox.receive(b);
    System.out.println("received " + new String(b.array(), 0, b.position()));
  }
}`;

let dir = '';
beforeAll(() => {
  const ws = javaWorkspace('tern-capture-race-', { RaceCkpt: PROGRAM });
  dir = ws.dir;
  return ws.remove;
});

const turns = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('datagrams in flight at a checkpoint', () => {
  it('one a non-blocking channel just sent to the program\'s own socket is waited for, and is in the image', async () => {
    const library = loadClassLibrary();
    const host = capturingHost();
    let inFlight: string | null = null;
    let image: Image | null = null;
    const natives = new Map([['RaceCkpt', {
      'checkpointHere()V': (vm: Vm, t: JavaThread) => {
        inFlight = datagramsInFlight(vm); // in the turn of the send: Node has not sent it yet
        t.state = ThreadState.WaitingForIo;
        vm.scheduler.atSafepoint(async () => {
          await settleSockets(vm);
          // Captured in steps, the event loop running between them, as a checkpoint does.
          const steps = captureSteps(vm, classLibraryId(library), 'RaceCkpt', { heapViews: false });
          let step = steps.next();
          expect(step.done, 'the capture lets the event loop run at least once').toBe(false);
          while (!step.done) {
            await turns(10);
            step = steps.next();
          }
          image = step.value;
          t.state = ThreadState.Runnable;
          vm.scheduler.makeRunnable(t);
        });
        return BLOCK;
      },
    }]]);
    const status = await launch(host.host, { mainClass: 'RaceCkpt', args: [], classPath: [dir], classLibrary: library, maxHeapBytes: 64 << 20, stackBytes: 1 << 20, properties: {}, extraNatives: natives });
    expect(status, host.err()).toBe(0);
    expect(host.out()).toBe('received in flight\n');
    expect(inFlight).toBe('1 datagram sent to socket 1 by the program has not arrived yet');
    const inbox = (image as Image | null)!.sockets.sockets.find((s) => s.id === 1)!;
    expect(inbox.datagrams.map((d) => Buffer.from(d.bytes).toString())).toEqual(['in flight']);
  }, 60_000);
});
