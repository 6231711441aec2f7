// Every native method the class library declares has an implementation in src/natives.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNativeRegistry } from '../../src/natives/index.js';

const NATIVES = new URL('../../build/classlib-natives.json', import.meta.url);

describe('native coverage', () => {
  it('implements every native declared by the class library', () => {
    expect(existsSync(NATIVES), 'run `npm run build` first').toBe(true);
    const declared = JSON.parse(readFileSync(NATIVES, 'utf8')) as Array<{ class: string; name: string; descriptor: string }>;
    const registry = createNativeRegistry();
    const missing = declared
      .filter((n) => !registry.get(n.class)?.[n.name + n.descriptor])
      .map((n) => `${n.class}.${n.name}${n.descriptor}`);
    expect(missing).toEqual([]);
  });
});
