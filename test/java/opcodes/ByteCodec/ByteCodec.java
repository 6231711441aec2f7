/** Encodes numbers into byte arrays (big and little endian, varints) and decodes them: i2b, i2c, i2s in real use. */
public class ByteCodec {
    static void putIntBE(byte[] buf, int off, int v) {
        buf[off] = (byte) (v >>> 24);
        buf[off + 1] = (byte) (v >>> 16);
        buf[off + 2] = (byte) (v >>> 8);
        buf[off + 3] = (byte) v;
    }

    static int getIntBE(byte[] buf, int off) {
        return ((buf[off] & 0xff) << 24) | ((buf[off + 1] & 0xff) << 16) | ((buf[off + 2] & 0xff) << 8) | (buf[off + 3] & 0xff);
    }

    static void putShortLE(byte[] buf, int off, short v) {
        buf[off] = (byte) v;
        buf[off + 1] = (byte) (v >> 8);
    }

    static short getShortLE(byte[] buf, int off) {
        return (short) ((buf[off] & 0xff) | (buf[off + 1] << 8));
    }

    static int writeVarint(byte[] buf, int off, int value) {
        while ((value & ~0x7f) != 0) {
            buf[off++] = (byte) ((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        buf[off++] = (byte) value;
        return off;
    }

    static int[] readVarint(byte[] buf, int off) {
        int result = 0, shift = 0;
        byte b;
        do {
            b = buf[off++];
            result |= (b & 0x7f) << shift;
            shift += 7;
        } while (b < 0);
        return new int[] {result, off};
    }

    static String hex(byte[] buf, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            char hi = Character.forDigit((buf[i] >> 4) & 0xf, 16);
            char lo = Character.forDigit(buf[i] & 0xf, 16);
            sb.append(hi).append(lo);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        byte[] buf = new byte[64];
        int[] values = {0, 1, -1, 0x12345678, Integer.MIN_VALUE, Integer.MAX_VALUE, 300, -300};
        for (int v : values) {
            putIntBE(buf, 0, v);
            System.out.println(v + " -> " + hex(buf, 4) + " -> " + getIntBE(buf, 0));
        }
        short[] shorts = {0, 1, -1, 12345, -12345, Short.MIN_VALUE, Short.MAX_VALUE};
        for (short s : shorts) {
            putShortLE(buf, 0, s);
            System.out.println(s + " LE -> " + hex(buf, 2) + " -> " + getShortLE(buf, 0));
        }
        int off = 0;
        int[] varints = {0, 1, 127, 128, 300, 16384, 2097151, -1, Integer.MIN_VALUE};
        for (int v : varints) off = writeVarint(buf, off, v);
        System.out.println("varints " + off + " bytes: " + hex(buf, off));
        int pos = 0;
        StringBuilder decoded = new StringBuilder();
        for (int i = 0; i < varints.length; i++) {
            int[] r = readVarint(buf, pos);
            decoded.append(r[0]).append(' ');
            pos = r[1];
        }
        System.out.println("decoded " + decoded.toString().trim());
        char[] chars = new char[4];
        int packed = 0x0041ffff;
        chars[0] = (char) packed;
        chars[1] = (char) (packed >>> 16);
        chars[2] = (char) (byte) 0x80;
        chars[3] = (char) (short) -2;
        for (char ch : chars) System.out.print((int) ch + " ");
        System.out.println();
        byte counter = 120;
        for (int i = 0; i < 10; i++) counter++;
        short sc = 32760;
        for (int i = 0; i < 10; i++) sc += 1;
        char cc = 65530;
        for (int i = 0; i < 10; i++) cc++;
        System.out.println("byte wrap " + counter + ", short wrap " + sc + ", char wrap " + (int) cc);
    }
}
