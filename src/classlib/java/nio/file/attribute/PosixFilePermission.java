package java.nio.file.attribute;

/** One POSIX permission bit. */
public enum PosixFilePermission {
    OWNER_READ, OWNER_WRITE, OWNER_EXECUTE, GROUP_READ, GROUP_WRITE, GROUP_EXECUTE, OTHERS_READ, OTHERS_WRITE,
    OTHERS_EXECUTE
}
