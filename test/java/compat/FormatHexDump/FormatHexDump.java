import java.nio.charset.StandardCharsets;

/** A hexdump -C style tool over generated data, plus a few integer conversions per byte. */
public class FormatHexDump {
    static void dump(byte[] data, int offset, int length) {
        StringBuilder line = new StringBuilder();
        for (int row = 0; row < length; row += 16) {
            line.setLength(0);
            line.append(String.format("%08x  ", offset + row));
            for (int i = 0; i < 16; i++) {
                if (row + i < length) {
                    line.append(String.format("%02x ", data[offset + row + i]));
                } else {
                    line.append("   ");
                }
                if (i == 7) {
                    line.append(' ');
                }
            }
            line.append(" |");
            for (int i = 0; i < 16 && row + i < length; i++) {
                int b = data[offset + row + i] & 0xff;
                line.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
            }
            line.append('|');
            System.out.println(line);
        }
        System.out.printf("%08x%n", offset + length);
    }

    static int checksum(byte[] data) {
        int a = 1;
        int b = 0;
        for (byte x : data) {
            a = (a + (x & 0xff)) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    public static void main(String[] args) {
        byte[] text = "Hello, Tern! Formatter writes hex: 0123456789abcdef\n\tTabs & \"quotes\"\u0000end"
                .getBytes(StandardCharsets.UTF_8);
        dump(text, 0, text.length);
        System.out.println();

        byte[] binary = new byte[77];
        long seed = 0x5DEECE66DL;
        for (int i = 0; i < binary.length; i++) {
            seed = (seed * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
            binary[i] = (byte) (seed >>> 40);
        }
        dump(binary, 0, binary.length);
        System.out.println();
        dump(binary, 5, 20);
        System.out.printf("%nadler32 = %08X (%d), text = %#x%n", checksum(binary), checksum(binary), checksum(text));

        System.out.println();
        System.out.printf("%-6s %-10s %-5s %-4s %-9s%n", "dec", "bin", "oct", "hex", "signed");
        for (int i = 0; i < 12; i++) {
            byte b = binary[i];
            String bin = String.format("%8s", Integer.toBinaryString(b & 0xff)).replace(' ', '0');
            System.out.printf("%-6d %-10s %-5o %-4X %-9d%n", b & 0xff, bin, b, b, b);
        }
        short s = (short) 0xBEEF;
        long big = 0xCAFEBABEDEADBEEFL;
        System.out.printf("short %x %o %d | long %x %X %o %,d%n", s, s, s, big, big, big, big);
        System.out.printf("%#06x %#o %08X %-8x| %x%n", 255, 8, -1, 42, Integer.MIN_VALUE);
    }
}
