/**
 * @fileoverview Example: move a running computation to another process. The parent starts it,
 * takes a checkpoint while it runs and sends the image to a child process, which restores it and
 * sends the result back. `node dist/examples/migrate.js`.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { Tern } from '../src/api/index.js';

const classes = join(import.meta.dirname, '..', '..', 'build', 'examples');

if (process.argv[2] === 'receiver') {
  // The other process: restore what arrives, report each call's result, end.
  process.once('message', async (image: string) => {
    const tern = await Tern.restore(Buffer.from(image, 'base64'));
    for (const call of tern.callsInProgress()) process.send!({ id: call.id, result: await call.result, pid: process.pid });
    await tern.close();
    process.disconnect();
  });
} else {
  const tern = await Tern.start({ classPath: [classes] });
  const job = tern.startCall('LongJob', 'countPrimes', '(I)I', 100_000);
  // Checkpoint once the job is well under way (a fifth of it examined).
  while ((await tern.call<number>('LongJob', 'examined', '()I')) < 20_000) await new Promise((r) => setTimeout(r, 5));
  const image = await tern.checkpoint({ compressionLevel: 1 });
  await tern.close(); // the computation leaves this process...
  await job.result.catch(() => {});
  const child = fork(process.argv[1]!, ['receiver']);
  child.send(Buffer.from(image).toString('base64'));
  child.once('message', (m: { id: number; result: number; pid: number }) => {
    if (m.pid === process.pid) throw new Error('the receiver is this process');
    console.log(`call ${m.id} moved to another process and returned ${m.result}`);
  });
}
