/**
 * @fileoverview What the collector needs to know about a class: its shape (instance size and
 * reference-field offsets, or array element kind), asked once from the runtime and then kept in
 * flat typed arrays indexed by class id, so the copying loop makes no JS calls and allocates nothing
 * per object.
 */

import { OBJECT_HEADER_BYTES } from './layout.js';

/** Shape of a class's instances: size in bytes (header included) and byte offsets of its reference fields. */
export interface InstanceShape {
  kind: 'instance';
  size: number;
  refOffsets: Int32Array;
  /**
   * Byte offset of a reference field the collector treats WEAKLY (the `referent` of a
   * java.lang.ref.WeakReference): not traced; after the trace it is updated when its target
   * survived and cleared otherwise. It must be one of `refOffsets`.
   */
  weakOffset?: number;
}

/** Shape of an array class: element size in bytes and whether elements are references. */
export interface ArrayShape {
  kind: 'array';
  elementSize: 1 | 2 | 4 | 8;
  elementsAreRefs: boolean;
}

/** How the collector learns object shapes; implemented by the runtime. */
export interface TypeInfoSource {
  /** For class id `id`: 'instance' with its size in bytes and byte offsets of reference fields, or an array kind. */
  shapeOf(classId: number): InstanceShape | ArrayShape;
}

/** Shape kinds as stored in {@link ShapeTable.kinds}. */
export const enum ShapeKind {
  Unknown = 0,
  Instance = 1,
  PrimitiveArray = 2,
  RefArray = 3,
}

const EMPTY_OFFSETS = new Int32Array(0);

/** Maps a class id to its cached shape: kind, instance size or element size, and reference offsets. */
export class ShapeTable {
  /** Kind per class id ({@link ShapeKind}); 0 until loaded. */
  kinds = new Uint8Array(64);
  /** Instance size (rounded to 8) for instances; element size for arrays. */
  sizes = new Int32Array(64);
  /** Reference-field offsets for instances; empty for arrays. */
  refOffsets: Int32Array[] = [];
  /** The offsets the collector traces: refOffsets without the weak one. */
  scanOffsets: Int32Array[] = [];
  /** Weak referent offset per class id; 0 = none (offsets are never 0: the header comes first). */
  weakOffsets = new Int32Array(64);

  /** Creates an empty table that asks `types` on a miss. */
  constructor(private readonly types: TypeInfoSource) {}

  /** Loads (if needed) the shape of `classId` and returns its kind. Throws a clear Error for a bad shape. */
  load(classId: number): ShapeKind {
    if (classId >= 0 && classId < this.kinds.length) {
      const kind = this.kinds[classId] as ShapeKind;
      if (kind !== ShapeKind.Unknown) return kind;
    }
    return this.loadSlow(classId);
  }

  /** Asks the type source for a shape not seen before, validates it and caches it. */
  private loadSlow(classId: number): ShapeKind {
    if (!Number.isInteger(classId) || classId < 0) {
      throw new Error(`heap: invalid class id ${classId} in an object header (heap corrupted?)`);
    }
    const shape = this.types.shapeOf(classId);
    this.ensureCapacity(classId + 1);
    if (shape.kind === 'instance') {
      this.sizes[classId] = checkInstance(classId, shape);
      this.refOffsets[classId] = shape.refOffsets;
      const weak = shape.weakOffset ?? 0;
      if (weak !== 0 && !shape.refOffsets.includes(weak)) {
        throw new Error(`heap: class ${classId}: weak offset ${weak} is not one of its reference field offsets`);
      }
      this.scanOffsets[classId] = weak === 0 ? shape.refOffsets : shape.refOffsets.filter((o) => o !== weak);
      this.weakOffsets[classId] = weak;
      this.kinds[classId] = ShapeKind.Instance;
    } else {
      const es = shape.elementSize;
      if (es !== 1 && es !== 2 && es !== 4 && es !== 8) {
        throw new Error(`heap: class ${classId}: array element size must be 1, 2, 4 or 8, got ${es}`);
      }
      if (shape.elementsAreRefs && es !== 4) {
        throw new Error(`heap: class ${classId}: reference arrays have 4-byte elements, got ${es}`);
      }
      this.sizes[classId] = es;
      this.refOffsets[classId] = EMPTY_OFFSETS;
      this.scanOffsets[classId] = EMPTY_OFFSETS;
      this.weakOffsets[classId] = 0;
      this.kinds[classId] = shape.elementsAreRefs ? ShapeKind.RefArray : ShapeKind.PrimitiveArray;
    }
    return this.kinds[classId] as ShapeKind;
  }

  /** Forgets every cached shape (e.g. after the runtime reassigns class ids on restore). */
  clear(): void {
    this.kinds.fill(0);
    this.sizes.fill(0);
    this.refOffsets = [];
    this.scanOffsets = [];
    this.weakOffsets.fill(0);
  }

  private ensureCapacity(n: number): void {
    if (n <= this.kinds.length) return;
    let cap = this.kinds.length;
    while (cap < n) cap *= 2;
    const kinds = new Uint8Array(cap);
    kinds.set(this.kinds);
    const sizes = new Int32Array(cap);
    sizes.set(this.sizes);
    const weak = new Int32Array(cap);
    weak.set(this.weakOffsets);
    this.kinds = kinds;
    this.sizes = sizes;
    this.weakOffsets = weak;
  }
}

/** Validates an instance shape and returns its size rounded up to 8. */
function checkInstance(classId: number, shape: InstanceShape): number {
  const size = shape.size;
  if (!Number.isInteger(size) || size < OBJECT_HEADER_BYTES || size >= 2 ** 30) {
    throw new Error(`heap: class ${classId}: instance size must be an integer >= 8, got ${size}`);
  }
  const rounded = (size + 7) & ~7;
  const offsets = shape.refOffsets;
  for (let i = 0; i < offsets.length; i++) {
    const off = offsets[i];
    if (off < OBJECT_HEADER_BYTES || off + 4 > rounded || (off & 3) !== 0) {
      throw new Error(
        `heap: class ${classId}: reference field offset ${off} is not a 4-aligned field inside ` +
          `the ${rounded}-byte instance (after the 8-byte header)`,
      );
    }
  }
  return rounded;
}
