package java.io;

import java.nio.channels.FileChannel;
import jdk.internal.io.HostFiles;

/**
 * A file read and written at a movable position ("r" or "rw"; "rws"/"rwd" behave as "rw" plus a
 * sync on close is not needed: every write reaches the host at once). Unbuffered like the JDK's:
 * each read or write call goes to the host.
 */
public class RandomAccessFile implements DataOutput, DataInput, Closeable {
    private final FileDescriptor fd;
    private final String path;
    private final boolean rw;
    private volatile boolean closed;
    private final byte[] buffer = new byte[8];

    public RandomAccessFile(String name, String mode) throws FileNotFoundException {
        this(name != null ? new File(name) : null, mode);
    }

    public RandomAccessFile(File file, String mode) throws FileNotFoundException {
        String name = (file != null ? file.getPath() : null);
        boolean readWrite;
        if (mode.equals("r")) {
            readWrite = false;
        } else if (mode.equals("rw") || mode.equals("rws") || mode.equals("rwd")) {
            readWrite = true;
        } else {
            throw new IllegalArgumentException("Illegal mode \"" + mode
                    + "\" must be one of \"r\", \"rw\", \"rws\", or \"rwd\"");
        }
        if (name == null) {
            throw new NullPointerException();
        }
        if (file.isInvalid()) {
            throw new FileNotFoundException("Invalid file path");
        }
        int flags = readWrite ? (HostFiles.READ | HostFiles.WRITE | HostFiles.CREATE) : HostFiles.READ;
        this.fd = FileDescriptor.ofSlot(HostFiles.openForStream(name, flags));
        this.path = name;
        this.rw = readWrite;
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }

    /** The channel over this file (sharing its position); one per stream, as in the JDK. */
    private java.nio.channels.FileChannel channel;

    /** A channel over this file (sharing its position). */
    public final FileChannel getChannel() {
        synchronized (this) {
            if (channel == null) {
                channel = new jdk.internal.io.FileChannelImpl(this, fd.slot(), path, true, rw, false);
            }
            return channel;
        }
    }

    private int slot() throws IOException {
        if (closed || !fd.valid()) {
            throw new IOException("Stream Closed");
        }
        return fd.slot();
    }

    public int read() throws IOException {
        int n = HostFiles.read0(slot(), buffer, 0, 1);
        return (n <= 0) ? -1 : (buffer[0] & 0xff);
    }

    public int read(byte[] b, int off, int len) throws IOException {
        checkBounds(b, off, len);
        int s = slot();
        if (len == 0) {
            return 0;
        }
        return HostFiles.read0(s, b, off, len);
    }

    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    public final void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    public final void readFully(byte[] b, int off, int len) throws IOException {
        int n = 0;
        while (n < len) {
            int count = read(b, off + n, len - n);
            if (count < 0) {
                throw new EOFException();
            }
            n += count;
        }
    }

    public int skipBytes(int n) throws IOException {
        if (n <= 0) {
            return 0;
        }
        long pos = getFilePointer();
        long len = length();
        long newpos = pos + n;
        if (newpos > len) {
            newpos = len;
        }
        seek(newpos);
        return (int) (newpos - pos);
    }

    public void write(int b) throws IOException {
        buffer[0] = (byte) b;
        HostFiles.write0(writableSlot(), buffer, 0, 1);
    }

    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        checkBounds(b, off, len);
        int s = writableSlot();
        if (len > 0) {
            HostFiles.write0(s, b, off, len);
        }
    }

    /** A file opened "r" refuses writes with the OS's EBADF text. */
    private int writableSlot() throws IOException {
        int s = slot();
        if (!rw) {
            throw new IOException("Bad file descriptor");
        }
        return s;
    }

    public long getFilePointer() throws IOException {
        return HostFiles.position0(slot());
    }

    public void seek(long pos) throws IOException {
        if (pos < 0) {
            throw new IOException("Negative seek offset");
        }
        HostFiles.seek0(slot(), pos);
    }

    public long length() throws IOException {
        return HostFiles.size0(slot());
    }

    public void setLength(long newLength) throws IOException {
        int s = writableSlot();
        if (newLength < 0) {
            throw new IOException("Invalid argument");
        }
        HostFiles.setLength0(s, newLength);
        if (HostFiles.position0(s) > newLength) {
            HostFiles.seek0(s, newLength);
        }
    }

    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        fd.closeFile();
    }

    private int readUnsigned() throws IOException {
        int ch = read();
        if (ch < 0) {
            throw new EOFException();
        }
        return ch;
    }

    public final boolean readBoolean() throws IOException {
        return readUnsigned() != 0;
    }

    public final byte readByte() throws IOException {
        return (byte) readUnsigned();
    }

    public final int readUnsignedByte() throws IOException {
        return readUnsigned();
    }

    public final short readShort() throws IOException {
        readFully(buffer, 0, 2);
        return (short) (((buffer[0] & 0xff) << 8) | (buffer[1] & 0xff));
    }

    public final int readUnsignedShort() throws IOException {
        readFully(buffer, 0, 2);
        return ((buffer[0] & 0xff) << 8) | (buffer[1] & 0xff);
    }

    public final char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    public final int readInt() throws IOException {
        readFully(buffer, 0, 4);
        return ((buffer[0] & 0xff) << 24) | ((buffer[1] & 0xff) << 16)
                | ((buffer[2] & 0xff) << 8) | (buffer[3] & 0xff);
    }

    public final long readLong() throws IOException {
        readFully(buffer, 0, 8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (buffer[i] & 0xff);
        }
        return v;
    }

    public final float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    public final double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** Bytes up to a line terminator (\n, \r or \r\n), one char per byte; null at end of file. */
    public final String readLine() throws IOException {
        StringBuilder input = new StringBuilder();
        int c = -1;
        boolean eol = false;
        while (!eol) {
            switch (c = read()) {
                case -1:
                case '\n':
                    eol = true;
                    break;
                case '\r':
                    eol = true;
                    long cur = getFilePointer();
                    if (read() != '\n') {
                        seek(cur);
                    }
                    break;
                default:
                    input.append((char) c);
                    break;
            }
        }
        if (c == -1 && input.length() == 0) {
            return null;
        }
        return input.toString();
    }

    public final String readUTF() throws IOException {
        return DataInputStream.readUTF(this);
    }

    public final void writeBoolean(boolean v) throws IOException {
        write(v ? 1 : 0);
    }

    public final void writeByte(int v) throws IOException {
        write(v);
    }

    public final void writeShort(int v) throws IOException {
        buffer[0] = (byte) (v >>> 8);
        buffer[1] = (byte) v;
        write(buffer, 0, 2);
    }

    public final void writeChar(int v) throws IOException {
        writeShort(v);
    }

    public final void writeInt(int v) throws IOException {
        buffer[0] = (byte) (v >>> 24);
        buffer[1] = (byte) (v >>> 16);
        buffer[2] = (byte) (v >>> 8);
        buffer[3] = (byte) v;
        write(buffer, 0, 4);
    }

    public final void writeLong(long v) throws IOException {
        for (int i = 0; i < 8; i++) {
            buffer[i] = (byte) (v >>> (56 - 8 * i));
        }
        write(buffer, 0, 8);
    }

    public final void writeFloat(float v) throws IOException {
        writeInt(Float.floatToIntBits(v));
    }

    public final void writeDouble(double v) throws IOException {
        writeLong(Double.doubleToLongBits(v));
    }

    public final void writeBytes(String s) throws IOException {
        int len = s.length();
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) {
            b[i] = (byte) s.charAt(i);
        }
        write(b, 0, len);
    }

    public final void writeChars(String s) throws IOException {
        int len = s.length();
        byte[] b = new byte[len * 2];
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            b[2 * i] = (byte) (c >>> 8);
            b[2 * i + 1] = (byte) c;
        }
        write(b, 0, b.length);
    }

    public final void writeUTF(String str) throws IOException {
        byte[] b = DataOutputStream.encodeUTF(str);
        write(b, 0, b.length);
    }

    /** Bounds check with the JDK natives' plain IndexOutOfBoundsException (no message). */
    private static void checkBounds(byte[] b, int off, int len) {
        if (off < 0 || len < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException();
        }
    }
}
