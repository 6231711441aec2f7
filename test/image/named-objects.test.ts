// Well-known class-library objects in images (src/image/well-known.ts): the boxing caches are
// named, not copied. A program holding cached boxes in its collections is checkpointed and
// restored in a fresh process: the boxes keep their identity (== with valueOf, identity hashes),
// the image holds only the boxes the program references (not the 256-entry caches), and a forged
// name fails the restore with one line.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeImage, encodeImage } from '../../src/image/codec.js';
import { javaWorkspace, TERN } from '../support/java-workspace.js';

const SOURCE = `
import java.util.*;
public class Boxes {
  public static void main(String[] args) throws Exception {
    List<Object> kept = new ArrayList<>(List.of(Integer.valueOf(5), Long.valueOf(-3), Short.valueOf((short) 100),
        Byte.valueOf((byte) -128), Character.valueOf('a'), Integer.valueOf(1000)));
    Map<Integer, String> byBox = new IdentityHashMap<>();
    byBox.put(Integer.valueOf(42), "forty-two");
    int hash7 = System.identityHashCode(Integer.valueOf(7));
    Integer fresh = new Integer(5);
    boolean restored = tern.Checkpoint.save(args[0]);
    System.out.println("cached boxes are the caches' own: " + (kept.get(0) == Integer.valueOf(5)) + " " + (kept.get(1) == Long.valueOf(-3))
        + " " + (kept.get(2) == Short.valueOf((short) 100)) + " " + (kept.get(3) == Byte.valueOf((byte) -128)) + " " + (kept.get(4) == Character.valueOf('a')));
    System.out.println("uncached and new boxes are not: " + (kept.get(5) == Integer.valueOf(1000)) + " " + (fresh == Integer.valueOf(5)));
    System.out.println("identity map finds its key: " + byBox.get(Integer.valueOf(42)));
    System.out.println("identity hash kept: " + (System.identityHashCode(Integer.valueOf(7)) == hash7));
    System.out.println("values: " + kept);
  }
}`;

const OUTPUT = [
  'cached boxes are the caches\' own: true true true true true', 'uncached and new boxes are not: false false',
  'identity map finds its key: forty-two', 'identity hash kept: true', 'values: [5, -3, 100, -128, a, 1000]', '',
].join('\n');

let dir = '';
const tern = (...args: string[]) => spawnSync('node', [TERN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

beforeAll(() => {
  const ws = javaWorkspace('tern-named-', { Boxes: SOURCE });
  dir = ws.dir;
  return ws.remove;
});

describe('well-known objects named in images', () => {
  it('keeps the identity of cached boxes across a restore, and carries only the boxes the program holds', () => {
    const image = join(dir, 'boxes.tern');
    const first = tern('-cp', dir, 'Boxes', image);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(OUTPUT);
    const restored = tern('restore', image);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toBe(OUTPUT);

    const img = decodeImage(readFileSync(image));
    const count = (cls: string) => img.objects.filter((o) => img.classes[o.classIndex]!.name === cls).length;
    const named = img.objects.filter((o) => o.name);
    // Each cache array is named (it is the static's value) and so is every cached box the program holds.
    expect(named.length).toBeGreaterThanOrEqual(5 + 5);
    expect(named.filter((o) => o.name!.root.endsWith('.CACHE')).every((o) => o.name!.path.length <= 1)).toBe(true);
    // Integer: 5, 42, 7, and the two uncached ones (1000, the new Integer(5)) are all that is left of 256.
    expect(count('java/lang/Integer')).toBeLessThan(20);
    expect(count('java/lang/Long')).toBeLessThan(10);
    const five = named.find((o) => img.classes[o.classIndex]!.name === 'java/lang/Integer' && o.name!.path[0] === 133);
    expect(five?.name?.root).toBe('java/lang/Integer$IntegerCache.CACHE');
    const shown = tern('inspect', 'image', image);
    expect(shown.stdout).toMatch(/\nHeap: \d+ objects, [\d.]+ KiB \(\d+ interned strings\); \d+ class-library objects named, not copied\n/);
  });

  it('fails the restore with one line when a name does not resolve here', () => {
    const image = join(dir, 'forged.tern');
    expect(tern('-cp', dir, 'Boxes', image).status).toBe(0);
    const img = decodeImage(readFileSync(image));
    const five = img.objects.findIndex((o) => o.name?.root === 'java/lang/Integer$IntegerCache.CACHE' && o.name.path[0] === 133);
    img.objects[five]!.name!.path = [999];
    writeFileSync(image, encodeImage(img));
    const r = tern('restore', image);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`Error: cannot restore ${image}: object ${five + 1} (java/lang/Integer$IntegerCache.CACHE/999): no element 999 in [Ljava.lang.Integer;\n`);
    img.objects[five]!.name!.path = [134];
    img.objects[five]!.classIndex = img.classes.findIndex((c) => c.name === 'java/lang/Long');
    writeFileSync(image, encodeImage(img));
    expect(tern('restore', image).stderr).toBe(`Error: cannot restore ${image}: object ${five + 1} (java/lang/Integer$IntegerCache.CACHE/134): is a java.lang.Integer here, a java.lang.Long in the image\n`);
  });
});
