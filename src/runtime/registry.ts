/**
 * @fileoverview The class table: loading (JVMS §5.3), linking and lookup of classes by name and
 * id. Class ids are indices into {@link ClassRegistry.byId} and are what object headers store.
 * Errors surface as {@link JavaThrow}s worded like HotSpot's.
 */
import { parseClassFile } from '../classfile/parser.js';
import type { ClassFile } from '../classfile/types.js';
import type { ClassPath } from './class-path.js';
import { JavaThrow } from './errors.js';
import {
  buildVtable,
  computeSupertypes,
  declareFields,
  layoutInstanceFields,
  placeStatics,
  staticBlockSize,
} from './linker.js';
import { heapSizeOf, kindOfDescriptor, RtClass, RtMethod, ValueKind, type Loader } from './model.js';

/** Primitive type descriptors and their Java names. */
export const PRIMITIVES: ReadonlyArray<[string, string]> = [
  ['Z', 'boolean'], ['B', 'byte'], ['C', 'char'], ['S', 'short'],
  ['I', 'int'], ['J', 'long'], ['F', 'float'], ['D', 'double'], ['V', 'void'],
];

/** Parses a method descriptor into parameter kinds and return kind. */
export function methodKinds(desc: string): { params: ValueKind[]; ret: ValueKind } {
  const params: ValueKind[] = [];
  let i = 1;
  while (desc.charCodeAt(i) !== 41 /* ) */) {
    const start = i;
    while (desc.charCodeAt(i) === 91 /* [ */) i++;
    if (desc.charCodeAt(i) === 76 /* L */) i = desc.indexOf(';', i);
    params.push(desc.charCodeAt(start) === 91 ? ValueKind.Ref : kindOfDescriptor(desc[start]!));
    i++;
  }
  return { params, ret: kindOfDescriptor(desc.substring(i + 1)) };
}

/** Hooks the registry needs from the VM (static storage, method ids). */
export interface RegistryHost {
  allocStatic(bytes: number): number;
  registerMethod(m: RtMethod): void;
}

/** All loaded classes of one VM. */
export class ClassRegistry {
  /** Classes by id; the id is the index. */
  readonly byId: RtClass[] = [];
  private readonly byName = new Map<string, RtClass>();
  /** Names being loaded right now, to detect ClassCircularityError. */
  private readonly loading = new Set<string>();
  /** Primitive classes by descriptor character. */
  readonly primitives = new Map<string, RtClass>();

  constructor(private readonly path: ClassPath, private readonly host: RegistryHost) {
    for (const [desc, name] of PRIMITIVES) {
      const c = new RtClass(name, null, 'boot', 0x0411);
      c.primitive = desc;
      this.register(c);
      this.primitives.set(desc, c);
    }
  }

  /** The class named `name` if it is already loaded. */
  peek(name: string): RtClass | undefined {
    return this.byName.get(name);
  }

  /**
   * Loads and links `name` (internal form; arrays as descriptors `[I`, `[Ljava/lang/String;`).
   * Throws {@link JavaThrow} NoClassDefFoundError / ClassFormatError / ... on failure.
   */
  load(name: string): RtClass {
    const known = this.byName.get(name);
    if (known) return known;
    if (name.charCodeAt(0) === 91 /* [ */) return this.loadArray(name);
    const source = this.path.find(name);
    if (!source) throw new JavaThrow('java/lang/NoClassDefFoundError', name);
    return this.define(name, source.bytes, source.loader);
  }

  /** Defines a class from bytes (class path, synthetic classes, restored images). */
  define(name: string, bytes: Uint8Array, loader: Loader): RtClass {
    if (this.loading.has(name)) throw new JavaThrow('java/lang/ClassCircularityError', name.replace(/\//g, '.'));
    let file: ClassFile;
    try {
      file = parseClassFile(bytes, { trusted: loader === 'boot' });
    } catch (e) {
      const err = e as { javaClass?: string; message: string };
      if (err.javaClass) throw new JavaThrow(err.javaClass, err.message);
      throw e;
    }
    if (file.name !== name) {
      throw new JavaThrow('java/lang/NoClassDefFoundError', `${name} (wrong name: ${file.name})`);
    }
    this.loading.add(name);
    try {
      const cls = new RtClass(name, file, loader, file.flags);
      cls.bytes = bytes;
      if (file.superName !== null) {
        const sup = this.load(file.superName);
        if (sup.isInterface) throw new JavaThrow('java/lang/IncompatibleClassChangeError', `class ${cls.javaName} has interface ${sup.javaName} as super class`);
        if ((sup.flags & 0x0010) !== 0) throw new JavaThrow('java/lang/IncompatibleClassChangeError', `class ${cls.javaName} cannot inherit from final class ${sup.javaName}`);
        cls.superclass = sup;
      }
      for (const i of file.interfaces) {
        const iface = this.load(i);
        if (!iface.isInterface) throw new JavaThrow('java/lang/IncompatibleClassChangeError', `class ${cls.javaName} can not implement ${iface.javaName}, because it is not an interface (${iface.javaName} is in unnamed module of loader 'app')`);
        cls.interfaces.push(iface);
      }
      this.link(cls);
      this.register(cls);
      return cls;
    } finally {
      this.loading.delete(name);
    }
  }

  /** Linking: methods, fields, layout, statics and vtable. */
  private link(cls: RtClass): void {
    const file = cls.file!;
    for (const info of file.methods) {
      const { params, ret } = methodKinds(info.descriptor);
      const m = new RtMethod(cls, info, params, ret);
      cls.methods.set(info.name + info.descriptor, m);
      this.host.registerMethod(m);
    }
    declareFields(cls);
    computeSupertypes(cls);
    layoutInstanceFields(cls);
    const size = staticBlockSize(cls);
    if (size > 0) placeStatics(cls, this.host.allocStatic(size));
    buildVtable(cls);
  }

  /** Creates an array class, its component loaded first. */
  private loadArray(name: string): RtClass {
    const compDesc = name.substring(1);
    let component: RtClass;
    if (compDesc.charCodeAt(0) === 76 /* L */) component = this.load(compDesc.substring(1, compDesc.length - 1));
    else if (compDesc.charCodeAt(0) === 91) component = this.load(compDesc);
    else {
      const p = this.primitives.get(compDesc);
      if (!p || compDesc === 'V') throw new JavaThrow('java/lang/NoClassDefFoundError', name);
      component = p;
    }
    return this.arrayOf(component);
  }

  /** The array class whose elements are `component`. */
  arrayOf(component: RtClass): RtClass {
    if (component.arrayClass) return component.arrayClass;
    const name = '[' + this.descriptorOf(component);
    const object = this.load('java/lang/Object');
    const access = component.primitive ? 0x0411 : (component.flags & 0x0001) | 0x0410;
    const cls = new RtClass(name, null, component.primitive ? 'boot' : component.loader, access);
    const elementKind = component.primitive ? kindOfDescriptor(component.primitive) : ValueKind.Ref;
    cls.array = { component, elementKind, elementSize: heapSizeOf(elementKind) };
    cls.superclass = object;
    cls.interfaces = [this.load('java/lang/Cloneable'), this.load('java/io/Serializable')];
    computeSupertypes(cls);
    // Covariance (JVMS §4.10.1.2): T[] is a subtype of S[] when T is a subtype of S.
    if (!component.primitive) {
      for (const s of component.supertypes) if (s !== component) cls.supertypes.add(this.arrayOf(s));
      if (component.isInterface || component.isArray) cls.supertypes.add(this.arrayOf(object));
    }
    cls.vtable = object.vtable;
    cls.state = 3; // arrays need no initialization
    component.arrayClass = cls;
    this.register(cls);
    return cls;
  }

  /** The field descriptor of a class (`I`, `Ljava/lang/String;`, `[I`). */
  descriptorOf(c: RtClass): string {
    if (c.primitive) return c.primitive;
    if (c.isArray) return c.name;
    return 'L' + c.name + ';';
  }

  private register(cls: RtClass): void {
    cls.id = this.byId.length;
    this.byId.push(cls);
    this.byName.set(cls.name, cls);
  }
}
