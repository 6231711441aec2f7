package java.io;

/**
 * An open file, socket or standard stream as the VM knows it. VM-known field: {@code fd}
 * (0, 1, 2 for the standard streams; -1 when invalid).
 */
public final class FileDescriptor {
    private int fd;

    /** Standard input. */
    public static final FileDescriptor in = new FileDescriptor(0);
    /** Standard output. */
    public static final FileDescriptor out = new FileDescriptor(1);
    /** Standard error. */
    public static final FileDescriptor err = new FileDescriptor(2);

    /** An invalid descriptor. */
    public FileDescriptor() {
        fd = -1;
    }

    private FileDescriptor(int fd) {
        this.fd = fd;
    }

    /** True if this refers to an open file or stream. */
    public boolean valid() {
        return fd != -1;
    }

    /** Output reaches the host at each write in Tern; nothing to sync. */
    public void sync() throws SyncFailedException {
    }
}
