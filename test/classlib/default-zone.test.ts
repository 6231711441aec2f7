/**
 * @fileoverview ZoneId.systemDefault() against HotSpot for several TZ values: a region, a
 * ':'-prefixed region, three-letter IDs (SHORT_IDS: EST is a fixed offset, PST a region), an
 * unknown ID (GMT), an empty TZ and no TZ at all (the host's zone). The differential corpus
 * always runs with TZ=UTC, so this is where the other paths are checked.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
let classes = '';

beforeAll(() => {
  classes = mkdtempSync(join(tmpdir(), 'tern-default-zone-'));
  const r = spawnSync('javac', ['-d', classes, join(import.meta.dirname, 'zones', 'DefaultZone.java')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`javac failed:\n${r.stderr}`);
});

afterAll(() => rmSync(classes, { recursive: true, force: true }));

function run(cmd: string, args: string[], tz: string | undefined): string {
  const env: Record<string, string | undefined> = { ...process.env, LC_ALL: 'C.UTF-8' };
  delete env.JAVA_TOOL_OPTIONS;
  delete env.NODE_OPTIONS;
  if (tz === undefined) delete env.TZ;
  else env.TZ = tz;
  const r = spawnSync(cmd, [...args, '-cp', classes, 'DefaultZone'], { encoding: 'utf8', env });
  return `${r.status} ${r.stdout}${r.stderr}`;
}

describe('ZoneId.systemDefault and TimeZone.getDefault from TZ', () => {
  for (const tz of ['Europe/Paris', ':Australia/Sydney', 'EST', 'PST', 'Mars/Olympus', 'GMT+05:30', '', undefined]) {
    it(`TZ=${tz === undefined ? '(unset)' : JSON.stringify(tz)}`, () => {
      const expected = run('java', [], tz);
      expect(run(process.execPath, [join(root, 'bin', 'tern.js')], tz)).toBe(expected);
    });
  }
});

describe('-Duser.timezone wins over TZ', () => {
  for (const id of ['Asia/Tokyo', 'GMT-3', 'Bogus/Zone']) {
    it(`-Duser.timezone=${id}`, () => {
      const expected = run('java', [`-Duser.timezone=${id}`], 'Europe/Paris');
      expect(run(process.execPath, [join(root, 'bin', 'tern.js'), `-Duser.timezone=${id}`], 'Europe/Paris')).toBe(expected);
    });
  }
});
