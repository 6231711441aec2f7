/**
 * @fileoverview Example: checkpoint a long computation while it runs, stop, and resume it later
 * from the saved image, where it finishes. `node dist/examples/checkpoint-resume.js`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Tern } from '../src/api/index.js';

const classes = join(import.meta.dirname, '..', '..', 'build', 'examples');
const dir = mkdtempSync(join(tmpdir(), 'tern-example-'));
const file = join(dir, 'job.tern');

// Start the computation and save it mid-way.
const first = await Tern.start({ classPath: [classes] });
const job = first.startCall('LongJob', 'countPrimes', '(I)I', 100_000);
// Checkpoint once the job is well under way (a fifth of it examined).
while ((await first.call<number>('LongJob', 'examined', '()I')) < 20_000) await new Promise((r) => setTimeout(r, 5));
writeFileSync(file, await first.checkpoint({ compressionLevel: 6 }));
console.log(`saved call ${job.id} while it ran`);
await first.close(); // gives up here: the call is rejected in this VM
await job.result.catch(() => {});

// Later (or on another machine): restore and let it finish.
const later = await Tern.restore(readFileSync(file));
for (const call of later.callsInProgress()) console.log(`call ${call.id} resumed and returned`, await call.result);
await later.close();
rmSync(dir, { recursive: true, force: true });
