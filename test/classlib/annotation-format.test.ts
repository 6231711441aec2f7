/**
 * @fileoverview Malformed run-time annotation attributes, as HotSpot treats them: the class still
 * loads, and reflection throws AnnotationFormatError (with the JDK's message or cause) only when it
 * reads the broken attribute. A javac-compiled class is edited one attribute at a time and run on
 * both HotSpot and Tern; the outputs must be identical.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClassEditor } from '../classfile/helpers/class-editor.js';
import { TERN_LAUNCHER } from '../support/tern.js';

const SOURCE = `
import java.lang.annotation.*;
import java.util.Arrays;

public class Main {
    @Retention(RetentionPolicy.RUNTIME) @interface Marker { int value(); String name() default "n"; }

    @Marker(5) static class Victim {
        @Marker(6) int f;
        @Marker(7) void m(@Marker(8) int p) {}
    }

    interface Get { Object[] get() throws Exception; }

    static void report(String what, Get g) {
        try {
            System.out.println(what + " " + Arrays.toString(g.get()));
        } catch (Throwable t) {
            System.out.println(what + " " + t + " / cause " + t.getCause());
        }
    }

    public static void main(String[] args) {
        System.out.println("loaded " + Victim.class.getName());
        report("class", () -> Victim.class.getAnnotations());
        report("field", () -> Victim.class.getDeclaredField("f").getAnnotations());
        report("method", () -> Victim.class.getDeclaredMethod("m", int.class).getAnnotations());
        report("params", () -> Victim.class.getDeclaredMethod("m", int.class).getParameterAnnotations()[0]);
    }
}
`;

/** Each case edits the RuntimeVisible(Parameter)Annotations bodies of Main$Victim. */
const CASES: Record<string, (e: ClassEditor) => void> = {
  intact: () => {},
  // class: num_annotations 1 -> 2, the attribute ends first
  'truncated class annotations': (e) => {
    e.attribute(e.attributes, 'RuntimeVisibleAnnotations').data[1] = 2;
  },
  // field: type_index points at a Class entry instead of a Utf8
  'type index of the wrong kind': (e) => {
    const body = e.attribute(e.fields[0]!.attributes, 'RuntimeVisibleAnnotations').data;
    body[2] = e.thisClass >> 8;
    body[3] = e.thisClass & 0xff;
  },
  // method: element_value tag 'I' -> 'X'
  'invalid element tag': (e) => {
    const body = e.attribute(e.method('m').attributes, 'RuntimeVisibleAnnotations').data;
    body[8] = 'X'.charCodeAt(0);
  },
  // method: element_value tag 'I' -> 'J' with the index of an Integer entry
  'constant of the wrong kind': (e) => {
    const body = e.attribute(e.method('m').attributes, 'RuntimeVisibleAnnotations').data;
    body[8] = 'J'.charCodeAt(0);
  },
  // parameters: num_parameters 1 -> 3
  'too many parameters': (e) => {
    e.attribute(e.method('m').attributes, 'RuntimeVisibleParameterAnnotations').data[0] = 3;
  },
  // parameters: num_parameters 1 -> 0, fewer than the descriptor has
  'too few parameters': (e) => {
    const a = e.attribute(e.method('m').attributes, 'RuntimeVisibleParameterAnnotations');
    a.data = Uint8Array.of(0);
  },
};

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000 });
  return `${r.stdout}${r.stderr}exit ${r.status}`;
}

describe('malformed annotation attributes', () => {
  let dir: string;
  let original: Uint8Array;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tern-annot-'));
    writeFileSync(join(dir, 'Main.java'), SOURCE);
    const r = spawnSync('javac', ['-d', dir, join(dir, 'Main.java')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    original = readFileSync(join(dir, 'Main$Victim.class'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const [name, edit] of Object.entries(CASES)) {
    it(`${name}: Tern reports it like HotSpot`, () => {
      const e = ClassEditor.parse(original);
      edit(e);
      writeFileSync(join(dir, 'Main$Victim.class'), e.toBytes());
      const hotspot = run('java', ['-Xshare:auto', '-cp', dir, 'Main']);
      const tern = run(process.execPath, [TERN_LAUNCHER, '-cp', dir, 'Main']);
      expect(hotspot).toContain('loaded Main$Victim');
      expect(tern).toBe(hotspot);
    }, 130_000);
  }
});
