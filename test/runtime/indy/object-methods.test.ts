/**
 * @fileoverview ObjectMethods call sites (record equals/hashCode/toString) from real javac output,
 * validated on HotSpot: the program's output with Tern's synthetic classes linked in must equal its
 * output with the JDK's — which checks the hash formula, the comparison order and the text format.
 */
import { describe, expect, it } from 'vitest';
import { validateOnHotspot, Validation } from './hotspot-harness.js';

describe('record method call sites', () => {
  let result: Validation;

  it('compiles, spins every call site and runs the program on HotSpot both ways', async () => {
    result = await validateOnHotspot({
      units: [{ sources: ['records/indy/records/RecordMain.java'] }],
      mainClass: 'indy.records.RecordMain',
    });
    expect(result.original.exitCode).toBe(0);
  }, 120_000);

  it('spins all three methods for every record', () => {
    const records = result.sites.filter((s) => s.bootstrap === 'java/lang/runtime/ObjectMethods.bootstrap');
    const names = new Map<string, Set<string>>();
    for (const s of records) {
      const [, , name] = s.key.split(' ');
      names.set(s.caller, (names.get(s.caller) ?? new Set()).add(name!));
    }
    expect(names.size).toBe(11);
    for (const set of names.values()) expect(set).toEqual(new Set(['equals', 'hashCode', 'toString']));
    for (const s of records) expect(s.parsed.majorVersion).toBe(49);
  });

  it('passes HotSpot verification and links every call site', () => {
    expect(result.patchedStderr).toBe(result.original.stderr.toString('utf8'));
    const keys = result.sites.map((s) => s.key).sort();
    expect([...result.verified].sort()).toEqual(keys);
    expect([...result.linked].sort()).toEqual(keys);
  });

  it('behaves exactly like the JDK', () => {
    expect(result.patched.exitCode).toBe(0);
    expect(result.patched.stdout.toString('utf8')).toBe(result.original.stdout.toString('utf8'));
  });
});
