/**
 * @fileoverview The jar manifest (`META-INF/MANIFEST.MF`, JAR File Specification "Manifest
 * Specification"): a main section and per-entry sections of `Name: value` headers, where a line
 * that starts with one space continues the previous one (writers wrap lines at 72 bytes). The
 * launcher needs `Main-Class` and `Class-Path`; the rest is kept for tools.
 */

import { JarFormatError } from './errors.js';

/** One manifest section: header names are case-insensitive, their first spelling is kept. */
export class Attributes {
  private readonly map = new Map<string, { name: string; value: string }>();

  /** The value of header `name` (any case), or null. */
  get(name: string): string | null {
    return this.map.get(name.toLowerCase())?.value ?? null;
  }

  /** Sets header `name`; a later header of the same name replaces the earlier one. */
  set(name: string, value: string): void {
    const key = name.toLowerCase();
    const prior = this.map.get(key);
    this.map.set(key, { name: prior?.name ?? name, value });
  }

  /** Headers in the order they first appeared, as [name, value] pairs. */
  entries(): [string, string][] {
    return [...this.map.values()].map((e) => [e.name, e.value]);
  }

  /** Number of headers. */
  get size(): number {
    return this.map.size;
  }
}

/** A parsed manifest: the main section and the per-entry sections keyed by their `Name`. */
export class Manifest {
  /** The main section (before the first blank line). */
  readonly main = new Attributes();
  /** Individual sections, keyed by the value of their `Name` header. */
  readonly sections = new Map<string, Attributes>();

  /** `Main-Class` with surrounding spaces removed, as the launcher reads it (dots, not slashes), or null. */
  get mainClass(): string | null {
    const v = this.main.get('Main-Class')?.trim();
    return v ? v : null;
  }

  /** `Class-Path` split at spaces: relative URLs of further class-path entries. */
  get classPath(): string[] {
    return (this.main.get('Class-Path') ?? '').split(/\s+/).filter((s) => s.length > 0);
  }
}

/** JAR spec: a header name is alphanumerics, `-` and `_`, 1 to 70 characters. */
const HEADER_NAME = /^[A-Za-z0-9_-]{1,70}$/;

/**
 * Parses manifest bytes (UTF-8). Throws JarFormatError naming `jarName` for a header line that is
 * not `Name: value`, worded like java.util.jar ("invalid header field").
 */
export function parseManifest(bytes: Uint8Array, jarName = 'MANIFEST.MF'): Manifest {
  const text = new TextDecoder('utf-8').decode(bytes);
  const lines = text.split(/\r\n|\r|\n/);
  // java.util.jar only reads terminated lines: a last line without a line break is dropped.
  lines.pop();
  const manifest = new Manifest();
  let section: Attributes = manifest.main;
  const others: Attributes[] = [];
  let pending: { name: string; value: string } | null = null;
  const flush = (): void => {
    if (pending === null) return;
    section.set(pending.name, pending.value);
    pending = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length === 0) {
      // A blank line ends a section; the next header line starts a new one.
      flush();
      if (section.size > 0) {
        section = new Attributes();
        others.push(section);
      }
      continue;
    }
    if (line[0] === ' ') {
      if (pending === null) throw new JarFormatError(jarName, `invalid header field (line ${i + 1}): continuation without header`, -1);
      pending.value += line.slice(1);
      continue;
    }
    flush();
    const colon = line.indexOf(': ');
    const name = colon < 0 ? line : line.slice(0, colon);
    if (colon < 0 || !HEADER_NAME.test(name)) throw new JarFormatError(jarName, `invalid header field (line ${i + 1})`, -1);
    pending = { name, value: line.slice(colon + 2) };
  }
  flush();
  // Per-entry sections are known by their Name header (complete only once continuations are read).
  for (const attrs of others) {
    const entryName = attrs.get('Name');
    if (entryName !== null) manifest.sections.set(entryName, attrs);
  }
  return manifest;
}
