/**
 * @fileoverview Well-known objects of the class library (docs/image-format.md "Named objects"):
 * objects an image names instead of copying, because the restoring VM rebuilds them itself,
 * identically, from its own (identical) class library.
 *
 * A well-known root is a `static final` field of a class-library class whose value, and everything
 * reachable from it, is (1) never changed after the class's initializer ran — its fields are final
 * or it is an array the library never hands out or writes again — and (2) a function of the class
 * library alone, not of the host, the environment, the command line or the program. The boxing
 * caches are exactly that (HotSpot's CDS archives the same fields for the same reason). An object
 * reachable from a root is named by the root and a path (array indices, or instance-field positions
 * in the image's layout of the object's class); the restoring VM runs the root class's initializer
 * (on a private thread, before it builds anything of the image) and takes its own object at that
 * path. The program's references to such objects keep their identity (`Integer.valueOf(5) ==
 * Integer.valueOf(5)` across a restore) and nothing else of them is in the image.
 *
 * Library objects that may carry the program's state are never roots and stay copied: System's
 * properties, the standard streams (a PrintStream may be replaced, a BufferedInputStream holds
 * bytes read ahead), ThreadGroups, Random seeds, caches the program fills. Adding a root means
 * checking both conditions for its whole subgraph; a root nobody knows is refused by the codec.
 */

/** A static field whose value (and its subgraph) the restoring VM rebuilds itself. */
export interface WellKnownRoot {
  /** Internal name of the declaring class, and the field. */
  owner: string;
  field: string;
}

/** The roots, by the name an image uses for them: `owner.field`. */
export const WELL_KNOWN_ROOTS: ReadonlyMap<string, WellKnownRoot> = new Map(
  ([
    ['java/lang/Integer$IntegerCache', 'CACHE'],
    ['java/lang/Long$LongCache', 'CACHE'],
    ['java/lang/Short$Cache', 'CACHE'],
    ['java/lang/Byte$Cache', 'CACHE'],
    ['java/lang/Character$CharacterCache', 'CACHE'],
  ] as const).map(([owner, field]) => [`${owner}.${field}`, { owner, field }]),
);

/** Longest path from a root an image may use (the caches need 1: root, element). */
export const MAX_NAME_PATH = 8;
