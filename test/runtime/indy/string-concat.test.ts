/**
 * @fileoverview StringConcatFactory call sites from real javac output, validated on HotSpot: the
 * program's output with Tern's synthetic classes linked in must equal its output with the JDK's.
 */
import { describe, expect, it } from 'vitest';
import { validateOnHotspot, Validation } from './hotspot-harness.js';

describe('string concatenation call sites', () => {
  let result: Validation;

  it('compiles, spins every call site and runs the program on HotSpot both ways', async () => {
    result = await validateOnHotspot({
      units: [
        { sources: ['concat/indy/concat/PlainConcat.java'], options: ['-XDstringConcat=indy'] },
        { sources: ['concat/indy/concat/ConcatMain.java', 'concat/indy/concat/ConcatBoth.java'] },
      ],
      mainClass: 'indy.concat.ConcatBoth',
    });
    expect(result.original.exitCode).toBe(0);
  }, 120_000);

  it('covers both bootstrap methods', () => {
    const kinds = new Set(result.sites.map((s) => s.bootstrap));
    expect(kinds).toEqual(
      new Set(['java/lang/invoke/StringConcatFactory.makeConcatWithConstants', 'java/lang/invoke/StringConcatFactory.makeConcat']),
    );
    expect(result.sites.length).toBeGreaterThan(20);
  });

  it('gives each synthetic class a static method with the call site descriptor, at version 49', () => {
    for (const site of result.sites) {
      const m = site.parsed.methods.find((x) => x.name === site.synthetic.methodName);
      expect(m?.descriptor).toBe(site.key.split(' ')[3]);
      expect(site.synthetic.methodDescriptor).toBe(m?.descriptor);
      expect(site.parsed.majorVersion).toBe(49);
    }
  });

  it('passes HotSpot verification and links every call site', () => {
    expect(result.patchedStderr).toBe(result.original.stderr.toString('utf8'));
    expect([...result.verified].sort()).toEqual(result.sites.map((s) => s.key).sort());
    expect([...result.linked].sort()).toEqual(result.sites.map((s) => s.key).sort());
  });

  it('prints exactly what the JDK prints', () => {
    expect(result.patched.exitCode).toBe(0);
    expect(result.patched.stdout.toString('utf8')).toBe(result.original.stdout.toString('utf8'));
  });
});
