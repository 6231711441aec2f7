/**
 * @fileoverview Typed faults raised by the class-file layer. Each carries the internal name of the
 * Java throwable the runtime must raise (`javaClass`) and a message worded like HotSpot's (JDK 17),
 * so `tern` prints what `java` prints for the same broken input. Nothing here knows the heap: the
 * runtime turns a fault into a Java exception through `javaClass` and `message`.
 */

/** Base of every class-loading fault; `javaClass` names the Java LinkageError subclass to throw. */
export class LinkageFault extends Error {
  /** Internal name of the Java throwable, e.g. `java/lang/ClassFormatError`. */
  readonly javaClass: string;

  constructor(javaClass: string, message: string) {
    super(message);
    this.javaClass = javaClass;
    // `String(err)` then reads like Java's Throwable.toString: "java.lang.ClassFormatError: ...".
    this.name = javaClass.replace(/\//g, '.');
  }
}

/** A malformed class file (JVMS §4.8 format checking); `offset` is the byte where it was detected. */
export class ClassFormatError extends LinkageFault {
  /** Byte offset into the class file at which the problem was found (-1 when not meaningful). */
  readonly offset: number;

  constructor(message: string, offset: number, javaClass = 'java/lang/ClassFormatError') {
    super(javaClass, message);
    this.offset = offset;
  }
}

/** A class file whose version this VM does not support (JVMS §4.1; Java's class extends ClassFormatError). */
export class UnsupportedClassVersionError extends ClassFormatError {
  constructor(message: string, offset: number) {
    super(message, offset, 'java/lang/UnsupportedClassVersionError');
  }
}

/** Bytecode that breaks a static constraint (JVMS §4.9.1), found while checking a Code attribute. */
export class VerifyError extends LinkageFault {
  /** Byte offset into the class file of the offending instruction or table (-1 when unknown). */
  readonly offset: number;

  constructor(message: string, offset: number) {
    super('java/lang/VerifyError', message);
    this.offset = offset;
  }
}

/** The bytes define something that is not a loadable class (module-info, or not the expected name). */
export class NoClassDefFoundError extends LinkageFault {
  constructor(message: string) {
    super('java/lang/NoClassDefFoundError', message);
  }
}

/** A jar or zip archive that cannot be read; Java raises ZipException for these. */
export class JarFormatError extends Error {
  /** Internal name of the Java throwable for this fault. */
  readonly javaClass = 'java/util/zip/ZipException';
  /** Name of the archive, as given by the caller (used in the message). */
  readonly jarName: string;
  /** What exactly is wrong, worded like java.util.zip's messages. */
  readonly reason: string;
  /** Byte offset into the archive where the problem was found (-1 when not meaningful). */
  readonly offset: number;

  constructor(jarName: string, reason: string, offset: number) {
    // The java launcher prints "Error: Invalid or corrupt jarfile x.jar" for any of these.
    super(`Invalid or corrupt jarfile ${jarName} (${reason})`);
    this.name = 'java.util.zip.ZipException';
    this.jarName = jarName;
    this.reason = reason;
    this.offset = offset;
  }
}

/** True for every error type defined in this file, i.e. an expected reaction to bad input. */
export function isClassfileFault(e: unknown): e is LinkageFault | JarFormatError {
  return e instanceof LinkageFault || e instanceof JarFormatError;
}

/**
 * What a parse knows about the class it is reading, so that every message can name the class the
 * way HotSpot does ("... in class file p/Foo"). The name is the expected name until `this_class`
 * has been read.
 */
export class ClassContext {
  /** Internal name used in messages. */
  className: string;
  /** Major version, once read; checks that depend on the version consult it. */
  majorVersion = 0;
  /**
   * Bytes from a trusted source (Tern's own class library, checked when it was built): the
   * instruction-level code checks are skipped, as HotSpot skips verifying its boot classes.
   */
  trusted = false;

  constructor(className: string) {
    this.className = className;
  }

  /** Throws `ClassFormatError("<what> in class file <name>")`. */
  fail(what: string, offset: number): never {
    throw new ClassFormatError(`${what} in class file ${this.className}`, offset);
  }

  /** Throws a ClassFormatError with a message given in full. */
  failRaw(message: string, offset: number): never {
    throw new ClassFormatError(message, offset);
  }

  /** Throws a VerifyError with a message given in full. */
  verifyFail(message: string, offset: number): never {
    throw new VerifyError(message, offset);
  }
}
