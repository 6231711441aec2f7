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
 * The standard streams (version 5) are roots of another kind, *pristine* roots: the restoring VM
 * builds its own (java.lang.StandardStreams, which System.initPhase1 installs), and the program's
 * references to them (System.out, or a `PrintStream out = System.out` it saved) become references
 * to the restoring process's streams. Their objects do change state as the program uses them, so
 * capture names such a root's subgraph only while every object in it is in the state a fresh VM's
 * is in (PRISTINE_STATE: not closed, no error, no held surrogate, no bytes read ahead); otherwise
 * the chain is copied, as before version 5. A stream System.setOut installed is the program's own
 * and always copied. The file descriptors and charsets under them are plain roots.
 *
 * Library objects that may carry the program's state are never roots and stay copied: System's
 * properties, ThreadGroups, Random seeds, caches the program fills. Adding a root means checking
 * both conditions for its whole subgraph (or giving its classes' pristine state); a root nobody
 * knows, or one newer than the image's version, is refused by the codec.
 */

/** A static field whose value (and its subgraph) the restoring VM rebuilds itself. */
export interface WellKnownRoot {
  /** Internal name of the declaring class, and the field. */
  owner: string;
  field: string;
  /** The image format version that introduced the root: older images cannot name objects from it. */
  since: number;
  /** A pristine root (the standard streams): named only while its subgraph is in PRISTINE_STATE. */
  pristine: boolean;
}

/**
 * The roots, by the name an image uses for them: `owner.field`. Capture walks them in this order,
 * so an object reachable from two roots is named from the first (the descriptors and charsets
 * before the streams that hold them).
 */
export const WELL_KNOWN_ROOTS: ReadonlyMap<string, WellKnownRoot> = new Map(
  ([
    ['java/lang/Integer$IntegerCache', 'CACHE', 4],
    ['java/lang/Long$LongCache', 'CACHE', 4],
    ['java/lang/Short$Cache', 'CACHE', 4],
    ['java/lang/Byte$Cache', 'CACHE', 4],
    ['java/lang/Character$CharacterCache', 'CACHE', 4],
    // Version 5. A standard descriptor's fd (0, 1, 2) never changes: closing one leaves it open.
    ['java/io/FileDescriptor', 'in', 5],
    ['java/io/FileDescriptor', 'out', 5],
    ['java/io/FileDescriptor', 'err', 5],
    // Charsets: final name and aliases (a private copy of the array).
    ['java/nio/charset/StandardCharsets', 'UTF_8', 5],
    ['java/nio/charset/StandardCharsets', 'ISO_8859_1', 5],
    ['java/nio/charset/StandardCharsets', 'US_ASCII', 5],
    ['java/nio/charset/StandardCharsets', 'UTF_16', 5],
    ['java/nio/charset/StandardCharsets', 'UTF_16BE', 5],
    ['java/nio/charset/StandardCharsets', 'UTF_16LE', 5],
    ['java/lang/StandardStreams', 'IN', 5, true],
    ['java/lang/StandardStreams', 'OUT', 5, true],
    ['java/lang/StandardStreams', 'ERR', 5, true],
  ] as ReadonlyArray<readonly [string, string, number, boolean?]>).map(([owner, field, since, pristine]) =>
    [`${owner}.${field}`, { owner, field, since, pristine: pristine === true }]),
);

/** A condition on one field (`owner.name`) of an object: its value must be `equals`, or not null. */
export type FieldCondition = { field: string; equals: number } | { field: string; notNull: true };

/**
 * The state of a fresh VM's standard streams, by the class of each object in a pristine root's
 * subgraph: a root is named only when every object in it is of a class listed here and meets its
 * conditions (a class the table does not list, say after a library change, leaves the stream
 * copied). Every field that the program's use changes and that matters is checked, so a named
 * object behaves as the restoring VM's fresh one; classes with no conditions hold nothing that changes.
 */
export const PRISTINE_STATE: ReadonlyMap<string, readonly FieldCondition[]> = new Map<string, readonly FieldCondition[]>([
  ['java/io/PrintStream', [
    { field: 'java/io/PrintStream.trouble', equals: 0 }, { field: 'java/io/PrintStream.closing', equals: 0 },
    { field: 'java/io/FilterOutputStream.closed', equals: 0 },
  ]],
  // No held high surrogate, no byte-order mark still to write (a UTF-16 stream stays copied).
  ['java/io/StreamEncoder', [{ field: 'java/io/StreamEncoder.leftover', equals: 0 }, { field: 'java/io/StreamEncoder.needByteOrderMark', equals: 0 }]],
  ['java/io/FileOutputStream', [{ field: 'java/io/FileOutputStream.closed', equals: 0 }]],
  ['java/io/FileInputStream', [{ field: 'java/io/FileInputStream.closed', equals: 0 }]],
  // Open, no mark, nothing read ahead: as before its first fill, and as during any fill (a thread
  // waiting for standard input is in one), which starts with pos = count = 0 when there is no mark.
  ['java/io/BufferedInputStream', [
    { field: 'java/io/BufferedInputStream.buf', notNull: true }, { field: 'java/io/BufferedInputStream.markpos', equals: -1 },
    { field: 'java/io/BufferedInputStream.pos', equals: 0 }, { field: 'java/io/BufferedInputStream.count', equals: 0 },
  ]],
  ['java/io/FileDescriptor', []],
  ['java/lang/String', []],
  ['[B', []],
  ['[C', []],
  ['[Ljava/lang/String;', []],
  ['java/nio/charset/StandardCharsets$Standard', []],
]);

/** Longest path from a root an image may use (the caches need 1: root, element). */
export const MAX_NAME_PATH = 8;
