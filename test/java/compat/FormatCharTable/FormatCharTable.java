/** An ASCII chart (like `man ascii`) with %c, %d, %o, %x conversions and code points as ints. */
public class FormatCharTable {
    static final String[] CONTROL = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF",
        "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS",
        "RS", "US"};

    static String name(int c) {
        if (c < 32) {
            return CONTROL[c];
        }
        if (c == 32) {
            return "SP";
        }
        if (c == 127) {
            return "DEL";
        }
        return String.format("%c", c);
    }

    public static void main(String[] args) {
        for (int row = 0; row < 32; row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < 4; col++) {
                int c = row + col * 32;
                line.append(String.format("%3d %03o %02X %-4s", c, c, c, name(c)));
                if (col < 3) {
                    line.append(" | ");
                }
            }
            System.out.println(line.toString().stripTrailing());
        }
        System.out.println();
        String word = "Formatter";
        for (char ch : word.toCharArray()) {
            System.out.printf("'%c' upper '%C' code %d hex %x octal %o binary %8s%n", ch, ch, (int) ch, (int) ch, (int) ch,
                    Integer.toBinaryString(ch));
        }
        System.out.printf("%c%c%c %c%n", (byte) 74, (short) 97, 118, Character.valueOf('a'));
        System.out.printf("[%5c][%-5c][%C]%n", 'x', 'y', 'q');
        int[] codePoints = {0x41, 0x7A, 0x30};
        for (int cp : codePoints) {
            System.out.print(String.format("%c", cp));
        }
        System.out.println();
        StringBuilder shifted = new StringBuilder();
        for (char ch : "Hello, World".toCharArray()) {
            char enc = Character.isLetter(ch) ? (char) ((Character.toLowerCase(ch) - 'a' + 13) % 26 + 'a') : ch;
            shifted.append(String.format("%c", Character.isUpperCase(ch) ? Character.toUpperCase(enc) : enc));
        }
        System.out.println("rot13: " + shifted);
    }
}
