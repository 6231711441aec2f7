#!/usr/bin/env node
/**
 * @fileoverview Writes build/unicode-data.bin, the table behind the java.lang.Character natives
 * (and build/unicode-scripts.bin, scripts and blocks, by GenScriptData.java the same way),
 * by running GenCharacterData.java on the JDK 17 that builds the class library. The table is
 * generated from HotSpot's answers (never typed by hand) and shipped, so an installed Tern needs
 * no JDK. Skipped when the output is newer than the generator.
 *
 * Usage: node scripts/unicode/build-unicode-data.mjs [--force]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The generator (a single-file Java program, run without a separate javac step). */
export const GENERATOR = join(here, 'GenCharacterData.java');
/** The generated table. */
export const UNICODE_DATA_PATH = resolve(here, '..', '..', 'build', 'unicode-data.bin');
/** The generator of the script and block table (Character.UnicodeScript/UnicodeBlock, regex \p{IsGreek}). */
export const SCRIPT_GENERATOR = join(here, 'GenScriptData.java');
/** The generated script and block table. */
export const UNICODE_SCRIPTS_PATH = resolve(here, '..', '..', 'build', 'unicode-scripts.bin');

/** Regenerates the script and block table unless it is up to date; returns whether it ran. */
export function buildUnicodeScripts({ force = false, out = UNICODE_SCRIPTS_PATH } = {}) {
  if (!force && existsSync(out) && statSync(out).mtimeMs >= statSync(SCRIPT_GENERATOR).mtimeMs) return false;
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.tmp`;
  execFileSync('java', [SCRIPT_GENERATOR, tmp], { stdio: 'inherit' });
  renameSync(tmp, out);
  return true;
}

/** Regenerates the table unless it is up to date; returns whether it ran the generator. */
export function buildUnicodeData({ force = false, out = UNICODE_DATA_PATH } = {}) {
  if (!force && existsSync(out) && statSync(out).mtimeMs >= statSync(GENERATOR).mtimeMs) return false;
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.tmp`;
  execFileSync('java', [GENERATOR, tmp], { stdio: 'inherit' });
  renameSync(tmp, out); // never leave a half-written table behind
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildUnicodeData({ force: process.argv.includes('--force') });
  buildUnicodeScripts({ force: process.argv.includes('--force') });
}
