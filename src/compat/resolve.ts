/**
 * @fileoverview Class, field and method resolution for `tern check`, over the application's
 * classes and Tern's class library together, following JVMS §5.4.3: a method is looked up in the
 * class and its superclasses, then in its superinterfaces; an interface method in the interface,
 * then Object, then superinterfaces; a field in the class, its superinterfaces, then its
 * superclass. Signature-polymorphic methods (JVMS §2.9.3) match any descriptor. Pure data: no VM.
 */
import { parseClassFile } from '../classfile/parser.js';
import { Acc, type ClassFile } from '../classfile/types.js';

/** Where a class comes from. */
export type Origin = 'app' | 'library';

/** A found class. */
export interface Found {
  cf: ClassFile;
  origin: Origin;
}

/** A member found by resolution, and the class that declares it. */
export interface Resolved {
  declaringClass: string;
  origin: Origin;
}

/** Classes by internal name; the library wins over the application, as parent delegation makes it at run time. */
export class ClassUniverse {
  private readonly parsedLibrary = new Map<string, ClassFile | null>();

  constructor(
    private readonly app: ReadonlyMap<string, ClassFile>,
    private readonly libraryBytes: (name: string) => Uint8Array | null,
  ) {}

  /** The class `name`, or null when neither the library nor the application defines it. */
  find(name: string): Found | null {
    const lib = this.library(name);
    if (lib !== null) return { cf: lib, origin: 'library' };
    const app = this.app.get(name);
    return app === undefined ? null : { cf: app, origin: 'app' };
  }

  private library(name: string): ClassFile | null {
    let cf = this.parsedLibrary.get(name);
    if (cf === undefined) {
      const bytes = this.libraryBytes(name);
      cf = bytes === null ? null : parseClassFile(bytes, { expectedName: name, trusted: true });
      this.parsedLibrary.set(name, cf);
    }
    return cf;
  }

  /** Method resolution (JVMS §5.4.3.3) for a Methodref on class `owner`; arrays resolve against Object. */
  resolveMethod(owner: string, name: string, descriptor: string): Resolved | null {
    const start = owner.startsWith('[') ? 'java/lang/Object' : owner;
    if (name === '<init>') {
      // invokespecial requires the constructor to be declared by the named class itself.
      const c = this.find(start);
      return c !== null && declares(c.cf, name, descriptor) ? { declaringClass: start, origin: c.origin } : null;
    }
    for (let c = this.find(start); c !== null; c = c.cf.superName === null ? null : this.find(c.cf.superName)) {
      if (declares(c.cf, name, descriptor) || signaturePolymorphic(c.cf, name)) return { declaringClass: c.cf.name, origin: c.origin };
    }
    return this.inSuperinterfaces(start, name, descriptor, new Set());
  }

  /** Interface method resolution (JVMS §5.4.3.4). */
  resolveInterfaceMethod(owner: string, name: string, descriptor: string): Resolved | null {
    const c = this.find(owner);
    if (c === null) return null;
    if (declares(c.cf, name, descriptor)) return { declaringClass: owner, origin: c.origin };
    const object = this.find('java/lang/Object');
    const m = object?.cf.methods.find((x) => x.name === name && x.descriptor === descriptor);
    if (object !== null && m !== undefined && (m.flags & Acc.Public) !== 0 && (m.flags & Acc.Static) === 0) {
      return { declaringClass: 'java/lang/Object', origin: object.origin };
    }
    return this.inSuperinterfaces(owner, name, descriptor, new Set());
  }

  /** A non-static, non-private method of a superinterface of `cls` (and of its superclasses). */
  private inSuperinterfaces(cls: string, name: string, descriptor: string, seen: Set<string>): Resolved | null {
    for (let c = this.find(cls); c !== null; c = c.cf.superName === null ? null : this.find(c.cf.superName)) {
      for (const i of c.cf.interfaces) {
        if (seen.has(i)) continue;
        seen.add(i);
        const ic = this.find(i);
        if (ic === null) continue;
        const m = ic.cf.methods.find((x) => x.name === name && x.descriptor === descriptor);
        if (m !== undefined && (m.flags & (Acc.Private | Acc.Static)) === 0) return { declaringClass: i, origin: ic.origin };
        const deeper = this.inSuperinterfaces(i, name, descriptor, seen);
        if (deeper !== null) return deeper;
      }
    }
    return null;
  }

  /** Field resolution (JVMS §5.4.3.2). */
  resolveField(owner: string, name: string, descriptor: string, seen = new Set<string>()): Resolved | null {
    if (seen.has(owner)) return null;
    seen.add(owner);
    const c = this.find(owner);
    if (c === null) return null;
    if (c.cf.fields.some((f) => f.name === name && f.descriptor === descriptor)) return { declaringClass: owner, origin: c.origin };
    for (const i of c.cf.interfaces) {
      const r = this.resolveField(i, name, descriptor, seen);
      if (r !== null) return r;
    }
    return c.cf.superName === null ? null : this.resolveField(c.cf.superName, name, descriptor, seen);
  }

  /** The first library class among `name` and its superclasses (for an app class, the library class it extends). */
  firstLibraryAncestor(name: string): string | null {
    for (let c = this.find(name); c !== null; c = c.cf.superName === null ? null : this.find(c.cf.superName)) {
      if (c.origin === 'library') return c.cf.name;
    }
    return null;
  }

  /** Whether `name` or one of its ancestors (classes or interfaces) is missing. */
  missingAncestor(name: string, seen = new Set<string>()): string | null {
    if (seen.has(name)) return null;
    seen.add(name);
    const c = this.find(name);
    if (c === null) return name;
    for (const s of [...(c.cf.superName === null ? [] : [c.cf.superName]), ...c.cf.interfaces]) {
      const m = this.missingAncestor(s, seen);
      if (m !== null) return m;
    }
    return null;
  }
}

function declares(cf: ClassFile, name: string, descriptor: string): boolean {
  return cf.methods.some((m) => m.name === name && m.descriptor === descriptor);
}

/** JVMS §2.9.3: a native varargs `(Object[])Object` method of MethodHandle or VarHandle. */
function signaturePolymorphic(cf: ClassFile, name: string): boolean {
  if (cf.name !== 'java/lang/invoke/MethodHandle' && cf.name !== 'java/lang/invoke/VarHandle') return false;
  return cf.methods.some((m) => m.name === name && m.descriptor.startsWith('([Ljava/lang/Object;)')
    && (m.flags & (Acc.Native | Acc.Varargs)) === (Acc.Native | Acc.Varargs));
}
