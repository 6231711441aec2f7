/**
 * @fileoverview Example: run Java classes from TypeScript and call static methods with arguments
 * and results. Run it with `node dist/examples/call-static.js` after `npm run build`; in your own
 * project, import from 'ternvm' instead of '../src/api/index.js'.
 */
import { join } from 'node:path';
import { JavaException, Tern } from '../src/api/index.js';

const classes = join(import.meta.dirname, '..', '..', 'build', 'examples');
const tern = await Tern.start({ classPath: [classes] });

const samples = [2.5, 3.5, 1.0, 4.0, 9.0, 6.5];
// Descriptors are the JVM's: (double[]) -> double is ([D)D.
console.log('mean', await tern.call('Stats', 'mean', '([D)D', samples));
console.log('histogram', await tern.call('Stats', 'histogram', '([DIDD)[I', samples, 4, 0, 10));
console.log(await tern.call('Stats', 'describe', '(Ljava/lang/String;[D)Ljava/lang/String;', 'samples', samples));
console.log('20! =', await tern.call('Stats', 'factorial', '(I)J', 20));
try {
  await tern.call('Stats', 'factorial', '(I)J', 21);
} catch (e) {
  if (!(e instanceof JavaException)) throw e;
  console.log('Java threw', e.javaClass, '-', e.javaMessage);
}
console.log('exit status', await tern.close());
