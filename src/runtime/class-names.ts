/**
 * @fileoverview How HotSpot spells types, methods and loaders in its messages
 * (`void Main.foo(int)`, `unnamed module of loader 'app'`), so Tern's errors read the same.
 */
import type { RtClass, RtMethod } from './model.js';

const PRIMITIVE_NAMES: Record<string, string> = {
  Z: 'boolean', B: 'byte', C: 'char', S: 'short', I: 'int', J: 'long', F: 'float', D: 'double', V: 'void',
};

/** A field descriptor as Java source writes the type (`int[]`, `java.lang.String`). */
export function typeName(d: string): string {
  let dims = '';
  while (d.startsWith('[')) { dims += '[]'; d = d.substring(1); }
  return (PRIMITIVE_NAMES[d] ?? d.substring(1, d.length - 1).replace(/\//g, '.')) + dims;
}

/** The parameter descriptors of a method descriptor. */
export function parameterDescriptors(desc: string): string[] {
  const close = desc.indexOf(')');
  const params: string[] = [];
  let i = 1;
  while (i < close) {
    const start = i;
    while (desc[i] === '[') i++;
    if (desc[i] === 'L') i = desc.indexOf(';', i);
    i++;
    params.push(desc.substring(start, i));
  }
  return params;
}

/** `void Main.foo(int)`: a method as HotSpot names it in linkage errors. */
export function methodSignatureText(owner: string, name: string, desc: string): string {
  const ret = desc.substring(desc.indexOf(')') + 1);
  return `${typeName(ret)} ${owner}.${name}(${parameterDescriptors(desc).map(typeName).join(', ')})`;
}

/** {@link methodSignatureText} of a runtime method, with `static ` first for static methods. */
export function describeMethod(m: RtMethod, withStatic = false): string {
  return `${withStatic && m.isStatic ? 'static ' : ''}${methodSignatureText(m.owner.javaName, m.name, m.descriptor)}`;
}

/** Where a class lives, as ClassCastException messages say it. */
export function describeLoader(c: RtClass): string {
  let base = c;
  while (base.array) base = base.array.component;
  return base.loader === 'boot' ? "module java.base of loader 'bootstrap'" : "unnamed module of loader 'app'";
}
