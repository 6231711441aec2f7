/**
 * @fileoverview `tern check`'s output: a text report grouped by package, then class (Java
 * spelling: `long getValue()`, `CRC32(byte[])`, `int x`), ending in one summary line; or the same
 * result as JSON for tools.
 */
import { javaTypeName, parseMethodDescriptor } from '../classfile/descriptors.js';
import type { CheckResult, MissingMember } from './check.js';

const USED_BY_SHOWN = 3;

function dotted(internal: string): string {
  return internal.replace(/\//g, '.');
}

function packageOf(internal: string): string {
  const i = internal.lastIndexOf('/');
  return i < 0 ? '(default package)' : dotted(internal.slice(0, i));
}

function simpleName(internal: string): string {
  return internal.slice(internal.lastIndexOf('/') + 1);
}

/** `long getValue()`, `CRC32(byte[])` for constructors, `int x` for fields. */
export function describeMember(owner: string, m: Pick<MissingMember, 'kind' | 'name' | 'descriptor'>): string {
  if (m.kind === 'field') return `${javaTypeName(m.descriptor)} ${m.name}`;
  const { params, ret } = parseMethodDescriptor(m.descriptor);
  const args = `(${params.map(javaTypeName).join(', ')})`;
  if (m.name === '<init>') return `${simpleName(owner).replace(/.*\$/, '')}${args}`;
  return `${javaTypeName(ret)} ${m.name}${args}`;
}

function usedBy(list: readonly string[]): string {
  const shown = list.slice(0, USED_BY_SHOWN).map(dotted).join(', ');
  return list.length > USED_BY_SHOWN ? `${shown} and ${list.length - USED_BY_SHOWN} more` : shown;
}

/** The summary line. */
export function summaryLine(r: CheckResult): string {
  if (r.classes.length === 0) return `all references resolve (${r.applicationClasses} application classes checked)`;
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return `${n(r.missingClasses, 'class', 'classes')}, ${n(r.missingMethods, 'method', 'methods')}, ${n(r.missingFields, 'field', 'fields')} missing`;
}

/** The human-readable report. */
export function formatText(r: CheckResult): string {
  const lines: string[] = [];
  let pkg = '';
  for (const c of r.classes) {
    const p = packageOf(c.name);
    if (p !== pkg) {
      if (pkg !== '') lines.push('');
      lines.push(`${p}:`);
      pkg = p;
    }
    const cls = simpleName(c.name);
    lines.push(c.classMissing ? `  ${cls}  (class missing; used by ${usedBy(c.usedBy)})` : `  ${cls}`);
    for (const m of c.members) {
      const note = m.note !== undefined ? `; ${m.note}` : '';
      lines.push(`    ${m.kind} ${describeMember(c.name, m)}  (used by ${usedBy(m.usedBy)}${note})`);
    }
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(r));
  return lines.join('\n') + '\n';
}

/** The machine-readable report (stable keys; names in Java spelling, descriptors as in class files). */
export function formatJson(r: CheckResult): string {
  return JSON.stringify({
    ok: r.classes.length === 0,
    applicationClasses: r.applicationClasses,
    summary: { classes: r.missingClasses, methods: r.missingMethods, fields: r.missingFields },
    missing: r.classes.map((c) => ({
      package: packageOf(c.name),
      class: dotted(c.name),
      classMissing: c.classMissing,
      usedBy: c.usedBy.map(dotted),
      members: c.members.map((m) => ({
        kind: m.kind, name: m.name, descriptor: m.descriptor, signature: describeMember(c.name, m),
        ...(m.note !== undefined ? { note: m.note } : {}), usedBy: m.usedBy.map(dotted),
      })),
    })),
  }, null, 2) + '\n';
}
