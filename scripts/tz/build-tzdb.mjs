#!/usr/bin/env node
/**
 * @fileoverview Writes build/tzdb.bin, the time-zone database behind java.time's region zones, by
 * running GenTzdbData.java on the JDK 17 that builds the class library: the rules and English
 * names are HotSpot's own (its tzdata release), generated at build time and shipped, so an
 * installed Tern needs no JDK. Skipped when the output is newer than the generator.
 *
 * Usage: node scripts/tz/build-tzdb.mjs [--force]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The generator (a single-file Java program, run without a separate javac step). */
export const GENERATOR = join(here, 'GenTzdbData.java');
/** The generated database. */
export const TZDB_PATH = resolve(here, '..', '..', 'build', 'tzdb.bin');

/** Regenerates the database unless it is up to date; returns whether it ran the generator. */
export function buildTzdb({ force = false, out = TZDB_PATH } = {}) {
  if (!force && existsSync(out) && statSync(out).mtimeMs >= statSync(GENERATOR).mtimeMs) return false;
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.tmp`;
  // A fixed locale and zone: the names are the JDK's English ones whatever the build host uses.
  execFileSync('java', ['-Duser.language=en', '-Duser.country=', '-Duser.timezone=UTC', GENERATOR, tmp], { stdio: 'inherit' });
  renameSync(tmp, out); // never leave a half-written file behind
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildTzdb({ force: process.argv.includes('--force') });
}
