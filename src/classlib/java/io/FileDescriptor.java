package java.io;

import jdk.internal.io.HostFiles;

/**
 * An open file, socket or standard stream as the VM knows it. VM-known field: {@code fd}
 * (0, 1, 2 for the standard streams; 3 and up a slot of the VM's open-file table; -1 when
 * invalid or closed).
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

    /** A descriptor for a slot of the open-file table (java.io's file streams). */
    static FileDescriptor ofSlot(int slot) {
        return new FileDescriptor(slot);
    }

    /** The slot number, or -1. */
    int slot() {
        return fd;
    }

    /** True for an open file (not a standard stream). */
    boolean isFile() {
        return fd >= 3;
    }

    /** Closes the file behind this descriptor once; the standard streams stay open. */
    synchronized void closeFile() throws IOException {
        if (fd >= 3) {
            int slot = fd;
            fd = -1;
            HostFiles.close0(slot);
        }
    }

    /** True if this refers to an open file or stream. */
    public boolean valid() {
        return fd != -1;
    }

    /** Forces a file's data to the storage device; the standard streams have nothing to sync. */
    public void sync() throws SyncFailedException {
        if (fd >= 3) {
            try {
                HostFiles.sync0(fd);
            } catch (IOException e) {
                throw new SyncFailedException("sync failed");
            }
        }
    }
}
