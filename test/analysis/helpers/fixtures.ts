/**
 * @fileoverview The Java sources the analysis tests compile: the fixture files next to the tests,
 * and a generated class with more than 256 locals so javac emits `wide` loads, stores and iinc.
 */
import { readFileSync } from 'node:fs';
import type { Sources } from './javac.js';

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

/** A class whose method `many` uses locals 0..303, with probes before and after the wide ones. */
export function wideSource(): string {
  const lines: string[] = [];
  for (let i = 0; i < 300; i++) lines.push(`int v${i} = a + ${i};`);
  const sum = Array.from({ length: 300 }, (_, i) => `v${i}`).join(' + ');
  return `public class Wide {
  static void at(String label) {}
  static long many(int a) {
    ${lines.join('\n    ')}
    long big = a * 3L;
    double real = big / 2.0;
    Object ref = "r";
    at("wide");
    for (int k = 0; k < 3; k++) { v299 += 1000; big++; }
    return ${sum} + big + (long) real + ref.hashCode();
  }
}`;
}

/** Every source file of the analysis tests. */
export function allSources(): Sources {
  return { 'Kinds.java': fixture('Kinds.java'), 'Misc.java': fixture('Misc.java'), 'Wide.java': wideSource() };
}
