/** CRC-32 (bitwise and table-driven), Adler-32, a 64-bit FNV-1a and a Luhn check: unsigned arithmetic on int and long. */
public class Checksums {
    static final int[] TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            TABLE[n] = c;
        }
    }

    static int crc32Bitwise(byte[] data) {
        int crc = ~0;
        for (byte b : data) {
            crc ^= b & 0xff;
            for (int k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xEDB88320 & -(crc & 1));
        }
        return ~crc;
    }

    static int crc32Table(byte[] data) {
        int crc = 0xffffffff;
        for (byte b : data) crc = TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
        return crc ^ 0xffffffff;
    }

    static long adler32(byte[] data) {
        long a = 1, b = 0;
        for (byte x : data) {
            a = (a + (x & 0xff)) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    static long fnv1a64(byte[] data) {
        long h = 0xcbf29ce484222325L;
        for (byte b : data) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    static boolean luhn(String number) {
        int sum = 0;
        boolean dbl = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int d = number.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    public static void main(String[] args) {
        String[] inputs = {"", "a", "abc", "The quick brown fox jumps over the lazy dog", "123456789"};
        for (String s : inputs) {
            byte[] data = s.getBytes();
            int c1 = crc32Bitwise(data), c2 = crc32Table(data);
            System.out.println("\"" + s + "\" crc32 " + Integer.toHexString(c1) + " unsigned " + Integer.toUnsignedString(c1) + " agree " + (c1 == c2)
                    + " adler32 " + Long.toHexString(adler32(data)) + " fnv64 " + Long.toHexString(fnv1a64(data)) + " / " + Long.toUnsignedString(fnv1a64(data)));
        }
        byte[] big = new byte[100000];
        for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 31 + (i >>> 8));
        System.out.println("big crc " + Integer.toHexString(crc32Table(big)) + " adler " + adler32(big) + " fnv " + fnv1a64(big));
        for (String card : new String[] {"79927398713", "79927398710", "4539578763621486", "1234567812345678"}) System.out.println(card + " luhn " + luhn(card));
        System.out.println("table[1] " + Integer.toHexString(TABLE[1]) + " table[255] " + Integer.toHexString(TABLE[255]));
    }
}
