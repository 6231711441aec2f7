/**
 * @fileoverview The identity of a class library: restore accepts an image only into a VM whose
 * library is byte-identical to the one that made it (class-library objects in the image are laid
 * out and named after it). Two 32-bit FNV-1a variants and the length; computed on demand.
 */

const ids = new WeakMap<Uint8Array, string>();

/** A stable identifier of `library` (hex). */
export function classLibraryId(library: Uint8Array): string {
  const known = ids.get(library);
  if (known !== undefined) return known;
  let a = 0x811c9dc5, b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < library.length; i++) {
    const x = library[i]!;
    a = Math.imul(a ^ x, 0x01000193);
    b = Math.imul(b ^ x ^ (i & 0xff), 0x5bd1e995);
  }
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
  const id = `${hex(a)}${hex(b)}-${library.length.toString(16)}`;
  ids.set(library, id);
  return id;
}
