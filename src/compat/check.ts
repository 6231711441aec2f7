/**
 * @fileoverview `tern check`'s analysis: every class, method and field the application references
 * that neither the application nor Tern's class library provides. Each application class is
 * parsed (with the VM's format checks), its references collected (references.ts) and resolved
 * (resolve.ts). A member of an application class that resolution cannot find is blamed on the
 * library class the application class extends, since a consistent javac build can only have
 * expected it there.
 */
import { parseClassFile } from '../classfile/parser.js';
import type { ClassFile } from '../classfile/types.js';
import { collectReferences, UNLINKED_BOOTSTRAP, type MemberRef } from './references.js';
import { ClassUniverse } from './resolve.js';

/** A missing field or method. */
export interface MissingMember {
  kind: 'field' | 'method';
  name: string;
  descriptor: string;
  /** Why it counts although it may exist (an unsupported bootstrap method). */
  note?: string;
  /** Application classes that reference it, sorted. */
  usedBy: string[];
}

/** A class that is missing, or that exists but lacks members. */
export interface ClassReport {
  /** Internal name. */
  name: string;
  /** The whole class is missing (its members are listed as they are used). */
  classMissing: boolean;
  members: MissingMember[];
  /** Application classes that reference the class itself (missing classes only), sorted. */
  usedBy: string[];
}

export interface CheckResult {
  /** Number of application classes read. */
  applicationClasses: number;
  /** Classes with something missing, sorted by name. */
  classes: ClassReport[];
  missingClasses: number;
  missingMethods: number;
  missingFields: number;
}

/** Bytes of an application class, with where they came from for messages. */
export interface ApplicationClass {
  /** Internal name from the file name. */
  name: string;
  /** `app.jar!/p/A.class` or `dir/p/A.class`. */
  source: string;
  bytes: Uint8Array;
}

/** A malformed application class file. */
export class BadClassFileError extends Error {}

/** Parses every application class; throws BadClassFileError naming the first malformed one. */
export function parseApplication(classes: readonly ApplicationClass[]): Map<string, ClassFile> {
  const out = new Map<string, ClassFile>();
  for (const c of classes) {
    let cf: ClassFile;
    try {
      cf = parseClassFile(c.bytes);
    } catch (e) {
      const javaClass = (e as { javaClass?: string }).javaClass;
      const kind = javaClass ? javaClass.replace(/\//g, '.') : 'error';
      throw new BadClassFileError(`${c.source}: ${kind}: ${(e as Error).message}`);
    }
    if (!out.has(cf.name)) out.set(cf.name, cf); // first on the class path wins, as for loading
  }
  return out;
}

/** Checks `app` against the class library whose class bytes `library` returns. */
export function checkApplication(app: ReadonlyMap<string, ClassFile>, library: (name: string) => Uint8Array | null): CheckResult {
  const universe = new ClassUniverse(app, library);
  const reports = new Map<string, ClassReport>();
  const memberKeys = new Map<string, MissingMember>();
  const report = (cls: string): ClassReport => {
    let r = reports.get(cls);
    if (r === undefined) reports.set(cls, (r = { name: cls, classMissing: universe.find(cls) === null, members: [], usedBy: [] }));
    return r;
  };
  const addUse = (list: string[], user: string): void => {
    if (!list.includes(user)) list.push(user);
  };
  const missingMember = (cls: string, ref: MemberRef, user: string): void => {
    const key = `${cls}.${ref.kind}.${ref.name}:${ref.descriptor}`;
    let m = memberKeys.get(key);
    if (m === undefined) {
      m = { kind: ref.kind, name: ref.name, descriptor: ref.descriptor, usedBy: [] };
      if (ref.note !== undefined && universe.find(cls) !== null) m.note = ref.note;
      memberKeys.set(key, m);
      report(cls).members.push(m);
    }
    addUse(m.usedBy, user);
  };

  for (const [user, cf] of app) {
    const refs = collectReferences(cf);
    for (const cls of refs.classes) {
      if (universe.find(cls) === null) addUse(report(cls).usedBy, user);
    }
    for (const ref of refs.members) {
      const owner = ref.owner.startsWith('[') ? 'java/lang/Object' : ref.owner;
      const ownerClass = universe.find(owner);
      if (ownerClass === null) {
        missingMember(owner, ref, user); // listed under the missing class
        continue;
      }
      if (ref.note === UNLINKED_BOOTSTRAP) {
        missingMember(owner, ref, user);
        continue;
      }
      const resolved = ref.kind === 'field' ? universe.resolveField(owner, ref.name, ref.descriptor)
        : ref.isInterface ? universe.resolveInterfaceMethod(owner, ref.name, ref.descriptor)
          : universe.resolveMethod(owner, ref.name, ref.descriptor);
      if (resolved !== null) continue;
      if (ownerClass.origin === 'library') {
        missingMember(owner, ref, user);
        continue;
      }
      // An application class without the member: a library ancestor should have had it, unless
      // the ancestor chain itself is broken (then that missing class is already reported).
      if (universe.missingAncestor(owner) !== null) continue;
      const blamed = universe.firstLibraryAncestor(owner);
      missingMember(blamed !== null && blamed !== 'java/lang/Object' ? blamed : owner, ref, user);
    }
  }

  const classes = [...reports.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const c of classes) {
    c.usedBy.sort();
    c.members.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name) || a.descriptor.localeCompare(b.descriptor));
    for (const m of c.members) m.usedBy.sort();
  }
  const present = classes.filter((c) => !c.classMissing);
  return {
    applicationClasses: app.size,
    classes,
    missingClasses: classes.length - present.length,
    missingMethods: present.reduce((n, c) => n + c.members.filter((m) => m.kind === 'method').length, 0),
    missingFields: present.reduce((n, c) => n + c.members.filter((m) => m.kind === 'field').length, 0),
  };
}
