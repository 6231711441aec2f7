/**
 * @fileoverview Native-method tables (docs/natives.md). Each file under src/natives/<java path>.ts
 * exports a {@link NativeTable} for one Java class, keyed by `name + descriptor` as DoppioJVM does
 * (`'hashCode()I'`). Implementations receive `(vm, thread, this?, ...args)`.
 */
import type { NativeImpl } from '../runtime/model.js';

/** Natives of one Java class. */
export interface NativeTable {
  /** Internal name of the class, e.g. `java/lang/Object`. */
  readonly className: string;
  readonly methods: Record<string, NativeImpl>;
}
