package java.io;

/** Writes primitive values (big-endian) and modified UTF-8 strings to a stream. */
public class DataOutputStream extends FilterOutputStream implements DataOutput {
    /** Bytes written so far (saturating at Integer.MAX_VALUE). */
    protected int written;
    private final byte[] writeBuffer = new byte[8];

    public DataOutputStream(OutputStream out) {
        super(out);
    }

    private void incCount(int value) {
        int temp = written + value;
        if (temp < 0) {
            temp = Integer.MAX_VALUE;
        }
        written = temp;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        out.write(b);
        incCount(1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        incCount(len);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    public final void writeBoolean(boolean v) throws IOException {
        out.write(v ? 1 : 0);
        incCount(1);
    }

    public final void writeByte(int v) throws IOException {
        out.write(v);
        incCount(1);
    }

    public final void writeShort(int v) throws IOException {
        writeBuffer[0] = (byte) (v >>> 8);
        writeBuffer[1] = (byte) v;
        out.write(writeBuffer, 0, 2);
        incCount(2);
    }

    public final void writeChar(int v) throws IOException {
        writeShort(v);
    }

    public final void writeInt(int v) throws IOException {
        writeBuffer[0] = (byte) (v >>> 24);
        writeBuffer[1] = (byte) (v >>> 16);
        writeBuffer[2] = (byte) (v >>> 8);
        writeBuffer[3] = (byte) v;
        out.write(writeBuffer, 0, 4);
        incCount(4);
    }

    public final void writeLong(long v) throws IOException {
        for (int i = 0; i < 8; i++) {
            writeBuffer[i] = (byte) (v >>> (56 - 8 * i));
        }
        out.write(writeBuffer, 0, 8);
        incCount(8);
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
        out.write(b, 0, len);
        incCount(len);
    }

    public final void writeChars(String s) throws IOException {
        int len = s.length();
        byte[] b = new byte[len * 2];
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            b[2 * i] = (byte) (c >>> 8);
            b[2 * i + 1] = (byte) c;
        }
        out.write(b, 0, b.length);
        incCount(b.length);
    }

    public final void writeUTF(String str) throws IOException {
        byte[] b = encodeUTF(str);
        out.write(b, 0, b.length);
        incCount(b.length);
    }

    /** The length-prefixed modified UTF-8 form of {@code str}. */
    static byte[] encodeUTF(String str) throws UTFDataFormatException {
        int strlen = str.length();
        long utflen = strlen;
        for (int i = 0; i < strlen; i++) {
            int c = str.charAt(i);
            if (c >= 0x80 || c == 0) {
                utflen += (c >= 0x800) ? 2 : 1;
            }
        }
        if (utflen > 65535) {
            throw new UTFDataFormatException("encoded string too long: " + utflen + " bytes");
        }
        byte[] b = new byte[(int) utflen + 2];
        int count = 0;
        b[count++] = (byte) (utflen >>> 8);
        b[count++] = (byte) utflen;
        for (int i = 0; i < strlen; i++) {
            int c = str.charAt(i);
            if (c < 0x80 && c != 0) {
                b[count++] = (byte) c;
            } else if (c >= 0x800) {
                b[count++] = (byte) (0xE0 | ((c >> 12) & 0x0F));
                b[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[count++] = (byte) (0x80 | (c & 0x3F));
            } else {
                b[count++] = (byte) (0xC0 | ((c >> 6) & 0x1F));
                b[count++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return b;
    }

    public final int size() {
        return written;
    }
}
